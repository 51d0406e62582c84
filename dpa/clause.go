package dpa

import (
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Clause is one of the stipulations GDPR art. 28(3) requires of a data
// processing agreement: the processor's duties of points (a) to (h), the
// duty to tell the controller at once when an instruction infringes the
// data protection rules (art. 28(3), second subparagraph), and the
// obligations and rights of the controller (art. 28(3), first
// subparagraph).
//
// An agreement records its checklist as [Agreement.Clauses]: each clause
// present (true) or missing (false or absent). The zero value means "not
// set" and is not valid.
type Clause uint8

// The clauses of GDPR art. 28(3), in the article's order.
const (
	// InstructionsClause (instructions), art. 28(3)(a): the processor
	// processes only on documented instructions from the controller,
	// transfers to third countries included.
	InstructionsClause Clause = iota + 1
	// ConfidentialityClause (confidentiality), art. 28(3)(b): the persons
	// authorised to process are bound by confidentiality.
	ConfidentialityClause
	// SecurityClause (security), art. 28(3)(c): the processor takes the
	// measures of art. 32.
	SecurityClause
	// SubProcessorClause (sub_processors), art. 28(3)(d): the conditions of
	// art. 28(2) and (4) for engaging sub-processors.
	SubProcessorClause
	// RightsClause (data_subject_rights), art. 28(3)(e): the processor
	// assists with requests from data subjects (chapter III).
	RightsClause
	// AssistanceClause (assistance), art. 28(3)(f): the processor assists
	// with the obligations of art. 32 to 36 (security, breaches, DPIA,
	// prior consultation).
	AssistanceClause
	// DeletionClause (deletion_return), art. 28(3)(g): deletion or return
	// of the data at the end of the services.
	DeletionClause
	// AuditClause (audits), art. 28(3)(h): the processor makes available
	// the information needed to demonstrate compliance and allows and
	// contributes to audits and inspections.
	AuditClause
	// UnlawfulInstructionClause (unlawful_instructions), art. 28(3), second
	// subparagraph: the processor immediately informs the controller if an
	// instruction in its opinion infringes the data protection rules.
	UnlawfulInstructionClause
	// ControllerRightsClause (controller_rights), art. 28(3), first
	// subparagraph: the obligations and rights of the controller, such as
	// its right to instruct, to object to sub-processors and to audit.
	ControllerRightsClause
)

var clauseDef = enum.Def[Clause]{
	Type: "Clause",
	Kind: "dpa: clause",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		InstructionsClause:        {Code: "instructions", Da: "Behandling kun efter dokumenteret instruks, også ved overførsel til tredjelande", En: "Processing only on documented instructions, transfers to third countries included"},
		ConfidentialityClause:     {Code: "confidentiality", Da: "Fortrolighed for de personer, der behandler oplysningerne", En: "Confidentiality of the persons who process the data"},
		SecurityClause:            {Code: "security", Da: "Sikkerhedsforanstaltninger efter artikel 32", En: "Security measures under Article 32"},
		SubProcessorClause:        {Code: "sub_processors", Da: "Betingelser for brug af underdatabehandlere", En: "Conditions for engaging sub-processors"},
		RightsClause:              {Code: "data_subject_rights", Da: "Bistand ved de registreredes rettigheder", En: "Assistance with data-subject rights"},
		AssistanceClause:          {Code: "assistance", Da: "Bistand med forpligtelserne i artikel 32-36", En: "Assistance with the obligations of Articles 32 to 36"},
		DeletionClause:            {Code: "deletion_return", Da: "Sletning eller tilbagelevering ved ophør", En: "Deletion or return at the end of the services"},
		AuditClause:               {Code: "audits", Da: "Oplysninger til at påvise overholdelse, revision og inspektion", En: "Information to demonstrate compliance, audits and inspections"},
		UnlawfulInstructionClause: {Code: "unlawful_instructions", Da: "Underretning om instrukser, der er i strid med databeskyttelsesreglerne", En: "Informing the controller of instructions that infringe the data protection rules"},
		ControllerRightsClause:    {Code: "controller_rights", Da: "Den dataansvarliges forpligtelser og rettigheder", En: "The obligations and rights of the controller"},
	},
}

var clauseReferences = [...]string{"",
	"GDPR art. 28(3)(a)", "GDPR art. 28(3)(b)", "GDPR art. 28(3)(c)", "GDPR art. 28(3)(d)",
	"GDPR art. 28(3)(e)", "GDPR art. 28(3)(f)", "GDPR art. 28(3)(g)", "GDPR art. 28(3)(h)",
	"GDPR art. 28(3), second subparagraph", "GDPR art. 28(3), first subparagraph"}

// Clauses returns the ten clauses, in a fresh slice: points (a) to (h) of
// GDPR art. 28(3), its second subparagraph, and the controller's
// obligations and rights of its first subparagraph.
func Clauses() []Clause {
	return clauseDef.Values()
}

// Reference returns the provision that requires c ("GDPR art. 28(3)(c)"),
// or "" for an invalid clause.
func (c Clause) Reference() string {
	if !c.Valid() {
		return ""
	}
	return clauseReferences[c]
}
