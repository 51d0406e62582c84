package screening_test

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/fuzzcheck"
	"github.com/dkgdpr/gdpr/internal/roundtrip"
	"github.com/dkgdpr/gdpr/screening"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// The package's exported decoders and validators, and the fuzz target
// that reaches each (TestEveryDecoderHasAFuzzTarget keeps the list whole).
var fuzzTargets = map[string][]string{
	"FuzzAnswer":          {"ParseAnswer", "(*Answer).UnmarshalText", "(*Answer).Scan"},
	"FuzzCriterion":       {"ParseCriterion", "(*Criterion).UnmarshalText", "(*Criterion).Scan"},
	"FuzzDecision":        {"ParseDecision", "(*Decision).UnmarshalText", "(*Decision).Scan"},
	"FuzzOutcome":         {"ParseOutcome", "(*Outcome).UnmarshalText", "(*Outcome).Scan"},
	"FuzzRuleSet":         {"ParseRuleSet", "(*RuleSet).UnmarshalText", "(*RuleSet).Scan"},
	"FuzzTrigger":         {"ParseTrigger", "(*Trigger).UnmarshalText", "(*Trigger).Scan"},
	"FuzzScreeningJSON":   {"ParseJSON[Screening]", "(Screening).Validate"},
	"FuzzFactsJSON":       {"ParseJSON[Facts]", "(Facts).Validate"},
	"FuzzPolicyJSON":      {"ParseJSON[Policy]", "(Policy).Validate"},
	"FuzzScreeningValues": {"(Screening).Validate"},
	"FuzzFactsValues":     {"(Facts).Validate", "(Policy).Validate"},
}

// addCodes seeds f with the codes of an enumeration and inputs around them.
func addCodes[T interface{ String() string }](f *testing.F, values []T, extra ...string) {
	fuzzcheck.AddCodes(f, values, append(extra, "Answer(3)", "3")...)
}

// fuzzCode checks every decoder of one enumeration on s (fuzzcheck.Code).
func fuzzCode[T comparable, P fuzzcheck.Codec[T]](t *testing.T, s string, parse func(string) (T, error)) {
	t.Helper()
	fuzzcheck.Code[T, P](t, s, parse, screening.ErrUnknownCode)
}

func FuzzAnswer(f *testing.F) {
	addCodes(f, screening.Answers())
	f.Fuzz(func(t *testing.T, s string) { fuzzCode(t, s, screening.ParseAnswer) })
}

func FuzzCriterion(f *testing.F) {
	addCodes(f, screening.AllCriteria())
	f.Fuzz(func(t *testing.T, s string) { fuzzCode(t, s, screening.ParseCriterion) })
}

func FuzzDecision(f *testing.F) {
	addCodes(f, []screening.Decision{screening.Perform, screening.Decline})
	f.Fuzz(func(t *testing.T, s string) { fuzzCode(t, s, screening.ParseDecision) })
}

func FuzzOutcome(f *testing.F) {
	addCodes(f, []screening.Outcome{screening.NotRequired, screening.Recommended, screening.Required})
	f.Fuzz(func(t *testing.T, s string) { fuzzCode(t, s, screening.ParseOutcome) })
}

func FuzzRuleSet(f *testing.F) {
	addCodes(f, screening.RuleSets())
	f.Fuzz(func(t *testing.T, s string) { fuzzCode(t, s, screening.ParseRuleSet) })
}

func FuzzTrigger(f *testing.F) {
	addCodes(f, screening.Triggers())
	f.Fuzz(func(t *testing.T, s string) { fuzzCode(t, s, screening.ParseTrigger) })
}

// seedJSON adds the golden files and a few hand-made inputs to f's corpus.
func seedJSON(f *testing.F, files ...string) {
	for _, name := range files {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`null`))
}

