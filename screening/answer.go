package screening

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Answer is the answer to a criterion or a trigger ("Er kriteriet
// opfyldt?"). The seed template offers yes and no; like OS2compliance's
// screening, the library also accepts "partly" and "don't know", and counts
// both as met: a screening that cannot rule a criterion out must not
// conclude that it is not met (conservative reading; the result says so).
// OS2compliance's fifth answer, "not relevant", is "no" with a
// justification.
//
// The zero value means "not answered" and is not valid in a complete
// screening.
type Answer uint8

// The answers.
const (
	Yes      Answer = iota + 1 // Ja
	No                         // Nej
	Partly                     // Delvis: counts as met
	DontKnow                   // Ved ikke: counts as met
)

var answerCodes = [...]string{"", "yes", "no", "partly", "dont_know"}

// answerLabels: Danish as the template (Ja, Nej) and OS2compliance
// (Delvis, Ved ikke) caption them.
var answerLabels = [...]gdpr.Text{
	{},
	{Da: "Ja", En: "Yes"},
	{Da: "Nej", En: "No"},
	{Da: "Delvis", En: "Partly"},
	{Da: "Ved ikke", En: "Don't know"},
}

// Answers returns the four answers in order.
func Answers() []Answer { return []Answer{Yes, No, Partly, DontKnow} }

// Met reports whether a criterion or trigger with answer a counts as met:
// yes, partly and don't know do; no and the zero value do not.
func (a Answer) Met() bool { return a == Yes || a == Partly || a == DontKnow }

// Uncertain reports whether a is partly or don't know: met only because
// the screening reads uncertain answers conservatively.
func (a Answer) Uncertain() bool { return a == Partly || a == DontKnow }

// Valid reports whether a is one of the four answers.
func (a Answer) Valid() bool { return enum.Valid(a, answerCodes[:]) }

// String returns the stable code ("dont_know"), or "Answer(7)".
func (a Answer) String() string { return enum.String(a, "Answer", answerCodes[:]) }

// Label returns "Ja", "Nej", "Delvis" or "Ved ikke", or English.
func (a Answer) Label(tag language.Tag) string {
	if !a.Valid() {
		return a.String()
	}
	return answerLabels[a].In(tag)
}

// ParseAnswer parses an answer code; "" gives the zero value.
func ParseAnswer(code string) (Answer, error) {
	return parseCode[Answer](code, "answer", answerCodes[:])
}

// MarshalText encodes a as its code; the zero value encodes as "".
func (a Answer) MarshalText() ([]byte, error) { return marshalCode(a, "Answer", answerCodes[:]) }

// UnmarshalText decodes a code; an unknown code is an error.
func (a *Answer) UnmarshalText(b []byte) (err error) {
	*a, err = ParseAnswer(string(b))
	return err
}

// Scan implements sql.Scanner.
func (a *Answer) Scan(src any) error { return scanCode(a, src, "answer", answerCodes[:]) }

// Value implements driver.Valuer.
func (a Answer) Value() (driver.Value, error) { return valueCode(a, "Answer", answerCodes[:]) }
