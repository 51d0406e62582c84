package rights_test

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/calendar"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The status of a request at an instant (GDPR art. 12(3); GDPR art. 12(3) and
// (4)). Received Friday 31 January 2025: the deadline is Friday 28
// February, which expires at 00:00 on 1 March in Copenhagen.
func TestState(t *testing.T) {
	received := at(2025, 1, 31, 10, 0)
	answer := func(when time.Time, o rights.Outcome, g ...rights.Ground) *rights.Answer {
		return &rights.Answer{At: when, Outcome: o, Grounds: g, ComplaintNotice: o.Refuses()}
	}
	ext := func(when time.Time) *rights.Extension {
		return &rights.Extension{NotifiedAt: when, Reason: gdpr.NewPersonal("complex")}
	}
	partly := func(refused, granted time.Time) *rights.Answer {
		return &rights.Answer{At: granted, RefusedAt: refused, Outcome: rights.PartlyGranted, Grounds: []rights.Ground{rights.PrivateInterests}, ComplaintNotice: true}
	}
	tests := []struct {
		name     string
		req      rights.Request
		now      time.Time
		status   rights.Status
		deadline gdpr.Date
		extended bool
		left     time.Duration
		workdays int
	}{
		{name: "open, three weeks left: 14 working days after Monday 10 February",
			now: at(2025, 2, 10, 9, 0), status: rights.Open, deadline: day(2025, 2, 28), left: 18*24*time.Hour + 15*time.Hour, workdays: 14},
		{name: "open on the last day: 0 working days left, 12 hours",
			now: at(2025, 2, 28, 12, 0), status: rights.Open, deadline: day(2025, 2, 28), left: 12 * time.Hour},
		{name: "on the working day before the last day: 1",
			now: at(2025, 2, 27, 12, 0), status: rights.Open, deadline: day(2025, 2, 28), left: 36 * time.Hour, workdays: 1},
		{name: "at midnight the deadline has expired (Regulation 1182/71 art. 3(2))",
			now: at(2025, 3, 1, 0, 0), status: rights.Overdue, deadline: day(2025, 2, 28), left: 0, workdays: 0},
		{name: "overdue on the Monday after: -1 working day",
			now: at(2025, 3, 3, 9, 0), status: rights.Overdue, deadline: day(2025, 2, 28), left: -(2*24*time.Hour + 9*time.Hour), workdays: -1},
		{name: "answered in the last minute",
			req: rights.Request{Answer: answer(at(2025, 2, 28, 23, 59), rights.Granted)}, now: at(2025, 3, 10, 9, 0),
			status: rights.AnsweredInTime, deadline: day(2025, 2, 28)},
		{name: "answered at midnight is late",
			req: rights.Request{Answer: answer(at(2025, 3, 1, 0, 0), rights.Granted)}, now: at(2025, 3, 10, 9, 0),
			status: rights.AnsweredLate, deadline: day(2025, 2, 28)},
		{name: "partly granted in time counts as answered",
			req: rights.Request{Answer: answer(at(2025, 2, 20, 9, 0), rights.PartlyGranted, rights.PrivateInterests)}, now: at(2025, 3, 10, 9, 0),
			status: rights.AnsweredInTime, deadline: day(2025, 2, 28)},
		{name: "refused in time (art. 12(4): a refusal is due within the month)",
			req: rights.Request{Answer: answer(at(2025, 2, 20, 9, 0), rights.Refused, rights.Excessive)}, now: at(2025, 3, 10, 9, 0),
			status: rights.RefusedInTime, deadline: day(2025, 2, 28)},
		{name: "refused late",
			req: rights.Request{Answer: answer(at(2025, 3, 3, 9, 0), rights.Refused, rights.Excessive)}, now: at(2025, 3, 10, 9, 0),
			status: rights.RefusedLate, deadline: day(2025, 2, 28)},
		{name: "an answer recorded after now has not happened yet",
			req: rights.Request{Answer: answer(at(2025, 2, 25, 9, 0), rights.Granted)}, now: at(2025, 2, 24, 9, 0),
			status: rights.Open, deadline: day(2025, 2, 28), left: 4*24*time.Hour + 15*time.Hour, workdays: 4},
		{name: "withdrawn",
			req: rights.Request{WithdrawnAt: at(2025, 2, 5, 9, 0)}, now: at(2025, 3, 10, 9, 0),
			status: rights.Withdrawn, deadline: day(2025, 2, 28)},
		{name: "a withdrawal after now has not happened yet",
			req: rights.Request{WithdrawnAt: at(2025, 2, 25, 9, 0)}, now: at(2025, 2, 24, 9, 0),
			status: rights.Open, deadline: day(2025, 2, 28), left: 4*24*time.Hour + 15*time.Hour, workdays: 4},
		{name: "extended: open after the first month",
			req: rights.Request{Extension: ext(at(2025, 2, 20, 9, 0))}, now: at(2025, 4, 29, 9, 0),
			status: rights.Open, deadline: day(2025, 4, 30), extended: true, left: 24*time.Hour + 15*time.Hour, workdays: 1},
		{name: "extended and overdue",
			req: rights.Request{Extension: ext(at(2025, 2, 20, 9, 0))}, now: at(2025, 5, 2, 9, 0),
			status: rights.Overdue, deadline: day(2025, 4, 30), extended: true, left: -(33 * time.Hour), workdays: -2},
		{name: "extension notified after the first month: overdue, extension notice overdue",
			req: rights.Request{Extension: ext(at(2025, 3, 4, 9, 0))}, now: at(2025, 3, 5, 9, 0),
			status: rights.ExtensionNoticeOverdue, deadline: day(2025, 2, 28), left: -(4*24*time.Hour + 9*time.Hour), workdays: -3},
		{name: "an extension notice recorded after now does not yet extend",
			req: rights.Request{Extension: ext(at(2025, 2, 20, 9, 0))}, now: at(2025, 2, 19, 9, 0),
			status: rights.Open, deadline: day(2025, 2, 28), left: 9*24*time.Hour + 15*time.Hour, workdays: 7},
		{name: "paused past the deadline is still paused",
			req: rights.Request{Pauses: []rights.Pause{{From: at(2025, 2, 25, 9, 0), Reason: gdpr.NewPersonal("identity")}}}, now: at(2025, 3, 4, 9, 0),
			status: rights.Paused, deadline: day(2025, 3, 7), left: 3*24*time.Hour + 15*time.Hour, workdays: 3},
		// GDPR art. 12(4): a refusal is due "at the latest within one month of
		// receipt"; the extension of art. 12(3) is for providing information
		// on action taken and does not move it (GDPR art. 12(3) and (4);
		// EDPB Guidelines 01/2022 on the right of access).
		{name: "refused in full after a valid extension but after the first month: late (art. 12(4))",
			req: rights.Request{Extension: ext(at(2025, 2, 20, 9, 0)), Answer: answer(at(2025, 3, 10, 9, 0), rights.Refused, rights.Excessive)}, now: at(2025, 3, 20, 9, 0),
			status: rights.RefusedLate, deadline: day(2025, 2, 28), extended: true},
		{name: "refused in full after a valid extension within the first month: in time (art. 12(4))",
			req: rights.Request{Extension: ext(at(2025, 2, 20, 9, 0)), Answer: answer(at(2025, 2, 27, 9, 0), rights.Refused, rights.Excessive)}, now: at(2025, 3, 20, 9, 0),
			status: rights.RefusedInTime, deadline: day(2025, 2, 28), extended: true},
		// GDPR art. 12(4): a refusal "in whole or in part" is due within one
		// month, extension or not; the grant has the extended deadline.
		{name: "partly granted after the first month under a valid extension: the partial refusal sent with it is late (art. 12(4))",
			req: rights.Request{Extension: ext(at(2025, 2, 20, 9, 0)), Answer: answer(at(2025, 3, 10, 9, 0), rights.PartlyGranted, rights.PrivateInterests)}, now: at(2025, 3, 20, 9, 0),
			status: rights.AnsweredLate, deadline: day(2025, 4, 30), extended: true},
		{name: "a partial refusal within the first month and the grant within the extension: each in time (art. 12(3), (4))",
			req: rights.Request{Extension: ext(at(2025, 2, 20, 9, 0)), Answer: partly(at(2025, 2, 25, 9, 0), at(2025, 4, 10, 9, 0))}, now: at(2025, 4, 20, 9, 0),
			status: rights.AnsweredInTime, deadline: day(2025, 4, 30), extended: true},
		{name: "a partial refusal after the first month, the grant in time: late (art. 12(4))",
			req: rights.Request{Extension: ext(at(2025, 2, 20, 9, 0)), Answer: partly(at(2025, 3, 3, 9, 0), at(2025, 4, 10, 9, 0))}, now: at(2025, 4, 20, 9, 0),
			status: rights.AnsweredLate, deadline: day(2025, 4, 30), extended: true},
		{name: "a partial refusal in time, the grant after the extended deadline: late (art. 12(3))",
			req: rights.Request{Extension: ext(at(2025, 2, 20, 9, 0)), Answer: partly(at(2025, 2, 25, 9, 0), at(2025, 5, 2, 9, 0))}, now: at(2025, 5, 20, 9, 0),
			status: rights.AnsweredLate, deadline: day(2025, 4, 30), extended: true},
		{name: "a partial refusal sent, the grant still to come: open until the grant",
			req: rights.Request{Extension: ext(at(2025, 2, 20, 9, 0)), Answer: partly(at(2025, 2, 25, 9, 0), at(2025, 4, 10, 9, 0))}, now: at(2025, 3, 20, 9, 0),
			status: rights.Open, deadline: day(2025, 4, 30), extended: true, left: 998 * time.Hour, workdays: 26},
		// GDPR art. 12(3): a documented pause stops a running clock. Once the
		// deadline has expired there is no clock to stop: a pause that begins
		// after that moves nothing and does not undo the overdue status.
		{name: "a pause that begins after the deadline expired moves nothing",
			req: rights.Request{Pauses: []rights.Pause{{From: at(2025, 3, 3, 9, 0), Until: at(2025, 3, 31, 9, 0), Reason: gdpr.NewPersonal("identity")}}}, now: at(2025, 3, 10, 9, 0),
			status: rights.Overdue, deadline: day(2025, 2, 28), left: -(9*24*time.Hour + 9*time.Hour), workdays: -6},
		{name: "a running pause that began after the deadline expired is not a pause of the clock",
			req: rights.Request{Pauses: []rights.Pause{{From: at(2025, 3, 3, 9, 0), Reason: gdpr.NewPersonal("identity")}}}, now: at(2025, 3, 10, 9, 0),
			status: rights.Overdue, deadline: day(2025, 2, 28), left: -(9*24*time.Hour + 9*time.Hour), workdays: -6},
		{name: "a pause that has ended moves the deadline; open again",
			req: rights.Request{Pauses: []rights.Pause{{From: at(2025, 2, 25, 9, 0), Until: at(2025, 2, 27, 9, 0), Reason: gdpr.NewPersonal("identity")}}}, now: at(2025, 3, 1, 9, 0),
			status: rights.Open, deadline: day(2025, 3, 3), left: 2*24*time.Hour + 15*time.Hour, workdays: 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.req
			r.Kind, r.ReceivedAt = rights.Access, received
			s := r.State(tc.now)
			assert.Equal(t, tc.status, s.Status, "got %v, want %v", s.Status, tc.status)
			assert.Equal(t, tc.deadline, s.Deadline.Day)
			assert.Equal(t, tc.extended, s.Extended)
			assert.Equal(t, tc.left, s.Left)
			assert.Equal(t, tc.workdays, s.WorkingDaysLeft)
			assert.Equal(t, s, rights.Policy{}.State(r, tc.now))
		})
	}
}

