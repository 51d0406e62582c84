package calendar

import "time"

// Holiday is a Danish public holiday on a given date, as counted for periods
// under Regulation 1182/71.
type Holiday struct {
	Date   Date   // the day of the holiday
	Name   string // Danish name, e.g. "2. påskedag"
	NameEn string // English name, e.g. "Easter Monday"
}

// The last year in which Store Bededag (General Prayer Day, Easter + 26) was
// a public holiday; the 2023 act abolishing it as a holiday (lov om
// afskaffelse af store bededag som helligdag) applies from 2024.
const lastStoreBededag = 2023

// easterHolidays are the holidays that move with Easter, as days after
// Easter Sunday, in date order.
var easterHolidays = [...]struct {
	offset       int
	name, nameEn string
}{
	{-3, "Skærtorsdag", "Maundy Thursday"},
	{-2, "Langfredag", "Good Friday"},
	{0, "Påskedag", "Easter Sunday"},
	{1, "2. påskedag", "Easter Monday"},
	{26, "Store bededag", "General Prayer Day"}, // up to and including 2023
	{39, "Kristi himmelfartsdag", "Ascension Day"},
	{49, "Pinsedag", "Whit Sunday"},
	{50, "2. pinsedag", "Whit Monday"},
}

const storeBededagOffset = 26

// Holidays returns the Danish public holidays of year in date order, in a
// fresh slice the caller may keep or change: 1 January, Maundy Thursday,
// Good Friday, Easter Sunday, Easter Monday, Store Bededag (only up to and
// including 2023), Ascension Day, Whit Sunday, Whit Monday, 25 and
// 26 December. 5 June, 24 December, 31 December and 1 May are not public
// holidays (see [OptionalDays] for treating them as closed). The list is
// applied to every year of the proleptic Gregorian calendar.
func Holidays(year int) []Holiday {
	h := make([]Holiday, 0, 11)
	h = append(h, Holiday{Date{year, time.January, 1}, "Nytårsdag", "New Year's Day"})
	easter := Easter(year)
	for _, e := range easterHolidays {
		if e.offset == storeBededagOffset && year > lastStoreBededag {
			continue
		}
		h = append(h, Holiday{easter.AddDays(e.offset), e.name, e.nameEn})
	}
	return append(h,
		Holiday{Date{year, time.December, 25}, "Juledag", "Christmas Day"},
		Holiday{Date{year, time.December, 26}, "2. juledag", "Boxing Day"},
	)
}

// Easter returns the date of Easter Sunday in year by the Gregorian computus
// (the "anonymous Gregorian algorithm", Meeus/Jones/Butcher), applied
// proleptically to every year. It is always between 22 March and 25 April.
func Easter(year int) Date {
	p := easterPos(year)
	if p <= 31 {
		return Date{year, time.March, p}
	}
	return Date{year, time.April, p - 31}
}

// easterPos returns Easter Sunday of year as a day of March: 22 is 22 March,
// 32 is 1 April. It reads the table for 1900-2200 and computes other years.
func easterPos(year int) int {
	if i := uint(year - easterFirst); i < uint(len(easterTable)) {
		return int(easterTable[i])
	}
	return computeEasterPos(year)
}

// computeEasterPos is the anonymous Gregorian algorithm with floored
// division, so it is defined for every int year.
func computeEasterPos(year int) int {
	a := floorMod(year, 19)
	b := floorDiv(year, 100)
	c := floorMod(year, 100)
	d, e := floorDiv(b, 4), floorMod(b, 4)
	f := floorDiv(b+8, 25)
	g := floorDiv(b-f+1, 3)
	h := floorMod(19*a+b-d-g+15, 30)
	i, k := c/4, c%4
	l := floorMod(32+2*e+2*i-h-k, 7)
	m := (a + 11*h + 22*l) / 451
	return h + l - 7*m + 22 // day of March; 114/31 and 114%31 in the usual form
}

const (
	easterFirst = 1900
	easterLast  = 2200
)

// easterTable holds easterPos for the years 1900 to 2200. It is written only
// here, at package initialisation.
var easterTable = func() (t [easterLast - easterFirst + 1]uint8) {
	for i := range t {
		t[i] = uint8(computeEasterPos(easterFirst + i))
	}
	return t
}()

// Bits of days after Easter Sunday, shifted by 3 (Maundy Thursday is bit 0),
// that are public holidays.
const (
	easterBits = 1<<(3-3) | 1<<(3-2) | 1<<(3+0) | 1<<(3+1) |
		1<<(3+39) | 1<<(3+49) | 1<<(3+50)
	storeBededagBit = 1 << (3 + storeBededagOffset)
)

// marchDay gives, for March to June, the day of March of the first of the
// month minus one (1 April is day 32 of March).
var marchDay = [...]int{time.March: 0, time.April: 31, time.May: 61, time.June: 92}

// daysAfterEaster returns how many days d (a real date in March to June) is
// after Easter Sunday of its year.
func daysAfterEaster(d Date) int {
	return marchDay[d.Month] + d.Day - easterPos(d.Year)
}

// IsHoliday reports whether d is a Danish public holiday (see [Holidays]).
// A date that does not exist (2025-02-30) is not a holiday. It does not
// allocate.
func IsHoliday(d Date) bool {
	switch d.Month {
	case time.January:
		return d.Day == 1
	case time.December:
		return d.Day == 25 || d.Day == 26
	case time.March, time.May:
		if d.Day < 1 || d.Day > 31 {
			return false
		}
	case time.April, time.June:
		if d.Day < 1 || d.Day > 30 {
			return false
		}
	default:
		return false
	}
	// Maundy Thursday is at least 19 March and Whit Monday at most 14 June.
	n := uint(daysAfterEaster(d) + 3)
	if n >= 64 {
		return false
	}
	bits := uint64(easterBits)
	if d.Year <= lastStoreBededag {
		bits |= storeBededagBit
	}
	return bits>>n&1 != 0
}
