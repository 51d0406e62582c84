package overview

import (
	"github.com/dkgdpr/gdpr/internal/enum"
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

var areaDef = enum.Def[Area]{
	Type: "Area",
	Kind: "overview: area",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Records:    {Code: "records", Da: "Fortegnelser", En: "Records of processing"},
		Consents:   {Code: "consents", Da: "Samtykker", En: "Consents"},
		Agreements: {Code: "agreements", Da: "Databehandleraftaler", En: "Data processing agreements"},
		Screenings: {Code: "screenings", Da: "Screeninger", En: "Screenings"},
		DPIAs:      {Code: "dpias", Da: "Konsekvensanalyser", En: "Impact assessments (DPIA)"},
		Risks:      {Code: "risks", Da: "Risikovurderinger", En: "Risk assessments"},
		Breaches:   {Code: "breaches", Da: "Brud på persondatasikkerheden", En: "Personal data breaches"},
		Requests:   {Code: "requests", Da: "Anmodninger fra registrerede", En: "Data-subject requests"},
	},
}

// numAreas is the number of areas; tables indexed by Area have numAreas+1
// entries.
const numAreas = int(Requests)

// Areas returns the areas in the order of a report, in a fresh slice.
func Areas() []Area {
	out := make([]Area, numAreas)
	for i := range out {
		out[i] = Area(i + 1)
	}
	return out
}

// field is the name of the area's list in a Municipality's JSON, which
// starts the path of a finding ("records[3].retention").
func (a Area) field() string {
	if !a.Valid() {
		return ""
	}
	return areaDef.Entries[a].Code
}
