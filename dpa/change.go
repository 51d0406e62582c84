package dpa

import (
	"strings"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// ChangeKind is what a change of sub-processors does. The zero value means
// "not set".
type ChangeKind uint8

// Kinds of change.
const (
	// Addition (addition): a new sub-processor is engaged.
	Addition ChangeKind = iota + 1
	// Replacement (replacement): a new sub-processor takes over from one
	// that is no longer used.
	Replacement
)

var changeDef = enum.Def[ChangeKind]{
	Type: "ChangeKind",
	Kind: "dpa: change kind",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Addition:    {Code: "addition", Da: "Ny underdatabehandler", En: "Addition of a sub-processor"},
		Replacement: {Code: "replacement", Da: "Udskiftning af underdatabehandler", En: "Replacement of a sub-processor"},
	},
}

// ObjectionOutcome is how an objection to a change of sub-processors ended.
// The zero value means "not set".
type ObjectionOutcome uint8

// Outcomes of an objection.
const (
	// ObjectionPending (pending): not resolved yet.
	ObjectionPending ObjectionOutcome = iota + 1
	// ChangeWithdrawn (change_withdrawn): the processor dropped the change.
	ChangeWithdrawn
	// ObjectionWithdrawn (objection_withdrawn): the controller accepted the
	// change after all (for instance after further information).
	ObjectionWithdrawn
	// AgreementTerminated (agreement_terminated): the controller
	// terminated the agreement.
	AgreementTerminated
)

var outcomeDef = enum.Def[ObjectionOutcome]{
	Type: "ObjectionOutcome",
	Kind: "dpa: objection outcome",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		ObjectionPending:    {Code: "pending", Da: "Afventer afklaring", En: "Pending"},
		ChangeWithdrawn:     {Code: "change_withdrawn", Da: "Databehandleren har trukket ændringen tilbage", En: "The processor withdrew the change"},
		ObjectionWithdrawn:  {Code: "objection_withdrawn", Da: "Den dataansvarlige har frafaldet indsigelsen", En: "The controller withdrew the objection"},
		AgreementTerminated: {Code: "agreement_terminated", Da: "Aftalen er opsagt", En: "The agreement was terminated"},
	},
}

// Change is a change of sub-processors that the processor proposes: an
// addition or a replacement, when it was announced and when it takes
// effect. Under general authorisation the processor must announce it at
// least the agreement's notice period in advance so the controller can
// object; under specific authorisation it needs the controller's prior
// written approval (GDPR art. 28(2)). Datatilsynet recommends
// that controllers are always told actively before a change takes effect
// (Datatilsynet's guidance on data processors).
type Change struct {
	// Kind is addition or replacement.
	Kind ChangeKind `json:"kind"`
	// SubProcessor is the ID of the sub-processor added, as it appears (or
	// will appear) in [Agreement.SubProcessors].
	SubProcessor string `json:"subProcessor"`
	// Name is the new sub-processor's name, for display before it is in
	// the tree.
	Name string `json:"name,omitempty"`
	// Replaces is the ID of the sub-processor replaced.
	Replaces string `json:"replaces,omitempty"`
	// Announced is the day the controller was told.
	Announced gdpr.Date `json:"announced"`
	// Effective is the day the change takes effect.
	Effective gdpr.Date `json:"effective"`
	// Approved is the day of the controller's written approval, under
	// specific authorisation.
	Approved gdpr.Date `json:"approved,omitzero"`
	// Objection records the controller's objection, if it made one.
	Objection Objection `json:"objection,omitzero"`
}

// Objection is the controller's objection to a change, and how it ended.
type Objection struct {
	// Date is the day the controller objected.
	Date gdpr.Date `json:"date,omitzero"`
	// Outcome is how it ended.
	Outcome ObjectionOutcome `json:"outcome,omitempty"`
	// Note is free text (the reasons, the dialogue).
	Note string `json:"note,omitempty"`
}

// IsZero reports whether o records no objection.
func (o Objection) IsZero() bool { return o == Objection{} }

// Validate reports a missing or unknown kind, a missing sub-processor, a
// replacement without the replaced sub-processor (or one replacing itself),
// missing or impossible dates, an effective day before the announcement,
// and an incomplete objection or one made before the announcement.
func (c Change) Validate() error {
	var ps gdpr.Problems
	switch {
	case c.Kind == 0:
		ps.Add("kind", gdpr.CodeRequired, "a change needs a kind")
	case !c.Kind.Valid():
		ps.Add("kind", gdpr.CodeUnknown, "unknown change kind "+c.Kind.String())
	}
	if strings.TrimSpace(c.SubProcessor) == "" {
		ps.Add("subProcessor", gdpr.CodeRequired, "a change needs the ID of the sub-processor it adds")
	}
	switch {
	case c.Kind == Replacement && strings.TrimSpace(c.Replaces) == "":
		ps.Add("replaces", gdpr.CodeRequired, "a replacement needs the ID of the sub-processor it replaces")
	case c.Kind != Replacement && c.Replaces != "":
		ps.Add("replaces", gdpr.CodeConflict, "only a replacement replaces a sub-processor")
	case c.Replaces != "" && c.Replaces == c.SubProcessor:
		ps.Add("replaces", gdpr.CodeConflict, "a sub-processor cannot replace itself")
	}
	checkDate(&ps, "announced", c.Announced, true)
	checkDate(&ps, "effective", c.Effective, true)
	checkOrder(&ps, "effective", c.Announced, c.Effective, "the change takes effect before it was announced")
	checkDate(&ps, "approved", c.Approved, false)
	if !c.Objection.IsZero() {
		checkDate(&ps, "objection.date", c.Objection.Date, true)
		checkOrder(&ps, "objection.date", c.Announced, c.Objection.Date, "the objection was made before the change was announced")
		switch {
		case c.Objection.Outcome == 0:
			ps.Add("objection.outcome", gdpr.CodeRequired, "an objection needs an outcome (pending until resolved)")
		case !c.Objection.Outcome.Valid():
			ps.Add("objection.outcome", gdpr.CodeUnknown, "unknown objection outcome "+c.Objection.Outcome.String())
		}
	}
	return ps.Err()
}
