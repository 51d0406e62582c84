package rights

import (
	"time"

	"github.com/dkgdpr/gdpr"
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
	// says overdue). Zero for a closed request.
	WorkingDaysLeft int `json:"workingDaysLeft,omitempty"`
}

// State returns the request's state at now under the default policy. See
// [Request.StateUnder].
func (r Request) State(now time.Time) State { return r.StateUnder(Policy{}, now) }

// StateUnder returns the request's state at now under p, seeing the request
// as it stood at now: events recorded after now (an answer, an extension
// notice, a pause, a withdrawal) have not happened yet. The status is
//
//   - [Withdrawn] once the requester withdrew it;
//   - [AnsweredInTime] or [AnsweredLate] for an answer granting it in full
//     or in part, [RefusedInTime] or [RefusedLate] for a refusal, by
//     whether it was sent before the deadline expired;
//   - [Paused] while a documented pause runs;
//   - [ExtensionNoticeOverdue] when the deadline has expired and the
//     extension on record was notified after the first month (so it did
//     not move the deadline), [Overdue] when it has expired otherwise;
//   - [Open] before the deadline.
//
// A request without ReceivedAt is [Open] with no deadline.
func (r Request) StateUnder(p Policy, now time.Time) State {
	return r.state(p.calendar(), p, now)
}

func (r *Request) state(cal calendar.Calendar, p Policy, now time.Time) State {
	pl := r.plan(cal, p.ChainedExtension, now, true)
	return r.stateOf(&pl, r.status(&pl, now), p, now, calendar.DateOf(now))
}

// stateOf completes the state from the plan and status at now, whose day
// is today.
func (r *Request) stateOf(pl *plan, status Status, p Policy, now time.Time, today calendar.Date) State {
	s := State{Status: status, Deadline: fromCalendar(pl.final), Extended: pl.extended, PausedDays: pl.pausedDays}
	if !status.Closed() && !r.ReceivedAt.IsZero() {
		s.Left = pl.final.Expires.Sub(now)
		s.WorkingDaysLeft = workingDaysLeft(p, today, pl.final.Day)
	}
	return s
}

