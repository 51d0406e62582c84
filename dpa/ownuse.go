package dpa

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Answer is a recorded yes or no to a question the authority must be able
// to answer. The zero value means "not answered", which is different from
// "no".
type Answer uint8

// Answers.
const (
	Yes Answer = iota + 1 // yes: Ja
	No                    // no: Nej
)

var answerCodes = [...]string{"", "yes", "no"}

var answerLabels = [...]gdpr.Text{{}, {Da: "Ja", En: "Yes"}, {Da: "Nej", En: "No"}}

// Valid reports whether a is one of the defined values.
func (a Answer) Valid() bool { return enum.Valid(a, answerCodes[:]) }

// String returns the stable code of a, or "Answer(n)" for an invalid value.
func (a Answer) String() string { return enum.String(a, "Answer", answerCodes[:]) }

// Label returns the Danish name of a, or the English one for an English
// tag.
func (a Answer) Label(tag language.Tag) string {
	if !a.Valid() {
		return a.String()
	}
	return answerLabels[a].In(tag)
}

// ParseAnswer parses a code; "" gives the zero value and an unknown code is
// an error wrapping [ErrUnknownCode].
func ParseAnswer(code string) (Answer, error) {
	return enum.Parse[Answer](code, "dpa: answer", answerCodes[:], ErrUnknownCode)
}

// MarshalText encodes a as its code; the zero value encodes as "".
func (a Answer) MarshalText() ([]byte, error) {
	return enum.Marshal(a, "dpa: Answer", answerCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (a *Answer) UnmarshalText(text []byte) (err error) {
	*a, err = ParseAnswer(string(text))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (a *Answer) Scan(src any) error {
	return enum.Scan(a, src, "dpa: answer", answerCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (a Answer) Value() (driver.Value, error) {
	return enum.Value(a, "dpa: Answer", answerCodes[:], ErrUnknownCode)
}

// OwnUse records whether the processor uses any of the data for its own
// purposes (analytics, product development, training models), and on what
// basis. The authority must have a documented overview of which processors
// do, and of their legal basis for it (seed 001). A processor that decides
// purposes of its own is a controller for that processing (GDPR art.
// 28(10)).
type OwnUse struct {
	// Uses answers the question; zero means nobody has found out.
	Uses Answer `json:"uses,omitempty"`
	// Purpose describes the processor's own purposes when Uses is Yes.
	Purpose string `json:"purpose,omitempty"`
	// Basis is the processor's legal basis for its own use.
	Basis gdpr.LegalBasis `json:"basis,omitempty"`
}

// Validate reports an unknown answer or legal basis, and a purpose or basis
// recorded for a processor that does not use the data for its own purposes.
func (o OwnUse) Validate() error {
	var ps gdpr.Problems
	if o.Uses != 0 && !o.Uses.Valid() {
		ps.Add("uses", gdpr.CodeUnknown, "unknown answer "+o.Uses.String())
	}
	if o.Basis != "" && !o.Basis.Valid() {
		ps.Add("basis", gdpr.CodeUnknown, "unknown legal basis")
	}
	if o.Uses == No && (o.Purpose != "" || o.Basis != "") {
		ps.Add("uses", gdpr.CodeConflict, "a purpose or basis is recorded for a processor that does not use the data for its own purposes")
	}
	return ps.Err()
}
