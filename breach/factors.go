package breach

import (
	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Driver is a recorded fact or a factor of risk that drives the decision
// on a breach: either a fact that shows the breach is unlikely to result in
// a risk (GDPR art. 33(1)), or a factor that makes the risk high (art.
// 34(1)). The factors are those of EDPB Guidelines 9/2022, section IV.B:
// the type of breach, the nature, sensitivity and volume of the data, the
// ease of identification, the severity and permanence of the
// consequences, special characteristics of the people, their number, and
// what is known of the recipient. Every [Decision] lists the drivers that
// held. The zero value means "not set".
type Driver uint8

// The facts that show no risk, each to be recorded on the incident. They
// are few, since Datatilsynet's threshold for a risk is very low; each
// answers only the loss it addresses, so it holds only when the breach lost
// nothing else that counts.
const (
	// UnintelligibleData: the data were unintelligible to anyone who got
	// them (state-of-the-art encryption or hashing, the key not
	// compromised) and, when their availability was lost, a backup
	// restored them ([Incident.Unintelligible], [Incident.Backup]). EDPB
	// Guidelines 01/2021, sections 2.1, 3.2 and 5.1 (cases 1, 6 and 10).
	UnintelligibleData Driver = iota + 1
	// TrustedRecipient: the data went only to recipients bound by
	// professional secrecy or a duty of confidentiality, who acted in good
	// faith and returned or deleted them and confirmed it
	// ([Incident.TrustedRecipients], [RetrievalConfirmed]), and held no
	// special-category or criminal-offence data. EDPB Guidelines 01/2021,
	// section 4.2 (case 9).
	TrustedRecipient
	// ShortOutage: only availability was lost, the data were restored
	// without difficulty ([AvailabilityRestored]) and the controller
	// assessed the consequences as negligible ([HarmNegligible]). EDPB
	// Guidelines 01/2021, section 2.1 (case 1).
	ShortOutage
	// RetrievedHarmless: the data went by mistake to known recipients who
	// are not malicious, the controller asked them to return or delete the
	// data ([RetrievalRequested] or better) and assessed the consequences
	// as negligible, the data hold no CPR numbers, credentials or financial
	// data, and the number of people is below the large number. EDPB
	// Guidelines 01/2021, sections 6.1 and 6.3 (cases 13 and 15).
	RetrievedHarmless
)

// The factors that make the risk high, each on its own (Datatilsynet's
// guidance on personal data breaches; EDPB Guidelines 9/2022, section
// IV.B). Those about the data count only when the people can be identified
// (an ease of identification other than [Negligible]).
const (
	// LargeNumber: the number of people affected is at least the policy's
	// large number ([Policy.LargeNumber]); a large number is in itself a
	// high risk. EDPB Guidelines 01/2021, sections 5.2 and 6.2 (cases 11
	// and 14).
	LargeNumber Driver = iota + 5
	// SpecialCategories: the confidentiality of special-category data (GDPR
	// art. 9) or criminal-offence data (art. 10) was lost. EDPB Guidelines
	// 01/2021, section 5.3 (case 12).
	SpecialCategories
	// IdentityFraud: CPR numbers, credentials or financial data (a custom
	// type of the confidential category, or a data context of ENISA's
	// financial kind) reached unknown or malicious recipients, which
	// enables identity theft and fraud. EDPB Guidelines 01/2021, sections
	// 2.4, 3.3, 7.1 and 7.2 (cases 4, 7, 17 and 18).
	IdentityFraud
	// VulnerablePeople: the confidentiality of data about children or
	// other people vulnerable in themselves was lost: children, pupils,
	// the elderly, patients, or a named category marked vulnerable
	// (employees and applicants, vulnerable in WP248 rev.01 for their
	// imbalance of power, do not count here).
	VulnerablePeople
	// ExtensiveData: extensive data about each person (a CV, a case file,
	// a medical record: [Incident.ExtensiveData]) reached unknown or
	// malicious recipients. EDPB Guidelines 01/2021, section 3.1 (case 5).
	ExtensiveData
	// SevereHarm: the controller assessed the consequences as severe, or as
	// significant and permanent ([Incident.Harm], [Incident.Permanent]).
	// EDPB Guidelines 01/2021, section 2.3 (case 3).
	SevereHarm
	// ENISAVeryHigh: ENISA's severity reaches the policy's level
	// ([Policy.ENISAHighFrom], very high by default), where ENISA expects
	// significant or even irreversible consequences. ENISA's method is an
	// aid: this is the only way its score drives the decision.
	ENISAVeryHigh
)

var driverDef = enum.Def[Driver]{
	Type: "Driver",
	Kind: "breach: driver",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		UnintelligibleData: {Code: "unintelligible_data", Da: "Oplysningerne var uforståelige for uvedkommende", En: "The data were unintelligible to unauthorised persons"},
		TrustedRecipient:   {Code: "trusted_recipient", Da: "En betroet modtager med tavshedspligt har slettet oplysningerne og bekræftet det", En: "A trusted recipient bound by secrecy deleted the data and confirmed it"},
		ShortOutage:        {Code: "short_outage", Da: "Kort utilgængelighed uden skade", En: "A short loss of availability that harmed no one"},
		RetrievedHarmless:  {Code: "retrieved_harmless", Da: "Fejlsendt til kendte modtagere, tilbagekaldt og uden betydning", En: "Sent by mistake to known recipients, recalled, and harmless"},
		LargeNumber:        {Code: "large_number", Da: "Mange berørte", En: "A large number of people affected"},
		SpecialCategories:  {Code: "special_categories", Da: "Følsomme oplysninger eller oplysninger om strafbare forhold", En: "Special-category or criminal-offence data"},
		IdentityFraud:      {Code: "identity_fraud", Da: "Oplysninger, der muliggør identitetstyveri eller svindel", En: "Data that enable identity theft or fraud"},
		VulnerablePeople:   {Code: "vulnerable_people", Da: "Børn eller andre sårbare personer", En: "Children or other vulnerable people"},
		ExtensiveData:      {Code: "extensive_data", Da: "Omfattende oplysninger om hver person", En: "Extensive data about each person"},
		SevereHarm:         {Code: "severe_harm", Da: "Alvorlige eller varige konsekvenser", En: "Severe or permanent consequences"},
		ENISAVeryHigh:      {Code: "enisa_very_high", Da: "Meget høj alvorlighed efter ENISA-metoden", En: "A very high severity by ENISA's method"},
	},
}

