package dpia

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/dkgdpr/gdpr/ropa"
	"golang.org/x/text/language"
)

// KeyAnswer is the derived answer to one of the seven key questions of the
// summary: yes, no, or zero where the document cannot answer it yet, with
// the reasons and the assessment's own note.
type KeyAnswer struct {
	Question KeyQuestion   `json:"question"`
	Answer   Answer        `json:"answer,omitempty"`
	Reasons  []gdpr.Reason `json:"reasons"`
	Note     string        `json:"note,omitempty"`
}

// ConsultationDecision says whether Datatilsynet must be consulted before
// the processing starts (GDPR art. 36(1)) and whether its answer lets the
// processing start. Needed when a residual risk stays high after the
// measures, a high risk as the policy's risk.Policy.HighRisk reads it (by
// default the highest band, or the highest consequence when likely: a
// residual K4 x S3 as well as K4 x S4, after WP248 rev.01 III.C); Pending while it is needed and Datatilsynet has not answered.
// AnswerDue is when Datatilsynet's written advice is due ([AnswerDue]):
// eight weeks after the request, fourteen when it extended the period (art.
// 36(2)), moved off closed days; zero before the request is submitted.
// Outcome is the answer's outcome, and Allows whether the consultation lets
// the processing start: not needed and no answer that forbids it, or
// answered with an outcome that allows it and every condition met. An
// answer that arrived is not enough.
type ConsultationDecision struct {
	Needed    bool          `json:"needed"`
	Pending   bool          `json:"pending"`
	AnswerDue gdpr.Date     `json:"answerDue,omitzero"`
	Outcome   Outcome       `json:"outcome,omitempty"`
	Allows    bool          `json:"allows"`
	Reasons   []gdpr.Reason `json:"reasons"`
}

// StartDecision says whether the processing may start, and why (the municipal DPIA template,
// "Tids- og handlingsplan" and "Godkendelse"; GDPR art. 35(2), 36(1)). When
// it may not, the reasons are the rules that stand in the way; when it may,
// they are the conditions met.
type StartDecision struct {
	Allowed bool          `json:"allowed"`
	Reasons []gdpr.Reason `json:"reasons"`
}

// ReviewDecision says when the assessment must next be reviewed (GDPR art.
// 35(11)): the recorded interval (three years when none is recorded, the
// longest WP248 rev.01 recommends) from the latest approval or review (From),
// or at once, on the day of a change of the processing, its risks or a
// processor recorded since. Due is zero before the assessment is first
// decided.
type ReviewDecision struct {
	Due      gdpr.Date     `json:"due,omitzero"`
	From     gdpr.Date     `json:"from,omitzero"`
	Interval ropa.Period   `json:"interval,omitzero"`
	Reasons  []gdpr.Reason `json:"reasons"`
}

// Decisions are everything the library derives from an assessment at once:
// the summary of the risks, the seven key questions, prior consultation,
// whether the processing may start and when the next review is due.
type Decisions struct {
	Status            Status               `json:"status"`
	Risks             risk.Summary         `json:"risks"`
	KeyAnswers        []KeyAnswer          `json:"keyAnswers"`
	PriorConsultation ConsultationDecision `json:"priorConsultation"`
	Start             StartDecision        `json:"start"`
	Review            ReviewDecision       `json:"review"`
}

// DefaultReviewInterval returns the interval counted when the assessment
// records none: three years, the longest the Article 29 Working Party
// recommends (WP248 rev.01). It is a recommendation, not law:
// an authority records its own interval in [Monitoring].
func DefaultReviewInterval() ropa.Period { return ropa.Period{Count: 3, Unit: ropa.Years} }

// Decide derives every decision of the assessment (see [Decisions]) under
// the default policy, Policy{}.Decide. It does not validate: run
// [Assessment.Validate] first; on invalid input it does not panic, and its
// decisions are as good as the input.
func (a Assessment) Decide() Decisions { return Policy{}.decide(&a) }

