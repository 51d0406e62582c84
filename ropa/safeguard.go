package ropa

import (
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Safeguard is the legal ground for a transfer to a third country without
// adequacy: a transfer tool of GDPR art. 46 or 47, or a derogation of art.
// 49(1). An adequacy decision (art. 45) is not a safeguard
// here: the library derives it from the country and the date with
// [gdpr.TransferToRecipient]. The zero value means "none given".
type Safeguard uint8

// The values of Safeguard.
const (
	SCC                       Safeguard = iota + 1 // scc: art. 46(2)(c), Commission Implementing Decision (EU) 2021/914
	BCR                                            // bcr: art. 46(2)(b), 47
	PublicInstrument                               // public_instrument: art. 46(2)(a)
	AdministrativeArrangement                      // administrative_arrangement: art. 46(3)(b)
	CodeOfConduct                                  // code_of_conduct: art. 46(2)(e)
	Certification                                  // certification: art. 46(2)(f)
	DerogationConsent                              // derogation_consent: art. 49(1)(a); not for public authorities' exercise of public powers, art. 49(3)
	DerogationContract                             // derogation_contract: art. 49(1)(b), (c); not for public authorities' exercise of public powers, art. 49(3)
	DerogationPublicInterest                       // derogation_public_interest: art. 49(1)(d)
	DerogationLegalClaims                          // derogation_legal_claims: art. 49(1)(e)
	DerogationVitalInterests                       // derogation_vital_interests: art. 49(1)(f)
	DerogationPublicRegister                       // derogation_public_register: art. 49(1)(g)
	AdHocClauses                                   // ad_hoc_clauses: art. 46(3)(a), contractual clauses authorised by the supervisory authority
	// DerogationCompellingInterests (derogation_compelling_interests):
	// art. 49(1), second subparagraph: a one-off transfer for compelling
	// legitimate interests, with suitable safeguards documented in the
	// record (art. 49(6)); not for public authorities' exercise of public
	// powers, art. 49(3).
	DerogationCompellingInterests
)

var safeguardDef = enum.Def[Safeguard]{
	Type: "Safeguard",
	Kind: "ropa: safeguard",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		SCC:                       {Code: "scc", Da: "Standardkontraktbestemmelser (GDPR art. 46, stk. 2, litra c)", En: "Standard contractual clauses (GDPR art. 46(2)(c))"},
		BCR:                       {Code: "bcr", Da: "Bindende virksomhedsregler (GDPR art. 46, stk. 2, litra b, og art. 47)", En: "Binding corporate rules (GDPR art. 46(2)(b) and 47)"},
		PublicInstrument:          {Code: "public_instrument", Da: "Retligt bindende instrument mellem offentlige myndigheder (GDPR art. 46, stk. 2, litra a)", En: "Legally binding instrument between public authorities (GDPR art. 46(2)(a))"},
		AdministrativeArrangement: {Code: "administrative_arrangement", Da: "Administrativ ordning mellem offentlige myndigheder (GDPR art. 46, stk. 3, litra b)", En: "Administrative arrangement between public authorities (GDPR art. 46(3)(b))"},
		CodeOfConduct:             {Code: "code_of_conduct", Da: "Adfærdskodeks (GDPR art. 46, stk. 2, litra e)", En: "Code of conduct (GDPR art. 46(2)(e))"},
		Certification:             {Code: "certification", Da: "Certificering (GDPR art. 46, stk. 2, litra f)", En: "Certification (GDPR art. 46(2)(f))"},
		DerogationConsent:         {Code: "derogation_consent", Da: "Udtrykkeligt samtykke (GDPR art. 49, stk. 1, litra a)", En: "Explicit consent (GDPR art. 49(1)(a))"},
		DerogationContract:        {Code: "derogation_contract", Da: "Nødvendig for en kontrakt (GDPR art. 49, stk. 1, litra b eller c)", En: "Necessary for a contract (GDPR art. 49(1)(b) or (c))"},
		DerogationPublicInterest:  {Code: "derogation_public_interest", Da: "Vigtige samfundsinteresser (GDPR art. 49, stk. 1, litra d)", En: "Important reasons of public interest (GDPR art. 49(1)(d))"},
		DerogationLegalClaims:     {Code: "derogation_legal_claims", Da: "Retskrav (GDPR art. 49, stk. 1, litra e)", En: "Legal claims (GDPR art. 49(1)(e))"},
		DerogationVitalInterests:  {Code: "derogation_vital_interests", Da: "Vitale interesser (GDPR art. 49, stk. 1, litra f)", En: "Vital interests (GDPR art. 49(1)(f))"},
		DerogationPublicRegister:  {Code: "derogation_public_register", Da: "Offentligt register (GDPR art. 49, stk. 1, litra g)", En: "Public register (GDPR art. 49(1)(g))"},
		AdHocClauses:              {Code: "ad_hoc_clauses", Da: "Godkendte individuelle kontraktbestemmelser (GDPR art. 46, stk. 3, litra a)", En: "Authorised ad hoc contractual clauses (GDPR art. 46(3)(a))"},
		DerogationCompellingInterests: {Code: "derogation_compelling_interests", Da: "Tvingende legitime interesser, enkeltstående overførsel (GDPR art. 49, stk. 1, andet afsnit)",
			En: "Compelling legitimate interests, a one-off transfer (GDPR art. 49(1), second subparagraph)"},
	},
}

// Safeguards returns the safeguards in the order of their values, in a
// fresh slice.
func Safeguards() []Safeguard { return safeguardDef.Values() }

// Article46 reports whether s is a transfer tool of GDPR art. 46 (or
// binding corporate rules, art. 47), which needs a transfer impact
// assessment (CJEU C-311/18, Schrems II).
func (s Safeguard) Article46() bool { return s >= SCC && s <= Certification || s == AdHocClauses }

// Derogation reports whether s is a derogation of GDPR art. 49(1), its
// second subparagraph included.
func (s Safeguard) Derogation() bool {
	return s >= DerogationConsent && s <= DerogationPublicRegister || s == DerogationCompellingInterests
}

// ExcludedForPublicAuthorities reports whether a public authority exercising
// its public powers cannot rely on s: the consent and contract derogations
// of GDPR art. 49(1)(a)-(c) and the compelling legitimate interests of its
// second subparagraph, by art. 49(3).
func (s Safeguard) ExcludedForPublicAuthorities() bool {
	return s == DerogationConsent || s == DerogationContract || s == DerogationCompellingInterests
}