// driverRefs are the legal sources of each driver, in English for
// gdpr.Cite.
var driverRefs = [...]string{
	"",
	UnintelligibleData: "GDPR art. 33(1), 34(3)(a); EDPB Guidelines 01/2021, sections 2.1, 3.2 and 5.1",
	TrustedRecipient:   "GDPR art. 33(1); EDPB Guidelines 01/2021, section 4.2",
	ShortOutage:        "GDPR art. 33(1); EDPB Guidelines 01/2021, section 2.1",
	RetrievedHarmless:  "GDPR art. 33(1); EDPB Guidelines 01/2021, sections 6.1 and 6.3",
	LargeNumber:        "GDPR art. 34(1); EDPB Guidelines 9/2022, section IV.B; Datatilsynet's guidance on personal data breaches",
	SpecialCategories:  "GDPR art. 34(1), 9(1), 10; EDPB Guidelines 9/2022, section IV.B",
	IdentityFraud:      "GDPR art. 34(1); EDPB Guidelines 9/2022, section IV.B; EDPB Guidelines 01/2021, section 3.3",
	VulnerablePeople:   "GDPR art. 34(1); Recital 75; EDPB Guidelines 9/2022, section IV.B",
	ExtensiveData:      "GDPR art. 34(1); EDPB Guidelines 9/2022, section IV.B; EDPB Guidelines 01/2021, section 3.1",
	SevereHarm:         "GDPR art. 34(1); EDPB Guidelines 9/2022, section IV.B",
	ENISAVeryHigh:      "GDPR art. 34(1); ENISA 2013 severity method; local policy",
}

// Reference returns the legal source of d in English ("GDPR art. 33(1);
// EDPB Guidelines 01/2021, section 4.2"), or "" for an invalid value.
func (d Driver) Reference() string {
	if !d.Valid() {
		return ""
	}
	return driverRefs[d]
}

// NoRisk reports whether d is a fact that shows no risk (rather than a
// factor of high risk).
func (d Driver) NoRisk() bool { return d.Valid() && d < LargeNumber }

// Drivers returns every driver in order: the four facts that show no risk,
// then the seven factors of high risk.
func Drivers() []Driver { return driverDef.Values() }

// NoRiskFacts returns the four facts that show no risk, the default of
// [Policy.NoRisk].
func NoRiskFacts() []Driver {
	return []Driver{UnintelligibleData, TrustedRecipient, ShortOutage, RetrievedHarmless}
}

