package risk

import (
	"database/sql/driver"
	"strings"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
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

var measureStatusCodes = [...]string{"", "planned", "in_progress", "implemented"}

var measureStatusLabels = [...]gdpr.Text{
	{},
	{Da: "Planlagt", En: "Planned"},
	{Da: "Under implementering", En: "In progress"},
	{Da: "Implementeret", En: "Implemented"},
}

// MeasureStatuses returns the three statuses in order.
func MeasureStatuses() []MeasureStatus { return []MeasureStatus{Planned, InProgress, Implemented} }

// Valid reports whether s is one of the three statuses.
func (s MeasureStatus) Valid() bool { return enum.Valid(s, measureStatusCodes[:]) }

// String returns the stable code ("in_progress"), or "MeasureStatus(9)".
func (s MeasureStatus) String() string {
	return enum.String(s, "MeasureStatus", measureStatusCodes[:])
}

// Label returns the Danish or English name of s.
func (s MeasureStatus) Label(tag language.Tag) string {
	if !s.Valid() {
		return s.String()
	}
	return measureStatusLabels[s].In(tag)
}

// ParseMeasureStatus parses a status code; "" gives the zero value.
func ParseMeasureStatus(code string) (MeasureStatus, error) {
	return enum.Parse[MeasureStatus](code, "risk: measure status", measureStatusCodes[:], ErrUnknownCode)
}

// MarshalText encodes s as its code; the zero value encodes as "".
func (s MeasureStatus) MarshalText() ([]byte, error) {
	return enum.Marshal(s, "risk: MeasureStatus", measureStatusCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (s *MeasureStatus) UnmarshalText(b []byte) (err error) {
	*s, err = ParseMeasureStatus(string(b))
	return err
}

// Scan implements sql.Scanner.
func (s *MeasureStatus) Scan(src any) error {
	return enum.Scan(s, src, "risk: measure status", measureStatusCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer.
func (s MeasureStatus) Value() (driver.Value, error) {
	return enum.Value(s, "risk: MeasureStatus", measureStatusCodes[:], ErrUnknownCode)
}

// Measure is a further technical or organisational measure that lowers a
// risk (yderligere sikkerhedsforanstaltning), with what the template's time
// and action plan asks of it (seed 002, "Tids- og handlingsplan for
// implementering af mitigerende foranstaltninger"): its status, who owns it
// and when it is due. The residual risk of an [Assessment] assumes its
// measures are in place.
type Measure struct {
	// Description says what the measure is. Required.
	Description string `json:"description"`
	// Status says how far it has come. Required.
	Status MeasureStatus `json:"status"`
	// Owner is the role or unit responsible ("IT-afdelingen"); name a
	// role rather than a person.
	Owner string `json:"owner,omitempty"`
	// Due is when it is to be implemented (tidspunkt for implementering).
	Due gdpr.Date `json:"due,omitzero"`
}

// Validate reports a measure without a description or status, an unknown
// status, and an impossible due date.
func (m Measure) Validate() error {
	var ps gdpr.Problems
	if strings.TrimSpace(m.Description) == "" {
		ps.Add("description", gdpr.CodeRequired, "a measure needs a description")
	}
	switch {
	case m.Status == 0:
		ps.Add("status", gdpr.CodeRequired, "a measure needs a status")
	case !m.Status.Valid():
		ps.Add("status", gdpr.CodeUnknown, "unknown status "+m.Status.String())
	}
	if hasControl(m.Owner) {
		ps.Add("owner", gdpr.CodeMalformed, "the owner has control characters")
	}
	if !m.Due.IsZero() && !m.Due.Valid() {
		ps.Add("due", gdpr.CodeMalformed, "the due date does not exist")
	}
	return ps.Err()
}
