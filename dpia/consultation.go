package dpia

import (
	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/calendar"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Outcome is what Datatilsynet's written answer to a prior consultation
// says (GDPR art. 36(2)): advice that the processing may go ahead, with or
// without conditions, or the use of one of its corrective powers of art.
// 58(2) (a warning, an order, a temporary or definitive limitation, a ban).
// The processing may start only when the outcome allows it and its
// conditions are met ([Outcome.Allows]), never merely because an answer
// arrived. The zero value means "not recorded", which allows nothing.
type Outcome uint8

// The outcomes, from the most to the least permissive.
const (
	// Proceed (proceed): written advice without objections; the
	// processing may start as planned.
	Proceed Outcome = iota + 1
	// ProceedOnConditions (proceed_on_conditions): written advice that the
	// processing may start once the conditions it sets are met.
	ProceedOnConditions
	// Order (order): an order to bring the processing into compliance in a
	// specified manner (GDPR art. 58(2)(d)); it may start once the ordered
	// changes, recorded as conditions, are made.
	Order
	// Limitation (limitation): a temporary or definitive limitation of the
	// processing (GDPR art. 58(2)(f)); it may start only within the limits,
	// recorded as conditions the controller must meet.
	Limitation
	// Warning (warning): a warning that the intended processing is likely
	// to infringe the GDPR (art. 58(2)(a)); it may not start as planned: the
	// processing is changed, the assessment revised and Datatilsynet
	// consulted again.
	Warning
	// Ban (ban): a ban on the processing (GDPR art. 58(2)(f)); it may not
	// start.
	Ban
)

var outcomeDef = enum.Def[Outcome]{
	Type: "Outcome",
	Kind: "dpia: consultation outcome",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Proceed:             {Code: "proceed", Da: "Behandlingen kan påbegyndes som planlagt", En: "The processing may start as planned"},
		ProceedOnConditions: {Code: "proceed_on_conditions", Da: "Behandlingen kan påbegyndes på betingelser", En: "The processing may start on conditions"},
		Order:               {Code: "order", Da: "Påbud om at bringe behandlingen i overensstemmelse med reglerne", En: "Order to bring the processing into compliance"},
		Limitation:          {Code: "limitation", Da: "Midlertidig eller endelig begrænsning af behandlingen", En: "Temporary or definitive limitation of the processing"},
		Warning:             {Code: "warning", Da: "Advarsel om, at behandlingen sandsynligvis vil overtræde reglerne", En: "Warning that the processing is likely to infringe the rules"},
		Ban:                 {Code: "ban", Da: "Forbud mod behandlingen", En: "Ban on the processing"},
	},
}

// outcomeReferences are the legal sources of the outcomes, keyed by
// outcome.
var outcomeReferences = [...]gdpr.Text{
	Proceed:             gdpr.Cite("GDPR art. 36(2)"),
	ProceedOnConditions: gdpr.Cite("GDPR art. 36(2)"),
	Order:               gdpr.Cite("GDPR art. 36(2), 58(2)(d)"),
	Limitation:          gdpr.Cite("GDPR art. 36(2), 58(2)(f)"),
	Warning:             gdpr.Cite("GDPR art. 36(2), 58(2)(a)"),
	Ban:                 gdpr.Cite("GDPR art. 36(2), 58(2)(f)"),
}

// Outcomes returns the outcomes in order, in a fresh slice.
func Outcomes() []Outcome { return outcomeDef.Values() }

// Reference returns the legal source of the outcome, in Danish and
// English, or the zero Text for an invalid outcome.
func (o Outcome) Reference() gdpr.Text {
	if !o.Valid() {
		return gdpr.Text{}
	}
	return outcomeReferences[o]
}

// TakesConditions reports whether the outcome allows the processing only
// once conditions are met: advice on conditions, an order or a limitation.
func (o Outcome) TakesConditions() bool {
	return o == ProceedOnConditions || o == Order || o == Limitation
}

// Allows reports whether the outcome lets the processing start, given
// whether every one of its conditions is met: advice to proceed always;
// advice on conditions, an order or a limitation once its conditions are
// met; a warning, a ban or no recorded outcome never.
func (o Outcome) Allows(conditionsMet bool) bool {
	switch {
	case o == Proceed:
		return true
	case o.TakesConditions():
		return conditionsMet
	}
	return false
}

// Condition is one condition of Datatilsynet's answer: what must be done
// before the processing starts (or within which limits it may run), and
// the day the controller met it.
type Condition struct {
	// Text says what Datatilsynet requires.
	Text string `json:"text"`
	// Met is the day the condition was met; zero while it is not.
	Met gdpr.Date `json:"met,omitzero"`
}

// Answer periods of GDPR art. 36(2): Datatilsynet gives its written advice
// within eight weeks of the request, a period it may extend by six weeks.
const (
	answerWeeks    = 8
	extensionWeeks = 6
)

// AnswerDue returns the last day for Datatilsynet's written advice on a
// request for prior consultation submitted on day submitted: eight weeks,
// or fourteen when it extended the period (GDPR art. 36(2)). The weeks are
// a period under Regulation 1182/71: the day of the request is not counted
// (art. 3(1)), the period ends on the same weekday eight weeks later (art.
// 3(2)(b)), the extension runs on from that day, and a last day that falls
// on a Saturday, a Sunday or a Danish public holiday moves to the next
// working day (art. 3(4)): a request of Monday 9 February 2026 is due on
// Tuesday 7 April, after Easter Monday. A zero or invalid day gives the zero
// Date.
func AnswerDue(submitted gdpr.Date, extended bool) gdpr.Date {
	if !submitted.Valid() {
		return gdpr.Date{}
	}
	end := calendar.EndDay(calendar.Date(submitted), answerWeeks, calendar.Weeks)
	if extended {
		end = calendar.EndDay(end, extensionWeeks, calendar.Weeks)
	}
	return gdpr.Date(calendar.Calendar{}.DeadlineOn(end).Day)
}

// conditionsMet reports whether every condition of the answer is met, and
// there is at least one.
func (c *Consultation) conditionsMet() bool {
	if len(c.Conditions) == 0 {
		return false
	}
	for _, x := range c.Conditions {
		if x.Met.IsZero() {
			return false
		}
	}
	return true
}

// unmet returns the number of conditions not yet met.
func (c *Consultation) unmet() int {
	n := 0
	for _, x := range c.Conditions {
		if x.Met.IsZero() {
			n++
		}
	}
	return n
}