// WorkingDaysLeft is counted in time proportional to the years spanned, not
// the days; it must agree with counting day by day under every policy.
func TestWorkingDaysLeftAgreesWithCountingDays(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	policies := []rights.Policy{
		{},
		{ClosedDays: rights.ClosedDays()},
		{ClosedDays: []rights.ClosedDay{rights.ChristmasEve, rights.MayDay}},
		{ClosedDates: []gdpr.Date{day(2025, 5, 2), day(2025, 5, 2), day(2024, 12, 24), day(2025, 6, 5), day(2026, 3, 7), day(2025, 4, 18)}},
		{ClosedDays: []rights.ClosedDay{rights.ConstitutionDay, rights.DayAfterAscension}, ClosedDates: []gdpr.Date{day(2025, 6, 5), day(2025, 5, 30), day(2025, 11, 14)}},
	}
	base := at(2022, 1, 1, 0, 0)
	for i := 0; i < 3000; i++ {
		p := policies[i%len(policies)]
		received := base.Add(time.Duration(rng.Int64N(int64(5 * 365 * 24 * time.Hour))))
		now := received.Add(time.Duration(rng.Int64N(int64(3*365*24*time.Hour))) - 365*24*time.Hour)
		r := rights.Request{Kind: rights.Access, ReceivedAt: received}
		s := p.State(r, now)
		if s.Status.Closed() {
			continue
		}
		today, last := gdpr.Date(calendar.DateOf(now)), s.Deadline.Day
		want := 0
		if !last.Before(today) {
			for d := calendar.Date(today).AddDays(1); !gdpr.Date(d).After(last); d = d.AddDays(1) {
				if p.IsWorkingDay(gdpr.Date(d)) {
					want++
				}
			}
		} else {
			for d := calendar.Date(last).AddDays(1); !gdpr.Date(d).After(today); d = d.AddDays(1) {
				if p.IsWorkingDay(gdpr.Date(d)) {
					want--
				}
			}
		}
		require.Equal(t, want, s.WorkingDaysLeft, "policy %d, today %v, last %v", i%len(policies), today, last)
	}
}

func TestPolicyValidate(t *testing.T) {
	tests := []struct {
		name   string
		policy rights.Policy
		paths  []string
	}{
		{"zero value", rights.Policy{}, nil},
		{"every optional day and a date", rights.Policy{ChainedExtension: true, ClosedDays: rights.ClosedDays(), ClosedDates: []gdpr.Date{day(2025, 5, 2)}}, nil},
		{"unknown and repeated closed days", rights.Policy{ClosedDays: []rights.ClosedDay{0, rights.MayDay, rights.MayDay, 9}}, []string{"closedDays[0]", "closedDays[2]", "closedDays[3]"}},
		{"dates that do not exist", rights.Policy{ClosedDates: []gdpr.Date{{}, {Year: 2025, Month: 2, Day: 29}, day(2024, 2, 29)}}, []string{"closedDates[0]", "closedDates[1]"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.policy.Validate()
			if tc.paths == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, rights.ErrInvalidPolicy)
			require.ErrorIs(t, err, gdpr.ErrInvalid)
			assert.Equal(t, tc.paths, problemPaths(t, err))
		})
	}
}
