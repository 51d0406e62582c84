package overview

import (
	"cmp"
	"strings"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// DueKind is what falls due: an answer to a data-subject request,
// a notification of a breach, a review, a supervision, a consent that runs
// out or a measure of an action plan. The zero value means "not set" and is
// not valid.
type DueKind uint8

// The kinds of what falls due.
const (
	// RequestAnswer (request_answer): a data-subject request must be
	// answered by its deadline, GDPR art. 12(3) (rights.Request.Deadline).
	RequestAnswer DueKind = iota + 1
	// BreachNotification (breach_notification): a breach must be notified
	// to Datatilsynet within 72 hours of awareness, GDPR art. 33(1).
	BreachNotification
	// RecordReview (record_review): a record of processing is due for its
	// review, once a year by default (ropa.Record.NextReview; GDPR art. 30(1), 5(2)).
	RecordReview
	// Supervision (supervision): the next supervision of a processor,
	// GDPR art. 28(3)(h) (dpa.Register.SupervisionDue).
	Supervision
	// ConsentExpiry (consent_expiry): a consent runs out; once it has, the
	// processing it covers must stop, GDPR art. 7(3) (ropa.Consent).
	ConsentExpiry
	// MeasureDue (measure): a further measure of a risk assessment's
	// action plan is due, the municipal DPIA template's "Tids- og handlingsplan"
	// (risk.Measure).
	MeasureDue
	// DPIAReview (dpia_review): an impact assessment is due for review,
	// GDPR art. 35(11).
	DPIAReview
)

var dueKindDef = enum.Def[DueKind]{
	Type: "DueKind",
	Kind: "overview: due kind",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		RequestAnswer:      {Code: "request_answer", Da: "Svar på anmodning fra registreret", En: "Answer to a data-subject request"},
		BreachNotification: {Code: "breach_notification", Da: "Anmeldelse af brud til Datatilsynet", En: "Notification of a breach to Datatilsynet"},
		RecordReview:       {Code: "record_review", Da: "Gennemgang af fortegnelse", En: "Review of a record of processing"},
		Supervision:        {Code: "supervision", Da: "Tilsyn med databehandler", En: "Supervision of a processor"},
		ConsentExpiry:      {Code: "consent_expiry", Da: "Samtykke udløber", En: "Consent expires"},
		MeasureDue:         {Code: "measure", Da: "Foranstaltning i handlingsplanen", En: "Measure of the action plan"},
		DPIAReview:         {Code: "dpia_review", Da: "Revurdering af konsekvensanalyse", En: "Review of an impact assessment"},
	},
}

// dueKindReferences are the legal sources of the deadlines, keyed by kind.
var dueKindReferences = [...]gdpr.Text{
	RequestAnswer:      gdpr.Cite("GDPR art. 12(3)"),
	BreachNotification: gdpr.Cite("GDPR art. 33(1)"),
	RecordReview:       gdpr.Cite("GDPR art. 30(1), 5(2)"),
	Supervision:        gdpr.Cite("GDPR art. 28(3)(h)"),
	ConsentExpiry:      gdpr.Cite("GDPR art. 7(3)"),
	MeasureDue:         gdpr.Cite("GDPR art. 32(1), 35(7)(d)"),
	DPIAReview:         gdpr.Cite("GDPR art. 35(11)"),
}

// DueKinds returns every kind in order, in a fresh slice.
func DueKinds() []DueKind {
	out := make([]DueKind, len(dueKindDef.Entries)-1)
	for i := range out {
		out[i] = DueKind(i + 1)
	}
	return out
}

// Reference returns the legal source of the deadline ("GDPR art. 33(1)"),
// in Danish and English, or the zero Text for an invalid kind.
func (k DueKind) Reference() gdpr.Text {
	if !k.Valid() {
		return gdpr.Text{}
	}
	return dueKindReferences[k]
}

// Area returns the area of the objects that fall due with kind k, or 0 for
// an invalid kind.
func (k DueKind) Area() Area {
	switch k {
	case RequestAnswer:
		return Requests
	case BreachNotification:
		return Breaches
	case RecordReview:
		return Records
	case Supervision:
		return Agreements
	case ConsentExpiry:
		return Consents
	case MeasureDue:
		return Risks
	case DPIAReview:
		return DPIAs
	}
	return 0
}

// Due is one thing that falls due, or fell due and is not done: which kind,
// which object (its area, id and position in the municipality), the last day
// and, where the rule counts in instants, the instant it expires.
type Due struct {
	// Kind is what falls due.
	Kind DueKind `json:"kind"`
	// Area, ID and Index name the object: its area, its id and its position
	// in the area's list of the [Municipality] (for a measure, the risk
	// assessment's).
	Area  Area   `json:"area"`
	ID    string `json:"id,omitempty"`
	Index int    `json:"index"`
	// Path is the field path of the object or the part of it that falls
	// due, from the municipality ("risks[4].assessments[2].measures[0]").
	Path string `json:"path"`
	// Day is the last day in Europe/Copenhagen. It is zero for a record
	// that was never reviewed: its review is due at once.
	Day gdpr.Date `json:"day,omitzero"`
	// Expires is the instant the time runs out: the end of Day in
	// Europe/Copenhagen, or the exact instant for a clock in hours (the 72
	// hours of a breach). Zero when Day is.
	Expires time.Time `json:"expires,omitzero"`
	// DaysLeft is the number of days from the day of the report to Day:
	// 0 on the day itself, negative once it has passed.
	DaysLeft int `json:"daysLeft"`
	// Overdue reports that the time ran out before the instant of the
	// report and the thing is not done.
	Overdue bool `json:"overdue"`
	// Reference is the legal source of the deadline.
	Reference gdpr.Text `json:"reference"`
}

// compareDue orders what falls due: the earliest expiry first (a record
// never reviewed before everything), then by kind, area position and id.
func compareDue(a, b *Due) int {
	if c := a.Expires.Compare(b.Expires); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Kind, b.Kind); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Index, b.Index); c != 0 {
		return c
	}
	if c := strings.Compare(a.Path, b.Path); c != 0 {
		return c
	}
	return strings.Compare(a.ID, b.ID)
}
