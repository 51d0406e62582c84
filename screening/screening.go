package screening

import (
	"log/slog"
	"strconv"

	"github.com/dkgdpr/gdpr"
)

// Screening is the screening table of the municipal DPIA template (its
// first table) as a record hosts store and edit: an answer with a
// written justification ("Begrundelse") for each criterion, answers to the
// cases that always require a DPIA, and the controller's decision.
//
// A screening is complete when every criterion is answered with a
// justification; [Screening.Validate] names each missing item. Answers to
// triggers are optional: a trigger not answered does not apply, and
// [Assess] reports a finding when an unanswered trigger could change the
// result. The zero value is an empty, incomplete screening under
// [DefaultRuleSet] with the template's eight criteria.
type Screening struct {
	// RuleSet is the rule set to assess under; zero means DefaultRuleSet.
	RuleSet RuleSet `json:"ruleSet,omitempty"`
	// NinthCriterion asks WP248's ninth criterion ([PreventsRights]) too.
	// Off by default, so the seed's eight-criteria form is reproduced
	// exactly.
	NinthCriterion bool `json:"ninthCriterion,omitempty"`
	// Answers holds one answer per criterion, in any order (the template's
	// order is customary).
	Answers []CriterionAnswer `json:"answers"`
	// Triggers holds answers to the art. 35(3) cases and the items of
	// Datatilsynet's list evaluated by the rule set.
	Triggers []TriggerAnswer `json:"triggers,omitempty"`
	// Decision is the controller's decision; zero means not decided yet.
	Decision Decision `json:"decision,omitempty"`
	// DecisionReason documents the decision; it is required when a
	// recommended (or presumed required) DPIA is declined. A free text that
	// may name or describe a person (the decision-maker, a citizen's case),
	// so it is a [gdpr.Personal]: in clear in JSON, redacted in fmt, slog
	// and errors.
	DecisionReason gdpr.Personal `json:"decisionReason,omitzero"`
}

// CriterionAnswer answers one criterion with its written justification.
type CriterionAnswer struct {
	// Criterion is the criterion answered.
	Criterion Criterion `json:"criterion"`
	// Answer is yes, no, partly or don't know ("Er kriteriet opfyldt?").
	Answer Answer `json:"answer"`
	// Justification is the written reasons (begrundelse). Required. A
	// free text that may describe a person, so a [gdpr.Personal]:
	// gdpr.NewPersonal("Ingen profilering.").
	Justification gdpr.Personal `json:"justification"`
	// Suggested marks an answer filled in from [Policy.Suggest] that no person has
	// confirmed yet. A screening with such an answer is incomplete: the host
	// clears the flag when a person confirms (or changes) the answer.
	Suggested bool `json:"suggested,omitempty"`
}

// TriggerAnswer answers whether one trigger applies, with its written
// justification.
type TriggerAnswer struct {
	// Trigger is the art. 35(3) case or list item answered.
	Trigger Trigger `json:"trigger"`
	// Answer says whether it applies; partly and don't know count as yes.
	Answer Answer `json:"answer"`
	// Justification is the written reasons (begrundelse). Required; a
	// [gdpr.Personal], as in CriterionAnswer.
	Justification gdpr.Personal `json:"justification"`
	// Suggested: as in CriterionAnswer.
	Suggested bool `json:"suggested,omitempty"`
}

// LogValue implements slog.LogValuer: the screening's fields with the
// justifications and the decision's reasons redacted.
func (s Screening) LogValue() slog.Value { return gdpr.LogValueOf(s) }

// LogValue implements slog.LogValuer: the answer with its justification
// redacted.
func (a CriterionAnswer) LogValue() slog.Value { return gdpr.LogValueOf(a) }

// LogValue implements slog.LogValuer: the answer with its justification
// redacted.
func (a TriggerAnswer) LogValue() slog.Value { return gdpr.LogValueOf(a) }

// ruleSet returns the rule set s is assessed under.
func (s Screening) ruleSet() RuleSet {
	if s.RuleSet == 0 {
		return DefaultRuleSet
	}
	return s.RuleSet
}

// numAsked is the number of criteria s asks: 8, or 9 with the ninth.
func (s Screening) numAsked() Criterion {
	if s.NinthCriterion {
		return numCriteria
	}
	return templateCriteria
}

// Criteria returns the criteria s asks, in order: the template's eight, and
// the ninth when [Screening.NinthCriterion] is set.
func (s Screening) Criteria() []Criterion {
	if s.NinthCriterion {
		return AllCriteria()
	}
	return Criteria()
}

// Answer returns the answer given to criterion c, and whether there is one.
func (s Screening) Answer(c Criterion) (CriterionAnswer, bool) {
	for _, a := range s.Answers {
		if a.Criterion == c {
			return a, true
		}
	}
	return CriterionAnswer{}, false
}

// TriggerAnswer returns the answer given to trigger t, and whether there is
// one.
func (s Screening) TriggerAnswer(t Trigger) (TriggerAnswer, bool) {
	for _, a := range s.Triggers {
		if a.Trigger == t {
			return a, true
		}
	}
	return TriggerAnswer{}, false
}

