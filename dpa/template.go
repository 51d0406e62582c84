package dpa

import (
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Template is the text an agreement is built on. Datatilsynet recommends
// its own template for new agreements and for updating old ones (Datatilsynet's guidance on data processors); the large cloud
// providers offer only their own standard terms, which are hard to adapt.
// The zero value means "not recorded".
type Template uint8

// Templates.
const (
	// DatatilsynetTemplate (datatilsynet): Datatilsynet's standard
	// contractual clauses for data processing agreements, adopted under
	// GDPR art. 28(8).
	DatatilsynetTemplate Template = iota + 1
	// EUClauses (eu_2021_915): the European Commission's standard
	// contractual clauses between controllers and processors, Implementing
	// Decision (EU) 2021/915 (GDPR art. 28(7)). Not to be confused with the
	// transfer clauses 2021/914.
	EUClauses
	// KLTemplate (kl): the template of KL (Local Government Denmark).
	KLTemplate
	// ProcessorTerms (processor_terms): the processor's own standard terms
	// (such as a cloud provider's data protection addendum).
	ProcessorTerms
	// NegotiatedTerms (negotiated): an agreement negotiated for the case.
	NegotiatedTerms
)

var templateDef = enum.Def[Template]{
	Type: "Template",
	Kind: "dpa: template",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		DatatilsynetTemplate: {Code: "datatilsynet", Da: "Datatilsynets standardkontrakt for databehandleraftaler", En: "Datatilsynet's standard data processing agreement"},
		EUClauses:            {Code: "eu_2021_915", Da: "EU-Kommissionens standardkontraktbestemmelser (2021/915)", En: "European Commission standard contractual clauses (2021/915)"},
		KLTemplate:           {Code: "kl", Da: "KL's skabelon for databehandleraftaler", En: "KL's data processing agreement template"},
		ProcessorTerms:       {Code: "processor_terms", Da: "Databehandlerens egne standardvilkår", En: "The processor's own standard terms"},
		NegotiatedTerms:      {Code: "negotiated", Da: "Individuelt forhandlet aftale", En: "Individually negotiated agreement"},
	},
}

// Templates returns every template in order, in a fresh slice.
func Templates() []Template {
	return []Template{DatatilsynetTemplate, EUClauses, KLTemplate, ProcessorTerms, NegotiatedTerms}
}
