package risk

import (
	"fmt"
	"strconv"

	"github.com/dkgdpr/gdpr"
	"golang.org/x/text/language"
)

// Decision is what a [Policy] says about a set of assessments: the
// strictest action any residual risk calls for, whether an exception needs
// top-management approval, whether Datatilsynet must be consulted, what the
// policy says of each risk, and the reasons, each with its legal reference
// and a Danish and English text.
type Decision struct {
	// Action is the strictest action of the risks (Accept when every
	// residual risk is in a band the policy accepts).
	Action Action `json:"action"`
	// TopManagementApproval is true when going ahead without taking the
	// action is an exception that needs top management's approval.
	TopManagementApproval bool `json:"topManagementApproval"`
	// PriorConsultation is true when a residual risk stays high: the
	// controller must consult Datatilsynet before processing (GDPR art.
	// 36(1)).
	PriorConsultation bool `json:"priorConsultation"`
	// Summary sums up the assessments the decision is about.
	Summary Summary `json:"summary"`
	// Risks says what the policy calls for with each assessment, in the
	// order of the set.
	Risks []RiskDecision `json:"risks"`
	// Reasons explain the decision, in the order of the assessments; a
	// reason about the whole set comes last.
	Reasons []gdpr.Reason `json:"reasons"`
}

// RiskDecision is what a policy calls for with one assessment of a set.
type RiskDecision struct {
	// Index is the position of the assessment in the set, from 0.
	Index int `json:"index"`
	// ID is the assessment's ID, if it has one that validates.
	ID string `json:"id,omitempty"`
	// Residual is the residual rating the policy is applied to (the
	// inherent one when no residual is assessed).
	Residual Rating `json:"residual"`
	// Action is what the policy calls for: the band's action (the high
	// band's for a high risk in a lower band, [Policy.HighRisk]), and at
	// least Reduce while measures that bring down a high risk are pending.
	Action Action `json:"action"`
	// TopManagementApproval is true when an exception for this risk needs
	// top management's approval.
	TopManagementApproval bool `json:"topManagementApproval"`
	// HighRisk is true when the residual risk is a high risk as the policy
	// reads it ([Policy.HighRisk]): it calls for prior consultation.
	HighRisk bool `json:"highRisk"`
	// PendingHigh is true when a high risk is brought down only by measures
	// not yet implemented.
	PendingHigh bool `json:"pendingHigh"`
}

// The rule ids and references of a decision's reasons.
var (
	reasonTreatment    = gdpr.Reason{Rule: "risk.policy_treatment", Reference: gdpr.Cite("GDPR art. 32(1), 35(7)(d)")}
	reasonPending      = gdpr.Reason{Rule: "risk.pending_high_measures", Reference: gdpr.Cite("GDPR art. 35(7)(d)")}
	reasonConsultation = gdpr.Reason{Rule: "risk.prior_consultation", Reference: gdpr.Cite("GDPR art. 36(1); WP248 rev.01 III.C")}
	reasonAccepted     = gdpr.Reason{Rule: "risk.accepted", Reference: gdpr.Cite("GDPR art. 32(1), 35(7)(d)")}
)

var actionReasons = [...]gdpr.Text{
	{},
	{Da: "den accepteres", En: "accept it"},
	{Da: "den overvåges løbende", En: "monitor it continuously"},
	{Da: "den skal nedbringes med yderligere foranstaltninger", En: "reduce it with further measures"},
	{Da: "behandlingen stoppes, da risikoen ikke kan nedbringes tilstrækkeligt", En: "stop the processing, as the risk cannot be reduced enough"},
}

