package main

import (
	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/ropa"
)

// This file holds the tables the generator draws from: the municipality's
// processing activities with their legal bases, KLE numbers and data, the
// units that carry them out, the systems and the processors. Every name is
// made up; the KLE numbers and the laws are those a Danish municipality
// files such processing under. The tables are read-only.

// municipalityName and municipalityCVR name the synthetic controller. The
// CVR number is the module's sample number (it passes the modulus 11 check).
const (
	municipalityName = "Fjordby Kommune"
	municipalityCVR  = "29189846"
	dpoMail          = "dpo@fjordby.dk"
)

// subjects is a category of data subjects with the data types processed
// about it.
type subjects struct {
	group gdpr.SubjectGroup
	types []gdpr.DataType
}

// activity is a kind of processing a municipality carries out, often once
// per unit (each school, each care centre): what the record of processing
// says about it.
type activity struct {
	name     string   // "Elevadministration"
	area     string   // the department (forvaltning)
	unit     unitKind // the kind of unit that carries it out, or none
	kle      string   // the KLE number it is filed under
	purpose  string
	bases    []gdpr.LegalBasis
	subjects []subjects
	years    int          // the erasure time limit in years
	trigger  ropa.Trigger // what starts it
	archive  ropa.ArchiveCode
	system   int // index in systems
	perYear  int // data subjects a year, for the whole municipality
	tech     []gdpr.Technology
	consent  bool // the purpose rests on consent
	owner    string
}

// unitKind is the kind of unit that carries out an activity.
type unitKind uint8

const (
	central unitKind = iota // the administration itself
	school
	daycare
	careCentre
	homeCareDistrict
	jobCentre
	library
)

// units lists the units of each kind.
var units = [...][]string{
	central: {""},
	school: {"Skovbakkeskolen", "Nørrevangsskolen", "Østre Skole", "Fjordskolen", "Engskolen", "Bakkegårdsskolen",
		"Vestervang Skole", "Strandskolen", "Kildeskolen", "Lindeskolen", "Hedeskolen", "Toftegårdsskolen"},
	daycare: {"Børnehuset Mælkebøtten", "Vuggestuen Solsikken", "Naturbørnehaven Egern", "Børnehaven Regnbuen",
		"Dagplejen Nord", "Dagplejen Syd", "Børnehuset Troldehøj", "Integreret institution Stjernen",
		"Børnehaven Kastanjen", "Vuggestuen Spirehuset"},
	careCentre: {"Plejecenter Solgården", "Plejecenter Fjordhøj", "Plejecenter Lindely", "Plejecenter Engbo",
		"Plejecenter Ahornhaven", "Rehabiliteringscenter Vestbo"},
	homeCareDistrict: {"Hjemmeplejen Nord", "Hjemmeplejen Syd", "Hjemmeplejen Øst", "Hjemmeplejen Vest",
		"Hjemmeplejen Midt", "Sygeplejen"},
	jobCentre: {"Jobcenter Fjordby", "Ungeindsatsen", "Virksomhedsservice"},
	library:   {"Hovedbiblioteket", "Filial Strandby", "Filial Kildeby", "Bogbussen"},
}

// systems names the IT systems, by kind. Agreements cover one system each.
var systems = [...]string{
	"ESDH-system", "Elevadministrationssystem", "Skoleplatform", "Dagtilbudsportal", "Omsorgssystem",
	"Lønsystem", "Rekrutteringssystem", "Jobcentersystem", "Ydelsessystem", "Tandplejesystem",
	"Sundhedsplejejournal", "Byggesagssystem", "Affaldssystem", "Parkeringssystem", "Videoovervågning",
	"Kørselssystem", "Hjælpemiddelsystem", "Biblioteksystem", "Nyhedsbrevsværktøj", "Bookingsystem",
	"Borgerservicesystem", "Samarbejdsplatform i skyen", "Fagsystem for børn og unge", "Misbrugsbehandling",
	"Økonomisystem",
}

