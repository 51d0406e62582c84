package ropa_test

import (
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/ropa"
)

// now is the fixed instant of the tests: 2 March 2026, 09:00 UTC, the
// tour's "now".
var now = time.Date(2026, time.March, 2, 9, 0, 0, 0, time.UTC)

// compliantRecord returns a record with no findings at now: every check's
// "not triggered" case starts from it.
func compliantRecord() ropa.Record {
	return ropa.Record{
		ID:     "skole-elevadm",
		Name:   "Elevadministration i folkeskolen",
		Status: ropa.Active,
		Controller: ropa.Party{
			Name: "Eksempel Kommune", CVR: gdpr.MustParseCVR("29189846"),
			Address: "Rådhuspladsen 1, 9999 Eksempelby", Email: gdpr.NewPersonal("kommune@eksempel.dk"),
		},
		DPO: ropa.Party{Name: "Databeskyttelsesrådgiver", Email: gdpr.NewPersonal("dpo@eksempel.dk")},
		Purposes: []ropa.Purpose{{
			ID:          "elevadministration",
			Description: "Indskrivning, klassedannelse, fravær og kontakt med forældre",
			Kinds:       []ropa.PurposeKind{ropa.LegalCompliance},
			LegalBases: []gdpr.LegalBasis{
				gdpr.Art6LegalObligation, gdpr.Art9SubstantialPublic, gdpr.DBL7, gdpr.DBL11,
				gdpr.SpecialLaw("folkeskoleloven § 40"),
			},
			KLE: []gdpr.KLE{gdpr.MustParseKLE("17.01"), gdpr.MustParseKLE("17.03.00")},
		}},
		BeyondNecessary: gdpr.No,
		Subjects: []ropa.SubjectCategory{
			{Category: gdpr.Pupils.Category(), DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber, gdpr.Health}},
			{Category: gdpr.DataSubjectCategory{Group: gdpr.Relatives, Name: "Forældre"}, DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails}},
		},
		SubjectsPerYear: 4200,
		Volume:          ropa.MediumVolume,
		Retention: []ropa.Retention{
			{Period: ropa.Period{Count: 5, Unit: ropa.Years}, Trigger: ropa.RelationshipEnded, Archive: ropa.Discard},
		},
		Security: "Adgangsstyring, logning og kryptering af data i hvile og under transport.",
		Channels: []ropa.Channel{{Kind: ropa.DigitalPost}, {Kind: ropa.Email, Encrypted: true}},
		Systems:  []string{"Elevadministrationssystem"},
		Processors: []ropa.ProcessorRef{
			{Name: "Skolesky A/S", CVR: gdpr.MustParseCVR("12345674"), AgreementID: "dpa-2025-014",
				Countries: []gdpr.Country{gdpr.MustParseCountry("DK")}, Service: "Drift og hosting (cloud)"},
			{Name: "Global Cloud Inc.", Under: "Skolesky A/S",
				Countries: []gdpr.Country{gdpr.MustParseCountry("IE"), gdpr.MustParseCountry("US")}, Service: "Cloud-platform og support"},
		},
		Transfers: []ropa.Transfer{{
			Country: gdpr.MustParseCountry("US"), Recipient: "Global Cloud Inc. (support)",
			Safeguard: ropa.SCC, TIA: "tia-2025-003",
		}},
		NoRecipients:     true,
		Owner:            gdpr.NewPersonal("Skolechef"),
		LastReview:       gdpr.MustParseDate("2025-09-01"),
		RiskAssessmentID: "risk-skole-elevadm",
		ScreeningID:      "screening-skole-elevadm",
	}
}

