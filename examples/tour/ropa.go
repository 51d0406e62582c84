package main

import (
	"bytes"
	"strings"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/ropa"
)

// ropa shows the record of processing (fortegnelse) for the case work that
// the agreement of section 7 serves, its findings on the tour's day
// reconciled with that agreement, and its export for Danish Excel. The
// record states that nothing goes to a third country; the agreement shows a
// US sub-processor that reads the data when it gives support, and the
// reconciliation reports the transfer the record leaves out (GDPR art.
// 30(1)(e), 44).
func (t *tour) ropa() error {
	t.section("4. Fortegnelser: behandlingsaktiviteter og deres mangler",
		"4. Records of processing: activities and their gaps")
	dk := gdpr.MustParseCountry("DK")
	rec := ropa.Record{
		ID:         "boern-familie",
		Name:       "Sagsbehandling på børne- og familieområdet",
		Status:     ropa.Active,
		Controller: ropa.Party{Name: "Eksempel Kommune", Email: gdpr.NewPersonal("kommune@eksempel.dk")},
		DPO:        ropa.Party{Email: gdpr.NewPersonal("dpo@eksempel.dk")},
		Purposes: []ropa.Purpose{{
			Description: t.tr("Børnefaglige undersøgelser og foranstaltninger", "Child welfare investigations and measures"),
			LegalBases: []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.Art9HealthCare, gdpr.DBL7, gdpr.DBL11,
				gdpr.SpecialLaw("serviceloven § 50")},
			KLE: []gdpr.KLE{gdpr.MustParseKLE("27.24.00")},
		}},
		Subjects: []ropa.SubjectCategory{
			{Category: gdpr.Children.Category(), DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber, gdpr.SocialConditions, gdpr.Health}},
			{Category: gdpr.Relatives.Category(), DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails}},
		},
		SubjectsPerYear: 900,
		Retention:       []ropa.Retention{{Period: ropa.Period{Count: 5, Unit: ropa.Years}, Trigger: ropa.CaseClosed}},
		Security:        t.tr("Adgangsstyring, logning og kryptering.", "Access control, logging and encryption."),
		Channels:        []ropa.Channel{{Kind: ropa.DigitalPost}, {Kind: ropa.Email, Encrypted: true}},
		Systems:         []string{"Sagsskyen ESDH"},
		NoTransfers:     true, // as far as the record's owner knows
		Processors: []ropa.ProcessorRef{
			{Name: "Sagsskyen A/S", AgreementID: "DBA-2025-014", Countries: []gdpr.Country{dk}, Service: "Hosting"},
		},
		Owner:            gdpr.NewPersonal(t.tr("Leder af Familieafdelingen", "Head of the family department")),
		LastReview:       gdpr.MustParseDate("2024-11-15"),
		RiskAssessmentID: "risk-boern-familie",
	}
	if err := rec.Validate(); err != nil {
		return err
	}
	t.printf("  %s %s (KLE %s)\n", t.tr("Fortegnelse:", "Record:"), rec.Name, rec.KLENumbers()[0])
	t.printf("  %s %s; %s %s; %s %d\n", t.tr("Kategori:", "Category:"), rec.HighestCategory().Label(t.lang),
		t.tr("sårbare registrerede:", "vulnerable data subjects:"), t.yes(rec.Vulnerable()),
		t.tr("registrerede pr. år:", "data subjects per year:"), rec.SubjectsPerYear)
	t.printf("  %s %s\n", t.tr("Slettefrist:", "Erasure time limit:"), rec.Retention[0].Label(t.lang))
	countries := []string{t.tr("ingen", "none")}
	if len(rec.Transfers) > 0 {
		countries = countries[:0]
		for _, tr := range rec.Transfers {
			countries = append(countries, tr.Country.Label(t.lang))
		}
	}
	t.printf("  %s %s\n", t.tr("Overførsler til tredjelande ifølge fortegnelsen:", "Transfers to third countries according to the record:"),
		strings.Join(countries, ", "))
	agreement := caseAgreement()
	t.printf("  %s %s, %s %s, %s %s:\n", t.tr("Fund pr.", "Findings on"), gdpr.DateOf(t.now),
		t.tr("afstemt med aftale", "reconciled with agreement"), agreement.ID,
		t.tr("næste gennemgang var", "next review was due"), rec.NextReview())
	findings := rec.Check(t.now, agreement.Reaches()...)
	t.keep("ropa.record.schema.json", rec)
	t.keep("gdpr.findings.schema.json", findings)
	for _, f := range findings {
		t.printf("    [%s] %s %s %s\n      %s (%s)\n", f.Severity.Label(t.lang), f.Rule, t.tr("ved", "at"), f.Path,
			f.Text.In(t.lang), t.ref(f.Reference))
	}

	// The export for Danish Excel, and the register in Danish order.
	var buf bytes.Buffer
	if err := ropa.WriteCSV(&buf, []ropa.Record{rec}, t.lang); err != nil {
		return err
	}
	back, err := ropa.ReadCSV(&buf)
	if err != nil {
		return err
	}
	t.printf("  %s %d %s; %s %s\n", t.tr("CSV til Excel:", "CSV for Excel:"), len(ropa.CSVHeaders(t.lang)),
		t.tr("kolonner", "columns"), t.tr("læst tilbage uændret:", "read back unchanged:"), t.yes(len(back) == 1 && back[0].Name == rec.Name))
	reg := ropa.Register{Records: []ropa.Record{rec, {ID: "aa", Name: "Ældreplejens hjemmebesøg"}, {ID: "bb", Name: "Affaldsordninger"}}}
	t.keep("ropa.register.schema.json", reg)
	var names []string
	for _, r := range reg.ByName() {
		names = append(names, r.Name)
	}
	t.printf("  %s %s\n", t.tr("Registret i dansk orden:", "The register in Danish order:"), strings.Join(names, " · "))
	return nil
}