// KeyAnswers answers the seven key questions of the template's summary from
// the document, in order (the municipal DPIA template, "Sammenfatning af konsekvensanalysen"):
//
//  1. the risks are considered when every threat category of the
//     template's catalogue is assessed or marked not relevant;
//  2. the DPO is involved when the log of involvement and the DPO's
//     conclusion are recorded (art. 35(2));
//  3. management can approve when the verdict is "approved";
//  4. measures are pending while a further measure is not implemented;
//  5. the data subjects are heard when their views were sought (art. 35(9));
//  6. Datatilsynet must be consulted when a residual risk stays high (art.
//     36(1)), as the risk policy reads a high risk (WP248 rev.01 III.C);
//  7. a follow-up process is in place when a monitoring interval and an
//     owner are recorded and every pending measure has an owner and a due
//     date.
//
// A question the document cannot answer yet (no verdict, views not
// decided, no risks) has the zero Answer, with a reason saying what is
// missing.
func (a Assessment) KeyAnswers() []KeyAnswer {
	p := Policy{}
	v := p.risks(&a)
	return a.keyAnswers(&v, &p)
}

// PriorConsultation decides whether Datatilsynet must be consulted (see
// [ConsultationDecision]).
func (a Assessment) PriorConsultation() ConsultationDecision {
	p := Policy{}
	v := p.risks(&a)
	return a.consultation(&v)
}

// MayStart decides whether the processing may start (see [StartDecision]):
// only when the assessment is decided with the verdict "approved", the DPO
// was consulted (GDPR art. 35(2)) and the authority responded to each of the
// DPO's recommendations (art. 39(1)(c)), no measure that brings a high risk
// down is still unimplemented (the municipal DPIA template, "Tids- og
// handlingsplan"), and the prior consultation of Datatilsynet, where it is
// needed or was made, has an answer whose outcome allows the start with
// every condition met (art. 36; see [Outcome]). The authority's risk policy
// applies to the residual risks: one whose treatment is to reduce it or to
// stop (by default Over middel and Høj, and a high risk in a lower band such
// as K4 x S3) stands in the way unless an exception is approved as the
// policy says: by top management ([Approval].Exception) where the policy
// asks for it, else by the approval itself.
//
// It applies the default policy, under which every further measure must be
// implemented before the start ([AllMeasures]) and a high residual risk
// stops the project unless top management approves an exception
// (risk.DefaultPolicy); [Policy.MayStart] applies another.
func (a Assessment) MayStart() StartDecision {
	p := Policy{}
	v := p.risks(&a)
	return a.start(&v, &p)
}

// NextReview decides when the assessment must next be reviewed (see
// [ReviewDecision]).
func (a Assessment) NextReview() ReviewDecision { return a.review() }

// highRiskReference is the reference of a reason about a high residual
// risk: prior consultation (GDPR art. 36(1)) on the reading of a high
// residual risk after WP248 rev.01 III.C.
var highRiskReference = gdpr.Cite("GDPR art. 36(1); WP248 rev.01 III.C")

func reason(r *gdpr.Rule, da, en string) gdpr.Reason {
	return gdpr.Reason{Rule: r.ID, Reference: r.Reference, Text: gdpr.Text{Da: da, En: en}}
}

