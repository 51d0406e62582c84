package ropa

import (
	"fmt"
	"strconv"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// PeriodUnit is the unit of a [Period]. The zero value means "not set".
type PeriodUnit uint8

// The values of PeriodUnit.
const (
	Days   PeriodUnit = iota + 1 // days: D in ISO 8601
	Months                       // months: M in ISO 8601
	Years                        // years: Y in ISO 8601
)

var periodUnitDef = enum.Def[PeriodUnit]{
	Type: "PeriodUnit",
	Kind: "ropa: period unit",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Days:   {Code: "days", Da: "dage", En: "days"},
		Months: {Code: "months", Da: "måneder", En: "months"},
		Years:  {Code: "years", Da: "år", En: "years"},
	},
}

// PeriodUnits returns days, months and years, in a fresh slice.
func PeriodUnits() []PeriodUnit { return []PeriodUnit{Days, Months, Years} }

// maxPeriodCount bounds a period's count, so that date arithmetic cannot
// overflow: 9999 years is beyond any erasure time limit.
const maxPeriodCount = 9999

// Period is a length of time in one unit: 5 years, 6 months, 30 days. It is
// used for erasure time limits and review intervals. The zero value means
// "no period"; any other value needs a count from 1 to 9999 and a valid
// unit.
//
// Its text form (and so its JSON) is the ISO 8601 duration with one
// component, "P5Y", "P6M" or "P30D", which java.time.Period and .NET's
// XmlConvert read; the zero value is "".
type Period struct {
	Count int        // how many units, from 1
	Unit  PeriodUnit // days, months or years
}

// IsZero reports whether p is the zero value (no period).
func (p Period) IsZero() bool { return p == Period{} }

// Valid reports whether p is a period: a count from 1 to 9999 and a valid
// unit. The zero value is not valid.
func (p Period) Valid() bool {
	return p.Count >= 1 && p.Count <= maxPeriodCount && p.Unit.Valid()
}

var periodLetters = [...]byte{0, 'D', 'M', 'Y'}

// String returns the ISO 8601 form ("P5Y"), "" for the zero value, or
// "Period(count, unit)" for an invalid period.
func (p Period) String() string {
	if p.IsZero() {
		return ""
	}
	if !p.Valid() {
		return "Period(" + strconv.Itoa(p.Count) + ", " + p.Unit.String() + ")"
	}
	return "P" + strconv.Itoa(p.Count) + string(periodLetters[p.Unit])
}

var periodSingular = [...]gdpr.Text{{}, {Da: "dag", En: "day"}, {Da: "måned", En: "month"}, {Da: "år", En: "year"}}

// Label returns the period in words: "5 år", "1 måned" in Danish, "5
// years", "1 month" in English; "" for the zero value.
func (p Period) Label(tag language.Tag) string {
	switch {
	case p.IsZero():
		return ""
	case !p.Valid():
		return p.String()
	case p.Count == 1:
		return "1 " + periodSingular[p.Unit].In(tag)
	}
	return strconv.Itoa(p.Count) + " " + p.Unit.Label(tag)
}

// ParsePeriod parses the ISO 8601 form with one component: "P5Y", "P6M",
// "P30D" (the letters in either case). "" gives the zero value. Anything
// else, a count of 0 or above 9999 included, is an error wrapping
// [ErrMalformedPeriod].
func ParsePeriod(s string) (Period, error) {
	if s == "" {
		return Period{}, nil
	}
	bad := func(why string) (Period, error) {
		return Period{}, fmt.Errorf("%w %s: %s", ErrMalformedPeriod, enum.Quote(s), why)
	}
	if len(s) < 3 || (s[0] != 'P' && s[0] != 'p') {
		return bad("want P, a count and Y, M or D, as in \"P5Y\"")
	}
	digits := s[1 : len(s)-1]
	if len(digits) > 4 {
		return bad("count above 9999")
	}
	n := 0
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return bad("want P, a count and Y, M or D, as in \"P5Y\"")
		}
		n = n*10 + int(digits[i]-'0')
	}
	var u PeriodUnit
	switch s[len(s)-1] {
	case 'Y', 'y':
		u = Years
	case 'M', 'm':
		u = Months
	case 'D', 'd':
		u = Days
	default:
		return bad("want the unit Y, M or D")
	}
	if n < 1 {
		return bad("count must be at least 1")
	}
	return Period{Count: n, Unit: u}, nil
}

// MarshalText encodes p in its ISO 8601 form; an invalid period is an
// error.
func (p Period) MarshalText() ([]byte, error) {
	if !p.IsZero() && !p.Valid() {
		return nil, fmt.Errorf("%w: cannot encode %s", ErrMalformedPeriod, p.String())
	}
	return []byte(p.String()), nil
}

// UnmarshalText decodes the ISO 8601 form as [ParsePeriod] does.
func (p *Period) UnmarshalText(b []byte) (err error) {
	*p, err = ParsePeriod(string(b))
	return err
}

// End returns the last day of the period that starts with the event on
// start: the day of the event is not counted, a period in months or years
// ends on the same day of the month, or on the last day of the month when
// that day does not exist there (Regulation 1182/71 art. 3(1), 3(2)(c);
// Regulation 1182/71). An erasure time limit is not a procedural time limit, so the
// end is not moved off a weekend or a public holiday. A zero start or an
// invalid period gives the zero date.
func (p Period) End(start gdpr.Date) gdpr.Date {
	if start.IsZero() || !p.Valid() || !start.Valid() {
		return gdpr.Date{}
	}
	var end gdpr.Date
	switch p.Unit {
	case Days:
		end = start.AddDays(p.Count)
	case Months:
		end = start.AddMonths(p.Count)
	default:
		end = start.AddMonths(12 * p.Count)
	}
	if !end.Valid() {
		return gdpr.Date{} // beyond the year 9999
	}
	return end
}
