package main

import (
	"fmt"
	"slices"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/dkgdpr/gdpr/screening"
)

// makeDPIAs writes up to g.n.dpias impact assessments, as the
// municipality's DPO team would: first for most of the screenings that
// decided to carry one out, then for the records that need one most and
// have no screening of their own (the assessment holds its screening). Each
// has the screening, the record's risks with every other threat category
// considered, every question the record does not answer, the DPO's advice,
// the data subjects' views, monitoring and the approval, with a realistic
// share of gaps. The assessment refers to its record by id, and the record
// names the assessment.
func (g *generator) makeDPIAs() {
	byRecord := make(map[string]int, len(g.m.Records))
	for i := range g.m.Records {
		if id := g.m.Records[i].ScreeningID; id != "" {
			if _, ok := byRecord[id]; !ok {
				byRecord[id] = i
			}
		}
	}
	risks := make(map[string]int, len(g.m.Risks))
	for i := range g.m.Risks {
		risks[g.m.Risks[i].ID] = i
	}
	add := func(r *ropa.Record, s screening.Screening) {
		a := g.dpia(len(g.m.DPIAs), r, s)
		if i, ok := risks[r.RiskAssessmentID]; ok {
			a.Risks = slices.Clone(g.m.Risks[i].Assessments)
		} else {
			for n, t := range commonThreats[:4] {
				a.Risks = append(a.Risks, g.riskOf(r, n+1, t))
			}
		}
		g.considerThreats(&a)
		if !g.chance(0.03) {
			r.DPIAID = a.ID
		}
		g.m.DPIAs = append(g.m.DPIAs, a)
	}
	for k := range g.m.Screenings {
		s := &g.m.Screenings[k]
		ri, ok := byRecord[s.ID]
		if len(g.m.DPIAs) == g.n.dpias || !ok || s.Screening.Decision != screening.Perform || g.chance(0.1) {
			continue
		}
		add(&g.m.Records[ri], s.Screening)
	}
	order := g.rng.Perm(len(g.m.Records))
	slices.SortStableFunc(order, func(a, b int) int { return needScore(&g.m.Records[b]) - needScore(&g.m.Records[a]) })
	for _, ri := range order {
		r := &g.m.Records[ri]
		if len(g.m.DPIAs) == g.n.dpias {
			break
		}
		if r.ScreeningID != "" || r.DPIAID != "" || r.Status == ropa.Ended {
			continue
		}
		s := g.screening(r)
		s.Decision, s.DecisionReason = screening.Perform, gdpr.NewPersonal("Konsekvensanalysen gennemføres.")
		add(r, s)
	}
}

// dpia makes the document of one impact assessment of record r.
func (g *generator) dpia(n int, r *ropa.Record, s screening.Screening) dpia.Assessment {
	decided := g.today.AddDays(-g.between(20, 1300))
	a := dpia.Assessment{
		ID:        fmt.Sprintf("DPIA-%d-%03d", decided.Year, n+1),
		Revisions: []dpia.Revision{{Version: "1.0", Date: decided, Author: r.Owner, Changes: "Første version."}},
		Screening: &s,
		Introduction: dpia.Introduction{
			Purpose:     "At vurdere risikoen for de registrerede ved " + lowerFirst(r.Name) + ".",
			Application: "Behandlingen understøttes af " + r.Systems[0] + ".",
			Processing:  r.Description,
		},
		RecordID:   r.ID,
		Processing: map[string]dpia.Response{},
		Lawfulness: map[string]dpia.Response{},
		Monitoring: dpia.Monitoring{Interval: ropa.Period{Count: g.between(1, 3), Unit: ropa.Years}, Owner: r.Owner.Reveal()},
		DPO: dpia.DPO{
			Recommendations: []dpia.Recommendation{{Topic: "Adgangsstyring", Recommendation: "Gennemgå rettigheder hvert kvartal.",
				Response: "Indført i driftsrutinerne."}},
			Respondent:  r.Owner,
			Conclusion:  "Risikoen er acceptabel med de planlagte foranstaltninger.",
			Involvement: []dpia.Involvement{{Date: decided.AddDays(-g.between(7, 40)), Description: "Rådgivning om risikovurderingen."}},
		},
		Conclusion: "Behandlingen kan gennemføres med de beskrevne foranstaltninger.",
	}
	if a.Monitoring.Owner == "" {
		a.Monitoring.Owner = "Databeskyttelseskoordinator"
		a.DPO.Respondent = gdpr.NewPersonal(a.Monitoring.Owner)
	}
	switch g.weighted(60, 35, 5) {
	case 0:
		a.Views = dpia.Views{Sought: dpia.Yes, Methods: []dpia.ViewMethod{dpia.OrganisationConsultation}, Description: "Brugerrådet er hørt."}
	case 1:
		a.Views = dpia.Views{Sought: dpia.No, Reasons: []dpia.NoViewReason{dpia.Disproportionate},
			Explanation: "Behandlingen følger af lovgivningen; en høring ville kræve uforholdsmæssige ressourcer."}
	}
	if g.chance(0.05) {
		a.DPO.Recommendations[0].Response = ""
	}
	switch g.weighted(75, 10, 15) {
	case 0:
		a.Status, a.Approval = dpia.Decided, dpia.Approval{Verdict: dpia.Approved, By: gdpr.NewPersonal("Direktionen"), Date: decided}
	case 1:
		a.Status, a.Approval = dpia.Decided, dpia.Approval{Verdict: dpia.ConditionallyApproved, By: gdpr.NewPersonal("Direktionen"), Date: decided,
			Conditions: "Tofaktorlogin skal være indført, før behandlingen udvides."}
	default:
		a.Status = []dpia.Status{dpia.Draft, dpia.DPOReview}[g.rng.IntN(2)]
		a.Conclusion = ""
	}
	if a.Status == dpia.Decided && g.chance(0.3) {
		a.Monitoring.Reviews = []dpia.Review{{Date: decided.AddDays(g.between(200, 500)), By: gdpr.NewPersonal(a.Monitoring.Owner), Note: "Gennemgået uden ændringer."}}
		if a.Monitoring.Reviews[0].Date.After(g.today) {
			a.Monitoring.Reviews = nil
		}
	}
	g.answerQuestions(&a, r)
	return a
}

