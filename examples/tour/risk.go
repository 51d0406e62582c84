package main

import (
	"strings"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/risk"
)

// risk rates three risks of the home-care app on the template's matrix,
// prints the matrix with the risks placed in it, sums them up, applies the
// default risk policy and lists the gaps on the tour's date.
func (t *tour) risk() error {
	t.section("3. Risikovurdering: konsekvens x sandsynlighed", "3. Risk assessment: consequence x probability")
	assessments := []risk.Assessment{
		{ID: "1.1", Threat: risk.AccessControl, Description: gdpr.NewPersonal("Medarbejdere kan se borgere uden for deres rute."),
			Inherent: risk.Estimate{Consequence: risk.Serious, Probability: risk.Likely},
			Measures: []risk.Measure{{Description: gdpr.NewPersonal("Rollebaseret adgang"), Status: risk.Implemented, Owner: gdpr.NewPersonal("IT")}},
			Residual: risk.Estimate{Consequence: risk.Serious, Probability: risk.Unlikely}},
		{ID: "6.1", Threat: risk.ITAttack, Description: gdpr.NewPersonal("Phishing giver adgang til en medarbejders konto."),
			Inherent: risk.Estimate{Consequence: risk.Severe, Probability: risk.Expected},
			Measures: []risk.Measure{{Description: gdpr.NewPersonal("Tofaktorlogin"), Status: risk.Planned, Owner: gdpr.NewPersonal("IT"), Due: gdpr.Date{Year: 2026, Month: 2, Day: 27}}},
			Residual: risk.Estimate{Consequence: risk.Severe, Probability: risk.LessLikely}},
		{ID: "14.1", Threat: risk.ThirdCountryTransfer, Description: gdpr.NewPersonal("Leverandørens support uden for EU kan se GPS-data."),
			Inherent: risk.Estimate{Consequence: risk.Serious, Probability: risk.Expected},
			Measures: []risk.Measure{{Description: gdpr.NewPersonal("Support kun fra EU"), Status: risk.InProgress, Owner: gdpr.NewPersonal("Indkøb"), Due: gdpr.Date{Year: 2026, Month: 6, Day: 1}}},
			Residual: risk.Estimate{Consequence: risk.Serious, Probability: risk.LessLikely}},
	}
	m := risk.DefaultMatrix()
	for _, a := range assessments {
		if err := a.ValidateOn(m); err != nil {
			return err
		}
	}
	text := risk.HeatMap{Matrix: m, Assessments: assessments, Lang: t.lang}.Text()
	for _, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		t.printf("%s\n", strings.TrimRight("  "+line, " "))
	}

	s := m.Summarize(assessments)
	t.keep("risk.summary.schema.json", s)
	t.keep("risk.matrix.schema.json", m)
	for _, a := range assessments {
		t.keep("risk.assessment.schema.json", a)
	}
	t.printf("\n  %s %s -> %s; %s %s -> %s\n",
		t.tr("Højeste bånd før/efter:", "Highest band before/after:"), s.HighestInherent.Label(t.lang), s.HighestResidual.Label(t.lang),
		t.tr("gennemsnitlig score:", "mean score:"), s.MeanInherent.StringFixed(2), s.MeanResidual.StringFixed(2))
	t.printf("  %s %s\n", t.tr("Forudgående høring af Datatilsynet (art. 36):", "Prior consultation of Datatilsynet (art. 36):"), t.yes(s.PriorConsultation))

	d, err := risk.DefaultPolicy().Decide(risk.Set{Matrix: m, Assessments: assessments})
	if err != nil {
		return err
	}
	t.keep("risk.decision.schema.json", d)
	t.keep("risk.policy.schema.json", risk.DefaultPolicy())
	t.printf("  %s %s\n", t.tr("Risikopolitikken siger:", "The risk policy says:"), d.Action.Label(t.lang))
	for _, r := range d.Reasons {
		t.printf("    - %s (%s)\n", r.Text.In(t.lang), r.Reference.In(t.lang))
	}
	set := risk.Set{Matrix: m, Assessments: assessments}
	t.keep("gdpr.findings.schema.json", set.Check(t.now))
	for _, f := range set.Check(t.now) {
		t.printf("  %s %s: %s\n", f.Rule, f.Path, f.Text.In(t.lang))
	}
	return nil
}