// Validate reports every problem of s at once, as gdpr.Problems with paths
// such as "answers[2].justification": an unknown rule set, criterion,
// trigger, answer or decision; a criterion or trigger answered twice; the
// ninth criterion answered when the screening does not ask it; a trigger
// the rule set does not evaluate; an answer without a justification; an
// answer suggested from facts that no person has confirmed; and each
// criterion that is not answered; and a text that is not valid UTF-8,
// which JSON cannot store.
func (s Screening) Validate() error {
	_, err := s.validate()
	return err
}

// validate is [Screening.Validate], and also reports whether the decision
// reason is blank, so that [Assess] and [Screening.Check] unmask the reason
// once: every Reveal of a gdpr.Personal allocates.
func (s Screening) validate() (reasonBlank bool, err error) {
	var ps gdpr.Problems
	if s.RuleSet != 0 && !s.RuleSet.Valid() {
		ps.Add("ruleSet", gdpr.CodeUnknown, "unknown rule set "+s.RuleSet.String())
	}
	var seen [numCriteria + 1]bool
	asked := s.numAsked()
	for i, a := range s.Answers {
		switch {
		case a.Criterion == 0:
			ps.Add(at("answers", i, "criterion"), gdpr.CodeRequired, "the criterion is not set")
		case !a.Criterion.Valid():
			ps.Add(at("answers", i, "criterion"), gdpr.CodeUnknown, "unknown criterion "+a.Criterion.String())
		case a.Criterion > asked:
			ps.Add(at("answers", i, "criterion"), gdpr.CodeUnsupported,
				"criterion "+strconv.Quote(a.Criterion.String())+" is asked only when ninthCriterion is set")
		case seen[a.Criterion]:
			ps.Add(at("answers", i, "criterion"), gdpr.CodeDuplicate,
				"criterion "+strconv.Quote(a.Criterion.String())+" is answered more than once")
		default:
			seen[a.Criterion] = true
		}
		checkAnswer(&ps, "answers", i, a.Answer, a.Justification, a.Suggested)
	}
	for c := Criterion(1); c <= asked; c++ {
		if !seen[c] {
			ps.Add("answers", gdpr.CodeRequired, "criterion "+strconv.Quote(c.String())+" is not answered")
		}
	}
	var seenT [numTriggers + 1]bool
	rs := s.ruleSet()
	for i, a := range s.Triggers {
		switch {
		case a.Trigger == 0:
			ps.Add(at("triggers", i, "trigger"), gdpr.CodeRequired, "the trigger is not set")
		case !a.Trigger.Valid():
			ps.Add(at("triggers", i, "trigger"), gdpr.CodeUnknown, "unknown trigger "+a.Trigger.String())
		case rs.Valid() && !rs.includes(a.Trigger):
			ps.Add(at("triggers", i, "trigger"), gdpr.CodeUnsupported,
				"trigger "+strconv.Quote(a.Trigger.String())+" is not in rule set "+strconv.Quote(rs.String()))
		case seenT[a.Trigger]:
			ps.Add(at("triggers", i, "trigger"), gdpr.CodeDuplicate,
				"trigger "+strconv.Quote(a.Trigger.String())+" is answered more than once")
		default:
			seenT[a.Trigger] = true
		}
		checkAnswer(&ps, "triggers", i, a.Answer, a.Justification, a.Suggested)
	}
	if s.Decision != 0 && !s.Decision.Valid() {
		ps.Add("decision", gdpr.CodeUnknown, "unknown decision "+s.Decision.String())
	}
	if !s.DecisionReason.ValidUTF8() {
		ps.Add("decisionReason", gdpr.CodeMalformed, notUTF8)
	}
	return s.DecisionReason.Blank(), ps.Err()
}

// notUTF8 is the problem of a text that is not valid UTF-8: encoding/json
// writes U+FFFD in place of each bad byte, so it cannot be stored. Decoding
// JSON never gives one.
const notUTF8 = "the text is not valid UTF-8"

// checkAnswer reports a missing or unknown answer, a missing justification
// and an unconfirmed suggestion of entry i of list.
func checkAnswer(ps *gdpr.Problems, list string, i int, a Answer, justification gdpr.Personal, suggested bool) {
	switch {
	case a == 0:
		ps.Add(at(list, i, "answer"), gdpr.CodeRequired, "the answer is missing")
	case !a.Valid():
		ps.Add(at(list, i, "answer"), gdpr.CodeUnknown, "unknown answer "+a.String())
	}
	switch {
	case justification.Blank():
		ps.Add(at(list, i, "justification"), gdpr.CodeRequired, "the answer needs a written justification (begrundelse)")
	case !justification.ValidUTF8():
		ps.Add(at(list, i, "justification"), gdpr.CodeMalformed, notUTF8)
	}
	if suggested {
		ps.Add(at(list, i, "suggested"), gdpr.CodeRequired, "the suggested answer is not confirmed by a person")
	}
}

// at builds the path "list[i].field".
func at(list string, i int, field string) string {
	return list + "[" + strconv.Itoa(i) + "]." + field
}
