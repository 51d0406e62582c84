package gdprtest_test

import (
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/stretchr/testify/assert"
)

func TestNamedInstants(t *testing.T) {
	tests := []struct {
		name    string
		at      func() time.Time
		utc     string // the instant in UTC
		local   string // the wall clock in Copenhagen
		weekday time.Weekday
	}{
		{"Now: the tour's now", gdprtest.Now, "2026-03-02T09:00:00Z", "2026-03-02 10:00 CET", time.Monday},
		{"SpringForward: 02:00 CET became 03:00 CEST", gdprtest.SpringForward, "2025-03-30T01:00:00Z", "2025-03-30 03:00 CEST", time.Sunday},
		{"FallBack: 03:00 CEST became 02:00 CET", gdprtest.FallBack, "2025-10-26T01:00:00Z", "2025-10-26 02:00 CET", time.Sunday},
		{"Easter: Easter Sunday 2025", gdprtest.Easter, "2025-04-20T10:00:00Z", "2025-04-20 12:00 CEST", time.Sunday},
		{"ChristmasEve", gdprtest.ChristmasEve, "2025-12-24T11:00:00Z", "2025-12-24 12:00 CET", time.Wednesday},
		{"Christmas: Christmas Day", gdprtest.Christmas, "2025-12-25T11:00:00Z", "2025-12-25 12:00 CET", time.Thursday},
		{"NewYear: still 31 December in UTC", gdprtest.NewYear, "2025-12-31T23:00:00Z", "2026-01-01 00:00 CET", time.Thursday},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			at := tc.at()
			assert.Equal(t, tc.utc, at.UTC().Format(time.RFC3339))
			assert.Equal(t, tc.local, at.Format("2006-01-02 15:04 MST"))
			assert.Equal(t, "Europe/Copenhagen", at.Location().String())
			assert.Equal(t, tc.weekday, gdpr.DateOf(at).Weekday())
			assert.True(t, at.Equal(tc.at()), "the same instant every call")
		})
	}
}

func TestDaylightSavingChanges(t *testing.T) {
	offset := func(at time.Time) int { _, off := at.Zone(); return off / 3600 }
	spring, fall := gdprtest.SpringForward(), gdprtest.FallBack()
	assert.Equal(t, 1, offset(spring.Add(-time.Nanosecond)), "CET before the spring change")
	assert.Equal(t, 2, offset(spring), "CEST from it")
	assert.Equal(t, 2, offset(fall.Add(-time.Nanosecond)), "CEST before the autumn change")
	assert.Equal(t, 1, offset(fall), "CET from it")
	assert.Equal(t, "01:59", spring.Add(-time.Minute).Format("15:04"), "02:00-02:59 does not exist")
	assert.Equal(t, "02:59", fall.Add(-time.Minute).Format("15:04"), "02:00-02:59 happens twice")

	// GDPR art. 33(1): aware 2025-03-28 14:30 +01:00, due 2025-03-31 15:30
	// +02:00, 72 hours of elapsed time across the spring change.
	aware := time.Date(2025, time.March, 28, 14, 30, 0, 0, gdprtest.Copenhagen())
	due := aware.Add(72 * time.Hour)
	assert.True(t, aware.Before(spring) && due.After(spring))
	assert.Equal(t, "2025-03-31 15:30 +02:00", due.Format("2006-01-02 15:04 -07:00"))
	gdprtest.DeadlineOn(t, due, "2025-03-31")
}

// TestDocumentedDeadlines checks the deadlines the named instants' docs
// promise, with rights.Request.Deadline (GDPR art. 12(3); Regulation 1182/71).
func TestDocumentedDeadlines(t *testing.T) {
	tests := []struct {
		name     string
		received time.Time
		due      string
	}{
		{"Easter: received 20 March 2025, due after Easter Monday", time.Date(2025, time.March, 20, 9, 0, 0, 0, gdprtest.Copenhagen()), "2025-04-22"},
		{"Easter: the month ends on Maundy Thursday", time.Date(2025, time.March, 17, 9, 0, 0, 0, gdprtest.Copenhagen()), "2025-04-22"},
		{"Christmas Eve is not moved", time.Date(2025, time.November, 24, 9, 0, 0, 0, gdprtest.Copenhagen()), "2025-12-24"},
		{"Christmas Day moves to Monday 29 December", time.Date(2025, time.November, 25, 9, 0, 0, 0, gdprtest.Copenhagen()), "2025-12-29"},
		{"Boxing Day moves to Monday 29 December", time.Date(2025, time.November, 26, 9, 0, 0, 0, gdprtest.Copenhagen()), "2025-12-29"},
		{"a Sunday after Christmas moves to Monday 29 December", time.Date(2025, time.November, 28, 9, 0, 0, 0, gdprtest.Copenhagen()), "2025-12-29"},
		{"New Year's Day moves to 2 January", time.Date(2025, time.December, 1, 9, 0, 0, 0, gdprtest.Copenhagen()), "2026-01-02"},
		{"received at NewYear counts from 1 January, not from 31 December in UTC", gdprtest.NewYear(), "2026-02-02"},
		{"received on Easter Sunday", gdprtest.Easter(), "2025-05-20"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := rights.Request{Kind: rights.Access, ReceivedAt: tc.received}
			gdprtest.DeadlineOn(t, r.Deadline(), tc.due)
		})
	}
}