// HighRiskFactors returns the seven factors of high risk, the default of
// [Policy.HighRisk].
func HighRiskFactors() []Driver {
	return []Driver{LargeNumber, SpecialCategories, IdentityFraud, VulnerablePeople, ExtensiveData, SevereHarm, ENISAVeryHigh}
}

// Harm is the controller's assessment of how severe the likely
// consequences of the breach are for the people (EDPB Guidelines 9/2022,
// section IV.B, "severity of consequences"). The zero value means "not
// assessed".
type Harm uint8

// The levels of harm.
const (
	// HarmNegligible: the people will not be affected, or only by minor
	// inconvenience they overcome without problem.
	HarmNegligible Harm = iota + 1
	// HarmLimited: inconvenience the people overcome with some difficulty
	// (extra costs, denial of access to a service, fear, irritation).
	HarmLimited
	// HarmSignificant: consequences the people overcome with serious
	// difficulty (misappropriation of funds, property damage, loss of
	// employment, worsening health).
	HarmSignificant
	// HarmSevere: significant or even irreversible consequences (financial
	// distress, long-term illness, death, delayed medical treatment).
	HarmSevere
)

var harmDef = enum.Def[Harm]{
	Type: "Harm",
	Kind: "breach: harm",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		HarmNegligible:  {Code: "negligible", Da: "Ubetydelige konsekvenser", En: "Negligible consequences"},
		HarmLimited:     {Code: "limited", Da: "Begrænsede konsekvenser", En: "Limited consequences"},
		HarmSignificant: {Code: "significant", Da: "Betydelige konsekvenser", En: "Significant consequences"},
		HarmSevere:      {Code: "severe", Da: "Alvorlige konsekvenser", En: "Severe consequences"},
	},
}

// Retrieval records what the controller did to get back data disclosed to
// known recipients. The zero value means nothing was done or recorded.
type Retrieval uint8

// The steps of a retrieval.
const (
	// RetrievalRequested: the controller asked the recipients to return or
	// delete the data.
	RetrievalRequested Retrieval = iota + 1
	// RetrievalConfirmed: the recipients returned or deleted the data and
	// confirmed it, preferably in writing.
	RetrievalConfirmed
)

var retrievalDef = enum.Def[Retrieval]{
	Type: "Retrieval",
	Kind: "breach: retrieval",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		RetrievalRequested: {Code: "requested", Da: "Modtagerne er bedt om at returnere eller slette oplysningerne", En: "The recipients were asked to return or delete the data"},
		RetrievalConfirmed: {Code: "confirmed", Da: "Modtagerne har returneret eller slettet oplysningerne og bekræftet det", En: "The recipients returned or deleted the data and confirmed it"},
	},
}

// Ground is the ground of an exemption from telling the data subjects
// under databeskyttelsesloven § 22, made under GDPR art. 23. The zero value
// means "not set".
type Ground uint8

// The grounds of databeskyttelsesloven § 22.
const (
	// PrivateInterests, databeskyttelsesloven § 22, stk. 1: the data
	// subject's interest in the information yields to overriding
	// considerations of private interests, the data subject's own
	// included.
	PrivateInterests Ground = iota + 1
	// PublicInterests, databeskyttelsesloven § 22, stk. 2: overriding
	// public interests, such as national or public security, defence, or
	// the prevention, investigation and prosecution of criminal offences.
	PublicInterests
)

var groundDef = enum.Def[Ground]{
	Type: "Ground",
	Kind: "breach: exemption ground",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		PrivateInterests: {Code: "private_interests", Da: "Afgørende hensyn til private interesser (databeskyttelsesloven § 22, stk. 1)", En: "Overriding private interests (databeskyttelsesloven § 22(1))"},
		PublicInterests:  {Code: "public_interests", Da: "Afgørende hensyn til offentlige interesser (databeskyttelsesloven § 22, stk. 2)", En: "Overriding public interests (databeskyttelsesloven § 22(2))"},
	},
}

// Exemption is a decision under databeskyttelsesloven § 22 not to tell the
// data subjects of a breach: its ground and the reason, which must be
// concrete. It exempts from GDPR art. 34 only; Datatilsynet is still
// notified.
type Exemption struct {
	// Ground is the ground of § 22 relied on.
	Ground Ground `json:"ground"`
	// Reason is the concrete reason for the exemption. A free text that may
	// describe a person: redacted in String, fmt, log/slog and errors; JSON
	// keeps it.
	Reason gdpr.Personal `json:"reason"`
}
