package rights

import (
	"database/sql/driver"
	"fmt"
	"strconv"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/calendar"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Policy is an authority's choices where the rules leave room (rules.md §4
// and §5). Its zero value is the default of rules.md: an extended deadline
// is three months from receipt, and only Saturdays, Sundays and the Danish
// public holidays are closed days. [Request.Deadline] uses the zero Policy;
// [Request.DeadlineUnder] and [Request.StateUnder] take a chosen one.
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
	// later deadlines: a local policy, off by default (rules.md §4).
	ClosedDays []ClosedDay `json:"closedDays,omitempty"`
	// ClosedDates are specific dates the authority is closed, such as a
	// day its offices shut; they too only give later deadlines.
	ClosedDates []gdpr.Date `json:"closedDates,omitempty"`
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
// authority may, as a local policy, treat as closed (rules.md §4). The zero
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

var closedDayCodes = [...]string{"", "constitution_day", "christmas_eve", "new_years_eve", "may_day", "day_after_ascension"}

var closedDayLabels = [...]gdpr.Text{
	{},
	{Da: "Grundlovsdag (5. juni)", En: "Constitution Day (5 June)"},
	{Da: "Juleaftensdag (24. december)", En: "Christmas Eve (24 December)"},
	{Da: "Nytårsaftensdag (31. december)", En: "New Year's Eve (31 December)"},
	{Da: "1. maj", En: "1 May"},
	{Da: "Fredagen efter Kristi himmelfartsdag", En: "The Friday after Ascension Day"},
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

// Valid reports whether d is one of the defined days.
func (d ClosedDay) Valid() bool { return enum.Valid(d, closedDayCodes[:]) }

// String returns the stable code ("christmas_eve"), or "ClosedDay(9)".
func (d ClosedDay) String() string { return enum.String(d, "ClosedDay", closedDayCodes[:]) }

// Label returns the Danish name of d, or the English one for an English tag.
func (d ClosedDay) Label(tag language.Tag) string {
	if !d.Valid() {
		return d.String()
	}
	return closedDayLabels[d].In(tag)
}

// ParseClosedDay parses a closed-day code; "" gives the zero value and an
// unknown code is an error wrapping [ErrUnknownCode].
func ParseClosedDay(code string) (ClosedDay, error) {
	return enum.Parse[ClosedDay](code, "rights: closed day", closedDayCodes[:], ErrUnknownCode)
}

// MarshalText encodes d as its code; the zero value encodes as "".
func (d ClosedDay) MarshalText() ([]byte, error) {
	return enum.Marshal(d, "rights: ClosedDay", closedDayCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (d *ClosedDay) UnmarshalText(b []byte) (err error) {
	*d, err = ParseClosedDay(string(b))
	return err
}

// Scan implements sql.Scanner.
func (d *ClosedDay) Scan(src any) error {
	return enum.Scan(d, src, "rights: closed day", closedDayCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer.
func (d ClosedDay) Value() (driver.Value, error) {
	return enum.Value(d, "rights: ClosedDay", closedDayCodes[:], ErrUnknownCode)
}
