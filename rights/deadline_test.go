package rights_test

import (
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/calendar"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var cph = calendar.Copenhagen()

// at is a wall-clock time in Copenhagen.
func at(y int, m time.Month, d, hh, mm int) time.Time { return time.Date(y, m, d, hh, mm, 0, 0, cph) }

func day(y int, m time.Month, d int) gdpr.Date { return gdpr.Date{Year: y, Month: m, Day: d} }

// endOf is the instant the day ends in Copenhagen, by the time package.
func endOf(d gdpr.Date) time.Time { return time.Date(d.Year, d.Month, d.Day+1, 0, 0, 0, 0, cph) }

// The one-month deadline without extension, Regulation 1182/71 and GDPR art. 12(3); Regulation
// 1182/71 art. 3; GDPR art. 12(3).
func TestDeadlineOneMonth(t *testing.T) {
	tests := []struct {
		name     string
		received time.Time
		want     gdpr.Date
	}{
		// The worked examples of Regulation 1182/71.
		{"Regulation 1182/71: 31 January to 28 February (art. 3(2)(c): the date does not exist)", at(2025, 1, 31, 10, 0), day(2025, 2, 28)},
		{"Regulation 1182/71: leap year, 31 January to 29 February", at(2024, 1, 31, 10, 0), day(2024, 2, 29)},
		{"Regulation 1182/71: 20 April is Easter Sunday, 21 April Easter Monday", at(2025, 3, 20, 10, 0), day(2025, 4, 22)},
		{"Regulation 1182/71: 24 December is not a public holiday", at(2025, 11, 24, 10, 0), day(2025, 12, 24)},
		{"Regulation 1182/71: 1 January is a holiday, moved to Friday 2 January", at(2025, 12, 1, 10, 0), day(2026, 1, 2)},
		// Month ends and leap years (art. 3(2)(c)).
		{"29 January to 28 February in a common year", at(2023, 1, 29, 9, 0), day(2023, 2, 28)},
		{"29 January to 29 February in a leap year", at(2024, 1, 29, 9, 0), day(2024, 2, 29)},
		{"28 February to 28 March, not the end of March", at(2025, 2, 28, 9, 0), day(2025, 3, 28)},
		{"30 April to 30 May", at(2025, 4, 30, 9, 0), day(2025, 5, 30)},
		{"31 March to 30 April", at(2025, 3, 31, 9, 0), day(2025, 4, 30)},
		{"2100 is not a leap year: 31 January to 28 February, a Sunday, moved to 1 March", at(2100, 1, 31, 9, 0), day(2100, 3, 1)}, // 28 Feb 2100 is a Sunday
		{"31 December to 31 January, a Saturday, moved to Monday", at(2025, 12, 31, 9, 0), day(2026, 2, 2)},
		// Easter (art. 3(4)).
		{"29 February 2024 to Good Friday 29 March, over Easter to Tuesday 2 April", at(2024, 2, 29, 9, 0), day(2024, 4, 2)},
		{"Maundy Thursday 2026 to Tuesday after Easter", at(2026, 3, 2, 10, 0), day(2026, 4, 7)},
		{"Easter Monday 2025 moved to Tuesday", at(2025, 3, 21, 9, 0), day(2025, 4, 22)},
		// Christmas.
		{"Christmas Day, Boxing Day and a weekend: 25 December 2025 to Monday 29 December", at(2025, 11, 25, 9, 0), day(2025, 12, 29)},
		{"31 December is not a public holiday", at(2025, 11, 30, 9, 0), day(2025, 12, 30)},
		// Whitsun and Ascension.
		{"Whit Sunday 8 June 2025 and Whit Monday to Tuesday 10 June", at(2025, 5, 8, 9, 0), day(2025, 6, 10)},
		{"Whit Monday 9 June 2025 to Tuesday", at(2025, 5, 9, 9, 0), day(2025, 6, 10)},
		{"Ascension Day 29 May 2025 to Friday 30 May (not a holiday by default)", at(2025, 4, 29, 9, 0), day(2025, 5, 30)},
		{"5 June 2025, Constitution Day, is not moved", at(2025, 5, 5, 9, 0), day(2025, 6, 5)},
		{"1 May 2026, a Friday, is not moved", at(2026, 4, 1, 9, 0), day(2026, 5, 1)},
		// Store Bededag (Easter + 26) until 2023 only.
		{"Store Bededag 5 May 2023 was a holiday: moved over the weekend to 8 May", at(2023, 4, 5, 9, 0), day(2023, 5, 8)},
		{"former Store Bededag 26 April 2024 is a working day", at(2024, 3, 26, 9, 0), day(2024, 4, 26)},
		{"former Store Bededag 16 May 2025 is a working day", at(2025, 4, 16, 9, 0), day(2025, 5, 16)},
		// Weekends and the time of receipt (Regulation 1182/71: receipt on a weekend or late at night counts from that date).
		{"received on a Saturday counts from the Saturday", at(2025, 2, 1, 11, 0), day(2025, 3, 3)},
		{"received 23:30 in Copenhagen counts from that day", at(2025, 1, 31, 23, 30), day(2025, 2, 28)},
		{"23:30 UTC on 31 January is 1 February in Copenhagen", time.Date(2025, 1, 31, 23, 30, 0, 0, time.UTC), day(2025, 3, 3)},
		{"a time in another zone counts by its Copenhagen day", time.Date(2025, 1, 31, 18, 0, 0, 0, time.FixedZone("EST", -5*3600)), day(2025, 3, 3)},
		// Daylight saving.
		{"received on the spring-forward day, 03:30 CEST", at(2025, 3, 30, 3, 30), day(2025, 4, 30)},
		{"deadline on the fall-back Sunday, moved to Monday 27 October", at(2025, 9, 26, 9, 0), day(2025, 10, 27)},
		{"received at 02:30 in the fall-back hour", time.Date(2025, 10, 26, 0, 30, 0, 0, time.UTC), day(2025, 11, 26)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := rights.Request{Kind: rights.Access, ReceivedAt: tc.received}
			got := r.Deadline()
			assert.Equal(t, tc.want, got.Day, "got %v, want %v", got.Day, tc.want)
			assert.True(t, got.Expires.Equal(endOf(tc.want)), "expires %v, want %v", got.Expires, endOf(tc.want))
			assert.Equal(t, got, rights.Policy{}.Deadline(r), "the zero Policy is the default")
			assert.Equal(t, got, rights.Policy{}.FirstMonth(r))
		})
	}
}

