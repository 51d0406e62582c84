package gdpr

import (
	"database/sql/driver"
	"time"

	"github.com/dkgdpr/gdpr/internal/calendar"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Date is a civil calendar date (year, month, day) without a time or a zone,
// modelled on Google's civil.Date. Deadlines, review dates and the validity
// of adequacy decisions are dates; instants are time.Time. Where a date is
// derived from an instant or turned into one, the day is the day in
// Europe/Copenhagen, loaded from tzdata embedded in this module, so a host
// without zoneinfo files gets the same answer. The zero value is "no date"
// and is not valid.
//
// Date encodes as "2006-01-02" in text, JSON and database/sql; the zero
// value encodes as "" (and as null in JSON when the field is a pointer or
// marked omitzero).
type Date struct {
	Year  int        // year, e.g. 2025
	Month time.Month // month of the year, January = 1
	Day   int        // day of the month, from 1
}

func (d Date) cal() calendar.Date { return calendar.Date(d) }

// DateOf returns the day of t in Europe/Copenhagen, whatever t's location:
// 2025-01-31 23:30 UTC is 2025-02-01 in Copenhagen.
func DateOf(t time.Time) Date { return Date(calendar.DateOf(t)) }

// ParseDate parses a date in the form 2006-01-02 and rejects dates that do
// not exist (2025-02-29) and any other form.
func ParseDate(s string) (Date, error) {
	d, err := calendar.ParseDate(s)
	if err != nil {
		return Date{}, invalidf(CodeMalformed, "malformed date %s", enum.Quote(s))
	}
	return Date(d), nil
}

// MustParseDate is ParseDate for literals in tests and examples; it panics
// on a malformed date.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// String formats d as 2006-01-02; the zero date formats as "".
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.cal().String()
}

// Valid reports whether d is a real date of the Gregorian calendar in the
// years 1 to 9999.
func (d Date) Valid() bool { return d.cal().Valid() }

// IsZero reports whether d is the zero value (no date).
func (d Date) IsZero() bool { return d == Date{} }

// Compare returns -1 if d is before o, 0 if they are the same day, +1 if d
// is after o.
func (d Date) Compare(o Date) int { return d.cal().Compare(o.cal()) }

// Before reports whether d is before o.
func (d Date) Before(o Date) bool { return d.Compare(o) < 0 }

// After reports whether d is after o.
func (d Date) After(o Date) bool { return d.Compare(o) > 0 }

// AddDays returns the date n days after d (before, for negative n).
func (d Date) AddDays(n int) Date { return Date(d.cal().AddDays(n)) }

// AddMonths returns the same day n months later, clamped to the last day of
// a shorter month (2025-01-31 plus one month is 2025-02-28), never the
// overflow of time.AddDate.
func (d Date) AddMonths(n int) Date { return Date(d.cal().AddMonths(n)) }

// DaysSince returns the number of days from o to d (negative when d is
// before o).
func (d Date) DaysSince(o Date) int { return d.cal().DaysSince(o.cal()) }

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday { return d.cal().Weekday() }

// Start returns the instant d begins: 00:00 in Europe/Copenhagen.
func (d Date) Start() time.Time { return d.cal().Start() }

// End returns the instant d ends: 00:00 of the next day in
// Europe/Copenhagen. Something done at or after End is done after d.
func (d Date) End() time.Time { return d.cal().End() }

// MarshalText encodes d as 2006-01-02, the zero date as "". An invalid date
// is an error.
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return []byte{}, nil
	}
	if !d.Valid() {
		return nil, invalidf(CodeOutOfRange, "cannot encode invalid date %d-%d-%d", d.Year, d.Month, d.Day)
	}
	return []byte(d.String()), nil
}

// UnmarshalText decodes 2006-01-02; empty text decodes as the zero date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	p, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// Scan implements sql.Scanner for a date stored as "2006-01-02" text or in
// a DATE column. Drivers deliver a DATE as a time.Time at midnight in some
// location (often UTC), so a time.Time is read as the year, month and day it
// shows in its own location, not converted to Copenhagen; a year outside
// 1-9999, which could not be encoded again, is an error.
func (d *Date) Scan(src any) error {
	if t, ok := src.(time.Time); ok {
		p := Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}
		if !p.Valid() {
			// Accepted, it could not be encoded again.
			return invalidf(CodeOutOfRange, "cannot scan a date outside the years 1-9999")
		}
		*d = p
		return nil
	}
	return enum.ScanText(src, "gdpr: date", d.UnmarshalText, ErrInvalid)
}

// Value implements driver.Valuer: the date as 2006-01-02 text, or NULL.
func (d Date) Value() (driver.Value, error) { return enum.TextValue(d.MarshalText) }
