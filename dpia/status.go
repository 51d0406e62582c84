package dpia

import (
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Status is where an impact assessment is in its lifecycle: a draft, with the
// data protection officer for advice (GDPR art. 35(2)), decided by the
// controller ("Godkendelse"), or under revision after a change (art. 35(11)).
// [Assessment.Transition] moves it and refuses a move that breaks a rule.
// The zero value means "not set" and counts as a draft.
type Status uint8

// The statuses of the lifecycle, in order.
const (
	Draft         Status = iota + 1 // draft: being written
	DPOReview                       // dpo_review: the DPO's advice is sought, GDPR art. 35(2)
	Decided                         // decided: the controller has decided (approved, conditionally approved or not approved)
	UnderRevision                   // under_revision: a change of the processing, its risks or a processor is being assessed, GDPR art. 35(11)
)

var statusDef = enum.Def[Status]{
	Type: "Status",
	Kind: "dpia: status",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Draft:         {Code: "draft", Da: "Udkast", En: "Draft"},
		DPOReview:     {Code: "dpo_review", Da: "Til udtalelse hos databeskyttelsesrådgiveren", En: "With the data protection officer for advice"},
		Decided:       {Code: "decided", Da: "Besluttet", En: "Decided"},
		UnderRevision: {Code: "under_revision", Da: "Under revision", En: "Under revision"},
	},
}

// Statuses returns the statuses in the order of the lifecycle, in a fresh slice.
func Statuses() []Status { return []Status{Draft, DPOReview, Decided, UnderRevision} }