// Data types used by many activities.
var (
	basic       = []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails}
	basicCPR    = []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails, gdpr.CPRNumber}
	health      = []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails, gdpr.CPRNumber, gdpr.Health}
	social      = []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails, gdpr.CPRNumber, gdpr.SocialConditions}
	socialCare  = []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails, gdpr.CPRNumber, gdpr.Health, gdpr.SocialConditions}
	employee    = []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails, gdpr.CPRNumber, gdpr.PositionEducation, gdpr.Workplace}
	employeeAll = []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails, gdpr.CPRNumber, gdpr.PositionEducation,
		gdpr.Workplace, gdpr.Health, gdpr.TradeUnion}
)

// law returns a basis in special legislation.
func law(ref string) gdpr.LegalBasis { return gdpr.SpecialLaw(ref) }

// activities are the kinds of processing of the synthetic municipality.
var activities = []activity{
	{name: "Elevadministration", area: "Børn og Unge", unit: school, kle: "17.01.00",
		purpose: "Indskrivning, klassedannelse, fravær og kontakt med forældre efter folkeskoleloven",
		bases:   []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.Art9SubstantialPublic, gdpr.DBL7, gdpr.DBL11, law("folkeskoleloven")},
		subjects: []subjects{{gdpr.Pupils, []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails, gdpr.CPRNumber, gdpr.Health}},
			{gdpr.Relatives, basic}},
		years: 5, trigger: ropa.RelationshipEnded, archive: ropa.Discard, system: 1, perYear: 650,
		tech: []gdpr.Technology{gdpr.Servers, gdpr.Computers}, owner: "Skoleleder"},
	{name: "Skoleplatform og kommunikation med forældre", area: "Børn og Unge", unit: school, kle: "17.01.05",
		purpose: "Kommunikation mellem skole, elever og forældre",
		bases:   []gdpr.LegalBasis{gdpr.Art6PublicTask, law("folkeskoleloven")},
		subjects: []subjects{{gdpr.Pupils, []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails, gdpr.Credentials}},
			{gdpr.Relatives, basic}, {gdpr.Employees, basic}},
		years: 1, trigger: ropa.RelationshipEnded, archive: ropa.Discard, system: 2, perYear: 700,
		tech: []gdpr.Technology{gdpr.Servers, gdpr.MobileApps}, owner: "Skoleleder"},
	{name: "Specialpædagogisk bistand (PPR)", area: "Børn og Unge", unit: central, kle: "17.13.00",
		purpose: "Pædagogisk-psykologisk vurdering og specialpædagogisk bistand",
		bases:   []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.Art9HealthCare, gdpr.DBL7, gdpr.DBL11, law("folkeskoleloven § 12")},
		subjects: []subjects{{gdpr.Pupils, []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber, gdpr.Health, gdpr.SocialConditions}},
			{gdpr.Relatives, basic}},
		years: 5, trigger: ropa.CaseClosed, archive: ropa.Preserve, system: 0, perYear: 900,
		tech: []gdpr.Technology{gdpr.Servers, gdpr.Computers}, owner: "Leder af PPR"},
	{name: "Pladsanvisning og dagtilbud", area: "Børn og Unge", unit: daycare, kle: "28.03.00",
		purpose:  "Anvisning af plads, forældrebetaling og søskenderabat efter dagtilbudsloven",
		bases:    []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.DBL11, law("dagtilbudsloven")},
		subjects: []subjects{{gdpr.Children, basicCPR}, {gdpr.Relatives, basicCPR}},
		years:    5, trigger: ropa.RelationshipEnded, archive: ropa.Discard, system: 3, perYear: 1200,
		tech: []gdpr.Technology{gdpr.Servers, gdpr.MobileApps}, owner: "Dagtilbudsleder"},
	{name: "Foto og video i dagtilbud", area: "Børn og Unge", unit: daycare, kle: "28.03.10",
		purpose:  "Billeder af børnenes hverdag til forældre og til institutionens hjemmeside",
		bases:    []gdpr.LegalBasis{gdpr.Art6Consent},
		subjects: []subjects{{gdpr.Children, []gdpr.DataType{gdpr.PersonName, gdpr.Recordings}}},
		years:    1, trigger: ropa.PurposeFulfilled, archive: ropa.Discard, system: 3, perYear: 400,
		tech: []gdpr.Technology{gdpr.MobileDevices, gdpr.SocialMedia}, consent: true, owner: "Dagtilbudsleder"},
	{name: "Børne- og ungesager (underretninger og foranstaltninger)", area: "Børn og Unge", unit: central, kle: "27.12.00",
		purpose: "Behandling af underretninger, børnefaglige undersøgelser og foranstaltninger efter barnets lov",
		bases: []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.Art6LegalObligation, gdpr.Art9HealthCare, gdpr.DBL7,
			gdpr.Art10, gdpr.DBL8, gdpr.DBL11, law("barnets lov")},
		subjects: []subjects{{gdpr.Children, []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber, gdpr.Health, gdpr.SocialConditions,
			gdpr.CriminalOffences}}, {gdpr.Relatives, social}},
		years: 10, trigger: ropa.CaseClosed, archive: ropa.Preserve, system: 22, perYear: 1100,
		tech: []gdpr.Technology{gdpr.Servers, gdpr.Computers}, owner: "Familiechef"},
	{name: "Sundhedspleje", area: "Børn og Unge", unit: central, kle: "29.30.00",
		purpose:  "Sundhedsplejerskens besøg og journalføring efter sundhedsloven",
		bases:    []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.Art9HealthCare, gdpr.DBL7, gdpr.DBL11, law("sundhedsloven § 120")},
		subjects: []subjects{{gdpr.Children, health}, {gdpr.Relatives, basicCPR}},
		years:    10, trigger: ropa.Received, archive: ropa.Discard, system: 10, perYear: 1500,
		tech: []gdpr.Technology{gdpr.Servers, gdpr.MobileDevices}, owner: "Leder af sundhedsplejen"},
	{name: "Kommunal tandpleje", area: "Børn og Unge", unit: central, kle: "29.33.00",
		purpose:  "Undersøgelse og behandling af børn og unge efter sundhedsloven",
		bases:    []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.Art9HealthCare, gdpr.DBL7, gdpr.DBL11, law("sundhedsloven § 127")},
		subjects: []subjects{{gdpr.Children, health}, {gdpr.Relatives, basic}},
		years:    10, trigger: ropa.Received, archive: ropa.Discard, system: 9, perYear: 9000,
		tech: []gdpr.Technology{gdpr.Servers, gdpr.Computers}, owner: "Overtandlæge"},
	{name: "Visitation og levering af hjemmepleje", area: "Social og Sundhed", unit: homeCareDistrict, kle: "27.24.00",
		purpose:  "Visitation til og levering af personlig og praktisk hjælp efter serviceloven § 83",
		bases:    []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.Art9HealthCare, gdpr.DBL7, gdpr.DBL11, law("serviceloven § 83")},
		subjects: []subjects{{gdpr.Elderly, socialCare}, {gdpr.Relatives, basic}},
		years:    5, trigger: ropa.CaseClosed, archive: ropa.Discard, system: 4, perYear: 3800,
		tech: []gdpr.Technology{gdpr.Servers, gdpr.MobileDevices, gdpr.MobileApps}, owner: "Chef for Myndighed og Visitation"},
	{name: "Ophold og pleje på plejecenter", area: "Social og Sundhed", unit: careCentre, kle: "27.20.00",
		purpose:  "Pleje, omsorg og sundhedsfaglig dokumentation for beboere",
		bases:    []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.Art9HealthCare, gdpr.DBL7, gdpr.DBL11, law("serviceloven § 192")},
		subjects: []subjects{{gdpr.Elderly, socialCare}, {gdpr.Relatives, basic}},
		years:    10, trigger: ropa.RelationshipEnded, archive: ropa.Discard, system: 4, perYear: 400,
		tech: []gdpr.Technology{gdpr.Servers, gdpr.MobileDevices, gdpr.IoT}, owner: "Centerleder"},
	{name: "Velfærdsteknologi: sensorer og nødkald", area: "Social og Sundhed", unit: careCentre, kle: "27.36.00",
		purpose:  "Faldsensorer og nødkald, der tilkalder personalet",
		bases:    []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.Art9HealthCare, gdpr.DBL7, law("serviceloven § 112")},
		subjects: []subjects{{gdpr.Elderly, []gdpr.DataType{gdpr.PersonName, gdpr.Health}}},
		years:    1, trigger: ropa.Received, archive: ropa.Discard, system: 16, perYear: 300,
		tech: []gdpr.Technology{gdpr.IoT, gdpr.Tracking}, owner: "Centerleder"},
	{name: "Hjælpemidler og boligindretning", area: "Social og Sundhed", unit: central, kle: "27.37.00",
		purpose:  "Bevilling af hjælpemidler efter serviceloven § 112 og § 116",
		bases:    []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.Art9HealthCare, gdpr.DBL7, gdpr.DBL11, law("serviceloven § 112")},
		subjects: []subjects{{gdpr.Citizens, health}},
		years:    5, trigger: ropa.CaseClosed, archive: ropa.Discard, system: 16, perYear: 2500,
		tech: []gdpr.Technology{gdpr.Servers}, owner: "Leder af Hjælpemiddelcentret"},
	{name: "Misbrugsbehandling", area: "Social og Sundhed", unit: central, kle: "29.39.00",
		purpose: "Behandling for alkohol- og stofmisbrug efter sundhedsloven og serviceloven",
		bases: []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.Art9HealthCare, gdpr.DBL7, gdpr.Art10, gdpr.DBL8, gdpr.DBL11,
			law("sundhedsloven § 141")},
		subjects: []subjects{{gdpr.Patients, []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber, gdpr.Health, gdpr.SocialConditions,
			gdpr.CriminalOffences}}},
		years: 10, trigger: ropa.CaseClosed, archive: ropa.Discard, system: 23, perYear: 350,
		tech: []gdpr.Technology{gdpr.Servers}, owner: "Leder af Rusmiddelcentret"},
	{name: "Kørselsordning til læge og genoptræning", area: "Social og Sundhed", unit: central, kle: "27.36.10",
		purpose:  "Visitation til og planlægning af kørsel",
		bases:    []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.Art9HealthCare, gdpr.DBL7, gdpr.DBL11, law("sundhedsloven § 170")},
		subjects: []subjects{{gdpr.Citizens, health}},
		years:    3, trigger: ropa.CaseClosed, archive: ropa.Discard, system: 15, perYear: 1800,
		tech: []gdpr.Technology{gdpr.Servers, gdpr.Tracking}, owner: "Visitationsleder"},
	{name: "Sygedagpenge", area: "Beskæftigelse", unit: jobCentre, kle: "15.00.00",
		purpose: "Opfølgning og udbetaling efter sygedagpengeloven",
		bases: []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.Art6LegalObligation, gdpr.Art9Employment, gdpr.DBL7, gdpr.DBL11,
			law("sygedagpengeloven")},
		subjects: []subjects{{gdpr.Citizens, health}, {gdpr.Employees, basic}},
		years:    5, trigger: ropa.CaseClosed, archive: ropa.Discard, system: 7, perYear: 4200,
		tech: []gdpr.Technology{gdpr.Servers}, owner: "Jobcenterchef"},
	{name: "Kontanthjælp og uddannelseshjælp", area: "Beskæftigelse", unit: jobCentre, kle: "15.20.00",
		purpose:  "Afgørelse om og udbetaling af hjælp efter aktivloven",
		bases:    []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.Art9Employment, gdpr.DBL7, gdpr.DBL11, law("lov om aktiv socialpolitik")},
		subjects: []subjects{{gdpr.Citizens, socialCare}},
		years:    5, trigger: ropa.CaseClosed, archive: ropa.Discard, system: 8, perYear: 2600,
		tech: []gdpr.Technology{gdpr.Servers}, owner: "Ydelseschef"},
	{name: "Virksomhedspraktik og løntilskud", area: "Beskæftigelse", unit: jobCentre, kle: "15.10.00",
		purpose:  "Aftaler med virksomheder om praktik og løntilskud",
		bases:    []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.DBL11, law("lov om en aktiv beskæftigelsesindsats")},
		subjects: []subjects{{gdpr.Citizens, basicCPR}, {gdpr.Suppliers, basic}},
		years:    5, trigger: ropa.CaseClosed, archive: ropa.Discard, system: 7, perYear: 900,
		tech: []gdpr.Technology{gdpr.Servers}, owner: "Leder af Virksomhedsservice"},
	{name: "Løn og personaleadministration", area: "HR", unit: central, kle: "81.03.00",
		purpose: "Ansættelse, løn, fravær og personalesager",
		bases: []gdpr.LegalBasis{gdpr.Art6Contract, gdpr.Art6LegalObligation, gdpr.Art9Employment, gdpr.DBL12, gdpr.DBL11,
			gdpr.Art10, gdpr.DBL8},
		subjects: []subjects{{gdpr.Employees, append(append([]gdpr.DataType{}, employeeAll...), gdpr.CriminalOffences)}},
		years:    5, trigger: ropa.RelationshipEnded, archive: ropa.Discard, system: 5, perYear: 6500,
		tech: []gdpr.Technology{gdpr.Servers, gdpr.Computers}, owner: "HR-chef"},
	{name: "Rekruttering", area: "HR", unit: central, kle: "81.02.00",
		purpose:  "Opslag, ansøgninger, samtaler og referencer",
		bases:    []gdpr.LegalBasis{gdpr.Art6Contract, gdpr.Art6PublicTask, gdpr.DBL12},
		subjects: []subjects{{gdpr.Applicants, []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails, gdpr.PositionEducation}}},
		years:    1, trigger: ropa.PurposeFulfilled, archive: ropa.Discard, system: 6, perYear: 5200,
		tech: []gdpr.Technology{gdpr.Servers}, owner: "HR-chef"},
	{name: "Arbejdsmiljø og arbejdsskader", area: "HR", unit: central, kle: "81.17.00",
		purpose:  "Registrering og anmeldelse af arbejdsskader",
		bases:    []gdpr.LegalBasis{gdpr.Art6LegalObligation, gdpr.Art9Employment, gdpr.DBL12, gdpr.DBL11, law("arbejdsskadesikringsloven")},
		subjects: []subjects{{gdpr.Employees, []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber, gdpr.Workplace, gdpr.Health}}},
		years:    5, trigger: ropa.CaseClosed, archive: ropa.Discard, system: 0, perYear: 300,
		tech: []gdpr.Technology{gdpr.Servers}, owner: "Arbejdsmiljøkonsulent"},
	{name: "Byggesagsbehandling", area: "Teknik og Miljø", unit: central, kle: "02.00.00",
		purpose:  "Behandling af ansøgninger om byggetilladelse efter byggeloven",
		bases:    []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.DBL11, law("byggeloven")},
		subjects: []subjects{{gdpr.Citizens, basicCPR}, {gdpr.Suppliers, basic}},
		years:    10, trigger: ropa.CaseClosed, archive: ropa.Preserve, system: 11, perYear: 1400,
		tech: []gdpr.Technology{gdpr.Servers}, owner: "Byggesagschef"},
	{name: "Affaldsordning og gebyrer", area: "Teknik og Miljø", unit: central, kle: "07.00.00",
		purpose:  "Tømning, ordninger og opkrævning af affaldsgebyr",
		bases:    []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.DBL11, law("miljøbeskyttelsesloven")},
		subjects: []subjects{{gdpr.Citizens, basicCPR}},
		years:    5, trigger: ropa.Received, archive: ropa.Discard, system: 12, perYear: 24000,
		tech: []gdpr.Technology{gdpr.Servers, gdpr.IoT}, owner: "Affaldschef"},
	{name: "Parkeringskontrol", area: "Teknik og Miljø", unit: central, kle: "05.13.00",
		purpose:  "Kontrol af parkering og opkrævning af afgifter",
		bases:    []gdpr.LegalBasis{gdpr.Art6PublicTask, law("færdselsloven")},
		subjects: []subjects{{gdpr.Citizens, []gdpr.DataType{gdpr.PersonName, gdpr.Recordings}}},
		years:    3, trigger: ropa.CaseClosed, archive: ropa.Discard, system: 13, perYear: 15000,
		tech: []gdpr.Technology{gdpr.MobileDevices, gdpr.Tracking}, owner: "Leder af Parkering"},
	{name: "Tv-overvågning af kommunale bygninger", area: "Teknik og Miljø", unit: central, kle: "03.10.00",
		purpose:  "Forebyggelse af hærværk og indbrud",
		bases:    []gdpr.LegalBasis{gdpr.Art6PublicTask, law("tv-overvågningsloven")},
		subjects: []subjects{{gdpr.Citizens, []gdpr.DataType{gdpr.Recordings}}, {gdpr.Employees, []gdpr.DataType{gdpr.Recordings}}},
		years:    1, trigger: ropa.Received, archive: ropa.Discard, system: 14, perYear: 50000,
		tech: []gdpr.Technology{gdpr.CCTV}, owner: "Ejendomschef"},
	{name: "Borgerservice: pas, kørekort og folkeregister", area: "Borgerservice", unit: central, kle: "16.00.00",
		purpose:  "Ekspedition af pas, kørekort og flytninger",
		bases:    []gdpr.LegalBasis{gdpr.Art6LegalObligation, gdpr.Art6PublicTask, gdpr.DBL11, law("CPR-loven")},
		subjects: []subjects{{gdpr.Citizens, []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails, gdpr.CPRNumber, gdpr.Biometric}}},
		years:    2, trigger: ropa.CaseClosed, archive: ropa.Discard, system: 20, perYear: 30000,
		tech: []gdpr.Technology{gdpr.Servers, gdpr.Biometrics}, owner: "Borgerservicechef"},
	{name: "Boligstøtte og personlige tillæg", area: "Borgerservice", unit: central, kle: "32.00.00",
		purpose:  "Vejledning og afgørelse om personlige tillæg",
		bases:    []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.Art9HealthCare, gdpr.DBL7, gdpr.DBL11, law("pensionsloven § 14")},
		subjects: []subjects{{gdpr.Citizens, socialCare}},
		years:    5, trigger: ropa.CaseClosed, archive: ropa.Discard, system: 8, perYear: 2100,
		tech: []gdpr.Technology{gdpr.Servers}, owner: "Borgerservicechef"},
	{name: "Biblioteksudlån", area: "Kultur og Fritid", unit: library, kle: "20.01.00",
		purpose:  "Lånerregistrering, udlån og reservationer",
		bases:    []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.DBL11, law("biblioteksloven")},
		subjects: []subjects{{gdpr.Citizens, basicCPR}, {gdpr.Children, basic}},
		years:    1, trigger: ropa.RelationshipEnded, archive: ropa.Discard, system: 17, perYear: 18000,
		tech: []gdpr.Technology{gdpr.Servers, gdpr.MobileApps}, owner: "Bibliotekschef"},
	{name: "Nyhedsbrev og arrangementer", area: "Kultur og Fritid", unit: library, kle: "20.01.10",
		purpose:  "Udsendelse af nyhedsbreve til tilmeldte",
		bases:    []gdpr.LegalBasis{gdpr.Art6Consent},
		subjects: []subjects{{gdpr.Citizens, basic}},
		years:    1, trigger: ropa.PurposeFulfilled, archive: ropa.Discard, system: 18, perYear: 6000,
		tech: []gdpr.Technology{gdpr.Servers}, consent: true, owner: "Bibliotekschef"},
	{name: "Booking af lokaler og haller", area: "Kultur og Fritid", unit: central, kle: "18.00.00",
		purpose:  "Anvisning af lokaler til foreninger og borgere",
		bases:    []gdpr.LegalBasis{gdpr.Art6PublicTask, law("folkeoplysningsloven")},
		subjects: []subjects{{gdpr.Citizens, basic}},
		years:    2, trigger: ropa.Received, archive: ropa.Discard, system: 19, perYear: 4000,
		tech: []gdpr.Technology{gdpr.Servers}, owner: "Fritidschef"},
	{name: "Journalisering og sagsbehandling i ESDH", area: "Administration", unit: central, kle: "00.01.00",
		purpose:  "Journalisering af sager og dokumenter efter offentlighedsloven",
		bases:    []gdpr.LegalBasis{gdpr.Art6LegalObligation, gdpr.Art6PublicTask, gdpr.Art9SubstantialPublic, gdpr.DBL7, gdpr.DBL11},
		subjects: []subjects{{gdpr.Citizens, socialCare}, {gdpr.Employees, basic}},
		years:    5, trigger: ropa.CaseClosed, archive: ropa.Preserve, system: 0, perYear: 60000,
		tech: []gdpr.Technology{gdpr.Servers, gdpr.Computers}, owner: "Direktionssekretariatet"},
	{name: "E-mail, kalender og dokumentsamarbejde", area: "Administration", unit: central, kle: "00.05.00",
		purpose:  "Kommunens interne og eksterne kommunikation",
		bases:    []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.Art6LegalObligation},
		subjects: []subjects{{gdpr.Employees, employee}, {gdpr.Citizens, basic}},
		years:    1, trigger: ropa.Received, archive: ropa.Discard, system: 21, perYear: 70000,
		tech: []gdpr.Technology{gdpr.Servers, gdpr.Computers, gdpr.MobileDevices}, owner: "IT-chef"},
	{name: "Opkrævning og inddrivelse", area: "Økonomi", unit: central, kle: "06.00.00",
		purpose:  "Opkrævning af kommunale fordringer",
		bases:    []gdpr.LegalBasis{gdpr.Art6LegalObligation, gdpr.DBL11, law("opkrævningsloven")},
		subjects: []subjects{{gdpr.Citizens, basicCPR}, {gdpr.Suppliers, basic}},
		years:    5, trigger: ropa.CaseClosed, archive: ropa.Discard, system: 24, perYear: 12000,
		tech: []gdpr.Technology{gdpr.Servers}, owner: "Økonomichef"},
}

