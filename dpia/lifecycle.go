package dpia

import (
	"strconv"
	"strings"

	"github.com/dkgdpr/gdpr"
)

// TransitionError is the error of a refused move in the lifecycle: the
// statuses, the rules the move would break (as findings with paths), and,
// when the document does not validate, the validation error. errors.Is(err,
// ErrTransition) holds; errors.Is(err, gdpr.ErrInvalid) holds too when the
// document is invalid.
type TransitionError struct {
	From, To Status
	// Broken lists the rules the move would break, each as a finding with
	// the path of what is missing.
	Broken []gdpr.Finding
	// Invalid is the validation error of a document that does not
	// validate, or nil.
	Invalid error
}

// Error names the move and the rules it would break:
// "dpia: transition refused: dpo_review -> decided: dpia.dpo_not_consulted (GDPR art. 35(2)) at dpo".
func (e *TransitionError) Error() string {
	var b strings.Builder
	b.WriteString(ErrTransition.Error())
	b.WriteString(": ")
	b.WriteString(e.From.String())
	b.WriteString(" -> ")
	b.WriteString(e.To.String())
	for i, f := range e.Broken {
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString("; ")
		}
		b.WriteString(f.Rule)
		b.WriteString(" (")
		b.WriteString(f.Reference.En)
		b.WriteString(")")
		if f.Path != "" {
			b.WriteString(" at ")
			b.WriteString(f.Path)
		}
	}
	if e.Invalid != nil {
		b.WriteString(": ")
		b.WriteString(e.Invalid.Error())
	}
	return b.String()
}

// Unwrap returns ErrTransition and the validation error, if any.
func (e *TransitionError) Unwrap() []error {
	if e.Invalid != nil {
		return []error{ErrTransition, e.Invalid}
	}
	return []error{ErrTransition}
}

// Rules returns the IDs of the broken rules, in order; nil when the move
// is refused only because the document does not validate.
func (e *TransitionError) Rules() []string {
	var out []string
	for _, f := range e.Broken {
		out = append(out, f.Rule)
	}
	return out
}

// CanTransition reports whether the assessment may move to status to, as
// an error that names every rule the move would break (a *[TransitionError]),
// or nil. The lifecycle is
//
//	draft -> dpo_review        submitted for the DPO's advice (art. 35(2)): the
//	                           document validates, embeds its record, has its
//	                           screening and considers every threat category
//	dpo_review -> draft        sent back for more work
//	dpo_review -> decided      the controller decides: verdict, name and date
//	                           recorded, the DPO consulted (involvement and
//	                           conclusion), a response to each recommendation,
//	                           the data subjects' views documented (art. 35(9)),
//	                           the document valid, the decision dated no
//	                           earlier than the latest recorded change;
//	                           "approved" also needs no prior consultation
//	                           pending (art. 36(1)) nor a warning or ban of
//	                           Datatilsynet (art. 58(2)), and a conditional
//	                           approval its conditions
//	decided -> under_revision  a change or a review reopens it (art. 35(11))
//	under_revision -> dpo_review  as from draft
//
// Any other move breaks dpia.transition_not_allowed. A zero status counts as
// draft.
func (a Assessment) CanTransition(to Status) error {
	from := a.status()
	e := &TransitionError{From: from, To: to}
	switch {
	case (from == Draft || from == UnderRevision) && to == DPOReview:
		if err := a.Validate(); err != nil {
			e.Invalid = err
		}
		if a.Record == nil {
			e.Broken = append(e.Broken, ruleRecordMissing.Finding("record"))
		}
		if a.Screening == nil {
			e.Broken = append(e.Broken, ruleScreeningMissing.Finding("screening"))
		}
		if len(a.Risks) == 0 {
			e.Broken = append(e.Broken, ruleRisksMissing.Finding("risks"))
		} else if missing := a.threatsNotConsidered(); len(missing) > 0 {
			f := ruleThreatNotConsidered.Finding("notRelevant")
			f.Text.Da += " (" + threatNumbers(missing) + ")"
			f.Text.En += " (" + threatNumbers(missing) + ")"
			e.Broken = append(e.Broken, f)
		}
	case from == DPOReview && to == Draft, from == Decided && to == UnderRevision:
	case from == DPOReview && to == Decided:
		if err := a.Validate(); err != nil {
			e.Invalid = err
		}
		ap := a.Approval
		if !ap.Verdict.Valid() || ap.By.Blank() || ap.Date.IsZero() {
			e.Broken = append(e.Broken, ruleApprovalMissing.Finding("approval"))
		} else if ch, ok := a.changeAfter(ap.Date); ok {
			// GDPR art. 35(11): a revision is decided anew, not on the
			// approval of what it revises.
			f := ruleApprovalMissing.Finding("approval.date")
			f.Text = appendText(f.Text, " (", ap.Date.String()+" < "+ch.String(), ")")
			e.Broken = append(e.Broken, f)
		}
		if _, ok := a.dpoConsulted(); !ok {
			e.Broken = append(e.Broken, ruleDPONotConsulted.Finding("dpo"))
		}
		e.Broken = append(e.Broken, a.dpoResponsesMissing()...)
		if !a.Views.documented() {
			e.Broken = append(e.Broken, ruleViewsNotDocumented.Finding("views"))
		}
		if ap.Verdict == Approved && a.PriorConsultation().Pending {
			e.Broken = append(e.Broken, rulePriorConsultationPending.Finding("consultation"))
		}
		if o := a.Consultation.Outcome; ap.Verdict == Approved && (o == Warning || o == Ban) {
			e.Broken = append(e.Broken, ruleConsultationRefused.Finding("consultation.outcome"))
		}
		if ap.Verdict == ConditionallyApproved && strings.TrimSpace(ap.Conditions) == "" {
			e.Broken = append(e.Broken, ruleConditionsMissing.Finding("approval.conditions"))
		}
	default:
		e.Broken = append(e.Broken, ruleTransitionNotAllowed.Finding("status"))
	}
	if len(e.Broken) == 0 && e.Invalid == nil {
		return nil
	}
	return e
}

// Transition moves the assessment to status to when [Assessment.CanTransition]
// allows it, and returns its error otherwise, leaving the assessment as it
// was. It changes only the status: the host records the revision, the
// review or the decision that goes with the move.
func (a *Assessment) Transition(to Status) error {
	if a == nil {
		return &TransitionError{To: to, Broken: []gdpr.Finding{ruleTransitionNotAllowed.Finding("")}}
	}
	if err := a.CanTransition(to); err != nil {
		return err
	}
	a.Status = to
	return nil
}

// changeAfter returns the latest recorded change after day d, if any.
func (a *Assessment) changeAfter(d gdpr.Date) (gdpr.Date, bool) {
	var last gdpr.Date
	for _, ch := range a.Monitoring.Changes {
		if ch.Date.Valid() && ch.Date.After(d) && ch.Date.After(last) {
			last = ch.Date
		}
	}
	return last, !last.IsZero()
}

// dpoResponsesMissing returns a finding for each recommendation of the DPO
// without the authority's response.
func (a *Assessment) dpoResponsesMissing() []gdpr.Finding {
	var out []gdpr.Finding
	for i, r := range a.DPO.Recommendations {
		if strings.TrimSpace(r.Response) == "" {
			out = append(out, ruleDPOResponseMissing.Finding("dpo.recommendations["+strconv.Itoa(i)+"].response"))
		}
	}
	return out
}