// Decide applies the policy to the residual risks of set s. Each residual
// band gets the policy's action (a risk whose residual is not assessed
// counts with its inherent rating), and a residual that the policy reads as
// a high risk outside the highest band (by default K4 x S3) gets at least
// the high band's, so under the default a high risk the measures cannot
// reduce stops the project; a high risk brought down only by
// measures not yet implemented calls at least for Reduce, since those
// measures must be in place before the processing starts (the municipal
// DPIA template, "Tids- og handlingsplan"); a residual risk that stays high
// calls for prior consultation (GDPR art. 36(1)), a high risk read as the
// policy reads it ([Policy.HighRisk]; by default the highest band, or the
// highest consequence when likely, after WP248 rev.01 III.C).
//
// An invalid policy is an error wrapping [ErrInvalidPolicy]; an empty set,
// or an assessment that cannot be rated, is a [gdpr.Problems] with paths
// such as "assessments[2].residual.probability".
func (p Policy) Decide(s Set) (Decision, error) {
	if err := p.Validate(); err != nil {
		return Decision{}, fmt.Errorf("%w: %w", ErrInvalidPolicy, err)
	}
	var ps gdpr.Problems
	if len(s.Assessments) == 0 {
		ps.Add("assessments", gdpr.CodeRequired, "there are no assessments to decide on")
		return Decision{}, ps.Err()
	}
	m := s.Matrix.orDefault()
	evs := make([]Evaluation, len(s.Assessments))
	for i := range s.Assessments {
		ev, ok := m.evaluateUnder(&s.Assessments[i], p.HighRisk)
		if !ok {
			_, err := m.Evaluate(s.Assessments[i])
			ps.Merge(assessmentPath(i), err)
		}
		evs[i] = ev
	}
	if err := ps.Err(); err != nil {
		return Decision{}, err
	}

	d := Decision{Action: Accept, Risks: make([]RiskDecision, len(evs)), Reasons: []gdpr.Reason{}}
	var t tally
	for i, ev := range evs {
		a := &s.Assessments[i]
		t.add(ev, true)

		r := ev.Residual
		tr := p.For(r.Band)
		asHigh := ev.HighRisk && r.Band != High
		if asHigh {
			// A high residual risk outside the highest band (K4 x S3) is
			// treated as a high risk: at least the high band's treatment.
			if h := p.For(High); h.Action > tr.Action || h.Action == tr.Action && h.TopManagementApproval {
				tr = h
			}
		}
		rd := RiskDecision{Index: i, ID: decidedID(a.ID), Residual: r, Action: tr.Action, TopManagementApproval: tr.TopManagementApproval, HighRisk: ev.HighRisk, PendingHigh: ev.PendingHigh}
		name := assessmentName(a, i)
		if tr.Action > Accept {
			x := reasonTreatment
			var highDa, highEn string
			if asHigh {
				highDa, highEn = " og en høj risiko efter risikopolitikken", " and a high risk under the risk policy"
			}
			x.Text = gdpr.Text{
				Da: "Restrisikoen for risiko " + name.Da + " er " + r.Band.Label(language.Danish) + " (" + strconv.Itoa(r.Score) + ")" + highDa + ": " + actionReasons[tr.Action].Da + ".",
				En: "The residual risk of risk " + name.En + " is " + r.Band.Label(language.English) + " (" + strconv.Itoa(r.Score) + ")" + highEn + ": " + actionReasons[tr.Action].En + ".",
			}
			if tr.TopManagementApproval {
				x.Text.Da += " En undtagelse kræver godkendelse af topledelsen."
				x.Text.En += " An exception needs the approval of top management."
				d.TopManagementApproval = true
			}
			d.Reasons = append(d.Reasons, x)
		}
		if ev.PendingHigh {
			x := reasonPending
			x.Text = gdpr.Text{
				Da: "Risiko " + name.Da + " er høj uden de yderligere foranstaltninger, og ikke alle er implementeret: de skal være implementeret, før behandlingen påbegyndes.",
				En: "Risk " + name.En + " is high without the further measures, and not all of them are implemented: they must be in place before the processing starts.",
			}
			d.Reasons = append(d.Reasons, x)
			rd.Action = max(rd.Action, Reduce)
		}
		d.Risks[i] = rd
		d.Action = max(d.Action, rd.Action)
	}
	d.Summary = t.summary()
	d.PriorConsultation = d.Summary.PriorConsultation
	switch {
	case d.PriorConsultation:
		x := reasonConsultation
		da, en := p.HighRisk.text()
		x.Text = gdpr.Text{
			Da: "Restrisikoen er fortsat høj efter foranstaltningerne (" + da + "): fortsætter behandlingen, skal Datatilsynet høres forud for behandlingen (forudgående høring).",
			En: "The residual risk stays high after the measures (" + en + "): if the processing goes ahead, Datatilsynet must be consulted before it starts (prior consultation).",
		}
		d.Reasons = append(d.Reasons, x)
	case len(d.Reasons) == 0:
		x := reasonAccepted
		x.Text = gdpr.Text{
			Da: "Alle restrisici ligger i bånd, som risikopolitikken accepterer.",
			En: "Every residual risk is in a band the risk policy accepts.",
		}
		d.Reasons = append(d.Reasons, x)
	}
	return d, nil
}

// assessmentName names assessment i in a reason: its ID or number, and its
// threat.
func assessmentName(a *Assessment, i int) gdpr.Text {
	l := a.label(i)
	if !a.Threat.Valid() {
		return gdpr.Text{Da: l, En: l}
	}
	return gdpr.Text{Da: l + " (" + a.Threat.Label(language.Danish) + ")", En: l + " (" + a.Threat.Label(language.English) + ")"}
}

// decidedID is the ID a decision repeats: the assessment's, or "" for one
// that does not validate (Decide rates assessments without validating
// them, and its result must still be storable).
func decidedID(id string) string {
	if validID(id) {
		return id
	}
	return ""
}
