package calendar

import (
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// noon returns 12:00 in Copenhagen on the day s.
func noon(s string) time.Time {
	d := mustDate(s)
	return time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, Copenhagen())
}

func TestPeriodWorkedExamples(t *testing.T) {
	// Worked examples of one month under Regulation 1182/71 art. 3, each
	// with its paragraph.
	tests := []struct {
		name     string
		received string
		want     string
	}{
		// Regulation 1182/71 art. 3(2)(c): the last day of February.
		{"31 January 2025 ends on 28 February", "2025-01-31", "2025-02-28"},
		{"31 January 2024 ends on 29 February (leap year)", "2024-01-31", "2024-02-29"},
		// art. 3(4): 20 April 2025 is Easter Sunday, 21 April Easter Monday.
		{"20 March 2025 moves over Easter to 22 April", "2025-03-20", "2025-04-22"},
		// 24 December is not a public holiday.
		{"24 November 2025 ends on Christmas Eve, not moved", "2025-11-24", "2025-12-24"},
		// art. 3(4): 1 January 2026 is New Year's Day.
		{"1 December 2025 moves over New Year's Day to 2 January", "2025-12-01", "2026-01-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Calendar{}.Period(noon(tt.received), 1, Months)
			assert.Equal(t, mustDate(tt.want), got.Day, "got %v, want %s", got.Day, tt.want)
			assert.True(t, got.Expires.Equal(got.Day.End()))
		})
	}
}

