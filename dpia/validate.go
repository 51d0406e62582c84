package dpia

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/dkgdpr/gdpr/ropa"
)

// Validate reports every malformed value of the assessment at once, as
// gdpr.Problems with field paths such as `processing["2.10"].answer` or
// "risks[2].residual.consequence"; errors.Is(err, gdpr.ErrInvalid) holds.
// It reports a missing ID or record ID, an embedded record for another
// ID or one that does not validate, unknown codes, impossible dates,
// revisions out of order, a screening that does not validate, a response to
// a question the catalogue does not have or of the wrong kind (an answer
// "not relevant" where the template offers no such box, a choice the
// question does not offer), a reference to an annex that does not exist,
// risks that do not validate on the assessment's matrix, threat notes and
// action-plan steps that point nowhere, and contradictions within a section
// (views both sought and not, a conclusion of Datatilsynet before the
// request).
//
// What the GDPR or the template says is missing (an unanswered question,
// a DPO not consulted) is not an error: see [Assessment.Check]. An
// assessment in draft with most of its sections empty validates.
func (a Assessment) Validate() error {
	var ps gdpr.Problems
	a.validate(&ps)
	return ps.Err()
}

func (a *Assessment) validate(ps *gdpr.Problems) {
	requireText(ps, "id", a.ID)
	requireText(ps, "recordId", a.RecordID)
	checkText(ps, "name", a.Name)
	checkText(ps, "controller", a.Controller)
	if a.Status != 0 && !a.Status.Valid() {
		ps.Add("status", gdpr.CodeUnknown, "unknown status "+a.Status.String())
	}
	var last gdpr.Date
	for i, r := range a.Revisions {
		p := "revisions[" + strconv.Itoa(i) + "]"
		requireText(ps, p+".version", r.Version)
		checkDate(ps, p+".date", r.Date, true)
		checkText(ps, p+".author", r.Author.Reveal())
		checkText(ps, p+".changes", r.Changes)
		if r.Date.Valid() {
			if !last.IsZero() && r.Date.Before(last) {
				ps.Add(p+".date", gdpr.CodeOrder, "revisions must be listed oldest first")
			}
			last = r.Date
		}
	}
	if a.Screening != nil {
		ps.Merge("screening", a.Screening.Validate())
	}
	if len(a.SummaryNotes) > 0 {
		keys := make([]KeyQuestion, 0, len(a.SummaryNotes))
		for q := range a.SummaryNotes {
			keys = append(keys, q)
		}
		slices.Sort(keys)
		for _, q := range keys {
			if !q.Valid() {
				ps.Add("summaryNotes", gdpr.CodeUnknown, "unknown key question "+q.String())
			}
			checkText(ps, "summaryNotes."+q.String(), a.SummaryNotes[q])
		}
	}
	checkText(ps, "introduction.purpose", a.Introduction.Purpose)
	checkText(ps, "introduction.application", a.Introduction.Application)
	checkText(ps, "introduction.processing", a.Introduction.Processing)
	seenScope := map[ScopeKind]bool{}
	for i, s := range a.Scope {
		p := "scope[" + strconv.Itoa(i) + "]"
		switch {
		case !s.Kind.Valid():
			ps.Add(p+".kind", gdpr.CodeRequired, "a scope row needs a valid kind")
		case seenScope[s.Kind]:
			ps.Add(p+".kind", gdpr.CodeDuplicate, "scope row "+s.Kind.String()+" is given twice")
		}
		seenScope[s.Kind] = true
		if s.Included != 0 && s.Included != Yes && s.Included != No {
			ps.Add(p+".included", gdpr.CodeUnsupported, "a scope row is answered yes or no")
		}
		checkText(ps, p+".description", s.Description)
	}

	if a.Record != nil {
		if a.Record.ID != a.RecordID {
			ps.Add("record.id", gdpr.CodeConflict, "the embedded record is not the record the assessment refers to")
		}
		ps.Merge("record", a.Record.Validate())
	}
	annexes := a.validateAnnexes(ps)
	a.validateResponses(ps, Processing, "processing", annexes)
	a.validateResponses(ps, Lawfulness, "lawfulness", annexes)
	seenAgreement := map[string]bool{}
	for i, id := range a.AgreementIDs {
		p := "agreementIds[" + strconv.Itoa(i) + "]"
		requireText(ps, p, id)
		if seenAgreement[id] {
			ps.Add(p, gdpr.CodeDuplicate, "agreement "+enum.Quote(id)+" is referred to twice")
		}
		seenAgreement[id] = true
	}

	checkText(ps, "riskBasis", a.RiskBasis)
	m := a.matrix()
	for i, r := range a.Risks {
		ps.Merge("risks["+strconv.Itoa(i)+"]", r.ValidateOn(m))
	}
	seenThreat := map[risk.Threat]bool{}
	for i, n := range a.NotRelevant {
		p := "notRelevant[" + strconv.Itoa(i) + "]"
		switch {
		case !n.Threat.Valid():
			ps.Add(p+".threat", gdpr.CodeRequired, "a threat note needs a valid threat")
		case seenThreat[n.Threat]:
			ps.Add(p+".threat", gdpr.CodeDuplicate, "threat "+enum.Quote(string(n.Threat))+" is marked not relevant twice")
		case slices.ContainsFunc(a.Risks, func(r risk.Assessment) bool { return r.Threat == n.Threat }):
			ps.Add(p+".threat", gdpr.CodeConflict, "threat "+enum.Quote(string(n.Threat))+" is both assessed and marked not relevant")
		}
		seenThreat[n.Threat] = true
		requireText(ps, p+".reason", n.Reason)
	}
	seenStep := map[[2]int]bool{}
	for i, s := range a.ActionPlan {
		p := "actionPlan[" + strconv.Itoa(i) + "]"
		switch {
		case s.Risk < 0 || s.Risk >= len(a.Risks):
			ps.Add(p+".risk", gdpr.CodeOutOfRange, "no risk has index "+strconv.Itoa(s.Risk))
		case s.Measure < 0 || s.Measure >= len(a.Risks[s.Risk].Measures):
			ps.Add(p+".measure", gdpr.CodeOutOfRange, "risk "+strconv.Itoa(s.Risk)+" has no measure with index "+strconv.Itoa(s.Measure))
		case seenStep[[2]int{s.Risk, s.Measure}]:
			ps.Add(p, gdpr.CodeDuplicate, "the measure has two steps in the action plan")
		}
		seenStep[[2]int{s.Risk, s.Measure}] = true
		requireText(ps, p+".how", s.How)
	}

	a.validateSharing(ps)
	a.validateViews(ps)
	c := a.Consultation
	checkText(ps, "consultation.assessment", c.Assessment)
	checkText(ps, "consultation.response", c.Response)
	checkDate(ps, "consultation.submitted", c.Submitted, false)
	checkDate(ps, "consultation.answered", c.Answered, false)
	if !c.Answered.IsZero() && c.Submitted.IsZero() {
		ps.Add("consultation.submitted", gdpr.CodeRequired, "an answer from Datatilsynet needs the day the request was submitted")
	} else if c.Answered.Valid() && c.Submitted.Valid() && c.Answered.Before(c.Submitted) {
		ps.Add("consultation.answered", gdpr.CodeOrder, "the answer comes before the request")
	}
	checkDate(ps, "consultation.extended", c.Extended, false)
	switch {
	case !c.Extended.IsZero() && c.Submitted.IsZero():
		ps.Add("consultation.extended", gdpr.CodeConflict, "a period cannot be extended before the request is submitted")
	case c.Extended.Valid() && c.Submitted.Valid() && c.Extended.Before(c.Submitted):
		ps.Add("consultation.extended", gdpr.CodeOrder, "the extension comes before the request")
	}
	switch {
	case c.Outcome != 0 && !c.Outcome.Valid():
		ps.Add("consultation.outcome", gdpr.CodeUnknown, "not a consultation outcome")
	case c.Outcome != 0 && c.Answered.IsZero():
		ps.Add("consultation.answered", gdpr.CodeRequired, "an outcome needs the day Datatilsynet answered")
	case len(c.Conditions) > 0 && !c.Outcome.TakesConditions():
		ps.Add("consultation.conditions", gdpr.CodeConflict, "only an answer on conditions, an order or a limitation has conditions")
	case c.Outcome.TakesConditions() && len(c.Conditions) == 0:
		ps.Add("consultation.conditions", gdpr.CodeRequired, "an answer on conditions, an order or a limitation needs its conditions")
	}
	for i, x := range c.Conditions {
		p := "consultation.conditions[" + strconv.Itoa(i) + "]"
		requireText(ps, p+".text", x.Text)
		checkDate(ps, p+".met", x.Met, false)
		if x.Met.Valid() && c.Answered.Valid() && x.Met.Before(c.Answered) {
			ps.Add(p+".met", gdpr.CodeOrder, "a condition is met before Datatilsynet set it")
		}
	}

	mo := a.Monitoring
	if !mo.Interval.IsZero() && !mo.Interval.Valid() {
		ps.Add("monitoring.interval", gdpr.CodeOutOfRange, "the interval needs a count from 1 to 9999 and a valid unit")
	}
	checkText(ps, "monitoring.owner", mo.Owner)
	last = gdpr.Date{}
	for i, r := range mo.Reviews {
		p := "monitoring.reviews[" + strconv.Itoa(i) + "]"
		checkDate(ps, p+".date", r.Date, true)
		checkText(ps, p+".by", r.By.Reveal())
		checkText(ps, p+".note", r.Note)
		if r.Date.Valid() {
			if !last.IsZero() && r.Date.Before(last) {
				ps.Add(p+".date", gdpr.CodeOrder, "reviews must be listed oldest first")
			}
			last = r.Date
		}
	}
	for i, ch := range mo.Changes {
		p := "monitoring.changes[" + strconv.Itoa(i) + "]"
		checkDate(ps, p+".date", ch.Date, true)
		if !ch.Kind.Valid() {
			ps.Add(p+".kind", gdpr.CodeRequired, "a change needs a valid kind")
		}
		checkText(ps, p+".description", ch.Description)
	}

	d := a.DPO
	for i, r := range d.Recommendations {
		p := "dpo.recommendations[" + strconv.Itoa(i) + "]"
		requireText(ps, p+".topic", r.Topic)
		requireText(ps, p+".recommendation", r.Recommendation)
		checkText(ps, p+".response", r.Response)
	}
	checkText(ps, "dpo.respondent", d.Respondent.Reveal())
	checkText(ps, "dpo.conclusion", d.Conclusion)
	last = gdpr.Date{}
	for i, inv := range d.Involvement {
		p := "dpo.involvement[" + strconv.Itoa(i) + "]"
		checkDate(ps, p+".date", inv.Date, true)
		requireText(ps, p+".description", inv.Description)
		if inv.Date.Valid() {
			if !last.IsZero() && inv.Date.Before(last) {
				ps.Add(p+".date", gdpr.CodeOrder, "the DPO's involvement must be listed oldest first")
			}
			last = inv.Date
		}
	}
	checkText(ps, "conclusion", a.Conclusion)
	ap := a.Approval
	if ap.Verdict != 0 && !ap.Verdict.Valid() {
		ps.Add("approval.verdict", gdpr.CodeUnknown, "unknown verdict "+ap.Verdict.String())
	}
	checkText(ps, "approval.conditions", ap.Conditions)
	checkText(ps, "approval.by", ap.By.Reveal())
	checkDate(ps, "approval.date", ap.Date, false)
	if ap.Verdict == 0 && (!ap.Date.IsZero() || !ap.By.IsZero() || ap.Conditions != "") {
		ps.Add("approval.verdict", gdpr.CodeRequired, "an approval with a name, a date or conditions needs a verdict")
	}
	if ap.Conditions != "" && ap.Verdict != ConditionallyApproved && ap.Verdict.Valid() {
		ps.Add("approval.conditions", gdpr.CodeConflict, "conditions belong to a conditional approval")
	}
	if ex := ap.Exception; !ex.IsZero() {
		requireText(ps, "approval.exception.by", ex.By.Reveal())
		checkDate(ps, "approval.exception.date", ex.Date, true)
		checkText(ps, "approval.exception.reason", ex.Reason)
	}
}

