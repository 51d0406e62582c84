package rights

import (
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/calendar"
)

// Deadline is the end of a period: the last day on which the authority is
// in time, and the instant that day ends in Europe/Copenhagen (Regulation
// 1182/71 art. 3(2)). The zero value is "no deadline".
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
	final      calendar.Deadline // the deadline in force
	refusal    calendar.Deadline // the deadline of a refusal in full (art. 12(4)); set when the answer is one
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
//
// A pause counts only if it begins before the deadline in force at its
// beginning has expired (a documented pause stops a running clock; once the deadline has passed there is no clock to stop, and a
// later pause must not turn an overdue request into an open one).
//
// Under the official calendar a request with neither an extension nor a
// pause has the calendar's one-month period, worked out on day numbers.
func (r *Request) plan(cal calendar.Calendar, chained bool, now time.Time, atNow bool) plan {
	if r.ReceivedAt.IsZero() {
		return plan{}
	}
	if r.Extension == nil && len(r.Pauses) == 0 && cal.IsOfficial() {
		// One month from receipt, nothing moved: the calendar's own period,
		// as in Deadline.
		var pl plan
		pl.final.Day, pl.final.Expires = calendar.OneMonth(r.ReceivedAt)
		pl.refusal = pl.final
		return pl
	}
	received := calendar.DateOf(r.ReceivedAt)
	var asOf time.Time // events after asOf have not happened; zero: every event has
	if atNow {
		asOf = now
	}
	paused, pausing := 0, false
	for i := range r.Pauses {
		p := &r.Pauses[i]
		if p.From.IsZero() || atNow && p.From.After(now) {
			continue
		}
		until, running := p.Until, false
		if atNow && (until.IsZero() || until.After(now)) {
			until, running = now, true
		}
		if until.IsZero() {
			continue // running: it counts once it has ended
		}
		if !r.deadlines(cal, chained, received, paused, p.From).final.InTime(p.From) {
			continue // begun after the deadline expired: moves nothing
		}
		pausing = pausing || running
		if n := calendar.DateOf(until).DaysSince(calendar.DateOf(p.From)); n > 0 {
			paused += n
		}
	}
	pl := r.deadlines(cal, chained, received, paused, asOf)
	pl.pausedDays, pl.pausing = paused, pausing
	return pl
}

// deadlines works out the deadlines of a request received on the day
// received whose last days pauses moved by paused days, seeing only the
// extension notified by asOf (any, for a zero asOf).
func (r *Request) deadlines(cal calendar.Calendar, chained bool, received calendar.Date, paused int, asOf time.Time) plan {
	var pl plan
	firstEnd := calendar.EndDay(received, answerMonths, calendar.Months)
	movedEnd := shift(firstEnd, paused) // moved by pauses but not off closed days
	e := r.Extension
	if e == nil || e.NotifiedAt.IsZero() || !asOf.IsZero() && e.NotifiedAt.After(asOf) {
		pl.final = cal.DeadlineOn(movedEnd)
		pl.refusal = pl.final
		return pl
	}
	// GDPR art. 12(3): the data subject must be told within one month of
	// receipt; a later notice does not extend the deadline. A notice on or
	// before the unmoved last day is in time without working out the moved
	// one.
	var first calendar.Deadline
	if calendar.DateOf(e.NotifiedAt).After(movedEnd) {
		if first = cal.DeadlineOn(movedEnd); !first.InTime(e.NotifiedAt) {
			pl.final, pl.refusal, pl.lateNotice = first, first, true
			return pl
		}
	}
	var end calendar.Date
	if chained {
		end = calendar.EndDay(firstEnd, extensionMonths, calendar.Months)
	} else {
		end = calendar.EndDay(received, answerMonths+extensionMonths, calendar.Months)
	}
	pl.final = cal.DeadlineOn(shift(end, paused))
	pl.extended = true
	// GDPR art. 12(4): a refusal in whole or in part is due within one
	// month of receipt; the extension of art. 12(3) does not move it.
	// Worked out only for a request refused in whole or in part, so
	// Deadline stays cheap.
	if a := r.Answer; a != nil && a.Outcome.Refuses() {
		if first.IsZero() {
			first = cal.DeadlineOn(movedEnd)
		}
		pl.refusal = first
	}
	return pl
}

