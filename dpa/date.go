package dpa

import (
	"strconv"
	"time"

	"github.com/dkgdpr/gdpr"
	"golang.org/x/text/language"
)

// Language tags for building findings in both languages. Read-only.
var (
	daTag = language.Danish
	enTag = language.English
)

// today returns the calendar day of now in Europe/Copenhagen: the day every
// check of the package is evaluated on.
func today(now time.Time) gdpr.Date { return gdpr.DateOf(now) }

// validDate reports whether d is a real calendar day from year 1 to 9999.
func validDate(d gdpr.Date) bool { return d.Valid() }

// checkDate adds a problem at path when d is not a real day, or when it is
// zero and required.
func checkDate(ps *gdpr.Problems, path string, d gdpr.Date, required bool) {
	switch {
	case d.IsZero():
		if required {
			ps.Add(path, gdpr.CodeRequired, "a date is required")
		}
	case !validDate(d):
		ps.Add(path, gdpr.CodeMalformed, "not a calendar date between year 1 and 9999")
	}
}

// checkOrder adds a problem at path when both dates are set and later is
// before earlier.
func checkOrder(ps *gdpr.Problems, path string, earlier, later gdpr.Date, msg string) {
	if !earlier.IsZero() && !later.IsZero() && later.Before(earlier) {
		ps.Add(path, gdpr.CodeOrder, msg)
	}
}

// addDays returns the day n days after d. It counts whole days and is not
// moved by weekends or holidays: the package's periods (notice periods,
// objection windows) are terms of agreements, not procedural time limits.
func addDays(d gdpr.Date, n int) gdpr.Date { return d.AddDays(n) }

// addMonths returns the day n months after d, or the last day of that
// month when it has no such day (31 January + 1 month is 28 or 29
// February), as Regulation 1182/71 art. 3(2)(c) counts months; never
// time.AddDate, which would give 3 March.
func addMonths(d gdpr.Date, n int) gdpr.Date { return d.AddMonths(n) }

// daysBetween returns the number of days from a to b (negative when b is
// before a).
func daysBetween(a, b gdpr.Date) int { return b.DaysSince(a) }

// formatDate formats d as YYYY-MM-DD, or "-" for the zero value.
func formatDate(d gdpr.Date) string {
	if d.IsZero() {
		return "-"
	}
	return d.String()
}

// indexPath returns "name[i]".
func indexPath(name string, i int) string { return name + "[" + strconv.Itoa(i) + "]" }