// keyAnswers answers the seven key questions.
func (a *Assessment) keyAnswers(v *riskView, p *Policy) []KeyAnswer {
	s := &v.sum
	out := make([]KeyAnswer, 0, 7)
	add := func(q KeyQuestion, ans Answer, rs ...gdpr.Reason) {
		out = append(out, KeyAnswer{Question: q, Answer: ans, Reasons: rs, Note: a.SummaryNotes[q]})
	}

	// 1. Risks considered.
	if len(a.Risks) == 0 {
		add(RisksConsidered, No, reason(&ruleRisksMissing, "Der er ikke vurderet nogen risici.", "No risks have been assessed."))
	} else if missing := a.threatsNotConsidered(); len(missing) > 0 {
		nums := threatNumbers(missing)
		add(RisksConsidered, No, reason(&ruleThreatNotConsidered,
			"Trusselskategori "+nums+" er hverken vurderet eller markeret som ikke relevant.",
			"Threat category "+nums+" is neither assessed nor marked not relevant."))
	} else {
		n, m := strconv.Itoa(len(a.Risks)), strconv.Itoa(len(a.NotRelevant))
		add(RisksConsidered, Yes, reason(&ruleThreatNotConsidered,
			"Alle skabelonens 16 trusselskategorier er vurderet ("+n+" risici) eller markeret som ikke relevante ("+m+").",
			"Every one of the template's 16 threat categories is assessed ("+n+" risks) or marked not relevant ("+m+")."))
	}

	// 2. DPO involved.
	if r, ok := a.dpoConsulted(); ok {
		add(DPOInvolved, Yes, r)
	} else {
		add(DPOInvolved, No, r)
	}

	// 3. Management approval.
	ap := a.Approval
	switch ap.Verdict {
	case Approved:
		add(ManagementApproval, Yes, reason(&ruleNotApproved,
			"Godkendt"+byOn(ap, language.Danish)+".", "Approved"+byOn(ap, language.English)+"."))
	case ConditionallyApproved:
		add(ManagementApproval, No, reason(&ruleNotApproved,
			"Kun betinget godkendt"+byOn(ap, language.Danish)+": behandlingen kan først påbegyndes, når de krævede ændringer er foretaget og en revideret konsekvensanalyse er godkendt.",
			"Only conditionally approved"+byOn(ap, language.English)+": the processing can start only once the required changes are made and a revised impact assessment is approved."))
	case NotApproved:
		add(ManagementApproval, No, reason(&ruleNotApproved,
			"Ikke godkendt"+byOn(ap, language.Danish)+": behandlingen kan ikke påbegyndes.",
			"Not approved"+byOn(ap, language.English)+": the processing cannot start."))
	default:
		add(ManagementApproval, 0, reason(&ruleApprovalMissing,
			"Ledelsen har endnu ikke truffet beslutning om konsekvensanalysen.",
			"Management has not yet decided on the impact assessment."))
	}

	// 4. Measures pending.
	pending, total := a.pendingMeasures()
	switch {
	case len(a.Risks) == 0:
		add(MeasuresPending, 0, reason(&ruleRisksMissing, "Der er ikke vurderet nogen risici.", "No risks have been assessed."))
	case len(pending) > 0:
		ids := strings.Join(pending, ", ")
		da := strconv.Itoa(a.countPending()) + " af " + strconv.Itoa(total) + " yderligere foranstaltninger er ikke implementeret (risiko " + ids + ")."
		en := strconv.Itoa(a.countPending()) + " of " + strconv.Itoa(total) + " further measures are not implemented (risk " + ids + ")."
		rs := []gdpr.Reason{{Reference: gdpr.Cite("GDPR art. 35(7)(d)"), Text: gdpr.Text{Da: da, En: en}}}
		switch {
		case p.measures() == AllMeasures:
			rs = append(rs, gdpr.Reason{Reference: gdpr.Cite("GDPR art. 35(7)(d); the municipal DPIA template"), Text: gdpr.Text{
				Da: "Efter politikken skal de alle være implementeret, før behandlingen påbegyndes.",
				En: "Under the policy they must all be in place before the processing starts."}})
		case s.PendingHigh > 0:
			rs = append(rs, gdpr.Reason{Rule: riskPendingHigh, Reference: gdpr.Cite("GDPR art. 35(7)(d)"), Text: gdpr.Text{
				Da: strconv.Itoa(s.PendingHigh) + " af dem nedbringer en høj risiko og skal være implementeret, før behandlingen påbegyndes.",
				En: strconv.Itoa(s.PendingHigh) + " of them bring a high risk down and must be in place before the processing starts."}})
		}
		out = append(out, KeyAnswer{Question: MeasuresPending, Answer: Yes, Reasons: rs, Note: a.SummaryNotes[MeasuresPending]})
	case total == 0:
		add(MeasuresPending, No, gdpr.Reason{Reference: gdpr.Cite("GDPR art. 35(7)(d)"), Text: gdpr.Text{
			Da: "Der er ikke beskrevet yderligere foranstaltninger.", En: "No further measures are described."}})
	default:
		add(MeasuresPending, No, gdpr.Reason{Reference: gdpr.Cite("GDPR art. 35(7)(d)"), Text: gdpr.Text{
			Da: "Alle " + strconv.Itoa(total) + " yderligere foranstaltninger er implementeret.",
			En: "All " + strconv.Itoa(total) + " further measures are implemented."}})
	}

	// 5. Subjects heard.
	switch a.Views.Sought {
	case Yes:
		add(SubjectsHeard, Yes, reason(&ruleViewsNotDocumented,
			"De registreredes synspunkter er indhentet"+methods(a.Views.Methods, language.Danish)+".",
			"The data subjects' views were sought"+methods(a.Views.Methods, language.English)+"."))
	case No:
		add(SubjectsHeard, No, reason(&ruleViewsNotDocumented,
			"De registreredes synspunkter er ikke indhentet"+whyNot(a.Views.Reasons, language.Danish)+".",
			"The data subjects' views were not sought"+whyNot(a.Views.Reasons, language.English)+"."))
	default:
		add(SubjectsHeard, 0, reason(&ruleViewsNotDocumented,
			"Det er ikke angivet, om de registreredes synspunkter er indhentet.",
			"It is not recorded whether the data subjects' views were sought."))
	}

	// 6. Prior consultation.
	c := a.consultation(v)
	switch {
	case len(a.Risks) == 0:
		add(PriorConsultationNeeded, 0, c.Reasons...)
	case c.Needed:
		add(PriorConsultationNeeded, Yes, c.Reasons...)
	default:
		add(PriorConsultationNeeded, No, c.Reasons...)
	}

	// 7. Follow-up.
	var gaps []gdpr.Reason
	if a.Monitoring.Interval.IsZero() || strings.TrimSpace(a.Monitoring.Owner) == "" {
		gaps = append(gaps, reason(&ruleMonitoringMissing,
			"Monitoreringsinterval eller ansvarlig for ajourføringen er ikke angivet.",
			"The monitoring interval or the person responsible for updating is not recorded."))
	}
	if n := a.pendingWithoutPlan(); n > 0 {
		gaps = append(gaps, gdpr.Reason{Rule: "risk.measure_due_missing", Reference: gdpr.Cite("GDPR art. 35(7)(d)"), Text: gdpr.Text{
			Da: strconv.Itoa(n) + " foranstaltninger, der ikke er implementeret, mangler ansvarlig eller tidspunkt for implementering.",
			En: strconv.Itoa(n) + " measures not yet implemented lack an owner or a due date."}})
	}
	if len(gaps) > 0 {
		add(FollowUp, No, gaps...)
	} else {
		add(FollowUp, Yes, reason(&ruleMonitoringMissing,
			"Konsekvensanalysen monitoreres med et interval på "+a.Monitoring.Interval.Label(language.Danish)+" af "+a.Monitoring.Owner+", og hver udestående foranstaltning har en ansvarlig og et tidspunkt.",
			"The impact assessment is monitored at an interval of "+a.Monitoring.Interval.Label(language.English)+" by "+a.Monitoring.Owner+", and every pending measure has an owner and a due date."))
	}
	return out
}

