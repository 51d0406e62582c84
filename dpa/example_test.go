package dpa_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"golang.org/x/text/language"
)

// allClauses is the art. 28(3) checklist with every clause present.
func allClauses() map[dpa.Clause]bool {
	m := make(map[dpa.Clause]bool)
	for _, c := range dpa.Clauses() {
		m[c] = true
	}
	return m
}

// caseSystem is a cloud case system run by a Danish processor, hosted in
// Denmark, with third-line support from a US sub-processor that can read
// the data while it helps: a transfer to the United States (GDPR art. 44).
func caseSystem() dpa.Agreement {
	dk, us := gdpr.MustParseCountry("DK"), gdpr.MustParseCountry("US")
	return dpa.Agreement{
		ID: "DBA-2025-014",
		Controller: dpa.Controller{
			Party:        dpa.Party{Name: "Eksempel Kommune", CVR: gdpr.MustParseCVR("29189846"), Country: dk},
			PublicPowers: gdpr.Yes,
		},
		Processor:     dpa.Party{Name: "Sagsskyen A/S", CVR: gdpr.MustParseCVR("12345674"), Country: dk},
		Template:      dpa.DatatilsynetTemplate,
		Signed:        gdpr.MustParseDate("2025-01-10"),
		Start:         gdpr.MustParseDate("2025-02-01"),
		Indefinite:    true,
		Systems:       []string{"Sagsskyen ESDH"},
		Records:       []string{"ropa-27.24.00"},
		SubjectMatter: "Drift af kommunens ESDH-system",
		Nature:        "Hosting, drift og support",
		Purpose:       "Sagsbehandling efter serviceloven",
		DataTypes:     []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber, gdpr.SocialConditions},
		Subjects:      []gdpr.DataSubjectCategory{gdpr.Citizens.Category()},
		Clauses:       allClauses(),
		Authorisation: dpa.Authorisation{Kind: dpa.GeneralAuthorisation, NoticeDays: 30, ObjectionDays: 14},
		OwnUse:        dpa.OwnUse{Uses: gdpr.No},
		SubProcessors: []dpa.SubProcessor{
			{ID: "hosting", Party: dpa.Party{Name: "Nordisk Hosting ApS", Country: dk},
				Service: "Hosting", Access: dpa.StorageAccess, Listed: true},
			{ID: "support-us", Party: dpa.Party{Name: "CaseCloud Inc.", Country: us},
				Service: "3rd-line support", Access: dpa.SupportAccess, Listed: true},
		},
		Plan:         dpa.Plan{IntervalMonths: 12, Method: dpa.ISAE3000},
		Supervisions: []dpa.Supervision{{Date: gdpr.MustParseDate("2025-09-15"), Method: dpa.ISAE3000}},
	}
}

// A cloud case system with a US sub-processor providing support, checked
// before and after standard contractual clauses with a transfer impact
// assessment are recorded (GDPR art. 44, 46; CJEU C-311/18).
func Example() {
	now := time.Date(2026, time.March, 2, 9, 0, 0, 0, time.UTC)
	a := caseSystem()
	show := func(title string) {
		fmt.Println(title)
		for _, f := range a.Check(now) {
			fmt.Printf("  %s %s at %s\n", f.Severity, f.Rule, f.Path)
		}
	}
	show("No transfer basis for the US support:")

	a.SubProcessors[1].Locations = []dpa.Location{{
		Country: gdpr.MustParseCountry("US"), Place: "Support desk",
		Basis: dpa.TransferBasis{Mechanism: dpa.SCCMechanism, Module: dpa.ProcessorToProcessor},
	}}
	show("Standard contractual clauses, no TIA yet:")

	a.SubProcessors[1].Locations[0].Basis.TIA = dpa.TIA{
		Date:       gdpr.MustParseDate("2026-02-20"),
		Conclusion: dpa.AdequateWithMeasures,
		Measures:   []string{"Support only through screen sharing controlled by the processor"},
	}
	show("Standard contractual clauses with a TIA:")
	fmt.Println("  findings:", len(a.Check(now)))

	d := dpa.AssessTransfer(gdpr.MustParseCountry("US"), a.SubProcessors[1].Locations[0].Basis,
		gdpr.DateOf(now), gdpr.Yes)
	fmt.Println(d.Lawful, d.Mechanism.Label(language.Danish))
	// Output:
	// No transfer basis for the US support:
	//   critical dpa.transfer_basis_missing at subProcessors[1].country
	// Standard contractual clauses, no TIA yet:
	//   error dpa.tia_missing at subProcessors[1].locations[0].basis
	// Standard contractual clauses with a TIA:
	//   findings: 0
	// true Standardkontraktbestemmelser (2021/914)
}

// The transfer rules on the days the adequacy table changes (GDPR art. 45):
// the EU-US Data Privacy Framework applies from 2023-07-10, and the renewed
// UK decision ends on 2031-12-27.
func ExampleAssessTransfer() {
	dpf := dpa.TransferBasis{Recipient: gdpr.TransferRecipient{DPFCertified: true}}
	for _, c := range []struct {
		country string
		basis   dpa.TransferBasis
		day     string
	}{
		{"US", dpf, "2023-07-09"},
		{"US", dpf, "2023-07-10"},
		{"GB", dpa.TransferBasis{}, "2031-12-27"},
		{"GB", dpa.TransferBasis{}, "2031-12-28"},
	} {
		d := dpa.AssessTransfer(gdpr.MustParseCountry(c.country), c.basis, gdpr.MustParseDate(c.day), gdpr.Yes)
		fmt.Println(strings.TrimSpace(fmt.Sprintln(c.country, c.day, d.Lawful, d.Transfer.Status, d.Transfer.Decision.ID)))
	}
	// Output:
	// US 2023-07-09 false third_country
	// US 2023-07-10 true adequate us_2023
	// GB 2031-12-27 true adequate gb_2025
	// GB 2031-12-28 false third_country
}

// Every agreement that depends on a cloud provider, at any depth of the
// chain, and where the data goes from there.
func ExampleRegister_Exposure() {
	a := caseSystem()
	a.SubProcessors[0].SubProcessors = []dpa.SubProcessor{{
		ID: "azure", Party: dpa.Party{Name: "Microsoft Ireland Operations Limited", Country: gdpr.MustParseCountry("IE")},
		Access: dpa.StorageAccess, Listed: true,
	}}
	r, err := dpa.NewRegister([]dpa.Agreement{a})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range r.Exposure(dpa.Match{Name: "microsoft"}) {
		fmt.Println(e.Agreement, strings.Join(e.Path, " > "), e.Access, e.Countries)
	}
	for _, c := range r.Reach() {
		fmt.Println(c.Country.Label(language.Danish), c.ThirdCountry, len(c.Routes))
	}
	// Output:
	// DBA-2025-014 Sagsskyen A/S > Nordisk Hosting ApS > Microsoft Ireland Operations Limited storage [IE]
	// Danmark false 2
	// Irland false 1
	// USA true 1
}
