package gdprtest

import (
	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
)

// Agreement returns a sample data processing agreement (databehandleraftale,
// GDPR art. 28) between the municipality of [Record] and its processor,
// on Datatilsynet's template with every clause of art. 28(3), general
// authorisation of sub-processors with 30 days' notice, and two
// sub-processors: hosting in Denmark, and third-line support from the United
// States that can read the data, a transfer under standard contractual
// clauses (module 3) with a transfer impact assessment. The processor is
// supervised yearly by ISAE 3000 reports.
//
// The agreement passes Validate and has no findings at [Now], nor from
// CheckData with the data types of [Record], which it serves. Validate and
// Check have pointer receivers: pass &a to [Valid]. Each call returns a new
// agreement that shares nothing with any other.
func Agreement() dpa.Agreement {
	dk, us := gdpr.MustParseCountry("DK"), gdpr.MustParseCountry("US")
	clauses := make(map[dpa.Clause]bool)
	for _, c := range dpa.Clauses() {
		clauses[c] = true
	}
	return dpa.Agreement{
		ID: AgreementID,
		Controller: dpa.Controller{
			Party: dpa.Party{Name: controllerName, CVR: gdpr.MustParseCVR(controllerCVR), Country: dk,
				Address: "Rådhuspladsen 1, 9999 Eksempelby", Contact: gdpr.NewPersonal("dpo@eksempel.dk")},
			PublicPowers: gdpr.Yes,
		},
		Processor: dpa.Party{Name: processorName, CVR: gdpr.MustParseCVR(processorCVR), Country: dk,
			Contact: gdpr.NewPersonal("privacy@omsorgsdata.example")},
		Template:      dpa.DatatilsynetTemplate,
		Signed:        gdpr.MustParseDate("2025-01-10"),
		Start:         gdpr.MustParseDate("2025-02-01"),
		Indefinite:    true,
		Systems:       []string{"Omsorgssystem"},
		Records:       []string{RecordID},
		SubjectMatter: "Drift af kommunens omsorgssystem til hjemmeplejen",
		Nature:        "Hosting, drift og support",
		Purpose:       "Visitation til og levering af hjemmepleje efter serviceloven § 83",
		DataTypes: []gdpr.DataType{
			gdpr.PersonName, gdpr.ContactDetails, gdpr.CPRNumber, gdpr.Health, gdpr.SocialConditions,
		},
		Subjects:      []gdpr.DataSubjectCategory{gdpr.Elderly.Category(), gdpr.Relatives.Category()},
		Clauses:       clauses,
		Authorisation: dpa.Authorisation{Kind: dpa.GeneralAuthorisation, NoticeDays: 30, ObjectionDays: 14},
		OwnUse:        dpa.OwnUse{Uses: gdpr.No},
		Locations:     []dpa.Location{{Country: dk, Access: dpa.ProcessingAccess, Place: "Driftscenter, Aarhus"}},
		SubProcessors: []dpa.SubProcessor{
			{ID: "hosting", Party: dpa.Party{Name: hostingName, Country: dk},
				Service: "Hosting", Access: dpa.StorageAccess, Listed: true,
				Locations: []dpa.Location{{Country: dk, Place: "Datacenter, Taastrup"}}},
			{ID: "support-us", Party: dpa.Party{Name: supportName, Country: us},
				Service: "Tredjelinjesupport", Access: dpa.SupportAccess, Listed: true,
				Locations: []dpa.Location{{
					Country: us, Place: "Support desk",
					Basis: dpa.TransferBasis{
						Mechanism: dpa.SCCMechanism, Module: dpa.ProcessorToProcessor,
						TIA: dpa.TIA{
							Date: gdpr.MustParseDate("2025-01-20"), Conclusion: dpa.AdequateWithMeasures,
							Measures:  []string{"Support kun via skærmdeling styret af databehandleren", "Kryptering med nøgler i EU"},
							Reference: "TIA-2025-007",
						},
					},
				}}},
		},
		Plan: dpa.Plan{IntervalMonths: 12, Method: dpa.ISAE3000},
		Supervisions: []dpa.Supervision{{
			Date: gdpr.MustParseDate("2025-09-15"), Method: dpa.ISAE3000,
			PeriodFrom: gdpr.MustParseDate("2024-07-01"), PeriodTo: gdpr.MustParseDate("2025-06-30"),
			Reference: "2025-123456",
		}},
	}
}