// byOn formats " den DATE" for an approval. It leaves out who approved:
// a reason carries no personal data, so a host may log decisions; the
// report's approval table names the approver.
func byOn(ap Approval, tag language.Tag) string {
	var b strings.Builder
	if !ap.Date.IsZero() {
		b.WriteString(gdpr.Text{Da: " den ", En: " on "}.In(tag))
		b.WriteString(ap.Date.String())
	}
	return b.String()
}

func methods(ms []ViewMethod, tag language.Tag) string {
	if len(ms) == 0 {
		return ""
	}
	parts := make([]string, len(ms))
	for i, m := range ms {
		parts[i] = strings.ToLower(m.Label(tag))
	}
	return ": " + strings.Join(parts, ", ")
}

func whyNot(rs []NoViewReason, tag language.Tag) string {
	if len(rs) == 0 {
		return gdpr.Text{Da: ", og der er ikke angivet en begrundelse", En: ", and no reason is recorded"}.In(tag)
	}
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = lowerFirst(r.Label(tag))
	}
	return gdpr.Text{Da: ", fordi ", En: ", because "}.In(tag) + strings.Join(parts, "; ")
}

// threatsNotConsidered returns the catalogue's threats that are neither
// assessed nor marked not relevant, in the template's order.
func (a *Assessment) threatsNotConsidered() []risk.Threat {
	var out []risk.Threat
	for _, t := range risk.Threats() {
		if !a.threatConsidered(t) {
			out = append(out, t)
		}
	}
	return out
}

func (a *Assessment) threatConsidered(t risk.Threat) bool {
	for i := range a.Risks {
		if a.Risks[i].Threat == t {
			return true
		}
	}
	for _, n := range a.NotRelevant {
		if n.Threat == t {
			return true
		}
	}
	return false
}

// threatNumbers lists the template's numbers of threats: "3, 5 og 9".
func threatNumbers(ts []risk.Threat) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = strconv.Itoa(t.Number())
	}
	return strings.Join(parts, ", ")
}

// pendingMeasures returns the IDs (or positions from 1) of the risks with a
// measure not implemented, and the total number of measures.
func (a *Assessment) pendingMeasures() (ids []string, total int) {
	for i := range a.Risks {
		r := &a.Risks[i]
		total += len(r.Measures)
		for _, m := range r.Measures {
			if m.Status != risk.Implemented {
				ids = append(ids, riskLabel(r, i))
				break
			}
		}
	}
	return ids, total
}

