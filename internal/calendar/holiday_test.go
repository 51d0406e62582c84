package calendar

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEaster(t *testing.T) {
	// Easter Sundays from published tables.
	tests := []struct {
		year int
		want string
	}{
		{1818, "1818-03-22"}, // earliest possible date
		{1900, "1900-04-15"},
		{1943, "1943-04-25"}, // latest possible date
		{1961, "1961-04-02"},
		{2000, "2000-04-23"},
		{2008, "2008-03-23"},
		{2011, "2011-04-24"},
		{2019, "2019-04-21"},
		{2023, "2023-04-09"},
		{2024, "2024-03-31"},
		{2025, "2025-04-20"},
		{2026, "2026-04-05"},
		{2027, "2027-03-28"},
		{2028, "2028-04-16"},
		{2029, "2029-04-01"},
		{2030, "2030-04-21"},
		{2038, "2038-04-25"},
		{2200, "2200-04-06"},
		{2285, "2285-03-22"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			got := Easter(tt.year)
			assert.Equal(t, mustDate(tt.want), got)
			assert.Equal(t, time.Sunday, got.Weekday())
		})
	}
}

func TestEasterTableAgreesWithComputus(t *testing.T) {
	// The precomputed years and the years either side of the table, which
	// take the on-the-fly path.
	for year := easterFirst - 1; year <= easterLast+1; year++ {
		require.Equal(t, computeEasterPos(year), easterPos(year), "year %d", year)
	}
	assert.Equal(t, mustDate("1899-04-02"), Easter(1899))
	assert.Equal(t, mustDate("2201-04-19"), Easter(2201))
}

func TestEasterIsAlwaysASundayBetween22MarchAnd25April(t *testing.T) {
	for year := -1000; year <= 10000; year++ {
		e := Easter(year)
		first, last := Date{year, time.March, 22}, Date{year, time.April, 25}
		if e.Weekday() != time.Sunday || e.Before(first) || e.After(last) {
			require.Failf(t, "Easter out of range", "Easter(%d) = %v (%v)", year, e, e.Weekday())
		}
	}
}

// h is a holiday in the hand-written table.
type h struct{ date, name string }