// validateAnnexes checks the annexes and returns their IDs.
func (a *Assessment) validateAnnexes(ps *gdpr.Problems) map[string]bool {
	ids := make(map[string]bool, len(a.Annexes))
	for i, x := range a.Annexes {
		p := "annexes[" + strconv.Itoa(i) + "]"
		requireText(ps, p+".id", x.ID)
		if ids[x.ID] {
			ps.Add(p+".id", gdpr.CodeDuplicate, "annex "+enum.Quote(x.ID)+" is listed twice")
		}
		ids[x.ID] = true
		requireText(ps, p+".title", x.Title)
		checkText(ps, p+".reference", x.Reference)
	}
	return ids
}

// validateResponses checks the responses of part p against the catalogue.
func (a *Assessment) validateResponses(ps *gdpr.Problems, p Part, field string, annexes map[string]bool) {
	responses := a.responses(p)
	if len(responses) == 0 {
		return
	}
	// In the catalogue's order, then unknown numbers sorted, for a stable
	// order of problems.
	qs := catalogue[p]
	known := 0
	for i := range qs {
		r, ok := responses[qs[i].Number]
		if !ok {
			continue
		}
		known++
		validateResponse(ps, field+"["+strconv.Quote(qs[i].Number)+"]", &qs[i], r, annexes)
	}
	if known == len(responses) {
		return
	}
	var unknown []string
	for n := range responses {
		if _, ok := questionIndex(p, n); !ok {
			unknown = append(unknown, n)
		}
	}
	slices.Sort(unknown)
	for _, n := range unknown {
		ps.Add(field+"["+enum.Quote(n)+"]", gdpr.CodeUnknown, "the template's "+p.String()+" part has no question "+enum.Quote(n))
	}
}

