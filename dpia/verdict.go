package dpia

import (
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Verdict is the controller's decision on the impact assessment, the
// "Godkendelse" of the municipal DPIA template: approved, conditionally approved or not
// approved. The zero value means "not decided".
type Verdict uint8

// The verdicts, in the template's order.
const (
	Approved              Verdict = iota + 1 // approved: Behandlingen kan påbegyndes, hvis de mitigerende foranstaltninger implementeres
	ConditionallyApproved                    // conditionally_approved: only once the required changes are made and a revised DPIA is approved
	NotApproved                              // not_approved: Behandlingen kan ikke påbegyndes
)

var verdictDef = enum.Def[Verdict]{
	Type: "Verdict",
	Kind: "dpia: verdict",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Approved:              {Code: "approved", Da: "Godkendt", En: "Approved"},
		ConditionallyApproved: {Code: "conditionally_approved", Da: "Betinget godkendt", En: "Conditionally approved"},
		NotApproved:           {Code: "not_approved", Da: "Ikke godkendt", En: "Not approved"},
	},
}

// Verdicts returns the three verdicts in the template's order, in a fresh slice.
func Verdicts() []Verdict { return []Verdict{Approved, ConditionallyApproved, NotApproved} }
