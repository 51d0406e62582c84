package dpa

import (
	"strings"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// SupervisionMethod is how the controller supervises a processor (tilsyn):
// the forms Datatilsynet's decisions and the municipalities' practice name
// (Datatilsynet's guidance on data processors; the municipal DPIA template, section 7.3). The zero value means "not set".
type SupervisionMethod uint8

// Supervision methods.
const (
	// ISAE3000 (isae_3000): an independent auditor's assurance report on
	// the processor's compliance with the agreement (ISAE 3000,
	// revisionserklæring).
	ISAE3000 SupervisionMethod = iota + 1
	// ISAE3402 (isae_3402): an independent auditor's assurance report on
	// the processor's general IT controls (ISAE 3402).
	ISAE3402
	// SOC2 (soc2): a SOC 2 report (AICPA), common for US cloud providers.
	SOC2
	// Questionnaire (questionnaire): the processor answers the
	// controller's written questions, with documentation.
	Questionnaire
	// Inspection (inspection): a physical inspection at the processor.
	Inspection
	// JointSupervision (joint): supervision carried out jointly for many
	// municipalities (for instance through KL or a shared supplier
	// forum), whose result the controller reviews.
	JointSupervision
)

var methodDef = enum.Def[SupervisionMethod]{
	Type: "SupervisionMethod",
	Kind: "dpa: supervision method",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		ISAE3000:         {Code: "isae_3000", Da: "Revisionserklæring (ISAE 3000)", En: "Assurance report (ISAE 3000)"},
		ISAE3402:         {Code: "isae_3402", Da: "Revisionserklæring (ISAE 3402)", En: "Assurance report (ISAE 3402)"},
		SOC2:             {Code: "soc2", Da: "SOC 2-rapport", En: "SOC 2 report"},
		Questionnaire:    {Code: "questionnaire", Da: "Spørgeskema", En: "Questionnaire"},
		Inspection:       {Code: "inspection", Da: "Fysisk inspektion", En: "Physical inspection"},
		JointSupervision: {Code: "joint", Da: "Fælleskommunalt tilsyn", En: "Supervision carried out jointly for many municipalities"},
	},
}

// SupervisionMethods returns every method in order, in a fresh slice.
func SupervisionMethods() []SupervisionMethod {
	return []SupervisionMethod{ISAE3000, ISAE3402, SOC2, Questionnaire, Inspection, JointSupervision}
}

// ActionStatus is where a follow-up action after a supervision stands. The
// zero value means "not set".
type ActionStatus uint8

// Statuses of a follow-up action.
const (
	ActionOpen       ActionStatus = iota + 1 // open: Åben
	ActionInProgress                         // in_progress: I gang
	ActionDone                               // done: Gennemført
	ActionCancelled                          // cancelled: Annulleret (no longer needed; say why in the text)
)

var actionDef = enum.Def[ActionStatus]{
	Type: "ActionStatus",
	Kind: "dpa: action status",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		ActionOpen:       {Code: "open", Da: "Åben", En: "Open"},
		ActionInProgress: {Code: "in_progress", Da: "I gang", En: "In progress"},
		ActionDone:       {Code: "done", Da: "Gennemført", En: "Done"},
		ActionCancelled:  {Code: "cancelled", Da: "Annulleret", En: "Cancelled"},
	},
}

// Pending reports whether the action still has to be done (open or in
// progress).
func (s ActionStatus) Pending() bool { return s == ActionOpen || s == ActionInProgress }

// MaxIntervalMonths bounds [Plan.IntervalMonths]: ten years.
const MaxIntervalMonths = 120

// Plan is the plan for supervising a processor: how often, in months
// (template section 7.3 asks whether processors are checked "halvårligt/
// årligt eller løbende"), and by which method. Datatilsynet expects a fixed,
// documented cycle (Datatilsynet's guidance on data processors). The zero value means "no plan".
type Plan struct {
	// IntervalMonths is the time between supervisions, in months (12 for
	// yearly).
	IntervalMonths int `json:"intervalMonths,omitempty"`
	// Method is the planned method.
	Method SupervisionMethod `json:"method,omitempty"`
	// Note is free text (what the supervision covers, who does it).
	Note string `json:"note,omitempty"`
}

// IsZero reports whether p is the zero value.
func (p Plan) IsZero() bool { return p == Plan{} }

