package calendar

import (
	"math/bits"
	"slices"
	"sync"
	"time"
)

// The day tables cover the days from 1900-01-01 to the end of 2200 and a few
// days more (up to a whole 64-day word). Within them, telling a closed day,
// finding the next working day and counting working days are a few integer
// operations on a day's ordinal (days since 1970-01-01); outside them the
// package asks [IsHoliday] and [OptionalDays] day by day.
const (
	tabFirst = -25567                    // ordinal of 1900-01-01 (checked in the tests)
	tabLast  = 84370                     // ordinal of 2200-12-31 (checked in the tests)
	tabWords = (tabLast-tabFirst)/64 + 1 // 64 days a word
	tabEnd   = tabFirst + 64*tabWords    // first ordinal after the table
	tabDays  = tabEnd - tabFirst         // days the table holds
)

// dayTable is the read-only table of one set of optional closed days: which
// days are closed, and how many working days come before each word.
type dayTable struct {
	// closed has bit i of word w set when the day with ordinal
	// tabFirst+64w+i is closed (Saturday, Sunday, public holiday or one of
	// the table's optional days).
	closed [tabWords]uint64
	// before[w] is the number of working days from tabFirst up to, not
	// including, the first day of word w; before[tabWords] is the total.
	before [tabWords + 1]int32
}

// officialTable is the table of the official calendar, built at package
// initialisation (well under a millisecond) and never changed.
var officialTable = newDayTable(0)

// tables holds one lazily built table for each other set of optional days
// (five bits, so 31 more sets). Each is built on first use and never
// changed afterwards.
var tables = func() (t [AllOptionalDays + 1]func() *dayTable) {
	for i := range t {
		o := OptionalDays(i)
		t[i] = sync.OnceValue(func() *dayTable { return newDayTable(o) })
	}
	return t
}()

// tableOf returns the day table of the optional days o.
func tableOf(o OptionalDays) *dayTable {
	if o == 0 {
		return officialTable
	}
	return tables[o&AllOptionalDays]()
}

// newDayTable computes the table of the official calendar plus the
// optional days o: the weekends, then the holidays and optional days of
// each year.
func newDayTable(o OptionalDays) *dayTable {
	t := new(dayTable)
	for i := range tabDays {
		// 1970-01-01 (ordinal 0) was a Thursday; Saturday and Sunday are
		// 2 and 3 days later in the week.
		if wd := floorMod(tabFirst+i, 7); wd == 2 || wd == 3 {
			t.closed[i/64] |= 1 << (i % 64)
		}
	}
	for y := fromOrdinal(tabFirst).Year; y <= fromOrdinal(tabEnd-1).Year; y++ {
		specialDays(y, o, func(d Date) {
			if i := uint(d.ordinal() - tabFirst); i < tabDays {
				t.closed[i/64] |= 1 << (i % 64)
			}
		})
	}
	for w := range tabWords {
		t.before[w+1] = t.before[w] + int32(64-bits.OnesCount64(t.closed[w]))
	}
	return t
}

// specialDays calls f with each public holiday of year and each of the
// optional days o in it; a day may come twice (1 May can be Ascension Day).
func specialDays(year int, o OptionalDays, f func(Date)) {
	f(Date{year, time.January, 1})
	easter := Easter(year)
	for _, e := range easterHolidays {
		if e.offset != storeBededagOffset || year <= lastStoreBededag {
			f(easter.AddDays(e.offset))
		}
	}
	f(Date{year, time.December, 25})
	f(Date{year, time.December, 26})
	if o == 0 {
		return
	}
	for _, od := range [...]struct {
		opt OptionalDays
		day Date
	}{
		{ConstitutionDay, Date{year, time.June, 5}},
		{ChristmasEve, Date{year, time.December, 24}},
		{NewYearsEve, Date{year, time.December, 31}},
		{MayDay, Date{year, time.May, 1}},
		{DayAfterAscension, easter.AddDays(40)},
	} {
		if o&od.opt != 0 {
			f(od.day)
		}
	}
}

// inTable reports whether the day with ordinal o is in the tables.
func inTable(o int) bool { return uint(o-tabFirst) < tabDays }

// isClosed reports whether the day o, which must be in the table, is closed.
func (t *dayTable) isClosed(o int) bool {
	i := uint(o - tabFirst)
	return t.closed[i/64]>>(i%64)&1 != 0
}

// workingBefore returns the number of working days from tabFirst up to, not
// including, o, for tabFirst <= o <= tabEnd.
func (t *dayTable) workingBefore(o int) int {
	i := uint(o - tabFirst)
	w, b := i/64, i%64
	n := int(t.before[w])
	if b != 0 {
		n += bits.OnesCount64(^t.closed[w] & (1<<b - 1))
	}
	return n
}

// next returns the first working day on or after o in the table; ok is
// false if there is none before the table ends (or o is outside it).
func (t *dayTable) next(o int) (int, bool) {
	i := uint(o - tabFirst)
	for w, b := i/64, i%64; w < tabWords; w, b = w+1, 0 {
		if open := ^t.closed[w] >> b; open != 0 {
			return tabFirst + int(64*w+b) + bits.TrailingZeros64(open), true
		}
	}
	return 0, false
}

