package rights

import (
	"fmt"
	"strconv"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/calendar"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Policy is an authority's choices where the law leaves room. Its zero
// value is the default: an extended deadline is three months from receipt
// (GDPR art. 12(3)), only Saturdays, Sundays and the Danish public holidays
// are closed days (Regulation 1182/71 art. 3(4)), and the duty to inform
// has the legal limit of art. 14(3) only. The functions that depend on it
// are its methods ([Policy.Deadline], [Policy.State], [Policy.Check],
// [Policy.Review], [Policy.InformDue]); the plain forms
// ([Request.Deadline], [Request.State], [Request.Check], [Review],
// [Collection.InformDue]) use the zero Policy.
type Policy struct {
	// ChainedExtension selects the stricter reading of an extension (GDPR
	// art. 12(3)): two months counted from the unmoved last day of the
	// first month, and only the final day moved off a closed day. Received
	// 2025-01-31: the first month ends 2025-02-28, so the extension ends
	// 2025-04-28 rather than the default 2025-04-30.
	ChainedExtension bool `json:"chainedExtension,omitempty"`
	// ClosedDays are days that are not public holidays but that the
	// authority treats as closed, such as 24 and 31 December. A deadline on
	// a closed day moves to the next working day, so they only ever give
	// later deadlines: a local policy, off by default.
	ClosedDays []ClosedDay `json:"closedDays,omitempty"`
	// ClosedDates are specific dates the authority is closed, such as a
	// day its offices shut; they too only give later deadlines.
	ClosedDates []gdpr.Date `json:"closedDates,omitempty"`
	// LocalInformLimit turns on a local limit for the duty to inform of
	// art. 14(3), in days from obtaining the data, such as the municipal
	// DPIA template's 10 days. It never makes the deadline later than the
	// legal one. Off by default: only the legal limit applies.
	LocalInformLimit bool `json:"localInformLimit,omitempty"`
	// LocalInformDays is the local limit in days, from 1 to 31; 0 means
	// [TemplateInformDays].
	LocalInformDays int `json:"localInformDays,omitempty"`
}

// Validate reports every closed day or date that is not valid, as
// [gdpr.Problems] together with [ErrInvalidPolicy]. An invalid policy still
// works: the deadline methods ignore the entries Validate rejects.
func (p Policy) Validate() error {
	var ps gdpr.Problems
	var seen uint8
	for i, d := range p.ClosedDays {
		path := "closedDays[" + strconv.Itoa(i) + "]"
		switch {
		case !d.Valid():
			ps.Add(path, gdpr.CodeUnknown, "unknown closed day "+d.String())
		case seen&d.bit() != 0:
			ps.Add(path, gdpr.CodeDuplicate, "the closed day "+d.String()+" is given twice")
		}
		seen |= d.bit()
	}
	for i, d := range p.ClosedDates {
		path := "closedDates[" + strconv.Itoa(i) + "]"
		if !d.Valid() {
			ps.Add(path, gdpr.CodeMalformed, "not a valid date")
		}
	}
	if p.LocalInformDays < 0 || p.LocalInformDays > 31 {
		ps.Add("localInformDays", gdpr.CodeOutOfRange, "the local limit must be from 1 to 31 days, or 0 for the template's 10, and never later than one month: got "+strconv.Itoa(p.LocalInformDays))
	}
	if err := ps.Err(); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidPolicy, err)
	}
	return nil
}

// IsWorkingDay reports whether d is a working day under p: not a Saturday,
// Sunday, Danish public holiday or one of p's closed days or dates.
func (p Policy) IsWorkingDay(d gdpr.Date) bool {
	return p.calendar().IsWorkingDay(calendar.Date(d))
}

// optional returns p's closed days as the calendar's set.
func (p Policy) optional() calendar.OptionalDays {
	var o calendar.OptionalDays
	for _, d := range p.ClosedDays {
		o |= calendar.OptionalDays(d.bit())
	}
	return o
}

// calendar returns the calendar of p. It allocates only when p has closed
// dates.
func (p Policy) calendar() calendar.Calendar {
	if len(p.ClosedDays) == 0 && len(p.ClosedDates) == 0 {
		return calendar.Calendar{}
	}
	if len(p.ClosedDates) == 0 {
		return calendar.New(p.optional())
	}
	extra := make([]calendar.Date, len(p.ClosedDates))
	for i, d := range p.ClosedDates {
		extra[i] = calendar.Date(d)
	}
	return calendar.New(p.optional(), extra...)
}

// ClosedDay is a day that is not a Danish public holiday but that an
// authority may, as a local policy, treat as closed. The zero
// value means "not set".
type ClosedDay uint8

// The optional closed days.
const (
	ConstitutionDay   ClosedDay = iota + 1 // 5 June, Grundlovsdag
	ChristmasEve                           // 24 December, Juleaftensdag
	NewYearsEve                            // 31 December, Nytårsaftensdag
	MayDay                                 // 1 May
	DayAfterAscension                      // the Friday after Ascension Day, which many municipalities close
)

var closedDayDef = enum.Def[ClosedDay]{
	Type: "ClosedDay",
	Kind: "rights: closed day",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		ConstitutionDay:   {Code: "constitution_day", Da: "Grundlovsdag (5. juni)", En: "Constitution Day (5 June)"},
		ChristmasEve:      {Code: "christmas_eve", Da: "Juleaftensdag (24. december)", En: "Christmas Eve (24 December)"},
		NewYearsEve:       {Code: "new_years_eve", Da: "Nytårsaftensdag (31. december)", En: "New Year's Eve (31 December)"},
		MayDay:            {Code: "may_day", Da: "1. maj", En: "1 May"},
		DayAfterAscension: {Code: "day_after_ascension", Da: "Fredagen efter Kristi himmelfartsdag", En: "The Friday after Ascension Day"},
	},
}

// calendarBits maps each closed day to the calendar's set; the codes and
// the order are the calendar's.
var calendarBits = [...]calendar.OptionalDays{0, calendar.ConstitutionDay, calendar.ChristmasEve,
	calendar.NewYearsEve, calendar.MayDay, calendar.DayAfterAscension}

// bit returns d's bit in the calendar's set, 0 for an invalid day.
func (d ClosedDay) bit() uint8 {
	if !d.Valid() {
		return 0
	}
	return uint8(calendarBits[d])
}

// ClosedDays returns every optional closed day, in the order of the
// constants.
func ClosedDays() []ClosedDay {
	return []ClosedDay{ConstitutionDay, ChristmasEve, NewYearsEve, MayDay, DayAfterAscension}
}
