package risk

import (
	"log/slog"
	"unicode/utf8"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// MeasureStatus is how far a further measure (yderligere
// sikkerhedsforanstaltning) has come. The zero value means "not set" and is
// not valid.
type MeasureStatus uint8

// The statuses of a measure, in order.
const (
	Planned     MeasureStatus = iota + 1 // Planlagt
	InProgress                           // Under implementering
	Implemented                          // Implementeret
)

var measureStatusDef = enum.Def[MeasureStatus]{
	Type: "MeasureStatus",
	Kind: "risk: measure status",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Planned:     {Code: "planned", Da: "Planlagt", En: "Planned"},
		InProgress:  {Code: "in_progress", Da: "Under implementering", En: "In progress"},
		Implemented: {Code: "implemented", Da: "Implementeret", En: "Implemented"},
	},
}

// MeasureStatuses returns the three statuses in order.
func MeasureStatuses() []MeasureStatus { return []MeasureStatus{Planned, InProgress, Implemented} }

// Measure is a further technical or organisational measure that lowers a
// risk (yderligere sikkerhedsforanstaltning), with what the template's time
// and action plan asks of it (the municipal DPIA template, "Tids- og
// handlingsplan for implementering af mitigerende foranstaltninger"): its status, who owns it
// and when it is due. The residual risk of an [Assessment] assumes its
// measures are in place.
type Measure struct {
	// Description says what the measure is. Required. A free text, so a
	// [gdpr.Personal].
	Description gdpr.Personal `json:"description"`
	// Status says how far it has come. Required.
	Status MeasureStatus `json:"status"`
	// Owner is the role or unit responsible ("IT-afdelingen"); name a
	// role rather than a person. Since it may still be a person's name, it
	// is a [gdpr.Personal].
	Owner gdpr.Personal `json:"owner,omitzero"`
	// Due is when it is to be implemented (tidspunkt for implementering).
	Due gdpr.Date `json:"due,omitzero"`
}

// LogValue implements slog.LogValuer: the measure with its description and
// owner redacted.
func (m Measure) LogValue() slog.Value { return gdpr.LogValueOf(m) }

// Validate reports a measure without a description or status, an unknown
// status, an impossible due date, an owner with control characters, and a
// text that is not valid UTF-8 (which JSON cannot store).
func (m Measure) Validate() error {
	var ps gdpr.Problems
	if m.Description.Blank() {
		ps.Add("description", gdpr.CodeRequired, "a measure needs a description")
	}
	switch {
	case m.Status == 0:
		ps.Add("status", gdpr.CodeRequired, "a measure needs a status")
	case !m.Status.Valid():
		ps.Add("status", gdpr.CodeUnknown, "unknown status "+m.Status.String())
	}
	checkUTF8(&ps, "description", m.Description)
	switch owner := m.Owner.Reveal(); {
	case hasControl(owner):
		ps.Add("owner", gdpr.CodeMalformed, "the owner has control characters")
	case !utf8.ValidString(owner):
		ps.Add("owner", gdpr.CodeMalformed, "the owner is not valid UTF-8")
	}
	if !m.Due.IsZero() && !m.Due.Valid() {
		ps.Add("due", gdpr.CodeMalformed, "the due date does not exist")
	}
	return ps.Err()
}