func TestHolidays2023To2030(t *testing.T) {
	// Written out by hand from the Easter Sundays.
	tests := []struct {
		year int
		want []h
	}{
		{2023, []h{
			{"2023-01-01", "Nytårsdag"},
			{"2023-04-06", "Skærtorsdag"}, {"2023-04-07", "Langfredag"}, {"2023-04-09", "Påskedag"}, {"2023-04-10", "2. påskedag"},
			{"2023-05-05", "Store bededag"}, // the last one
			{"2023-05-18", "Kristi himmelfartsdag"}, {"2023-05-28", "Pinsedag"}, {"2023-05-29", "2. pinsedag"},
			{"2023-12-25", "Juledag"}, {"2023-12-26", "2. juledag"},
		}},
		{2024, []h{ // Easter 2024-03-31; no Store Bededag from 2024
			{"2024-01-01", "Nytårsdag"},
			{"2024-03-28", "Skærtorsdag"}, {"2024-03-29", "Langfredag"}, {"2024-03-31", "Påskedag"}, {"2024-04-01", "2. påskedag"},
			{"2024-05-09", "Kristi himmelfartsdag"}, {"2024-05-19", "Pinsedag"}, {"2024-05-20", "2. pinsedag"},
			{"2024-12-25", "Juledag"}, {"2024-12-26", "2. juledag"},
		}},
		{2025, []h{ // Easter 2025-04-20
			{"2025-01-01", "Nytårsdag"},
			{"2025-04-17", "Skærtorsdag"}, {"2025-04-18", "Langfredag"}, {"2025-04-20", "Påskedag"}, {"2025-04-21", "2. påskedag"},
			{"2025-05-29", "Kristi himmelfartsdag"}, {"2025-06-08", "Pinsedag"}, {"2025-06-09", "2. pinsedag"},
			{"2025-12-25", "Juledag"}, {"2025-12-26", "2. juledag"},
		}},
		{2026, []h{ // Easter 2026-04-05
			{"2026-01-01", "Nytårsdag"},
			{"2026-04-02", "Skærtorsdag"}, {"2026-04-03", "Langfredag"}, {"2026-04-05", "Påskedag"}, {"2026-04-06", "2. påskedag"},
			{"2026-05-14", "Kristi himmelfartsdag"}, {"2026-05-24", "Pinsedag"}, {"2026-05-25", "2. pinsedag"},
			{"2026-12-25", "Juledag"}, {"2026-12-26", "2. juledag"},
		}},
		{2027, []h{ // Easter 2027-03-28
			{"2027-01-01", "Nytårsdag"},
			{"2027-03-25", "Skærtorsdag"}, {"2027-03-26", "Langfredag"}, {"2027-03-28", "Påskedag"}, {"2027-03-29", "2. påskedag"},
			{"2027-05-06", "Kristi himmelfartsdag"}, {"2027-05-16", "Pinsedag"}, {"2027-05-17", "2. pinsedag"},
			{"2027-12-25", "Juledag"}, {"2027-12-26", "2. juledag"},
		}},
		{2028, []h{ // Easter 2028-04-16; Whit Monday falls on 5 June
			{"2028-01-01", "Nytårsdag"},
			{"2028-04-13", "Skærtorsdag"}, {"2028-04-14", "Langfredag"}, {"2028-04-16", "Påskedag"}, {"2028-04-17", "2. påskedag"},
			{"2028-05-25", "Kristi himmelfartsdag"}, {"2028-06-04", "Pinsedag"}, {"2028-06-05", "2. pinsedag"},
			{"2028-12-25", "Juledag"}, {"2028-12-26", "2. juledag"},
		}},
		{2029, []h{ // Easter 2029-04-01
			{"2029-01-01", "Nytårsdag"},
			{"2029-03-29", "Skærtorsdag"}, {"2029-03-30", "Langfredag"}, {"2029-04-01", "Påskedag"}, {"2029-04-02", "2. påskedag"},
			{"2029-05-10", "Kristi himmelfartsdag"}, {"2029-05-20", "Pinsedag"}, {"2029-05-21", "2. pinsedag"},
			{"2029-12-25", "Juledag"}, {"2029-12-26", "2. juledag"},
		}},
		{2030, []h{ // Easter 2030-04-21
			{"2030-01-01", "Nytårsdag"},
			{"2030-04-18", "Skærtorsdag"}, {"2030-04-19", "Langfredag"}, {"2030-04-21", "Påskedag"}, {"2030-04-22", "2. påskedag"},
			{"2030-05-30", "Kristi himmelfartsdag"}, {"2030-06-09", "Pinsedag"}, {"2030-06-10", "2. pinsedag"},
			{"2030-12-25", "Juledag"}, {"2030-12-26", "2. juledag"},
		}},
	}
	for _, tt := range tests {
		t.Run(time.Date(tt.year, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006"), func(t *testing.T) {
			var got []h
			for _, hol := range Holidays(tt.year) {
				got = append(got, h{hol.Date.String(), hol.Name})
				assert.NotEmpty(t, hol.NameEn, "%v has an English name", hol.Date)
			}
			assert.Equal(t, tt.want, got)

			// IsHoliday is true on exactly these days of the year.
			want := map[Date]bool{}
			for _, w := range tt.want {
				want[mustDate(w.date)] = true
			}
			for d := (Date{tt.year, time.January, 1}); d.Year == tt.year; d = d.AddDays(1) {
				assert.Equal(t, want[d], IsHoliday(d), "IsHoliday(%v)", d)
			}
		})
	}
}

