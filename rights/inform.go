package rights

import (
	"database/sql/driver"
	"fmt"
	"strconv"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/calendar"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Collection records personal data obtained from someone other than the
// data subject (another authority, a doctor, a school), for the duty to
// inform (oplysningspligt), GDPR art. 14(3): the data subject must be told
// within a reasonable period and at the latest one month after the data
// were obtained, or at the first communication to the data subject if the
// data are used for it, or at the first disclosure to another recipient,
// whichever comes first (rules.md §5; seed 001, "Oplysningspligt").
//
// A zero time.Time means "has not happened and is not planned".
type Collection struct {
	// ObtainedAt is when the authority obtained the data; for a
	// municipality, typically when the case was created (seed 001).
	ObtainedAt time.Time `json:"obtainedAt"`
	// FirstCommunicationAt is the first communication to the data subject
	// that uses the data, done or planned (art. 14(3)(b)).
	FirstCommunicationAt time.Time `json:"firstCommunicationAt,omitzero"`
	// FirstDisclosureAt is the first disclosure of the data to another
	// recipient, done or planned (art. 14(3)(c)).
	FirstDisclosureAt time.Time `json:"firstDisclosureAt,omitzero"`
	// InformedAt is when the data subject was informed.
	InformedAt time.Time `json:"informedAt,omitzero"`
}

// TemplateInformDays is the local limit the DPIA template asks about:
// "Informeres de registrerede inden for 10 dage ...?" (seed 002, lawfulness
// section 2.3).
const TemplateInformDays = 10

// InformPolicy is an authority's choice for the duty to inform. Its zero
// value applies the legal limit of art. 14(3) only.
type InformPolicy struct {
	// LocalLimit turns on a local limit in days from obtaining the data,
	// such as the template's 10 days. It never makes the deadline later
	// than the legal one.
	LocalLimit bool `json:"localLimit,omitempty"`
	// LocalDays is the local limit in days; 0 means [TemplateInformDays].
	LocalDays int `json:"localDays,omitempty"`
	// Policy gives the closed days by which day periods move (its
	// extension reading plays no part here).
	Policy Policy `json:"policy,omitzero"`
}

// days returns the local limit in days, 0 when off.
func (ip InformPolicy) days() int {
	switch {
	case !ip.LocalLimit:
		return 0
	case ip.LocalDays <= 0:
		return TemplateInformDays
	}
	return ip.LocalDays
}

// Validate reports a negative or absurd local limit and the problems of the
// closed days, as [gdpr.Problems] together with [ErrInvalidPolicy].
func (ip InformPolicy) Validate() error {
	var ps gdpr.Problems
	if ip.LocalDays < 0 || ip.LocalDays > 31 {
		ps.Add("localDays", gdpr.CodeOutOfRange, "the local limit must be from 1 to 31 days, or 0 for the template's 10, and never later than one month: got "+strconv.Itoa(ip.LocalDays))
	}
	if err := ip.Policy.Validate(); err != nil {
		ps.Merge("policy", err)
	}
	if err := ps.Err(); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidPolicy, err)
	}
	return nil
}

// Trigger is the rule that sets a deadline to inform. The zero value means
// "no deadline".
type Trigger uint8

// The triggers.
const (
	// OneMonth: one month after the data were obtained, GDPR art. 14(3)(a).
	OneMonth Trigger = iota + 1
	// FirstCommunication: the first communication to the data subject,
	// art. 14(3)(b).
	FirstCommunication
	// FirstDisclosure: the first disclosure to another recipient, art.
	// 14(3)(c).
	FirstDisclosure
	// LocalPolicy: the authority's own limit in days (seed 002, 2.3).
	LocalPolicy
)

var triggerCodes = [...]string{"", "one_month", "first_communication", "first_disclosure", "local_policy"}

var triggerLabels = [...]gdpr.Text{
	{},
	{Da: "Senest en måned efter indsamlingen", En: "One month after obtaining the data at the latest"},
	{Da: "Senest ved første kommunikation med den registrerede", En: "At the first communication with the data subject at the latest"},
	{Da: "Senest ved første videregivelse", En: "At the first disclosure at the latest"},
	{Da: "Lokal frist", En: "Local limit"},
}

var triggerReferences = [...]gdpr.Text{
	{},
	{Da: "GDPR art. 14, stk. 3, litra a", En: "GDPR art. 14(3)(a)"},
	{Da: "GDPR art. 14, stk. 3, litra b", En: "GDPR art. 14(3)(b)"},
	{Da: "GDPR art. 14, stk. 3, litra c", En: "GDPR art. 14(3)(c)"},
	{Da: "Lokal politik (skabelon for konsekvensanalyse, 2.3)", En: "Local policy (DPIA template, 2.3)"},
}

// Triggers returns every trigger, in the order of the constants.
func Triggers() []Trigger {
	return []Trigger{OneMonth, FirstCommunication, FirstDisclosure, LocalPolicy}
}

// Valid reports whether t is one of the defined triggers.
func (t Trigger) Valid() bool { return enum.Valid(t, triggerCodes[:]) }

// String returns the stable code ("first_communication"), or "Trigger(9)".
func (t Trigger) String() string { return enum.String(t, "Trigger", triggerCodes[:]) }

// Label returns the Danish wording of t, or the English one for an English
// tag.
func (t Trigger) Label(tag language.Tag) string {
	if !t.Valid() {
		return t.String()
	}
	return triggerLabels[t].In(tag)
}

