package gdpr

import (
	"database/sql/driver"
	"strings"

	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// LegalBasis is a legal basis for processing (behandlingsgrundlag,
// lovhjemmel): a provision of the GDPR or of databeskyttelsesloven, or a
// reference to special legislation such as "serviceloven § 50".
//
// The GDPR and databeskyttelsesloven provisions are constants whose value is
// their stable code ("art6_1_e"). Special legislation is made with
// [SpecialLaw] and encoded as "law:<reference>". The zero value "" is not
// set and not valid.
//
// Municipal processing mostly rests on art. 6(1)(c) or (e), with special
// legislation as the national law art. 6(3) asks for; consent should be
// used only where no other basis exists: an authority and a citizen are
// rarely equals, so consent is seldom freely given (GDPR recital 43).
type LegalBasis string

// GDPR art. 6(1): lawfulness of processing.
const (
	Art6Consent            LegalBasis = "art6_1_a" // consent
	Art6Contract           LegalBasis = "art6_1_b" // contract with the data subject
	Art6LegalObligation    LegalBasis = "art6_1_c" // legal obligation of the controller
	Art6VitalInterests     LegalBasis = "art6_1_d" // vital interests
	Art6PublicTask         LegalBasis = "art6_1_e" // public interest or official authority
	Art6LegitimateInterest LegalBasis = "art6_1_f" // legitimate interests (not for authorities' tasks)
)

// GDPR art. 9(2): conditions for special categories (sensitive data).
const (
	Art9ExplicitConsent   LegalBasis = "art9_2_a" // explicit consent
	Art9Employment        LegalBasis = "art9_2_b" // employment, social security and social protection law
	Art9VitalInterests    LegalBasis = "art9_2_c" // vital interests, subject incapable of consent
	Art9NotForProfit      LegalBasis = "art9_2_d" // foundations, associations, not-for-profit bodies
	Art9MadePublic        LegalBasis = "art9_2_e" // made manifestly public by the data subject
	Art9LegalClaims       LegalBasis = "art9_2_f" // legal claims and courts
	Art9SubstantialPublic LegalBasis = "art9_2_g" // substantial public interest
	Art9HealthCare        LegalBasis = "art9_2_h" // preventive or occupational medicine, health or social care
	Art9PublicHealth      LegalBasis = "art9_2_i" // public health
	Art9ArchivingResearch LegalBasis = "art9_2_j" // archiving, research and statistics
)

// GDPR art. 10 and databeskyttelsesloven (DBL) §§ 6-14.
const (
	Art10 LegalBasis = "art10"  // criminal convictions and offences
	DBL6  LegalBasis = "dbl_6"  // processing under GDPR art. 6
	DBL7  LegalBasis = "dbl_7"  // sensitive data under GDPR art. 9
	DBL8  LegalBasis = "dbl_8"  // criminal offences (public administration)
	DBL9  LegalBasis = "dbl_9"  // legal information systems of significant public importance
	DBL10 LegalBasis = "dbl_10" // statistics and science of significant public importance
	DBL11 LegalBasis = "dbl_11" // public authorities' use of the CPR number
	DBL12 LegalBasis = "dbl_12" // employment
	DBL13 LegalBasis = "dbl_13" // marketing
	DBL14 LegalBasis = "dbl_14" // archiving
)

const lawPrefix = "law:"

type basisInfo struct {
	basis LegalBasis
	ref   Text // short reference, as cited
	label Text // what it is about
}

var basisTable = [...]basisInfo{
	{Art6Consent, Text{"GDPR art. 6, stk. 1, litra a", "GDPR art. 6(1)(a)"}, Text{"samtykke", "consent"}},
	{Art6Contract, Text{"GDPR art. 6, stk. 1, litra b", "GDPR art. 6(1)(b)"}, Text{"kontrakt", "contract"}},
	{Art6LegalObligation, Text{"GDPR art. 6, stk. 1, litra c", "GDPR art. 6(1)(c)"}, Text{"retlig forpligtelse", "legal obligation"}},
	{Art6VitalInterests, Text{"GDPR art. 6, stk. 1, litra d", "GDPR art. 6(1)(d)"}, Text{"vitale interesser", "vital interests"}},
	{Art6PublicTask, Text{"GDPR art. 6, stk. 1, litra e", "GDPR art. 6(1)(e)"}, Text{"opgave i samfundets interesse eller myndighedsudøvelse", "public interest or official authority"}},
	{Art6LegitimateInterest, Text{"GDPR art. 6, stk. 1, litra f", "GDPR art. 6(1)(f)"}, Text{"legitime interesser", "legitimate interests"}},
	{Art9ExplicitConsent, Text{"GDPR art. 9, stk. 2, litra a", "GDPR art. 9(2)(a)"}, Text{"udtrykkeligt samtykke", "explicit consent"}},
	{Art9Employment, Text{"GDPR art. 9, stk. 2, litra b", "GDPR art. 9(2)(b)"}, Text{"arbejds-, sundheds- og socialretlige forpligtelser", "employment and social protection law"}},
	{Art9VitalInterests, Text{"GDPR art. 9, stk. 2, litra c", "GDPR art. 9(2)(c)"}, Text{"vitale interesser", "vital interests"}},
	{Art9NotForProfit, Text{"GDPR art. 9, stk. 2, litra d", "GDPR art. 9(2)(d)"}, Text{"foreninger og andre ikke-kommercielle organer", "not-for-profit bodies"}},
	{Art9MadePublic, Text{"GDPR art. 9, stk. 2, litra e", "GDPR art. 9(2)(e)"}, Text{"offentliggjort af den registrerede", "made public by the data subject"}},
	{Art9LegalClaims, Text{"GDPR art. 9, stk. 2, litra f", "GDPR art. 9(2)(f)"}, Text{"retskrav", "legal claims"}},
	{Art9SubstantialPublic, Text{"GDPR art. 9, stk. 2, litra g", "GDPR art. 9(2)(g)"}, Text{"væsentlige samfundsinteresser", "substantial public interest"}},
	{Art9HealthCare, Text{"GDPR art. 9, stk. 2, litra h", "GDPR art. 9(2)(h)"}, Text{"forebyggende medicin, sundheds- og socialsektoren", "health and social care"}},
	{Art9PublicHealth, Text{"GDPR art. 9, stk. 2, litra i", "GDPR art. 9(2)(i)"}, Text{"folkesundhed", "public health"}},
	{Art9ArchivingResearch, Text{"GDPR art. 9, stk. 2, litra j", "GDPR art. 9(2)(j)"}, Text{"arkivformål, forskning og statistik", "archiving, research and statistics"}},
	{Art10, Text{"GDPR art. 10", "GDPR art. 10"}, Text{"straffedomme og lovovertrædelser", "criminal convictions and offences"}},
	{DBL6, Text{"databeskyttelsesloven § 6", "Danish Data Protection Act s. 6"}, Text{"behandling efter GDPR art. 6", "processing under GDPR art. 6"}},
	{DBL7, Text{"databeskyttelsesloven § 7", "Danish Data Protection Act s. 7"}, Text{"følsomme oplysninger", "sensitive data"}},
	{DBL8, Text{"databeskyttelsesloven § 8", "Danish Data Protection Act s. 8"}, Text{"strafbare forhold", "criminal offences"}},
	{DBL9, Text{"databeskyttelsesloven § 9", "Danish Data Protection Act s. 9"}, Text{"retsinformationssystemer", "legal information systems"}},
	{DBL10, Text{"databeskyttelsesloven § 10", "Danish Data Protection Act s. 10"}, Text{"statistiske eller videnskabelige undersøgelser", "statistical or scientific studies"}},
	{DBL11, Text{"databeskyttelsesloven § 11", "Danish Data Protection Act s. 11"}, Text{"myndigheders behandling af personnummer", "public authorities' use of the CPR number"}},
	{DBL12, Text{"databeskyttelsesloven § 12", "Danish Data Protection Act s. 12"}, Text{"ansættelsesforhold", "employment"}},
	{DBL13, Text{"databeskyttelsesloven § 13", "Danish Data Protection Act s. 13"}, Text{"markedsføring", "marketing"}},
	{DBL14, Text{"databeskyttelsesloven § 14", "Danish Data Protection Act s. 14"}, Text{"arkivlovgivningen", "archiving legislation"}},
}

// LegalBases returns every GDPR and databeskyttelsesloven basis, in the
// order art. 6(1), art. 9(2), art. 10, DBL §§ 6-14.
func LegalBases() []LegalBasis {
	out := make([]LegalBasis, len(basisTable))
	for i, b := range basisTable {
		out[i] = b.basis
	}
	return out
}

// SpecialLaw returns a basis in special legislation, such as
// SpecialLaw("serviceloven § 50"). The reference is trimmed; it must not be
// empty, must be valid UTF-8 and must not contain control characters such
// as a line break, else [LegalBasis.Valid] is false.
func SpecialLaw(reference string) LegalBasis {
	return LegalBasis(lawPrefix + strings.TrimSpace(reference))
}

func (b LegalBasis) info() (basisInfo, bool) {
	for _, i := range basisTable {
		if i.basis == b {
			return i, true
		}
	}
	return basisInfo{}, false
}

// Law returns the reference of a special-legislation basis and true, or ""
// and false for any other basis.
func (b LegalBasis) Law() (string, bool) {
	ref, ok := strings.CutPrefix(string(b), lawPrefix)
	if !ok || !plainText(ref) {
		return "", false
	}
	return ref, true
}

// Valid reports whether b is a known provision or a well-formed reference
// to special legislation.
func (b LegalBasis) Valid() bool {
	if _, ok := b.info(); ok {
		return true
	}
	_, ok := b.Law()
	return ok
}

// Article6 reports whether b is one of the art. 6(1) bases.
func (b LegalBasis) Article6() bool { return strings.HasPrefix(string(b), "art6_1_") && b.Valid() }

// Article9 reports whether b is one of the art. 9(2) conditions.
func (b LegalBasis) Article9() bool { return strings.HasPrefix(string(b), "art9_2_") && b.Valid() }

// IsConsent reports whether b is consent, art. 6(1)(a) or art. 9(2)(a).
func (b LegalBasis) IsConsent() bool { return b == Art6Consent || b == Art9ExplicitConsent }

// String returns the code of b.
func (b LegalBasis) String() string { return string(b) }

// Reference returns the citation of b: "GDPR art. 6(1)(e)" in English,
// "GDPR art. 6, stk. 1, litra e" in Danish, or the special law as given.
func (b LegalBasis) Reference(tag language.Tag) string {
	if i, ok := b.info(); ok {
		return i.ref.In(tag)
	}
	if law, ok := b.Law(); ok {
		return law
	}
	return string(b)
}

// Label returns the citation followed by what the basis is about:
// "GDPR art. 6, stk. 1, litra c (retlig forpligtelse)".
func (b LegalBasis) Label(tag language.Tag) string {
	if i, ok := b.info(); ok {
		return i.ref.In(tag) + " (" + i.label.In(tag) + ")"
	}
	return b.Reference(tag)
}

// ParseLegalBasis parses a basis code ("art6_1_e", "dbl_11",
// "law:serviceloven § 50"); "" gives the zero value.
func ParseLegalBasis(s string) (LegalBasis, error) {
	b := LegalBasis(s)
	if s == "" || b.Valid() {
		return b, nil
	}
	return "", invalidf(CodeUnknown, "unknown legal basis %s", enum.Quote(s))
}

// MarshalText encodes b as its code; an invalid basis is an error.
func (b LegalBasis) MarshalText() ([]byte, error) {
	if b != "" && !b.Valid() {
		return nil, invalidf(CodeOutOfRange, "cannot encode legal basis %s", enum.Quote(string(b)))
	}
	return []byte(b), nil
}

// UnmarshalText decodes a code; an unknown code is an error.
func (b *LegalBasis) UnmarshalText(text []byte) (err error) {
	*b, err = ParseLegalBasis(string(text))
	return err
}

// Scan implements sql.Scanner.
func (b *LegalBasis) Scan(src any) error {
	return enum.ScanText(src, "gdpr: legal basis", b.UnmarshalText, ErrInvalid)
}

// Value implements driver.Valuer.
func (b LegalBasis) Value() (driver.Value, error) { return enum.TextValue(b.MarshalText) }
