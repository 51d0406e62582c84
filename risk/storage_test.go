package risk_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/internal/jsonstrict"
	"github.com/dkgdpr/gdpr/internal/roundtrip"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// storable decodes the golden document name strictly into a T (ParseJSON
// for the package's records, which validates; the same strict decoder and
// Validate where the type has one for the others), and requires that the
// value is storable (internal/roundtrip: it re-encodes, decodes and
// validates again to an equal value) and that it re-encodes to the
// document itself.
func storable[T any](t *testing.T, name string, parse func([]byte) (T, error)) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	v, err := parse(b)
	require.NoError(t, err, "%s decodes and validates", name)
	require.NoError(t, roundtrip.Value(v), name)
	out, err := json.Marshal(v)
	require.NoError(t, err)
	var want bytes.Buffer
	require.NoError(t, json.Compact(&want, b))
	assert.Equal(t, want.String(), string(out), "%s re-encodes to itself", name)
}

// TestGoldenDocumentsAreStorable: every golden JSON document of the package
// decodes, validates and re-encodes to an equal value and to itself.
func TestGoldenDocumentsAreStorable(t *testing.T) {
	storable(t, "set.json", risk.ParseJSON[risk.Set])
	storable(t, "assessment.json", risk.ParseJSON[risk.Assessment])
	storable(t, "policy_default.json", risk.ParseJSON[risk.Policy])
	storable(t, "matrix_default.json", risk.ParseJSON[risk.Matrix])
	storable(t, "decision.json", jsonstrict.Parse[risk.Decision])
	storable(t, "summary.json", jsonstrict.Parse[risk.Summary])
}

// TestSamplesAreStorable: the gdprtest samples of the package, the presets,
// and what the package derives from them, are storable.
func TestSamplesAreStorable(t *testing.T) {
	set := risk.Set{Assessments: gdprtest.Risks()}
	require.NoError(t, set.Validate())
	require.NoError(t, roundtrip.Value(set))
	for _, a := range set.Assessments {
		require.NoError(t, roundtrip.Value(a))
		for _, m := range a.Measures {
			require.NoError(t, roundtrip.Value(m))
		}
	}
	require.NoError(t, roundtrip.Value(gdprtest.Assessment()))
	d, err := set.Decide()
	require.NoError(t, err)
	require.NoError(t, roundtrip.Value(d))
	require.NoError(t, roundtrip.Value(set.Summary()))
	moved, rr, err := set.Rerate(risk.OS2Herning(), risk.StepMap{})
	require.NoError(t, err)
	require.NoError(t, roundtrip.Value(moved.Matrix))
	require.NoError(t, roundtrip.Value(rr))
	for _, m := range risk.Presets() {
		require.NoError(t, roundtrip.Value(m))
		require.NoError(t, roundtrip.Value(risk.Set{Matrix: m, Assessments: []risk.Assessment{}}))
	}
	require.NoError(t, roundtrip.Value(risk.DefaultPolicy()))
	require.NoError(t, roundtrip.Value(risk.Policy{}))
}