// countPending counts the further measures not implemented.
func (a *Assessment) countPending() int {
	n := 0
	for i := range a.Risks {
		for _, m := range a.Risks[i].Measures {
			if m.Status != risk.Implemented {
				n++
			}
		}
	}
	return n
}

// pendingWithoutPlan counts the measures not implemented that lack an owner
// or a due date.
func (a *Assessment) pendingWithoutPlan() int {
	n := 0
	for i := range a.Risks {
		for _, m := range a.Risks[i].Measures {
			if m.Status != risk.Implemented && (m.Due.IsZero() || m.Owner.Blank()) {
				n++
			}
		}
	}
	return n
}

// riskLabel is a risk's ID, or its position from 1.
func riskLabel(r *risk.Assessment, i int) string {
	if r.ID != "" {
		return r.ID
	}
	return strconv.Itoa(i + 1)
}

// dpoConsulted reports whether the DPO's advice is documented: a log of
// involvement and a conclusion (GDPR art. 35(2)), with the reason.
func (a *Assessment) dpoConsulted() (gdpr.Reason, bool) {
	d := &a.DPO
	n := len(d.Involvement)
	switch {
	case n > 0 && strings.TrimSpace(d.Conclusion) != "":
		last := d.Involvement[n-1].Date.String()
		return reason(&ruleDPONotConsulted,
			"Databeskyttelsesrådgiveren er inddraget "+strconv.Itoa(n)+" gang(e), senest "+last+", og har afgivet sin konklusion.",
			"The data protection officer was involved "+strconv.Itoa(n)+" time(s), last on "+last+", and has given a conclusion."), true
	case n > 0:
		return reason(&ruleDPONotConsulted,
			"Databeskyttelsesrådgiveren er inddraget, men har ikke afgivet sin konklusion.",
			"The data protection officer was involved but has not given a conclusion."), false
	}
	return reason(&ruleDPONotConsulted,
		"Databeskyttelsesrådgiverens involvering er ikke dokumenteret.",
		"The data protection officer's involvement is not documented."), false
}

// consultation decides on prior consultation.
func (a *Assessment) consultation(v *riskView) ConsultationDecision {
	s := &v.sum
	c := &a.Consultation
	d := ConsultationDecision{Outcome: c.Outcome}
	if !c.Submitted.IsZero() {
		d.AnswerDue = AnswerDue(c.Submitted, !c.Extended.IsZero())
	}
	switch {
	case len(a.Risks) == 0:
		d.Reasons = []gdpr.Reason{reason(&ruleRisksMissing,
			"Behovet for forudgående høring kan ikke vurderes, før risiciene er vurderet.",
			"The need for prior consultation cannot be judged before the risks are assessed.")}
	case !s.PriorConsultation:
		hb := s.HighestResidual
		d.Reasons = []gdpr.Reason{{Rule: rulePriorConsultationPending.ID, Reference: highRiskReference, Text: gdpr.Text{
			Da: "Ingen restrisiko er høj efter foranstaltningerne (højeste: " + hb.Label(language.Danish) + "; høj risiko efter risikopolitikken: " + lowerFirst(v.reading.Label(language.Danish)) + "); forudgående høring er ikke påkrævet.",
			En: "No residual risk is high after the measures (highest: " + hb.Label(language.English) + "; a high risk under the risk policy: " + lowerFirst(v.reading.Label(language.English)) + "); prior consultation is not required."}}}
	default:
		d.Needed = true
		ids := strings.Join(v.high, ", ")
		d.Reasons = append(d.Reasons, gdpr.Reason{Rule: rulePriorConsultationPending.ID, Reference: highRiskReference, Text: gdpr.Text{
			Da: "Restrisikoen er fortsat høj efter foranstaltningerne (risiko " + ids + "; høj risiko efter risikopolitikken: " + lowerFirst(v.reading.Label(language.Danish)) + "): Datatilsynet skal høres, før behandlingen påbegyndes.",
			En: "The residual risk stays high after the measures (risk " + ids + "; a high risk under the risk policy: " + lowerFirst(v.reading.Label(language.English)) + "): Datatilsynet must be consulted before the processing starts."}})
	}
	switch {
	case !c.Answered.IsZero():
		d.Reasons = append(d.Reasons, a.outcomeReason())
		d.Allows = c.Outcome.Allows(c.conditionsMet())
	case !d.Needed:
		d.Allows = true
	case !c.Submitted.IsZero():
		d.Pending = true
		d.Reasons = append(d.Reasons, reason(&rulePriorConsultationPending,
			"Anmodningen er sendt den "+c.Submitted.String()+"; Datatilsynets svar skal foreligge senest "+d.AnswerDue.String()+" (art. 36, stk. 2).",
			"The request was sent on "+c.Submitted.String()+"; Datatilsynet's answer is due by "+d.AnswerDue.String()+" (art. 36(2))."))
	default:
		d.Pending = true
		d.Reasons = append(d.Reasons, reason(&rulePriorConsultationPending,
			"Anmodningen om forudgående høring er ikke sendt.",
			"The request for prior consultation has not been sent."))
	}
	return d
}

