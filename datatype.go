package gdpr

import (
	"database/sql/driver"
	"strings"

	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// DataType is one type of personal data, as ticked in section 1.1 of the
// seed DPIA template (002), or a custom type named with its category.
//
// The template's types are constants whose value is their stable code
// ("cpr_number"). A custom type, the template's "[EVT. ANDET]", is made with
// [CustomDataType] and is encoded as "custom:<category>:<name>", so it keeps
// its category wherever it goes. The zero value "" is not set and not valid.
type DataType string

// The data types of the municipal DPIA template, section 1.1, grouped by
// category.
const (
	// Ordinary data (almindelige personoplysninger).
	PersonName        DataType = "name"               // Navn
	ContactDetails    DataType = "contact"            // Kontaktoplysninger (arbejdsmail og telefon)
	PositionEducation DataType = "position_education" // Stilling og uddannelse
	Workplace         DataType = "workplace"          // Arbejdsplads
	Credentials       DataType = "credentials"        // Kodeord og brugernavn
	Recordings        DataType = "recordings"         // Optagelser af fx samtaler med de registrerede

	// Confidential data (fortrolige oplysninger).
	CPRNumber        DataType = "cpr_number"        // CPR-nr.
	SocialConditions DataType = "social_conditions" // Væsentlige sociale forhold

	// Sensitive data (følsomme personoplysninger), GDPR art. 9(1).
	Race             DataType = "race"              // Race
	Ethnicity        DataType = "ethnicity"         // Etnicitet
	PoliticalOpinion DataType = "political_opinion" // Politisk tilhørsforhold
	Belief           DataType = "belief"            // Religiøs eller filosofisk overbevisning
	TradeUnion       DataType = "trade_union"       // Fagforeningsmæssigt tilhørsforhold
	SexLife          DataType = "sex_life"          // Seksuelle forhold eller orientering
	Health           DataType = "health"            // Helbredsoplysninger
	Genetic          DataType = "genetic"           // Genetiske data
	Biometric        DataType = "biometric"         // Biometriske data

	// Criminal-offence data (strafbare forhold), GDPR art. 10.
	CriminalOffences DataType = "criminal_offences" // Oplysninger om strafbare forhold (f.eks. straffeattest)
)

type dataTypeInfo struct {
	typ      DataType
	category DataCategory
	label    Text
}

// dataTypeTable lists the template's types in its order. Read-only.
var dataTypeTable = [...]dataTypeInfo{
	{PersonName, Ordinary, Text{Da: "Navn", En: "Name"}},
	{ContactDetails, Ordinary, Text{Da: "Kontaktoplysninger (arbejdsmail og telefon)", En: "Contact details (work e-mail and phone)"}},
	{PositionEducation, Ordinary, Text{Da: "Stilling og uddannelse", En: "Position and education"}},
	{Workplace, Ordinary, Text{Da: "Arbejdsplads", En: "Workplace"}},
	{Credentials, Ordinary, Text{Da: "Kodeord og brugernavn", En: "Password and user name"}},
	{Recordings, Ordinary, Text{Da: "Optagelser af fx samtaler med de registrerede", En: "Recordings, e.g. of conversations with the data subjects"}},
	{CriminalOffences, Criminal, Text{Da: "Oplysninger om strafbare forhold (f.eks. straffeattest)", En: "Criminal offences (e.g. criminal record)"}},
	{CPRNumber, Confidential, Text{Da: "CPR-nr.", En: "CPR number"}},
	{SocialConditions, Confidential, Text{Da: "Væsentlige sociale forhold", En: "Significant social conditions"}},
	{Race, Sensitive, Text{Da: "Race", En: "Racial origin"}},
	{Ethnicity, Sensitive, Text{Da: "Etnicitet", En: "Ethnic origin"}},
	{PoliticalOpinion, Sensitive, Text{Da: "Politisk tilhørsforhold", En: "Political opinion"}},
	{Belief, Sensitive, Text{Da: "Religiøs eller filosofisk overbevisning", En: "Religious or philosophical belief"}},
	{TradeUnion, Sensitive, Text{Da: "Fagforeningsmæssigt tilhørsforhold", En: "Trade union membership"}},
	{SexLife, Sensitive, Text{Da: "Seksuelle forhold eller orientering", En: "Sex life or sexual orientation"}},
	{Health, Sensitive, Text{Da: "Helbredsoplysninger", En: "Health data"}},
	{Genetic, Sensitive, Text{Da: "Genetiske data", En: "Genetic data"}},
	{Biometric, Sensitive, Text{Da: "Biometriske data", En: "Biometric data"}},
}

const customPrefix = "custom:"

// DataTypes returns the seed template's data types in its order (ordinary,
// criminal, confidential, sensitive, as the form lists them).
func DataTypes() []DataType {
	out := make([]DataType, len(dataTypeTable))
	for i, d := range dataTypeTable {
		out[i] = d.typ
	}
	return out
}

// CustomDataType names a data type the template does not list, with its
// category chosen explicitly, e.g. CustomDataType("Skolekarakterer",
// Ordinary). The name is trimmed; it must not be empty, must be valid UTF-8
// and must not contain control characters such as a line break, and the
// category must be valid, else [DataType.Valid] is false.
func CustomDataType(name string, c DataCategory) DataType {
	return DataType(customPrefix + c.String() + ":" + strings.TrimSpace(name))
}

func (t DataType) info() (dataTypeInfo, bool) {
	for _, d := range dataTypeTable {
		if d.typ == t {
			return d, true
		}
	}
	return dataTypeInfo{}, false
}

// custom splits a custom type into its category and name.
func (t DataType) custom() (DataCategory, string, bool) {
	rest, ok := strings.CutPrefix(string(t), customPrefix)
	if !ok {
		return 0, "", false
	}
	code, name, ok := strings.Cut(rest, ":")
	if !ok || !plainText(name) {
		return 0, "", false
	}
	c, err := ParseDataCategory(code)
	if err != nil || c == 0 {
		return 0, "", false
	}
	return c, name, true
}

// IsCustom reports whether t is a valid custom type.
func (t DataType) IsCustom() bool {
	_, _, ok := t.custom()
	return ok
}

// Valid reports whether t is a template type or a well-formed custom type.
func (t DataType) Valid() bool {
	if _, ok := t.info(); ok {
		return true
	}
	return t.IsCustom()
}

// Category returns the tier of t, or 0 when t is not valid.
func (t DataType) Category() DataCategory {
	if d, ok := t.info(); ok {
		return d.category
	}
	c, _, _ := t.custom()
	return c
}

// String returns the code of t.
func (t DataType) String() string { return string(t) }

// Label returns the template's Danish wording of t, or English; a custom
// type's label is its name.
func (t DataType) Label(tag language.Tag) string {
	if d, ok := t.info(); ok {
		return d.label.In(tag)
	}
	if _, name, ok := t.custom(); ok {
		return name
	}
	return string(t)
}

// ParseDataType parses a data type code; "" gives the zero value, anything
// else that is not valid is an error.
func ParseDataType(s string) (DataType, error) {
	t := DataType(s)
	if s == "" || t.Valid() {
		return t, nil
	}
	return "", invalidf(CodeUnknown, "unknown data type %s", enum.Quote(s))
}

// MarshalText encodes t as its code; an invalid type is an error.
func (t DataType) MarshalText() ([]byte, error) {
	if t != "" && !t.Valid() {
		return nil, invalidf(CodeOutOfRange, "cannot encode data type %s", enum.Quote(string(t)))
	}
	return []byte(t), nil
}

// UnmarshalText decodes a code; an unknown code is an error.
func (t *DataType) UnmarshalText(b []byte) (err error) {
	*t, err = ParseDataType(string(b))
	return err
}

// Scan implements sql.Scanner.
func (t *DataType) Scan(src any) error {
	return enum.ScanText(src, "gdpr: data type", t.UnmarshalText, ErrInvalid)
}

// Value implements driver.Valuer.
func (t DataType) Value() (driver.Value, error) { return enum.TextValue(t.MarshalText) }

// HighestCategory returns the highest tier among types, which is the tier
// of a processing that handles them all, or 0 when there are
// none. Invalid types are ignored.
func HighestCategory(types ...DataType) DataCategory {
	var max DataCategory
	for _, t := range types {
		if c := t.Category(); c > max {
			max = c
		}
	}
	return max
}
