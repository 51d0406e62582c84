package breach

import (
	"database/sql/driver"
	"strconv"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// NotificationWindow is the time a controller has to notify Datatilsynet:
// 72 hours after becoming aware (GDPR art. 33(1)).
const NotificationWindow = 72 * time.Hour

// NotificationDeadline returns AwareAt plus exactly 72 hours of elapsed
// time (GDPR art. 33(1); rules.md §6). It is an absolute duration: a
// weekend, a holiday or a daylight-saving change does not move it, so
// across a change the wall clock shows 71 or 73 hours (aware 2025-03-28
// 14:30 +01:00 gives 2025-03-31 15:30 +02:00). The result keeps AwareAt's
// location; a zero AwareAt gives the zero time.
func (inc Incident) NotificationDeadline() time.Time {
	if inc.AwareAt.IsZero() {
		return time.Time{}
	}
	return inc.AwareAt.Add(NotificationWindow)
}

// Clock is the state of the 72-hour clock at an instant. The zero value
// means the clock has not started (no awareness recorded).
type Clock uint8

// States of the 72-hour clock.
const (
	// Running: not notified yet, and the deadline has not passed (at the
	// deadline itself there is no time left, but it is not overdue).
	Running Clock = iota + 1
	// Overdue: not notified, and the deadline has passed.
	Overdue
	// NotifiedInTime: the first notification came at or before the
	// deadline.
	NotifiedInTime
	// NotifiedLate: the first notification came after the deadline; it
	// must give the reasons for the delay (art. 33(1)).
	NotifiedLate
)

var clockCodes = [...]string{"", "running", "overdue", "notified_in_time", "notified_late"}

var clockLabels = [...]gdpr.Text{
	{},
	{Da: "Fristen løber", En: "Running"},
	{Da: "Fristen er overskredet", En: "Overdue"},
	{Da: "Anmeldt rettidigt", En: "Notified in time"},
	{Da: "Anmeldt for sent", En: "Notified late"},
}

// Valid reports whether c is one of the defined values.
func (c Clock) Valid() bool { return enum.Valid(c, clockCodes[:]) }

// String returns the stable code of c, or "Clock(n)" for an invalid value.
func (c Clock) String() string { return enum.String(c, "Clock", clockCodes[:]) }

// Label returns the Danish name of c, or the English one for an English tag.
func (c Clock) Label(tag language.Tag) string {
	if !c.Valid() {
		return c.String()
	}
	return clockLabels[c].In(tag)
}

// ParseClock parses a code; "" gives the zero value and an unknown code is an
// error wrapping [ErrUnknownCode].
func ParseClock(code string) (Clock, error) {
	return enum.Parse[Clock](code, "breach: clock state", clockCodes[:], ErrUnknownCode)
}

// MarshalText encodes c as its code; the zero value encodes as "".
func (c Clock) MarshalText() ([]byte, error) {
	return enum.Marshal(c, "breach: Clock", clockCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (c *Clock) UnmarshalText(b []byte) (err error) {
	*c, err = ParseClock(string(b))
	return err
}

// Scan implements sql.Scanner for a code stored as text; NULL gives zero.
func (c *Clock) Scan(src any) error {
	return enum.Scan(c, src, "breach: clock state", clockCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (c Clock) Value() (driver.Value, error) {
	return enum.Value(c, "breach: Clock", clockCodes[:], ErrUnknownCode)
}

// Status is the 72-hour clock of an incident at an instant, and the state
// of its processor chain.
type Status struct {
	// Clock is the state; zero when AwareAt is not recorded.
	Clock Clock `json:"clock,omitempty"`
	// Deadline is AwareAt + 72 hours.
	Deadline time.Time `json:"deadline,omitzero"`
	// NotifiedAt is the instant of the first notification, if any.
	NotifiedAt time.Time `json:"notifiedAt,omitzero"`
	// Left is the deadline minus NotifiedAt, or minus now when not
	// notified: the time left (or the margin) when positive, how long
	// overdue (or how late) when negative.
	Left time.Duration `json:"left"`
	// Processors has one entry per link of the processor chain.
	Processors []ProcessorStatus `json:"processors,omitempty"`
}

// ProcessorStatus is the state of one link of the processor chain at an
// instant.
type ProcessorStatus struct {
	// Name is the processor (an organisation).
	Name string `json:"name"`
	// Deadline is AwareAt + the agreed hours; zero when none are agreed.
	Deadline time.Time `json:"deadline,omitzero"`
	// Notified reports whether it has told the next party.
	Notified bool `json:"notified"`
	// Took is how long it took to tell the next party, or how long it has
	// been aware without telling when not notified.
	Took time.Duration `json:"took"`
	// Missed reports that it missed the agreed hours: it told the next
	// party after the deadline, or has not told it and the deadline has
	// passed.
	Missed bool `json:"missed"`
}

// Status returns the 72-hour clock at now: running with time left,
// overdue, notified in time or notified late, judged by the earliest
// notification to Datatilsynet (rules.md §6). A notification exactly at
// the deadline is in time. The processor chain is reported link by link,
// with the links that missed the hours their agreement sets. Status does
// not know whether the breach must be notified at all; [Policy.Decide]
// says that.
func (inc Incident) Status(now time.Time) Status {
	var s Status
	if !inc.AwareAt.IsZero() {
		s.Deadline = inc.NotificationDeadline()
		if first, ok := inc.FirstNotification(); ok {
			s.NotifiedAt = first.At
			s.Left = s.Deadline.Sub(first.At)
			s.Clock = NotifiedInTime
			if s.Left < 0 {
				s.Clock = NotifiedLate
			}
		} else {
			s.Left = s.Deadline.Sub(now)
			s.Clock = Running
			if s.Left < 0 {
				s.Clock = Overdue
			}
		}
	}
	if len(inc.Processors) > 0 {
		s.Processors = make([]ProcessorStatus, len(inc.Processors))
		for i, p := range inc.Processors {
			s.Processors[i] = p.status(now)
		}
	}
	return s
}

func (p ProcessorNotice) status(now time.Time) ProcessorStatus {
	ps := ProcessorStatus{Name: p.Name, Deadline: p.Deadline(), Notified: !p.NotifiedAt.IsZero()}
	if p.AwareAt.IsZero() {
		return ps
	}
	end := now
	if ps.Notified {
		end = p.NotifiedAt
	}
	ps.Took = end.Sub(p.AwareAt)
	ps.Missed = !ps.Deadline.IsZero() && end.After(ps.Deadline)
	return ps
}

// ProcessorMissed reports whether any link of the processor chain missed
// its agreed hours.
func (s Status) ProcessorMissed() bool {
	for _, p := range s.Processors {
		if p.Missed {
			return true
		}
	}
	return false
}

// String describes the status in English for logs, with the deadline in
// Copenhagen time: "running: 29h0m0s left, due 2026-03-03T15:00:00+01:00".
func (s Status) String() string {
	if !s.Clock.Valid() {
		return "not started"
	}
	due := s.Deadline.In(copenhagen()).Format(time.RFC3339)
	switch s.Clock {
	case Running:
		return "running: " + s.Left.String() + " left, due " + due
	case Overdue:
		return "overdue by " + (-s.Left).String() + ", was due " + due
	case NotifiedInTime:
		return "notified in time, " + s.Left.String() + " before the deadline " + due
	}
	return "notified late, " + (-s.Left).String() + " after the deadline " + due
}

// Describe describes the status for a case worker in Danish or English,
// with the deadline in Copenhagen time: "Fristen løber: 29 t 0 min
// tilbage, frist 03-03-2026 kl. 15:00".
func (s Status) Describe(tag language.Tag) string {
	if !s.Clock.Valid() {
		return tr(tag, "Fristen er ikke startet: tidspunktet for kendskab mangler", "The clock has not started: the instant of awareness is missing")
	}
	due := formatInstant(s.Deadline, tag)
	switch s.Clock {
	case Running:
		return tr(tag, "Fristen løber: ", "Running: ") + formatDuration(s.Left, tag) + tr(tag, " tilbage, frist ", " left, due ") + due
	case Overdue:
		return tr(tag, "Fristen er overskredet med ", "Overdue by ") + formatDuration(-s.Left, tag) + tr(tag, ", fristen var ", ", was due ") + due
	case NotifiedInTime:
		return tr(tag, "Anmeldt rettidigt, ", "Notified in time, ") + formatDuration(s.Left, tag) + tr(tag, " før fristen ", " before the deadline ") + due
	}
	return tr(tag, "Anmeldt for sent, ", "Notified late, ") + formatDuration(-s.Left, tag) + tr(tag, " efter fristen ", " after the deadline ") + due
}

// formatDuration gives whole hours and minutes: "29 t 5 min" or
// "29 h 5 min" (seconds are dropped).
func formatDuration(d time.Duration, tag language.Tag) string {
	if d < 0 {
		d = -d
	}
	h := int64(d / time.Hour)
	m := int64(d % time.Hour / time.Minute)
	return strconv.FormatInt(h, 10) + tr(tag, " t ", " h ") + strconv.FormatInt(m, 10) + " min"
}

// formatInstant gives the instant in Copenhagen time: "31-03-2025 kl.
// 15:30" in Danish, "2025-03-31 15:30 +02:00" in English.
func formatInstant(t time.Time, tag language.Tag) string {
	t = t.In(copenhagen())
	if gdpr.English(tag) {
		return t.Format("2006-01-02 15:04 -07:00")
	}
	return t.Format("02-01-2006 kl. 15:04")
}
