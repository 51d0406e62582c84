package dpa

import (
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Mechanism is the legal ground of a transfer of personal data to a third
// country (GDPR chapter V): an adequacy decision (art. 45), a
// transfer tool giving appropriate safeguards (art. 46), or a derogation for
// a specific situation (art. 49). The zero value means "none recorded".
type Mechanism uint8

// Transfer mechanisms.
const (
	// AdequacyMechanism (adequacy), GDPR art. 45: an adequacy decision of
	// the Commission covers the destination and the recipient. The package
	// takes the decision from the gdpr package's dated table.
	AdequacyMechanism Mechanism = iota + 1
	// SCCMechanism (scc), GDPR art. 46(2)(c): the Commission's standard
	// contractual clauses for transfers, Implementing Decision (EU)
	// 2021/914, with the module that fits the parties.
	SCCMechanism
	// BCRMechanism (bcr), GDPR art. 46(2)(b) and 47: binding corporate
	// rules approved by a supervisory authority.
	BCRMechanism
	// PublicInstrumentMechanism (public_instrument), GDPR art. 46(2)(a): a
	// legally binding and enforceable instrument between public
	// authorities or bodies.
	PublicInstrumentMechanism
	// AdministrativeArrangementMechanism (administrative_arrangement), GDPR
	// art. 46(3)(b): provisions in administrative arrangements between
	// public authorities, authorised by the supervisory authority.
	AdministrativeArrangementMechanism
	// AdHocClausesMechanism (ad_hoc_clauses), GDPR art. 46(3)(a):
	// contractual clauses authorised by the supervisory authority.
	AdHocClausesMechanism
	// CodeOfConductMechanism (code_of_conduct), GDPR art. 46(2)(e): an
	// approved code of conduct with binding commitments of the recipient.
	CodeOfConductMechanism
	// CertificationMechanism (certification), GDPR art. 46(2)(f): an
	// approved certification with binding commitments of the recipient.
	CertificationMechanism
	// DerogationMechanism (derogation), GDPR art. 49: a derogation for a
	// specific situation; see [Derogation].
	DerogationMechanism
)

var mechanismDef = enum.Def[Mechanism]{
	Type: "Mechanism",
	Kind: "dpa: transfer mechanism",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		AdequacyMechanism:                  {Code: "adequacy", Da: "Afgørelse om tilstrækkeligt beskyttelsesniveau", En: "Adequacy decision"},
		SCCMechanism:                       {Code: "scc", Da: "Standardkontraktbestemmelser (2021/914)", En: "Standard contractual clauses (2021/914)"},
		BCRMechanism:                       {Code: "bcr", Da: "Bindende virksomhedsregler (BCR)", En: "Binding corporate rules (BCR)"},
		PublicInstrumentMechanism:          {Code: "public_instrument", Da: "Retligt bindende instrument mellem offentlige myndigheder", En: "Legally binding instrument between public authorities"},
		AdministrativeArrangementMechanism: {Code: "administrative_arrangement", Da: "Administrativ ordning mellem offentlige myndigheder", En: "Administrative arrangement between public authorities"},
		AdHocClausesMechanism:              {Code: "ad_hoc_clauses", Da: "Godkendte individuelle kontraktbestemmelser", En: "Authorised ad hoc contractual clauses"},
		CodeOfConductMechanism:             {Code: "code_of_conduct", Da: "Godkendt adfærdskodeks", En: "Approved code of conduct"},
		CertificationMechanism:             {Code: "certification", Da: "Godkendt certificering", En: "Approved certification"},
		DerogationMechanism:                {Code: "derogation", Da: "Undtagelse i specifikke situationer (art. 49)", En: "Derogation for a specific situation (Art. 49)"},
	},
}

var mechanismReferences = [...]string{"",
	"GDPR art. 45",
	"GDPR art. 46(2)(c); Commission Implementing Decision (EU) 2021/914",
	"GDPR art. 46(2)(b) and 47",
	"GDPR art. 46(2)(a)",
	"GDPR art. 46(3)(b)",
	"GDPR art. 46(3)(a)",
	"GDPR art. 46(2)(e)",
	"GDPR art. 46(2)(f)",
	"GDPR art. 49",
}

// Mechanisms returns every mechanism in order, in a fresh slice.
func Mechanisms() []Mechanism {
	return mechanismDef.Values()
}

// Article46 reports whether m is a transfer tool of GDPR art. 46, which
// needs a transfer impact assessment (CJEU C-311/18, Schrems II; EDPB
// Recommendations 01/2020).
func (m Mechanism) Article46() bool {
	return m.Valid() && m != AdequacyMechanism && m != DerogationMechanism
}

// Reference returns the provision of m ("GDPR art. 46(2)(b) and 47"), or ""
// for an invalid value.
func (m Mechanism) Reference() string {
	if !m.Valid() {
		return ""
	}
	return mechanismReferences[m]
}

// SCCModule is the module of the standard contractual clauses 2021/914
// that the parties of a transfer use. Along a chain of processors the
// exporter is the controller (module 2) or a processor (module 3). The zero
// value means "not recorded".
type SCCModule uint8

// The four modules of the clauses 2021/914.
const (
	ControllerToController SCCModule = iota + 1 // module_1
	ControllerToProcessor                       // module_2
	ProcessorToProcessor                        // module_3
	ProcessorToController                       // module_4
)

