package gdprtest

import (
	"time"

	"github.com/dkgdpr/gdpr/internal/calendar"
)

// Copenhagen returns the Europe/Copenhagen location the library evaluates
// calendar rules in, loaded from the tzdata embedded in this module, so a
// test builds local instants the same way on a host without zoneinfo
// files: time.Date(2025, time.March, 28, 14, 30, 0, 0, gdprtest.Copenhagen()).
// Every call returns the same *time.Location.
func Copenhagen() *time.Location { return calendar.Copenhagen() }

// local returns the wall-clock time in Copenhagen.
func local(year int, month time.Month, day, hour, min int) time.Time {
	return time.Date(year, month, day, hour, min, 0, 0, Copenhagen())
}

// Now is the fixed clock of the samples: Monday 2 March 2026, 10:00 in
// Copenhagen (09:00 UTC). Every sample of this package validates and has
// no findings at Now; pass it wherever the library asks for now, and move
// it (Now().Add, AddDate) to test what happens later.
func Now() time.Time { return local(2026, time.March, 2, 10, 0) }

// SpringForward is the instant summer time began in Copenhagen in 2025:
// Sunday 30 March 2025, when the clocks went from 02:00 CET to 03:00 CEST
// (01:00 UTC). That day has 23 hours and no local time from 02:00 to
// 02:59. The 72 hours of a breach are elapsed time, so across it the wall
// clock shows 73 hours: aware 2025-03-28 14:30 +01:00 gives 2025-03-31
// 15:30 +02:00 (GDPR art. 33(1)).
func SpringForward() time.Time {
	return time.Date(2025, time.March, 30, 1, 0, 0, 0, time.UTC).In(Copenhagen())
}

// FallBack is the instant summer time ended in Copenhagen in 2025: Sunday
// 26 October 2025, when the clocks went from 03:00 CEST back to 02:00 CET
// (01:00 UTC). That day has 25 hours and every local time from 02:00 to
// 02:59 happens twice; across it the wall clock shows 71 hours for the 72
// of a breach.
func FallBack() time.Time {
	return time.Date(2025, time.October, 26, 1, 0, 0, 0, time.UTC).In(Copenhagen())
}

// Easter is noon on Easter Sunday, 20 April 2025, in Copenhagen. Maundy
// Thursday (17 April), Good Friday (18 April), Easter Sunday and Easter
// Monday (21 April) are Danish public holidays: with the weekend, no
// working day from Thursday to Monday. A period whose last day falls in
// them ends on Tuesday 22 April: a request received on 20 March 2025 is
// due on 22 April (GDPR art. 12(3); Regulation 1182/71 art. 3(4)). The 72
// hours of a breach run through them unmoved.
func Easter() time.Time { return local(2025, time.April, 20, 12, 0) }

// ChristmasEve is noon on 24 December 2025 in Copenhagen, a Wednesday.
// Christmas Eve is not a public holiday under Regulation 1182/71 as
// Denmark applies it: a deadline on it is not moved (received 2025-11-24,
// due 2025-12-24), unless a policy opts in to treat it as closed.
func ChristmasEve() time.Time { return local(2025, time.December, 24, 12, 0) }

// Christmas is noon on Christmas Day, Thursday 25 December 2025, in
// Copenhagen. 25 and 26 December are public holidays and the 27th and
// 28th a weekend: a period ending on any of them ends on Monday 29
// December.
func Christmas() time.Time { return local(2025, time.December, 25, 12, 0) }

// NewYear is the first instant of 2026 in Copenhagen: Thursday 1 January
// 2026, 00:00 CET, which is still 31 December 2025 in UTC (23:00). The day
// of an instant is taken in Copenhagen, so this is 1 January, a public
// holiday: a request received on 1 December 2025 is due on Friday 2
// January 2026 (Regulation 1182/71 art. 3(4)).
func NewYear() time.Time { return local(2026, time.January, 1, 0, 0) }
