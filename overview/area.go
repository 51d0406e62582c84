package overview

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Area is one kind of object in a [Municipality]: records of processing,
// consents, data processing agreements, screenings, impact assessments, risk
// assessments, breaches and data-subject requests. Every [Finding] and every
// [Due] names the area of the object it is about. Areas are ordered as a
// report lists them. The zero value means "not set" and is not valid; where
// a count takes an area, the zero value means "every area".
type Area uint8

// The areas, in the order of a report.
const (
	Records    Area = iota + 1 // records: Fortegnelser (ropa.Record, GDPR art. 30)
	Consents                   // consents: Samtykker (ropa.Consent, GDPR art. 7)
	Agreements                 // agreements: Databehandleraftaler (dpa.Agreement, GDPR art. 28)
	Screenings                 // screenings: Screeninger (screening.Screening, GDPR art. 35(1))
	DPIAs                      // dpias: Konsekvensanalyser (dpia.Assessment, GDPR art. 35)
	Risks                      // risks: Risikovurderinger (risk.Assessment)
	Breaches                   // breaches: Brud på persondatasikkerheden (breach.Incident, GDPR art. 33, 34)
	Requests                   // requests: Anmodninger fra registrerede (rights.Request, GDPR art. 12-22)
)

var areaCodes = [...]string{"", "records", "consents", "agreements", "screenings", "dpias", "risks", "breaches", "requests"}

var areaLabels = [...]gdpr.Text{
	{},
	{Da: "Fortegnelser", En: "Records of processing"},
	{Da: "Samtykker", En: "Consents"},
	{Da: "Databehandleraftaler", En: "Data processing agreements"},
	{Da: "Screeninger", En: "Screenings"},
	{Da: "Konsekvensanalyser", En: "Impact assessments (DPIA)"},
	{Da: "Risikovurderinger", En: "Risk assessments"},
	{Da: "Brud på persondatasikkerheden", En: "Personal data breaches"},
	{Da: "Anmodninger fra registrerede", En: "Data-subject requests"},
}

// numAreas is the number of areas; tables indexed by Area have numAreas+1
// entries.
const numAreas = len(areaCodes) - 1

// Areas returns the areas in the order of a report, in a fresh slice.
func Areas() []Area {
	out := make([]Area, numAreas)
	for i := range out {
		out[i] = Area(i + 1)
	}
	return out
}

// Valid reports whether a is one of the defined areas.
func (a Area) Valid() bool { return enum.Valid(a, areaCodes[:]) }

// String returns the stable code ("agreements"), or "Area(9)" for an
// invalid value.
func (a Area) String() string { return enum.String(a, "Area", areaCodes[:]) }

// Label returns the Danish name of a, or the English one for an English tag.
func (a Area) Label(tag language.Tag) string {
	if !a.Valid() {
		return a.String()
	}
	return areaLabels[a].In(tag)
}

// MarshalText encodes a as its code; the zero value encodes as "".
func (a Area) MarshalText() ([]byte, error) {
	return enum.Marshal(a, "overview: Area", areaCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code as ParseArea does.
func (a *Area) UnmarshalText(b []byte) (err error) {
	*a, err = ParseArea(string(b))
	return err
}

// ParseArea parses an area code; "" gives the zero value and an unknown code
// is an error wrapping ErrUnknownCode.
func ParseArea(code string) (Area, error) {
	return enum.Parse[Area](code, "overview: area", areaCodes[:], ErrUnknownCode)
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (a *Area) Scan(src any) error {
	return enum.Scan(a, src, "overview: area", areaCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (a Area) Value() (driver.Value, error) {
	return enum.Value(a, "overview: Area", areaCodes[:], ErrUnknownCode)
}

// field is the name of the area's list in a Municipality's JSON, which
// starts the path of a finding ("records[3].retention").
func (a Area) field() string {
	if !a.Valid() {
		return ""
	}
	return areaCodes[a]
}
