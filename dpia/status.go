package dpia

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Status is where an impact assessment is in its lifecycle: a draft, with the
// data protection officer for advice (GDPR art. 35(2)), decided by the
// controller ("Godkendelse"), or under revision after a change (art. 35(11)).
// [Assessment.Transition] moves it and refuses a move that breaks a rule.
// The zero value means "not set" and counts as a draft.
type Status uint8

// The statuses of the lifecycle, in order.
const (
	Draft         Status = iota + 1 // draft: being written
	DPOReview                       // dpo_review: the DPO's advice is sought, GDPR art. 35(2)
	Decided                         // decided: the controller has decided (approved, conditionally approved or not approved)
	UnderRevision                   // under_revision: a change of the processing, its risks or a processor is being assessed, GDPR art. 35(11)
)

var statusCodes = [...]string{"", "draft", "dpo_review", "decided", "under_revision"}

var statusLabels = [...]gdpr.Text{
	{},
	{Da: "Udkast", En: "Draft"},
	{Da: "Til udtalelse hos databeskyttelsesrådgiveren", En: "With the data protection officer for advice"},
	{Da: "Besluttet", En: "Decided"},
	{Da: "Under revision", En: "Under revision"},
}

// Statuses returns the statuses in the order of the lifecycle, in a fresh slice.
func Statuses() []Status { return []Status{Draft, DPOReview, Decided, UnderRevision} }

// Valid reports whether s is one of the defined values.
func (s Status) Valid() bool { return enum.Valid(s, statusCodes[:]) }

// String returns the stable code ("draft"), or "Status(n)" for an invalid value.
func (s Status) String() string { return enum.String(s, "Status", statusCodes[:]) }

// Label returns the Danish wording of s (the template's where it has one),
// or English for an English tag.
func (s Status) Label(tag language.Tag) string {
	if !s.Valid() {
		return s.String()
	}
	return statusLabels[s].In(tag)
}

// ParseStatus parses a code; "" gives the zero value. An unknown code is an
// error wrapping [ErrUnknownCode].
func ParseStatus(code string) (Status, error) {
	return enum.Parse[Status](code, "dpia: status", statusCodes[:], ErrUnknownCode)
}

// MarshalText encodes s as its code; the zero value encodes as "".
func (s Status) MarshalText() ([]byte, error) {
	return enum.Marshal(s, "dpia: Status", statusCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code as [ParseStatus] does.
func (s *Status) UnmarshalText(b []byte) (err error) {
	*s, err = ParseStatus(string(b))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (s *Status) Scan(src any) error {
	return enum.Scan(s, src, "dpia: status", statusCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (s Status) Value() (driver.Value, error) {
	return enum.Value(s, "dpia: Status", statusCodes[:], ErrUnknownCode)
}