func TestPeriod(t *testing.T) {
	loc := Copenhagen()
	tests := []struct {
		name     string
		cal      Calendar
		received time.Time
		n        int
		unit     Unit
		want     string
	}{
		// Month ends and leap years; Regulation 1182/71 art. 3(2)(c).
		{"31 March to 30 April", Calendar{}, noon("2025-03-31"), 1, Months, "2025-04-30"},
		{"30 January 2025 to 28 February", Calendar{}, noon("2025-01-30"), 1, Months, "2025-02-28"},
		{"29 January 2024 to 29 February", Calendar{}, noon("2024-01-29"), 1, Months, "2024-02-29"},
		{"2000 is a leap year: 31 January to 29 February (Tuesday)", Calendar{}, noon("2000-01-31"), 1, Months, "2000-02-29"},
		{"2100 is not: 28 February 2100 is a Sunday, moved to 1 March", Calendar{}, noon("2100-01-31"), 1, Months, "2100-03-01"},
		{"a month on a Saturday moves to Monday", Calendar{}, noon("2025-02-01"), 1, Months, "2025-03-03"},

		// Holidays; art. 3(4).
		{"Christmas Day 2025 moves past Boxing Day and the weekend", Calendar{}, noon("2025-11-25"), 1, Months, "2025-12-29"},
		{"Whit Sunday 2025 moves past Whit Monday", Calendar{}, noon("2025-05-08"), 1, Months, "2025-06-10"},
		{"Ascension Day 2025 moves to Friday", Calendar{}, noon("2025-04-29"), 1, Months, "2025-05-30"},
		{"Store Bededag 2023 moved the deadline", Calendar{}, noon("2023-04-05"), 1, Months, "2023-05-08"},
		{"its date in 2024 does not", Calendar{}, noon("2024-03-26"), 1, Months, "2024-04-26"},
		{"Constitution Day does not move a deadline", Calendar{}, noon("2025-05-05"), 1, Months, "2025-06-05"},
		{"New Year's Eve does not move a deadline", Calendar{}, noon("2025-12-21"), 10, Days, "2025-12-31"},
		{"1 May does not move a deadline", Calendar{}, noon("2025-04-01"), 1, Months, "2025-05-01"},

		// Local closed days (opt-in, later deadlines).
		{"Christmas Eve closed: 24 Dec, 25, 26, weekend, so 29 Dec", New(ChristmasEve), noon("2025-11-24"), 1, Months, "2025-12-29"},
		{"New Year's Eve closed runs into New Year's Day", New(NewYearsEve), noon("2025-12-21"), 10, Days, "2026-01-02"},
		{"Constitution Day closed", New(ConstitutionDay), noon("2025-05-05"), 1, Months, "2025-06-06"},
		{"May Day closed", New(MayDay), noon("2025-04-01"), 1, Months, "2025-05-02"},
		{"the Friday after Ascension closed", New(DayAfterAscension), noon("2025-04-30"), 1, Months, "2025-06-02"},
		{"a specific closed date", New(0, mustDate("2025-02-28")), noon("2025-01-31"), 1, Months, "2025-03-03"},

		// Days, weeks and years; art. 3(2)(b), (c).
		{"one day from Friday is Saturday, moved to Monday", Calendar{}, noon("2025-02-28"), 1, Days, "2025-03-03"},
		{"ten days", Calendar{}, noon("2025-02-03"), 10, Days, "2025-02-13"},
		{"two weeks end on the same weekday", Calendar{}, noon("2025-01-31"), 2, Weeks, "2025-02-14"},
		{"a week from Maundy Thursday lands on a working Thursday", Calendar{}, noon("2025-04-17"), 1, Weeks, "2025-04-24"},
		{"a year from a leap day ends on 28 February", Calendar{}, noon("2024-02-29"), 1, Years, "2025-02-28"},
		{"a year", Calendar{}, noon("2025-06-10"), 1, Years, "2026-06-10"},
		{"five years", Calendar{}, noon("2025-03-14"), 5, Years, "2030-03-14"},
		{"twelve months equal a year", Calendar{}, noon("2024-02-29"), 12, Months, "2025-02-28"},

		// The day of receipt in Copenhagen; Regulation 1182/71 art. 3(1).
		{"23:59 local on 31 January counts from 31 January", Calendar{}, time.Date(2025, time.January, 31, 22, 59, 0, 0, time.UTC), 1, Months, "2025-02-28"},
		{"00:30 local on 1 February counts from 1 February", Calendar{}, time.Date(2025, time.January, 31, 23, 30, 0, 0, time.UTC), 1, Months, "2025-03-03"},
		{"00:00 local counts from that day", Calendar{}, time.Date(2025, time.February, 1, 0, 0, 0, 0, loc), 1, Months, "2025-03-03"},
		{"receipt on a Sunday counts from the Sunday", Calendar{}, noon("2025-03-02"), 1, Months, "2025-04-02"},

		// Daylight-saving days.
		{"receipt on the spring DST day", Calendar{}, time.Date(2025, time.March, 30, 3, 30, 0, 0, loc), 1, Months, "2025-04-30"},
		{"receipt on the autumn DST day", Calendar{}, time.Date(2025, time.October, 26, 2, 30, 0, 0, loc), 1, Months, "2025-11-26"},

		// Zero and negative lengths: the event's day, moved to a working day.
		{"zero months on a working day is that day", Calendar{}, noon("2025-02-28"), 0, Months, "2025-02-28"},
		{"zero days on a Saturday moves to Monday", Calendar{}, noon("2025-03-01"), 0, Days, "2025-03-03"},
		{"a negative length is treated as zero", Calendar{}, noon("2025-03-01"), -5, Months, "2025-03-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.cal.Period(tt.received, tt.n, tt.unit)
			assert.Equal(t, mustDate(tt.want), got.Day, "got %v, want %s", got.Day, tt.want)
			assert.True(t, got.Expires.Equal(got.Day.End()), "Expires %v, want Day.End() %v", got.Expires, got.Day.End())
			assert.Equal(t, got, tt.cal.PeriodFrom(DateOf(tt.received), tt.n, tt.unit), "PeriodFrom agrees")
		})
	}
}