// FuzzScreeningJSON decodes arbitrary JSON into a Screening: nothing
// panics; what ParseJSON accepts is storable; a screening Validate accepts
// is assessed without error into a consistent result, and one it rejects
// is rejected by Assess too.
func FuzzScreeningJSON(f *testing.F) {
	seedJSON(f, "screening.json")
	f.Add([]byte(`{"triggers":[]}`))
	f.Add([]byte(`{"answers":[{"criterion":"large_scale","answer":"dont_know","justification":" "}]}`))
	f.Add([]byte(`{"ninthCriterion":true,"answers":[{"criterion":"prevents_rights","answer":"yes","justification":"x","suggested":true}],"decision":"decline"}`))
	f.Add([]byte(`{"answers":[],"decisionReason":"a","decisionReason":"b","ruleSet":"dk-2019.1"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := roundtrip.Check[screening.Screening](data); err != nil {
			t.Fatal(err)
		}
		if _, err := screening.ParseJSON[screening.Screening](data); err != nil && !errors.Is(err, gdpr.ErrInvalid) {
			t.Fatalf("ParseJSON error %v does not wrap gdpr.ErrInvalid", err)
		}
		var s screening.Screening
		if json.Unmarshal(data, &s) != nil {
			return
		}
		checkScreening(t, s)
	})
}

// FuzzScreeningValues builds screenings from raw bytes, including enum
// values and texts that decoding would never produce, and checks Validate
// and Assess.
func FuzzScreeningValues(f *testing.F) {
	f.Add([]byte{1, 1, 2, 2, 3, 2, 4, 1, 5, 2, 6, 2, 7, 4, 8, 3}, []byte{7, 1}, uint8(0), false, uint8(2), "")
	f.Add([]byte{1, 1, 2, 2, 3, 2, 4, 1, 5, 2, 6, 2, 7, 4, 8, 3}, []byte{8, 1}, uint8(1), false, uint8(2), "a\xffb")
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

// checkScreening checks the invariants of Validate, Assess, Check and
// Prefill on s; a valid screening and its result are storable.
func checkScreening(t *testing.T, s screening.Screening) {
	verr := s.Validate()
	r, aerr := screening.Assess(s)
	fs := s.Check(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	require.NotNil(t, fs, "Check is never nil")
	_ = s.Prefill(nil, language.Danish)
	if verr != nil {
		require.ErrorIs(t, verr, gdpr.ErrInvalid)
		require.Equal(t, verr, aerr)
		var ps gdpr.Problems
		require.ErrorAs(t, verr, &ps)
		for _, p := range ps {
			require.NotEmpty(t, p.Path)
			require.NotEmpty(t, p.Code)
		}
		require.Len(t, fs, len(ps), "one invalid finding per problem")
		return
	}
	require.NoError(t, aerr)
	require.NoError(t, roundtrip.Value(s), "a valid screening is storable")
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
	require.Equal(t, r.Findings, fs, "Check gives the result's findings")
	require.NoError(t, roundtrip.Value(r), "a result is storable")
}

// FuzzFactsJSON decodes arbitrary JSON into facts: nothing panics, what
// ParseJSON accepts is storable, valid facts give one valid suggestion
// with reasons per question, and prefilling never touches a person's
// answer.
func FuzzFactsJSON(f *testing.F) {
	seedJSON(f, "facts.json")
	f.Add([]byte(`{"subjectsPerYear":-3,"technologies":["cctv","cctv"],"subjects":[{"group":"pupils","vulnerable":false}]}`))
	f.Add([]byte(`{"dataTypes":["custom:sensitive:Journalnotater"],"categories":["criminal"],"subjectsPerYear":9223372036854775807}`))
	f.Add([]byte(`{"dataTypes":[""],"categories":[],"technologies":[]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := roundtrip.Check[screening.Facts](data); err != nil {
			t.Fatal(err)
		}
		if _, err := screening.ParseJSON[screening.Facts](data); err != nil && !errors.Is(err, gdpr.ErrInvalid) {
			t.Fatalf("ParseJSON error %v does not wrap gdpr.ErrInvalid", err)
		}
		var facts screening.Facts
		if json.Unmarshal(data, &facts) != nil {
			return
		}
		var policy screening.Policy
		_ = json.Unmarshal(data, &policy)
		checkFacts(t, facts, policy)
	})
}

// checkFacts runs Validate, Suggest, Prefill and Disagreements on facts
// under policy.
func checkFacts(t *testing.T, facts screening.Facts, policy screening.Policy) {
	ferr := facts.Validate()
	perr := policy.Validate()
	sugs, err := policy.Suggest(facts)
	if err != nil {
		require.ErrorIs(t, err, gdpr.ErrInvalid)
		require.True(t, ferr != nil || perr != nil, "Suggest rejects only invalid facts or policies: %v", err)
		return
	}
	require.NoError(t, ferr)
	require.NoError(t, perr)
	require.NoError(t, roundtrip.Value(facts), "valid facts are storable")
	require.Len(t, sugs, 17)
	for _, g := range sugs {
		require.True(t, g.Answer.Valid())
		require.NotEmpty(t, g.Reasons)
	}
	require.NoError(t, roundtrip.Value(sugs), "suggestions are storable")
	person := screen(answers{screening.Monitoring: screening.Yes}, false)
	filled := person.Prefill(sugs, language.English)
	require.Equal(t, person.Answers, filled.Answers[:len(person.Answers)], "a person's answers stay")
	// A prefilled screening is incomplete until a person confirms it, so
	// it does not validate; it must still store without loss.
	out, err := json.Marshal(filled)
	require.NoError(t, err)
	var back screening.Screening
	require.NoError(t, json.Unmarshal(out, &back))
	_, same := roundtrip.Equal(filled, back)
	require.True(t, same, "a prefilled screening stores without loss")
	for _, d := range screening.Disagreements(person, sugs) {
		require.Equal(t, "screening.suggestion_disagrees", d.Rule)
	}
}

func FuzzPolicyJSON(f *testing.F) {
	seedJSON(f, "policy.json")
	f.Add([]byte(`{"largeScaleSubjects":-1}`))
	f.Add([]byte(`{"largeScaleSubjects":0}`))
	f.Add([]byte(`{"largeScaleSubjects":1e3}`))
	facts := homeCareFacts()
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := roundtrip.Check[screening.Policy](data); err != nil {
			t.Fatal(err)
		}
		p, err := screening.ParseJSON[screening.Policy](data)
		if err != nil {
			require.ErrorIs(t, err, gdpr.ErrInvalid)
			if json.Unmarshal(data, &p) != nil {
				return
			}
		}
		checkFacts(t, facts, p)
	})
}

