package screening

import "github.com/dkgdpr/gdpr/internal/enum"

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

var decisionDef = enum.Def[Decision]{
	Type: "Decision",
	Kind: "screening: decision",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Perform: {Code: "perform", Da: "Der gennemføres en konsekvensanalyse", En: "A DPIA will be carried out"},
		Decline: {Code: "decline", Da: "Der gennemføres ikke en konsekvensanalyse", En: "No DPIA will be carried out"},
	},
}