var moduleDef = enum.Def[SCCModule]{
	Type: "SCCModule",
	Kind: "dpa: SCC module",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		ControllerToController: {Code: "module_1", Da: "Modul 1: dataansvarlig til dataansvarlig", En: "Module 1: controller to controller"},
		ControllerToProcessor:  {Code: "module_2", Da: "Modul 2: dataansvarlig til databehandler", En: "Module 2: controller to processor"},
		ProcessorToProcessor:   {Code: "module_3", Da: "Modul 3: databehandler til databehandler", En: "Module 3: processor to processor"},
		ProcessorToController:  {Code: "module_4", Da: "Modul 4: databehandler til dataansvarlig", En: "Module 4: processor to controller"},
	},
}

// FitsProcessors reports whether m fits a transfer to a processor or a
// sub-processor: module 2 (from the controller) or module 3 (from a
// processor).
func (m SCCModule) FitsProcessors() bool {
	return m == ControllerToProcessor || m == ProcessorToProcessor
}

// Derogation is one of the derogations for specific situations of GDPR
// art. 49(1). Derogations are interpreted restrictively (EDPB Guidelines
// 2/2018), and a public authority exercising its public powers cannot use
// points (a) to (c) nor the second subparagraph (art. 49(3)). The zero
// value means "not set".
type Derogation uint8

// Derogations of GDPR art. 49(1).
const (
	ExplicitConsent     Derogation = iota + 1 // explicit_consent: art. 49(1)(a)
	ContractWithSubject                       // contract_with_subject: art. 49(1)(b)
	ContractInInterest                        // contract_in_interest: art. 49(1)(c)
	PublicInterest                            // public_interest: art. 49(1)(d)
	LegalClaims                               // legal_claims: art. 49(1)(e)
	VitalInterests                            // vital_interests: art. 49(1)(f)
	PublicRegister                            // public_register: art. 49(1)(g)
	CompellingInterests                       // compelling_interests: art. 49(1), second subparagraph
)

var derogationDef = enum.Def[Derogation]{
	Type: "Derogation",
	Kind: "dpa: derogation",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		ExplicitConsent:     {Code: "explicit_consent", Da: "Udtrykkeligt samtykke fra den registrerede", En: "Explicit consent of the data subject"},
		ContractWithSubject: {Code: "contract_with_subject", Da: "Nødvendig for at opfylde en kontrakt med den registrerede", En: "Necessary for a contract with the data subject"},
		ContractInInterest:  {Code: "contract_in_interest", Da: "Nødvendig for en kontrakt i den registreredes interesse", En: "Necessary for a contract in the data subject's interest"},
		PublicInterest:      {Code: "public_interest", Da: "Nødvendig af hensyn til vigtige samfundsinteresser", En: "Necessary for important reasons of public interest"},
		LegalClaims:         {Code: "legal_claims", Da: "Nødvendig for at fastlægge, gøre gældende eller forsvare retskrav", En: "Necessary for legal claims"},
		VitalInterests:      {Code: "vital_interests", Da: "Nødvendig for at beskytte vitale interesser", En: "Necessary to protect vital interests"},
		PublicRegister:      {Code: "public_register", Da: "Overførsel fra et offentligt register", En: "Transfer from a public register"},
		CompellingInterests: {Code: "compelling_interests", Da: "Tvingende legitime interesser (enkeltstående overførsel)", En: "Compelling legitimate interests (one-off transfer)"},
	},
}

var derogationReferences = [...]string{"",
	"GDPR art. 49(1)(a)", "GDPR art. 49(1)(b)", "GDPR art. 49(1)(c)", "GDPR art. 49(1)(d)",
	"GDPR art. 49(1)(e)", "GDPR art. 49(1)(f)", "GDPR art. 49(1)(g)", "GDPR art. 49(1), second subparagraph"}

// Derogations returns every derogation in the order of art. 49(1), in a
// fresh slice.
func Derogations() []Derogation {
	return derogationDef.Values()
}

// Reference returns the provision of d ("GDPR art. 49(1)(d)"), or "" for
// an invalid value.
func (d Derogation) Reference() string {
	if !d.Valid() {
		return ""
	}
	return derogationReferences[d]
}

// BarredForPublicPowers reports whether a public authority exercising its
// public powers cannot use d: points (a), (b) and (c) of art. 49(1) and its
// second subparagraph (GDPR art. 49(3)).
func (d Derogation) BarredForPublicPowers() bool {
	switch d {
	case ExplicitConsent, ContractWithSubject, ContractInInterest, CompellingInterests:
		return true
	}
	return false
}

// TIAConclusion is what a transfer impact assessment concluded about the
// law and practice of the destination (EDPB Recommendations 01/2020). The
// zero value means "not concluded".
type TIAConclusion uint8

// Conclusions of a transfer impact assessment.
const (
	// Adequate (adequate): the transfer tool gives essentially equivalent
	// protection as it is.
	Adequate TIAConclusion = iota + 1
	// AdequateWithMeasures (with_measures): it does so only with the
	// supplementary measures listed in the assessment.
	AdequateWithMeasures
	// Inadequate (inadequate): no measures give essentially equivalent
	// protection; the transfer must not take place (or must stop).
	Inadequate
)

var tiaDef = enum.Def[TIAConclusion]{
	Type: "TIAConclusion",
	Kind: "dpa: TIA conclusion",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Adequate:             {Code: "adequate", Da: "Beskyttelsesniveauet er tilstrækkeligt", En: "Protection is adequate"},
		AdequateWithMeasures: {Code: "with_measures", Da: "Beskyttelsesniveauet er tilstrækkeligt med supplerende foranstaltninger", En: "Protection is adequate with supplementary measures"},
		Inadequate:           {Code: "inadequate", Da: "Beskyttelsesniveauet er ikke tilstrækkeligt", En: "Protection is not adequate"},
	},
}
