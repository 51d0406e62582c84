package dpia

import (
	"fmt"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Policy holds an authority's choices where the municipal DPIA template
// leaves room. The zero Policy is the default: every field's zero value is
// the stricter reading, named in its doc. [Policy.Decide], [Policy.MayStart]
// and [Policy.Check] apply a policy; [Assessment.Decide],
// [Assessment.MayStart] and [Assessment.Check] are the zero Policy's.
type Policy struct {
	// Measures says which further measures must be implemented before the
	// processing starts. The template says two things: its time and
	// action plan requires the measures that bring a high risk down
	// ("De mitigerende foranstaltninger, der nedbringer en høj risiko, skal
	// være implementeret før behandlingen ... kan påbegyndes"), while its
	// "Godkendt" box ("Behandlingen kan påbegyndes, hvis de mitigerende
	// foranstaltninger implementeres") and the model conclusion of the
	// data protection officer make the start conditional on all the
	// remaining measures. The zero value, [AllMeasures], is that stricter
	// reading; [HighRiskMeasures] is the action plan's.
	Measures MeasuresBeforeStart `json:"measures,omitempty"`
}

// MeasuresBeforeStart is which further measures must be implemented before
// the processing starts (see [Policy]). The zero value means
// [AllMeasures], the default.
type MeasuresBeforeStart uint8

// The readings of the template.
const (
	// AllMeasures (all): every further measure of the risk assessment is
	// implemented before the processing starts, as the template's
	// "Godkendt" box and the model conclusion of the data protection
	// officer say. The default.
	AllMeasures MeasuresBeforeStart = iota + 1
	// HighRiskMeasures (high_risk): only the measures that bring a high
	// risk down, as the template's time and action plan says; the others
	// follow the plan after the start.
	HighRiskMeasures
)

var measuresDef = enum.Def[MeasuresBeforeStart]{
	Type: "MeasuresBeforeStart",
	Kind: "dpia: measures before start",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		AllMeasures: {Code: "all", Da: "Alle resterende mitigerende foranstaltninger skal være implementeret, før behandlingen påbegyndes",
			En: "Every remaining mitigating measure must be implemented before the processing starts"},
		HighRiskMeasures: {Code: "high_risk", Da: "De mitigerende foranstaltninger, der nedbringer en høj risiko, skal være implementeret, før behandlingen påbegyndes",
			En: "The mitigating measures that bring a high risk down must be implemented before the processing starts"},
	},
}

// measures returns the reading p applies: AllMeasures unless set.
func (p Policy) measures() MeasuresBeforeStart {
	if p.Measures == 0 {
		return AllMeasures
	}
	return p.Measures
}

// Validate reports a reading that is not one of the package's, as an error
// wrapping [ErrInvalidPolicy] and a gdpr.Problems with the path
// "measures".
func (p Policy) Validate() error {
	if p.Measures != 0 && !p.Measures.Valid() {
		return fmt.Errorf("%w: %w", ErrInvalidPolicy, gdpr.Problems{{Path: "measures", Code: gdpr.CodeUnknown, Message: "not a reading of the measures before the start"}})
	}
	return nil
}

// Decide derives every decision of the assessment under p (see
// [Decisions]); an invalid policy is an error wrapping [ErrInvalidPolicy].
// Like [Assessment.Decide] it does not validate the assessment.
func (p Policy) Decide(a Assessment) (Decisions, error) {
	if err := p.Validate(); err != nil {
		return Decisions{}, err
	}
	return p.decide(&a), nil
}

// MayStart decides under p whether the processing may start (see
// [Assessment.MayStart]); an invalid policy is an error wrapping
// [ErrInvalidPolicy].
func (p Policy) MayStart(a Assessment) (StartDecision, error) {
	if err := p.Validate(); err != nil {
		return StartDecision{}, err
	}
	s := a.matrix().Summarize(a.Risks)
	return a.start(&s, &p), nil
}

// Check returns the findings of the assessment at now under p (see
// [Assessment.Check]). An invalid policy is reported as findings of
// dpia.invalid with paths under "policy", and the assessment is then checked
// under the default policy. The result is never nil.
func (p Policy) Check(a Assessment, now time.Time, agreements ...dpa.Agreement) []gdpr.Finding {
	out := []gdpr.Finding{}
	if err := p.Validate(); err != nil {
		var ps gdpr.Problems
		ps.Merge("policy", err)
		out = appendInvalid(out, ps)
		p = Policy{}
	}
	return append(out, p.check(a, now, agreements)...)
}

// decide derives every decision under a valid policy.
func (p Policy) decide(a *Assessment) Decisions {
	s := a.matrix().Summarize(a.Risks)
	return Decisions{
		Status:            a.status(),
		Risks:             s,
		KeyAnswers:        a.keyAnswers(&s, &p),
		PriorConsultation: a.consultation(&s),
		Start:             a.start(&s, &p),
		Review:            a.review(),
	}
}