// status classifies the request at now given its plan.
func (r *Request) status(pl *plan, now time.Time) Status {
	if !r.WithdrawnAt.IsZero() && !r.WithdrawnAt.After(now) {
		return Withdrawn
	}
	if a := r.Answer; a != nil && !a.At.IsZero() && !a.At.After(now) {
		late := !pl.final.InTime(a.At)
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

// workingDaysLeft counts from today to the last day as State documents.
func workingDaysLeft(p Policy, today, last calendar.Date) int {
	if last.Before(today) {
		return -workingDaysBetween(p, last, today)
	}
	return workingDaysBetween(p, today, last)
}

// workingDaysBetween returns the number of working days d under p with
// from < d <= to. It takes time in the number of
// years spanned, not days: it counts the weekdays and takes off the closed
// weekdays, which are either among the few dates of each year that can be
// public holidays or optional closed days, or among p's closed dates. A
// test checks it against counting day by day with the calendar.
func workingDaysBetween(p Policy, from, to calendar.Date) int {
	lo, hi := ordinal(from), ordinal(to)
	n := hi - lo
	if n <= 0 {
		return 0
	}
	count := n / 7 * 5
	for o := hi - n%7 + 1; o <= hi; o++ {
		if weekday(o) {
			count++
		}
	}
	optional := p.optional()
	// Years after 9999 are not meaningful; the bound keeps absurd input
	// from running for ever.
	lastYear := min(to.Year, from.Year+maxYearSpan)
	for y := from.Year; y <= lastYear; y++ {
		count -= closedInYear(y, optional, lo, hi)
	}
	if len(p.ClosedDates) > 0 {
		official := calendar.New(optional)
		for i, x := range p.ClosedDates {
			d := calendar.Date(x)
			if !d.Valid() || containsDate(p.ClosedDates[:i], x) {
				continue
			}
			if o := ordinal(d); o > lo && o <= hi && !official.Closed(d) {
				count-- // a weekday closed only by the policy's dates
			}
		}
	}
	return count
}

// maxYearSpan bounds the years workingDaysBetween looks at for holidays.
const maxYearSpan = 10000

// closedInYear counts the weekdays of year y in (lo, hi] (ordinals) that
// are public holidays or one of the optional closed days.
func closedInYear(y int, optional calendar.OptionalDays, lo, hi int) int {
	leap := 0
	if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		leap = 1
	}
	jan1 := ordinal(calendar.Date{Year: y, Month: time.January, Day: 1})
	if jan1+365+leap <= lo || jan1 > hi {
		return 0
	}
	easter := calendar.Easter(y)
	e := ordinal(easter)
	var closed [16]int
	n := 0
	add := func(o int, isClosed bool) {
		if !isClosed || o <= lo || o > hi || !weekday(o) {
			return
		}
		for _, c := range closed[:n] {
			if c == o {
				return
			}
		}
		closed[n] = o
		n++
	}
	// Fixed dates, as days after 1 January.
	add(jan1, calendar.IsHoliday(calendar.Date{Year: y, Month: time.January, Day: 1}))
	add(jan1+120+leap, optional&calendar.MayDay != 0)          // 1 May
	add(jan1+155+leap, optional&calendar.ConstitutionDay != 0) // 5 June
	add(jan1+357+leap, optional&calendar.ChristmasEve != 0)    // 24 December
	add(jan1+358+leap, calendar.IsHoliday(calendar.Date{Year: y, Month: time.December, Day: 25}))
	add(jan1+359+leap, calendar.IsHoliday(calendar.Date{Year: y, Month: time.December, Day: 26}))
	add(jan1+364+leap, optional&calendar.NewYearsEve != 0) // 31 December
	add(e+40, optional&calendar.DayAfterAscension != 0)    // Friday after Ascension
	for _, off := range [...]int{-3, -2, 0, 1, 26, 39, 49, 50} {
		// The calendar decides which days after Easter are holidays (Store
		// Bededag, Easter + 26, only up to 2023).
		add(e+off, calendar.IsHoliday(dayAfter(easter, off)))
	}
	return n
}

// dayAfter returns the date off days after d, a date in March or April,
// for off from -3 to 50 (at most into June).
func dayAfter(d calendar.Date, off int) calendar.Date {
	pos := d.Day + off // day of d's month
	if d.Month == time.April {
		pos += 31 // day of March
	}
	switch {
	case pos <= 31:
		return calendar.Date{Year: d.Year, Month: time.March, Day: pos}
	case pos <= 61:
		return calendar.Date{Year: d.Year, Month: time.April, Day: pos - 31}
	case pos <= 92:
		return calendar.Date{Year: d.Year, Month: time.May, Day: pos - 61}
	}
	return calendar.Date{Year: d.Year, Month: time.June, Day: pos - 92}
}

// ordinal returns the days from 1970-01-01 to d (Howard Hinnant's
// days_from_civil), for a real date.
func ordinal(d calendar.Date) int {
	y, m := d.Year, int(d.Month)
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d.Day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// weekday reports whether the day with ordinal o is Monday to Friday
// (1970-01-01 was a Thursday).
func weekday(o int) bool {
	w := o % 7
	if w < 0 {
		w += 7
	}
	return w != 2 && w != 3 // Saturday, Sunday
}

func containsDate(ds []gdpr.Date, d gdpr.Date) bool {
	for _, x := range ds {
		if x == d {
			return true
		}
	}
	return false
}

// nthWorkingDay returns the n-th working day after d under cal (d itself
// for n <= 0); n is capped at MaxWithin.
func nthWorkingDay(cal calendar.Calendar, d calendar.Date, n int) calendar.Date {
	for n = min(n, MaxWithin); n > 0; n-- {
		d = cal.NextWorkingDay(d.AddDays(1))
	}
	return d
}