func TestPeriodExpires(t *testing.T) {
	// Regulation 1182/71 art. 3(2): the end instant is the expiry of the last hour of the
	// last day in Europe/Copenhagen, with the offset of that midnight.
	tests := []struct {
		name     string
		received time.Time
		n        int
		unit     Unit
		want     string
	}{
		{"winter deadline", noon("2025-01-31"), 1, Months, "2025-03-01T00:00:00+01:00"},
		{"summer deadline", noon("2025-05-15"), 1, Months, "2025-06-17T00:00:00+02:00"}, // 15 June is a Sunday, 16 June Monday
		{"received on the spring DST day", time.Date(2025, time.March, 30, 1, 30, 0, 0, Copenhagen()), 1, Months, "2025-05-01T00:00:00+02:00"},
		{"received on the autumn DST day", time.Date(2025, time.October, 26, 23, 59, 0, 0, Copenhagen()), 1, Months, "2025-11-27T00:00:00+01:00"},
		{"last day before the spring switch ends in winter time", noon("2025-03-24"), 4, Days, "2025-03-29T00:00:00+01:00"},
		{"a day period ending the day after the autumn switch (from Thursday, so Friday and Monday are its two working days, art. 3(5))", noon("2025-10-23"), 4, Days, "2025-10-28T00:00:00+01:00"},
		{"a period ending the Friday before the autumn switch", noon("2025-10-23"), 1, Days, "2025-10-25T00:00:00+02:00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Calendar{}.Period(tt.received, tt.n, tt.unit)
			assert.Equal(t, tt.want, got.Expires.Format(time.RFC3339))
			assert.Same(t, Copenhagen(), got.Expires.Location())
			assert.True(t, got.InTime(got.Expires.Add(-time.Nanosecond)), "the last nanosecond of the day is in time")
			assert.False(t, got.InTime(got.Expires), "at Expires is late")
		})
	}
}

func TestExtended(t *testing.T) {
	// GDPR art. 12(3): one month, extended by two further months. The
	// extension runs from the unmoved last day of the first month.
	tests := []struct {
		name     string
		received string
		want     string
	}{
		{"ordinary", "2025-01-15", "2025-04-15"},
		{"the first month ends on a Saturday: not moved before chaining", "2025-01-01", "2025-04-01"}, // 1 Feb 2025 is a Saturday
		{"clamping in the first month carries on", "2025-01-31", "2025-04-28"},
		{"the final day on a Saturday moves to Monday", "2025-02-03", "2025-05-05"},   // 3 May 2025 is a Saturday
		{"the final day on Whit Monday moves to Tuesday", "2025-03-09", "2025-06-10"}, // 9 June 2025 is Whit Monday
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Calendar{}.Extended(noon(tt.received), 1, Months, 2, Months)
			assert.Equal(t, mustDate(tt.want), got.Day)
			assert.True(t, got.Expires.Equal(got.Day.End()))
			assert.Equal(t, got, Calendar{}.DeadlineOn(EndDay(EndDay(mustDate(tt.received), 1, Months), 2, Months)))
		})
	}
	t.Run("no extension is the first period", func(t *testing.T) {
		assert.Equal(t, Calendar{}.Period(noon("2025-01-01"), 1, Months), Calendar{}.Extended(noon("2025-01-01"), 1, Months, 0, Months))
	})
}

func TestInvalidUnit(t *testing.T) {
	for _, u := range []Unit{0, Years + 1, 255} {
		assert.True(t, Calendar{}.Period(noon("2025-01-31"), 1, u).IsZero(), "Period with %v", u)
		assert.True(t, Calendar{}.PeriodFrom(mustDate("2025-01-31"), 1, u).IsZero(), "PeriodFrom with %v", u)
		assert.True(t, Calendar{}.Extended(noon("2025-01-31"), 1, u, 1, Months).IsZero(), "Extended with %v", u)
		assert.True(t, Calendar{}.Extended(noon("2025-01-31"), 1, Months, 1, u).IsZero(), "Extended with %v", u)
		assert.Equal(t, mustDate("2025-01-31"), EndDay(mustDate("2025-01-31"), 1, u))
		assert.False(t, u.Valid())
	}
}

func TestUnitString(t *testing.T) {
	tests := []struct {
		u    Unit
		want string
	}{
		{Days, "days"}, {Weeks, "weeks"}, {Months, "months"}, {Years, "years"}, {0, "Unit(0)"}, {9, "Unit(9)"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.u.String())
	}
}

func TestDeadlineString(t *testing.T) {
	assert.Equal(t, "2025-02-28", Calendar{}.Period(noon("2025-01-31"), 1, Months).String())
	assert.True(t, Deadline{}.IsZero())
}

