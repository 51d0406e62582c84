package gdpr

import "github.com/dkgdpr/gdpr/internal/enum"

// Answer is a recorded yes or no: to one of the municipal DPIA template's
// "☐ JA ☐ NEJ" questions, or to a question of fact the authority must be
// able to answer (does the processor use the data for its own purposes?
// does the controller act in the exercise of public powers?). The zero
// value means "not answered" or "not stated", which is not the same as no:
// the rules treat an unanswered question as unknown.
type Answer uint8

// The values of Answer.
const (
	Yes Answer = iota + 1 // yes: Ja
	No                    // no: Nej
)

var answerDef = enum.Def[Answer]{
	Type: "Answer",
	Kind: "gdpr: answer",
	Err:  ErrInvalid,
	Entries: []enum.Entry{
		Yes: {Code: "yes", Da: "Ja", En: "Yes"},
		No:  {Code: "no", Da: "Nej", En: "No"},
	},
}

// Answers returns yes and no, in a fresh slice.
func Answers() []Answer { return answerDef.Values() }
