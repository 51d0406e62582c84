package calendar

import (
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOfficialCalendar(t *testing.T) {
	// Regulation 1182/71 art. 2(2): Saturdays, Sundays and public holidays are not working
	// days; 5 June, 24 and 31 December and 1 May are.
	tests := []struct {
		name    string
		d       string
		working bool
	}{
		{"an ordinary Monday", "2025-02-03", true},
		{"an ordinary Friday", "2025-02-28", true},
		{"Saturday", "2025-03-01", false},
		{"Sunday", "2025-03-02", false},
		{"New Year's Day", "2026-01-01", false},
		{"Maundy Thursday", "2025-04-17", false},
		{"Good Friday", "2025-04-18", false},
		{"Easter Monday", "2025-04-21", false},
		{"the Tuesday after Easter", "2025-04-22", true},
		{"Ascension Day", "2025-05-29", false},
		{"the Friday after Ascension is a working day by default", "2025-05-30", true},
		{"Whit Monday", "2025-06-09", false},
		{"Christmas Day", "2025-12-25", false},
		{"Boxing Day", "2025-12-26", false},
		{"Christmas Eve is a working day", "2025-12-24", true},
		{"New Year's Eve is a working day", "2025-12-31", true},
		{"Constitution Day is a working day", "2025-06-05", true},
		{"1 May is a working day", "2025-05-01", true},
		{"Store Bededag 2023 was closed", "2023-05-05", false},
		{"the old Store Bededag date in 2024 is a working day", "2024-04-26", true},
	}
	var c Calendar
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustDate(tt.d)
			assert.Equal(t, tt.working, c.IsWorkingDay(d))
			assert.Equal(t, !tt.working, c.Closed(d))
		})
	}
	assert.True(t, c.IsOfficial())
}

func TestClosedOnDatesThatDoNotExist(t *testing.T) {
	var c Calendar
	for _, d := range []Date{{2025, time.February, 30}, {2025, 13, 1}, {}} {
		assert.True(t, c.Closed(d), "Closed(%v)", d)
		assert.False(t, c.IsWorkingDay(d), "IsWorkingDay(%v)", d)
	}
}

func TestNextWorkingDay(t *testing.T) {
	tests := []struct {
		name string
		cal  Calendar
		d    string
		want string
	}{
		{"a working day is its own next working day", Calendar{}, "2025-02-28", "2025-02-28"},
		{"Saturday to Monday", Calendar{}, "2025-03-01", "2025-03-03"},
		{"Easter: Maundy Thursday to the Tuesday after", Calendar{}, "2025-04-17", "2025-04-22"},
		{"Christmas Day 2025 (Thursday) to Monday 29th", Calendar{}, "2025-12-25", "2025-12-29"},
		{"New Year's Day 2026 (Thursday) to Friday", Calendar{}, "2026-01-01", "2026-01-02"},
		{"Whit Sunday to the Tuesday", Calendar{}, "2025-06-08", "2025-06-10"},
		{"Christmas Eve stays by default", Calendar{}, "2025-12-24", "2025-12-24"},
		{"Christmas Eve closed", New(ChristmasEve), "2025-12-24", "2025-12-29"},
		{"New Year's Eve closed runs into New Year's Day", New(NewYearsEve), "2025-12-31", "2026-01-02"},
		{"Constitution Day closed", New(ConstitutionDay), "2025-06-05", "2025-06-06"},
		{"May Day closed", New(MayDay), "2025-05-01", "2025-05-02"},
		{"the day after Ascension closed runs over the weekend", New(DayAfterAscension), "2025-05-30", "2025-06-02"},
		{"extra closed days chain", New(0, mustDate("2025-03-03"), mustDate("2025-03-04")), "2025-03-01", "2025-03-05"},
		{"a date that does not exist is normalised first", Calendar{}, "", "2025-03-03"}, // 2025-02-31 = 3 March
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Date{2025, time.February, 31}
			if tt.d != "" {
				d = mustDate(tt.d)
			}
			got := tt.cal.NextWorkingDay(d)
			assert.Equal(t, mustDate(tt.want), got)
			assert.True(t, tt.cal.IsWorkingDay(got))
		})
	}
}

