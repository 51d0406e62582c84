package dpa

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Mechanism is the legal ground of a transfer of personal data to a third
// country (GDPR chapter V; rules.md §8): an adequacy decision (art. 45), a
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

var mechanismCodes = [...]string{"", "adequacy", "scc", "bcr", "public_instrument",
	"administrative_arrangement", "ad_hoc_clauses", "code_of_conduct", "certification", "derogation"}

var mechanismLabels = [...]gdpr.Text{
	{},
	{Da: "Afgørelse om tilstrækkeligt beskyttelsesniveau", En: "Adequacy decision"},
	{Da: "Standardkontraktbestemmelser (2021/914)", En: "Standard contractual clauses (2021/914)"},
	{Da: "Bindende virksomhedsregler (BCR)", En: "Binding corporate rules (BCR)"},
	{Da: "Retligt bindende instrument mellem offentlige myndigheder", En: "Legally binding instrument between public authorities"},
	{Da: "Administrativ ordning mellem offentlige myndigheder", En: "Administrative arrangement between public authorities"},
	{Da: "Godkendte individuelle kontraktbestemmelser", En: "Authorised ad hoc contractual clauses"},
	{Da: "Godkendt adfærdskodeks", En: "Approved code of conduct"},
	{Da: "Godkendt certificering", En: "Approved certification"},
	{Da: "Undtagelse i specifikke situationer (art. 49)", En: "Derogation for a specific situation (Art. 49)"},
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
	out := make([]Mechanism, 0, len(mechanismCodes)-1)
	for i := 1; i < len(mechanismCodes); i++ {
		out = append(out, Mechanism(i))
	}
	return out
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

// Valid reports whether m is one of the defined values.
func (m Mechanism) Valid() bool { return enum.Valid(m, mechanismCodes[:]) }

// String returns the stable code of m, or "Mechanism(n)" for an invalid value.
func (m Mechanism) String() string { return enum.String(m, "Mechanism", mechanismCodes[:]) }

// Label returns the Danish name of m, or the English one for an English
// tag.
func (m Mechanism) Label(tag language.Tag) string {
	if !m.Valid() {
		return m.String()
	}
	return mechanismLabels[m].In(tag)
}

// ParseMechanism parses a code; "" gives the zero value and an unknown code is
// an error wrapping [ErrUnknownCode].
func ParseMechanism(code string) (Mechanism, error) {
	return enum.Parse[Mechanism](code, "dpa: transfer mechanism", mechanismCodes[:], ErrUnknownCode)
}

// MarshalText encodes m as its code; the zero value encodes as "".
func (m Mechanism) MarshalText() ([]byte, error) {
	return enum.Marshal(m, "dpa: Mechanism", mechanismCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (m *Mechanism) UnmarshalText(text []byte) (err error) {
	*m, err = ParseMechanism(string(text))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (m *Mechanism) Scan(src any) error {
	return enum.Scan(m, src, "dpa: transfer mechanism", mechanismCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (m Mechanism) Value() (driver.Value, error) {
	return enum.Value(m, "dpa: Mechanism", mechanismCodes[:], ErrUnknownCode)
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

var moduleCodes = [...]string{"", "module_1", "module_2", "module_3", "module_4"}

var moduleLabels = [...]gdpr.Text{
	{},
	{Da: "Modul 1: dataansvarlig til dataansvarlig", En: "Module 1: controller to controller"},
	{Da: "Modul 2: dataansvarlig til databehandler", En: "Module 2: controller to processor"},
	{Da: "Modul 3: databehandler til databehandler", En: "Module 3: processor to processor"},
	{Da: "Modul 4: databehandler til dataansvarlig", En: "Module 4: processor to controller"},
}

// FitsProcessors reports whether m fits a transfer to a processor or a
// sub-processor: module 2 (from the controller) or module 3 (from a
// processor).
func (m SCCModule) FitsProcessors() bool {
	return m == ControllerToProcessor || m == ProcessorToProcessor
}

// Valid reports whether m is one of the defined values.
func (m SCCModule) Valid() bool { return enum.Valid(m, moduleCodes[:]) }

// String returns the stable code of m, or "SCCModule(n)" for an invalid value.
func (m SCCModule) String() string { return enum.String(m, "SCCModule", moduleCodes[:]) }

// Label returns the Danish name of m, or the English one for an English
// tag.
func (m SCCModule) Label(tag language.Tag) string {
	if !m.Valid() {
		return m.String()
	}
	return moduleLabels[m].In(tag)
}

// ParseSCCModule parses a code; "" gives the zero value and an unknown code is
// an error wrapping [ErrUnknownCode].
func ParseSCCModule(code string) (SCCModule, error) {
	return enum.Parse[SCCModule](code, "dpa: SCC module", moduleCodes[:], ErrUnknownCode)
}

// MarshalText encodes m as its code; the zero value encodes as "".
func (m SCCModule) MarshalText() ([]byte, error) {
	return enum.Marshal(m, "dpa: SCCModule", moduleCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (m *SCCModule) UnmarshalText(text []byte) (err error) {
	*m, err = ParseSCCModule(string(text))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (m *SCCModule) Scan(src any) error {
	return enum.Scan(m, src, "dpa: SCC module", moduleCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (m SCCModule) Value() (driver.Value, error) {
	return enum.Value(m, "dpa: SCCModule", moduleCodes[:], ErrUnknownCode)
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

var derogationCodes = [...]string{"", "explicit_consent", "contract_with_subject", "contract_in_interest",
	"public_interest", "legal_claims", "vital_interests", "public_register", "compelling_interests"}

var derogationLabels = [...]gdpr.Text{
	{},
	{Da: "Udtrykkeligt samtykke fra den registrerede", En: "Explicit consent of the data subject"},
	{Da: "Nødvendig for at opfylde en kontrakt med den registrerede", En: "Necessary for a contract with the data subject"},
	{Da: "Nødvendig for en kontrakt i den registreredes interesse", En: "Necessary for a contract in the data subject's interest"},
	{Da: "Nødvendig af hensyn til vigtige samfundsinteresser", En: "Necessary for important reasons of public interest"},
	{Da: "Nødvendig for at fastlægge, gøre gældende eller forsvare retskrav", En: "Necessary for legal claims"},
	{Da: "Nødvendig for at beskytte vitale interesser", En: "Necessary to protect vital interests"},
	{Da: "Overførsel fra et offentligt register", En: "Transfer from a public register"},
	{Da: "Tvingende legitime interesser (enkeltstående overførsel)", En: "Compelling legitimate interests (one-off transfer)"},
}

var derogationReferences = [...]string{"",
	"GDPR art. 49(1)(a)", "GDPR art. 49(1)(b)", "GDPR art. 49(1)(c)", "GDPR art. 49(1)(d)",
	"GDPR art. 49(1)(e)", "GDPR art. 49(1)(f)", "GDPR art. 49(1)(g)", "GDPR art. 49(1), second subparagraph"}

// Derogations returns every derogation in the order of art. 49(1), in a
// fresh slice.
func Derogations() []Derogation {
	out := make([]Derogation, 0, len(derogationCodes)-1)
	for i := 1; i < len(derogationCodes); i++ {
		out = append(out, Derogation(i))
	}
	return out
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

// Valid reports whether d is one of the defined values.
func (d Derogation) Valid() bool { return enum.Valid(d, derogationCodes[:]) }

// String returns the stable code of d, or "Derogation(n)" for an invalid value.
func (d Derogation) String() string { return enum.String(d, "Derogation", derogationCodes[:]) }

// Label returns the Danish name of d, or the English one for an English
// tag.
func (d Derogation) Label(tag language.Tag) string {
	if !d.Valid() {
		return d.String()
	}
	return derogationLabels[d].In(tag)
}

// ParseDerogation parses a code; "" gives the zero value and an unknown code is
// an error wrapping [ErrUnknownCode].
func ParseDerogation(code string) (Derogation, error) {
	return enum.Parse[Derogation](code, "dpa: derogation", derogationCodes[:], ErrUnknownCode)
}

// MarshalText encodes d as its code; the zero value encodes as "".
func (d Derogation) MarshalText() ([]byte, error) {
	return enum.Marshal(d, "dpa: Derogation", derogationCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (d *Derogation) UnmarshalText(text []byte) (err error) {
	*d, err = ParseDerogation(string(text))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (d *Derogation) Scan(src any) error {
	return enum.Scan(d, src, "dpa: derogation", derogationCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (d Derogation) Value() (driver.Value, error) {
	return enum.Value(d, "dpa: Derogation", derogationCodes[:], ErrUnknownCode)
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

var tiaCodes = [...]string{"", "adequate", "with_measures", "inadequate"}

var tiaLabels = [...]gdpr.Text{
	{},
	{Da: "Beskyttelsesniveauet er tilstrækkeligt", En: "Protection is adequate"},
	{Da: "Beskyttelsesniveauet er tilstrækkeligt med supplerende foranstaltninger", En: "Protection is adequate with supplementary measures"},
	{Da: "Beskyttelsesniveauet er ikke tilstrækkeligt", En: "Protection is not adequate"},
}

// Valid reports whether c is one of the defined values.
func (c TIAConclusion) Valid() bool { return enum.Valid(c, tiaCodes[:]) }

// String returns the stable code of c, or "TIAConclusion(n)" for an invalid value.
func (c TIAConclusion) String() string { return enum.String(c, "TIAConclusion", tiaCodes[:]) }

// Label returns the Danish name of c, or the English one for an English
// tag.
func (c TIAConclusion) Label(tag language.Tag) string {
	if !c.Valid() {
		return c.String()
	}
	return tiaLabels[c].In(tag)
}

// ParseTIAConclusion parses a code; "" gives the zero value and an unknown code is
// an error wrapping [ErrUnknownCode].
func ParseTIAConclusion(code string) (TIAConclusion, error) {
	return enum.Parse[TIAConclusion](code, "dpa: TIA conclusion", tiaCodes[:], ErrUnknownCode)
}

// MarshalText encodes c as its code; the zero value encodes as "".
func (c TIAConclusion) MarshalText() ([]byte, error) {
	return enum.Marshal(c, "dpa: TIAConclusion", tiaCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (c *TIAConclusion) UnmarshalText(text []byte) (err error) {
	*c, err = ParseTIAConclusion(string(text))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (c *TIAConclusion) Scan(src any) error {
	return enum.Scan(c, src, "dpa: TIA conclusion", tiaCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (c TIAConclusion) Value() (driver.Value, error) {
	return enum.Value(c, "dpa: TIAConclusion", tiaCodes[:], ErrUnknownCode)
}
