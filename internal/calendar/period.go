package calendar

import (
	"strconv"
	"time"
)

// Unit is the unit of a period under Regulation 1182/71. The zero value
// means "not set" and is not valid. Periods in hours are not calendar
// periods (they are not moved off closed days); use time.Duration for them.
type Unit uint8

// The units of a period.
const (
	Days   Unit = iota + 1 // days
	Weeks                  // weeks of 7 days
	Months                 // calendar months
	Years                  // calendar years (12 months)
)

var unitCodes = [...]string{Days: "days", Weeks: "weeks", Months: "months", Years: "years"}

// String returns the unit's code ("days", "weeks", "months", "years"), or
// "Unit(n)" for a value that is not a unit.
func (u Unit) String() string {
	if u.Valid() {
		return unitCodes[u]
	}
	return "Unit(" + strconv.Itoa(int(u)) + ")"
}

// Valid reports whether u is one of the defined units.
func (u Unit) Valid() bool { return u >= Days && u <= Years }

// Deadline is the end of a period: the last day on which an act is in time,
// and the instant that day ends in Europe/Copenhagen. The zero value is "no
// deadline".
type Deadline struct {
	// Day is the last day of the period, already moved off Saturdays,
	// Sundays, public holidays and the calendar's closed days.
	Day Date
	// Expires is Day.End(): 00:00 of the day after Day in Copenhagen, the
	// "expiry of the last hour" of Day. An act before Expires is in time;
	// an act at or after Expires is late.
	Expires time.Time
}

// IsZero reports whether d is the zero value (no deadline).
func (d Deadline) IsZero() bool { return d.Day.IsZero() && d.Expires.IsZero() }

// InTime reports whether an act at instant t meets the deadline: t is
// before Expires.
func (d Deadline) InTime(t time.Time) bool { return t.Before(d.Expires) }

// String returns the deadline's day, e.g. "2025-02-28".
func (d Deadline) String() string { return d.Day.String() }

// EndDay returns the last day of a period of n units that runs from an event
// on day d, before that day is moved off a closed day (Regulation 1182/71
// art. 3(1), 3(2)(b) and (c)): the day of the event is not counted, so a
// period of n days or weeks ends n days or 7n days after d, and a period of n
// months or years ends on the same day of the month n months or 12n months
// later, or on that month's last day when the day does not exist there.
//
// A zero or negative n gives d: a period never ends before its event. An
// invalid unit also gives d; [Calendar.Period] rejects it.
func EndDay(d Date, n int, u Unit) Date {
	if n <= 0 || !u.Valid() {
		return d.AddDays(0)
	}
	switch u {
	case Days:
		return d.AddDays(n)
	case Weeks:
		return d.AddDays(7 * n)
	case Months:
		return d.AddMonths(n)
	default: // Years
		return d.AddMonths(12 * n)
	}
}

// Period returns the deadline of a period of n units running from the event
// at instant t, under Regulation 1182/71:
//
//   - the day of the event, in Europe/Copenhagen, is not counted (art.
//     3(1)); an event late at night or on a weekend still counts from its
//     own day;
//   - the period ends on the day [EndDay] gives (art. 3(2)(b), (c));
//   - if that day is a Saturday, Sunday, public holiday or a closed day of
//     c, the period ends on the next working day (art. 3(4));
//   - a period of two days or more (n >= 2 days, or at least one week,
//     month or year) includes at least two working days (art. 3(5)): if
//     fewer than two working days of c come after the event's day up to and
//     including the day so found, the period ends on the second working day
//     after the event's day instead;
//   - it ends at the expiry of the last hour of that day: Expires is
//     Day.End() (art. 3(2)).
//
// Received on Wednesday 1 April 2026, two days end on Good Friday, which
// art. 3(4) moves past Easter to Tuesday 7 April; that leaves one working
// day in the period, so art. 3(5) makes it end on Wednesday 8 April.
//
// A zero or negative n is an empty period: the deadline is the event's own
// day, moved to the next working day if it is closed; it is never earlier
// than the event's day. An invalid unit gives the zero Deadline. Period
// never panics; dates after year 9999 are not meaningful. It does not
// allocate.
func (c Calendar) Period(t time.Time, n int, u Unit) Deadline {
	if !u.Valid() {
		return Deadline{}
	}
	z := cph()
	ev := z.dayOf(t)
	return c.period(z, ev, EndDay(fromOrdinal(ev), n, u), atLeastTwoDays(n, u))
}

