package gdprtest

import (
	"fmt"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/rights"
)

// Deadline is what [DeadlineOn] accepts: a request's deadline, a civil
// date (a review date, a measure's due date, a supervision's), or an
// instant such as a breach's notification deadline, whose day is taken in
// Europe/Copenhagen.
type Deadline interface {
	rights.Deadline | gdpr.Date | time.Time
}

// DeadlineOn reports whether the deadline d falls on day, given as
// "2006-01-02", and otherwise marks the test failed with both days and
// their weekdays:
//
//	gdprtest.DeadlineOn(t, req.Deadline(), "2025-02-28")
//	gdprtest.DeadlineOn(t, inc.NotificationDeadline(), "2025-03-31")
//
// A rights.Deadline must also expire at the end of its day in Copenhagen.
// A zero deadline, date or instant falls on no day. A malformed day is an
// error in the test.
func DeadlineOn[D Deadline](t testing.TB, d D, day string) bool {
	t.Helper()
	want, err := gdpr.ParseDate(day)
	if err != nil {
		t.Errorf("DeadlineOn: malformed day %q, want the form 2006-01-02", day)
		return false
	}
	var got gdpr.Date
	var detail string
	switch v := any(d).(type) {
	case rights.Deadline:
		if v.IsZero() {
			t.Errorf("got no deadline, want %s", dayName(want))
			return false
		}
		got = v.Day
		if !v.Expires.Equal(v.Day.End()) {
			t.Errorf("deadline %s expires at %s, want the end of that day in Copenhagen, %s",
				v.Day, v.Expires.Format(time.RFC3339), v.Day.End().Format(time.RFC3339))
			return false
		}
	case gdpr.Date:
		if v.IsZero() {
			t.Errorf("got no date, want %s", dayName(want))
			return false
		}
		got = v
	case time.Time:
		if v.IsZero() {
			t.Errorf("got the zero time, want an instant on %s", dayName(want))
			return false
		}
		got = gdpr.DateOf(v)
		detail = fmt.Sprintf(" (%s in Copenhagen)", v.In(Copenhagen()).Format("2006-01-02 15:04 -07:00"))
	}
	if got != want {
		t.Errorf("deadline falls on %s%s, want %s", dayName(got), detail, dayName(want))
		return false
	}
	return true
}

// dayName formats d with its weekday: "2025-02-28 (Friday)".
func dayName(d gdpr.Date) string {
	if !d.Valid() {
		return fmt.Sprintf("%d-%02d-%02d (not a date)", d.Year, int(d.Month), d.Day)
	}
	return d.String() + " (" + d.Weekday().String() + ")"
}
