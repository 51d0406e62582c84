package screening_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/screening"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares v's indented JSON with testdata/name (rewriting it with
// -update), then decodes the file into a fresh value and requires it to
// equal v: the JSON shape is the contract for hosts in other languages.
func golden[T any](t *testing.T, name string, v T) {
	t.Helper()
	got, err := json.MarshalIndent(v, "", "  ")
	require.NoError(t, err)
	got = append(got, '\n')
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create %s", path)
	assert.Equal(t, string(want), string(got), "%s is out of date; run go test -update and review the diff", path)
	var back T
	require.NoError(t, json.Unmarshal(want, &back))
	assert.Equal(t, v, back, "%s decodes to the same value", path)
}

func TestGoldenJSON(t *testing.T) {
	s := homeCareScreening()
	golden(t, "screening.json", s)
	r, err := screening.Assess(s)
	require.NoError(t, err)
	golden(t, "result.json", r)

	// A result with findings: a recommended DPIA declined without reasons.
	declined := withDecision(screen(yes(screening.AutomatedDecision), false), screening.Decline, "")
	r, err = screening.Assess(declined)
	require.NoError(t, err)
	golden(t, "result-declined.json", r)

	golden(t, "facts.json", homeCareFacts())
	sugs, err := screening.Policy{}.Suggest(homeCareFacts())
	require.NoError(t, err)
	golden(t, "suggestions.json", sugs)
	golden(t, "policy.json", screening.DefaultPolicy())
}

func TestJSONRejectsUnknownCodes(t *testing.T) {
	tests := []struct {
		name, json string
	}{
		{"unknown criterion", `{"answers":[{"criterion":"profiling","answer":"yes","justification":"x"}]}`},
		{"unknown answer", `{"answers":[{"criterion":"large_scale","answer":"maybe","justification":"x"}]}`},
		{"Danish answer instead of the code", `{"answers":[{"criterion":"large_scale","answer":"ja","justification":"x"}]}`},
		{"unknown trigger", `{"answers":[],"triggers":[{"trigger":"art35","answer":"yes","justification":"x"}]}`},
		{"unknown rule set", `{"ruleSet":"dk-2030.1","answers":[]}`},
		{"unknown decision", `{"decision":"maybe","answers":[]}`},
		{"a number for an enumeration", `{"answers":[{"criterion":3,"answer":"yes","justification":"x"}]}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var s screening.Screening
			err := json.Unmarshal([]byte(tc.json), &s)
			require.Error(t, err)
		})
	}
	var f screening.Facts
	require.Error(t, json.Unmarshal([]byte(`{"technologies":["blockchain"]}`), &f))
	require.Error(t, json.Unmarshal([]byte(`{"dataTypes":["shoe_size"]}`), &f))
}

func TestJSONDecodedIsValidated(t *testing.T) {
	// Whatever decoding accepts goes through the same checks.
	var s screening.Screening
	require.NoError(t, json.Unmarshal([]byte(`{"answers":[{"criterion":"large_scale","answer":"","justification":""}]}`), &s))
	err := s.Validate()
	require.ErrorIs(t, err, gdpr.ErrInvalid)
	var ps gdpr.Problems
	require.ErrorAs(t, err, &ps)
	assert.Len(t, ps, 2+7, "answer and justification missing, seven criteria not answered")
}

func TestJSONFieldNames(t *testing.T) {
	b, err := json.Marshal(screen(nil, false))
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(b, []byte(`{"answers":[{"criterion":"evaluation_scoring","answer":"no","justification":`)), string(b))
	assert.NotContains(t, string(b), "ruleSet", "an unset rule set is left out")
	assert.NotContains(t, string(b), "suggested", "a confirmed answer has no suggested flag")
}

// TestReassessStoredResult re-evaluates a stored result: the screening is
// assessed again under the rule set the result names, and gives the same
// result, reasons and all.
func TestReassessStoredResult(t *testing.T) {
	var stored screening.Result
	b, err := os.ReadFile(filepath.Join("testdata", "result.json"))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &stored))
	s := homeCareScreening()
	s.RuleSet = stored.RuleSet
	again, err := screening.Assess(s)
	require.NoError(t, err)
	assert.Equal(t, stored, again)
}
