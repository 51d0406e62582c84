package gdpr

import "github.com/dkgdpr/gdpr/internal/enum"

// Technology is a technology or collection method asked about in section 2
// of "the processing" in the municipal DPIA template ("Indsamlingen af
// personoplysninger og teknologier"), questions 2.1-2.14. A record of
// processing activities lists the ones a processing uses, and a DPIA
// screening reads them: tracking and CCTV weigh as systematic monitoring,
// biometrics, artificial intelligence and IoT as new technology, combining
// as matching datasets. The zero value means "not set" and is not valid.
type Technology uint8

// The technologies, in the template's order.
const (
	// TrackingData is 2.1's first box: tracking or monitoring data, also
	// through computers, phones or the like, as a way of collecting.
	TrackingData    Technology = iota + 1
	Servers                    // 2.2 servers (websites, e-mail, networks)
	Computers                  // 2.3 personal computers
	MobileDevices              // 2.4 mobile phones and tablets
	StorageMedia               // 2.5 storage devices (USB, SD cards)
	SocialMedia                // 2.6 social media
	CCTV                       // 2.7 CCTV
	Tracking                   // 2.8 tracking (GPS, logging, metadata, backup, behaviour or results)
	Biometrics                 // 2.9 biometrics (face recognition, fingerprint readers)
	AI                         // 2.10 artificial intelligence
	IoT                        // 2.11 IoT or other new technologies
	MobileApps                 // 2.12 apps for mobile devices
	OtherTechnology            // 2.13 other special technologies
	// Combination is 2.14: the data are combined or matched with personal
	// data from other systems and sources.
	Combination
)

// technologyDef is the table of Technology: codes, and labels in the
// template's wording.
var technologyDef = enum.Def[Technology]{
	Type: "Technology",
	Kind: "gdpr: technology",
	Err:  ErrInvalid,
	Entries: []enum.Entry{
		TrackingData:    {Code: "tracking_data", Da: "Tracking/overvågningsdata (også ved brug af computer, telefon eller lignende)", En: "Tracking or monitoring data (also through computers, phones or the like)"},
		Servers:         {Code: "servers", Da: "Servere (f.eks. hjemmesider, e-mails og netværk)", En: "Servers (e.g. websites, e-mail and networks)"},
		Computers:       {Code: "computers", Da: "Personlige computere (f.eks. bærbar og stationær)", En: "Personal computers (e.g. laptops and desktops)"},
		MobileDevices:   {Code: "mobile_devices", Da: "Mobiltelefoner og tablets", En: "Mobile phones and tablets"},
		StorageMedia:    {Code: "storage_media", Da: "Lagerenheder (USB, SD kort mv.)", En: "Storage devices (USB, SD cards and the like)"},
		SocialMedia:     {Code: "social_media", Da: "Sociale medier", En: "Social media"},
		CCTV:            {Code: "cctv", Da: "TV-overvågning", En: "CCTV"},
		Tracking:        {Code: "tracking", Da: "Sporing (GPS, logning, metadata, backup eller sporing af adfærd/resultater)", En: "Tracking (GPS, logging, metadata, backup or tracking of behaviour or results)"},
		Biometrics:      {Code: "biometrics", Da: "Biometri (ansigtsgenkendelse, fingeraflæser m.v.)", En: "Biometrics (face recognition, fingerprint readers and the like)"},
		AI:              {Code: "ai", Da: "Kunstig intelligens", En: "Artificial intelligence"},
		IoT:             {Code: "iot", Da: "Teknologi, der knytter sig til fysiske ting i internettet (IoT), eller andre nye teknologier", En: "Technology tied to physical things on the internet (IoT), or other new technologies"},
		MobileApps:      {Code: "mobile_apps", Da: "Applikationer til mobile enheder", En: "Apps for mobile devices"},
		OtherTechnology: {Code: "other", Da: "Andre særlige teknologiformer", En: "Other special technologies"},
		Combination:     {Code: "combination", Da: "Kombination eller matching med personoplysninger fra andre systemer og kilder", En: "Combining or matching with personal data from other systems and sources"},
	},
}

// technologyQuestions are the numbers of the template's questions, by
// constant.
var technologyQuestions = [...]string{
	TrackingData: "2.1", Servers: "2.2", Computers: "2.3", MobileDevices: "2.4", StorageMedia: "2.5",
	SocialMedia: "2.6", CCTV: "2.7", Tracking: "2.8", Biometrics: "2.9", AI: "2.10", IoT: "2.11",
	MobileApps: "2.12", OtherTechnology: "2.13", Combination: "2.14",
}

// Technologies returns every technology in the template's order, in a
// fresh slice.
func Technologies() []Technology { return technologyDef.Values() }

// Question returns the number of the template's question that asks about
// t, "2.1" to "2.14", or "" for an invalid value.
func (t Technology) Question() string {
	if !t.Valid() {
		return ""
	}
	return technologyQuestions[t]
}

// AskedYesNo reports whether the template asks about t as a yes/no
// question of its own (2.2-2.14); tracking data (2.1) is a box of the
// question on how the data are collected.
func (t Technology) AskedYesNo() bool { return t.Valid() && t != TrackingData }
