package dpia

import (
	"errors"
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
//     of the risk assessments under the policy's risk policy (risk.*, with
//     paths under "risks"), except risk.residual_high, which becomes
//     dpia.prior_consultation_pending while Datatilsynet has not answered;
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
//   - a residual risk that the risk policy ([Policy].Risk) calls to reduce
//     or to stop for, where an exception needs top management's approval
//     and none is recorded (dpia.risk_policy_exception_missing);
//   - a record that is active while the processing may not start
//     (dpia.started_without_approval).
//
// An invalid assessment is reported, not refused: each problem of
// [Assessment.Validate] comes first as a finding of dpia.invalid with its
// path, and the other findings are as good as the input. What is recorded
// after the day of now (Datatilsynet's answer, a review, a change, the DPO's
// involvement, an approval dated later) is not yet known at now and is left
// out. The result is never nil: a clean assessment gives an empty slice. The
// findings come in a stable order.
//
// It applies the default policy ([Policy]); [Policy.Check] applies another.
func (a Assessment) Check(now time.Time, agreements ...dpa.Agreement) []gdpr.Finding {
	return Policy{}.check(a, now, agreements)
}

// check is Check under a valid policy.
func (p Policy) check(a Assessment, now time.Time, agreements []dpa.Agreement) []gdpr.Finding {
	out := []gdpr.Finding{}
	today := gdpr.DateOf(now)
	out = appendInvalid(out, a.Validate())
	a = a.asOf(today)
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
			if sugs, err := screening.DefaultPolicy().Suggest(facts(rec)); err == nil {
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
	for _, f := range p.Risk.Check(risk.Set{Matrix: m, Assessments: a.Risks}, now) {
		if f.Rule == riskResidualHigh {
			continue
		}
		f.Path = "risks" + strings.TrimPrefix(f.Path, "assessments")
		out = append(out, f)
	}
	v := p.risks(&a)
	if a.consultation(&v).Pending {
		out = append(out, rulePriorConsultationPending.Finding("consultation"))
	}
	out = a.checkOutcome(out)

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
	if (st == Decided || st == UnderRevision) && (!ap.Verdict.Valid() || ap.By.Blank() || ap.Date.IsZero()) {
		out = append(out, ruleApprovalMissing.Finding("approval"))
	}
	if ap.Verdict == ConditionallyApproved && strings.TrimSpace(ap.Conditions) == "" {
		out = append(out, ruleConditionsMissing.Finding("approval.conditions"))
	}
	if (st == Decided || st == UnderRevision) && (ap.Verdict == ConditionallyApproved || ap.Verdict == NotApproved) {
		out = append(out, ruleNotApproved.Finding("approval.verdict"))
	}
	for _, t := range v.treated {
		if t.treatment.TopManagementApproval && a.Approval.Exception.IsZero() {
			f := ruleRiskPolicy.Finding("approval.exception")
			f.Text = appendText(f.Text, " (", t.label, ")")
			out = append(out, f)
		}
	}
	if rec != nil && rec.Active() && !a.start(&v, &p).Allowed {
		out = append(out, ruleStartedWithoutApproval.Finding("record.status"))
	}
	return out
}

// checkOutcome reports an answer of Datatilsynet that does not let the
// processing start: recorded without its outcome, a warning or a ban, or
// conditions not yet met.
func (a *Assessment) checkOutcome(out []gdpr.Finding) []gdpr.Finding {
	c := &a.Consultation
	switch {
	case c.Answered.IsZero():
	case !c.Outcome.Valid():
		out = append(out, ruleConsultationOutcomeMissing.Finding("consultation.outcome"))
	case c.Outcome == Warning || c.Outcome == Ban:
		f := ruleConsultationRefused.Finding("consultation.outcome")
		f.Text = gdpr.Text{Da: f.Text.Da + " (" + c.Outcome.Label(language.Danish) + ")", En: f.Text.En + " (" + c.Outcome.Label(language.English) + ")"}
		out = append(out, f)
	case c.Outcome.TakesConditions() && c.unmet() > 0:
		for i, x := range c.Conditions {
			if x.Met.IsZero() {
				out = append(out, ruleConsultationConditionsUnmet.Finding("consultation.conditions["+strconv.Itoa(i)+"].met"))
			}
		}
	}
	return out
}

// appendInvalid appends a finding of dpia.invalid for each problem of err,
// the error of Validate.
func appendInvalid(out []gdpr.Finding, err error) []gdpr.Finding {
	if err == nil {
		return out
	}
	var ps gdpr.Problems
	if !errors.As(err, &ps) {
		ps = gdpr.Problems{{Code: gdpr.CodeMalformed, Message: err.Error()}}
	}
	for _, p := range ps {
		f := ruleInvalid.Finding(p.Path)
		f.Text.Da += " (" + p.Code + ")"
		f.Text.En += " (" + p.Code + ": " + p.Message + ")"
		out = append(out, f)
	}
	return out
}

// asOf returns a copy of a as it stood at the end of day: what is dated
// after it (Datatilsynet's answer or the request itself, reviews, changes,
// the DPO's involvement, the decision) is left out, so that a check at an
// instant does not count what was recorded later. a's slices are not
// changed.
func (a Assessment) asOf(day gdpr.Date) Assessment {
	later := func(d gdpr.Date) bool { return d.Valid() && d.After(day) }
	c := &a.Consultation
	switch {
	case later(c.Submitted):
		*c = Consultation{Assessment: c.Assessment}
	case later(c.Answered):
		c.Answered, c.Outcome, c.Conditions, c.Response = gdpr.Date{}, 0, nil, ""
	case slices.ContainsFunc(c.Conditions, func(x Condition) bool { return later(x.Met) }):
		c.Conditions = slices.Clone(c.Conditions)
		for i := range c.Conditions {
			if later(c.Conditions[i].Met) {
				c.Conditions[i].Met = gdpr.Date{}
			}
		}
	}
	if later(c.Extended) {
		c.Extended = gdpr.Date{}
	}
	if later(a.Approval.Date) {
		a.Approval = Approval{}
	}
	if later(a.Approval.Exception.Date) {
		a.Approval.Exception = Exception{}
	}
	a.Monitoring.Reviews = dropLater(a.Monitoring.Reviews, func(r Review) bool { return later(r.Date) })
	a.Monitoring.Changes = dropLater(a.Monitoring.Changes, func(c Change) bool { return later(c.Date) })
	a.DPO.Involvement = dropLater(a.DPO.Involvement, func(i Involvement) bool { return later(i.Date) })
	return a
}

// dropLater returns xs without the elements later reports, as a new slice
// when any is dropped and xs itself otherwise.
func dropLater[T any](xs []T, later func(T) bool) []T {
	if !slices.ContainsFunc(xs, later) {
		return xs
	}
	return slices.DeleteFunc(slices.Clone(xs), later)
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
		Technologies:       rec.TemplateTechnologies(),
	}
	return f
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
