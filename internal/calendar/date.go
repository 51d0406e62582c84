package calendar

import (
	"cmp"
	"fmt"
	"strconv"
	"time"
)

// Date is a civil calendar date (year, month, day) without a time or a zone,
// modelled on Google's civil.Date and in the proleptic Gregorian calendar.
// The zero value is "no date" and is not valid.
//
// Date has the same fields, in the same order, as the module's gdpr.Date, so
// the two convert into each other with a plain type conversion.
//
// Methods that do arithmetic (AddDays, AddMonths, Start, End, Weekday,
// DaysSince) accept a date that is not valid and normalise it first the way
// time.Date does: 2025-02-30 is taken as 2025-03-02, month 13 of 2024 as
// January 2025.
type Date struct {
	Year  int        // year, e.g. 2025
	Month time.Month // month of the year, January = 1
	Day   int        // day of the month, from 1
}

// Valid reports whether d is a real date of the Gregorian calendar with a
// year from 1 to 9999: 2024-02-29 is valid, 2025-02-29 and 2025-04-31 are
// not.
func (d Date) Valid() bool {
	return d.Year >= 1 && d.Year <= 9999 && d.real()
}

// real reports whether d's month and day exist, whatever its year.
func (d Date) real() bool {
	return d.Month >= time.January && d.Month <= time.December &&
		d.Day >= 1 && d.Day <= daysIn(d.Year, d.Month)
}

// IsZero reports whether d is the zero value (no date).
func (d Date) IsZero() bool { return d == Date{} }

// Compare returns -1 if d is before o, 0 if they are the same day, +1 if d
// is after o. It compares the fields (year, then month, then day), like
// gdpr.Date.Compare.
func (d Date) Compare(o Date) int {
	switch {
	case d.Year != o.Year:
		return cmp.Compare(d.Year, o.Year)
	case d.Month != o.Month:
		return cmp.Compare(d.Month, o.Month)
	}
	return cmp.Compare(d.Day, o.Day)
}

// Before reports whether d is before o.
func (d Date) Before(o Date) bool { return d.Compare(o) < 0 }

// After reports whether d is after o.
func (d Date) After(o Date) bool { return d.Compare(o) > 0 }

// AddDays returns the date n days after d (before d if n is negative), by
// day arithmetic: there are no month-length surprises.
func (d Date) AddDays(n int) Date { return fromOrdinal(d.ordinal() + n) }

// AddMonths returns the date n months after d (before d if n is negative)
// with the same day of the month, or the last day of the month when that
// day does not exist there: 2025-01-31 plus one month is 2025-02-28,
// 2024-01-31 plus one month is 2024-02-29. This is the rule of Regulation
// 1182/71 art. 3(2)(c) for months, unlike time.Time.AddDate, which would
// give 3 March.
func (d Date) AddMonths(n int) Date {
	if !d.real() {
		d = d.AddDays(0)
	}
	m := int(d.Month) - 1 + n
	y := d.Year + floorDiv(m, 12)
	mon := time.Month(floorMod(m, 12)) + 1
	return Date{y, mon, min(d.Day, daysIn(y, mon))}
}

// Weekday returns the day of the week of d.
func (d Date) Weekday() time.Weekday {
	// 1970-01-01, ordinal 0, was a Thursday.
	return time.Weekday(floorMod(d.ordinal()+int(time.Thursday), 7))
}

// DaysSince returns the number of days from o to d: positive if d is after
// o, 0 on the same day. d.DaysSince(o) == n exactly when o.AddDays(n) == d.
func (d Date) DaysSince(o Date) int { return d.ordinal() - o.ordinal() }

// String returns d in the ISO 8601 form YYYY-MM-DD, e.g. "2025-02-28".
func (d Date) String() string {
	var b [32]byte
	return string(d.appendTo(b[:0]))
}

func (d Date) appendTo(b []byte) []byte {
	b = appendPadded(b, d.Year, 4)
	b = append(b, '-')
	b = appendPadded(b, int(d.Month), 2)
	b = append(b, '-')
	return appendPadded(b, d.Day, 2)
}

// appendPadded appends v in decimal with leading zeros to at least width
// digits, after a minus sign if v is negative (only in invalid dates).
func appendPadded(b []byte, v, width int) []byte {
	u := uint64(v)
	if v < 0 {
		b = append(b, '-')
		u = -u // two's complement: also right for the most negative int
	}
	var tmp [20]byte
	digits := strconv.AppendUint(tmp[:0], u, 10)
	for i := len(digits); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, digits...)
}

// ParseDate parses a date in the strict form YYYY-MM-DD: four-digit year
// from 0001 to 9999, two-digit month and day, and a date that exists
// ("2025-02-30" and "2025-2-1" are errors, as are signs, spaces and any
// other text). The error wraps [ErrInvalidDate].
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, parseError(s, "want YYYY-MM-DD")
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, parseError(s, "want YYYY-MM-DD")
	}
	date := Date{y, time.Month(m), d}
	if !date.Valid() {
		return Date{}, parseError(s, "no such date")
	}
	return date, nil
}

// digits parses s, which must be ASCII digits only.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

