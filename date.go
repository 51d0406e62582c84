package gdpr

import (
	"time"
)

// Date is a civil calendar date (year, month, day) without a time or a zone,
// modelled on Google's civil.Date. Deadlines, review dates and the validity
// of adequacy decisions are dates; instants are time.Time. The zero value is
// "no date" and is not valid.
type Date struct {
	Year  int        // year, e.g. 2025
	Month time.Month // month of the year, January = 1
	Day   int        // day of the month, from 1
}

// Compare returns -1 if d is before o, 0 if they are the same day, +1 if d
// is after o.
func (d Date) Compare(o Date) int {
	switch {
	case d.Year != o.Year:
		return cmpInt(d.Year, o.Year)
	case d.Month != o.Month:
		return cmpInt(int(d.Month), int(o.Month))
	}
	return cmpInt(d.Day, o.Day)
}

// Before reports whether d is before o.
func (d Date) Before(o Date) bool { return d.Compare(o) < 0 }

// After reports whether d is after o.
func (d Date) After(o Date) bool { return d.Compare(o) > 0 }

// IsZero reports whether d is the zero value (no date).
func (d Date) IsZero() bool { return d == Date{} }

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
