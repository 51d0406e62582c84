package calendar

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mustDate parses a date literal of a test; it panics on a typo.
func mustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestDateLayoutMatchesRootDate(t *testing.T) {
	// The root package converts gdpr.Date to and from this Date with a type
	// conversion, which needs exactly these fields in this order.
	type rootDate struct {
		Year  int
		Month time.Month
		Day   int
	}
	d := Date(rootDate{2025, time.February, 28})
	assert.Equal(t, Date{Year: 2025, Month: time.February, Day: 28}, d)
}

func TestValid(t *testing.T) {
	tests := []struct {
		name string
		d    Date
		want bool
	}{
		{"ordinary day", Date{2025, time.June, 5}, true},
		{"leap day in a leap year", Date{2024, time.February, 29}, true},
		{"leap day in a common year", Date{2025, time.February, 29}, false},
		{"2000 is a leap year (divisible by 400)", Date{2000, time.February, 29}, true},
		{"2100 is not a leap year (divisible by 100)", Date{2100, time.February, 29}, false},
		{"31 April does not exist", Date{2025, time.April, 31}, false},
		{"31 December", Date{2025, time.December, 31}, true},
		{"first valid day", Date{1, time.January, 1}, true},
		{"last valid day", Date{9999, time.December, 31}, true},
		{"year 0 is out of range", Date{0, time.December, 31}, false},
		{"year 10000 is out of range", Date{10000, time.January, 1}, false},
		{"month 0", Date{2025, 0, 1}, false},
		{"month 13", Date{2025, 13, 1}, false},
		{"day 0", Date{2025, time.January, 0}, false},
		{"zero value", Date{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.d.Valid(), "Valid(%v)", tt.d)
		})
	}
}

func TestIsZero(t *testing.T) {
	assert.True(t, Date{}.IsZero())
	assert.False(t, Date{2025, time.January, 1}.IsZero())
}

func TestOrdinalRoundTripAgreesWithTimePackage(t *testing.T) {
	// Every day of years 1-9999: fromOrdinal agrees with the time package,
	// ordinal inverts it, and Weekday agrees.
	first := Date{1, time.January, 1}.ordinal()
	last := Date{9999, time.December, 31}.ordinal()
	for o := first; o <= last; o++ {
		tm := time.Unix(int64(o)*secondsPerDay, 0).UTC()
		y, m, d := tm.Date()
		got := fromOrdinal(o)
		if got != (Date{y, m, d}) || got.ordinal() != o || got.Weekday() != tm.Weekday() {
			require.Failf(t, "ordinal mismatch", "ordinal %d: got %v (%d, %v), want %04d-%02d-%02d (%v)",
				o, got, got.ordinal(), got.Weekday(), y, m, d, tm.Weekday())
		}
	}
}

func TestArithmeticNormalisesInvalidDatesLikeTimeDate(t *testing.T) {
	tests := []struct {
		name string
		d    Date
	}{
		{"30 February", Date{2025, time.February, 30}},
		{"day 0 is the last day of the month before", Date{2025, time.March, 0}},
		{"negative day", Date{2025, time.March, -40}},
		{"month 13 is January of the next year", Date{2024, 13, 1}},
		{"month 0 is December of the year before", Date{2024, 0, 15}},
		{"negative month", Date{2024, -14, 15}},
		{"year 0", Date{0, time.February, 29}},
		{"negative year", Date{-400, time.March, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			y, m, d := time.Date(tt.d.Year, tt.d.Month, tt.d.Day, 12, 0, 0, 0, time.UTC).Date()
			assert.Equal(t, Date{y, m, d}, tt.d.AddDays(0), "got %v, want time.Date's normalisation")
		})
	}
}

func TestAddDays(t *testing.T) {
	tests := []struct {
		name string
		d    string
		n    int
		want string
	}{
		{"zero days", "2025-01-31", 0, "2025-01-31"},
		{"into the next month", "2025-01-31", 1, "2025-02-01"},
		{"over a leap day", "2024-02-28", 2, "2024-03-01"},
		{"over the end of a common February", "2025-02-28", 1, "2025-03-01"},
		{"2100 has no leap day", "2100-02-28", 1, "2100-03-01"},
		{"2000 has a leap day", "2000-02-28", 1, "2000-02-29"},
		{"backwards over a year", "2025-01-01", -1, "2024-12-31"},
		{"a whole leap year", "2024-01-01", 366, "2025-01-01"},
		{"400 years are 146097 days", "2000-03-01", 146097, "2400-03-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, mustDate(tt.want), mustDate(tt.d).AddDays(tt.n))
			assert.Equal(t, tt.n, mustDate(tt.want).DaysSince(mustDate(tt.d)))
		})
	}
}

