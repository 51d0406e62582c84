package ropa

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Status is where a processing activity is in its life: planned, active or
// ended. The zero value means "not set"; the checks treat a record without a
// status as active, the safe assumption.
type Status uint8

// The values of Status.
const (
	Planned Status = iota + 1 // planned: the processing has not started
	Active                    // active: the processing is going on
	Ended                     // ended: the processing has stopped
)

var statusCodes = [...]string{"", "planned", "active", "ended"}

var statusLabels = [...]gdpr.Text{
	{},
	{Da: "Planlagt", En: "Planned"},
	{Da: "Aktiv", En: "Active"},
	{Da: "Ophørt", En: "Ended"},
}

// Statuses returns the statuses in order, in a fresh slice.
func Statuses() []Status { return []Status{Planned, Active, Ended} }

// Valid reports whether s is one of the defined values.
func (s Status) Valid() bool { return enum.Valid(s, statusCodes[:]) }

// String returns the stable code ("planned"), or "Status(n)" for an invalid value.
func (s Status) String() string { return enum.String(s, "Status", statusCodes[:]) }

// Label returns the Danish wording of s, or English for an English tag.
func (s Status) Label(tag language.Tag) string {
	if !s.Valid() {
		return s.String()
	}
	return statusLabels[s].In(tag)
}

// ParseStatus parses a code; "" gives the zero value. An unknown code is an
// error wrapping [ErrUnknownCode].
func ParseStatus(code string) (Status, error) {
	return enum.Parse[Status](code, "ropa: status", statusCodes[:], ErrUnknownCode)
}

// MarshalText encodes s as its code; the zero value encodes as "".
func (s Status) MarshalText() ([]byte, error) {
	return enum.Marshal(s, "ropa: Status", statusCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code as [ParseStatus] does.
func (s *Status) UnmarshalText(b []byte) (err error) {
	*s, err = ParseStatus(string(b))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (s *Status) Scan(src any) error {
	return enum.Scan(s, src, "ropa: status", statusCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (s Status) Value() (driver.Value, error) {
	return enum.Value(s, "ropa: Status", statusCodes[:], ErrUnknownCode)
}
