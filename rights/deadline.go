package rights

import (
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/calendar"
)

// Deadline is the end of a period: the last day on which the authority is
// in time, and the instant that day ends in Europe/Copenhagen (rules.md §4;
// Regulation 1182/71 art. 3(2)). The zero value is "no deadline".
type Deadline struct {
	// Day is the last day, already moved off Saturdays, Sundays, Danish
	// public holidays and the policy's closed days.
	Day gdpr.Date `json:"day"`
	// Expires is the end of Day in Europe/Copenhagen: 00:00 of the next day
	// on the Copenhagen wall clock, the "expiry of the last hour" of Day.
	// An act before Expires is in time; at or after it, late.
	Expires time.Time `json:"expires"`
}

// IsZero reports whether d is the zero value (no deadline).
func (d Deadline) IsZero() bool { return d.Day.IsZero() && d.Expires.IsZero() }

// InTime reports whether an act at t meets the deadline: t is before
// Expires.
func (d Deadline) InTime(t time.Time) bool { return t.Before(d.Expires) }

// String returns the last day, "2025-02-28"; "" for the zero value.
func (d Deadline) String() string { return d.Day.String() }

func fromCalendar(d calendar.Deadline) Deadline {
	return Deadline{Day: gdpr.Date(d.Day), Expires: d.Expires}
}

// The periods of GDPR art. 12(3), in months.
const (
	answerMonths    = 1 // to answer, to refuse, and to notify an extension
	extensionMonths = 2 // the further months of an extension
)

// plan is a request's deadlines, worked out once.
type plan struct {
	firstEnd   calendar.Date     // last day of the first month, moved by pauses but not off closed days
	final      calendar.Deadline // the deadline in force
	extended   bool              // a valid extension is in force
	lateNotice bool              // an extension was notified after the first month
	pausedDays int               // days the deadlines moved by pauses
	pausing    bool              // a pause runs at now
}

// plan works out the deadlines of r under cal. With atNow false it ignores
// now and counts only the pauses that have ended; with atNow true it sees
// the request as it stood at now: pauses and an extension notice after now
// have not happened yet, and a pause running at now counts up to now's
// day.
func (r *Request) plan(cal calendar.Calendar, chained bool, now time.Time, atNow bool) plan {
	var pl plan
	if r.ReceivedAt.IsZero() {
		return pl
	}
	received := calendar.DateOf(r.ReceivedAt)
	for i := range r.Pauses {
		p := &r.Pauses[i]
		if p.From.IsZero() || atNow && p.From.After(now) {
			continue
		}
		until := p.Until
		if atNow && (until.IsZero() || until.After(now)) {
			until, pl.pausing = now, true
		}
		if until.IsZero() {
			continue // running: it counts once it has ended
		}
		if n := calendar.DateOf(until).DaysSince(calendar.DateOf(p.From)); n > 0 {
			pl.pausedDays += n
		}
	}
	firstEnd := calendar.EndDay(received, answerMonths, calendar.Months)
	pl.firstEnd = shift(firstEnd, pl.pausedDays)
	e := r.Extension
	if e == nil || e.NotifiedAt.IsZero() || atNow && e.NotifiedAt.After(now) {
		pl.final = cal.DeadlineOn(pl.firstEnd)
		return pl
	}
	// GDPR art. 12(3): the data subject must be told within one month of
	// receipt; a later notice does not extend the deadline. A notice on or
	// before the unmoved last day is in time without working out the moved
	// one.
	if calendar.DateOf(e.NotifiedAt).After(pl.firstEnd) {
		if first := cal.DeadlineOn(pl.firstEnd); !first.InTime(e.NotifiedAt) {
			pl.final, pl.lateNotice = first, true
			return pl
		}
	}
	var end calendar.Date
	if chained {
		end = calendar.EndDay(firstEnd, extensionMonths, calendar.Months)
	} else {
		end = calendar.EndDay(received, answerMonths+extensionMonths, calendar.Months)
	}
	pl.final = cal.DeadlineOn(shift(end, pl.pausedDays))
	pl.extended = true
	return pl
}

func shift(d calendar.Date, days int) calendar.Date {
	if days == 0 {
		return d
	}
	return d.AddDays(days)
}

// Deadline returns the deadline in force under the default policy (the
// zero [Policy]), rules.md §4 and §5, GDPR art. 12(3):
//
//   - one month from the first receipt: the day of receipt is not counted;
//     the period ends on the same date in the next month, or that month's
//     last day when the date does not exist (received 31 January, the
//     period ends 28 or 29 February); a last day that is a Saturday,
//     Sunday or Danish public holiday moves to the next working day; the
//     period ends at the end of that day in Europe/Copenhagen;
//   - with an Extension notified within that month, three months from
//     receipt, worked out the same way; an extension notified later is
//     invalid and does not move the deadline;
//   - every pause that has ended moves the last day, before it is moved off
//     a closed day, by the calendar days it lasted.
//
// A refusal is due by the same deadline (art. 12(4)). A request without
// ReceivedAt has no deadline: the zero Deadline. Deadline does not
// allocate.
func (r Request) Deadline() Deadline {
	return fromCalendar(r.plan(calendar.Calendar{}, false, time.Time{}, false).final)
}

// DeadlineUnder is [Request.Deadline] under the policy p: its closed days
// and dates, and its reading of an extension (three months from receipt by
// default, or the chained reading: the unmoved end of the first month plus
// two months). It allocates only when p has closed dates.
func (r Request) DeadlineUnder(p Policy) Deadline {
	return fromCalendar(r.plan(p.calendar(), p.ChainedExtension, time.Time{}, false).final)
}

// FirstMonth returns the deadline one month from receipt under p, moved by
// the pauses that have ended: the deadline to answer without an extension,
// and the deadline to notify an extension (GDPR art. 12(3)).
func (r Request) FirstMonth(p Policy) Deadline {
	if r.ReceivedAt.IsZero() {
		return Deadline{}
	}
	cal := p.calendar()
	return fromCalendar(cal.DeadlineOn(r.plan(cal, p.ChainedExtension, time.Time{}, false).firstEnd))
}