// Reference returns the provision behind t; "" for an invalid trigger.
func (t Trigger) Reference(tag language.Tag) string {
	if !t.Valid() {
		return ""
	}
	return triggerReferences[t].In(tag)
}

// ParseTrigger parses a trigger code; "" gives the zero value and an
// unknown code is an error wrapping [ErrUnknownCode].
func ParseTrigger(code string) (Trigger, error) {
	return enum.Parse[Trigger](code, "rights: trigger", triggerCodes[:], ErrUnknownCode)
}

// MarshalText encodes t as its code; the zero value encodes as "".
func (t Trigger) MarshalText() ([]byte, error) {
	return enum.Marshal(t, "rights: Trigger", triggerCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (t *Trigger) UnmarshalText(b []byte) (err error) {
	*t, err = ParseTrigger(string(b))
	return err
}

// Scan implements sql.Scanner.
func (t *Trigger) Scan(src any) error {
	return enum.Scan(t, src, "rights: trigger", triggerCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer.
func (t Trigger) Value() (driver.Value, error) {
	return enum.Value(t, "rights: Trigger", triggerCodes[:], ErrUnknownCode)
}

// InformDue is the answer of [Collection.InformDue]: by when the data
// subject must be told, and which rule says so.
type InformDue struct {
	// Legal is the legal deadline, the earliest of art. 14(3)(a)-(c), and
	// LegalTrigger the rule that set it.
	Legal        Deadline `json:"legal"`
	LegalTrigger Trigger  `json:"legalTrigger"`
	// Due is the deadline to meet: Legal, or the local limit when that is
	// earlier; Trigger is the rule that set it.
	Due     Deadline `json:"due"`
	Trigger Trigger  `json:"trigger"`
}

// InTime reports whether informing at t meets the deadline d set by
// trigger: before the end of the last day for a period, at or before the
// instant itself for a first communication or disclosure (informing in the
// first letter is in time).
func inTime(d Deadline, trigger Trigger, t time.Time) bool {
	if trigger == FirstCommunication || trigger == FirstDisclosure {
		return !t.After(d.Expires)
	}
	return d.InTime(t)
}

// InTime reports whether informing at t meets Due.
func (d InformDue) InTime(t time.Time) bool { return inTime(d.Due, d.Trigger, t) }

// LegallyInTime reports whether informing at t meets the legal deadline.
func (d InformDue) LegallyInTime(t time.Time) bool { return inTime(d.Legal, d.LegalTrigger, t) }

// InformDue returns by when the data subject must be informed of data
// obtained from someone else (GDPR art. 14(3); rules.md §5):
//
//   - (a) one month after the data were obtained, counted as
//     [Request.Deadline] counts a month (Regulation 1182/71);
//   - (b) the instant of the first communication to the data subject;
//   - (c) the instant of the first disclosure to another recipient;
//
// whichever is first; and, when ip turns it on, the local limit in days
// (the template's 10 days by default), which only ever makes the deadline
// earlier. For (b) and (c) the deadline's Expires is the instant itself. A
// Collection without ObtainedAt has no deadline: the zero InformDue.
func (c Collection) InformDue(ip InformPolicy) InformDue {
	if c.ObtainedAt.IsZero() {
		return InformDue{}
	}
	cal := ip.Policy.calendar()
	due := InformDue{Legal: fromCalendar(cal.Period(c.ObtainedAt, 1, calendar.Months)), LegalTrigger: OneMonth}
	for _, ev := range [...]struct {
		at      time.Time
		trigger Trigger
	}{{c.FirstCommunicationAt, FirstCommunication}, {c.FirstDisclosureAt, FirstDisclosure}} {
		// Informing at the instant itself is in time, while the month ends
		// just before its Expires; so an instant binds when it is before the
		// deadline found so far.
		if !ev.at.IsZero() && ev.at.Before(due.Legal.Expires) {
			due.Legal = Deadline{Day: gdpr.Date(calendar.DateOf(ev.at)), Expires: ev.at}
			due.LegalTrigger = ev.trigger
		}
	}
	due.Due, due.Trigger = due.Legal, due.LegalTrigger
	if n := ip.days(); n > 0 {
		local := fromCalendar(cal.Period(c.ObtainedAt, n, calendar.Days))
		stricter := local.Expires.Before(due.Due.Expires)
		if due.Trigger != OneMonth {
			// The local day ends just before its Expires; the instant
			// itself is still in time.
			stricter = !local.Expires.After(due.Due.Expires)
		}
		if stricter {
			due.Due, due.Trigger = local, LocalPolicy
		}
	}
	return due
}

// Validate checks the collection: ObtainedAt is required, and the first
// communication and disclosure cannot come before the data were obtained.
func (c Collection) Validate() error {
	var ps gdpr.Problems
	if c.ObtainedAt.IsZero() {
		ps.Add("obtainedAt", gdpr.CodeRequired, "the time the data were obtained is required")
	} else {
		if !c.FirstCommunicationAt.IsZero() && c.FirstCommunicationAt.Before(c.ObtainedAt) {
			ps.Add("firstCommunicationAt", gdpr.CodeOrder, "the first communication is before the data were obtained")
		}
		if !c.FirstDisclosureAt.IsZero() && c.FirstDisclosureAt.Before(c.ObtainedAt) {
			ps.Add("firstDisclosureAt", gdpr.CodeOrder, "the first disclosure is before the data were obtained")
		}
	}
	return ps.Err()
}