// validateResponse checks one response against its question.
func validateResponse(ps *gdpr.Problems, path string, q *Question, r Response, annexes map[string]bool) {
	onlyComment := q.Kind == DataSubjects || q.Kind == LegalBasis
	switch {
	case r.Answer != 0 && !r.Answer.Valid():
		ps.Add(path+".answer", gdpr.CodeUnknown, "unknown answer "+r.Answer.String())
	case r.Answer != 0 && q.Kind != YesNo && q.Kind != YesNoNotRelevant:
		ps.Add(path+".answer", gdpr.CodeUnsupported, "question "+q.Number+" has no yes/no boxes")
	case r.Answer == NotRelevant && q.Kind != YesNoNotRelevant:
		ps.Add(path+".answer", gdpr.CodeUnsupported, "question "+q.Number+" has no box \"not relevant\"")
	}
	if len(r.Choices) > 0 {
		if len(q.Options) == 0 || onlyComment {
			ps.Add(path+".choices", gdpr.CodeUnsupported, "question "+q.Number+" has no boxes to tick")
		} else {
			seen := make(map[string]bool, len(r.Choices))
			for j, c := range r.Choices {
				cp := path + ".choices[" + strconv.Itoa(j) + "]"
				if _, ok := q.option(c); !ok {
					ps.Add(cp, gdpr.CodeUnknown, "question "+q.Number+" offers no box "+enum.Quote(c))
				} else if seen[c] {
					ps.Add(cp, gdpr.CodeDuplicate, "box "+enum.Quote(c)+" is ticked twice")
				}
				seen[c] = true
			}
			if q.Kind == SingleChoice && len(r.Choices) > 1 {
				ps.Add(path+".choices", gdpr.CodeConflict, "question "+q.Number+" takes one box")
			}
			if seen[notInformed] && len(seen) > 1 {
				ps.Add(path+".choices", gdpr.CodeConflict, "\"not informed\" cannot be ticked with a way of informing")
			}
			if q.Kind == YesNo && r.Answer == No {
				ps.Add(path+".choices", gdpr.CodeConflict, "boxes are ticked under an answer no")
			}
		}
	}
	switch {
	case r.Number < 0:
		ps.Add(path+".number", gdpr.CodeOutOfRange, "a number of people cannot be negative")
	case r.Number != 0 && q.Kind != Number:
		ps.Add(path+".number", gdpr.CodeUnsupported, "question "+q.Number+" takes no number")
	}
	if r.Text != "" && q.Kind != FreeText {
		ps.Add(path+".text", gdpr.CodeUnsupported, "question "+q.Number+" takes its text as a comment")
	}
	if !textOK(r.Text) {
		checkText(ps, path+".text", r.Text)
	}
	if !textOK(r.Comment) {
		checkText(ps, path+".comment", r.Comment)
	}
	seen := make(map[string]bool, len(r.Attachments))
	for j, id := range r.Attachments {
		ap := path + ".attachments[" + strconv.Itoa(j) + "]"
		switch {
		case !annexes[id]:
			ps.Add(ap, gdpr.CodeUnknown, "no annex has the ID "+enum.Quote(id))
		case seen[id]:
			ps.Add(ap, gdpr.CodeDuplicate, "annex "+enum.Quote(id)+" is attached twice")
		}
		seen[id] = true
	}
}