// The instant a deadline expires is 00:00 on the Copenhagen wall clock after
// the last day, whatever the offset (Regulation 1182/71 art. 3(2)).
func TestDeadlineExpiresAcrossDaylightSaving(t *testing.T) {
	tests := []struct {
		name     string
		received time.Time
		want     time.Time
	}{
		{"winter time: 28 February ends 23:00 UTC", at(2025, 1, 31, 9, 0), time.Date(2025, 2, 28, 23, 0, 0, 0, time.UTC)},
		{"summer time: 30 April ends 22:00 UTC", at(2025, 3, 30, 3, 30), time.Date(2025, 4, 30, 22, 0, 0, 0, time.UTC)},
		{"Monday after the fall-back Sunday ends 23:00 UTC", at(2025, 9, 26, 9, 0), time.Date(2025, 10, 27, 23, 0, 0, 0, time.UTC)},
		{"Friday before the spring-forward Sunday ends 23:00 UTC", at(2025, 2, 28, 9, 0), time.Date(2025, 3, 28, 23, 0, 0, 0, time.UTC)},
		{"Saturday 28 March 2026 moved to Monday 30 March, summer time", at(2026, 2, 28, 9, 0), time.Date(2026, 3, 30, 22, 0, 0, 0, time.UTC)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := rights.Request{Kind: rights.Access, ReceivedAt: tc.received}.Deadline()
			assert.True(t, got.Expires.Equal(tc.want), "got %v, want %v", got.Expires.UTC(), tc.want)
			assert.True(t, got.InTime(tc.want.Add(-time.Nanosecond)), "the last instant of the day is in time")
			assert.False(t, got.InTime(tc.want), "midnight is late")
		})
	}
}