func TestNotPublicHolidays(t *testing.T) {
	// These days are not public holidays, so a deadline on them
	// is not moved.
	for year := 2020; year <= 2035; year++ {
		for _, d := range []Date{
			{year, time.June, 5},      // Grundlovsdag
			{year, time.December, 24}, // Juleaftensdag
			{year, time.December, 31}, // Nytårsaftensdag
			{year, time.May, 1},       // 1. maj
		} {
			if whit := Easter(year).AddDays(49); d == whit || d == whit.AddDays(1) {
				// 5 June is Whit Sunday in 2022 and 2033 and Whit Monday
				// in 2028: a holiday for that reason only.
				assert.True(t, IsHoliday(d), "IsHoliday(%v), Whitsun", d)
				continue
			}
			assert.False(t, IsHoliday(d), "IsHoliday(%v)", d)
		}
	}
}

func TestStoreBededag(t *testing.T) {
	// Lov om afskaffelse af store bededag som helligdag: Store Bededag (Easter + 26) up to and including 2023 only.
	tests := []struct {
		name string
		d    string
		want bool
	}{
		{"Store Bededag 2022", "2022-05-13", true},
		{"Store Bededag 2023, the last one", "2023-05-05", true},
		{"its date in 2024 is an ordinary Friday", "2024-04-26", false},
		{"its date in 2025 is an ordinary Friday", "2025-05-16", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustDate(tt.d)
			assert.Equal(t, tt.want, IsHoliday(d))
			assert.Equal(t, d, Easter(d.Year).AddDays(26), "Easter + 26")
			found := false
			for _, hol := range Holidays(d.Year) {
				if hol.Name == "Store bededag" {
					found = true
					assert.Equal(t, d, hol.Date)
				}
			}
			assert.Equal(t, tt.want, found, "in Holidays(%d)", d.Year)
		})
	}
}

func TestIsHolidayAgreesWithHolidays(t *testing.T) {
	// Every day of 1890-2210 (the table and both on-the-fly sides) and of a
	// few far years: IsHoliday holds exactly on the days Holidays lists.
	years := []int{1, 2, 1582, 1583, 9998, 9999, 10000, -7}
	for y := 1890; y <= 2210; y++ {
		years = append(years, y)
	}
	for _, year := range years {
		hs := Holidays(year)
		want := make(map[Date]bool, len(hs))
		for i, hol := range hs {
			want[hol.Date] = true
			if i > 0 {
				require.True(t, hs[i-1].Date.Before(hol.Date), "Holidays(%d) in date order", year)
			}
		}
		wantLen := 10
		if year <= 2023 {
			wantLen = 11
		}
		require.Len(t, hs, wantLen, "Holidays(%d)", year)
		for d := (Date{year, time.January, 1}); d.Year == year; d = d.AddDays(1) {
			if IsHoliday(d) != want[d] {
				require.Failf(t, "IsHoliday", "IsHoliday(%v) = %v, want %v", d, !want[d], want[d])
			}
		}
	}
}

func TestIsHolidayOnDatesThatDoNotExist(t *testing.T) {
	// 31 April would be 1 May by day count; 31 June would be 1 July.
	// Whit Monday 2025 is 9 June; 40 May would be day count 9 June.
	for _, d := range []Date{
		{2025, time.April, 31}, {2025, time.June, 31}, {2025, time.May, 40},
		{2025, time.April, 0}, {2025, time.April, -10}, {2025, 0, 1}, {2025, 13, 25}, {},
	} {
		assert.False(t, IsHoliday(d), "IsHoliday(%v)", d)
	}
}

func TestHolidaysReturnsAFreshSlice(t *testing.T) {
	a := Holidays(2025)
	a[0].Name = "changed"
	a[0].Date = Date{}
	b := Holidays(2025)
	assert.Equal(t, "Nytårsdag", b[0].Name)
	assert.Equal(t, mustDate("2025-01-01"), b[0].Date)
}

func TestIsHolidayDoesNotAllocate(t *testing.T) {
	d := mustDate("2025-04-21")
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = IsHoliday(d) }))
}
