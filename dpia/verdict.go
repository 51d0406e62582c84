package dpia

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Verdict is the controller's decision on the impact assessment, the
// template's "Godkendelse" (seed 002): approved, conditionally approved or not
// approved. The zero value means "not decided".
type Verdict uint8

// The verdicts, in the template's order.
const (
	Approved              Verdict = iota + 1 // approved: Behandlingen kan påbegyndes, hvis de mitigerende foranstaltninger implementeres
	ConditionallyApproved                    // conditionally_approved: only once the required changes are made and a revised DPIA is approved
	NotApproved                              // not_approved: Behandlingen kan ikke påbegyndes
)

var verdictCodes = [...]string{"", "approved", "conditionally_approved", "not_approved"}

var verdictLabels = [...]gdpr.Text{
	{},
	{Da: "Godkendt", En: "Approved"},
	{Da: "Betinget godkendt", En: "Conditionally approved"},
	{Da: "Ikke godkendt", En: "Not approved"},
}

// Verdicts returns the three verdicts in the template's order, in a fresh slice.
func Verdicts() []Verdict { return []Verdict{Approved, ConditionallyApproved, NotApproved} }

// Valid reports whether v is one of the defined values.
func (v Verdict) Valid() bool { return enum.Valid(v, verdictCodes[:]) }

// String returns the stable code ("approved"), or "Verdict(n)" for an invalid value.
func (v Verdict) String() string { return enum.String(v, "Verdict", verdictCodes[:]) }

// Label returns the Danish wording of v (the template's where it has one),
// or English for an English tag.
func (v Verdict) Label(tag language.Tag) string {
	if !v.Valid() {
		return v.String()
	}
	return verdictLabels[v].In(tag)
}

// ParseVerdict parses a code; "" gives the zero value. An unknown code is an
// error wrapping [ErrUnknownCode].
func ParseVerdict(code string) (Verdict, error) {
	return enum.Parse[Verdict](code, "dpia: verdict", verdictCodes[:], ErrUnknownCode)
}

// MarshalText encodes v as its code; the zero value encodes as "".
func (v Verdict) MarshalText() ([]byte, error) {
	return enum.Marshal(v, "dpia: Verdict", verdictCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code as [ParseVerdict] does.
func (v *Verdict) UnmarshalText(b []byte) (err error) {
	*v, err = ParseVerdict(string(b))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (v *Verdict) Scan(src any) error {
	return enum.Scan(v, src, "dpia: verdict", verdictCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (v Verdict) Value() (driver.Value, error) {
	return enum.Value(v, "dpia: Verdict", verdictCodes[:], ErrUnknownCode)
}
