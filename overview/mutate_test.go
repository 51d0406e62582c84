package overview_test

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/internal/mutate"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestValidatorSamples: the seed of every validator's fuzz target
// validates, so the target reaches the validator's accepting path.
func TestValidatorSamples(t *testing.T) {
	for _, v := range validators {
		b, err := json.Marshal(v.sample())
		require.NoError(t, err, v.name)
		assert.NoError(t, v.validate(b), v.name)
	}
}

// interesting are the values of the package a mutation puts in place of
// a JSON value, besides mutate.Edges: instants and days at and beyond
// what JSON can store, codes of its fields and of others, numbers at the
// edges, and values of the wrong type.
var interesting = []any{
	"2026-01-01T00:00:00+24:00", "2026-01-01T00:00:00-23:59", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
	"10000-01-01T00:00:00Z", "2026-01-01T00:00:00", "2026-02-30", "9999-12-31", "0001-01-01", "10000-01-01",
	"template", "ended", "access", "erasure", "refused", "scc", "derogation", "US", "DK", "XK", "un",
	"health", "cpr", "P5Y", "17.01", "art6_1_e", "perform", "decline", "required", "high", "christmas_eve",
	"hjemmepleje-visitation", "DBA-2025-031",
	1e9, 9.5, false,
	[]any{"x", "x"}, []any{map[string]any{}},
}

// TestMutatedDocuments mutates two municipalities (the clean one made of
// the samples of gdprtest, with a consent and a template record, and the
// one of the golden report) 1,500 times each, deterministically (PCG), and
// runs Validate, Build (Check when the policy is invalid; otherwise Check
// is Build's findings) and the report's queries on whatever
// decodes, strictly (ParseJSON) or with encoding/json: nothing panics,
// Check is never nil, every finding has a path in its area, and what
// ParseJSON accepts can be stored.
func TestMutatedDocuments(t *testing.T) {
	n := 1000
	if testing.Short() {
		n = 300
	}
	rich := clean()
	rich.Consents = append(rich.Consents, consent(t, "c1"))
	tpl := rich.Records[0]
	tpl.ID, tpl.Status = "skabelon", ropa.Template
	rich.Records = append(rich.Records, tpl)
	docs := []struct {
		name string
		doc  []byte
	}{{"clean", mustJSON(t, rich)}, {"broken", mustJSON(t, broken())}}
	for k, d := range docs {
		m := mutate.New(18, uint64(k), interesting...)
		accepted := 0
		for i := range n {
			doc := m.Mutate(d.doc)
			where := d.name + " mutation " + strconv.Itoa(i) + ": " + string(doc)
			m, ok := mutate.Decode[overview.Municipality](t, where, doc)
			if !ok {
				continue
			}
			accepted++
			if m.Validate() != nil {
				_, err := overview.Build(m, gdprtest.Now(), 30)
				require.ErrorIs(t, err, gdpr.ErrInvalid, where)
				require.NotNil(t, m.Check(gdprtest.Now()), where)
				continue
			}
			r, err := overview.Build(m, gdprtest.Now(), 30)
			require.NoError(t, err, where)
			for _, f := range append(slices.Clone(r.Findings), r.Templates...) {
				if !strings.HasPrefix(f.Path, f.Area.String()+"[") {
					t.Fatalf("%s: finding %s at %q in area %v", where, f.Rule, f.Path, f.Area)
				}
			}
			_ = r.Top(5)
			_ = r.Links()
			_ = r.Count(0, 0)
			_ = r.CountRule("ropa.agreement_transfer_not_recorded")
			if _, err := json.Marshal(r); err != nil {
				t.Fatalf("%s: the report does not encode: %v", where, err)
			}
		}
		t.Logf("%s: %d of %d mutations decode", d.name, accepted, n)
		if accepted == 0 {
			t.Errorf("%s: no mutation decodes; the test tests nothing", d.name)
		}
	}
}