// answerQuestions answers the questions of the catalogue the record does not
// answer, consistently with the record and its agreements; a few are left
// unanswered.
func (g *generator) answerQuestions(a *dpia.Assessment, r *ropa.Record) {
	supervised := true
	for _, p := range r.Processors {
		if i := slices.IndexFunc(g.m.Agreements, func(ag dpa.Agreement) bool { return ag.ID == p.AgreementID }); i >= 0 &&
			g.m.Agreements[i].Plan.IntervalMonths == 0 {
			supervised = false
		}
	}
	third := len(r.ThirdCountries()) > 0
	gaps := g.chance(0.1)
	for _, part := range dpia.Parts() {
		for _, q := range dpia.Questions(part) {
			if q.RecordField != "" || (gaps && g.chance(0.2)) {
				continue
			}
			var resp dpia.Response
			switch q.Kind {
			case dpia.YesNo:
				resp.Answer = dpia.Yes
				if part == dpia.Processing && q.Number == "7.3" && !supervised {
					resp.Answer = dpia.No
				}
			case dpia.YesNoNotRelevant:
				resp.Answer = dpia.NotRelevant
				if third {
					resp.Answer = dpia.Yes
				}
			case dpia.MultipleChoice, dpia.SingleChoice:
				resp.Choices = []string{q.Options[0].Code}
			case dpia.FreeText:
				resp.Text = "Beskrevet i systemets sikkerhedsdokumentation."
			}
			if part == dpia.Processing {
				a.Processing[q.Number] = resp
			} else {
				a.Lawfulness[q.Number] = resp
			}
		}
	}
}

// considerThreats marks the threat categories the risks do not assess as
// not relevant (most assessments consider every one), and writes the action
// plan for the measures not yet implemented.
func (g *generator) considerThreats(a *dpia.Assessment) {
	assessed := map[risk.Threat]bool{}
	for _, r := range a.Risks {
		assessed[r.Threat] = true
	}
	skip := g.chance(0.08)
	for _, t := range risk.Threats() {
		if !assessed[t] && !(skip && t == risk.Physical) {
			a.NotRelevant = append(a.NotRelevant, dpia.ThreatNote{Threat: t, Reason: "Vurderet ikke relevant for behandlingen."})
		}
	}
	for i, r := range a.Risks {
		for k, m := range r.Measures {
			if m.Status != risk.Implemented {
				a.ActionPlan = append(a.ActionPlan, dpia.PlanStep{Risk: i, Measure: k, How: "Efter projektplanen."})
			}
		}
	}
}

// lowerFirst lowers the first letter of s.
func lowerFirst(s string) string {
	for i, r := range s {
		if i == 0 && r >= 'A' && r <= 'Z' {
			return string(r+'a'-'A') + s[1:]
		}
		if i == 0 && (r == 'Æ' || r == 'Ø' || r == 'Å') {
			return string(map[rune]rune{'Æ': 'æ', 'Ø': 'ø', 'Å': 'å'}[r]) + s[len(string(r)):]
		}
		break
	}
	return s
}