// An extension by two further months, GDPR art. 12(3): three months from
// receipt by default, or the stricter chained reading (GDPR art. 12(3)).
func TestDeadlineExtension(t *testing.T) {
	tests := []struct {
		name           string
		received       time.Time
		notified       time.Time
		policy         rights.Policy
		defaultReading gdpr.Date
		chained        gdpr.Date
	}{
		{"GDPR art. 12(3): received 2025-01-31, 2025-04-30 by default, 2025-04-28 chained",
			at(2025, 1, 31, 10, 0), at(2025, 2, 20, 10, 0), rights.Policy{}, day(2025, 4, 30), day(2025, 4, 28)},
		{"31 January 2026: 30 April by default, 28 April chained",
			at(2026, 1, 31, 10, 0), at(2026, 2, 2, 10, 0), rights.Policy{}, day(2026, 4, 30), day(2026, 4, 28)},
		{"leap year: 31 January 2024 to 30 April by default, 29 April chained",
			at(2024, 1, 31, 10, 0), at(2024, 2, 2, 10, 0), rights.Policy{}, day(2024, 4, 30), day(2024, 4, 29)},
		{"three months end on Easter Sunday 2025, moved to Tuesday 22 April",
			at(2025, 1, 20, 10, 0), at(2025, 2, 3, 10, 0), rights.Policy{}, day(2025, 4, 22), day(2025, 4, 22)},
		{"31 May to 31 August, a Sunday; chained 30 August, a Saturday: both Monday 1 September",
			at(2025, 5, 31, 10, 0), at(2025, 6, 2, 10, 0), rights.Policy{}, day(2025, 9, 1), day(2025, 9, 1)},
		{"first month on a Saturday moved to Monday: the notice on that Monday is in time; three months end 1 May",
			at(2025, 2, 1, 10, 0), at(2025, 3, 3, 15, 0), rights.Policy{}, day(2025, 5, 1), day(2025, 5, 1)},
		{"1 May as a local closed day moves the extended deadline to 2 May",
			at(2025, 2, 1, 10, 0), at(2025, 3, 3, 15, 0), rights.Policy{ClosedDays: []rights.ClosedDay{rights.MayDay}}, day(2025, 5, 2), day(2025, 5, 2)},
		{"notice in the last minute of the first month",
			at(2025, 1, 31, 10, 0), at(2025, 2, 28, 23, 59), rights.Policy{}, day(2025, 4, 30), day(2025, 4, 28)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := rights.Request{Kind: rights.Access, ReceivedAt: tc.received,
				Extension: &rights.Extension{NotifiedAt: tc.notified, Reason: gdpr.NewPersonal("many documents in several systems")}}
			p := tc.policy
			got := p.Deadline(r)
			assert.Equal(t, tc.defaultReading, got.Day, "default reading: got %v, want %v", got.Day, tc.defaultReading)
			assert.True(t, got.Expires.Equal(endOf(tc.defaultReading)))
			if len(p.ClosedDays) == 0 {
				assert.Equal(t, got, r.Deadline())
			}
			p.ChainedExtension = true
			got = p.Deadline(r)
			assert.Equal(t, tc.chained, got.Day, "chained reading: got %v, want %v", got.Day, tc.chained)
			assert.True(t, got.Expires.Equal(endOf(tc.chained)))
			state := p.State(r, tc.notified)
			assert.True(t, state.Extended)
			assert.Equal(t, rights.Open, state.Status)
		})
	}
}

// An extension notified after the first month is invalid and does not move
// the deadline (GDPR art. 12(3); GDPR art. 12(3)).
func TestDeadlineExtensionNoticeLate(t *testing.T) {
	received := at(2025, 1, 31, 10, 0)
	tests := []struct {
		name     string
		notified time.Time
		want     gdpr.Date
		late     bool
	}{
		{"notified at 00:00 after the last day: too late", at(2025, 3, 1, 0, 0), day(2025, 2, 28), true},
		{"notified a week late", at(2025, 3, 7, 12, 0), day(2025, 2, 28), true},
		{"notified one nanosecond before midnight: in time", at(2025, 3, 1, 0, 0).Add(-time.Nanosecond), day(2025, 4, 30), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := rights.Request{Kind: rights.Erasure, ReceivedAt: received,
				Extension: &rights.Extension{NotifiedAt: tc.notified, Reason: gdpr.NewPersonal("complex")}}
			assert.Equal(t, tc.want, r.Deadline().Day)
			now := at(2025, 3, 10, 9, 0)
			s := r.State(now)
			if tc.late {
				assert.Equal(t, rights.ExtensionNoticeOverdue, s.Status)
				assert.False(t, s.Extended)
				assert.Contains(t, ruleIDs(r.Check(now)), "rights.extension_notice_late")
			} else {
				assert.Equal(t, rights.Open, s.Status)
				assert.True(t, s.Extended)
				assert.NotContains(t, ruleIDs(r.Check(now)), "rights.extension_notice_late")
			}
		})
	}
}