// validateViews checks the data subjects' views.
func (a *Assessment) validateViews(ps *gdpr.Problems) {
	v := a.Views
	if v.Sought != 0 && v.Sought != Yes && v.Sought != No {
		ps.Add("views.sought", gdpr.CodeUnsupported, "whether views were sought is answered yes or no")
	}
	seenM := map[ViewMethod]bool{}
	for i, m := range v.Methods {
		p := "views.methods[" + strconv.Itoa(i) + "]"
		if !m.Valid() {
			ps.Add(p, gdpr.CodeUnknown, "unknown method "+m.String())
		} else if seenM[m] {
			ps.Add(p, gdpr.CodeDuplicate, "method "+m.String()+" is given twice")
		}
		seenM[m] = true
	}
	seenR := map[NoViewReason]bool{}
	for i, r := range v.Reasons {
		p := "views.reasons[" + strconv.Itoa(i) + "]"
		if !r.Valid() {
			ps.Add(p, gdpr.CodeUnknown, "unknown reason "+r.String())
		} else if seenR[r] {
			ps.Add(p, gdpr.CodeDuplicate, "reason "+r.String()+" is given twice")
		}
		seenR[r] = true
	}
	if v.Sought == Yes && len(v.Reasons) > 0 {
		ps.Add("views.reasons", gdpr.CodeConflict, "views were sought, so no reason for not seeking them applies")
	}
	if v.Sought == No && len(v.Methods) > 0 {
		ps.Add("views.methods", gdpr.CodeConflict, "views were not sought, so no method applies")
	}
	checkText(ps, "views.description", v.Description)
	checkText(ps, "views.explanation", v.Explanation)
}

