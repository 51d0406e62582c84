package main

import (
	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/dkgdpr/gdpr/screening"
)

// dpia sums up an impact assessment of AI traffic cameras (anonymisation on
// the camera, no face recognition): the seven key questions of the
// template's summary, whether the processing may start, and the next review.
func (t *tour) dpia() error {
	t.section("8. Konsekvensanalyse: sammenfatning og beslutninger", "8. Impact assessment: summary and decisions")
	d := func(s string) gdpr.Date { return gdpr.MustParseDate(s) }
	rec := ropa.Record{ID: "trafik-ai", Name: t.tr("AI-trafikanalyse i kryds", "AI traffic analysis at junctions"), Status: ropa.Planned,
		Subjects:     []ropa.SubjectCategory{{Category: gdpr.Citizens.Category(), DataTypes: []gdpr.DataType{gdpr.Recordings}}},
		Technologies: []ropa.TechnologyUse{{Technology: gdpr.CCTV}, {Technology: gdpr.AI}}}
	var answers []screening.CriterionAnswer
	for _, c := range screening.Criteria() {
		a := screening.No
		if c == screening.Monitoring || c == screening.LargeScale || c == screening.InnovativeUse {
			a = screening.Yes
		}
		answers = append(answers, screening.CriterionAnswer{Criterion: c, Answer: a, Justification: gdpr.NewPersonal("...")})
	}
	blur := risk.Assessment{ID: "17.1", Threat: risk.CustomThreat(t.tr("Utilsigtet identifikation", "Unintended identification")),
		Description: gdpr.NewPersonal(t.tr("Ansigter og nummerplader sløres ikke i mørke.", "Faces and number plates are not blurred in the dark.")),
		Inherent:    risk.Estimate{Consequence: risk.Severe, Probability: risk.Expected},
		Measures: []risk.Measure{{Description: gdpr.NewPersonal(t.tr("Sløring på kameraet", "Blurring on the camera")), Status: risk.Planned,
			Owner: gdpr.NewPersonal(t.tr("Leverandøren", "The supplier")), Due: d("2026-03-25")}},
		Residual: risk.Estimate{Consequence: risk.Severe, Probability: risk.Unlikely}}
	var notRelevant []dpia.ThreatNote
	for _, th := range risk.Threats() {
		notRelevant = append(notRelevant, dpia.ThreatNote{Threat: th, Reason: t.tr("Kun anonyme tællinger forlader kameraet.", "Only anonymous counts leave the camera.")})
	}
	a := dpia.Assessment{ID: "dpia-trafik-ai", RecordID: rec.ID, Record: &rec, Status: dpia.Decided,
		Screening: &screening.Screening{Answers: answers, Decision: screening.Perform},
		Risks:     []risk.Assessment{blur}, NotRelevant: notRelevant,
		Views:      dpia.Views{Sought: dpia.Yes, Methods: []dpia.ViewMethod{dpia.Workshops}},
		Monitoring: dpia.Monitoring{Interval: ropa.Period{Count: 1, Unit: ropa.Years}, Owner: t.tr("Trafikafdelingen", "The traffic department")},
		DPO: dpia.DPO{Conclusion: t.tr("Kan godkendes, når sløringen virker.", "Can be approved once the blurring works."),
			Involvement: []dpia.Involvement{{Date: d("2026-02-05"), Description: t.tr("Møde om risici", "Meeting on the risks")}}},
		Approval: dpia.Approval{Verdict: dpia.Approved, By: gdpr.NewPersonal(t.tr("Direktøren", "The director")), Date: d("2026-02-20")}}
	if err := a.Validate(); err != nil {
		return err
	}
	dec := a.Decide()
	t.keep("dpia.assessment.schema.json", a)
	t.keep("dpia.decisions.schema.json", dec)
	t.keep("gdpr.findings.schema.json", a.Check(t.now))
	for _, k := range dec.KeyAnswers {
		t.printf("  %d. %-13s %s\n", k.Question, k.Answer.Label(t.lang), k.Question.Label(t.lang))
	}
	t.printf("  %s %s\n", t.tr("Behandlingen må påbegyndes:", "The processing may start:"), t.yes(dec.Start.Allowed))
	for _, r := range dec.Start.Reasons {
		t.printf("    - %s (%s)\n", r.Text.In(t.lang), t.ref(r.Reference))
	}
	a.Risks[0].Measures[0].Status = risk.Implemented
	t.printf("  %s %s\n", t.tr("Når sløringen er implementeret:", "Once the blurring is implemented:"), t.yes(a.MayStart().Allowed))
	t.printf("  %s %s\n", t.tr("Næste gennemgang senest:", "Next review by:"), a.NextReview().Due)

	// Had the residual risk stayed high, Datatilsynet would be consulted
	// (GDPR art. 36): asked on 9 February, its eight weeks end on Easter
	// Monday, so on Tuesday 7 April. Its answer, an order with a change
	// not yet made, does not let the processing start.
	h := a
	h.Risks = []risk.Assessment{a.Risks[0]}
	h.Risks[0].Residual = h.Risks[0].Inherent
	h.Consultation = dpia.Consultation{Submitted: d("2026-02-09"), Answered: d("2026-03-30"), Outcome: dpia.Order,
		Conditions: []dpia.Condition{{Text: t.tr("Optagelser slettes på kameraet efter to sekunder.", "Recordings are erased on the camera after two seconds.")}}}
	pc := h.PriorConsultation()
	t.printf("  %s %s; %s %s (%s); %s %s\n", t.tr("Med høj restrisiko: Datatilsynets svar senest", "With a high residual risk: Datatilsynet's answer due"), pc.AnswerDue,
		t.tr("udfald:", "outcome:"), pc.Outcome.Label(t.lang), pc.Outcome.Reference().In(t.lang),
		t.tr("må påbegyndes:", "may start:"), t.yes(h.MayStart().Allowed))
	return nil
}