// Local closed days only ever give later deadlines (Regulation 1182/71).
func TestDeadlineLocalClosedDays(t *testing.T) {
	tests := []struct {
		name     string
		received time.Time
		policy   rights.Policy
		want     gdpr.Date
	}{
		{"24 December closed: Wednesday 24 December 2025 moves past Christmas to Monday 29",
			at(2025, 11, 24, 9, 0), rights.Policy{ClosedDays: []rights.ClosedDay{rights.ChristmasEve}}, day(2025, 12, 29)},
		{"5 June closed: Thursday 5 June 2025 moves to Friday",
			at(2025, 5, 5, 9, 0), rights.Policy{ClosedDays: []rights.ClosedDay{rights.ConstitutionDay}}, day(2025, 6, 6)},
		{"the Friday after Ascension closed: 30 May 2025 moves to Monday 2 June",
			at(2025, 4, 30, 9, 0), rights.Policy{ClosedDays: []rights.ClosedDay{rights.DayAfterAscension}}, day(2025, 6, 2)},
		{"a specific closed date",
			at(2025, 1, 31, 9, 0), rights.Policy{ClosedDates: []gdpr.Date{day(2025, 2, 28)}}, day(2025, 3, 3)},
		{"a closed date after a moved weekend",
			at(2025, 2, 1, 9, 0), rights.Policy{ClosedDates: []gdpr.Date{day(2025, 3, 3), day(2025, 3, 4)}}, day(2025, 3, 5)},
		{"an invalid closed date is ignored",
			at(2025, 1, 31, 9, 0), rights.Policy{ClosedDates: []gdpr.Date{{Year: 2025, Month: 2, Day: 30}}}, day(2025, 2, 28)},
		{"an invalid closed day is ignored",
			at(2025, 1, 31, 9, 0), rights.Policy{ClosedDays: []rights.ClosedDay{0, 42}}, day(2025, 2, 28)},
		{"every optional day, on a date none of them touches",
			at(2025, 1, 31, 9, 0), rights.Policy{ClosedDays: rights.ClosedDays()}, day(2025, 2, 28)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := rights.Request{Kind: rights.Access, ReceivedAt: tc.received}
			got := tc.policy.Deadline(r)
			assert.Equal(t, tc.want, got.Day, "got %v, want %v", got.Day, tc.want)
			assert.True(t, got.Expires.Equal(endOf(tc.want)))
			assert.False(t, got.Day.Before(r.Deadline().Day), "a local closed day never gives an earlier deadline")
		})
	}
}

// No receipt gives 31 December as the last day of one month (30 November
// + 1 month is 30 December), but a pause can: received Saturday 29
// November 2025, one month is Monday 29 December, and a two-day pause makes
// it Wednesday 31 December, a working day unless the authority closes it
// (Regulation 1182/71).
func TestDeadlineNewYearsEve(t *testing.T) {
	r := rights.Request{Kind: rights.Access, ReceivedAt: at(2025, 11, 29, 10, 0),
		Pauses: []rights.Pause{{From: at(2025, 12, 1, 9, 0), Until: at(2025, 12, 3, 9, 0), Reason: gdpr.NewPersonal("scope")}}}
	assert.Equal(t, day(2025, 12, 31), r.Deadline().Day)
	closed := rights.Policy{ClosedDays: []rights.ClosedDay{rights.NewYearsEve}}
	assert.Equal(t, day(2026, 1, 2), closed.Deadline(r).Day, "31 December closed and 1 January a holiday")
	assert.True(t, rights.Policy{}.IsWorkingDay(day(2025, 12, 31)))
	assert.False(t, closed.IsWorkingDay(day(2025, 12, 31)))
}

