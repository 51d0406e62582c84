package calendar

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTableBounds(t *testing.T) {
	assert.Equal(t, Date{1900, time.January, 1}, fromOrdinal(tabFirst))
	assert.Equal(t, Date{2200, time.December, 31}, fromOrdinal(tabLast))
	assert.Greater(t, tabEnd, tabLast, "the table reaches past 2200")
	assert.True(t, inTable(tabFirst) && inTable(tabEnd-1))
	assert.False(t, inTable(tabFirst-1) || inTable(tabEnd))
	assert.NotNil(t, cph().summer, "every day of the offset table begins at UTC+1 or UTC+2")
}

// calendars returns calendars with every kind of closed day: the official
// one, each optional day alone and all of them, and extra days that are
// working days, weekend days and holidays, inside and outside the tables.
func calendars() []Calendar {
	cals := []Calendar{{}, New(AllOptionalDays)}
	for o := ConstitutionDay; o <= DayAfterAscension; o <<= 1 {
		cals = append(cals, New(o))
	}
	extra := []Date{
		{2025, time.March, 3}, {2025, time.March, 4}, // a Monday and Tuesday
		{2025, time.March, 8},     // a Saturday
		{2025, time.December, 25}, // a holiday
		{2025, time.December, 24}, // optional, closed in some calendars
		{1899, time.December, 28}, // before the tables
		{1900, time.January, 2},   // their first week
		{2200, time.December, 30}, // their last week
		{2201, time.January, 20},  // after them
	}
	return append(cals, New(0, extra...), New(ChristmasEve|MayDay, extra...))
}

// naive tells closed days from the definition, without the tables: a set
// of the holidays of [Holidays], the optional days and the extra days, for
// the years 1890 to 2210, and a running count of working days made by
// walking those years day by day.
type naive struct {
	c      Calendar
	first  int           // ordinal of 1890-01-01
	closed map[Date]bool // holidays, optional days and extra days
	count  []int         // count[i]: working days d with first < d <= first+i
}

func newNaive(c Calendar) *naive {
	n := &naive{c: c, first: Date{1890, time.January, 1}.ordinal(), closed: map[Date]bool{}}
	for y := 1890; y <= 2210; y++ {
		for _, h := range Holidays(y) {
			n.closed[h.Date] = true
		}
		for d := (Date{y, time.January, 1}); d.Year == y; d = d.AddDays(1) {
			if c.optional.contains(d) {
				n.closed[d] = true
			}
		}
	}
	for _, e := range c.ExtraClosed() {
		n.closed[e] = true
	}
	last := Date{2210, time.December, 31}.ordinal()
	n.count = make([]int, last-n.first+1)
	for i := 1; i < len(n.count); i++ {
		n.count[i] = n.count[i-1]
		if !n.isClosed(fromOrdinal(n.first + i)) {
			n.count[i]++
		}
	}
	return n
}

func (n *naive) isClosed(d Date) bool {
	wd := d.Weekday()
	return wd == time.Saturday || wd == time.Sunday || n.closed[d]
}

// workingDays is WorkingDays as it documents, from the running count.
func (n *naive) workingDays(from, to Date) int {
	return n.count[to.ordinal()-n.first] - n.count[from.ordinal()-n.first]
}

func TestTablesAgreeWithTheHolidays(t *testing.T) {
	// Every day of the tables and a week either side, in every calendar:
	// Closed, and NextWorkingDay against a walk to the next open day.
	for _, c := range calendars() {
		n := newNaive(c)
		next := tabEnd + 30
		for o := next; n.isClosed(fromOrdinal(o)); o++ {
			next = o + 1
		}
		for o := tabEnd + 7; o >= tabFirst-7; o-- {
			d := fromOrdinal(o)
			want := n.isClosed(d)
			if !want {
				next = o
			}
			if c.Closed(d) != want {
				require.Failf(t, "Closed", "%v in %v: got %v, want %v", d, c.Optional(), !want, want)
			}
			if got := c.NextWorkingDay(d); got != fromOrdinal(next) {
				require.Failf(t, "NextWorkingDay", "%v in %v: got %v, want %v", d, c.Optional(), got, fromOrdinal(next))
			}
		}
	}
}

