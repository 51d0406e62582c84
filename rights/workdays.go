package rights

import (
	"math/bits"
	"slices"
	"sync"
	"time"

	"github.com/dkgdpr/gdpr/internal/calendar"
)

// Working days are counted from a table of the days from 2000-01-01 to
// just after 2200-12-31, one bit a day (closed or not) and the number of
// working days before each 64-day word: a count over any span inside it is
// two look-ups and two population counts, whatever its length, so that
// [Review] and [Policy.State] take the same time for a request received
// last week and one received twenty years before now. One table (14 KB)
// exists for each set of optional closed days, built on first use (a few
// milliseconds) and never changed afterwards. A policy's extra closed dates are subtracted by
// two binary searches. Spans reaching outside the table are counted day by
// day, capped at MaxWithin.
//
// When the internal calendar gets constant-time counting of its own
// (Calendar.WorkingDays), workCounter.between is the one place to switch.

// tabStart is the first day of the table.
var tabStart = calendar.Date{Year: 2000, Month: time.January, Day: 1}

// tabWords is the number of 64-day words: up to and including 2200-12-31.
var tabWords = (calendar.Date{Year: 2200, Month: time.December, Day: 31}.DaysSince(tabStart))/64 + 1

// dayTable is the read-only table of one set of optional closed days.
type dayTable struct {
	closed []uint64 // bit i of word w: the day tabStart+64w+i is closed
	before []int32  // before[w]: working days before word w; before[len(closed)] the total
}

func newDayTable(o calendar.OptionalDays) *dayTable {
	cal := calendar.New(o)
	t := &dayTable{closed: make([]uint64, tabWords), before: make([]int32, tabWords+1)}
	d := tabStart
	for w := range t.closed {
		var word uint64
		for i := range 64 {
			if !cal.IsWorkingDay(d) {
				word |= 1 << i
			}
			d = d.AddDays(1)
		}
		t.closed[w] = word
		t.before[w+1] = t.before[w] + int32(64-bits.OnesCount64(word))
	}
	return t
}

// dayTables holds the table of each set of optional days, built once.
var dayTables = func() (t [calendar.AllOptionalDays + 1]func() *dayTable) {
	for i := range t {
		o := calendar.OptionalDays(i)
		t[i] = sync.OnceValue(func() *dayTable { return newDayTable(o) })
	}
	return t
}()

// upTo returns the working days of the table's days with offset below i,
// 0 <= i <= 64*len(t.closed).
func (t *dayTable) upTo(i int) int {
	w, b := i/64, uint(i%64)
	if b == 0 {
		return int(t.before[w])
	}
	return int(t.before[w]) + bits.OnesCount64(^t.closed[w]&(1<<b-1))
}

// workCounter counts the working days of one calendar.
type workCounter struct {
	cal   calendar.Calendar
	t     *dayTable
	extra []int // offsets from tabStart of the extra closed days that would be working days, sorted
}

func newWorkCounter(cal calendar.Calendar) workCounter {
	c := workCounter{cal: cal, t: dayTables[cal.Optional()&calendar.AllOptionalDays]()}
	if cal.IsOfficial() || len(cal.ExtraClosed()) == 0 {
		return c
	}
	base := calendar.New(cal.Optional())
	for _, d := range cal.ExtraClosed() {
		if base.IsWorkingDay(d) {
			c.extra = append(c.extra, d.DaysSince(tabStart))
		}
	}
	slices.Sort(c.extra)
	return c
}

// between returns the number of working days d with from < d <= to,
// capped at MaxWithin; 0 when to is not after from.
func (c *workCounter) between(from, to calendar.Date) int {
	return c.betweenOffsets(from.DaysSince(tabStart), to.DaysSince(tabStart), from, to)
}

// betweenOffsets is between with the days' offsets from tabStart, a and
// b, already worked out.
func (c *workCounter) betweenOffsets(a, b int, from, to calendar.Date) int {
	if b <= a {
		return 0
	}
	if a < 0 || b >= 64*len(c.t.closed) {
		return workingDaysBetween(c.cal, from, to)
	}
	n := c.t.upTo(b+1) - c.t.upTo(a+1)
	if len(c.extra) > 0 {
		i, _ := slices.BinarySearch(c.extra, a+1)
		j, _ := slices.BinarySearch(c.extra, b+1)
		n -= j - i
	}
	return min(n, MaxWithin)
}

// inTable reports whether the table holds every day from from to to.
func (c *workCounter) inTable(from, to calendar.Date) bool {
	a, b := from.DaysSince(tabStart), to.DaysSince(tabStart)
	return a >= 0 && b < 64*len(c.t.closed)
}

// left is workingDaysLeft: the working days after today up to last,
// negative when last is before today.
func (c *workCounter) left(today, last calendar.Date) int {
	return c.leftFrom(today, today.DaysSince(tabStart), last)
}

// leftFrom is left with today's offset from tabStart already worked out,
// for a review, whose items all count from the same day.
func (c *workCounter) leftFrom(today calendar.Date, t int, last calendar.Date) int {
	l := last.DaysSince(tabStart)
	if l < t {
		return -c.betweenOffsets(l, t, last, today)
	}
	return c.betweenOffsets(t, l, today, last)
}
