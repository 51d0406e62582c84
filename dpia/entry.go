package dpia

import (
	"slices"
	"strings"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/ropa"
)

// Entry is a question of the catalogue with its effective answer: the
// record's where the record answers it, else the assessment's own, and the
// assessment's elaboration and attachments. [Assessment.Entries] lists them
// in the template's order, answered or not, for reports and host screens.
type Entry struct {
	Question Question `json:"question"`
	// Answer, Choices, Number and Text are the effective answer, as the
	// question's kind asks.
	Answer  Answer   `json:"answer,omitempty"`
	Choices []string `json:"choices,omitempty"`
	Number  int      `json:"number,omitempty"`
	Text    string   `json:"text,omitempty"`
	// Comment and Attachments are the assessment's elaboration and its
	// references to annexes.
	Comment     string   `json:"comment,omitempty"`
	Attachments []string `json:"attachments,omitempty"`
	// FromRecord is true when the record of processing gave the answer.
	FromRecord bool `json:"fromRecord"`
	// Answered is true when the question has an answer from either.
	Answered bool `json:"answered"`
}

// Entries returns every question of part p in the template's order with its
// effective answer (see [Entry]); nil for an invalid part. Questions the
// record answers are taken from the embedded record; without one they stand
// as the assessment answers them. The entries share nothing with a: their
// slices are fresh copies, so a host may edit them.
func (a Assessment) Entries(p Part) []Entry {
	if !p.Valid() {
		return nil
	}
	qs := catalogue[p]
	responses := a.responses(p)
	out := make([]Entry, len(qs))
	for i := range qs {
		e := a.entry(&qs[i], responses[qs[i].Number])
		e.Choices = slices.Clone(e.Choices)
		e.Attachments = slices.Clone(e.Attachments)
		out[i] = e
	}
	return out
}

// responses returns the responses of part p.
func (a *Assessment) responses(p Part) map[string]Response {
	if p == Lawfulness {
		return a.Lawfulness
	}
	return a.Processing
}

// entry resolves one question.
func (a *Assessment) entry(q *Question, r Response) Entry {
	e := Entry{Question: *q, Comment: r.Comment, Attachments: r.Attachments}
	e.Question.Options = slices.Clone(q.Options)
	if rec, ok := a.recordAnswer(q); ok {
		e.Answer, e.Choices, e.Number, e.Text = rec.Answer, rec.Choices, rec.Number, rec.Text
		e.FromRecord, e.Answered = true, true
		if q.Kind == YesNo && len(q.Options) > 0 {
			e.Choices = r.Choices // 2.6: the platforms are the assessment's
		}
		return e
	}
	e.Answer, e.Choices, e.Number, e.Text = r.Answer, r.Choices, r.Number, r.Text
	switch q.Kind {
	case YesNo, YesNoNotRelevant:
		e.Answered = r.Answer != 0
	case MultipleChoice, SingleChoice:
		e.Answered = len(r.Choices) > 0
	case Number:
		e.Answered = r.Number > 0
	case FreeText:
		e.Answered = strings.TrimSpace(r.Text) != ""
	}
	return e
}