// A documented pause moves the deadline by the calendar days it lasted
// (GDPR art. 12(3): an explicit, recorded act, never automatic).
func TestDeadlinePauses(t *testing.T) {
	received := at(2025, 1, 31, 10, 0)
	tests := []struct {
		name   string
		pauses []rights.Pause
		want   gdpr.Date
	}{
		{"no pause", nil, day(2025, 2, 28)},
		{"a week from Monday 3 February to Monday 10 February: 28 February + 7 = Friday 7 March",
			[]rights.Pause{{From: at(2025, 2, 3, 10, 0), Until: at(2025, 2, 10, 9, 0), Reason: gdpr.NewPersonal("identity")}}, day(2025, 3, 7)},
		{"a pause within one day moves nothing",
			[]rights.Pause{{From: at(2025, 2, 3, 10, 0), Until: at(2025, 2, 3, 15, 0), Reason: gdpr.NewPersonal("identity")}}, day(2025, 2, 28)},
		{"two pauses add up: 1 + 2 days = Monday 3 March",
			[]rights.Pause{{From: at(2025, 2, 3, 10, 0), Until: at(2025, 2, 4, 9, 0), Reason: gdpr.NewPersonal("a")}, {From: at(2025, 2, 5, 10, 0), Until: at(2025, 2, 7, 9, 0), Reason: gdpr.NewPersonal("b")}}, day(2025, 3, 3)},
		// GDPR art. 12(3): a pause stops a running clock; after the deadline has
		// expired there is none to stop.
		{"a pause that begins after the deadline expired moves nothing",
			[]rights.Pause{{From: at(2025, 3, 1, 0, 0), Until: at(2025, 3, 20, 9, 0), Reason: gdpr.NewPersonal("identity")}}, day(2025, 2, 28)},
		{"a pause that begins in the last minute counts",
			[]rights.Pause{{From: at(2025, 2, 28, 23, 59), Until: at(2025, 3, 3, 9, 0), Reason: gdpr.NewPersonal("identity")}}, day(2025, 3, 3)},
		{"only the pauses that begin before the moved deadline count: 3 + 0 days",
			[]rights.Pause{{From: at(2025, 2, 25, 9, 0), Until: at(2025, 2, 28, 9, 0), Reason: gdpr.NewPersonal("a")}, {From: at(2025, 3, 4, 9, 0), Until: at(2025, 3, 10, 9, 0), Reason: gdpr.NewPersonal("b")}}, day(2025, 3, 3)},
		{"a running pause does not count until it ends",
			[]rights.Pause{{From: at(2025, 2, 3, 10, 0), Reason: gdpr.NewPersonal("identity")}}, day(2025, 2, 28)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := rights.Request{Kind: rights.Access, ReceivedAt: received, Pauses: tc.pauses}
			assert.Equal(t, tc.want, r.Deadline().Day)
		})
	}
	t.Run("a running pause counts up to now in the state", func(t *testing.T) {
		r := rights.Request{Kind: rights.Access, ReceivedAt: received,
			Pauses: []rights.Pause{{From: at(2025, 2, 3, 10, 0), Reason: gdpr.NewPersonal("identity")}}}
		s := r.State(at(2025, 2, 6, 12, 0))
		assert.Equal(t, rights.Paused, s.Status)
		assert.Equal(t, 3, s.PausedDays)
		assert.Equal(t, day(2025, 3, 3), s.Deadline.Day, "28 February + 3 days is Monday 3 March")
		before := r.State(at(2025, 2, 2, 12, 0))
		assert.Equal(t, rights.Open, before.Status, "a pause recorded later has not begun")
		assert.Zero(t, before.PausedDays)
	})
	t.Run("the extension is counted from the paused deadline", func(t *testing.T) {
		r := rights.Request{Kind: rights.Access, ReceivedAt: received,
			Pauses:    []rights.Pause{{From: at(2025, 2, 3, 10, 0), Until: at(2025, 2, 10, 9, 0), Reason: gdpr.NewPersonal("identity")}},
			Extension: &rights.Extension{NotifiedAt: at(2025, 3, 5, 10, 0), Reason: gdpr.NewPersonal("complex")}}
		assert.Equal(t, day(2025, 3, 7), rights.Policy{}.FirstMonth(r).Day)
		assert.Equal(t, day(2025, 5, 7), r.Deadline().Day, "30 April + 7 days")
		assert.Equal(t, day(2025, 5, 5), rights.Policy{ChainedExtension: true}.Deadline(r).Day, "28 April + 7 days")
	})
}