// FuzzFactsValues builds facts and a policy from raw values that no JSON
// decoding gives (a category 200, a technology 99, a custom data type with
// bad bytes) and checks Validate and Suggest.
func FuzzFactsValues(f *testing.F) {
	f.Add("health", []byte{1, 2}, []byte{1, 10}, 4000, 20000, true)
	f.Add("custom:sensitive:x\xff", []byte{9}, []byte{99}, -1, -5, false)
	f.Add("", []byte{}, []byte{}, 0, 0, false)
	f.Fuzz(func(t *testing.T, dataType string, categories, technologies []byte, perYear, threshold int, automated bool) {
		facts := screening.Facts{
			DataTypes: []gdpr.DataType{gdpr.DataType(dataType)}, SubjectsPerYear: perYear, AutomatedDecisions: automated,
		}
		for _, c := range categories {
			facts.Categories = append(facts.Categories, gdpr.DataCategory(c))
		}
		for _, c := range technologies {
			facts.Technologies = append(facts.Technologies, gdpr.Technology(c))
		}
		if err := facts.Validate(); err != nil {
			require.ErrorIs(t, err, gdpr.ErrInvalid)
		}
		p := screening.Policy{LargeScaleSubjects: threshold}
		if err := p.Validate(); err != nil {
			require.ErrorIs(t, err, gdpr.ErrInvalid)
		}
		checkFacts(t, facts, p)
	})
}
