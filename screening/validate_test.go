package screening_test

import (
	"errors"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/screening"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestValidate(t *testing.T) {
	type p = gdpr.Problem
	notAnswered := func(code string) p {
		return p{Path: "answers", Code: gdpr.CodeRequired, Message: `criterion "` + code + `" is not answered`}
	}
	tests := []struct {
		name  string
		edit  func(*screening.Screening)
		start screening.Screening
		want  gdpr.Problems
	}{
		{name: "a complete screening is valid", start: screen(nil, false)},
		{name: "a complete screening with the ninth criterion is valid", start: screen(nil, true)},
		{name: "the home-care AI screening is valid", start: homeCareScreening()},
		{name: "the empty screening names each of the eight missing criteria",
			start: screening.Screening{},
			want: gdpr.Problems{notAnswered("evaluation_scoring"), notAnswered("automated_decision"), notAnswered("systematic_monitoring"),
				notAnswered("sensitive_data"), notAnswered("large_scale"), notAnswered("matching_combining"),
				notAnswered("vulnerable_subjects"), notAnswered("innovative_use")}},
		{name: "asking the ninth criterion makes it required",
			start: screen(nil, false), edit: func(s *screening.Screening) { s.NinthCriterion = true },
			want: gdpr.Problems{notAnswered("prevents_rights")}},
		{name: "answering the ninth criterion without asking it is unsupported",
			start: screen(nil, false), edit: func(s *screening.Screening) {
				s.Answers = append(s.Answers, screening.CriterionAnswer{Criterion: screening.PreventsRights, Answer: screening.No, Justification: gdpr.NewPersonal("x")})
			},
			want: gdpr.Problems{{Path: "answers[8].criterion", Code: gdpr.CodeUnsupported, Message: `criterion "prevents_rights" is asked only when ninthCriterion is set`}}},
		{name: "an answer without justification is incomplete",
			start: screen(nil, false), edit: func(s *screening.Screening) { s.Answers[3].Justification = gdpr.NewPersonal("") },
			want: gdpr.Problems{{Path: "answers[3].justification", Code: gdpr.CodeRequired, Message: "the answer needs a written justification (begrundelse)"}}},
		{name: "a justification of blanks is no justification",
			start: screen(nil, false), edit: func(s *screening.Screening) { s.Answers[0].Justification = gdpr.NewPersonal(" \t\n") },
			want: gdpr.Problems{{Path: "answers[0].justification", Code: gdpr.CodeRequired, Message: "the answer needs a written justification (begrundelse)"}}},
		{name: "a criterion listed without an answer is incomplete",
			start: screen(nil, false), edit: func(s *screening.Screening) { s.Answers[5].Answer = 0 },
			want: gdpr.Problems{{Path: "answers[5].answer", Code: gdpr.CodeRequired, Message: "the answer is missing"}}},
		{name: "an unknown answer value is reported",
			start: screen(nil, false), edit: func(s *screening.Screening) { s.Answers[5].Answer = 9 },
			want: gdpr.Problems{{Path: "answers[5].answer", Code: gdpr.CodeUnknown, Message: "unknown answer Answer(9)"}}},
		{name: "an unconfirmed suggestion is incomplete",
			start: screen(nil, false), edit: func(s *screening.Screening) { s.Answers[2].Suggested = true },
			want: gdpr.Problems{{Path: "answers[2].suggested", Code: gdpr.CodeRequired, Message: "the suggested answer is not confirmed by a person"}}},
		{name: "a criterion answered twice is a duplicate, and the answers keep their paths",
			start: screen(nil, false), edit: func(s *screening.Screening) { s.Answers[7].Criterion = screening.Evaluation },
			want: gdpr.Problems{{Path: "answers[7].criterion", Code: gdpr.CodeDuplicate, Message: `criterion "evaluation_scoring" is answered more than once`},
				notAnswered("innovative_use")}},
		{name: "an unset and an unknown criterion",
			start: screen(nil, false), edit: func(s *screening.Screening) { s.Answers[0].Criterion = 0; s.Answers[1].Criterion = 42 },
			want: gdpr.Problems{{Path: "answers[0].criterion", Code: gdpr.CodeRequired, Message: "the criterion is not set"},
				{Path: "answers[1].criterion", Code: gdpr.CodeUnknown, Message: "unknown criterion Criterion(42)"},
				notAnswered("evaluation_scoring"), notAnswered("automated_decision")}},
		{name: "every problem of one answer at once",
			start: screen(nil, false), edit: func(s *screening.Screening) {
				s.Answers[4] = screening.CriterionAnswer{Criterion: screening.LargeScale, Suggested: true}
			},
			want: gdpr.Problems{{Path: "answers[4].answer", Code: gdpr.CodeRequired, Message: "the answer is missing"},
				{Path: "answers[4].justification", Code: gdpr.CodeRequired, Message: "the answer needs a written justification (begrundelse)"},
				{Path: "answers[4].suggested", Code: gdpr.CodeRequired, Message: "the suggested answer is not confirmed by a person"}}},
		{name: "trigger problems: unset, unknown, duplicate, no answer, no justification",
			start: screen(nil, false), edit: func(s *screening.Screening) {
				s.Triggers = []screening.TriggerAnswer{
					{Answer: screening.No, Justification: gdpr.NewPersonal("x")},
					{Trigger: 99, Answer: screening.No, Justification: gdpr.NewPersonal("x")},
					trig(screening.GeneticData, screening.No),
					{Trigger: screening.GeneticData},
				}
			},
			want: gdpr.Problems{{Path: "triggers[0].trigger", Code: gdpr.CodeRequired, Message: "the trigger is not set"},
				{Path: "triggers[1].trigger", Code: gdpr.CodeUnknown, Message: "unknown trigger Trigger(99)"},
				{Path: "triggers[3].trigger", Code: gdpr.CodeDuplicate, Message: `trigger "genetic_data" is answered more than once`},
				{Path: "triggers[3].answer", Code: gdpr.CodeRequired, Message: "the answer is missing"},
				{Path: "triggers[3].justification", Code: gdpr.CodeRequired, Message: "the answer needs a written justification (begrundelse)"}}},
		{name: "an unknown rule set and decision",
			start: screen(nil, false), edit: func(s *screening.Screening) { s.RuleSet = 7; s.Decision = 5 },
			want: gdpr.Problems{{Path: "ruleSet", Code: gdpr.CodeUnknown, Message: "unknown rule set RuleSet(7)"},
				{Path: "decision", Code: gdpr.CodeUnknown, Message: "unknown decision Decision(5)"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.start
			if tc.edit != nil {
				tc.edit(&s)
			}
			err := s.Validate()
			if tc.want == nil {
				require.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.True(t, errors.Is(err, gdpr.ErrInvalid), "errors.Is(err, gdpr.ErrInvalid)")
			var got gdpr.Problems
			require.ErrorAs(t, err, &got)
			assert.Equal(t, tc.want, got)
			_, aerr := screening.Assess(s)
			assert.Equal(t, err, aerr, "Assess returns Validate's error")
		})
	}
}

func TestScreeningAccessors(t *testing.T) {
	s := homeCareScreening()
	a, ok := s.Answer(screening.SensitiveData)
	require.True(t, ok)
	assert.Equal(t, screening.Yes, a.Answer)
	_, ok = s.Answer(screening.PreventsRights)
	assert.False(t, ok, "the ninth criterion is not answered")
	ta, ok := s.TriggerAnswer(screening.AccessDecision)
	require.True(t, ok)
	assert.Equal(t, screening.DontKnow, ta.Answer)
	_, ok = s.TriggerAnswer(screening.GeneticData)
	assert.False(t, ok)
	assert.Equal(t, screening.Criteria(), s.Criteria())
	s.NinthCriterion = true
	assert.Equal(t, screening.AllCriteria(), s.Criteria())
}
