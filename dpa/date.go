package dpa

import (
	"strconv"

	"github.com/dkgdpr/gdpr"
	"golang.org/x/text/language"
)

// Language tags for building findings in both languages. Read-only.
var (
	daTag = language.Danish
	enTag = language.English
)

// checkDate adds a problem at path when d is not a real day, or when it is
// zero and required.
func checkDate(ps *gdpr.Problems, path string, d gdpr.Date, required bool) {
	switch {
	case d.IsZero():
		if required {
			ps.Add(path, gdpr.CodeRequired, "a date is required")
		}
	case !d.Valid():
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

// formatDate formats d as YYYY-MM-DD, or "-" for the zero value.
func formatDate(d gdpr.Date) string {
	if d.IsZero() {
		return "-"
	}
	return d.String()
}

// indexPath returns "name[i]".
func indexPath(name string, i int) string { return name + "[" + strconv.Itoa(i) + "]" }
