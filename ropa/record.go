package ropa

import (
	"github.com/dkgdpr/gdpr"
	"golang.org/x/text/language"
	"log/slog"
)

// Record is the controller's record of one processing activity
// (fortegnelse over behandlingsaktiviteter, GDPR art. 30(1)).
// It is the one description of a processing activity that the screening,
// the risk assessment and the DPIA build on: what is processed, about whom,
// why and on which legal basis, by which processors, where, and for how
// long. Its facts follow sections 1-7 of the municipal DPIA template.
//
// A Record is a plain struct that hosts store and edit. [Record.Validate]
// reports malformed values (unknown codes, impossible dates, dangling
// references) as errors; what the GDPR or Datatilsynet's guidance says
// is missing is not an error but a finding of [Record.Check]. The zero
// value is an empty record: it does not validate (ID and name are
// required).
type Record struct {
	// ID is the record's stable identifier, unique in a register; other
	// packages refer to the record by it.
	ID string `json:"id"`
	// Name is the name of the processing activity
	// ("Elevadministration i folkeskolen").
	Name string `json:"name"`
	// Description describes the processing and the workflow (the municipal
	// DPIA template, "Behandlingen").
	Description string `json:"description,omitempty"`
	// Status is planned, active, ended or template; zero counts as active.
	Status Status `json:"status,omitempty"`

	// Controller is the controller (dataansvarlig), art. 30(1)(a).
	Controller Party `json:"controller,omitzero"`
	// JointControllers are joint controllers (fælles dataansvarlige), if any.
	JointControllers []Party `json:"jointControllers,omitempty"`
	// Representative is the controller's representative (art. 27), if any.
	Representative Party `json:"representative,omitzero"`
	// DPO is the data protection officer's contact (databeskyttelsesrådgiver).
	DPO Party `json:"dpo,omitzero"`
	// PublicPowers answers whether the controller carries out the
	// processing in the exercise of its public powers: yes, no, or zero
	// for not stated. A public authority exercising public powers cannot
	// rely on the transfer derogations of art. 49(1)(a)-(c) nor on the
	// second subparagraph (art. 49(3)); while it is not stated, such a
	// transfer is flagged for confirmation.
	PublicPowers gdpr.Answer `json:"publicPowers,omitempty"`

	// Purposes are the purposes of the processing (art. 30(1)(b)), each
	// with its legal bases and KLE numbers (the municipal DPIA template, question 5.1).
	Purposes []Purpose `json:"purposes,omitempty"`
	// BeyondNecessary answers the municipal DPIA template's question 5.2: are personal data
	// collected beyond what the purpose needs? Yes is a finding (data
	// minimisation, GDPR art. 5(1)(c)).
	BeyondNecessary gdpr.Answer `json:"beyondNecessary,omitempty"`

	// Subjects are the categories of data subjects, each with the data
	// types processed about it (art. 30(1)(c); the municipal DPIA template, section 1).
	Subjects []SubjectCategory `json:"subjects,omitempty"`
	// SubjectsPerYear estimates how many persons the processing concerns
	// each year (the municipal DPIA template, question 4.1); 0 means not estimated.
	SubjectsPerYear int `json:"subjectsPerYear,omitempty"`
	// Volume is how much data is processed about each person (question 4.2).
	Volume Volume `json:"volume,omitempty"`
	// Classified answers question 4.3: are the data classified?
	Classified gdpr.Answer `json:"classified,omitempty"`
	// Schedule describes how long and how often the processing goes on
	// (question 4.4).
	Schedule string `json:"schedule,omitempty"`

	// Collection lists where the data come from (question 2.1).
	Collection []Source `json:"collection,omitempty"`
	// Technologies lists the technologies used (questions 2.2-2.13).
	Technologies []TechnologyUse `json:"technologies,omitempty"`
	// Matching answers questions 2.14 and 3.2: are the data combined or
	// matched with data from other systems or sources?
	Matching gdpr.Answer `json:"matching,omitempty"`
	// AutomatedDecisions answers question 3.1: are automated decisions or
	// decisions based on profiling made?
	AutomatedDecisions gdpr.Answer `json:"automatedDecisions,omitempty"`
	// Operations lists the forms of processing (question 3.3).
	Operations []Operation `json:"operations,omitempty"`

	// Recipients are the categories of recipients and the disclosures to
	// other controllers (art. 30(1)(d); the municipal DPIA template, section 6), each
	// with the legal basis of the disclosure (art. 6(1)).
	Recipients []Recipient `json:"recipients,omitempty"`
	// NoRecipients states that the data are disclosed to no one, so that
	// an empty list of recipients is an answer, not a gap (art. 30(1)(d)).
	NoRecipients bool `json:"noRecipients,omitempty"`
	// Transfers are the transfers to third countries with their safeguards
	// (art. 30(1)(e)).
	Transfers []Transfer `json:"transfers,omitempty"`
	// NoTransfers states that the data go to no third country or
	// international organisation, so that an empty list of transfers is an
	// answer, not a gap (art. 30(1)(e)).
	NoTransfers bool `json:"noTransfers,omitempty"`
	// Retention holds the erasure time limits (slettefrister) per data
	// type (art. 30(1)(f)).
	Retention []Retention `json:"retention,omitempty"`
	// Security is the general description of the technical and
	// organisational security measures (art. 30(1)(g)).
	Security string `json:"security,omitempty"`
	// Channels are the ways the data are sent, with their encryption (GDPR
	// art. 32(1)(a); Datatilsynet's guidance on encryption).
	Channels []Channel `json:"channels,omitempty"`

	// Systems names the IT systems that support the processing.
	Systems []string `json:"systems,omitempty"`
	// Processors are the processors and sub-processors (the municipal DPIA
	// template, section 7), each referring to its agreement in package dpa by id.
	Processors []ProcessorRef `json:"processors,omitempty"`

	// Owner is the role or unit responsible for keeping the record up to
	// date (an annual cycle, "årshjul", with a responsible owner). A role
	// held by one person, or a name, identifies that person, so it is a
	// gdpr.Personal: redacted outside JSON, like risk's measure owners.
	Owner gdpr.Personal `json:"owner,omitzero"`
	// LastReview is the day the record was last reviewed; zero means never.
	LastReview gdpr.Date `json:"lastReview,omitzero"`
	// ReviewInterval is how often the record is reviewed; zero means the
	// default, once a year ([DefaultReviewInterval]).
	ReviewInterval Period `json:"reviewInterval,omitzero"`

	// RiskAssessmentID refers to the risk assessment (package risk).
	RiskAssessmentID string `json:"riskAssessmentId,omitempty"`
	// ScreeningID refers to the DPIA screening (package screening).
	ScreeningID string `json:"screeningId,omitempty"`
	// DPIAID refers to the impact assessment (package dpia).
	DPIAID string `json:"dpiaId,omitempty"`
}