// recordAnswer returns the answer the embedded record gives to q, and
// whether it gives one. A record answers:
//
//   - 1.1 with its categories of data subjects and their data types;
//   - 2.1, 3.3, 4.2 and 5.1 with its sources, operations, volume and the
//     kinds of its purposes;
//   - 2.2-2.13 when it lists any technology: yes for a listed one (with its
//     details), no for the others;
//   - 2.14 and 3.2 (matching), 3.1 (automated decisions), 4.3
//     (classified) and 5.2 (beyond necessary) with its yes or no;
//   - 4.1 with its number of people a year, 4.4 with its schedule;
//   - 6.1 with yes when it names recipients or joint controllers;
//   - 7.1 with yes when it names a processor, 7.2 when it names a
//     sub-processor;
//   - lawfulness 1.1 when a purpose has legal bases.
//
// Where the record is silent, the assessment's own answer stands.
func (a *Assessment) recordAnswer(q *Question) (Entry, bool) {
	rec := a.Record
	if rec == nil || q.RecordField == "" {
		return Entry{}, false
	}
	var e Entry
	switch q.RecordField {
	case fieldSubjects:
		return e, len(rec.Subjects) > 0
	case fieldCollection:
		for _, s := range rec.Collection {
			e.Choices = append(e.Choices, s.String())
		}
		return e, len(e.Choices) > 0
	case fieldTechnologies:
		if len(rec.Technologies) == 0 {
			return e, false
		}
		e.Answer = No
		t := technologyQuestions[q.Number]
		var details []string
		for _, u := range rec.Technologies {
			if u.Technology == t {
				e.Answer = Yes
				if d := strings.TrimSpace(u.Details); d != "" {
					details = append(details, d)
				}
			}
		}
		e.Text = strings.Join(details, "\n")
		return e, true
	case fieldMatching:
		return yesNo(rec.Matching)
	case fieldAutomated:
		return yesNo(rec.AutomatedDecisions)
	case fieldClassified:
		return yesNo(rec.Classified)
	case fieldBeyond:
		return yesNo(rec.BeyondNecessary)
	case fieldOperations:
		for _, o := range rec.Operations {
			e.Choices = append(e.Choices, o.String())
		}
		return e, len(e.Choices) > 0
	case fieldPerYear:
		e.Number = rec.SubjectsPerYear
		return e, e.Number > 0
	case fieldVolume:
		if rec.Volume == 0 {
			return e, false
		}
		e.Choices = []string{rec.Volume.String()}
		return e, true
	case fieldSchedule:
		e.Text = rec.Schedule
		return e, strings.TrimSpace(e.Text) != ""
	case fieldPurposes:
		if q.Kind == LegalBasis {
			for _, p := range rec.Purposes {
				if len(p.LegalBases) > 0 {
					return e, true
				}
			}
			return e, false
		}
		for _, o := range q.Options {
			if slices.ContainsFunc(rec.Purposes, func(p ropa.Purpose) bool {
				return slices.ContainsFunc(p.Kinds, func(k ropa.PurposeKind) bool { return k.String() == o.Code })
			}) {
				e.Choices = append(e.Choices, o.Code)
			}
		}
		return e, len(rec.Purposes) > 0
	case fieldRecipients:
		if len(rec.Recipients) > 0 || len(rec.JointControllers) > 0 {
			e.Answer = Yes
			return e, true
		}
	case fieldProcessors:
		sub := q.Number == "7.2"
		for _, p := range rec.Processors {
			if p.SubProcessor() == sub {
				e.Answer = Yes
				return e, true
			}
		}
	}
	return e, false
}

// yesNo turns a record's yes or no into an answer.
func yesNo(a gdpr.Answer) (Entry, bool) {
	switch a {
	case gdpr.Yes:
		return Entry{Answer: Yes}, true
	case gdpr.No:
		return Entry{Answer: No}, true
	}
	return Entry{}, false
}

// contradicts reports whether the assessment's own response r says
// something other than the record's answer rec to q.
func contradicts(q *Question, rec Entry, r Response) bool {
	if r.Answer != 0 && r.Answer != rec.Answer && (q.Kind == YesNo || q.Kind == YesNoNotRelevant) {
		return true
	}
	if len(r.Choices) > 0 && (q.Kind == MultipleChoice || q.Kind == SingleChoice) && !sameSet(r.Choices, rec.Choices) {
		return true
	}
	if r.Number != 0 && q.Kind == Number && r.Number != rec.Number {
		return true
	}
	return q.Kind == FreeText && strings.TrimSpace(r.Text) != "" && strings.TrimSpace(r.Text) != strings.TrimSpace(rec.Text)
}

// sameSet reports whether a and b hold the same codes.
func sameSet(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	for _, x := range b {
		if !slices.Contains(a, x) {
			return false
		}
	}
	return true
}
