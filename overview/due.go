package overview

import (
	"cmp"
	"database/sql/driver"
	"strings"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
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
	// review, the annual cycle of seed 001 (ropa.Record.NextReview).
	RecordReview
	// Supervision (supervision): the next supervision of a processor,
	// seed 001 (dpa.Register.SupervisionDue).
	Supervision
	// ConsentExpiry (consent_expiry): a consent runs out; once it has, the
	// processing it covers must stop, GDPR art. 7(3) (ropa.Consent).
	ConsentExpiry
	// MeasureDue (measure): a further measure of a risk assessment's
	// action plan is due, seed 002 "Tids- og handlingsplan" (risk.Measure).
	MeasureDue
	// DPIAReview (dpia_review): an impact assessment is due for review,
	// GDPR art. 35(11).
	DPIAReview
)

var dueKindCodes = [...]string{"", "request_answer", "breach_notification", "record_review", "supervision",
	"consent_expiry", "measure", "dpia_review"}

var dueKindLabels = [...]gdpr.Text{
	{},
	{Da: "Svar på anmodning fra registreret", En: "Answer to a data-subject request"},
	{Da: "Anmeldelse af brud til Datatilsynet", En: "Notification of a breach to Datatilsynet"},
	{Da: "Gennemgang af fortegnelse", En: "Review of a record of processing"},
	{Da: "Tilsyn med databehandler", En: "Supervision of a processor"},
	{Da: "Samtykke udløber", En: "Consent expires"},
	{Da: "Foranstaltning i handlingsplanen", En: "Measure of the action plan"},
	{Da: "Revurdering af konsekvensanalyse", En: "Review of an impact assessment"},
}

var dueKindReferences = [...]string{"", "GDPR art. 12(3)", "GDPR art. 33(1)", "GDPR art. 30(1); seed 001 (Fortegnelser)",
	"GDPR art. 28(3)(h); seed 001 (Databehandlere)", "GDPR art. 7(3); seed 001 (Lovhjemmel)",
	"GDPR art. 32(1); seed 002 (Tids- og handlingsplan)", "GDPR art. 35(11)"}

// DueKinds returns every kind in order, in a fresh slice.
func DueKinds() []DueKind {
	out := make([]DueKind, len(dueKindCodes)-1)
	for i := range out {
		out[i] = DueKind(i + 1)
	}
	return out
}

// Valid reports whether k is one of the defined kinds.
func (k DueKind) Valid() bool { return enum.Valid(k, dueKindCodes[:]) }

// String returns the stable code ("record_review"), or "DueKind(9)" for an
// invalid value.
func (k DueKind) String() string { return enum.String(k, "DueKind", dueKindCodes[:]) }

// Label returns the Danish name of k, or the English one for an English tag.
func (k DueKind) Label(tag language.Tag) string {
	if !k.Valid() {
		return k.String()
	}
	return dueKindLabels[k].In(tag)
}

// Reference returns the legal source of the deadline ("GDPR art. 33(1)"),
// or "" for an invalid kind.
func (k DueKind) Reference() string {
	if !k.Valid() {
		return ""
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

// MarshalText encodes k as its code; the zero value encodes as "".
func (k DueKind) MarshalText() ([]byte, error) {
	return enum.Marshal(k, "overview: DueKind", dueKindCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code as ParseDueKind does.
func (k *DueKind) UnmarshalText(b []byte) (err error) {
	*k, err = ParseDueKind(string(b))
	return err
}

// ParseDueKind parses a code; "" gives the zero value and an unknown code is
// an error wrapping ErrUnknownCode.
func ParseDueKind(code string) (DueKind, error) {
	return enum.Parse[DueKind](code, "overview: due kind", dueKindCodes[:], ErrUnknownCode)
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (k *DueKind) Scan(src any) error {
	return enum.Scan(k, src, "overview: due kind", dueKindCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (k DueKind) Value() (driver.Value, error) {
	return enum.Value(k, "overview: DueKind", dueKindCodes[:], ErrUnknownCode)
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
	Reference string `json:"reference"`
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
