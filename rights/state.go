package rights

import (
	"time"

	"github.com/dkgdpr/gdpr/internal/calendar"
)

// State is where a request stands at an instant: its status, the deadline
// in force, and the time and working days left.
type State struct {
	// Status is the request's status at the instant.
	Status Status `json:"status"`
	// Deadline is the deadline in force at the instant.
	Deadline Deadline `json:"deadline"`
	// Extended reports whether a valid extension is in force.
	Extended bool `json:"extended,omitempty"`
	// PausedDays is how many days pauses have moved the deadline, a running
	// pause counted up to the instant's day.
	PausedDays int `json:"pausedDays,omitempty"`
	// Left is the time from the instant until the deadline expires,
	// negative once it has; zero for a closed request.
	Left time.Duration `json:"-"`
	// WorkingDaysLeft counts the working days after the instant's day up to
	// and including the deadline's day: 0 on the last day itself, 1 on the
	// working day before. Once the deadline has passed it is the negative
	// count of working days after the deadline up to and including the
	// instant's day, so the first working day after the deadline gives -1
	// (a weekend right after it still gives 0, while the status already
	// says overdue). Zero for a closed request. The count stops at
	// MaxWithin working days (about forty years) either way.
	WorkingDaysLeft int `json:"workingDaysLeft"`
}

// State returns the request's state at now under the default policy:
// [Policy.State] of the zero Policy.
func (r Request) State(now time.Time) State { return Policy{}.State(r, now) }

// State returns the state of the request r at now under p, seeing the request
// as it stood at now: events recorded after now (an answer, an extension
// notice, a pause, a withdrawal) have not happened yet. The status is
//
//   - [Withdrawn] once the requester withdrew it;
//   - [AnsweredInTime] or [AnsweredLate] for an answer granting it in full
//     or in part, by whether it was sent before the deadline in force
//     expired; [RefusedInTime] or [RefusedLate] for a refusal in full, by
//     whether it was sent within the first month, which an extension does
//     not move (GDPR art. 12(4): the reasons for not taking action and the
//     right to complain are due "at the latest within one month of
//     receipt"); the State's Deadline is then that first month;
//   - [Paused] while a documented pause runs that began before the
//     deadline expired;
//   - [ExtensionNoticeOverdue] when the deadline has expired and the
//     extension on record was notified after the first month (so it did
//     not move the deadline), [Overdue] when it has expired otherwise;
//   - [Open] before the deadline.
//
// A request without ReceivedAt is [Open] with no deadline.
func (p Policy) State(r Request, now time.Time) State {
	return r.state(p.calendar(), p, now)
}

func (r *Request) state(cal calendar.Calendar, p Policy, now time.Time) State {
	pl := r.plan(cal, p.ChainedExtension, now, true)
	s := r.stateOf(&pl, r.status(&pl, now), now)
	if !s.Status.Closed() && !r.ReceivedAt.IsZero() {
		s.WorkingDaysLeft = workingDaysLeft(cal, calendar.DateOf(now), pl.final.Day)
	}
	return s
}

// stateOf completes the state from the plan and status at now, all but
// WorkingDaysLeft.
func (r *Request) stateOf(pl *plan, status Status, now time.Time) State {
	deadline := pl.final
	if status == RefusedInTime || status == RefusedLate {
		deadline = pl.refusal
	}
	s := State{Status: status, Deadline: fromCalendar(deadline), Extended: pl.extended, PausedDays: pl.pausedDays}
	if !status.Closed() && !r.ReceivedAt.IsZero() {
		s.Left = pl.final.Expires.Sub(now)
	}
	return s
}

// status classifies the request at now given its plan.
func (r *Request) status(pl *plan, now time.Time) Status {
	if !r.WithdrawnAt.IsZero() && !r.WithdrawnAt.After(now) {
		return Withdrawn
	}
	if a := r.Answer; a != nil && !a.At.IsZero() && !a.At.After(now) {
		late, _ := pl.lateAnswer(a)
		switch {
		case a.Outcome == Refused && late:
			return RefusedLate
		case a.Outcome == Refused:
			return RefusedInTime
		case late:
			return AnsweredLate
		}
		return AnsweredInTime
	}
	switch {
	case r.ReceivedAt.IsZero():
		return Open
	case pl.pausing:
		return Paused
	case pl.final.InTime(now):
		return Open
	case pl.lateNotice:
		return ExtensionNoticeOverdue
	}
	return Overdue
}

// workingDaysLeft returns the working days of cal after today up to and
// including last, negative when last is before today, capped at MaxWithin
// either way. The calendar counts them in constant time for any span, so a
// request received twenty years ago costs what one received last week does.
func workingDaysLeft(cal calendar.Calendar, today, last calendar.Date) int {
	n := cal.WorkingDays(today, last)
	return max(-MaxWithin, min(n, MaxWithin))
}

// nthWorkingDay returns the n-th working day after d under cal (d itself
// for n <= 0); n is capped at MaxWithin.
func nthWorkingDay(cal calendar.Calendar, d calendar.Date, n int) calendar.Date {
	for n = min(n, MaxWithin); n > 0; n-- {
		d = cal.NextWorkingDay(d.AddDays(1))
	}
	return d
}