// DefaultReviewInterval returns the review interval a record has when it
// names none: one year, the annual cycle ("årshjul") of GDPR art. 24(1)'s reviews.
func DefaultReviewInterval() Period { return Period{Count: 1, Unit: Years} }

// LogValue implements slog.LogValuer: the record's fields under their JSON
// names, with the personal data in them (the parties' e-mail addresses and
// phone numbers) redacted at any depth.
func (r Record) LogValue() slog.Value { return gdpr.LogValueOf(r) }

// Party is a controller, joint controller, representative, data protection
// officer or processor: a name and the contact details art. 30 asks for.
// The zero value means "not given".
//
// Redaction, field by field (the rule of package gdpr): a party is an
// organisation or a function, so Name, CVR and Address print. Email and
// Phone may be a person's direct line ("jens.hansen@kommune.dk"), so they
// are [gdpr.Personal]: redacted in String, fmt, slog and errors, in clear
// in JSON. That holds for the data protection officer too: GDPR art. 37(7)
// makes the DPO's contact details public, and WP243 rev.01, section 2.6,
// asks for them but not for the DPO's name, so a DPO's e-mail could print;
// the record does not know whether the address it holds is the published
// function mailbox or a person's own, and redacting it loses nothing a
// report needs. Name a DPO by function ("Databeskyttelsesrådgiver"), not by
// person.
type Party struct {
	// Name is the organisation's legal name, or a function; it prints.
	Name string `json:"name,omitempty"`
	// CVR is the organisation's CVR number.
	CVR gdpr.CVR `json:"cvr,omitzero"`
	// Address is the organisation's postal address; it prints.
	Address string `json:"address,omitempty"`
	// Email is the contact e-mail address; redacted outside JSON.
	Email gdpr.Personal `json:"email,omitzero"`
	// Phone is the contact phone number; redacted outside JSON.
	Phone gdpr.Personal `json:"phone,omitzero"`
}

