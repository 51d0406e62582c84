package main

import (
	"strings"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/screening"
)

// screening screens one system: suggestions from its facts, a person's
// answers, and the result with its reasons and the template's conclusion.
func (t *tour) screening() error {
	t.section("2. Screening: skal der laves en konsekvensanalyse?", "2. Screening: is a DPIA needed?")
	t.printf("  %s\n", t.tr("System: app til hjemmeplejens medarbejdere med GPS-ruteplanlægning",
		"System: an app for home-care staff with GPS route planning"))

	// What the record of processing says about the system.
	facts := screening.Facts{
		DataTypes:       []gdpr.DataType{gdpr.PersonName, gdpr.Workplace},
		Subjects:        []gdpr.DataSubjectCategory{gdpr.Employees.Category()},
		SubjectsPerYear: 350,
		Technologies:    []gdpr.Technology{gdpr.MobileApps, gdpr.Tracking},
	}
	sugs, err := screening.DefaultPolicy().Suggest(facts)
	if err != nil {
		return err
	}
	t.keep("screening.facts.schema.json", facts)
	t.keep("screening.policy.schema.json", screening.DefaultPolicy())
	t.keep("screening.suggestions.schema.json", sugs)
	var line []string
	for _, g := range sugs[:8] {
		line = append(line, g.Answer.Label(t.lang))
	}
	t.printf("  %s %s\n", t.tr("Forslag til kriterium 1-8:", "Suggested for criteria 1-8:"), strings.Join(line, ", "))

	// The DPO confirms the suggestions and settles the uncertain ones.
	s := screening.Screening{}.Prefill(sugs, t.lang)
	settle := map[screening.Criterion]screening.CriterionAnswer{
		screening.Evaluation:    {Answer: screening.No, Justification: gdpr.NewPersonal(t.tr("Ruterne planlægges; medarbejderne vurderes ikke.", "Routes are planned; staff are not evaluated."))},
		screening.Monitoring:    {Answer: screening.Yes, Justification: gdpr.NewPersonal(t.tr("Medarbejdernes position registreres under kørsel.", "Staff positions are recorded while driving."))},
		screening.SensitiveData: {Answer: screening.Yes, Justification: gdpr.NewPersonal(t.tr("Lokaliseringsdata er oplysninger af personlig karakter.", "Location data are highly personal."))},
		screening.InnovativeUse: {Answer: screening.No, Justification: gdpr.NewPersonal(t.tr("En almindelig app fra leverandøren.", "An ordinary app from the supplier."))},
	}
	for i, a := range s.Answers {
		if x, ok := settle[a.Criterion]; ok {
			a.Answer, a.Justification = x.Answer, x.Justification
		}
		a.Suggested = false
		s.Answers[i] = a
	}
	for i, a := range s.Triggers {
		switch a.Trigger {
		case screening.LocationData:
			a.Answer, a.Justification = screening.Yes, gdpr.NewPersonal(t.tr("GPS-positioner gemmes i 30 dage.", "GPS positions are kept for 30 days."))
		case screening.InnovativeTechnology:
			a.Answer, a.Justification = screening.No, gdpr.NewPersonal(t.tr("En almindelig app fra leverandøren.", "An ordinary app from the supplier."))
		}
		a.Suggested = false
		s.Triggers[i] = a
	}

	r, err := screening.Assess(s)
	if err != nil {
		return err
	}
	t.keep("screening.screening.schema.json", s)
	t.keep("screening.result.schema.json", r)
	t.printf("  %s %s\n", t.tr("Resultat:", "Result:"), r.Outcome.Label(t.lang))
	for _, c := range r.Met {
		t.printf("    %d. %s\n", c.Number(), c.Label(t.lang))
	}
	for _, reason := range r.Reasons {
		t.printf("  - %s\n", reason.Text.In(t.lang))
	}
	t.printf("  %s\n", r.Conclusion.In(t.lang))
	return nil
}
