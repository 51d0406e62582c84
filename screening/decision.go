package screening

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Decision is the controller's decision after the screening: carry out a
// DPIA or not. A decision against a recommended DPIA must be documented
// with its reasons ([Screening.DecisionReason]; WP248 rev.01 III.B.a, GDPR
// art. 5(2)). The zero value means "not decided yet".
type Decision uint8

// The decisions.
const (
	Perform Decision = iota + 1 // a DPIA will be carried out
	Decline                     // no DPIA will be carried out
)

var decisionCodes = [...]string{"", "perform", "decline"}

var decisionLabels = [...]gdpr.Text{
	{},
	{Da: "Der gennemføres en konsekvensanalyse", En: "A DPIA will be carried out"},
	{Da: "Der gennemføres ikke en konsekvensanalyse", En: "No DPIA will be carried out"},
}

// Valid reports whether d is Perform or Decline.
func (d Decision) Valid() bool { return enum.Valid(d, decisionCodes[:]) }

// String returns the stable code ("decline"), or "Decision(7)".
func (d Decision) String() string { return enum.String(d, "Decision", decisionCodes[:]) }

// Label returns the Danish or English wording of d.
func (d Decision) Label(tag language.Tag) string {
	if !d.Valid() {
		return d.String()
	}
	return decisionLabels[d].In(tag)
}

// ParseDecision parses a decision code; "" gives the zero value.
func ParseDecision(code string) (Decision, error) {
	return parseCode[Decision](code, "decision", decisionCodes[:])
}

// MarshalText encodes d as its code; the zero value encodes as "".
func (d Decision) MarshalText() ([]byte, error) {
	return marshalCode(d, "Decision", decisionCodes[:])
}

// UnmarshalText decodes a code; an unknown code is an error.
func (d *Decision) UnmarshalText(b []byte) (err error) {
	*d, err = ParseDecision(string(b))
	return err
}

// Scan implements sql.Scanner.
func (d *Decision) Scan(src any) error { return scanCode(d, src, "decision", decisionCodes[:]) }

// Value implements driver.Valuer.
func (d Decision) Value() (driver.Value, error) { return valueCode(d, "Decision", decisionCodes[:]) }