// openExtra returns the extra closed days of c that are working days
// without them (not a weekend, holiday or optional day), as sorted
// ordinals: the only extra days that change a count of working days.
func openExtra(optional OptionalDays, extra []int) []int {
	base := Calendar{optional: optional}
	var out []int
	for _, o := range extra {
		if !base.closed(fromOrdinal(o), o) {
			out = append(out, o)
		}
	}
	return slices.Clip(out)
}

// extraIn returns the number of c's open extra days with lo < o <= hi.
func (c Calendar) extraIn(lo, hi int) int {
	if len(c.open) == 0 || hi <= lo {
		return 0
	}
	i, _ := slices.BinarySearch(c.open, lo+1)
	j, _ := slices.BinarySearch(c.open, hi+1)
	return j - i
}

// nextOpen returns the ordinal of the first working day of c on or after
// the day with ordinal o.
func (c Calendar) nextOpen(o int) int {
	if len(c.open) == 0 && c.optional == 0 && inTable(o) {
		if n, ok := officialTable.next(o); ok {
			return n
		}
	}
	return c.nextOpenSlow(o)
}

// nextOpenSlow is nextOpen for a calendar with local closed days or a day
// outside the tables.
func (c Calendar) nextOpenSlow(o int) int {
	if inTable(o) {
		t := tableOf(c.optional)
		for {
			n, ok := t.next(o)
			if !ok {
				break // past the table: finish day by day
			}
			if len(c.open) == 0 {
				return n
			}
			if _, found := slices.BinarySearch(c.open, n); !found {
				return n
			}
			o = n + 1
		}
	}
	// Outside the table a run of closed days is at most a week of weekend,
	// holidays and optional days plus the extra days; the bound only guards
	// against an endless loop.
	for range 16 + len(c.extra) {
		if !c.closed(fromOrdinal(o), o) {
			break
		}
		o++
	}
	return o
}

// The days WorkingDays counts: those of the years 1 to 9999.
var (
	firstCounted = Date{1, time.January, 1}.ordinal()
	lastCounted  = Date{9999, time.December, 31}.ordinal()
)

// workingIn returns the number of working days of c with ordinals in
// (lo, hi], for lo <= hi, counting only days of the years 1 to 9999.
// Within the tables it takes constant time (two binary searches more when
// c has extra closed days); outside them it takes a few operations per
// year.
func (c Calendar) workingIn(lo, hi int) int {
	lo, hi = max(lo, firstCounted-1), min(hi, lastCounted)
	if hi <= lo {
		return 0
	}
	n := 0
	if lo < tabFirst-1 { // days before the tables
		n += c.optional.workingOutside(lo, min(hi, tabFirst-1))
	}
	if a, b := max(lo, tabFirst-1), min(hi, tabEnd-1); a < b {
		t := tableOf(c.optional)
		n += t.workingBefore(b+1) - t.workingBefore(a+1)
	}
	if hi >= tabEnd { // days after the tables
		n += c.optional.workingOutside(max(lo, tabEnd-1), hi)
	}
	return n - c.extraIn(lo, hi)
}

// workingOutside returns the number of days in (lo, hi] that are working
// days of the official calendar plus the optional days o: the weekdays
// less the holidays and optional days on weekdays, year by year.
func (o OptionalDays) workingOutside(lo, hi int) int {
	n := weekdaysBefore(hi+1) - weekdaysBefore(lo+1)
	for y := fromOrdinal(lo + 1).Year; y <= fromOrdinal(hi).Year; y++ {
		var seen [16]int
		k := 0
		specialDays(y, o, func(d Date) {
			od := d.ordinal()
			if od <= lo || od > hi || floorMod(od+3, 7) >= 5 { // outside, or a Saturday or Sunday
				return
			}
			for _, s := range seen[:k] {
				if s == od {
					return
				}
			}
			seen[k] = od
			k++
			n--
		})
	}
	return n
}

// weekdaysBefore returns the number of Mondays to Fridays from Monday
// 1969-12-29 (ordinal -3) up to, not including, the day with ordinal o
// (negative for o before it).
func weekdaysBefore(o int) int {
	m := o + 3
	return 5*floorDiv(m, 7) + min(floorMod(m, 7), 5)
}

// WorkingDays returns the number of working days of c after from, up to
// and including to: the days d with from < d <= to that are not closed. If
// to is before from it is minus the number of working days after to, up to
// and including from, so that WorkingDays(a, b) == -WorkingDays(b, a). A
// date that does not exist is normalised first, as by [Date.AddDays].
//
// For dates from 1900 to 2200 it takes constant time, from a table of the
// calendar's weekends, holidays and optional days built once (at package
// initialisation for the official calendar, on first use for a set of
// optional days), with two binary searches over c's extra closed days.
// Outside those years it takes a few operations per year. Only days of the
// years 1 to 9999 are counted. It does not allocate.
func (c Calendar) WorkingDays(from, to Date) int {
	a, b := from.ordinal(), to.ordinal()
	if b < a {
		return -c.workingIn(b, a)
	}
	return c.workingIn(a, b)
}
