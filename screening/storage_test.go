package screening_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/internal/jsonstrict"
	"github.com/dkgdpr/gdpr/internal/roundtrip"
	"github.com/dkgdpr/gdpr/screening"
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
	storable(t, "screening.json", screening.ParseJSON[screening.Screening])
	storable(t, "facts.json", screening.ParseJSON[screening.Facts])
	storable(t, "policy.json", screening.ParseJSON[screening.Policy])
	storable(t, "result.json", jsonstrict.Parse[screening.Result])
	storable(t, "result-declined.json", jsonstrict.Parse[screening.Result])
	storable(t, "suggestions.json", jsonstrict.Parse[[]screening.Suggestion])
}

// TestSamplesAreStorable: the gdprtest sample of the package, and what the
// package derives from it, are storable.
func TestSamplesAreStorable(t *testing.T) {
	s := gdprtest.Screening()
	require.NoError(t, s.Validate())
	require.NoError(t, roundtrip.Value(s))
	for _, a := range s.Answers {
		require.NoError(t, roundtrip.Value(a))
	}
	for _, a := range s.Triggers {
		require.NoError(t, roundtrip.Value(a))
	}
	r, err := screening.Assess(s)
	require.NoError(t, err)
	require.NoError(t, roundtrip.Value(r))
	require.NoError(t, roundtrip.Value(screening.DefaultPolicy()))
	require.NoError(t, roundtrip.Value(screening.Policy{}))
	require.NoError(t, roundtrip.Value(homeCareFacts()))
	sugs, err := homeCareFacts().Suggest()
	require.NoError(t, err)
	require.NoError(t, roundtrip.Value(sugs))
	require.NoError(t, roundtrip.Value(screening.Introduction()))
}
