package dpia

import (
	"github.com/dkgdpr/gdpr/internal/enum"
)

// ChangeKind is what changed since the assessment was decided: the processing,
// its risks or a processor. Each calls for a review (GDPR art. 35(11);
// the municipal DPIA template, "Monitorering og opdatering"; WP248 rev.01). The zero value means "not set".
type ChangeKind uint8

// The kinds of change.
const (
	ProcessingChanged ChangeKind = iota + 1 // processing: the processing itself changed: purpose, data, technology, scale
	RiskChanged                             // risk: the risk changed: a new threat, an incident, a measure dropped
	ProcessorChanged                        // processor: a processor or sub-processor was added, replaced or moved
)

var changeKindDef = enum.Def[ChangeKind]{
	Type: "ChangeKind",
	Kind: "dpia: change kind",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		ProcessingChanged: {Code: "processing", Da: "Ændring af behandlingen", En: "Change of the processing"},
		RiskChanged:       {Code: "risk", Da: "Ændring af risikoen", En: "Change of the risk"},
		ProcessorChanged:  {Code: "processor", Da: "Ændring af databehandler", En: "Change of processor"},
	},
}

// ChangeKinds returns the kinds of change, in a fresh slice.
func ChangeKinds() []ChangeKind {
	return []ChangeKind{ProcessingChanged, RiskChanged, ProcessorChanged}
}
