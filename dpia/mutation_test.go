package dpia_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/internal/mutate"
	"github.com/dkgdpr/gdpr/internal/roundtrip"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// goldenAssessments are the golden JSON documents of the package's record
// type.
var goldenAssessments = []string{"assessment_draft.json", "assessment_started.json"}

// TestGoldenRoundTrip: every golden assessment and the gdprtest sample
// decode, validate and are stored and read back unchanged (roundtrip).
func TestGoldenRoundTrip(t *testing.T) {
	for _, name := range goldenAssessments {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", name))
			require.NoError(t, err)
			_, err = dpia.ParseJSON[dpia.Assessment](data)
			require.NoError(t, err, "the golden document decodes")
			require.NoError(t, roundtrip.Check[dpia.Assessment](data))
		})
	}
	t.Run("gdprtest.DPIA", func(t *testing.T) {
		require.NoError(t, roundtrip.Value(gdprtest.DPIA()))
	})
	t.Run("with an exception and every name", func(t *testing.T) {
		require.NoError(t, roundtrip.Value(markedDPIA()))
	})
}

// TestGoldenMutations mutates the golden assessments deterministically
// (internal/mutate), a few thousand times: a value of the document
// replaced by a hostile one, a member dropped, doubled or renamed, an
// element repeated, a type swapped, or bytes cut, doubled or changed.
// What fails to decode is an error matching gdpr.ErrInvalid; what decodes
// validates, decides and checks under two policies, renders as Markdown
// (every fourth also as HTML, every twentieth as DOCX) without panicking, and is stored and
// read back unchanged: nothing is accepted that cannot be encoded again.
func TestGoldenMutations(t *testing.T) {
	n := 1000 // per golden document: 2,000 in all
	if testing.Short() || raceEnabled {
		n = 150
	}
	var decoded, rejected int
	for gi, name := range goldenAssessments {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		require.NoError(t, err)
		require.True(t, json.Valid(data), name)
		for i, in := range mutate.New(uint64(gi)+1, 18, hostileValues...).Documents(data, n) {
			a, err := dpia.ParseJSON[dpia.Assessment](in)
			if err != nil {
				require.True(t, errors.Is(err, gdpr.ErrInvalid), "%s #%d: %v", name, i, err)
				rejected++
				continue
			}
			decoded++
			exercise(t, a)
			var buf bytes.Buffer
			if i%4 == 0 {
				require.NoError(t, a.WriteHTML(&buf, dpia.ReportOptions{Lang: language.English}), "%s #%d", name, i)
			}
			if i%20 == 0 {
				require.NoError(t, a.WriteDOCX(&buf, dpia.ReportOptions{}), "%s #%d", name, i)
			}
			if t.Failed() {
				t.Fatalf("%s mutation #%d: %s", name, i, in)
			}
		}
	}
	t.Logf("%d mutations: %d decoded and passed, %d rejected", decoded+rejected, decoded, rejected)
	require.Positive(t, decoded, "some mutations must decode, or the test exercises nothing")
	require.Positive(t, rejected)
}

// hostileValues are the values a mutation puts in place of one of the
// document, besides mutate.Edges.
var hostileValues = []any{
	nil, true, false, 0.0, -1.0, 1.5, 1e300, 255.0, 256.0, "", " ", "x", "\x00", "\u202e", "<script>", "yes", "no",
	"not_relevant", "approved", "decided", "high_band", "custom:", "custom:x", "2026-02-30", "0000-01-01", "10000-01-01",
	"2026-02-20T12:00:00+24:00", "P9999Y", "P0D", "-P1Y", "severe", "5", "7", "stop", "proceed_on_conditions", "ban",
	[]any{}, []any{"x"}, map[string]any{}, map[string]any{"x": 1.0},
}
