package dpia

import (
	"fmt"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/internal/enum"
	"github.com/dkgdpr/gdpr/risk"
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
	// Risk is the authority's risk appetite (risikovillighed), applied to
	// the residual risks of the assessment: per band the action (accept,
	// monitor, reduce, stop) and whether an exception needs top
	// management's approval, and the reading of a high residual risk
	// (risk.Policy.HighRisk) that calls for prior consultation of
	// Datatilsynet (GDPR art. 36(1)) and whose measures must be in place
	// before the start. The zero value is the risk package's default,
	// risk.DefaultPolicy: the municipal DPIA template's band texts, a stop
	// for a high residual risk that cannot be reduced (an exception needs
	// top management), and as a high risk the highest band or the highest
	// consequence when likely (K4 x S3 as well as K4 x S4; WP248 rev.01
	// III.C).
	Risk risk.Policy `json:"risk,omitzero"`
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

// Validate reports a reading that is not one of the package's and a risk
// policy that does not validate, as an error wrapping [ErrInvalidPolicy] and
// a gdpr.Problems with paths such as "measures" and "risk.high.action".
func (p Policy) Validate() error {
	var ps gdpr.Problems
	if p.Measures != 0 && !p.Measures.Valid() {
		ps.Add("measures", gdpr.CodeUnknown, "not a reading of the measures before the start")
	}
	ps.Merge("risk", p.Risk.Validate())
	if err := ps.Err(); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidPolicy, err)
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
	v := p.risks(&a)
	return a.start(&v, &p), nil
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
	v := p.risks(a)
	return Decisions{
		Status:            a.status(),
		Risks:             v.sum,
		KeyAnswers:        a.keyAnswers(&v, &p),
		PriorConsultation: a.consultation(&v),
		Start:             a.start(&v, &p),
		Review:            a.review(),
	}
}

// riskView is the assessment's risks as a policy reads them.
type riskView struct {
	// sum is the matrix's summary, with PriorConsultation and PendingHigh
	// counted as the risk policy reads a high risk.
	sum risk.Summary
	// reading is the reading of a high residual risk applied.
	reading risk.HighRisk
	// high labels the residual risks that are high under the risk policy.
	high []string
	// treated are the residual risks whose treatment under the risk policy
	// is to reduce them or to stop, in the order of the risks.
	treated []treatedRisk
}

// treatedRisk is one residual risk that the risk policy does not let
// the processing go ahead with as it is.
type treatedRisk struct {
	label     string
	rating    risk.Rating
	high      bool
	treatment risk.Treatment
}

// highRisk returns the reading of a high residual risk p applies.
func (p *Policy) highRisk() risk.HighRisk {
	if p.Risk.HighRisk == 0 {
		return risk.HighBandOrSevereLikely
	}
	return p.Risk.HighRisk
}

// risks reads the assessment's risks under p's risk policy. A residual risk
// is high as the policy reads it (risk.Policy.IsHigh); a high risk brought
// down only by measures not yet implemented counts as pending, as
// risk.Policy.Decide counts it; each residual risk gets its band's
// treatment, and a high risk outside the highest band at least the highest
// band's (risk.Policy.Decide). A risk that cannot be rated is left out, as
// the summary leaves it out.
func (p *Policy) risks(a *Assessment) riskView {
	m := a.matrix()
	v := riskView{sum: m.Summarize(a.Risks), reading: p.highRisk()}
	v.sum.PendingHigh = 0
	for i := range a.Risks {
		ev, err := m.Evaluate(a.Risks[i])
		if err != nil {
			continue
		}
		high := p.Risk.IsHigh(m, ev.Residual)
		if high {
			v.high = append(v.high, riskLabel(&a.Risks[i], i))
		}
		if ev.Pending && !high && p.Risk.IsHigh(m, ev.Inherent) {
			v.sum.PendingHigh++
		}
		t := p.Risk.For(ev.Residual.Band)
		if h := p.Risk.For(risk.High); high && ev.Residual.Band != risk.High &&
			(h.Action > t.Action || h.Action == t.Action && h.TopManagementApproval) {
			t = h
		}
		if t.Action >= risk.Reduce {
			v.treated = append(v.treated, treatedRisk{label: riskLabel(&a.Risks[i], i), rating: ev.Residual, high: high, treatment: t})
		}
	}
	v.sum.PriorConsultation = len(v.high) > 0
	return v
}
