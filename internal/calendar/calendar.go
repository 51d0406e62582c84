package calendar

import (
	"slices"
	"strings"
	"time"
)

// OptionalDays is a set of days that are not Danish public holidays but that
// an authority may, as a local policy, treat as closed. A closed day is not a
// working day, so a period ending on it ends on the next working day
// instead: opting in gives later deadlines. The zero value is the empty set.
type OptionalDays uint8

// The optional closed days. Combine them with |.
const (
	ConstitutionDay   OptionalDays = 1 << iota // 5 June, Grundlovsdag
	ChristmasEve                               // 24 December, Juleaftensdag
	NewYearsEve                                // 31 December, Nytårsaftensdag
	MayDay                                     // 1 May, Arbejdernes kampdag
	DayAfterAscension                          // Friday after Ascension Day (Easter + 40), which many municipalities close

	// AllOptionalDays is every optional day above.
	AllOptionalDays = ConstitutionDay | ChristmasEve | NewYearsEve | MayDay | DayAfterAscension
)

var optionalCodes = [...]string{
	"constitution_day",
	"christmas_eve",
	"new_years_eve",
	"may_day",
	"day_after_ascension",
}

// Has reports whether o contains every day in days.
func (o OptionalDays) Has(days OptionalDays) bool { return o&days == days }

// String returns the codes of the days in o joined by "|", such as
// "christmas_eve|new_years_eve", "" for the empty set, and
// "OptionalDays(n)" if o has bits that are no defined day.
func (o OptionalDays) String() string {
	if o&^AllOptionalDays != 0 {
		return "OptionalDays(" + string(appendPadded(nil, int(o), 1)) + ")"
	}
	var parts []string
	for i, code := range optionalCodes {
		if o&(1<<i) != 0 {
			parts = append(parts, code)
		}
	}
	return strings.Join(parts, "|")
}

// contains reports whether d (a real date) is one of the days in o.
func (o OptionalDays) contains(d Date) bool {
	if o == 0 {
		return false
	}
	switch d.Month {
	case time.May:
		if o&MayDay != 0 && d.Day == 1 {
			return true
		}
	case time.June:
		if o&ConstitutionDay != 0 && d.Day == 5 {
			return true
		}
	case time.December:
		return o&ChristmasEve != 0 && d.Day == 24 || o&NewYearsEve != 0 && d.Day == 31
	default:
		if d.Month < time.April { // Ascension is from 30 April to 3 June
			return false
		}
	}
	return o&DayAfterAscension != 0 && d.Month <= time.June && daysAfterEaster(d) == 40
}

// Calendar tells working days from closed days. Its zero value is the
// official Danish calendar: Saturdays, Sundays and the public holidays of
// [Holidays] are closed, every other day is a working day. That is the
// calendar Regulation 1182/71 uses; a Calendar made with [New] adds local
// closed days, which only ever makes deadlines later.
//
// A Calendar is never changed after it is made, so one value may be used
// from many goroutines at once.
type Calendar struct {
	optional OptionalDays
	extra    []int // ordinals of the extra closed days, sorted, no duplicates
	open     []int // those of extra that would otherwise be working days
}

// New returns the official calendar plus the local closed days: the
// optional days in optional and every date in extra (say, a day the
// authority's offices were closed). Dates in extra that are not valid are
// ignored. New copies extra; the caller may reuse the slice.
func New(optional OptionalDays, extra ...Date) Calendar {
	c := Calendar{optional: optional & AllOptionalDays}
	for _, d := range extra {
		if d.Valid() {
			c.extra = append(c.extra, d.ordinal())
		}
	}
	slices.Sort(c.extra)
	c.extra = slices.Clip(slices.Compact(c.extra))
	c.open = openExtra(c.optional, c.extra)
	return c
}

// Optional returns the optional days c treats as closed.
func (c Calendar) Optional() OptionalDays { return c.optional }

// ExtraClosed returns, in a fresh slice in date order without duplicates,
// the specific dates c treats as closed beyond the official calendar and its
// optional days.
func (c Calendar) ExtraClosed() []Date {
	if len(c.extra) == 0 {
		return nil
	}
	out := make([]Date, len(c.extra))
	for i, o := range c.extra {
		out[i] = fromOrdinal(o)
	}
	return out
}

// IsOfficial reports whether c is the official calendar, with no local
// closed days.
func (c Calendar) IsOfficial() bool { return c.optional == 0 && len(c.extra) == 0 }

// Closed reports whether d is not a working day in c: a Saturday, a Sunday,
// a public holiday, or one of c's local closed days. A date that does not
// exist (2025-02-30) is closed.
func (c Calendar) Closed(d Date) bool {
	if !d.real() {
		return true
	}
	o := d.ordinal()
	if inTable(o) {
		if tableOf(c.optional).isClosed(o) {
			return true
		}
		_, found := slices.BinarySearch(c.open, o)
		return found
	}
	return c.closed(d, o)
}

// closed is Closed for a real date d whose ordinal is o.
func (c Calendar) closed(d Date, o int) bool {
	// 1970-01-01 (ordinal 0) was a Thursday; Saturday and Sunday are 2 and 3
	// days later in the week.
	if wd := floorMod(o, 7); wd == 2 || wd == 3 {
		return true
	}
	if IsHoliday(d) || c.optional.contains(d) {
		return true
	}
	if len(c.extra) > 0 {
		_, found := slices.BinarySearch(c.extra, o)
		return found
	}
	return false
}

// IsWorkingDay reports whether d is a working day in c: a real date that is
// not closed.
func (c Calendar) IsWorkingDay(d Date) bool { return !c.Closed(d) }

// NextWorkingDay returns d if it is a working day in c, or else the first
// working day after it. A date that does not exist is normalised first, as
// by [Date.AddDays] with 0.
func (c Calendar) NextWorkingDay(d Date) Date {
	d, _ = c.nextWorkingDay(d)
	return d
}

// nextWorkingDay is NextWorkingDay, also returning the day's ordinal.
func (c Calendar) nextWorkingDay(d Date) (Date, int) {
	o := c.nextOpen(d.ordinal())
	return fromOrdinal(o), o
}
