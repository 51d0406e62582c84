package dpia

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/dkgdpr/gdpr/screening"
	"golang.org/x/text/language"
)

// Check returns the compliance gaps of the assessment at the instant now
// (the day is taken in Europe/Copenhagen), as findings with rule ids, legal
// references, field paths and Danish and English text (see [Rules]).
// agreements are the data processing agreements it refers to (the record's
// and [Assessment.AgreementIDs]); others are ignored. It reports, in this
// order:
//
//   - no embedded record (dpia.record_missing);
//   - no screening (dpia.screening_missing); the screening's own findings
//     (screening.*), and each "no" of the screening where the record's
//     facts suggest yes (screening.suggestion_disagrees);
//   - each question of the catalogue without an answer
//     (dpia.question_unanswered) and each answer of the assessment that
//     contradicts the record (dpia.answer_contradicts_record), such as "not
//     relevant" to 7.4 while the record names a third country;
//   - an agreement referred to but not given (dpia.agreement_missing), and
//     answers to 7.2-7.4 that contradict the agreements
//     (dpia.answer_contradicts_agreements): no sub-processors while an
//     agreement lists some, supervision while an agreement has no plan,
//     transfers "not relevant" while the data reach a third country;
//   - no risks (dpia.risks_missing), a threat category neither assessed nor
//     marked not relevant (dpia.threat_not_considered), and the findings
//     of the risk assessments (risk.*, with paths under "risks"), except
//     risk.residual_high, which becomes dpia.prior_consultation_pending
//     while Datatilsynet has not answered;
//   - the DPO not consulted (dpia.dpo_not_consulted), a recommendation
//     without a response (dpia.dpo_response_missing), the data subjects'
//     views not documented: not sought without a reason, or sought without
//     saying how (dpia.views_not_documented);
//   - no monitoring interval or owner (dpia.monitoring_missing), an
//     interval over three years (dpia.review_interval_long), a review
//     overdue on the day (dpia.review_overdue);
//   - a decided assessment without a complete decision
//     (dpia.approval_missing), a conditional approval without conditions
//     (dpia.conditions_missing), a decision other than approval
//     (dpia.not_approved, information);
//   - a record that is active while the processing may not start
//     (dpia.started_without_approval).
//
// Check does not validate: run [Assessment.Validate] first; on invalid input
// it does not panic, and its findings are as good as the input. The findings
// come in a stable order.
func (a Assessment) Check(now time.Time, agreements ...dpa.Agreement) []gdpr.Finding {
	var out []gdpr.Finding
	today := gdpr.DateOf(now)
	rec := a.Record
	if rec == nil {
		out = append(out, ruleRecordMissing.Finding("record"))
	}

	// The screening.
	if a.Screening == nil {
		out = append(out, ruleScreeningMissing.Finding("screening"))
	} else {
		if r, err := screening.Assess(*a.Screening); err == nil {
			out = appendPrefixed(out, "screening", r.Findings)
		}
		if rec != nil {
			if sugs, err := screening.Suggest(facts(rec), screening.DefaultPolicy()); err == nil {
				out = appendPrefixed(out, "screening", screening.Disagreements(*a.Screening, sugs))
			}
		}
	}

	// The questions.
	var third []gdpr.Country
	if rec != nil {
		third = rec.ThirdCountries()
	}
	for _, p := range Parts() {
		responses := a.responses(p)
		field := p.String()
		for i := range catalogue[p] {
			q := &catalogue[p][i]
			path := field + "[" + strconv.Quote(q.Number) + "]"
			r := responses[q.Number]
			if recAns, ok := a.recordAnswer(q); ok {
				if contradicts(q, recAns, r) {
					out = append(out, ruleAnswerContradictsRecord.Finding(path))
				}
				continue
			}
			if q.RecordField != "" && rec == nil {
				continue // dpia.record_missing says it
			}
			e := a.entry(q, r)
			if !e.Answered {
				out = append(out, ruleQuestionUnanswered.Finding(path))
			}
			if p == Processing && q.Number == "7.4" && e.Answer == NotRelevant && len(third) > 0 {
				f := ruleAnswerContradictsRecord.Finding(path)
				f.Text = appendText(f.Text, " (", countries(third), ")")
				out = append(out, f)
			}
		}
	}

	// The agreements.
	out = a.checkAgreements(out, agreements)

	// The risks.
	if len(a.Risks) == 0 {
		out = append(out, ruleRisksMissing.Finding("risks"))
	}
	for _, t := range a.threatsNotConsidered() {
		f := ruleThreatNotConsidered.Finding("notRelevant")
		n := strconv.Itoa(t.Number()) + ". "
		f.Text.Da += " (" + n + t.Label(language.Danish) + ")"
		f.Text.En += " (" + n + t.Label(language.English) + ")"
		out = append(out, f)
	}
	m := a.matrix()
	for _, f := range m.Check(a.Risks, today) {
		if f.Rule == riskResidualHigh {
			continue
		}
		f.Path = gdpr.JoinPath("risks", f.Path)
		out = append(out, f)
	}
	s := m.Summarize(a.Risks)
	if a.consultation(&s).Pending {
		out = append(out, rulePriorConsultationPending.Finding("consultation"))
	}

	// The DPO and the data subjects.
	if _, ok := a.dpoConsulted(); !ok {
		out = append(out, ruleDPONotConsulted.Finding("dpo"))
	}
	out = append(out, a.dpoResponsesMissing()...)
	if !a.Views.documented() {
		out = append(out, ruleViewsNotDocumented.Finding("views"))
	}

	// Monitoring.
	mo := &a.Monitoring
	if mo.Interval.IsZero() || strings.TrimSpace(mo.Owner) == "" {
		out = append(out, ruleMonitoringMissing.Finding("monitoring"))
	}
	if longerThan(mo.Interval, DefaultReviewInterval()) {
		out = append(out, ruleReviewIntervalLong.Finding("monitoring.interval"))
	}
	if rv := a.review(); !rv.Due.IsZero() && rv.Due.Before(today) {
		f := ruleReviewOverdue.Finding("monitoring.reviews")
		f.Text = appendText(f.Text, " (", rv.Due.String(), ")")
		out = append(out, f)
	}

	// The decision.
	st := a.status()
	ap := &a.Approval
	if (st == Decided || st == UnderRevision) && (!ap.Verdict.Valid() || strings.TrimSpace(ap.By) == "" || ap.Date.IsZero()) {
		out = append(out, ruleApprovalMissing.Finding("approval"))
	}
	if ap.Verdict == ConditionallyApproved && strings.TrimSpace(ap.Conditions) == "" {
		out = append(out, ruleConditionsMissing.Finding("approval.conditions"))
	}
	if (st == Decided || st == UnderRevision) && (ap.Verdict == ConditionallyApproved || ap.Verdict == NotApproved) {
		out = append(out, ruleNotApproved.Finding("approval.verdict"))
	}
	if rec != nil && rec.Active() && !a.start(&s).Allowed {
		out = append(out, ruleStartedWithoutApproval.Finding("record.status"))
	}
	return out
}

