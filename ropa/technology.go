package ropa

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Technology is a kind of technology the processing uses (seed 002,
// questions 2.2-2.13). Several of them weigh in the DPIA screening: tracking
// and CCTV (systematic monitoring), biometrics, artificial intelligence and
// IoT (new technology). The zero value means "not set" and is not valid.
type Technology uint8

// The values of Technology.
const (
	Servers         Technology = iota + 1 // servers: 2.2
	Computers                             // computers: 2.3
	MobileDevices                         // mobile_devices: 2.4
	StorageMedia                          // storage_media: 2.5
	SocialMedia                           // social_media: 2.6
	CCTV                                  // cctv: 2.7
	Tracking                              // tracking: 2.8
	Biometrics                            // biometrics: 2.9
	AI                                    // ai: 2.10
	IoT                                   // iot: 2.11
	MobileApps                            // mobile_apps: 2.12
	OtherTechnology                       // other: 2.13
)

var technologyCodes = [...]string{"", "servers", "computers", "mobile_devices", "storage_media", "social_media", "cctv", "tracking", "biometrics", "ai", "iot", "mobile_apps", "other"}

var technologyLabels = [...]gdpr.Text{
	{},
	{Da: "Servere (f.eks. hjemmesider, e-mails og netværk)", En: "Servers (e.g. websites, e-mail and networks)"},
	{Da: "Personlige computere (bærbare og stationære)", En: "Personal computers (laptops and desktops)"},
	{Da: "Mobiltelefoner og tablets", En: "Mobile phones and tablets"},
	{Da: "Lagerenheder (USB, SD-kort mv.)", En: "Storage media (USB, SD cards and the like)"},
	{Da: "Sociale medier", En: "Social media"},
	{Da: "TV-overvågning", En: "CCTV"},
	{Da: "Sporing (GPS, logning, metadata, backup eller sporing af adfærd/resultater)", En: "Tracking (GPS, logging, metadata, backup or tracking of behaviour or results)"},
	{Da: "Biometri (ansigtsgenkendelse, fingeraflæser mv.)", En: "Biometrics (face recognition, fingerprint readers and the like)"},
	{Da: "Kunstig intelligens", En: "Artificial intelligence"},
	{Da: "Internet of Things (IoT) eller andre nye teknologier", En: "Internet of Things (IoT) or other new technologies"},
	{Da: "Applikationer til mobile enheder", En: "Apps for mobile devices"},
	{Da: "Andre særlige teknologiformer", En: "Other special technologies"},
}

// Technologies returns the technologies in the template's order, in a fresh slice.
func Technologies() []Technology {
	return []Technology{Servers, Computers, MobileDevices, StorageMedia, SocialMedia, CCTV, Tracking, Biometrics, AI, IoT, MobileApps, OtherTechnology}
}

// Valid reports whether t is one of the defined values.
func (t Technology) Valid() bool { return enum.Valid(t, technologyCodes[:]) }

// String returns the stable code ("servers"), or "Technology(n)" for an invalid value.
func (t Technology) String() string { return enum.String(t, "Technology", technologyCodes[:]) }

// Label returns the Danish wording of t, or English for an English tag.
func (t Technology) Label(tag language.Tag) string {
	if !t.Valid() {
		return t.String()
	}
	return technologyLabels[t].In(tag)
}

// ParseTechnology parses a code; "" gives the zero value. An unknown code is an
// error wrapping [ErrUnknownCode].
func ParseTechnology(code string) (Technology, error) {
	return enum.Parse[Technology](code, "ropa: technology", technologyCodes[:], ErrUnknownCode)
}

// MarshalText encodes t as its code; the zero value encodes as "".
func (t Technology) MarshalText() ([]byte, error) {
	return enum.Marshal(t, "ropa: Technology", technologyCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code as [ParseTechnology] does.
func (t *Technology) UnmarshalText(b []byte) (err error) {
	*t, err = ParseTechnology(string(b))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (t *Technology) Scan(src any) error {
	return enum.Scan(t, src, "ropa: technology", technologyCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (t Technology) Value() (driver.Value, error) {
	return enum.Value(t, "ropa: Technology", technologyCodes[:], ErrUnknownCode)
}