// lateAnswer reports whether answer a came late under pl, and which part:
// a refusal in full is due within the first month (art. 12(4)); a grant in
// full by the deadline in force; a partial grant by the deadline in force
// and its partial refusal, sent at a.RefusedAt or with the grant, within
// the first month.
func (pl *plan) lateAnswer(a *Answer) (late bool, path string) {
	switch a.Outcome {
	case Refused:
		return !pl.refusal.InTime(a.At), "answer.at"
	case PartlyGranted:
		if !pl.refusal.InTime(a.refusedAt()) {
			if a.RefusedAt.IsZero() {
				return true, "answer.at"
			}
			return true, "answer.refusedAt"
		}
	}
	return !pl.final.InTime(a.At), "answer.at"
}

func shift(d calendar.Date, days int) calendar.Date {
	if days == 0 {
		return d
	}
	return d.AddDays(days)
}

// Deadline returns the deadline in force under the default policy (the
// zero [Policy]), GDPR art. 12(3) and Regulation 1182/71:
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
// A pause that begins after the deadline in force has expired moves
// nothing. A refusal in full is due within the first month even when the
// deadline is extended (art. 12(4)): see [Request.FirstMonth] and
// [Request.State]. A request without ReceivedAt has no deadline: the zero
// Deadline. Deadline does not allocate.
func (r Request) Deadline() Deadline {
	if r.Extension == nil && r.Pauses == nil && !r.ReceivedAt.IsZero() {
		// One month from receipt, nothing moved: the calendar's own period,
		// integer arithmetic on day numbers. Its art. 3(5) check cannot
		// bind: a month holds far more than two working days.
		day, expires := calendar.OneMonth(r.ReceivedAt)
		return Deadline{Day: gdpr.Date(day), Expires: expires}
	}
	return r.planned()
}

// planned is Deadline worked out by plan, for a request with an extension
// or pauses. It is kept out of line so that Deadline stays small enough to
// inline, which spares its callers a copy of the Request.
//
//go:noinline
func (r *Request) planned() Deadline {
	return fromCalendar(r.plan(calendar.Calendar{}, false, time.Time{}, false).final)
}

// Deadline is [Request.Deadline] of r under the policy p: its closed days
// and dates, and its reading of an extension (three months from receipt by
// default, or the chained reading: the unmoved end of the first month plus
// two months). It allocates only when p has closed dates.
func (p Policy) Deadline(r Request) Deadline {
	return fromCalendar(r.plan(p.calendar(), p.ChainedExtension, time.Time{}, false).final)
}

// FirstMonth returns the deadline one month from receipt under the default
// policy: [Policy.FirstMonth] of the zero Policy.
func (r Request) FirstMonth() Deadline { return Policy{}.FirstMonth(r) }

// FirstMonth returns the deadline one month from receipt of r under p,
// moved by the pauses that have ended: the deadline to answer without an
// extension, the deadline to notify an extension (GDPR art. 12(3)), and
// the deadline of a refusal in whole or in part, which an extension does
// not move (art. 12(4)).
func (p Policy) FirstMonth(r Request) Deadline {
	if r.ReceivedAt.IsZero() {
		return Deadline{}
	}
	cal := p.calendar()
	end := calendar.EndDay(calendar.DateOf(r.ReceivedAt), answerMonths, calendar.Months)
	paused := r.plan(cal, p.ChainedExtension, time.Time{}, false).pausedDays
	return fromCalendar(cal.DeadlineOn(shift(end, paused)))
}
