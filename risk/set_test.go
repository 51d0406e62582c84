package risk_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSetGolden stores a whole risk assessment, matrix and risks, as a host
// would.
func TestSetGolden(t *testing.T) {
	set := risk.Set{Matrix: risk.OS2Herning(), Assessments: municipalRisks()}
	require.NoError(t, set.Validate())
	j, err := json.MarshalIndent(set, "", "  ")
	require.NoError(t, err)
	golden(t, "set.json", append(j, '\n'))
	back, err := risk.ParseJSON[risk.Set](j)
	require.NoError(t, err)
	assert.Equal(t, set, back)

	j, err = json.Marshal(risk.Set{})
	require.NoError(t, err)
	assert.Equal(t, `{"assessments":null}`, string(j), "the zero Matrix is left out")
}

func TestSetValidate(t *testing.T) {
	set := risk.Set{Matrix: risk.DefaultMatrix(), Assessments: []risk.Assessment{rated(1, 1, 0, 0), rated(5, 1, 0, 0), {}}}
	assert.Equal(t, []gdpr.Problem{
		{Path: "assessments[1].inherent.consequence", Code: gdpr.CodeOutOfRange},
		{Path: "assessments[2].threat", Code: gdpr.CodeRequired},
		{Path: "assessments[2].description", Code: gdpr.CodeRequired},
		{Path: "assessments[2].inherent.consequence", Code: gdpr.CodeRequired},
		{Path: "assessments[2].inherent.probability", Code: gdpr.CodeRequired},
	}, problemsOf(t, set.Validate()))
	assert.NoError(t, risk.Set{}.Validate(), "a risk assessment starts empty")
	assert.Equal(t, set.Matrix.Summarize(set.Assessments), set.Summary())
}

func TestParseJSON(t *testing.T) {
	tests := []struct {
		name, json, path, code string
	}{
		{"unknown field", `{"assessments":[],"assessmentz":[]}`, "assessmentz", "unknown_field"},
		{"PascalCase", `{"Assessments":[]}`, "Assessments", "unknown_field"},
		{"duplicate key", `{"assessments":[],"assessments":[]}`, "assessments", gdpr.CodeDuplicate},
		{"unknown code", `{"assessments":[{"threat":"it_attack","description":"x","inherent":{"consequence":"huge","probability":"likely"}}]}`,
			"assessments[0].inherent.consequence", gdpr.CodeUnknown},
		{"off the matrix's scale", `{"assessments":[{"threat":"it_attack","description":"x","inherent":{"consequence":"5","probability":"likely"}}]}`,
			"assessments[0].inherent.consequence", gdpr.CodeOutOfRange},
		{"unknown field in the matrix", `{"matrix":{"bands":[["low","low","low"],["low","low","high"],["low","high","high"]],"colour":"red"},"assessments":[]}`,
			"matrix.colour", "unknown_field"},
		{"an invalid matrix", `{"matrix":{"bands":[["high","low","low"],["high","high","high"],["high","high","high"]]},"assessments":[]}`,
			"matrix.bands[0][1]", gdpr.CodeOrder},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := risk.ParseJSON[risk.Set]([]byte(tc.json))
			require.ErrorIs(t, err, gdpr.ErrInvalid)
			var ps gdpr.Problems
			require.ErrorAs(t, err, &ps)
			assert.Equal(t, tc.path, ps[0].Path, "%v", ps)
			assert.Equal(t, tc.code, ps[0].Code, "%v", ps)
		})
	}
	_, err := risk.ParseJSON[risk.Policy]([]byte(`{"high":{"action":"accept"}}`))
	require.ErrorIs(t, err, gdpr.ErrInvalid, "a high band milder than a lower one")
	p, err := risk.ParseJSON[risk.Policy]([]byte(`{}`))
	require.NoError(t, err)
	assert.Equal(t, risk.Policy{}, p)
}

// TestGoldenRoundTrip decodes every golden JSON document (the records
// strictly with ParseJSON, the results with encoding/json), encodes it
// again and requires the same bytes: the JSON is lossless.
func TestGoldenRoundTrip(t *testing.T) {
	roundTrip(t, "set.json", risk.ParseJSON[risk.Set])
	roundTrip(t, "assessment.json", risk.ParseJSON[risk.Assessment])
	roundTrip(t, "policy_default.json", risk.ParseJSON[risk.Policy])
	roundTrip(t, "matrix_default.json", risk.ParseJSON[risk.Matrix])
	roundTrip(t, "decision.json", plain[risk.Decision])
	roundTrip(t, "summary.json", plain[risk.Summary])
}

func plain[T any](b []byte) (T, error) {
	var v T
	err := json.Unmarshal(b, &v)
	return v, err
}

func roundTrip[T any](t *testing.T, name string, parse func([]byte) (T, error)) {
	t.Helper()
	want, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	v, err := parse(want)
	require.NoError(t, err, name)
	got, err := json.MarshalIndent(v, "", "  ")
	require.NoError(t, err, name)
	assert.Equal(t, string(want), string(got)+"\n", "%s round-trips", name)
}