// Processors: made-up Danish companies built from these parts.
var (
	processorPrefixes = []string{"Nordisk", "Dansk", "Jysk", "Fynsk", "Sjællandsk", "Kommunal", "Offentlig", "Digital",
		"Vestjysk", "Østdansk"}
	processorStems = []string{"Sagsbehandling", "Omsorgsdata", "Skoleløsninger", "Lønsystemer", "IT-drift",
		"Dokumenthåndtering", "Borgerservice", "Pladsanvisning", "Økonomisystemer", "Booking", "Velfærdsteknologi",
		"Journalsystemer"}
	processorSuffixes = []string{"A/S", "ApS", "A/S", "P/S"}
)

// subProcessor is a made-up sub-processor: hosting in the EEA, or support
// or operations outside it.
type subProcessor struct {
	name    string
	country string
	service string
	hosting bool
	dpf     bool // certified under the EU-US Data Privacy Framework
}

var subProcessors = []subProcessor{
	{"Nordisk Datacenter A/S", "DK", "Hosting", true, false},
	{"Svensk Drift AB", "SE", "Hosting og backup", true, false},
	{"Skyhosting Europe Ltd", "IE", "Cloud-hosting", true, false},
	{"Baltic Cloud UAB", "LT", "Backup", true, false},
	{"Fjernsupport Danmark ApS", "DK", "1. og 2.-linjesupport", false, false},
	{"Global Support Inc.", "US", "3.-linjesupport", false, true},
	{"CloudOps Inc.", "US", "Drift og overvågning", false, false},
	{"Offshore Service Pvt. Ltd.", "IN", "Udvikling og support", false, false},
	{"UK Helpdesk Ltd", "GB", "Support", false, false},
}

// Names for requesters, made up from common Danish names.
var (
	firstNames = []string{"Anne", "Mette", "Kirsten", "Hanne", "Susanne", "Lene", "Maria", "Camilla", "Peter", "Jens",
		"Lars", "Michael", "Henrik", "Thomas", "Søren", "Niels", "Emma", "Ida", "Oliver", "William", "Freja", "Noah"}
	lastNames = []string{"Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
		"Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Poulsen", "Østergaard"}
)
