package calendar

import (
	"testing"
	"time"
)

var (
	sinkBool     bool
	sinkInt      int
	sinkDate     Date
	sinkTime     time.Time
	sinkDeadline Deadline
)

// The targets are IsHoliday under 20 ns and a one-month Period under
// 150 ns, both without allocations; OneMonth is to be ten times faster than
// the same deadline built on github.com/rickar/cal/v2 (see the tools
// module's deadlinebench). BenchmarkDateOfTimePackage is the
// baseline that the offset table in zone.go avoids.

func BenchmarkIsHoliday(b *testing.B) {
	days := []Date{
		{2025, time.April, 21}, {2025, time.May, 14}, {2025, time.December, 25},
		{2025, time.July, 1}, {2023, time.May, 5}, {2150, time.June, 1},
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		sinkBool = IsHoliday(days[i%len(days)])
		i++
	}
}

func BenchmarkPeriodOneMonth(b *testing.B) {
	received := time.Date(2025, time.January, 31, 12, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		sinkDeadline = Calendar{}.Period(received, 1, Months)
	}
}

func BenchmarkPeriodOneMonthLocalDays(b *testing.B) {
	c := New(AllOptionalDays, Date{2025, time.February, 28}, Date{2025, time.March, 3})
	received := time.Date(2025, time.January, 31, 12, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		sinkDeadline = c.Period(received, 1, Months)
	}
}

func BenchmarkDateOf(b *testing.B) {
	t := time.Date(2025, time.January, 31, 12, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		sinkDate = DateOf(t)
	}
}

func BenchmarkDateOfTimePackage(b *testing.B) {
	// For comparison: what DateOf would cost through time.Time.In.
	t := time.Date(2025, time.January, 31, 12, 0, 0, 0, time.UTC)
	loc := Copenhagen()
	b.ReportAllocs()
	for b.Loop() {
		y, m, d := t.In(loc).Date()
		sinkDate = Date{y, m, d}
	}
}

func BenchmarkEnd(b *testing.B) {
	d := Date{2025, time.February, 28}
	b.ReportAllocs()
	for b.Loop() {
		sinkTime = d.End()
	}
}

func BenchmarkNextWorkingDay(b *testing.B) {
	d := Date{2025, time.April, 17} // Maundy Thursday: five closed days
	b.ReportAllocs()
	for b.Loop() {
		sinkDate = Calendar{}.NextWorkingDay(d)
	}
}

func BenchmarkAddMonths(b *testing.B) {
	d := Date{2025, time.January, 31}
	b.ReportAllocs()
	for b.Loop() {
		sinkDate = d.AddMonths(1)
	}
}

func BenchmarkWorkingDays(b *testing.B) {
	// 2018 to 2060, the span of a request received in 2018 reviewed in
	// 2060, with local closed days.
	c := New(ChristmasEve, Date{2025, time.March, 3}, Date{2030, time.June, 7})
	from, to := Date{2018, time.March, 5}, Date{2060, time.June, 30}
	b.ReportAllocs()
	for b.Loop() {
		sinkInt = c.WorkingDays(from, to)
	}
}

// BenchmarkOneMonth is the one-month deadline of the official calendar, the
// path rights.Request.Deadline takes.
func BenchmarkOneMonth(b *testing.B) {
	received := time.Date(2025, time.January, 31, 12, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		sinkDeadline.Day, sinkDeadline.Expires = OneMonth(received)
	}
}