// IsZero reports whether p is the zero value.
func (p Party) IsZero() bool { return p == Party{} }

// LogValue implements slog.LogValuer: the party's fields under their JSON
// names, e-mail and phone redacted.
func (p Party) LogValue() slog.Value { return gdpr.LogValueOf(p) }

// Purpose is one purpose of the processing (art. 30(1)(b)) with its legal
// bases, special legislation included (GDPR art. 6(1), 6(3)), and the KLE
// numbers it is filed under (the municipal DPIA template, question 5.1).
type Purpose struct {
	// ID identifies the purpose within the record; consents refer to it.
	// It may be empty when no consent refers to the purpose.
	ID string `json:"id,omitempty"`
	// Description says what the purpose is.
	Description string `json:"description"`
	// Kinds are the template's kinds of purpose that apply.
	Kinds []PurposeKind `json:"kinds,omitempty"`
	// LegalBases are the legal bases of the purpose.
	LegalBases []gdpr.LegalBasis `json:"legalBases,omitempty"`
	// BasesPooled marks legal bases that belong to the record as a whole
	// and are not yet assigned to this purpose, as an import gives them
	// when its source does not say which basis serves which purpose.
	// Consent next to another basis is then not judged; the finding
	// ropa.purpose_bases_pooled asks for the bases to be assigned.
	BasesPooled bool `json:"basesPooled,omitempty"`
	// KLE are the KLE numbers of the cases the purpose concerns.
	KLE []gdpr.KLE `json:"kle,omitempty"`
	// Ended is the day the purpose ended; zero while it is pursued.
	Ended gdpr.Date `json:"ended,omitzero"`
}

// SubjectCategory is a category of data subjects and the data types
// processed about it (the municipal DPIA template, section 1: one block
// per category).
type SubjectCategory struct {
	Category  gdpr.DataSubjectCategory `json:"category"`
	DataTypes []gdpr.DataType          `json:"dataTypes,omitempty"`
}

// Recipient is a category of recipients or a named recipient to whom the
// data are disclosed (art. 30(1)(d); the municipal DPIA template, section
// 6), with the legal
// basis for the disclosure. A recipient with a country outside the EEA
// must also appear among the record's transfers.
type Recipient struct {
	Category RecipientCategory `json:"category,omitempty"`
	Name     string            `json:"name,omitempty"`
	// Country is where the recipient is; zero means not given (taken as in
	// Denmark).
	Country gdpr.Country `json:"country,omitzero"`
	// Organisation is set when the recipient is an international
	// organisation (GDPR art. 4(26)), and Country is then zero.
	Organisation gdpr.InternationalOrganisation `json:"organisation,omitzero"`
	// JointController marks a recipient that is a joint controller rather
	// than an independent one.
	JointController bool              `json:"jointController,omitempty"`
	LegalBases      []gdpr.LegalBasis `json:"legalBases,omitempty"`
	Description     string            `json:"description,omitempty"`
}

// Transfer is a transfer of personal data to a third country or an
// international organisation (art. 30(1)(e), chapter V). Whether it needs a safeguard follows from the
// country and the date ([gdpr.TransferToRecipient]): none inside the EEA or
// under an adequacy decision, an art. 46 tool or an art. 49 derogation
// otherwise.
type Transfer struct {
	// Country is the third country, or zero for a transfer to an
	// international organisation.
	Country gdpr.Country `json:"country,omitzero"`
	// Organisation is the international organisation the data go to
	// (GDPR art. 30(1)(e), 44), or zero for a country.
	Organisation gdpr.InternationalOrganisation `json:"organisation,omitzero"`
	// Recipient names who receives the data or has access (e.g. a
	// sub-processor's support in the country).
	Recipient string `json:"recipient,omitempty"`
	// Safeguard is the transfer tool or derogation relied on, if any.
	Safeguard Safeguard `json:"safeguard,omitempty"`
	// RecipientFacts are what the host knows of the recipient for an
	// adequacy decision with a limited scope, such as certification under
	// the EU-US Data Privacy Framework.
	RecipientFacts gdpr.TransferRecipient `json:"recipientFacts,omitzero"`
	// TIA refers to the transfer impact assessment, needed with an art. 46
	// tool (CJEU C-311/18, Schrems II).
	TIA string `json:"tia,omitempty"`
	// SuitableSafeguards describes the suitable safeguards of a one-off
	// transfer for compelling legitimate interests (art. 49(1), second
	// subparagraph), which the record must document (art. 30(1)(e),
	// 49(6)).
	SuitableSafeguards string `json:"suitableSafeguards,omitempty"`
	Description        string `json:"description,omitempty"`
}