// complete reports whether p has an interval and a method.
func (p Plan) complete() bool { return p.IntervalMonths > 0 && p.Method.Valid() }

// Validate reports an interval off 0 (no plan yet) to 120 months and an
// unknown method.
func (p Plan) Validate() error {
	var ps gdpr.Problems
	if p.IntervalMonths < 0 || p.IntervalMonths > MaxIntervalMonths {
		ps.Add("intervalMonths", gdpr.CodeOutOfRange, "the interval must be between 1 and 120 months (0 when not planned yet)")
	}
	if p.Method != 0 && !p.Method.Valid() {
		ps.Add("method", gdpr.CodeUnknown, "unknown supervision method "+p.Method.String())
	}
	return ps.Err()
}

// Supervision is the record of one supervision of the processor: when, how,
// the period an assurance report covers, what it found and what follows
// (Datatilsynet's guidance on data processors: documentation of the supervision, including whether it led to
// remarks or measures).
type Supervision struct {
	// Date is the day the supervision was completed (the controller's
	// review of the report, the inspection).
	Date gdpr.Date `json:"date"`
	// Method is how it was done.
	Method SupervisionMethod `json:"method"`
	// PeriodFrom and PeriodTo are the period an assurance report covers.
	PeriodFrom gdpr.Date `json:"periodFrom,omitzero"`
	PeriodTo   gdpr.Date `json:"periodTo,omitzero"`
	// Remarks are the findings of the supervision (bemærkninger), such as
	// an auditor's qualified opinion or deviations found.
	Remarks []string `json:"remarks,omitempty"`
	// Actions are the follow-up actions the controller decided.
	Actions []Action `json:"actions,omitempty"`
	// Reference points to the documentation (a case number).
	Reference string `json:"reference,omitempty"`
}

// Validate reports a missing or impossible date, a missing or unknown
// method, a report period in the wrong order, empty remarks, and the
// problems of each action.
func (s Supervision) Validate() error {
	var ps gdpr.Problems
	checkDate(&ps, "date", s.Date, true)
	switch {
	case s.Method == 0:
		ps.Add("method", gdpr.CodeRequired, "a supervision needs a method")
	case !s.Method.Valid():
		ps.Add("method", gdpr.CodeUnknown, "unknown supervision method "+s.Method.String())
	}
	checkDate(&ps, "periodFrom", s.PeriodFrom, false)
	checkDate(&ps, "periodTo", s.PeriodTo, false)
	checkOrder(&ps, "periodTo", s.PeriodFrom, s.PeriodTo, "the report period ends before it begins")
	for i, r := range s.Remarks {
		if strings.TrimSpace(r) == "" {
			ps.Add(indexPath("remarks", i), gdpr.CodeRequired, "a remark needs a text")
		}
	}
	for i, a := range s.Actions {
		ps.Merge(indexPath("actions", i), a.Validate())
	}
	return ps.Err()
}

// Action is a follow-up action decided after a supervision: what, by when,
// and how far it has come.
type Action struct {
	// Text says what is to be done.
	Text string `json:"text"`
	// Due is the day it must be done by.
	Due gdpr.Date `json:"due"`
	// Status is where it stands.
	Status ActionStatus `json:"status"`
	// Completed is the day it was done or cancelled.
	Completed gdpr.Date `json:"completed,omitzero"`
}

// Validate reports a missing text, due date or status, and a completion
// date on an action that is still pending.
func (a Action) Validate() error {
	var ps gdpr.Problems
	if strings.TrimSpace(a.Text) == "" {
		ps.Add("text", gdpr.CodeRequired, "an action needs a text")
	}
	checkDate(&ps, "due", a.Due, true)
	switch {
	case a.Status == 0:
		ps.Add("status", gdpr.CodeRequired, "an action needs a status")
	case !a.Status.Valid():
		ps.Add("status", gdpr.CodeUnknown, "unknown action status "+a.Status.String())
	case a.Status.Pending() && !a.Completed.IsZero():
		ps.Add("completed", gdpr.CodeConflict, "a pending action has no completion date")
	}
	checkDate(&ps, "completed", a.Completed, false)
	return ps.Err()
}

// overdue reports whether a is pending with its due date before on.
func (a Action) overdue(on gdpr.Date) bool {
	return a.Status.Pending() && !a.Due.IsZero() && a.Due.Before(on)
}
