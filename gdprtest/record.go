package gdprtest

import (
	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/ropa"
)

// Identifiers the samples share, so they refer to each other as a host's
// records do: the record names its agreement, screening and risk
// assessment, and the agreement names the record.
const (
	// RecordID is the id of the sample record of processing, [Record].
	RecordID = "hjemmepleje-visitation"
	// AgreementID is the id of the sample data processing agreement,
	// [Agreement].
	AgreementID = "DBA-2025-031"
	// ScreeningID, RiskAssessmentID and DPIAID are the ids the record
	// gives its screening, risk assessment and impact assessment.
	ScreeningID      = "screening-hjemmepleje"
	RiskAssessmentID = "risiko-hjemmepleje"
	DPIAID           = "dpia-hjemmepleje"
)

// The parties of the samples: a municipality and its processor. The CVR
// numbers pass the modulus 11 check; they are sample numbers.
const (
	controllerName = "Eksempel Kommune"
	controllerCVR  = "29189846"
	processorName  = "Omsorgsdata A/S"
	processorCVR   = "12345674"
	hostingName    = "Nordisk Hosting ApS"
	supportName    = "CareCloud Inc."
)

// Record returns a sample record of processing activities (GDPR art. 30):
// a municipality's assessment and delivery of home care (visitation og
// levering af hjemmepleje, serviceloven § 83) for elderly citizens, with
// health data, significant social conditions and CPR numbers, a Danish
// processor whose sub-processor gives support from the United States under
// standard contractual clauses, and erasure time limits for all data.
//
// The record passes Validate and has no findings at [Now]: a starting point
// that a test changes to break one thing. Each call returns a new record
// that shares nothing with any other.
func Record() ropa.Record {
	dk, us := gdpr.MustParseCountry("DK"), gdpr.MustParseCountry("US")
	return ropa.Record{
		ID:          RecordID,
		Name:        "Visitation og levering af hjemmepleje",
		Description: "Kommunen visiterer borgere til personlig og praktisk hjælp og dokumenterer leverancen i omsorgssystemet.",
		Status:      ropa.Active,
		Controller: ropa.Party{
			Name: controllerName, CVR: gdpr.MustParseCVR(controllerCVR),
			Address: "Rådhuspladsen 1, 9999 Eksempelby", Email: gdpr.NewPersonal("kommune@eksempel.dk"),
		},
		DPO: ropa.Party{Name: "Databeskyttelsesrådgiver", Email: gdpr.NewPersonal("dpo@eksempel.dk")},
		Purposes: []ropa.Purpose{{
			ID:          "hjemmepleje",
			Description: "Visitation til og levering af personlig og praktisk hjælp efter serviceloven § 83",
			Kinds:       []ropa.PurposeKind{ropa.LegalCompliance},
			LegalBases: []gdpr.LegalBasis{
				gdpr.Art6PublicTask, gdpr.Art9HealthCare, gdpr.DBL7, gdpr.DBL11,
				gdpr.SpecialLaw("serviceloven § 83"),
			},
			KLE: []gdpr.KLE{gdpr.MustParseKLE("27.24.00")},
		}},
		BeyondNecessary: gdpr.No,
		Subjects: []ropa.SubjectCategory{
			{Category: gdpr.Elderly.Category(), DataTypes: []gdpr.DataType{
				gdpr.PersonName, gdpr.ContactDetails, gdpr.CPRNumber, gdpr.Health, gdpr.SocialConditions,
			}},
			{Category: gdpr.Relatives.Category(), DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails}},
		},
		SubjectsPerYear: 3800,
		Volume:          ropa.MediumVolume,
		Schedule:        "Løbende, så længe borgeren modtager hjælp",
		Classified:      gdpr.Yes,
		Collection:      []ropa.Source{ropa.SourceDataSubject, ropa.SourceOwnData},
		Technologies: []ropa.TechnologyUse{
			{Technology: gdpr.Servers}, {Technology: gdpr.Computers}, {Technology: gdpr.MobileDevices},
			{Technology: gdpr.MobileApps, Details: "Leverandørens app på kommunens tablets"},
		},
		Matching:           gdpr.No,
		AutomatedDecisions: gdpr.No,
		Operations:         []ropa.Operation{ropa.Collection, ropa.Storage, ropa.Erasure},
		Recipients: []ropa.Recipient{{
			Category: ropa.PublicAuthorities, Name: "Borgerens egen læge og sygehuse", Country: dk,
			LegalBases:  []gdpr.LegalBasis{gdpr.Art6LegalObligation, gdpr.Art9HealthCare},
			Description: "Videregivelse af helbredsoplysninger, når det er nødvendigt for behandlingen",
		}},
		Transfers: []ropa.Transfer{{
			Country: us, Recipient: supportName + " (support)",
			Safeguard: ropa.SCC, TIA: "TIA-2025-007",
		}},
		Retention: []ropa.Retention{
			{Period: ropa.Period{Count: 5, Unit: ropa.Years}, Trigger: ropa.CaseClosed, Archive: ropa.Discard},
		},
		Security: "Adgangsstyring efter arbejdsbetingede behov, logning af opslag og kryptering af data i hvile og under transport.",
		Channels: []ropa.Channel{{Kind: ropa.DigitalPost}, {Kind: ropa.Email, Encrypted: true}},
		Systems:  []string{"Omsorgssystem"},
		Processors: []ropa.ProcessorRef{
			{Name: processorName, CVR: gdpr.MustParseCVR(processorCVR), AgreementID: AgreementID,
				Countries: []gdpr.Country{dk}, Service: "Omsorgssystem: drift og hosting"},
			{Name: hostingName, Under: processorName, Countries: []gdpr.Country{dk}, Service: "Hosting"},
			{Name: supportName, Under: processorName, Countries: []gdpr.Country{us}, Service: "Tredjelinjesupport"},
		},
		Owner:            gdpr.NewPersonal("Chef for Myndighed og Visitation"),
		LastReview:       gdpr.MustParseDate("2025-10-01"),
		RiskAssessmentID: RiskAssessmentID,
		ScreeningID:      ScreeningID,
		DPIAID:           DPIAID,
	}
}