// Retention is an erasure time limit (slettefrist) for some of the data
// types of a record (art. 30(1)(f)): a period, the event that starts it,
// and the archive code of the KLE plan where it gives one.
type Retention struct {
	// DataTypes are the data types the limit applies to. Empty means every
	// data type of the record that no other entry names: a record has at
	// most one such default entry.
	DataTypes []gdpr.DataType `json:"dataTypes,omitempty"`
	// Period is the erasure time limit; zero means none is set (the entry
	// then erases nothing, e.g. "until the data subject asks", in Note).
	Period Period `json:"period,omitzero"`
	// Trigger is what starts the period, e.g. the closing of the case.
	Trigger Trigger `json:"trigger,omitempty"`
	// Archive is the KLE plan's B (preserve) or K (discard), if it gives one.
	Archive ArchiveCode `json:"archive,omitempty"`
	Note    string      `json:"note,omitempty"`
}

// Label describes the limit in words: "5 år efter sagens afslutning",
// "5 years after the closing of the case", followed by the archive code.
func (r Retention) Label(tag language.Tag) string {
	s := r.Period.Label(tag)
	if r.Trigger.Valid() {
		if s != "" {
			s += " " + gdpr.Text{Da: "efter", En: "after"}.In(tag) + " "
		}
		s += r.Trigger.Label(tag)
	}
	if r.Archive.Valid() {
		if s != "" {
			s += ", "
		}
		s += r.Archive.Label(tag)
	}
	return s
}

// Channel is a way the data are sent to or from the processing, and
// whether the data are encrypted on it.
type Channel struct {
	Kind        ChannelKind `json:"kind"`
	Encrypted   bool        `json:"encrypted"`
	Description string      `json:"description,omitempty"`
}

// ProcessorRef names a processor or sub-processor that has access to the
// data (the municipal DPIA template, section 7). A processor of the controller refers to its
// data processing agreement in package dpa by AgreementID; a sub-processor
// names the processor it works for in Under (and its agreement is that
// processor's business, recorded in dpa).
type ProcessorRef struct {
	Name string   `json:"name"`
	CVR  gdpr.CVR `json:"cvr,omitzero"`
	// AgreementID is the id of the data processing agreement in package dpa.
	AgreementID string `json:"agreementId,omitempty"`
	// Under is the name of the processor this one is a sub-processor of;
	// empty for the controller's own processors.
	Under string `json:"under,omitempty"`
	// Countries are where the processor stores or processes the data or has
	// access to them, support included: read access from a third country is
	// a transfer (GDPR art. 44).
	Countries []gdpr.Country `json:"countries,omitempty"`
	// Organisations are the international organisations among them, if
	// any: a destination as a country is (GDPR art. 44).
	Organisations []gdpr.InternationalOrganisation `json:"organisations,omitempty"`
	// Service says what the processor does (hosting, support, ...).
	Service string `json:"service,omitempty"`
}

// SubProcessor reports whether p is a sub-processor.
func (p ProcessorRef) SubProcessor() bool { return p.Under != "" }

// TechnologyUse is a technology the processing uses, with details (the
// municipal DPIA template, questions 2.2-2.13: "[EVT. UDDYB]").
type TechnologyUse struct {
	Technology gdpr.Technology `json:"technology"`
	Details    string          `json:"details,omitempty"`
}

// status returns what the transfer rules say of t on the day today.
func (t Transfer) status(today gdpr.Date) gdpr.Transfer {
	if t.Organisation != 0 {
		return gdpr.TransferToOrganisation(t.Organisation, today)
	}
	return gdpr.TransferToRecipient(t.Country, today, t.RecipientFacts)
}