// maxText bounds every free text: a report of megabytes is no longer a
// document a person reads, and the bound keeps hostile input from making the
// renderers slow.
const maxText = 100_000

// textOK reports whether checkText has nothing to say about s.
func textOK(s string) bool { return len(s) <= maxText && utf8.ValidString(s) }

// checkText reports text that is not valid UTF-8 (JSON would change it) or
// longer than maxText bytes.
func checkText(ps *gdpr.Problems, path, s string) {
	if !utf8.ValidString(s) {
		ps.Add(path, gdpr.CodeMalformed, "text is not valid UTF-8")
	} else if len(s) > maxText {
		ps.Add(path, gdpr.CodeOutOfRange, "text is longer than "+strconv.Itoa(maxText)+" bytes")
	}
}

// requireText reports empty or blank text, and checks it as checkText does.
func requireText(ps *gdpr.Problems, path, s string) {
	if strings.TrimSpace(s) == "" {
		ps.Add(path, gdpr.CodeRequired, "required")
		return
	}
	checkText(ps, path, s)
}

// checkDate reports an impossible date, and a missing one when required.
func checkDate(ps *gdpr.Problems, path string, d gdpr.Date, required bool) {
	switch {
	case d.IsZero():
		if required {
			ps.Add(path, gdpr.CodeRequired, "a date is required")
		}
	case !d.Valid():
		ps.Add(path, gdpr.CodeMalformed, "not a calendar date")
	}
}

// validateSharing checks the processors' shares of questions 7.1 and 7.2:
// each names a processor of the embedded record once, with valid purposes
// and data.
func (a *Assessment) validateSharing(ps *gdpr.Problems) {
	seen := map[string]bool{}
	for i, sh := range a.Sharing {
		p := "sharing[" + strconv.Itoa(i) + "]"
		switch {
		case strings.TrimSpace(sh.Processor) == "":
			ps.Add(p+".processor", gdpr.CodeRequired, "required")
		case seen[sh.Processor]:
			ps.Add(p+".processor", gdpr.CodeDuplicate, "the processor has two shares")
		case a.Record != nil && !slices.ContainsFunc(a.Record.Processors, func(r ropa.ProcessorRef) bool { return r.Name == sh.Processor }):
			ps.Add(p+".processor", gdpr.CodeConflict, "the record names no such processor")
		}
		seen[sh.Processor] = true
		checkText(ps, p+".processor", sh.Processor)
		for j, x := range sh.Purposes {
			if !x.Valid() {
				ps.Add(p+".purposes["+strconv.Itoa(j)+"]", gdpr.CodeUnknown, "not a purpose of the template")
			} else if slices.Index(sh.Purposes, x) < j {
				ps.Add(p+".purposes["+strconv.Itoa(j)+"]", gdpr.CodeDuplicate, "the purpose is listed twice")
			}
		}
		for j, s := range sh.Subjects {
			for k, t := range s.DataTypes {
				if !t.Valid() {
					ps.Add(p+".subjects["+strconv.Itoa(j)+"].dataTypes["+strconv.Itoa(k)+"]", gdpr.CodeUnknown, "not a type of personal data")
				}
			}
		}
	}
}
