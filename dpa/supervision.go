package dpa

import (
	"database/sql/driver"
	"strings"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// SupervisionMethod is how the controller supervises a processor (tilsyn):
// the forms Datatilsynet's decisions and the municipalities' practice name
// (seed 001; seed 002, section 7.3). The zero value means "not set".
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

var methodCodes = [...]string{"", "isae_3000", "isae_3402", "soc2", "questionnaire", "inspection", "joint"}

var methodLabels = [...]gdpr.Text{
	{},
	{Da: "Revisionserklæring (ISAE 3000)", En: "Assurance report (ISAE 3000)"},
	{Da: "Revisionserklæring (ISAE 3402)", En: "Assurance report (ISAE 3402)"},
	{Da: "SOC 2-rapport", En: "SOC 2 report"},
	{Da: "Spørgeskema", En: "Questionnaire"},
	{Da: "Fysisk inspektion", En: "Physical inspection"},
	{Da: "Fælleskommunalt tilsyn", En: "Supervision carried out jointly for many municipalities"},
}

// SupervisionMethods returns every method in order, in a fresh slice.
func SupervisionMethods() []SupervisionMethod {
	return []SupervisionMethod{ISAE3000, ISAE3402, SOC2, Questionnaire, Inspection, JointSupervision}
}

// Valid reports whether m is one of the defined values.
func (m SupervisionMethod) Valid() bool { return enum.Valid(m, methodCodes[:]) }

// String returns the stable code of m, or "SupervisionMethod(n)" for an invalid value.
func (m SupervisionMethod) String() string {
	return enum.String(m, "SupervisionMethod", methodCodes[:])
}

// Label returns the Danish name of m, or the English one for an English
// tag.
func (m SupervisionMethod) Label(tag language.Tag) string {
	if !m.Valid() {
		return m.String()
	}
	return methodLabels[m].In(tag)
}

// ParseSupervisionMethod parses a code; "" gives the zero value and an unknown code is
// an error wrapping [ErrUnknownCode].
func ParseSupervisionMethod(code string) (SupervisionMethod, error) {
	return enum.Parse[SupervisionMethod](code, "dpa: supervision method", methodCodes[:], ErrUnknownCode)
}

// MarshalText encodes m as its code; the zero value encodes as "".
func (m SupervisionMethod) MarshalText() ([]byte, error) {
	return enum.Marshal(m, "dpa: SupervisionMethod", methodCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (m *SupervisionMethod) UnmarshalText(text []byte) (err error) {
	*m, err = ParseSupervisionMethod(string(text))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (m *SupervisionMethod) Scan(src any) error {
	return enum.Scan(m, src, "dpa: supervision method", methodCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (m SupervisionMethod) Value() (driver.Value, error) {
	return enum.Value(m, "dpa: SupervisionMethod", methodCodes[:], ErrUnknownCode)
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

var actionCodes = [...]string{"", "open", "in_progress", "done", "cancelled"}

var actionLabels = [...]gdpr.Text{
	{},
	{Da: "Åben", En: "Open"},
	{Da: "I gang", En: "In progress"},
	{Da: "Gennemført", En: "Done"},
	{Da: "Annulleret", En: "Cancelled"},
}

// Pending reports whether the action still has to be done (open or in
// progress).
func (s ActionStatus) Pending() bool { return s == ActionOpen || s == ActionInProgress }

// Valid reports whether s is one of the defined values.
func (s ActionStatus) Valid() bool { return enum.Valid(s, actionCodes[:]) }

// String returns the stable code of s, or "ActionStatus(n)" for an invalid value.
func (s ActionStatus) String() string { return enum.String(s, "ActionStatus", actionCodes[:]) }

// Label returns the Danish name of s, or the English one for an English
// tag.
func (s ActionStatus) Label(tag language.Tag) string {
	if !s.Valid() {
		return s.String()
	}
	return actionLabels[s].In(tag)
}

// ParseActionStatus parses a code; "" gives the zero value and an unknown code is
// an error wrapping [ErrUnknownCode].
func ParseActionStatus(code string) (ActionStatus, error) {
	return enum.Parse[ActionStatus](code, "dpa: action status", actionCodes[:], ErrUnknownCode)
}

// MarshalText encodes s as its code; the zero value encodes as "".
func (s ActionStatus) MarshalText() ([]byte, error) {
	return enum.Marshal(s, "dpa: ActionStatus", actionCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (s *ActionStatus) UnmarshalText(text []byte) (err error) {
	*s, err = ParseActionStatus(string(text))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (s *ActionStatus) Scan(src any) error {
	return enum.Scan(s, src, "dpa: action status", actionCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (s ActionStatus) Value() (driver.Value, error) {
	return enum.Value(s, "dpa: ActionStatus", actionCodes[:], ErrUnknownCode)
}

// MaxIntervalMonths bounds [Plan.IntervalMonths]: ten years.
const MaxIntervalMonths = 120

// Plan is the plan for supervising a processor: how often, in months
// (template section 7.3 asks whether processors are checked "halvårligt/
// årligt eller løbende"), and by which method. Datatilsynet expects a fixed,
// documented cycle (seed 001). The zero value means "no plan".
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
// (seed 001: documentation of the supervision, including whether it led to
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