// outcomeReason explains what Datatilsynet's answer means for the start.
func (a *Assessment) outcomeReason() gdpr.Reason {
	c := &a.Consultation
	on := c.Answered.String()
	o := c.Outcome
	switch {
	case !o.Valid():
		return reason(&ruleConsultationOutcomeMissing,
			"Datatilsynet har svaret den "+on+", men svarets udfald er ikke registreret: behandlingen kan ikke påbegyndes på det grundlag.",
			"Datatilsynet answered on "+on+", but the outcome of the answer is not recorded: the processing cannot start on that basis.")
	case o == Proceed:
		return gdpr.Reason{Rule: ruleConsultationRefused.ID, Reference: o.Reference(), Text: gdpr.Text{
			Da: "Datatilsynet har svaret den " + on + ": " + lowerFirst(o.Label(language.Danish)) + ".",
			En: "Datatilsynet answered on " + on + ": " + lowerFirst(o.Label(language.English)) + "."}}
	case o.TakesConditions():
		r := gdpr.Reason{Rule: ruleConsultationConditionsUnmet.ID, Reference: o.Reference()}
		n, total := c.unmet(), strconv.Itoa(len(c.Conditions))
		if n == 0 {
			r.Text = gdpr.Text{
				Da: "Datatilsynet har svaret den " + on + ": " + lowerFirst(o.Label(language.Danish)) + "; alle " + total + " betingelser er opfyldt.",
				En: "Datatilsynet answered on " + on + ": " + lowerFirst(o.Label(language.English)) + "; all " + total + " conditions are met."}
		} else {
			r.Text = gdpr.Text{
				Da: "Datatilsynet har svaret den " + on + ": " + lowerFirst(o.Label(language.Danish)) + "; " + strconv.Itoa(n) + " af " + total + " betingelser er ikke opfyldt, så behandlingen kan ikke påbegyndes endnu.",
				En: "Datatilsynet answered on " + on + ": " + lowerFirst(o.Label(language.English)) + "; " + strconv.Itoa(n) + " of " + total + " conditions are not met, so the processing cannot start yet."}
		}
		return r
	}
	return gdpr.Reason{Rule: ruleConsultationRefused.ID, Reference: o.Reference(), Text: gdpr.Text{
		Da: "Datatilsynet har svaret den " + on + ": " + lowerFirst(o.Label(language.Danish)) + ". Behandlingen kan ikke påbegyndes som planlagt.",
		En: "Datatilsynet answered on " + on + ": " + lowerFirst(o.Label(language.English)) + ". The processing cannot start as planned."}}
}

