package rights

import (
	"github.com/dkgdpr/gdpr/internal/enum"
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

var outcomeDef = enum.Def[Outcome]{
	Type: "Outcome",
	Kind: "rights: outcome",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Granted:       {Code: "granted", Da: "Imødekommet", En: "Granted"},
		PartlyGranted: {Code: "partly_granted", Da: "Delvist imødekommet", En: "Partly granted"},
		Refused:       {Code: "refused", Da: "Afvist", En: "Refused"},
	},
}

// Outcomes returns every outcome, in the order of the constants.
func Outcomes() []Outcome { return []Outcome{Granted, PartlyGranted, Refused} }

// Refuses reports whether o refuses the request in whole or in part, so
// that the answer needs grounds and the notice of the right to complain.
func (o Outcome) Refuses() bool { return o == PartlyGranted || o == Refused }
