package gdprtest_test

import (
	"encoding/json"
	"go/build"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/dkgdpr/gdpr/screening"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rulePackages are the packages that hold the rules of one area of the
// GDPR each. They build on the root package only: a rule package that
// imported another would make one area's rules depend on another's, and
// the packages above them (dpia, overview) are where areas meet.
var rulePackages = []string{"screening", "risk", "rights", "breach", "ropa", "dpa"}

// TestRulePackagesImportNoRulePackage fails when a rule package imports
// another rule package, directly or through any package of the module,
// in its non-test code.
func TestRulePackagesImportNoRulePackage(t *testing.T) {
	root, err := filepath.Abs("..")
	require.NoError(t, err)
	for _, pkg := range rulePackages {
		t.Run(pkg, func(t *testing.T) {
			seen := map[string]bool{}
			var walk func(path string, via []string)
			walk = func(path string, via []string) {
				if seen[path] || !within(path, module) {
					return
				}
				seen[path] = true
				rel := strings.TrimPrefix(strings.TrimPrefix(path, module), "/")
				if len(via) > 0 && slices.Contains(rulePackages, rel) {
					t.Errorf("%s imports the rule package %s (via %s)", pkg, rel, strings.Join(via, " -> "))
					return
				}
				p, err := build.ImportDir(filepath.Join(root, filepath.FromSlash(rel)), 0)
				require.NoError(t, err, path)
				for _, imp := range p.Imports {
					walk(imp, append(slices.Clip(via), rel))
				}
			}
			walk(module+"/"+pkg, nil)
			assert.True(t, seen[module+"/"+pkg], "the package itself was read")
		})
	}
}

// TestSamplesRoundTrip: every sample encodes with encoding/json, decodes
// strictly with its package's decoder and encodes again to the same bytes
// (the JSON contract: lossless, personal data in clear).
func TestSamplesRoundTrip(t *testing.T) {
	for _, s := range samples() {
		t.Run(s.name, func(t *testing.T) {
			b, err := json.Marshal(s.build())
			require.NoError(t, err)
			back, err := s.decode(b)
			require.NoError(t, err)
			again, err := json.Marshal(back)
			require.NoError(t, err)
			assert.Equal(t, string(b), string(again))
		})
	}
}

// checkCase is one Check of the module, on one value.
type checkCase struct {
	name  string
	check func(now time.Time) []gdpr.Finding
	// pending names a Check that still returns nil for a clean value
	// because its package has not taken the shape of Check yet. The case
	// is skipped while it does, and fails once it does not, so that the
	// mark is removed as soon as the package is reshaped.
	pending bool
}

// checkCases calls every Check of the module on its zero value and on the
// samples of this package.
func checkCases() []checkCase {
	return []checkCase{
		{"ropa.Record zero", func(now time.Time) []gdpr.Finding { return ropa.Record{}.Check(now) }, false},
		{"ropa.Record sample", func(now time.Time) []gdpr.Finding { return gdprtest.Record().Check(now) }, false},
		{"ropa.Register zero", func(now time.Time) []gdpr.Finding { return ropa.Register{}.Check(now) }, false},
		{"ropa.ProcessorRecord zero", ropa.ProcessorRecord{}.Check, false},
		{"ropa.Consent zero", func(now time.Time) []gdpr.Finding { return ropa.Consent{}.Check(now, ropa.Record{}) }, false},
		{"dpa.Agreement zero", dpa.Agreement{}.Check, false},
		{"dpa.Agreement sample", gdprtest.Agreement().Check, false},
		{"rights.Request zero", rights.Request{}.Check, false},
		{"rights.Request sample", gdprtest.Request().Check, false},
		{"breach.Incident zero", breach.Incident{}.Check, false},
		{"breach.Incident sample", gdprtest.Incident().Check, false},
		{"breach.Log zero", breach.Log{}.Check, false},
		{"risk.Set zero", risk.Set{}.Check, false},
		{"risk.Set sample", risk.Set{Assessments: gdprtest.Risks()}.Check, false},
		{"screening.Screening zero", screening.Screening{}.Check, false},
		{"screening.Screening sample", gdprtest.Screening().Check, false},
		{"dpia.Assessment zero", func(now time.Time) []gdpr.Finding { return dpia.Assessment{}.Check(now) }, false},
		{"dpia.Assessment sample", func(now time.Time) []gdpr.Finding {
			return gdprtest.DPIA().Check(now, gdprtest.Agreement())
		}, false},
		{"overview.Municipality zero", overview.Municipality{}.Check, false},
	}
}

// TestCheckNeverNil fails when a Check returns nil: a clean result is an
// empty slice, [] in JSON, as the published findings schema requires.
func TestCheckNeverNil(t *testing.T) {
	for _, tc := range checkCases() {
		t.Run(tc.name, func(t *testing.T) {
			fs := tc.check(gdprtest.Now())
			if tc.pending {
				if fs == nil {
					t.Skipf("%s still returns nil; its package takes the shape of Check on its own branch", tc.name)
				}
				t.Errorf("%s no longer returns nil: remove its pending mark", tc.name)
				return
			}
			require.NotNil(t, fs, "Check returns [] rather than nil")
			b, err := json.Marshal(fs)
			require.NoError(t, err)
			assert.True(t, strings.HasPrefix(string(b), "["), "%s encodes as a JSON array", b)
		})
	}
}
