package calendar

import (
	"errors"
	"testing"
	"time"
)

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"2025-01-31", "2024-02-29", "2025-02-29", "2025-2-1", "0000-01-01", "9999-12-31",
		"+2025-01-31", "2025-01-31x", "", "2025-13-01", "２０２５-01-31", "2025-01-3\x00",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if !errors.Is(err, ErrInvalidDate) {
				t.Fatalf("ParseDate(%q): error %v does not wrap ErrInvalidDate", s, err)
			}
			if d != (Date{}) {
				t.Fatalf("ParseDate(%q): got %v with an error, want the zero Date", s, d)
			}
			return
		}
		if !d.Valid() {
			t.Fatalf("ParseDate(%q) = %v, which is not valid", s, d)
		}
		if got := d.String(); got != s {
			t.Fatalf("ParseDate(%q).String() = %q, want the input back", s, got)
		}
	})
}

func FuzzPeriod(f *testing.F) {
	f.Add(int64(1738324800), 1, uint8(Months), uint8(0)) // 2025-01-31 12:00 UTC
	f.Add(int64(1742465700), 1, uint8(Months), uint8(ChristmasEve))
	f.Add(int64(1761440400), 3, uint8(Days), uint8(AllOptionalDays)) // autumn DST switch 2025
	f.Add(int64(0), 0, uint8(Weeks), uint8(0))
	f.Add(int64(-5000000000), -3, uint8(Years), uint8(0)) // before the offset table
	f.Add(int64(9000000000), 1200, uint8(Months), uint8(MayDay))
	f.Fuzz(func(t *testing.T, unix int64, n int, unit uint8, optional uint8) {
		// Instants from year 1 to 9000 and lengths up to 1000 years, so the
		// deadline stays within what time.Time can represent.
		const lo, hi = -62135596800, 221845392000 // 0001-01-01, 9000-01-01
		if unix < lo || unix >= hi {
			unix = lo + (unix%(hi-lo)+(hi-lo))%(hi-lo)
		}
		n %= 12001
		u := Unit(unit%4) + Days
		cal := New(OptionalDays(optional))
		received := time.Unix(unix, 0)
		got := cal.Period(received, n, u)
		if !cal.IsWorkingDay(got.Day) {
			t.Fatalf("Period(%v, %d, %v) = %v, not a working day", received, n, u, got.Day)
		}
		if got.Day.Before(DateOf(received)) {
			t.Fatalf("Period(%v, %d, %v) = %v, before the day of receipt", received, n, u, got.Day)
		}
		if !got.Expires.Equal(got.Day.End()) {
			t.Fatalf("Period(%v, %d, %v): Expires %v, want Day.End() %v", received, n, u, got.Expires, got.Day.End())
		}
		if DateOf(got.Expires) != got.Day.AddDays(1) || DateOf(got.Expires.Add(-time.Nanosecond)) != got.Day {
			t.Fatalf("Period(%v, %d, %v): Expires %v is not the end of %v", received, n, u, got.Expires, got.Day)
		}
	})
}