func parseError(s, why string) error {
	const max = 40
	if len(s) > max {
		s = s[:max] + "..."
	}
	return fmt.Errorf("%w %q: %s", ErrInvalidDate, s, why)
}

// ordinal returns the number of days from 1970-01-01 to d, normalising d
// first as time.Date does.
func (d Date) ordinal() int {
	if uint(d.Month-1) < 12 && uint(d.Year+fastYears) < 2*fastYears && uint(d.Day+fastDays) < 2*fastDays {
		return fastOrdinal(d.Year, uint32(d.Month), d.Day)
	}
	return hinnantOrdinal(d)
}

// The dates that fastOrdinal and fastFromOrdinal handle: years within
// fastYears of year 0 and days within fastDays of the month (an invalid
// date such as 2025-01-400 is normalised too). Every valid date is within.
const (
	fastYears = 30000
	fastDays  = 1 << 20

	// fastShift is the number of 400-year eras added so that every day in
	// range has a positive day number that fits in 30 bits; fastBase is
	// then the day number of 1970-01-01.
	fastShift = 82
	fastBase  = 719468 + 146097*fastShift
)

// fastOrdinal is ordinal for a date in range, with the unsigned 32-bit
// arithmetic of Neri and Schneider ("Euclidean affine functions and their
// application to calendar algorithms", 2022), which compiles to
// multiplications and shifts.
func fastOrdinal(year int, month uint32, day int) int {
	y := uint32(year + 400*fastShift)
	if month <= 2 { // count years from March, so that the leap day is last
		y--
		month += 12
	}
	c := y / 100
	yearDays := 1461*y/4 - c + c/4
	monthDays := (979*month - 2919) / 32
	return int(yearDays+monthDays) + day - 1 - fastBase
}

// hinnantOrdinal is ordinal for any date, with Howard Hinnant's
// days_from_civil algorithm, exact for the proleptic Gregorian calendar.
func hinnantOrdinal(d Date) int {
	m := int(d.Month) - 1 // 0 = January
	y := d.Year + floorDiv(m, 12)
	m -= floorDiv(m, 12) * 12
	// Count years from March, so that the leap day is the last of the year.
	if m < 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400                       // [0, 399]
	doy := (153*((m+10)%12)+2)/5 + d.Day - 1 // from 1 March; Day may be out of range
	doe := yoe*365 + yoe/4 - yoe/100 + doy   // day of the 400-year era
	return era*146097 + doe - 719468         // 719468 days from 0000-03-01 to 1970-01-01
}

// fromOrdinal returns the date n days after 1970-01-01.
func fromOrdinal(n int) Date {
	if uint(n+fastBase) < 1<<30 {
		return fastFromOrdinal(uint32(n + fastBase))
	}
	return hinnantFromOrdinal(n)
}

// fastFromOrdinal is fromOrdinal for n, the days since 1970-01-01 plus
// fastBase, below 2^30 (Neri and Schneider's algorithm).
func fastFromOrdinal(n uint32) Date {
	n1 := 4*n + 3
	century := n1 / 146097
	nc := n1 % 146097 / 4
	p2 := uint64(2939745) * uint64(4*nc+3)
	yoc := uint32(p2 >> 32)         // year of the century
	doy := uint32(p2) / 2939745 / 4 // day of the year, from 1 March
	n3 := 2141*doy + 197913         // month and day in one
	y := int(100*century+yoc) - 400*fastShift
	m, d := n3>>16, (n3&0xFFFF)/2141+1
	if doy >= 306 { // January or February: the next civil year
		y++
		m -= 12
	}
	return Date{y, time.Month(m), int(d)}
}

// hinnantFromOrdinal is fromOrdinal for any n (Hinnant's civil_from_days).
func hinnantFromOrdinal(n int) Date {
	n += 719468
	era := floorDiv(n, 146097)
	doe := n - era*146097                                  // [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // [0, 399]
	doy := doe - (365*yoe + yoe/4 - yoe/100)               // [0, 365], from 1 March
	mp := (5*doy + 2) / 153                                // [0, 11], March = 0
	day := doy - (153*mp+2)/5 + 1
	m := mp + 3
	y := yoe + era*400
	if m > 12 {
		m -= 12
		y++
	}
	return Date{y, time.Month(m), day}
}

// isLeap reports whether year is a leap year of the Gregorian calendar.
func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// daysIn returns the number of days in month m (1-12) of year.
func daysIn(year int, m time.Month) int {
	if m == time.February {
		if isLeap(year) {
			return 29
		}
		return 28
	}
	return 30 + int((0x15AA>>uint(m))&1) // 31 for Jan, Mar, May, Jul, Aug, Oct, Dec
}

// floorDiv returns a/b rounded down, for b > 0. Written out for int and
// int64 (not generic) so that, inlined with a constant b, the division
// compiles to a multiplication.
func floorDiv(a, b int) int {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// floorDiv64 is floorDiv for int64.
func floorDiv64(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

// floorMod returns a modulo b in [0, b), for b > 0.
func floorMod(a, b int) int {
	r := a % b
	if r < 0 {
		r += b
	}
	return r
}
