package rights

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Outcome is what the answer to a request decided. A refusal, in whole or in
// part, needs grounds ([Ground]) and must tell the requester of the right to
// complain to Datatilsynet and to seek a judicial remedy (GDPR art. 12(4)).
// The zero value means "not set".
type Outcome uint8

// The outcomes.
const (
	Granted       Outcome = iota + 1 // the request is met in full (imødekommet)
	PartlyGranted                    // met in part and refused in part (delvist imødekommet)
	Refused                          // refused in full (afvist)
)

var outcomeCodes = [...]string{"", "granted", "partly_granted", "refused"}

var outcomeLabels = [...]gdpr.Text{
	{},
	{Da: "Imødekommet", En: "Granted"},
	{Da: "Delvist imødekommet", En: "Partly granted"},
	{Da: "Afvist", En: "Refused"},
}

// Outcomes returns every outcome, in the order of the constants.
func Outcomes() []Outcome { return []Outcome{Granted, PartlyGranted, Refused} }

// Valid reports whether o is one of the defined outcomes.
func (o Outcome) Valid() bool { return enum.Valid(o, outcomeCodes[:]) }

// Refuses reports whether o refuses the request in whole or in part, so
// that the answer needs grounds and the notice of the right to complain.
func (o Outcome) Refuses() bool { return o == PartlyGranted || o == Refused }

// String returns the stable code ("partly_granted"), or "Outcome(9)".
func (o Outcome) String() string { return enum.String(o, "Outcome", outcomeCodes[:]) }

// Label returns the Danish name of o, or the English one for an English tag.
func (o Outcome) Label(tag language.Tag) string {
	if !o.Valid() {
		return o.String()
	}
	return outcomeLabels[o].In(tag)
}

// ParseOutcome parses an outcome code; "" gives the zero value and an
// unknown code is an error wrapping [ErrUnknownCode].
func ParseOutcome(code string) (Outcome, error) {
	return enum.Parse[Outcome](code, "rights: outcome", outcomeCodes[:], ErrUnknownCode)
}

// MarshalText encodes o as its code; the zero value encodes as "".
func (o Outcome) MarshalText() ([]byte, error) {
	return enum.Marshal(o, "rights: Outcome", outcomeCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (o *Outcome) UnmarshalText(b []byte) (err error) {
	*o, err = ParseOutcome(string(b))
	return err
}

// Scan implements sql.Scanner.
func (o *Outcome) Scan(src any) error {
	return enum.Scan(o, src, "rights: outcome", outcomeCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer.
func (o Outcome) Value() (driver.Value, error) {
	return enum.Value(o, "rights: Outcome", outcomeCodes[:], ErrUnknownCode)
}
