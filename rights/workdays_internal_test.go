package rights

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr/internal/calendar"
	"github.com/stretchr/testify/require"
)

// The table's count must be the calendar's, day by day (Regulation 1182/71
// art. 2(2) and 3(3) on working days), for every set of optional days,
// with and without extra closed dates, over short and long spans, inside
// and across the table's edges.
func TestWorkCounterAgreesWithCountingDays(t *testing.T) {
	rng := rand.New(rand.NewPCG(18, 3))
	cals := []calendar.Calendar{
		{},
		calendar.New(calendar.AllOptionalDays),
		calendar.New(calendar.ChristmasEve | calendar.MayDay),
		calendar.New(calendar.ConstitutionDay,
			calendar.Date{Year: 2026, Month: time.March, Day: 3}, // a Tuesday
			calendar.Date{Year: 2026, Month: time.March, Day: 7}, // a Saturday: already closed
			calendar.Date{Year: 1999, Month: time.June, Day: 1},  // before the table
			calendar.Date{Year: 2150, Month: time.May, Day: 4}),
	}
	base := calendar.Date{Year: 1999, Month: time.December, Day: 1}
	for _, cal := range cals {
		w := newWorkCounter(cal)
		for range 300 {
			from := base.AddDays(rng.IntN(74000))
			span := rng.IntN(40)
			if rng.IntN(4) == 0 {
				span = rng.IntN(12000)
			}
			to := from.AddDays(span)
			want := workingDaysBetween(cal, from, to)
			require.Equal(t, want, w.between(from, to), "%v to %v, %v", from, to, cal.Optional())
			require.Equal(t, -want, w.left(to, from))
		}
	}
}

func TestWorkCounterEdges(t *testing.T) {
	w := newWorkCounter(calendar.Calendar{})
	last := calendar.Date{Year: 2200, Month: time.December, Day: 31}
	for _, tc := range []struct{ from, to calendar.Date }{
		{tabStart.AddDays(-1), tabStart},
		{tabStart, tabStart.AddDays(1)},
		{last.AddDays(-3), last},
		{last, last.AddDays(40)},
		{tabStart.AddDays(-5), tabStart.AddDays(5)},
	} {
		require.Equal(t, workingDaysBetween(calendar.Calendar{}, tc.from, tc.to), w.between(tc.from, tc.to), "%v to %v", tc.from, tc.to)
	}
	require.Zero(t, w.between(last, last))
	require.Equal(t, MaxWithin, w.between(tabStart, last), "capped as State documents")
}

// Every count Review and State make for a request received under the GDPR
// (from 25 May 2018) at any now up to 2100 is a table look-up, never a
// count day by day: the same work whatever the age of the request. This
// is what keeps overview.Build flat too, which counts working days only
// through this package.
func TestCountsFrom2018To2100AreLookups(t *testing.T) {
	w := newWorkCounter(calendar.New(calendar.AllOptionalDays))
	first := calendar.DateOf(gdprApplies)
	last := calendar.Date{Year: 2100, Month: time.December, Day: 31}.AddDays(MaxWithin * 7 / 5)
	require.True(t, w.inTable(first, last), "from %v to %v", first, last)
	require.False(t, w.inTable(tabStart.AddDays(-1), last))
}

// sortEntries orders by deadline, ties in input order, with the integer
// keys and with the comparison it falls back on for spans too wide for
// them.
func TestSortEntries(t *testing.T) {
	rng := rand.New(rand.NewPCG(18, 5))
	for _, wide := range []bool{false, true} {
		es := make([]entry, 3000)
		for i := range es {
			es[i] = entry{pos: i, expires: int64(rng.IntN(50)) * 3600}
		}
		if wide {
			es[7].expires, es[8].expires = -1<<62, 1<<62
		}
		want := make([]int, len(es))
		for i := range want {
			want[i] = i
		}
		slices.SortStableFunc(want, func(a, b int) int { return cmp.Compare(es[a].expires, es[b].expires) })
		require.Equal(t, want, sortEntries(es), "wide %v", wide)
	}
}