func TestOptionalDays(t *testing.T) {
	tests := []struct {
		name string
		opt  OptionalDays
		d    string
	}{
		// Each optional day closes exactly its own day.
		{"Constitution Day", ConstitutionDay, "2025-06-05"},
		{"Christmas Eve", ChristmasEve, "2025-12-24"},
		{"New Year's Eve", NewYearsEve, "2025-12-31"},
		{"May Day", MayDay, "2025-05-01"},
		{"day after Ascension 2025 (Ascension 29 May)", DayAfterAscension, "2025-05-30"},
		{"day after Ascension 2026 (Ascension 14 May)", DayAfterAscension, "2026-05-15"},
		{"day after Ascension 2027 (Ascension 6 May)", DayAfterAscension, "2027-05-07"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustDate(tt.d)
			assert.False(t, Calendar{}.Closed(d), "open in the official calendar")
			assert.True(t, New(tt.opt).Closed(d), "closed when opted in")
			// The optional day closes nothing else in its year.
			c := New(tt.opt)
			for x := (Date{d.Year, time.January, 1}); x.Year == d.Year; x = x.AddDays(1) {
				if x != d {
					require.Equal(t, Calendar{}.Closed(x), c.Closed(x), "%v", x)
				}
			}
		})
	}
}

func TestOptionalDaysString(t *testing.T) {
	tests := []struct {
		name string
		o    OptionalDays
		want string
	}{
		{"empty set", 0, ""},
		{"one day", ChristmasEve, "christmas_eve"},
		{"two days in bit order", NewYearsEve | ChristmasEve, "christmas_eve|new_years_eve"},
		{"all", AllOptionalDays, "constitution_day|christmas_eve|new_years_eve|may_day|day_after_ascension"},
		{"undefined bit", 1 << 7, "OptionalDays(128)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.o.String())
		})
	}
	assert.True(t, AllOptionalDays.Has(ChristmasEve|MayDay))
	assert.False(t, ChristmasEve.Has(ChristmasEve|MayDay))
}

func TestNewCopiesAndCleansExtraDays(t *testing.T) {
	extra := []Date{mustDate("2025-03-05"), mustDate("2025-03-03"), mustDate("2025-03-05"), {2025, time.February, 30}}
	c := New(ChristmasEve|1<<7, extra...)
	extra[0] = mustDate("2025-07-01") // must not reach c
	assert.Equal(t, []Date{mustDate("2025-03-03"), mustDate("2025-03-05")}, c.ExtraClosed(), "sorted, no duplicates, invalid dates dropped")
	assert.Equal(t, ChristmasEve, c.Optional(), "undefined bits dropped")
	assert.False(t, c.IsOfficial())
	assert.True(t, c.Closed(mustDate("2025-03-05")))
	assert.False(t, c.Closed(mustDate("2025-07-01")))

	got := c.ExtraClosed()
	got[0] = Date{}
	assert.Equal(t, mustDate("2025-03-03"), c.ExtraClosed()[0], "ExtraClosed returns a copy")
	assert.Nil(t, Calendar{}.ExtraClosed())
	assert.True(t, New(0).IsOfficial())
}

func TestCalendarIsSafeForConcurrentUse(t *testing.T) {
	// Run with -race: one Calendar value read from many goroutines.
	c := New(ChristmasEve, mustDate("2025-03-03"))
	received := time.Date(2025, time.November, 24, 12, 0, 0, 0, Copenhagen())
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				assert.Equal(t, mustDate("2025-12-29"), c.Period(received, 1, Months).Day)
			}
		}()
	}
	wg.Wait()
}
