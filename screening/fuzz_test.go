package screening_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/screening"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// seedJSON adds the golden files and a few hand-made inputs to f's corpus.
func seedJSON(f *testing.F, files ...string) {
	for _, name := range files {
		if b, err := os.ReadFile(filepath.Join("testdata", name)); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"answers":[{"criterion":"large_scale","answer":"dont_know","justification":" "}]}`))
	f.Add([]byte(`{"ninthCriterion":true,"answers":[{"criterion":"prevents_rights","answer":"yes","justification":"x","suggested":true}],"decision":"decline"}`))
}

// FuzzScreeningJSON decodes arbitrary JSON into a Screening: nothing
// panics; whatever decodes round-trips losslessly; a screening Validate
// accepts is assessed without error into a consistent result, and one it
// rejects is rejected by Assess too.
func FuzzScreeningJSON(f *testing.F) {
	seedJSON(f, "screening.json")
	f.Fuzz(func(t *testing.T, data []byte) {
		var s screening.Screening
		if json.Unmarshal(data, &s) != nil {
			return
		}
		b, err := json.Marshal(s)
		require.NoError(t, err, "a decoded screening encodes")
		var back screening.Screening
		require.NoError(t, json.Unmarshal(b, &back))
		require.Equal(t, s, back, "round trip")
		checkScreening(t, s)
	})
}

// FuzzScreeningValues builds screenings from raw bytes, including enum
// values that decoding would never produce, and checks Validate and Assess.
func FuzzScreeningValues(f *testing.F) {
	f.Add([]byte{1, 1, 2, 2, 3, 2, 4, 1, 5, 2, 6, 2, 7, 4, 8, 3}, []byte{7, 1}, uint8(0), false, uint8(2), "")
	f.Add([]byte{9, 1}, []byte{99, 5}, uint8(3), true, uint8(9), " ")
	f.Add([]byte{}, []byte{}, uint8(1), false, uint8(0), "x")
	f.Fuzz(func(t *testing.T, crit, trig []byte, rs uint8, ninth bool, decision uint8, justification string) {
		s := screening.Screening{RuleSet: screening.RuleSet(rs), NinthCriterion: ninth, Decision: screening.Decision(decision), DecisionReason: gdpr.NewPersonal(justification)}
		for i := 0; i+1 < len(crit); i += 2 {
			s.Answers = append(s.Answers, screening.CriterionAnswer{Criterion: screening.Criterion(crit[i]), Answer: screening.Answer(crit[i+1]), Justification: gdpr.NewPersonal(justification + "b")})
		}
		for i := 0; i+1 < len(trig); i += 2 {
			s.Triggers = append(s.Triggers, screening.TriggerAnswer{Trigger: screening.Trigger(trig[i]), Answer: screening.Answer(trig[i+1]), Justification: gdpr.NewPersonal(justification)})
		}
		checkScreening(t, s)
	})
}

// checkScreening checks the invariants of Validate and Assess on s.
func checkScreening(t *testing.T, s screening.Screening) {
	verr := s.Validate()
	r, aerr := screening.Assess(s)
	if verr != nil {
		require.ErrorIs(t, verr, gdpr.ErrInvalid)
		require.Equal(t, verr, aerr)
		var ps gdpr.Problems
		require.ErrorAs(t, verr, &ps)
		for _, p := range ps {
			require.NotEmpty(t, p.Path)
			require.NotEmpty(t, p.Code)
		}
		return
	}
	require.NoError(t, aerr)
	require.True(t, r.Outcome.Valid())
	require.True(t, r.RuleSet.Valid())
	require.NotEmpty(t, r.Reasons)
	require.NotEmpty(t, r.Conclusion.Da)
	switch {
	case r.Mandatory || len(r.Met) >= 2:
		require.Equal(t, screening.Required, r.Outcome)
	case len(r.Met) == 1:
		require.Equal(t, screening.Recommended, r.Outcome)
	default:
		require.Equal(t, screening.NotRequired, r.Outcome)
	}
	require.Equal(t, len(r.Triggers) > 0, r.Mandatory)
	for _, c := range r.Uncertain {
		require.Contains(t, r.Met, c)
	}
	for _, f := range r.Findings {
		require.True(t, f.Severity.Valid())
	}
	b, err := json.Marshal(r)
	require.NoError(t, err)
	var back screening.Result
	require.NoError(t, json.Unmarshal(b, &back))
	require.Equal(t, r, back, "a result round-trips")
}

// FuzzFactsJSON decodes arbitrary JSON into facts and a policy: nothing
// panics, valid facts give one valid suggestion with reasons per question,
// and prefilling never touches a person's answer.
func FuzzFactsJSON(f *testing.F) {
	seedJSON(f, "facts.json")
	f.Add([]byte(`{"subjectsPerYear":-3,"technologies":["cctv","cctv"],"subjects":[{"group":"pupils","vulnerable":false}]}`))
	f.Add([]byte(`{"dataTypes":["custom:sensitive:Journalnotater"],"categories":["criminal"],"subjectsPerYear":9223372036854775807}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var facts screening.Facts
		if json.Unmarshal(data, &facts) != nil {
			return
		}
		var policy screening.Policy
		_ = json.Unmarshal(data, &policy)
		sugs, err := policy.Suggest(facts)
		if err != nil {
			require.ErrorIs(t, err, gdpr.ErrInvalid)
			return
		}
		require.Len(t, sugs, 17)
		for _, g := range sugs {
			require.True(t, g.Answer.Valid())
			require.NotEmpty(t, g.Reasons)
		}
		person := screen(answers{screening.Monitoring: screening.Yes}, false)
		filled := person.Prefill(sugs, language.English)
		require.Equal(t, person.Answers, filled.Answers[:len(person.Answers)], "a person's answers stay")
		for _, d := range screening.Disagreements(person, sugs) {
			require.Equal(t, "screening.suggestion_disagrees", d.Rule)
		}
	})
}

// FuzzParse feeds arbitrary text to every parser: nothing panics, a parsed
// code prints back as itself, and an error means invalid input.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"", "yes", "dont_know", "large_scale", "dk-2019.1", "cctv", "Criterion(3)", "YES", "required"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		check := func(str string, err error) {
			if err != nil {
				assert.ErrorIs(t, err, screening.ErrUnknownCode)
				assert.ErrorIs(t, err, gdpr.ErrInvalid)
				return
			}
			assert.Equal(t, s, str)
		}
		str := func(v interface{ String() string }, zero bool) string {
			if zero {
				return ""
			}
			return v.String()
		}
		c, err := screening.ParseCriterion(s)
		check(str(c, c == 0), err)
		a, err := screening.ParseAnswer(s)
		check(str(a, a == 0), err)
		o, err := screening.ParseOutcome(s)
		check(str(o, o == 0), err)
		d, err := screening.ParseDecision(s)
		check(str(d, d == 0), err)
		tr, err := screening.ParseTrigger(s)
		check(str(tr, tr == 0), err)
		rs, err := screening.ParseRuleSet(s)
		check(str(rs, rs == 0), err)
		var scanned screening.Answer
		if err := scanned.Scan([]byte(s)); err == nil {
			assert.Equal(t, a, scanned)
		}
	})
}