func TestPeriodProperties(t *testing.T) {
	// Every receipt day from 2000-01-01 to 2040-12-31, received at local
	// noon: the one-month deadline is a working day, at least 28 days after
	// receipt, never earlier than the deadline of an earlier receipt, and
	// expires at the end of its day.
	var c Calendar
	var prev Deadline
	for d := mustDate("2000-01-01"); !d.After(mustDate("2040-12-31")); d = d.AddDays(1) {
		received := time.Date(d.Year, d.Month, d.Day, 12, 0, 0, 0, Copenhagen())
		got := c.Period(received, 1, Months)
		if !c.IsWorkingDay(got.Day) {
			require.Failf(t, "not a working day", "received %v: deadline %v (%v)", d, got.Day, got.Day.Weekday())
		}
		if n := got.Day.DaysSince(d); n < 28 || n > 31+5 {
			require.Failf(t, "length", "received %v: deadline %v is %d days later", d, got.Day, n)
		}
		if got.Day.Before(prev.Day) {
			require.Failf(t, "not monotonic", "received %v: deadline %v is before %v", d, got.Day, prev.Day)
		}
		if !got.Expires.Equal(got.Day.End()) || !got.Expires.After(received) {
			require.Failf(t, "Expires", "received %v: Expires %v, Day.End() %v", d, got.Expires, got.Day.End())
		}
		// The unmoved end day is the first candidate and the deadline is the
		// first working day on or after it.
		end := EndDay(d, 1, Months)
		for x := end; x.Before(got.Day); x = x.AddDays(1) {
			if c.IsWorkingDay(x) {
				require.Failf(t, "not the first working day", "received %v: %v is a working day before %v", d, x, got.Day)
			}
		}
		prev = got
	}
}

func TestPeriodDoesNotAllocate(t *testing.T) {
	received := noon("2025-01-31")
	c := New(ChristmasEve, mustDate("2025-02-28"))
	assert.Zero(t, testing.AllocsPerRun(100, func() {
		_ = Calendar{}.Period(received, 1, Months)
		_ = c.Period(received, 1, Months)
	}))
}

func TestPeriodNeverPanicsOnExtremes(t *testing.T) {
	instants := []time.Time{
		{}, time.Unix(math.MinInt64/2, 0), time.Unix(math.MaxInt64/2, 0),
		time.Date(9999, time.December, 31, 23, 59, 59, 0, time.UTC),
	}
	lengths := []int{math.MinInt, -1, 0, 1, math.MaxInt / 12, math.MaxInt}
	c := New(AllOptionalDays, mustDate("2025-03-03"))
	for _, at := range instants {
		for _, n := range lengths {
			for u := Unit(0); u <= Years+1; u++ {
				assert.NotPanics(t, func() {
					_ = c.Period(at, n, u)
					_ = Calendar{}.Extended(at, n, u, n, u)
				}, "Period(%v, %d, %v)", at, n, u)
			}
		}
	}
}