func TestDeadlineWithoutReceipt(t *testing.T) {
	r := rights.Request{Kind: rights.Access}
	assert.True(t, r.Deadline().IsZero())
	assert.Empty(t, r.Deadline().String())
	s := r.State(at(2025, 3, 1, 0, 0))
	assert.Equal(t, rights.Open, s.Status)
	assert.True(t, s.Deadline.IsZero())
	assert.Zero(t, s.WorkingDaysLeft)
}

func TestDeadlineString(t *testing.T) {
	d := rights.Request{Kind: rights.Access, ReceivedAt: at(2025, 1, 31, 9, 0)}.Deadline()
	assert.Equal(t, "2025-02-28", d.String())
	require.False(t, d.IsZero())
}

// No input makes Deadline panic, however far off its times are.
func TestDeadlineExtremeTimes(t *testing.T) {
	for _, received := range []time.Time{
		time.Date(1, 1, 1, 0, 0, 0, 1, time.UTC),
		time.Date(9999, 12, 31, 23, 0, 0, 0, time.UTC),
		time.Unix(1<<40, 0),
		time.Unix(-1<<40, 0),
	} {
		r := rights.Request{Kind: rights.Access, ReceivedAt: received,
			Extension: &rights.Extension{NotifiedAt: received, Reason: gdpr.NewPersonal("x")},
			Pauses:    []rights.Pause{{From: received, Until: received.Add(1000 * time.Hour), Reason: gdpr.NewPersonal("x")}}}
		assert.NotPanics(t, func() {
			_ = r.Deadline()
			_ = rights.Policy{ChainedExtension: true, ClosedDays: rights.ClosedDays()}.Deadline(r)
			_ = r.State(time.Unix(1<<41, 0))
			_ = r.State(time.Unix(-1<<41, 0))
		}, "received %v", received)
	}
}

func ruleIDs(fs []gdpr.Finding) []string {
	ids := make([]string, len(fs))
	for i, f := range fs {
		ids[i] = f.Rule
	}
	return ids
}

// Under the official calendar a request with neither an extension nor a
// pause takes the calendar's one-month period (Regulation 1182/71 art.
// 3(2)(c) and 3(4)); any other calendar works the month out day by day.
// The two agree, to the instant's representation, wherever a closed date
// far away makes no difference: in State, Deadline and FirstMonth, for
// every day of the years the calendar's tables cover and some outside.
func TestOneMonthShortcutAgreesWithThePlan(t *testing.T) {
	official := rights.Policy{}
	elsewhere := rights.Policy{ClosedDates: []gdpr.Date{day(9990, 1, 2)}}
	check := func(received time.Time) {
		r := rights.Request{Kind: rights.Access, ReceivedAt: received}
		for _, now := range []time.Time{received.Add(24 * time.Hour), received.Add(90 * 24 * time.Hour)} {
			if got, want := official.State(r, now), elsewhere.State(r, now); got != want {
				require.Failf(t, "State", "received %v, now %v: got %+v, want %+v", received, now, got, want)
			}
		}
		if got, want := official.Deadline(r), elsewhere.Deadline(r); got != want {
			require.Failf(t, "Deadline", "received %v: got %+v, want %+v", received, got, want)
		}
		if got, want := official.FirstMonth(r), elsewhere.FirstMonth(r); got != want {
			require.Failf(t, "FirstMonth", "received %v: got %+v, want %+v", received, got, want)
		}
	}
	for d := at(1895, 1, 1, 12, 0); d.Year() < 2205; d = d.AddDate(0, 0, 1) {
		if d.Year() >= 2015 && d.Year() < 2040 || d.Day()%5 == 0 {
			check(d)
			check(time.Date(d.Year(), d.Month(), d.Day(), 23, 59, 0, 0, cph))
		}
	}
	for _, d := range []time.Time{at(1, 1, 1, 12, 0), at(1700, 3, 1, 12, 0), at(2500, 1, 31, 12, 0), at(9998, 11, 30, 23, 59)} {
		check(d)
	}
}
