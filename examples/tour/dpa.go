package main

import (
	"strings"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
)

// dpa shows one data processing agreement: where its data goes, down the
// chain of sub-processors, and what the checks find on the tour's day.
func (t *tour) dpa() error {
	t.section("7. Databehandleraftaler: underdatabehandlere, overførsler og tilsyn",
		"7. Data processing agreements: sub-processors, transfers and supervision")
	a := caseAgreement()
	if err := a.Validate(); err != nil {
		return err
	}
	t.printf("  %s %s, %s %s\n", t.tr("Databehandler:", "Processor:"), a.Processor.Name,
		t.tr("aftale", "agreement"), a.ID)
	t.printf("  %s\n", t.tr("Hvor kan oplysningerne nås (læseadgang tæller):", "Where the data can be reached (read access counts):"))
	for _, r := range a.Routes() {
		t.printf("    %-14s %-26s %s\n", r.Country.Label(t.lang), r.Access.Label(t.lang), strings.Join(r.Path, " → "))
	}
	today := gdpr.DateOf(t.now)
	t.printf("  %s %s:\n", t.tr("Fund pr.", "Findings on"), today)
	t.keep("dpa.agreement.schema.json", a)
	t.keep("gdpr.findings.schema.json", a.Check(t.now))
	for _, f := range a.Check(t.now) {
		t.printf("    [%s] %s %s %s\n      %s (%s)\n", f.Severity.Label(t.lang), f.Rule, t.tr("ved", "at"), f.Path,
			f.Text.In(t.lang), t.ref(f.Reference))
	}
	next := a.NextSupervision()
	t.printf("  %s %s, %d %s\n", t.tr("Tilsynet forfaldt", "Supervision was due on"), next,
		today.DaysSince(next), t.tr("dage siden", "days ago"))

	// Recording the transfer impact assessment closes the transfer gap.
	a.SubProcessors[1].Locations[0].Basis.TIA = dpa.TIA{Date: today, Conclusion: dpa.AdequateWithMeasures,
		Measures: []string{"Support kun via skærmdeling styret af databehandleren"}}
	d := dpa.AssessTransfer(gdpr.MustParseCountry("US"), a.SubProcessors[1].Locations[0].Basis, today, a.Controller.PublicPowers)
	t.printf("  %s %s\n", t.tr("Med TIA: overførslen til USA er lovlig:", "With a TIA: the transfer to the US is lawful:"), t.yes(d.Lawful))
	return nil
}

// caseAgreement is the agreement with the processor of the case system that
// serves the record of section 4: hosting in Denmark and third-line support
// from a US sub-processor that can read the data while it helps, on
// standard contractual clauses without a transfer impact assessment yet.
func caseAgreement() dpa.Agreement {
	dk, us := gdpr.MustParseCountry("DK"), gdpr.MustParseCountry("US")
	clauses := make(map[dpa.Clause]bool)
	for _, c := range dpa.Clauses() {
		clauses[c] = c != dpa.UnlawfulInstructionClause // the old template lacks this duty
	}
	return dpa.Agreement{
		ID:            "DBA-2025-014",
		Controller:    dpa.Controller{Party: dpa.Party{Name: "Eksempel Kommune", Country: dk}, PublicPowers: gdpr.Yes},
		Processor:     dpa.Party{Name: "Sagsskyen A/S", CVR: gdpr.MustParseCVR("12345674"), Country: dk},
		Template:      dpa.KLTemplate,
		Signed:        gdpr.MustParseDate("2025-01-10"),
		Start:         gdpr.MustParseDate("2025-02-01"),
		Indefinite:    true,
		Systems:       []string{"Sagsskyen ESDH"},
		Records:       []string{"boern-familie"}, // the record of section 4
		SubjectMatter: "Drift af kommunens ESDH-system",
		Nature:        "Hosting, drift og support",
		Purpose:       "Sagsbehandling på børne- og familieområdet",
		DataTypes:     []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber, gdpr.SocialConditions, gdpr.Health},
		Subjects:      []gdpr.DataSubjectCategory{gdpr.Children.Category(), gdpr.Relatives.Category()},
		Clauses:       clauses,
		Authorisation: dpa.Authorisation{Kind: dpa.GeneralAuthorisation, NoticeDays: 30},
		OwnUse:        dpa.OwnUse{Uses: gdpr.No},
		SubProcessors: []dpa.SubProcessor{
			{ID: "hosting", Party: dpa.Party{Name: "Nordisk Hosting ApS", Country: dk},
				Service: "Hosting", Access: dpa.StorageAccess, Listed: true},
			{ID: "support-us", Party: dpa.Party{Name: "CaseCloud Inc.", Country: us},
				Service: "3rd-line support", Access: dpa.SupportAccess, Listed: true,
				Locations: []dpa.Location{{Country: us, Basis: dpa.TransferBasis{
					Mechanism: dpa.SCCMechanism, Module: dpa.ProcessorToProcessor}}}},
		},
		Plan:         dpa.Plan{IntervalMonths: 12, Method: dpa.ISAE3000},
		Supervisions: []dpa.Supervision{{Date: gdpr.MustParseDate("2025-01-20"), Method: dpa.ISAE3000}},
	}
}