// checkAgreements reports agreements referred to but not given, and answers
// to 7.2-7.4 that contradict the agreements given.
func (a *Assessment) checkAgreements(out []gdpr.Finding, agreements []dpa.Agreement) []gdpr.Finding {
	byID := make(map[string]*dpa.Agreement, len(agreements))
	for i := range agreements {
		byID[agreements[i].ID] = &agreements[i]
	}
	var used []*dpa.Agreement
	seen := map[string]bool{}
	refer := func(id, path string) {
		if id == "" || seen[id] {
			return
		}
		seen[id] = true
		if ag, ok := byID[id]; ok {
			used = append(used, ag)
			return
		}
		f := ruleAgreementMissing.Finding(path)
		f.Text = appendText(f.Text, " (", id, ")")
		out = append(out, f)
	}
	if a.Record != nil {
		for j, p := range a.Record.Processors {
			refer(p.AgreementID, "record.processors["+strconv.Itoa(j)+"].agreementId")
		}
	}
	for i, id := range a.AgreementIDs {
		refer(id, "agreementIds["+strconv.Itoa(i)+"]")
	}
	if len(used) == 0 {
		return out
	}
	entry := func(n string) Entry {
		i, _ := questionIndex(Processing, n)
		q := &catalogue[Processing][i]
		return a.entry(q, a.Processing[n])
	}
	var subs, noPlan []string
	var third []gdpr.Country
	for _, ag := range used {
		if len(ag.SubProcessors) > 0 {
			subs = append(subs, ag.ID)
		}
		if ag.Plan.IsZero() {
			noPlan = append(noPlan, ag.ID)
		}
		for _, r := range ag.Routes() {
			if !r.Country.IsZero() && !r.Country.InEEA() && !slices.Contains(third, r.Country) {
				third = append(third, r.Country)
			}
		}
	}
	if e := entry("7.2"); e.Answer == No && len(subs) > 0 {
		f := ruleAnswerContradictsAgreements.Finding(`processing["7.2"]`)
		f.Text = appendText(f.Text, " (", strings.Join(subs, ", "), ")")
		out = append(out, f)
	}
	if e := entry("7.3"); e.Answer == Yes && len(noPlan) > 0 {
		f := ruleAnswerContradictsAgreements.Finding(`processing["7.3"]`)
		f.Text = appendText(f.Text, " (", strings.Join(noPlan, ", "), ")")
		out = append(out, f)
	}
	if e := entry("7.4"); e.Answer == NotRelevant && len(third) > 0 {
		slices.SortFunc(third, gdpr.Country.Compare)
		f := ruleAnswerContradictsAgreements.Finding(`processing["7.4"]`)
		f.Text = appendText(f.Text, " (", countries(third), ")")
		out = append(out, f)
	}
	return out
}