// fullRecord returns a record with every field set, and text that needs
// every escape of the CSV layout, for round trips.
func fullRecord() ropa.Record {
	r := compliantRecord()
	r.ID = "full|1"
	r.Name = "=Æblegrød; \"citat\", komma | bar \\ backslash"
	r.Description = "Flere linjer:\nlinje 2\r\nlinje 3 med CR\r og 'apostrof'"
	r.JointControllers = []ropa.Party{
		{Name: "Nabo Kommune | fælles", Address: "Vej 2,\n9998 Naboby", Phone: gdpr.NewPersonal("+45 12 34 56 78")},
		{Name: "-Region", Email: gdpr.NewPersonal("a@b.dk")},
	}
	r.Representative = ropa.Party{Name: "Repræsentant", Email: gdpr.NewPersonal("rep@example.eu")}
	r.Purposes = append(r.Purposes, ropa.Purpose{
		ID:          "trivsel",
		Description: "Trivselsmåling, ',' og '|' og '\\'",
		Kinds:       []ropa.PurposeKind{ropa.Analysis, ropa.Research},
		LegalBases:  []gdpr.LegalBasis{gdpr.Art6Consent, gdpr.SpecialLaw("lov om X § 3, stk. 1 | nr. 2 \\ z")},
		KLE:         []gdpr.KLE{gdpr.MustParseKLE("17"), gdpr.MustParseKLE("17.03.00 G01")},
		Ended:       gdpr.MustParseDate("2027-06-30"),
	})
	r.BeyondNecessary = gdpr.Yes
	r.Subjects = append(r.Subjects, ropa.SubjectCategory{
		Category:  gdpr.DataSubjectCategory{Name: "Lærere, pædagoger | andre", Vulnerable: true},
		DataTypes: []gdpr.DataType{gdpr.CustomDataType("Karakterer, fag | niveau", gdpr.Ordinary), gdpr.CriminalOffences},
	})
	r.Classified = gdpr.Yes
	r.Schedule = "Løbende, hele skoleåret"
	r.Collection = []ropa.Source{ropa.SourceDataSubject, ropa.SourceOwnData}
	r.Technologies = []ropa.TechnologyUse{{Technology: gdpr.AI, Details: "Sprogmodel, ingen afgørelser"}, {Technology: gdpr.MobileApps}}
	r.Matching = gdpr.No
	r.AutomatedDecisions = gdpr.No
	r.Operations = []ropa.Operation{ropa.Collection, ropa.Storage, ropa.Erasure}
	r.NoRecipients = false
	r.Recipients = []ropa.Recipient{
		{Category: ropa.PublicAuthorities, Name: "Styrelsen for Undervisning", Country: gdpr.MustParseCountry("DK"),
			LegalBases: []gdpr.LegalBasis{gdpr.Art6LegalObligation}, Description: "Indberetning, årligt"},
		{Category: ropa.OtherRecipient, Name: "Partner i Norge", Country: gdpr.MustParseCountry("NO"), JointController: true,
			LegalBases: []gdpr.LegalBasis{gdpr.Art6PublicTask}},
		{Category: ropa.PublicAuthorities, Name: "Den Europæiske Patentorganisation", Organisation: gdpr.EuropeanPatentOrganisation,
			LegalBases: []gdpr.LegalBasis{gdpr.Art6PublicTask}},
	}
	r.Transfers = append(r.Transfers, ropa.Transfer{
		Country: gdpr.MustParseCountry("CA"), Recipient: "Canada Inc.", Safeguard: ropa.DerogationPublicInterest,
		RecipientFacts: gdpr.TransferRecipient{PIPEDA: true, DPFCertified: true, APPI: true}, Description: "Backup\nkopi",
	}, ropa.Transfer{Organisation: gdpr.EuropeanPatentOrganisation, Recipient: "Den Europæiske Patentorganisation"},
		ropa.Transfer{Country: gdpr.MustParseCountry("CA"), Safeguard: ropa.DerogationCompellingInterests,
			SuitableSafeguards: "Pseudonymiseret | slettes efter 30 dage"})
	r.PublicPowers = gdpr.No
	r.Retention = append(r.Retention, ropa.Retention{
		DataTypes: []gdpr.DataType{gdpr.CriminalOffences}, Period: ropa.Period{Count: 6, Unit: ropa.Months},
		Trigger: ropa.Received, Archive: ropa.Preserve, Note: "Straffeattest, 6 mdr.",
	}, ropa.Retention{
		DataTypes: []gdpr.DataType{gdpr.CustomDataType("Karakterer, fag | niveau", gdpr.Ordinary)},
		Note:      "Indtil eleven er udskrevet | se note",
	})
	r.Channels = append(r.Channels, ropa.Channel{Kind: ropa.Web, Encrypted: true, Description: "Forældreportal @ web"})
	r.Systems = append(r.Systems, "System, med komma", "@System")
	r.Processors[1].CVR = gdpr.MustParseCVR("DK 29189846")
	r.Processors = append(r.Processors, ropa.ProcessorRef{Name: "Patentregistret", Under: "Skolesky A/S",
		Organisations: []gdpr.InternationalOrganisation{gdpr.EuropeanPatentOrganisation}, Service: "Opslag"})
	r.ReviewInterval = ropa.Period{Count: 6, Unit: ropa.Months}
	r.DPIAID = "dpia-1"
	return r
}
