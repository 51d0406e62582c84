package ropa

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Safeguard is the legal ground for a transfer to a third country without
// adequacy: a transfer tool of GDPR art. 46 or 47, or a derogation of art.
// 49(1) (rules.md §8). An adequacy decision (art. 45) is not a safeguard
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
)

var safeguardCodes = [...]string{"", "scc", "bcr", "public_instrument", "administrative_arrangement", "code_of_conduct", "certification", "derogation_consent", "derogation_contract", "derogation_public_interest", "derogation_legal_claims", "derogation_vital_interests", "derogation_public_register"}

var safeguardLabels = [...]gdpr.Text{
	{},
	{Da: "Standardkontraktbestemmelser (GDPR art. 46, stk. 2, litra c)", En: "Standard contractual clauses (GDPR art. 46(2)(c))"},
	{Da: "Bindende virksomhedsregler (GDPR art. 46, stk. 2, litra b, og art. 47)", En: "Binding corporate rules (GDPR art. 46(2)(b) and 47)"},
	{Da: "Retligt bindende instrument mellem offentlige myndigheder (GDPR art. 46, stk. 2, litra a)", En: "Legally binding instrument between public authorities (GDPR art. 46(2)(a))"},
	{Da: "Administrativ ordning mellem offentlige myndigheder (GDPR art. 46, stk. 3, litra b)", En: "Administrative arrangement between public authorities (GDPR art. 46(3)(b))"},
	{Da: "Adfærdskodeks (GDPR art. 46, stk. 2, litra e)", En: "Code of conduct (GDPR art. 46(2)(e))"},
	{Da: "Certificering (GDPR art. 46, stk. 2, litra f)", En: "Certification (GDPR art. 46(2)(f))"},
	{Da: "Udtrykkeligt samtykke (GDPR art. 49, stk. 1, litra a)", En: "Explicit consent (GDPR art. 49(1)(a))"},
	{Da: "Nødvendig for en kontrakt (GDPR art. 49, stk. 1, litra b eller c)", En: "Necessary for a contract (GDPR art. 49(1)(b) or (c))"},
	{Da: "Vigtige samfundsinteresser (GDPR art. 49, stk. 1, litra d)", En: "Important reasons of public interest (GDPR art. 49(1)(d))"},
	{Da: "Retskrav (GDPR art. 49, stk. 1, litra e)", En: "Legal claims (GDPR art. 49(1)(e))"},
	{Da: "Vitale interesser (GDPR art. 49, stk. 1, litra f)", En: "Vital interests (GDPR art. 49(1)(f))"},
	{Da: "Offentligt register (GDPR art. 49, stk. 1, litra g)", En: "Public register (GDPR art. 49(1)(g))"},
}

// Safeguards returns the safeguards in order: art. 46 and 47 tools, then art. 49(1) derogations, in a fresh slice.
func Safeguards() []Safeguard {
	return []Safeguard{SCC, BCR, PublicInstrument, AdministrativeArrangement, CodeOfConduct, Certification, DerogationConsent, DerogationContract, DerogationPublicInterest, DerogationLegalClaims, DerogationVitalInterests, DerogationPublicRegister}
}

// Valid reports whether s is one of the defined values.
func (s Safeguard) Valid() bool { return enum.Valid(s, safeguardCodes[:]) }

// String returns the stable code ("scc"), or "Safeguard(n)" for an invalid value.
func (s Safeguard) String() string { return enum.String(s, "Safeguard", safeguardCodes[:]) }

// Label returns the Danish wording of s, or English for an English tag.
func (s Safeguard) Label(tag language.Tag) string {
	if !s.Valid() {
		return s.String()
	}
	return safeguardLabels[s].In(tag)
}

// ParseSafeguard parses a code; "" gives the zero value. An unknown code is an
// error wrapping [ErrUnknownCode].
func ParseSafeguard(code string) (Safeguard, error) {
	return enum.Parse[Safeguard](code, "ropa: safeguard", safeguardCodes[:], ErrUnknownCode)
}

// MarshalText encodes s as its code; the zero value encodes as "".
func (s Safeguard) MarshalText() ([]byte, error) {
	return enum.Marshal(s, "ropa: Safeguard", safeguardCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code as [ParseSafeguard] does.
func (s *Safeguard) UnmarshalText(b []byte) (err error) {
	*s, err = ParseSafeguard(string(b))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (s *Safeguard) Scan(src any) error {
	return enum.Scan(s, src, "ropa: safeguard", safeguardCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (s Safeguard) Value() (driver.Value, error) {
	return enum.Value(s, "ropa: Safeguard", safeguardCodes[:], ErrUnknownCode)
}

// Article46 reports whether s is a transfer tool of GDPR art. 46 (or
// binding corporate rules, art. 47), which needs a transfer impact
// assessment (CJEU C-311/18, Schrems II).
func (s Safeguard) Article46() bool { return s >= SCC && s <= Certification }

// Derogation reports whether s is a derogation of GDPR art. 49(1).
func (s Safeguard) Derogation() bool { return s >= DerogationConsent && s <= DerogationPublicRegister }

// ExcludedForPublicAuthorities reports whether a public authority exercising
// its public powers cannot rely on s: the consent and contract derogations
// of GDPR art. 49(1)(a)-(c), by art. 49(3).
func (s Safeguard) ExcludedForPublicAuthorities() bool {
	return s == DerogationConsent || s == DerogationContract
}
