package screening

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Outcome is what a screening concludes about a DPIA (rules.md §2). The
// outcomes are ordered, NotRequired < Recommended < Required, so they
// compare with < and >. The zero value means "not assessed".
type Outcome uint8

// The outcomes.
const (
	// NotRequired: no criterion is met and no trigger applies; the
	// screening itself is the documentation.
	NotRequired Outcome = iota + 1
	// Recommended: exactly one criterion is met. A DPIA is recommended; a
	// decision not to carry one out must be documented with its reasons.
	Recommended
	// Required: two or more criteria are met, or an art. 35(3) case or an
	// item of Datatilsynet's art. 35(4) list applies.
	Required
)

var outcomeCodes = [...]string{"", "not_required", "recommended", "required"}

var outcomeLabels = [...]gdpr.Text{
	{},
	{Da: "Konsekvensanalyse er ikke påkrævet", En: "DPIA not required"},
	{Da: "Konsekvensanalyse anbefales", En: "DPIA recommended"},
	{Da: "Konsekvensanalyse er påkrævet", En: "DPIA required"},
}

// Valid reports whether o is one of the three outcomes.
func (o Outcome) Valid() bool { return enum.Valid(o, outcomeCodes[:]) }

// String returns the stable code ("required"), or "Outcome(7)".
func (o Outcome) String() string { return enum.String(o, "Outcome", outcomeCodes[:]) }

// Label returns the Danish or English name of o.
func (o Outcome) Label(tag language.Tag) string {
	if !o.Valid() {
		return o.String()
	}
	return outcomeLabels[o].In(tag)
}

// ParseOutcome parses an outcome code; "" gives the zero value.
func ParseOutcome(code string) (Outcome, error) {
	return parseCode[Outcome](code, "outcome", outcomeCodes[:])
}

// MarshalText encodes o as its code; the zero value encodes as "".
func (o Outcome) MarshalText() ([]byte, error) { return marshalCode(o, "Outcome", outcomeCodes[:]) }

// UnmarshalText decodes a code; an unknown code is an error.
func (o *Outcome) UnmarshalText(b []byte) (err error) {
	*o, err = ParseOutcome(string(b))
	return err
}

// Scan implements sql.Scanner.
func (o *Outcome) Scan(src any) error { return scanCode(o, src, "outcome", outcomeCodes[:]) }

// Value implements driver.Valuer.
func (o Outcome) Value() (driver.Value, error) { return valueCode(o, "Outcome", outcomeCodes[:]) }