func TestAddMonths(t *testing.T) {
	// Regulation 1182/71 art. 3(2)(c): the same date, or the
	// month's last day when that date does not exist.
	tests := []struct {
		name string
		d    string
		n    int
		want string
	}{
		{"31 January to 28 February in a common year", "2025-01-31", 1, "2025-02-28"},
		{"31 January to 29 February in a leap year", "2024-01-31", 1, "2024-02-29"},
		{"31 January 2100 to 28 February (2100 is not leap)", "2100-01-31", 1, "2100-02-28"},
		{"31 January 2000 to 29 February (2000 is leap)", "2000-01-31", 1, "2000-02-29"},
		{"31 March to 30 April", "2025-03-31", 1, "2025-04-30"},
		{"30 April to 30 May, not 31 May", "2025-04-30", 1, "2025-05-30"},
		{"December into January", "2025-12-15", 1, "2026-01-15"},
		{"zero months", "2025-01-31", 0, "2025-01-31"},
		{"three months from 31 January", "2025-01-31", 3, "2025-04-30"},
		{"twelve months from a leap day", "2024-02-29", 12, "2025-02-28"},
		{"48 months from a leap day", "2024-02-29", 48, "2028-02-29"},
		{"backwards into February", "2025-03-31", -1, "2025-02-28"},
		{"backwards over a year", "2025-01-15", -13, "2023-12-15"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, mustDate(tt.want), mustDate(tt.d).AddMonths(tt.n))
		})
	}
	t.Run("an invalid date is normalised first", func(t *testing.T) {
		// 2025-02-30 is taken as 2025-03-02.
		assert.Equal(t, mustDate("2025-04-02"), Date{2025, time.February, 30}.AddMonths(1))
	})
}

func TestCompare(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want int
	}{
		{"same day", "2025-01-31", "2025-01-31", 0},
		{"earlier year", "2024-12-31", "2025-01-01", -1},
		{"later month", "2025-02-01", "2025-01-31", 1},
		{"earlier day", "2025-02-01", "2025-02-02", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := mustDate(tt.a), mustDate(tt.b)
			assert.Equal(t, tt.want, a.Compare(b))
			assert.Equal(t, -tt.want, b.Compare(a))
			assert.Equal(t, tt.want < 0, a.Before(b))
			assert.Equal(t, tt.want > 0, a.After(b))
		})
	}
}

func TestWeekday(t *testing.T) {
	tests := []struct {
		d    string
		want time.Weekday
	}{
		{"1970-01-01", time.Thursday},
		{"2025-04-20", time.Sunday}, // Easter Sunday 2025
		{"2025-12-24", time.Wednesday},
		{"2100-02-28", time.Sunday},
		{"0001-01-01", time.Monday},
	}
	for _, tt := range tests {
		t.Run(tt.d, func(t *testing.T) {
			assert.Equal(t, tt.want, mustDate(tt.d).Weekday())
		})
	}
}

func TestString(t *testing.T) {
	tests := []struct {
		name string
		d    Date
		want string
	}{
		{"ordinary date", Date{2025, time.February, 28}, "2025-02-28"},
		{"small year is padded", Date{12, time.March, 4}, "0012-03-04"},
		{"zero value", Date{}, "0000-00-00"},
		{"five-digit year", Date{10000, time.January, 1}, "10000-01-01"},
		{"negative fields", Date{-5, -1, -2}, "-0005--01--02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.d.String())
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Date
		wantErr bool
	}{
		{"ordinary date", "2025-01-31", Date{2025, time.January, 31}, false},
		{"leap day", "2024-02-29", Date{2024, time.February, 29}, false},
		{"first year", "0001-01-01", Date{1, time.January, 1}, false},
		{"last day", "9999-12-31", Date{9999, time.December, 31}, false},
		{"30 February does not exist", "2025-02-30", Date{}, true},
		{"29 February in a common year", "2025-02-29", Date{}, true},
		{"2100 is not leap", "2100-02-29", Date{}, true},
		{"month without zero padding", "2025-2-01", Date{}, true},
		{"month and day without padding", "2025-2-1", Date{}, true},
		{"month 13", "2025-13-01", Date{}, true},
		{"month 00", "2025-00-10", Date{}, true},
		{"day 00", "2025-01-00", Date{}, true},
		{"year 0000", "0000-01-01", Date{}, true},
		{"extra text after", "2025-01-31T00:00", Date{}, true},
		{"trailing space", "2025-01-31 ", Date{}, true},
		{"leading space", " 2025-01-31", Date{}, true},
		{"plus sign", "+2025-01-31", Date{}, true},
		{"minus sign in year", "-025-01-31", Date{}, true},
		{"sign in month", "2025-+1-31", Date{}, true},
		{"slashes", "2025/01/31", Date{}, true},
		{"compact form", "20250131", Date{}, true},
		{"non-ASCII digits", "２０２５-01-31", Date{}, true},
		{"empty", "", Date{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if tt.wantErr {
				require.Error(t, err)
				assert.True(t, errors.Is(err, ErrInvalidDate), "error %v does not wrap ErrInvalidDate", err)
				assert.Contains(t, err.Error(), "calendar: ")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.in, got.String(), "round trip")
		})
	}
	t.Run("long input is cut in the error", func(t *testing.T) {
		_, err := ParseDate(strings.Repeat("9", 1000))
		require.Error(t, err)
		assert.Less(t, len(err.Error()), 120)
	})
}

func TestDateMethodsDoNotAllocate(t *testing.T) {
	d := mustDate("2025-01-31")
	allocs := testing.AllocsPerRun(100, func() {
		_ = d.AddMonths(1).AddDays(3).Weekday()
		_ = d.Compare(d.AddDays(1))
		_ = d.DaysSince(Date{2000, 1, 1})
		_ = d.Start()
		_ = d.End()
		_ = DateOf(time.Unix(1738300000, 0))
	})
	assert.Zero(t, allocs)
}