// start decides whether the processing may start.
func (a *Assessment) start(v *riskView, p *Policy) StartDecision {
	s := &v.sum
	var blocks, met []gdpr.Reason
	st := a.status()
	switch {
	case a.Approval.Verdict == Approved && (st == Decided || st == UnderRevision):
		met = append(met, reason(&ruleNotApproved,
			"Konsekvensanalysen er godkendt"+byOn(a.Approval, language.Danish)+".",
			"The impact assessment is approved"+byOn(a.Approval, language.English)+"."))
	case a.Approval.Verdict == Approved:
		blocks = append(blocks, reason(&ruleNotApproved,
			"Godkendelsen er registreret, men konsekvensanalysen er ikke besluttet ("+st.Label(language.Danish)+").",
			"The approval is recorded, but the impact assessment is not decided ("+st.Label(language.English)+")."))
	case a.Approval.Verdict == ConditionallyApproved:
		blocks = append(blocks, reason(&ruleNotApproved,
			"Konsekvensanalysen er kun betinget godkendt: de krævede ændringer skal foretages, og en revideret konsekvensanalyse skal godkendes.",
			"The impact assessment is only conditionally approved: the required changes must be made and a revised assessment approved."))
	case a.Approval.Verdict == NotApproved:
		blocks = append(blocks, reason(&ruleNotApproved,
			"Konsekvensanalysen er ikke godkendt: behandlingen kan ikke påbegyndes.",
			"The impact assessment is not approved: the processing cannot start."))
	default:
		blocks = append(blocks, reason(&ruleNotApproved,
			"Konsekvensanalysen er ikke godkendt endnu.", "The impact assessment is not approved yet."))
	}
	if r, ok := a.dpoConsulted(); ok {
		met = append(met, r)
	} else {
		blocks = append(blocks, r)
	}
	// GDPR art. 35(2), 39(1)(c): the DPO's advice is documented with the
	// authority's response to each recommendation.
	if n := len(a.dpoResponsesMissing()); n > 0 {
		blocks = append(blocks, reason(&ruleDPOResponseMissing,
			strconv.Itoa(n)+" af databeskyttelsesrådgiverens anbefalinger mangler myndighedens svar.",
			strconv.Itoa(n)+" of the data protection officer's recommendations lack the authority's response."))
	}
	pending, total := a.pendingMeasures()
	switch {
	case p.measures() == AllMeasures && len(pending) > 0:
		ids := strings.Join(pending, ", ")
		n := strconv.Itoa(a.countPending())
		blocks = append(blocks, gdpr.Reason{Reference: gdpr.Cite("GDPR art. 35(7)(d); the municipal DPIA template"), Text: gdpr.Text{
			Da: n + " af " + strconv.Itoa(total) + " yderligere foranstaltninger er ikke implementeret (risiko " + ids + "); efter politikken skal alle resterende mitigerende foranstaltninger være implementeret, før behandlingen påbegyndes.",
			En: n + " of " + strconv.Itoa(total) + " further measures are not implemented (risk " + ids + "); under the policy every remaining mitigating measure must be implemented before the processing starts."}})
	case s.PendingHigh > 0:
		n := strconv.Itoa(s.PendingHigh)
		blocks = append(blocks, gdpr.Reason{Rule: riskPendingHigh, Reference: gdpr.Cite("GDPR art. 35(7)(d)"), Text: gdpr.Text{
			Da: n + " høj(e) risiko(er) nedbringes af foranstaltninger, der ikke er implementeret; de skal være implementeret, før behandlingen påbegyndes.",
			En: n + " high risk(s) are brought down by measures not yet implemented; they must be in place before the processing starts."}})
	case p.measures() == AllMeasures:
		met = append(met, gdpr.Reason{Reference: gdpr.Cite("GDPR art. 35(7)(d); the municipal DPIA template"), Text: gdpr.Text{
			Da: "Alle yderligere foranstaltninger er implementeret.",
			En: "Every further measure is implemented."}})
	default:
		met = append(met, gdpr.Reason{Rule: riskPendingHigh, Reference: gdpr.Cite("GDPR art. 35(7)(d)"), Text: gdpr.Text{
			Da: "Ingen høj risiko venter på foranstaltninger, der ikke er implementeret.",
			En: "No high risk waits for measures that are not implemented."}})
	}
	// The authority's risk policy: a residual risk it calls to reduce or
	// to stop for stands in the way, unless an exception is approved as
	// the policy says (by top management, or by the approval itself).
	for _, t := range v.treated {
		r := a.treatmentReason(&t)
		if t.treatment.TopManagementApproval && a.Approval.Exception.IsZero() {
			blocks = append(blocks, r)
		} else {
			met = append(met, r)
		}
	}
	c := a.consultation(v)
	switch {
	case !c.Allows:
		blocks = append(blocks, c.Reasons...)
	case c.Needed || c.Outcome != 0:
		met = append(met, c.Reasons...)
	}
	if len(blocks) > 0 {
		return StartDecision{Reasons: blocks}
	}
	return StartDecision{Allowed: true, Reasons: met}
}