func TestPeriodIncludesTwoWorkingDays(t *testing.T) {
	// Regulation 1182/71 art. 3(5): any period of two days or more includes
	// at least two working days, applied after the move off closed days of
	// art. 3(4); the day of the event is not counted (art. 3(1)).
	closedFebruary := []Date{}
	for d := mustDate("2025-02-03"); d.Before(mustDate("2025-03-01")); d = d.AddDays(1) {
		closedFebruary = append(closedFebruary, d)
	}
	tests := []struct {
		name     string
		cal      Calendar
		received string
		n        int
		unit     Unit
		want     string
	}{
		{"art. 3(5): two days from Wednesday 1 April 2026 end on Good Friday, moved to Tuesday 7 April, which leaves one working day: Wednesday 8 April",
			Calendar{}, "2026-04-01", 2, Days, "2026-04-08"},
		{"art. 3(5): the same in 2025, from Wednesday 16 April past Easter to Wednesday 23 April",
			Calendar{}, "2025-04-16", 2, Days, "2025-04-23"},
		{"art. 3(5) holds already: two days from Tuesday 31 March 2026 end on Maundy Thursday, moved to Tuesday 7 April, with Wednesday 1 April the period has two working days",
			Calendar{}, "2026-03-31", 2, Days, "2026-04-07"},
		{"art. 3(5) does not apply to one day: from Wednesday 1 April 2026, Maundy Thursday moves to Tuesday 7 April (art. 3(4))",
			Calendar{}, "2026-04-01", 1, Days, "2026-04-07"},
		{"art. 3(5) holds already: two days from Wednesday 23 December 2026 end on Christmas Day, moved to Monday 28th; Christmas Eve is a working day",
			Calendar{}, "2026-12-23", 2, Days, "2026-12-28"},
		{"art. 3(5) with Christmas Eve closed: only Monday 28 December is left, so Tuesday 29th",
			New(ChristmasEve), "2026-12-23", 2, Days, "2026-12-29"},
		{"art. 3(5): Christmas 2027 on a weekend, from Thursday 23 December, Friday 24th and Monday 27th are working days",
			Calendar{}, "2027-12-23", 2, Days, "2027-12-27"},
		{"art. 3(5): the same with Christmas Eve closed ends on Tuesday 28 December",
			New(ChristmasEve), "2027-12-23", 2, Days, "2027-12-28"},
		{"art. 3(5) applies to weeks: a week from Wednesday 1 April 2026 with 7 and 8 April closed ends Thursday 9th with one working day, so Friday 10th",
			New(0, mustDate("2026-04-07"), mustDate("2026-04-08")), "2026-04-01", 1, Weeks, "2026-04-10"},
		{"art. 3(5) applies to months: a month from 31 January 2025 whose weekdays in February are closed ends Monday 3 March with one working day, so Tuesday 4th",
			New(0, closedFebruary...), "2025-01-31", 1, Months, "2025-03-04"},
		{"art. 3(5) holds already for a year: from 28 February 2024, with February 2025 closed, the year's other working days count; 3 March (art. 3(4))",
			New(0, closedFebruary...), "2024-02-28", 1, Years, "2025-03-03"},
		{"art. 3(5) counts from the event's day, not from the next working day: received Saturday 4 April 2026, two days end Monday 6 April (Easter Monday), moved to Tuesday 7th, then Wednesday 8th",
			Calendar{}, "2026-04-04", 2, Days, "2026-04-08"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.cal.Period(noon(tt.received), tt.n, tt.unit)
			assert.Equal(t, mustDate(tt.want), got.Day)
			assert.True(t, got.Expires.Equal(got.Day.End()))
			assert.Equal(t, got, tt.cal.PeriodFrom(mustDate(tt.received), tt.n, tt.unit), "PeriodFrom agrees")
			if atLeastTwoDays(tt.n, tt.unit) {
				assert.Equal(t, got, tt.cal.DeadlineAfter(mustDate(tt.received), EndDay(mustDate(tt.received), tt.n, tt.unit)), "DeadlineAfter agrees")
				assert.GreaterOrEqual(t, tt.cal.WorkingDays(mustDate(tt.received), got.Day), 2, "two working days in the period")
			}
		})
	}
}

func TestExtendedIncludesTwoWorkingDays(t *testing.T) {
	// Regulation 1182/71 art. 3(5) for the period as extended: one day and
	// one further day from Wednesday 1 April 2026 is a period of two days.
	got := Calendar{}.Extended(noon("2026-04-01"), 1, Days, 1, Days)
	assert.Equal(t, mustDate("2026-04-08"), got.Day)
	// One day not extended stays a period of one day (art. 3(4) only).
	got = Calendar{}.Extended(noon("2026-04-01"), 1, Days, 0, Days)
	assert.Equal(t, mustDate("2026-04-07"), got.Day)
}

func TestPeriodIncludesTwoWorkingDaysAlways(t *testing.T) {
	// Regulation 1182/71 art. 3(5) for every day of 2020-2030 and periods
	// of 2 to 10 days, a week and a month, against a count of the working
	// days, in the official calendar and one with every optional day.
	for _, c := range []Calendar{{}, New(AllOptionalDays)} {
		for d := mustDate("2020-01-01"); d.Year <= 2030; d = d.AddDays(1) {
			for _, p := range []struct {
				n int
				u Unit
			}{{2, Days}, {3, Days}, {5, Days}, {10, Days}, {1, Weeks}, {1, Months}} {
				got := c.PeriodFrom(d, p.n, p.u).Day
				end := c.NextWorkingDay(EndDay(d, p.n, p.u))
				if w := c.WorkingDays(d, got); w < 2 || got != end && w != 2 {
					require.Failf(t, "art. 3(5)", "%v + %d %v in %v: %v with %d working days (art. 3(4) gave %v)", d, p.n, p.u, c.Optional(), got, w, end)
				}
			}
		}
	}
}
