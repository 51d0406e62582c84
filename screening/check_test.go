package screening_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/screening"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var checkNow = time.Date(2026, time.March, 2, 10, 0, 0, 0, time.UTC)

func TestCheck(t *testing.T) {
	tests := []struct {
		name  string
		s     screening.Screening
		rules []string
		paths []string
	}{
		// WP248 rev.01 III.B.a: two or more criteria met and a DPIA carried out.
		{"clean", homeCareScreening(), []string{}, []string{}},
		// WP248 rev.01 III.B.a; GDPR art. 5(2): a recommended DPIA declined without reasons.
		{"declined without reasons", withDecision(screen(yes(screening.AutomatedDecision), false), screening.Decline, ""),
			[]string{"screening.decline_undocumented", "screening.trigger_unanswered"}, []string{"decisionReason", "triggers"}},
		// GDPR art. 5(2): an incomplete screening cannot document the assessment.
		{"one criterion unanswered", func() screening.Screening {
			s := screen(nil, false)
			s.Answers = s.Answers[1:]
			return s
		}(), []string{"screening.invalid"}, []string{"answers"}},
		{"unknown answer and no justification", func() screening.Screening {
			s := screen(nil, false)
			s.Answers[2].Answer = 9
			s.Answers[2].Justification = gdpr.NewPersonal(" ")
			return s
		}(), []string{"screening.invalid", "screening.invalid"}, []string{"answers[2].answer", "answers[2].justification"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs := tc.s.Check(checkNow)
			require.NotNil(t, fs, "Check never returns nil")
			rules, paths := []string{}, []string{}
			for _, f := range fs {
				rules, paths = append(rules, f.Rule), append(paths, f.Path)
			}
			assert.Equal(t, tc.rules, rules)
			assert.Equal(t, tc.paths, paths)
			if err := tc.s.Validate(); err == nil {
				r, err := screening.Assess(tc.s)
				require.NoError(t, err)
				assert.Equal(t, r.Findings, fs, "Check gives the findings of Assess")
			}
		})
	}
	b, err := json.Marshal(homeCareScreening().Check(checkNow))
	require.NoError(t, err)
	assert.Equal(t, "[]", string(b), "a clean check is [] in JSON")
}

func TestDisagreementsNeverNil(t *testing.T) {
	fs := screening.Disagreements(homeCareScreening(), nil)
	require.NotNil(t, fs)
	assert.Empty(t, fs)
}

func TestParseJSON(t *testing.T) {
	s, err := screening.ParseJSON[screening.Screening](mustRead(t, "screening.json"))
	require.NoError(t, err)
	assert.Equal(t, homeCareScreening(), s)

	tests := []struct {
		name, json, path, code string
	}{
		{"unknown field", `{"answers":[],"answerz":[]}`, "answerz", "unknown_field"},
		{"PascalCase", `{"Answers":[]}`, "Answers", "unknown_field"},
		{"duplicate key", `{"answers":[],"answers":[]}`, "answers", gdpr.CodeDuplicate},
		{"unknown code", `{"answers":[{"criterion":"profiling","answer":"yes","justification":"x"}]}`, "answers[0].criterion", gdpr.CodeUnknown},
		{"a number for a code", `{"answers":[{"criterion":3,"answer":"yes","justification":"x"}]}`, "answers[0].criterion", "wrong_type"},
		{"incomplete", `{"answers":[]}`, "answers", gdpr.CodeRequired},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := screening.ParseJSON[screening.Screening]([]byte(tc.json))
			require.ErrorIs(t, err, gdpr.ErrInvalid)
			var ps gdpr.Problems
			require.ErrorAs(t, err, &ps)
			assert.Equal(t, tc.path, ps[0].Path, "%v", ps)
			assert.Equal(t, tc.code, ps[0].Code, "%v", ps)
		})
	}
	_, err = screening.ParseJSON[screening.Facts]([]byte(`{"technologies":["blockchain"]}`))
	require.ErrorIs(t, err, gdpr.ErrInvalid)
	_, err = screening.ParseJSON[screening.Policy]([]byte(`{"largeScaleSubjects":-1}`))
	require.ErrorIs(t, err, gdpr.ErrInvalid)
}

// TestGoldenRoundTrip decodes every golden document (the records strictly
// with ParseJSON, the results with encoding/json), encodes it again and
// requires the same bytes: the JSON is lossless.
func TestGoldenRoundTrip(t *testing.T) {
	roundTrip(t, "screening.json", screening.ParseJSON[screening.Screening])
	roundTrip(t, "facts.json", screening.ParseJSON[screening.Facts])
	roundTrip(t, "policy.json", screening.ParseJSON[screening.Policy])
	roundTrip(t, "result.json", plain[screening.Result])
	roundTrip(t, "result-declined.json", plain[screening.Result])
	roundTrip(t, "suggestions.json", plain[[]screening.Suggestion])
}

func plain[T any](b []byte) (T, error) {
	var v T
	err := json.Unmarshal(b, &v)
	return v, err
}

func roundTrip[T any](t *testing.T, name string, parse func([]byte) (T, error)) {
	t.Helper()
	want := mustRead(t, name)
	v, err := parse(want)
	require.NoError(t, err, name)
	got, err := json.MarshalIndent(v, "", "  ")
	require.NoError(t, err, name)
	assert.Equal(t, string(want), string(got)+"\n", "%s round-trips", name)
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	require.NoError(t, err)
	return b
}