// treatmentReason says what the risk policy calls for with residual risk t
// and how an exception is approved.
func (a *Assessment) treatmentReason(t *treatedRisk) gdpr.Reason {
	var highDa, highEn string
	if t.high && t.rating.Band != risk.High {
		highDa, highEn = " og en høj risiko efter risikopolitikken", " and a high risk under the risk policy"
	}
	r := gdpr.Reason{Rule: ruleRiskPolicy.ID, Reference: ruleRiskPolicy.Reference, Text: gdpr.Text{
		Da: "Restrisikoen for risiko " + t.label + " er " + t.rating.Label(language.Danish) + highDa + "; risikopolitikken siger: " + lowerFirst(t.treatment.Action.Label(language.Danish)) + ".",
		En: "The residual risk of risk " + t.label + " is " + t.rating.Label(language.English) + highEn + "; the risk policy says: " + lowerFirst(t.treatment.Action.Label(language.English)) + ".",
	}}
	ex := &a.Approval.Exception
	switch {
	case !t.treatment.TopManagementApproval:
		r.Text.Da += " En undtagelse kræver ikke topledelsens godkendelse; konsekvensanalysens godkendelse er undtagelsen."
		r.Text.En += " An exception does not need top management's approval; the approval of the impact assessment is the exception."
	case ex.IsZero():
		r.Text.Da += " En undtagelse kræver topledelsens godkendelse, og den er ikke registreret."
		r.Text.En += " An exception needs top management's approval, and none is recorded."
	default:
		r.Text.Da += " Topledelsen har godkendt en undtagelse" + byOn(Approval{By: ex.By, Date: ex.Date}, language.Danish) + "."
		r.Text.En += " Top management approved an exception" + byOn(Approval{By: ex.By, Date: ex.Date}, language.English) + "."
	}
	return r
}

// review decides when the next review is due.
func (a *Assessment) review() ReviewDecision {
	var d ReviewDecision
	from := a.Approval.Date
	if a.Approval.Verdict == 0 {
		from = gdpr.Date{}
	}
	for _, r := range a.Monitoring.Reviews {
		if r.Date.Valid() && r.Date.After(from) {
			from = r.Date
		}
	}
	d.Interval = a.Monitoring.Interval
	intervalDa, intervalEn := "det registrerede interval", "the recorded interval"
	if d.Interval.IsZero() || !d.Interval.Valid() {
		d.Interval = DefaultReviewInterval()
		intervalDa, intervalEn = "tre år, fordi der ikke er registreret et interval (Artikel 29-gruppens anbefaling)",
			"three years, as no interval is recorded (the Article 29 Working Party's recommendation)"
	}
	if from.IsZero() || !from.Valid() {
		d.Reasons = []gdpr.Reason{reason(&ruleReviewOverdue,
			"Konsekvensanalysen er ikke besluttet eller gennemgået endnu; næste gennemgang regnes fra beslutningen.",
			"The impact assessment has not been decided or reviewed yet; the next review counts from the decision.")}
		return d
	}
	d.From = from
	d.Due = d.Interval.End(from)
	d.Reasons = []gdpr.Reason{reason(&ruleReviewOverdue,
		"Næste gennemgang senest "+d.Due.String()+": "+d.Interval.Label(language.Danish)+" efter "+from.String()+" ("+intervalDa+").",
		"Next review by "+d.Due.String()+": "+d.Interval.Label(language.English)+" after "+from.String()+" ("+intervalEn+").")}
	for _, ch := range a.Monitoring.Changes {
		if ch.Date.Valid() && ch.Date.After(from) && ch.Date.Before(d.Due) {
			d.Due = ch.Date
			d.Reasons = append(d.Reasons, reason(&ruleReviewOverdue,
				"Der er registreret en ændring den "+ch.Date.String()+" ("+strings.ToLower(ch.Kind.Label(language.Danish))+"): konsekvensanalysen skal gennemgås nu (art. 35, stk. 11).",
				"A change was recorded on "+ch.Date.String()+" ("+strings.ToLower(ch.Kind.Label(language.English))+"): the impact assessment must be reviewed now (art. 35(11))."))
		}
	}
	return d
}

// documented reports whether the data subjects' views are documented
// (GDPR art. 35(9); the municipal DPIA template, "De registreredes synspunkter"): sought, and
// how (a method or a description), or not sought, and why (a reason of the
// template's or an explanation).
func (v *Views) documented() bool {
	switch v.Sought {
	case Yes:
		return len(v.Methods) > 0 || strings.TrimSpace(v.Description) != ""
	case No:
		return len(v.Reasons) > 0 || strings.TrimSpace(v.Explanation) != ""
	}
	return false
}

// lowerFirst lowers the first letter of s.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}
