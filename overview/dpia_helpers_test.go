package overview_test

import (
	"slices"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/dkgdpr/gdpr/ropa"
)

// sampleDPIA returns an approved impact assessment of the sample record of
// package gdprtest: the sample screening, every question the record does
// not answer answered, the sample risks with every other threat category
// marked not relevant, the DPO consulted and answered, the data subjects'
// views sought, a yearly review and the approval a month before
// gdprtest.Now(). It refers to the record by id and embeds nothing, so the
// overview checks it against the record as it stands. Check finds nothing
// in it at gdprtest.Now() with the sample agreement.
func sampleDPIA() dpia.Assessment {
	s := gdprtest.Screening()
	approved := gdpr.MustParseDate("2026-02-02")
	a := dpia.Assessment{
		ID:        gdprtest.DPIAID,
		Status:    dpia.Decided,
		Revisions: []dpia.Revision{{Version: "1.0", Date: approved, Author: gdpr.NewPersonal("Myndighed og Visitation"), Changes: "Godkendt version."}},
		Screening: &s,
		Introduction: dpia.Introduction{
			Purpose:     "At vurdere risikoen for borgerne ved visitation og levering af hjemmepleje.",
			Application: "Omsorgssystemet bruges af visitatorer og hjemmeplejen.",
			Processing:  "Visitation, planlægning og dokumentation af hjælpen.",
		},
		RecordID:   gdprtest.RecordID,
		Processing: map[string]dpia.Response{},
		Lawfulness: map[string]dpia.Response{},
		Risks:      gdprtest.Risks(),
		Views: dpia.Views{Sought: dpia.Yes, Methods: []dpia.ViewMethod{dpia.OrganisationConsultation},
			Description: "Ældrerådet er hørt."},
		Monitoring: dpia.Monitoring{Interval: ropa.Period{Count: 1, Unit: ropa.Years}, Owner: "Chef for Myndighed og Visitation"},
		DPO: dpia.DPO{
			Recommendations: []dpia.Recommendation{{Topic: "Adgang", Recommendation: "Begræns adgang efter distrikt.",
				Response: "Gennemføres i 2026."}},
			Respondent:  gdpr.NewPersonal("Chef for Myndighed og Visitation"),
			Conclusion:  "Risikoen er acceptabel med de planlagte foranstaltninger.",
			Involvement: []dpia.Involvement{{Date: gdpr.MustParseDate("2026-01-15"), Description: "Rådgivning om risikovurderingen."}},
		},
		Conclusion: "Behandlingen kan fortsætte med de planlagte foranstaltninger.",
		Approval:   dpia.Approval{Verdict: dpia.Approved, By: gdpr.NewPersonal("Direktør for Sundhed og Omsorg"), Date: approved},
	}
	answerQuestions(&a)
	considered := map[risk.Threat]bool{}
	for _, r := range a.Risks {
		considered[r.Threat] = true
	}
	for _, t := range risk.Threats() {
		if !considered[t] {
			a.NotRelevant = append(a.NotRelevant, dpia.ThreatNote{Threat: t, Reason: "Ikke relevant for behandlingen."})
		}
	}
	for i, r := range a.Risks {
		for k, m := range r.Measures {
			if m.Status != risk.Implemented {
				a.ActionPlan = append(a.ActionPlan, dpia.PlanStep{Risk: i, Measure: k, How: "Efter projektplanen."})
			}
		}
	}
	return a
}

// answerQuestions answers every question of the catalogue that the record
// does not answer, as an authority that meets the template's expectations
// would.
func answerQuestions(a *dpia.Assessment) {
	for _, p := range dpia.Parts() {
		for _, q := range dpia.Questions(p) {
			if q.RecordField != "" {
				continue
			}
			var r dpia.Response
			switch q.Kind {
			case dpia.YesNo, dpia.YesNoNotRelevant:
				r.Answer = dpia.Yes
			case dpia.MultipleChoice, dpia.SingleChoice:
				r.Choices = []string{q.Options[0].Code}
			case dpia.FreeText:
				r.Text = "Beskrevet i systemets sikkerhedsdokumentation."
			}
			r.Comment = "Se bilag."
			if slices.Contains([]dpia.AnswerKind{dpia.FreeText}, q.Kind) {
				r.Comment = ""
			}
			if p == dpia.Processing {
				a.Processing[q.Number] = r
			} else {
				a.Lawfulness[q.Number] = r
			}
		}
	}
}