func TestWorkingDaysAgreesWithCountingDayByDay(t *testing.T) {
	// Random spans from 1895 to 2205, across both ends of the tables, in
	// every calendar: against the running count for many, and against a
	// count of each day of the span for some.
	r := rand.New(rand.NewPCG(3, 4))
	lo, hi := Date{1895, time.January, 1}.ordinal(), Date{2205, time.December, 31}.ordinal()
	for _, c := range calendars() {
		n := newNaive(c)
		for i := range 20000 {
			a, b := lo+r.IntN(hi-lo), lo+r.IntN(hi-lo)
			if i%3 == 0 { // short spans too
				b = a + r.IntN(60) - 30
			}
			from, to := fromOrdinal(a), fromOrdinal(b)
			want := n.workingDays(from, to)
			if i%100 == 0 {
				want = 0
				for o := min(a, b) + 1; o <= max(a, b); o++ {
					if !n.isClosed(fromOrdinal(o)) {
						want++
					}
				}
				if b < a {
					want = -want
				}
			}
			if got := c.WorkingDays(from, to); got != want {
				require.Failf(t, "WorkingDays", "%v to %v in %v %v: got %d, want %d", from, to, c.Optional(), c.ExtraClosed(), got, want)
			}
		}
	}
}

func TestWorkingDays(t *testing.T) {
	tests := []struct {
		name     string
		cal      Calendar
		from, to string
		want     int
	}{
		{"the same day: none", Calendar{}, "2025-03-03", "2025-03-03", 0},
		{"Friday to Monday: only Monday", Calendar{}, "2025-02-28", "2025-03-03", 1},
		{"backwards is negative", Calendar{}, "2025-03-03", "2025-02-28", -1},
		{"a whole week: five", Calendar{}, "2025-03-02", "2025-03-09", 5},
		{"Easter 2026: Wednesday 1 April to Tuesday 7 April, one working day", Calendar{}, "2026-04-01", "2026-04-07", 1},
		{"Christmas 2026: 23 to 28 December, 24 December and Monday 28th", Calendar{}, "2026-12-23", "2026-12-28", 2},
		{"with Christmas Eve closed only Monday 28th", New(ChristmasEve), "2026-12-23", "2026-12-28", 1},
		{"an extra closed Monday", New(0, mustDate("2025-03-03")), "2025-02-28", "2025-03-04", 1},
		{"an extra closed Saturday changes nothing", New(0, mustDate("2025-03-01")), "2025-02-28", "2025-03-04", 2},
		{"the year 2025: 261 weekdays less 8 holidays on them, 253 working days", Calendar{}, "2024-12-31", "2025-12-31", 253},
		{"2018 to 2060", Calendar{}, "2018-01-01", "2060-01-01", newNaive(Calendar{}).workingDays(mustDate("2018-01-01"), mustDate("2060-01-01"))},
		{"outside the tables: New Year's Day 1800 a Wednesday, then Thursday, Friday, Monday, Tuesday", Calendar{}, "1799-12-31", "1800-01-07", 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.cal.WorkingDays(mustDate(tt.from), mustDate(tt.to)))
		})
	}
}

func TestWorkingDaysDoesNotAllocate(t *testing.T) {
	c := New(ChristmasEve, mustDate("2025-03-03"))
	from, to := mustDate("2018-01-05"), mustDate("2060-06-30")
	assert.Zero(t, testing.AllocsPerRun(100, func() { sinkInt = c.WorkingDays(from, to) }))
}

func TestEverySevenDaysHoldTwoWorkingDays(t *testing.T) {
	// OneMonth skips the check of Regulation 1182/71 art. 3(5) because a
	// month is longer than seven days and no seven days in a row of the
	// official calendar, or of one with any optional days, hold fewer than
	// two working days (the longest run of closed days is Maundy Thursday
	// to Easter Monday, five days).
	for o := range AllOptionalDays + 1 {
		tab := tableOf(o)
		for d := tabFirst; d+7 < tabEnd; d++ {
			if n := tab.workingBefore(d+8) - tab.workingBefore(d+1); n < 2 {
				require.Failf(t, "seven days", "%v to %v in %v: %d working days", fromOrdinal(d+1), fromOrdinal(d+7), o, n)
			}
		}
	}
}

func TestOneMonthIsPeriod(t *testing.T) {
	// OneMonth is Calendar{}.Period(t, 1, Months) for every day of the
	// tables and some outside them, at noon and just before midnight.
	loc := Copenhagen()
	check := func(d Date) {
		for _, h := range []int{12, 23} {
			at := time.Date(d.Year, d.Month, d.Day, h, 59, 0, 0, loc)
			day, expires := OneMonth(at)
			if want := (Calendar{}).Period(at, 1, Months); day != want.Day || !expires.Equal(want.Expires) || expires.Location() != loc {
				require.Failf(t, "OneMonth", "%v: got %v %v, want %v %v", at, day, expires, want.Day, want.Expires)
			}
		}
	}
	for o := tabFirst - 40; o < tabEnd+40; o++ {
		check(fromOrdinal(o))
	}
	for _, d := range []Date{{1, 1, 1}, {1700, 3, 1}, {2500, 1, 31}, {9999, 11, 30}} {
		check(d)
	}
}