// OneMonth is Calendar{}.Period(t, 1, Months): the deadline of one month
// from the event at t in the official calendar, such as the month to answer
// a data subject (GDPR art. 12(3)). It returns the Deadline's two fields,
// the last day and the instant it expires, as two results, which the
// caller can place without copying a Deadline. It does not allocate.
func OneMonth(t time.Time) (Date, time.Time) {
	z := cph()
	ev := z.dayOf(t)
	d := fromOrdinal(ev)
	// The same day next month is daysIn(this month) days later, less the
	// days it overshoots a shorter month (art. 3(2)(c)).
	next := d.Month%12 + 1
	last := ev + daysIn(d.Year, d.Month) - max(0, d.Day-daysIn(d.Year, next))
	if uint(ev-tabFirst) < tabDays-64 { // last and the next working day are in the table
		if o, ok := officialTable.next(last); ok {
			// A month holds more than seven days, and every seven days of
			// the official calendar hold two working days (the tests check
			// each window of the table), so art. 3(5) holds.
			if u, ok := z.startUnix(int64(o) + 1); ok {
				return fromOrdinal(o), time.Unix(u, 0).In(z.loc)
			}
		}
	}
	dl := official.period(z, ev, fromOrdinal(last), true)
	return dl.Day, dl.Expires
}

// official is the official calendar, for the package's own use.
var official = &Calendar{}

// PeriodFrom is [Calendar.Period] for an event known only by its day d.
func (c Calendar) PeriodFrom(d Date, n int, u Unit) Deadline {
	if !u.Valid() {
		return Deadline{}
	}
	return c.period(cph(), d.ordinal(), EndDay(d, n, u), atLeastTwoDays(n, u))
}

// atLeastTwoDays reports whether a period of n units is one of two days or
// more, to which Regulation 1182/71 art. 3(5) applies.
func atLeastTwoDays(n int, u Unit) bool {
	return n >= 2 || n == 1 && u != Days
}

// period returns the deadline of a period from the event on the day with
// ordinal ev whose last day, before moving, is last: moved off a closed day
// (art. 3(4)) and, if twoDays, to the second working day after the event's
// day if it would include fewer (art. 3(5)).
func (c *Calendar) period(z *zone, ev int, last Date, twoDays bool) Deadline {
	o := c.nextOpen(last.ordinal())
	// Every seven days of the tables hold two working days unless extra
	// closed days take them (a test checks each window), so only a shorter
	// period, or one with extra days or outside the tables, needs the
	// check. Fewer than two working days in (ev, o] exactly when o is
	// before the second working day after ev.
	if twoDays && o > ev && (o-ev < 7 || len(c.open) > 0 || !inTable(ev) || !inTable(ev+7)) {
		o = max(o, c.nextOpen(c.nextOpen(ev+1)+1))
	}
	return Deadline{Day: fromOrdinal(o), Expires: z.start(o + 1)}
}

// DeadlineOn returns the deadline of a period whose last day, before moving,
// is d: d itself if it is a working day in c, or else the next working day,
// expiring at the end of that day in Copenhagen. Use it with [EndDay] to
// chain periods. It knows nothing of the period's start, so it does not
// apply Regulation 1182/71 art. 3(5); [Calendar.DeadlineAfter] does.
func (c Calendar) DeadlineOn(d Date) Deadline { return c.period(cph(), 0, d, false) }

// DeadlineAfter is [Calendar.DeadlineOn] for a period of two days or more
// that runs from the event on day ev: the period also includes at least two
// working days after ev (Regulation 1182/71 art. 3(5)), so it ends no
// earlier than the second working day after ev. Use it for a period whose
// last day has been moved by something other than its length, such as a
// pause.
func (c Calendar) DeadlineAfter(ev, d Date) Deadline {
	return c.period(cph(), ev.ordinal(), d, true)
}

// Extended returns the deadline of a period of n units from the event at t
// that has been extended by m further units of v, such as the month to
// answer a data subject extended by two further months (GDPR art. 12(3)).
//
// The extension runs from the last day of the first period before that day
// is moved off a closed day, and only the final day is moved: a first month
// ending on a Saturday does not push the extension two days later. Moving a
// last day (art. 3(4)) protects whoever must act on that day; it does not
// shift where later periods are counted from, so the total stays "three
// months" whatever weekday the first month ends on. Note that the chained
// reading follows the first period's end-of-month clamping: received on
// 31 January, the first month ends on 28 February and the extension on
// 28 April, not 30 April. The whole period, from the event, includes at
// least two working days when it is one of two days or more (art. 3(5)).
// An extension with m <= 0 gives the first period's deadline; an invalid
// unit gives the zero Deadline.
func (c Calendar) Extended(t time.Time, n int, u Unit, m int, v Unit) Deadline {
	if !u.Valid() || !v.Valid() {
		return Deadline{}
	}
	z := cph()
	ev := z.dayOf(t)
	two := atLeastTwoDays(n, u) || atLeastTwoDays(m, v) || n >= 1 && m >= 1 // a day and a further day are two days
	return c.period(z, ev, EndDay(EndDay(fromOrdinal(ev), n, u), m, v), two)
}