// facts describes the record for the screening's suggestions.
func facts(rec *ropa.Record) screening.Facts {
	f := screening.Facts{
		DataTypes:          rec.DataTypes(),
		Subjects:           rec.SubjectCategories(),
		SubjectsPerYear:    max(rec.SubjectsPerYear, 0),
		AutomatedDecisions: rec.AutomatedDecisions == gdpr.Yes,
	}
	for _, t := range rec.UsedTechnologies() {
		if st, ok := screeningTechnology[t]; ok && !slices.Contains(f.Technologies, st) {
			f.Technologies = append(f.Technologies, st)
		}
	}
	if slices.Contains(rec.Collection, ropa.SourceTracking) {
		f.Technologies = append(f.Technologies, screening.TrackingData)
	}
	if rec.Matching == gdpr.Yes {
		f.Technologies = append(f.Technologies, screening.Combination)
	}
	return f
}

// screeningTechnology maps the record's technologies (questions 2.2-2.13) to
// the screening's. Read-only.
var screeningTechnology = map[ropa.Technology]screening.Technology{
	ropa.Servers: screening.Servers, ropa.Computers: screening.Computers, ropa.MobileDevices: screening.MobileDevices,
	ropa.StorageMedia: screening.StorageDevices, ropa.SocialMedia: screening.SocialMedia, ropa.CCTV: screening.CCTV,
	ropa.Tracking: screening.Tracking, ropa.Biometrics: screening.Biometrics, ropa.AI: screening.AI,
	ropa.IoT: screening.IoT, ropa.MobileApps: screening.MobileApps, ropa.OtherTechnology: screening.OtherSpecial,
}

// appendPrefixed appends findings with their paths under prefix.
func appendPrefixed(out []gdpr.Finding, prefix string, fs []gdpr.Finding) []gdpr.Finding {
	for _, f := range fs {
		f.Path = gdpr.JoinPath(prefix, f.Path)
		out = append(out, f)
	}
	return out
}

// appendText appends the same detail to both languages of t.
func appendText(t gdpr.Text, open, detail, closing string) gdpr.Text {
	t.Da += open + detail + closing
	t.En += open + detail + closing
	return t
}

// countries lists country codes: "IN, US".
func countries(cs []gdpr.Country) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = c.String()
	}
	return strings.Join(parts, ", ")
}

// longerThan reports whether period p is longer than q, counted from a fixed
// day.
func longerThan(p, q ropa.Period) bool {
	if !p.Valid() || !q.Valid() {
		return false
	}
	from := gdpr.Date{Year: 2001, Month: time.January, Day: 31}
	return p.End(from).After(q.End(from))
}

// threatOrder orders threats as the template's risk table does: the
// catalogue's in its order, custom threats last.
func threatOrder(t risk.Threat) int {
	if n := t.Number(); n > 0 {
		return n
	}
	return 100
}
