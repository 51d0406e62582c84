package dpia

import (
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Answer is the answer to one of the template's questions with boxes: "☐ JA ☐ NEJ",
// and "☐ IKKE RELEVANT" where the template offers it (the municipal DPIA template, question 7.4).
// The zero value means "not answered", which is not the same as no.
type Answer uint8

// The answers.
const (
	Yes         Answer = iota + 1 // yes: JA
	No                            // no: NEJ
	NotRelevant                   // not_relevant: IKKE RELEVANT, only where the template offers it
)

var answerDef = enum.Def[Answer]{
	Type: "Answer",
	Kind: "dpia: answer",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Yes:         {Code: "yes", Da: "Ja", En: "Yes"},
		No:          {Code: "no", Da: "Nej", En: "No"},
		NotRelevant: {Code: "not_relevant", Da: "Ikke relevant", En: "Not relevant"},
	},
}

// Answers returns yes, no and not relevant, in a fresh slice.
func Answers() []Answer { return []Answer{Yes, No, NotRelevant} }
