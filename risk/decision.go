package risk

import (
	"fmt"
	"strconv"

	"github.com/dkgdpr/gdpr"
	"golang.org/x/text/language"
)

// Decision is what a [Policy] says about a set of assessments: the
// strictest action any residual risk calls for, whether an exception needs
// top-management approval, whether Datatilsynet must be consulted, and the
// reasons, each with its legal reference and a Danish and English text.
type Decision struct {
	// Action is the strictest action of the reasons (Accept when every
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
	// Reasons explain the decision, in the order of the assessments; a
	// reason about the whole set comes last.
	Reasons []Reason `json:"reasons"`
}

// Reason is one ground of a [Decision].
type Reason struct {
	// Index is the position of the assessment in the set, from 0, or -1
	// for a reason about the whole set.
	Index int `json:"index"`
	// ID is the assessment's ID, if it has one.
	ID string `json:"id,omitempty"`
	// Band is the residual band the reason is about, if any.
	Band Band `json:"band,omitempty"`
	// Action is what the reason calls for, if anything.
	Action Action `json:"action,omitempty"`
	// Reference is the legal source ("GDPR art. 36(1)").
	Reference string `json:"reference"`
	// Text explains the reason in Danish and English.
	Text gdpr.Text `json:"text"`
}

// References of the reasons.
const (
	refTreatment    = "GDPR art. 32(1), 35(7)(d)"
	refPending      = "GDPR art. 35(7)(d)"
	refConsultation = "GDPR art. 36(1)"
)

var actionReasons = [...]gdpr.Text{
	{},
	{Da: "den accepteres", En: "accept it"},
	{Da: "den overvåges løbende", En: "monitor it continuously"},
	{Da: "den skal nedbringes med yderligere foranstaltninger", En: "reduce it with further measures"},
	{Da: "behandlingen stoppes, da risikoen ikke kan nedbringes tilstrækkeligt", En: "stop the processing, as the risk cannot be reduced enough"},
}

// Decide applies the policy to the residual risks of assessments rated on
// matrix m. Each residual band gets the policy's action (a risk whose
// residual is not assessed counts with its inherent rating); a high risk
// brought down only by measures not yet implemented calls at least for
// Reduce, since those measures must be in place before the processing
// starts (seed 002, "Tids- og handlingsplan"); a residual risk that stays
// high calls for prior consultation (GDPR art. 36(1)).
//
// An invalid policy is an error wrapping [ErrInvalidPolicy]; an empty set,
// or an assessment that cannot be rated, is a [gdpr.Problems] with paths
// such as "[2].residual.probability". The zero Matrix rates as
// [DefaultMatrix].
func (p Policy) Decide(m Matrix, assessments []Assessment) (Decision, error) {
	if err := p.Validate(); err != nil {
		return Decision{}, fmt.Errorf("%w: %w", ErrInvalidPolicy, err)
	}
	var ps gdpr.Problems
	if len(assessments) == 0 {
		ps.Add("", gdpr.CodeRequired, "there are no assessments to decide on")
		return Decision{}, ps.Err()
	}
	evs := make([]Evaluation, len(assessments))
	for i := range assessments {
		ev, err := m.Evaluate(assessments[i])
		if err != nil {
			ps.Merge("["+strconv.Itoa(i)+"]", err)
		}
		evs[i] = ev
	}
	if err := ps.Err(); err != nil {
		return Decision{}, err
	}

	d := Decision{Action: Accept}
	var t tally
	for i, ev := range evs {
		a := &assessments[i]
		t.add(ev, true)

		r := ev.Residual
		t := p.For(r.Band)
		name := assessmentName(a, i)
		if t.Action > Accept {
			text := gdpr.Text{
				Da: fmt.Sprintf("Restrisikoen for risiko %s er %s (%d): %s.", name.Da, r.Band.Label(language.Danish), r.Score, actionReasons[t.Action].Da),
				En: fmt.Sprintf("The residual risk of risk %s is %s (%d): %s.", name.En, r.Band.Label(language.English), r.Score, actionReasons[t.Action].En),
			}
			if t.TopManagementApproval {
				text.Da += " En undtagelse kræver godkendelse af topledelsen."
				text.En += " An exception needs the approval of top management."
				d.TopManagementApproval = true
			}
			d.Reasons = append(d.Reasons, Reason{Index: i, ID: a.ID, Band: r.Band, Action: t.Action, Reference: refTreatment, Text: text})
			d.Action = max(d.Action, t.Action)
		}
		if ev.PendingHigh {
			d.Reasons = append(d.Reasons, Reason{
				Index: i, ID: a.ID, Band: r.Band, Action: Reduce, Reference: refPending,
				Text: gdpr.Text{
					Da: fmt.Sprintf("Risiko %s er høj uden de yderligere foranstaltninger, og ikke alle er implementeret: de skal være implementeret, før behandlingen påbegyndes.", name.Da),
					En: fmt.Sprintf("Risk %s is high without the further measures, and not all of them are implemented: they must be in place before the processing starts.", name.En),
				},
			})
			d.Action = max(d.Action, Reduce)
		}
	}
	d.Summary = t.summary()
	d.PriorConsultation = d.Summary.PriorConsultation
	switch {
	case d.PriorConsultation:
		d.Reasons = append(d.Reasons, Reason{
			Index: -1, Band: High, Reference: refConsultation,
			Text: gdpr.Text{
				Da: "Restrisikoen er fortsat høj efter foranstaltningerne: fortsætter behandlingen, skal Datatilsynet høres forud for behandlingen (forudgående høring).",
				En: "The residual risk stays high after the measures: if the processing goes ahead, Datatilsynet must be consulted before it starts (prior consultation).",
			},
		})
	case len(d.Reasons) == 0:
		d.Reasons = append(d.Reasons, Reason{
			Index: -1, Action: Accept, Reference: refTreatment,
			Text: gdpr.Text{
				Da: "Alle restrisici ligger i bånd, som risikopolitikken accepterer.",
				En: "Every residual risk is in a band the risk policy accepts.",
			},
		})
	}
	return d, nil
}

// assessmentName names assessment i in a reason: its ID or number, and its
// threat.
func assessmentName(a *Assessment, i int) gdpr.Text {
	l := a.label(i)
	return gdpr.Text{Da: l + " (" + a.Threat.Label(language.Danish) + ")", En: l + " (" + a.Threat.Label(language.English) + ")"}
}
