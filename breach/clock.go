package breach

import (
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
// time (GDPR art. 33(1); EDPB Guidelines 9/2022, para. 31). It is an absolute duration: a
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

// Status is the state of the 72-hour clock at an instant. The zero value
// means the clock has not started (no awareness recorded).
type Status uint8

// States of the 72-hour clock.
const (
	// Running: not notified yet, and the deadline has not passed (at the
	// deadline itself there is no time left, but it is not overdue).
	Running Status = iota + 1
	// Overdue: not notified, and the deadline has passed.
	Overdue
	// NotifiedInTime: the first notification came at or before the
	// deadline.
	NotifiedInTime
	// NotifiedLate: the first notification came after the deadline; it
	// must give the reasons for the delay (art. 33(1)).
	NotifiedLate
)

var statusDef = enum.Def[Status]{
	Type: "Status",
	Kind: "breach: clock state",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Running:        {Code: "running", Da: "Fristen løber", En: "Running"},
		Overdue:        {Code: "overdue", Da: "Fristen er overskredet", En: "Overdue"},
		NotifiedInTime: {Code: "notified_in_time", Da: "Anmeldt rettidigt", En: "Notified in time"},
		NotifiedLate:   {Code: "notified_late", Da: "Anmeldt for sent", En: "Notified late"},
	},
}

// State is the 72-hour clock of an incident at an instant, and the state
// of its processor chain.
type State struct {
	// Status is the state of the clock; zero when AwareAt is not
	// recorded or is after the instant.
	Status Status `json:"status,omitempty"`
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

// State returns the 72-hour clock at now: running with time left,
// overdue, notified in time or notified late, judged by the earliest
// notification to Datatilsynet (GDPR art. 33(1)). A notification exactly at
// the deadline is in time. The processor chain is reported link by link,
// with the links that missed the hours their agreement sets. State does
// not know whether the breach must be notified at all; [Policy.Decide]
// says that.
//
// State sees the incident as it stood at now: a notification, a
// processor's notice or an awareness recorded after now has not happened
// yet. Before AwareAt the clock has not started (zero Status).
func (inc Incident) State(now time.Time) State {
	inc = inc.asOf(now)
	var s State
	if !inc.AwareAt.IsZero() {
		s.Deadline = inc.NotificationDeadline()
		if first, ok := inc.FirstNotification(); ok {
			s.NotifiedAt = first.At
			s.Left = s.Deadline.Sub(first.At)
			s.Status = NotifiedInTime
			if s.Left < 0 {
				s.Status = NotifiedLate
			}
		} else if !inc.AwareAt.After(now) {
			s.Left = s.Deadline.Sub(now)
			s.Status = Running
			if s.Left < 0 {
				s.Status = Overdue
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

// asOf returns the incident as it stood at now: the notifications to
// Datatilsynet and the communications to the data subjects made after now
// left out, and a processor's notice given after now not yet given. It
// copies the slices only when something is left out.
func (inc Incident) asOf(now time.Time) Incident {
	if later(inc.Notifications, now) {
		kept := make([]Notification, 0, len(inc.Notifications))
		for _, n := range inc.Notifications {
			if !n.At.After(now) {
				kept = append(kept, n)
			}
		}
		inc.Notifications = kept
	}
	if laterNotices(inc.SubjectNotices, now) {
		kept := make([]SubjectNotice, 0, len(inc.SubjectNotices))
		for _, n := range inc.SubjectNotices {
			if !n.At.After(now) {
				kept = append(kept, n)
			}
		}
		inc.SubjectNotices = kept
	}
	for i, p := range inc.Processors {
		if p.NotifiedAt.After(now) {
			ps := make([]ProcessorNotice, len(inc.Processors))
			copy(ps, inc.Processors)
			for j := i; j < len(ps); j++ {
				if ps[j].NotifiedAt.After(now) {
					ps[j].NotifiedAt = time.Time{}
				}
			}
			inc.Processors = ps
			break
		}
	}
	return inc
}

func later(ns []Notification, now time.Time) bool {
	for i := range ns {
		if ns[i].At.After(now) {
			return true
		}
	}
	return false
}

func laterNotices(ns []SubjectNotice, now time.Time) bool {
	for i := range ns {
		if ns[i].At.After(now) {
			return true
		}
	}
	return false
}

func (p ProcessorNotice) status(now time.Time) ProcessorStatus {
	ps := ProcessorStatus{Name: p.Name, Deadline: p.Deadline(), Notified: !p.NotifiedAt.IsZero()}
	if p.AwareAt.IsZero() || p.AwareAt.After(now) {
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
func (s State) ProcessorMissed() bool {
	for _, p := range s.Processors {
		if p.Missed {
			return true
		}
	}
	return false
}

// String describes the status in English for logs, with the deadline in
// Copenhagen time: "running: 29h0m0s left, due 2026-03-03T15:00:00+01:00".
func (s State) String() string {
	if !s.Status.Valid() {
		return "not started"
	}
	due := s.Deadline.In(copenhagen()).Format(time.RFC3339)
	switch s.Status {
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
func (s State) Describe(tag language.Tag) string {
	if !s.Status.Valid() {
		return tr(tag, "Fristen er ikke startet: tidspunktet for kendskab mangler", "The clock has not started: the instant of awareness is missing")
	}
	due := formatInstant(s.Deadline, tag)
	switch s.Status {
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
