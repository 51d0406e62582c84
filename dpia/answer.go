package dpia

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Answer is the answer to one of the template's questions with boxes: "☐ JA ☐ NEJ",
// and "☐ IKKE RELEVANT" where the template offers it (seed 002, question 7.4).
// The zero value means "not answered", which is not the same as no.
type Answer uint8

// The answers.
const (
	Yes         Answer = iota + 1 // yes: JA
	No                            // no: NEJ
	NotRelevant                   // not_relevant: IKKE RELEVANT, only where the template offers it
)

var answerCodes = [...]string{"", "yes", "no", "not_relevant"}

var answerLabels = [...]gdpr.Text{
	{},
	{Da: "Ja", En: "Yes"},
	{Da: "Nej", En: "No"},
	{Da: "Ikke relevant", En: "Not relevant"},
}

// Answers returns yes, no and not relevant, in a fresh slice.
func Answers() []Answer { return []Answer{Yes, No, NotRelevant} }

// Valid reports whether a is one of the defined values.
func (a Answer) Valid() bool { return enum.Valid(a, answerCodes[:]) }

// String returns the stable code ("yes"), or "Answer(n)" for an invalid value.
func (a Answer) String() string { return enum.String(a, "Answer", answerCodes[:]) }

// Label returns the Danish wording of a (the template's where it has one),
// or English for an English tag.
func (a Answer) Label(tag language.Tag) string {
	if !a.Valid() {
		return a.String()
	}
	return answerLabels[a].In(tag)
}

// ParseAnswer parses a code; "" gives the zero value. An unknown code is an
// error wrapping [ErrUnknownCode].
func ParseAnswer(code string) (Answer, error) {
	return enum.Parse[Answer](code, "dpia: answer", answerCodes[:], ErrUnknownCode)
}

// MarshalText encodes a as its code; the zero value encodes as "".
func (a Answer) MarshalText() ([]byte, error) {
	return enum.Marshal(a, "dpia: Answer", answerCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code as [ParseAnswer] does.
func (a *Answer) UnmarshalText(b []byte) (err error) {
	*a, err = ParseAnswer(string(b))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (a *Answer) Scan(src any) error {
	return enum.Scan(a, src, "dpia: answer", answerCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (a Answer) Value() (driver.Value, error) {
	return enum.Value(a, "dpia: Answer", answerCodes[:], ErrUnknownCode)
}
