package deadlinebench

import (
	"testing"
	"time"
	_ "time/tzdata" // Europe/Copenhagen without the host's zoneinfo

	"github.com/stretchr/testify/require"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/rights"
)

func copenhagen(t testing.TB) *time.Location {
	loc, err := time.LoadLocation("Europe/Copenhagen")
	require.NoError(t, err)
	return loc
}

// receipts returns instants on every day of 2020 to 2030 in Copenhagen: just
// after midnight, at noon and just before midnight, so that the day of
// receipt is the Copenhagen day whatever the UTC date.
func receipts(loc *time.Location) []time.Time {
	var out []time.Time
	for d := time.Date(2020, time.January, 1, 0, 0, 0, 0, loc); d.Year() <= 2030; d = d.AddDate(0, 0, 1) {
		y, m, day := d.Date()
		out = append(out,
			time.Date(y, m, day, 0, 0, 1, 0, loc),
			time.Date(y, m, day, 12, 0, 0, 0, loc),
			time.Date(y, m, day, 23, 59, 59, 0, loc))
	}
	return out
}

func TestAgreesWithRickar(t *testing.T) {
	// GDPR art. 12(3): one month from receipt, under Regulation 1182/71
	// art. 3(1), 3(2)(c), 3(4), with the Danish public holidays. rickar's
	// Danish calendar less Grundlovsdag has the same holidays (its Store
	// Bededag ends with 2023, as the act abolishing it says), so the two
	// agree on every day. Art. 3(5) (at least two working days in a period
	// of two days or more) never binds on a month in the official calendar,
	// which always holds far more than two working days, so it makes no
	// difference either.
	loc := copenhagen(t)
	rk := Rickar{Cal: NewRickarCalendar(false), Loc: loc}
	for _, at := range receipts(loc) {
		got := rights.Request{Kind: rights.Access, ReceivedAt: at}.Deadline()
		day, expires := rk.OneMonth(at)
		if got.Day != gdpr.DateOf(day) || !got.Expires.Equal(expires) {
			require.Failf(t, "deadline", "received %v: got %v expiring %v, rickar %v expiring %v",
				at, got.Day, got.Expires, day.Format(time.DateOnly), expires)
		}
	}
}

func TestDiffersFromRickarOnlyOnGrundlovsdag(t *testing.T) {
	// With Grundlovsdag (5 June), which is not a public holiday for
	// Regulation 1182/71 art. 3(4), rickar's calendar moves a deadline that
	// falls on a weekday 5 June to the next working day: those receipts,
	// and only those, differ.
	loc := copenhagen(t)
	rk := Rickar{Cal: NewRickarCalendar(true), Loc: loc}
	differ := 0
	for _, at := range receipts(loc) {
		got := rights.Request{Kind: rights.Access, ReceivedAt: at}.Deadline()
		day, _ := rk.OneMonth(at)
		onConstitutionDay := got.Day.Month == time.June && got.Day.Day == 5
		require.Equal(t, onConstitutionDay, got.Day != gdpr.DateOf(day), "received %v: %v against rickar's %v", at, got.Day, day.Format(time.DateOnly))
		if onConstitutionDay {
			differ++
		}
	}
	require.Positive(t, differ, "some deadlines of 2020-2030 fall on 5 June")
}

var (
	sinkDeadline rights.Deadline
	sinkTime     time.Time
)

// benchOneMonth runs the one-month deadline of a request received at
// received, through the module's public API and built on rickar, reporting
// the CPU time per operation beside the wall time.
func benchOneMonth(b *testing.B, received time.Time) {
	loc := copenhagen(b)
	received = received.In(loc)
	b.Run("gdpr", func(b *testing.B) {
		r := rights.Request{Kind: rights.Access, ReceivedAt: received}
		b.ReportAllocs()
		start, ok := processCPU()
		for b.Loop() {
			sinkDeadline = r.Deadline()
		}
		reportCPU(b, start, ok)
	})
	b.Run("rickar", func(b *testing.B) {
		rk := Rickar{Cal: NewRickarCalendar(false), Loc: loc}
		b.ReportAllocs()
		start, ok := processCPU()
		for b.Loop() {
			sinkTime, sinkTime = rk.OneMonth(received)
		}
		reportCPU(b, start, ok)
	})
}

func reportCPU(b *testing.B, start time.Duration, ok bool) {
	end, ok2 := processCPU()
	if ok && ok2 && b.N > 0 {
		b.ReportMetric(float64(end-start)/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkOneMonth is the one-month deadline of a request received at
// noon on 31 January 2025: the month ends on Friday 28 February.
func BenchmarkOneMonth(b *testing.B) {
	benchOneMonth(b, time.Date(2025, time.January, 31, 11, 0, 0, 0, time.UTC))
}

// BenchmarkOneMonthEaster is a month ending on Maundy Thursday 2025
// (received 17 March), moved past Easter to Tuesday 22 April: five closed
// days in a row.
func BenchmarkOneMonthEaster(b *testing.B) {
	benchOneMonth(b, time.Date(2025, time.March, 17, 11, 0, 0, 0, time.UTC))
}
