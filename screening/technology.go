package screening

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Technology is a technology or collection method asked about in section 2
// of the seed template ("Indsamlingen af personoplysninger og
// teknologier"), questions 2.1-2.14. [Facts] list the ones a processing
// uses, and [Suggest] reads them. The zero value means "not set".
type Technology uint8

// The technologies, in the template's order.
const (
	TrackingData   Technology = iota + 1 // 2.1 Tracking/overvågningsdata
	Servers                              // 2.2 Servere (hjemmesider, e-mails, netværk)
	Computers                            // 2.3 Personlige computere
	MobileDevices                        // 2.4 Mobiltelefoner og tablets
	StorageDevices                       // 2.5 Lagerenheder (USB, SD-kort)
	SocialMedia                          // 2.6 Sociale medier
	CCTV                                 // 2.7 TV-overvågning
	Tracking                             // 2.8 Sporing (GPS, logning, metadata, backup, adfærd/resultater)
	Biometrics                           // 2.9 Biometri (ansigtsgenkendelse, fingeraflæser)
	AI                                   // 2.10 Kunstig intelligens
	IoT                                  // 2.11 IoT eller andre nye teknologier
	MobileApps                           // 2.12 Applikationer til mobile enheder
	OtherSpecial                         // 2.13 Andre særlige teknologiformer
	Combination                          // 2.14 Kombination eller matching med andre systemer og kilder
)

var technologyCodes = [...]string{
	"",
	"tracking_data",
	"servers",
	"computers",
	"mobile_devices",
	"storage_devices",
	"social_media",
	"cctv",
	"tracking",
	"biometrics",
	"artificial_intelligence",
	"iot",
	"mobile_apps",
	"other_special",
	"combination",
}

// technologyLabels follow the template's questions 2.1-2.14.
var technologyLabels = [...]gdpr.Text{
	{},
	{Da: "Tracking/overvågningsdata (også ved brug af computer, telefon eller lignende)", En: "Tracking or monitoring data (also through computers, phones or the like)"},
	{Da: "Servere (f.eks. hjemmesider, e-mails og netværk)", En: "Servers (e.g. websites, e-mail and networks)"},
	{Da: "Personlige computere (f.eks. bærbar og stationær)", En: "Personal computers (e.g. laptops and desktops)"},
	{Da: "Mobiltelefoner og tablets", En: "Mobile phones and tablets"},
	{Da: "Lagerenheder (USB, SD kort mv.)", En: "Storage devices (USB, SD cards etc.)"},
	{Da: "Sociale medier", En: "Social media"},
	{Da: "TV-overvågning", En: "CCTV"},
	{Da: "Sporing (GPS, logning, metadata, backup eller sporing af adfærd/resultater)", En: "Tracking (GPS, logging, metadata, backup or tracking of behaviour or results)"},
	{Da: "Biometri (ansigtsgenkendelse, fingeraflæser m.v.)", En: "Biometrics (face recognition, fingerprint readers etc.)"},
	{Da: "Kunstig intelligens", En: "Artificial intelligence"},
	{Da: "Teknologi, der knytter sig til fysiske ting i internettet (IoT), eller andre nye teknologier", En: "Internet of Things (IoT) or other new technologies"},
	{Da: "Applikationer til mobile enheder", En: "Apps for mobile devices"},
	{Da: "Andre særlige teknologiformer", En: "Other special technologies"},
	{Da: "Kombination eller matching med personoplysninger fra andre systemer og kilder", En: "Combining or matching with personal data from other systems and sources"},
}

// Technologies returns every technology in the template's order.
func Technologies() []Technology {
	out := make([]Technology, len(technologyCodes)-1)
	for i := range out {
		out[i] = Technology(i + 1)
	}
	return out
}

// Valid reports whether t is a defined technology.
func (t Technology) Valid() bool { return enum.Valid(t, technologyCodes[:]) }

// String returns the stable code ("cctv"), or "Technology(20)".
func (t Technology) String() string { return enum.String(t, "Technology", technologyCodes[:]) }

// Label returns the template's Danish wording of t, or English.
func (t Technology) Label(tag language.Tag) string {
	if !t.Valid() {
		return t.String()
	}
	return technologyLabels[t].In(tag)
}

// Question returns the number of the template question that asks about t,
// "2.1" to "2.14", or "" for an invalid value.
func (t Technology) Question() string {
	if !t.Valid() {
		return ""
	}
	return questionNumbers[t]
}

var questionNumbers = [...]string{"", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10", "2.11", "2.12", "2.13", "2.14"}

// ParseTechnology parses a technology code; "" gives the zero value.
func ParseTechnology(code string) (Technology, error) {
	return parseCode[Technology](code, "technology", technologyCodes[:])
}

// MarshalText encodes t as its code; the zero value encodes as "".
func (t Technology) MarshalText() ([]byte, error) {
	return marshalCode(t, "Technology", technologyCodes[:])
}

// UnmarshalText decodes a code; an unknown code is an error.
func (t *Technology) UnmarshalText(b []byte) (err error) {
	*t, err = ParseTechnology(string(b))
	return err
}

// Scan implements sql.Scanner.
func (t *Technology) Scan(src any) error {
	return scanCode(t, src, "technology", technologyCodes[:])
}

// Value implements driver.Valuer.
func (t Technology) Value() (driver.Value, error) {
	return valueCode(t, "Technology", technologyCodes[:])
}
