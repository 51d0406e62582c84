package screening

import "github.com/dkgdpr/gdpr/internal/enum"

// Answer is the answer to a criterion or a trigger ("Er kriteriet
// opfyldt?"). The municipal DPIA template offers yes and no; like OS2compliance's
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

var answerDef = enum.Def[Answer]{
	Type: "Answer",
	Kind: "screening: answer",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Yes:      {Code: "yes", Da: "Ja", En: "Yes"},
		No:       {Code: "no", Da: "Nej", En: "No"},
		Partly:   {Code: "partly", Da: "Delvis", En: "Partly"},
		DontKnow: {Code: "dont_know", Da: "Ved ikke", En: "Don't know"},
	},
}

// Answers returns the four answers in order.
func Answers() []Answer { return []Answer{Yes, No, Partly, DontKnow} }

// Met reports whether a criterion or trigger with answer a counts as met:
// yes, partly and don't know do; no and the zero value do not.
func (a Answer) Met() bool { return a == Yes || a == Partly || a == DontKnow }

// Uncertain reports whether a is partly or don't know: met only because
// the screening reads uncertain answers conservatively.
func (a Answer) Uncertain() bool { return a == Partly || a == DontKnow }
