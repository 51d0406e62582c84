package breach_test

import (
	"math"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr/breach"
	"github.com/dkgdpr/gdpr/internal/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// cph is Europe/Copenhagen from the module's embedded tzdata.
var cph = calendar.Copenhagen()

// at builds an instant from a Copenhagen wall-clock time with an explicit
// offset, e.g. at("2025-03-28T14:30:00+01:00").
func at(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	require.NoError(t, err)
	return v
}

func TestNotificationDeadline(t *testing.T) {
	tests := []struct {
		name  string
		aware string
		want  string // the deadline on Copenhagen's wall clock, with its offset
		wall  time.Duration
	}{
		{
			// GDPR art. 33: the wall clock shows 73 hours across the spring change.
			name:  "GDPR art. 33 example: across the change to summer time (wall clock 73 h)",
			aware: "2025-03-28T14:30:00+01:00", want: "2025-03-31T15:30:00+02:00", wall: 73 * time.Hour,
		},
		{
			name:  "across the change back to winter time (wall clock 71 h)",
			aware: "2025-10-24T10:00:00+02:00", want: "2025-10-27T09:00:00+01:00", wall: 71 * time.Hour,
		},
		{
			name:  "aware in the first 02:30 of the autumn overlap (+02:00)",
			aware: "2025-10-26T02:30:00+02:00", want: "2025-10-29T01:30:00+01:00", wall: 71 * time.Hour,
		},
		{
			name:  "aware in the second 02:30 of the autumn overlap (+01:00)",
			aware: "2025-10-26T02:30:00+01:00", want: "2025-10-29T02:30:00+01:00", wall: 72 * time.Hour,
		},
		{
			name:  "aware just after the spring gap",
			aware: "2025-03-30T03:00:00+02:00", want: "2025-04-02T03:00:00+02:00", wall: 72 * time.Hour,
		},
		{
			name:  "a weekend does not extend the hours (Friday to Monday)",
			aware: "2025-01-10T15:00:00+01:00", want: "2025-01-13T15:00:00+01:00", wall: 72 * time.Hour,
		},
		{
			// Regulation 1182/71 art. 3(4) moves day periods, not hours (Regulation 1182/71).
			name:  "Christmas holidays do not extend the hours",
			aware: "2025-12-23T16:00:00+01:00", want: "2025-12-26T16:00:00+01:00", wall: 72 * time.Hour,
		},
		{
			name:  "Easter holidays do not extend the hours (Maundy Thursday to Easter Sunday 2025)",
			aware: "2025-04-17T09:00:00+02:00", want: "2025-04-20T09:00:00+02:00", wall: 72 * time.Hour,
		},
		{
			name:  "aware at midnight",
			aware: "2025-06-01T00:00:00+02:00", want: "2025-06-04T00:00:00+02:00", wall: 72 * time.Hour,
		},
		{
			name:  "across New Year",
			aware: "2025-12-30T12:00:00+01:00", want: "2026-01-02T12:00:00+01:00", wall: 72 * time.Hour,
		},
		{
			name:  "a leap day counts as any day",
			aware: "2028-02-28T08:00:00+01:00", want: "2028-03-02T08:00:00+01:00", wall: 72 * time.Hour,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			aware := at(t, tc.aware)
			due := breach.Incident{AwareAt: aware}.NotificationDeadline()
			assert.Equal(t, 72*time.Hour, due.Sub(aware), "elapsed time")
			assert.Equal(t, tc.want, due.In(cph).Format(time.RFC3339), "deadline on the Copenhagen wall clock")
			aw, dw := aware.In(cph), due.In(cph)
			wallAware := time.Date(aw.Year(), aw.Month(), aw.Day(), aw.Hour(), aw.Minute(), 0, 0, time.UTC)
			wallDue := time.Date(dw.Year(), dw.Month(), dw.Day(), dw.Hour(), dw.Minute(), 0, 0, time.UTC)
			assert.Equal(t, tc.wall, wallDue.Sub(wallAware), "hours on the wall clock")
		})
	}
}

func TestNotificationDeadlineEveryHourOf2025(t *testing.T) {
	// Every hour of a year that has both daylight-saving changes: always 72
	// hours of elapsed time, and the same instant whatever the location of
	// AwareAt.
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, cph)
	for h := range 365 * 24 {
		aware := start.Add(time.Duration(h) * time.Hour)
		due := breach.Incident{AwareAt: aware}.NotificationDeadline()
		if got := due.Sub(aware); got != 72*time.Hour {
			t.Fatalf("aware %s: got %s, want 72h", aware, got)
		}
		utc := breach.Incident{AwareAt: aware.UTC()}.NotificationDeadline()
		if !utc.Equal(due) {
			t.Fatalf("aware %s: UTC gives %s, Copenhagen %s", aware, utc, due)
		}
	}
}

func TestNotificationDeadlineKeepsLocationAndZero(t *testing.T) {
	aware := time.Date(2025, 3, 28, 14, 30, 0, 0, cph)
	assert.Equal(t, cph, breach.Incident{AwareAt: aware}.NotificationDeadline().Location(), "keeps AwareAt's location")
	assert.True(t, breach.Incident{}.NotificationDeadline().IsZero(), "no awareness, no deadline")
	assert.Equal(t, 72*time.Hour, breach.NotificationWindow)
}

func TestStatus(t *testing.T) {
	aware := at(t, "2025-03-28T14:30:00+01:00")
	due := at(t, "2025-03-31T15:30:00+02:00")
	notified := func(offsets ...time.Duration) []breach.Notification {
		var ns []breach.Notification
		for i, o := range offsets {
			phase := breach.FollowUp
			if i == 0 {
				phase = breach.Initial
			}
			ns = append(ns, breach.Notification{Phase: phase, At: due.Add(o)})
		}
		return ns
	}
	tests := []struct {
		name          string
		notifications []breach.Notification
		now           time.Time
		want          breach.Status
		left          time.Duration
	}{
		{name: "just aware: 72 hours left", now: aware, want: breach.Running, left: 72 * time.Hour},
		{name: "one hour before the deadline", now: due.Add(-time.Hour), want: breach.Running, left: time.Hour},
		{name: "at the deadline itself: no time left but not overdue", now: due, want: breach.Running, left: 0},
		{name: "a nanosecond after the deadline: overdue", now: due.Add(time.Nanosecond), want: breach.Overdue, left: -time.Nanosecond},
		{name: "a day overdue", now: due.Add(24 * time.Hour), want: breach.Overdue, left: -24 * time.Hour},
		{name: "notified two hours before the deadline", notifications: notified(-2 * time.Hour), now: due.Add(48 * time.Hour), want: breach.NotifiedInTime, left: 2 * time.Hour},
		{name: "notified at the deadline itself: in time", notifications: notified(0), now: due.Add(time.Hour), want: breach.NotifiedInTime, left: 0},
		{name: "notified a minute late", notifications: notified(time.Minute), now: due.Add(time.Hour), want: breach.NotifiedLate, left: -time.Minute},
		{name: "a follow-up after the deadline does not make an initial notification in time late", notifications: notified(-time.Hour, 30*time.Hour), now: due.Add(40 * time.Hour), want: breach.NotifiedInTime, left: time.Hour},
		{name: "a notification recorded after now has not happened yet at now", notifications: notified(-time.Hour), now: aware, want: breach.Running, left: breach.NotificationWindow},
		{name: "an initial notification after now is ignored, so the clock is overdue at now", notifications: notified(2 * time.Hour), now: due.Add(time.Hour), want: breach.Overdue, left: -time.Hour},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			inc := breach.Incident{AwareAt: aware, Notifications: tc.notifications}
			s := inc.State(tc.now)
			assert.Equal(t, tc.want, s.Status, "got %s, want %s", s.Status, tc.want)
			assert.Equal(t, tc.left, s.Left)
			assert.True(t, s.Deadline.Equal(due))
			assert.Empty(t, s.Processors)
		})
	}
}

func TestStatusUsesEarliestNotification(t *testing.T) {
	aware := at(t, "2025-03-28T14:30:00+01:00")
	inc := breach.Incident{AwareAt: aware, Notifications: []breach.Notification{
		{Phase: breach.Initial, At: aware.Add(80 * time.Hour)},
		{Phase: breach.FollowUp}, // no instant: ignored
		{Phase: breach.FollowUp, At: aware.Add(10 * time.Hour)},
	}}
	s := inc.State(aware.Add(100 * time.Hour))
	assert.Equal(t, breach.NotifiedInTime, s.Status, "out-of-order records: the earliest instant counts")
	assert.True(t, s.NotifiedAt.Equal(aware.Add(10*time.Hour)))
}

func TestStatusWithoutAwareness(t *testing.T) {
	s := breach.Incident{}.State(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
	assert.Equal(t, breach.Status(0), s.Status)
	assert.False(t, s.Status.Valid())
	assert.Equal(t, "not started", s.String())
	assert.Contains(t, s.Describe(language.Danish), "tidspunktet for kendskab mangler")
}

func TestStatusProcessorChain(t *testing.T) {
	// GDPR art. 33(2): the processor tells the controller without undue
	// delay; the agreement may set a number of hours.
	sub := at(t, "2025-05-05T08:00:00+02:00")
	tests := []struct {
		name  string
		chain []breach.ProcessorNotice
		now   time.Time
		want  []breach.ProcessorStatus
	}{
		{
			name: "sub-processor within 24 h, processor too late for its 24 h",
			chain: []breach.ProcessorNotice{
				{Name: "Hosting A/S", AwareAt: sub, NotifiedAt: sub.Add(10 * time.Hour), AgreedHours: 24},
				{Name: "Fagsystem ApS", AwareAt: sub.Add(10 * time.Hour), NotifiedAt: sub.Add(40 * time.Hour), AgreedHours: 24},
			},
			now: sub.Add(50 * time.Hour),
			want: []breach.ProcessorStatus{
				{Name: "Hosting A/S", Deadline: sub.Add(24 * time.Hour), Notified: true, Took: 10 * time.Hour},
				{Name: "Fagsystem ApS", Deadline: sub.Add(34 * time.Hour), Notified: true, Took: 30 * time.Hour, Missed: true},
			},
		},
		{
			name:  "told exactly at the agreed hour: not missed",
			chain: []breach.ProcessorNotice{{Name: "Drift A/S", AwareAt: sub, NotifiedAt: sub.Add(36 * time.Hour), AgreedHours: 36}},
			now:   sub.Add(50 * time.Hour),
			want:  []breach.ProcessorStatus{{Name: "Drift A/S", Deadline: sub.Add(36 * time.Hour), Notified: true, Took: 36 * time.Hour}},
		},
		{
			name:  "not told yet and the agreed hours have passed: missed",
			chain: []breach.ProcessorNotice{{Name: "Drift A/S", AwareAt: sub, AgreedHours: 12}},
			now:   sub.Add(13 * time.Hour),
			want:  []breach.ProcessorStatus{{Name: "Drift A/S", Deadline: sub.Add(12 * time.Hour), Took: 13 * time.Hour, Missed: true}},
		},
		{
			name:  "not told yet, still within the agreed hours",
			chain: []breach.ProcessorNotice{{Name: "Drift A/S", AwareAt: sub, AgreedHours: 12}},
			now:   sub.Add(11 * time.Hour),
			want:  []breach.ProcessorStatus{{Name: "Drift A/S", Deadline: sub.Add(12 * time.Hour), Took: 11 * time.Hour}},
		},
		{
			name:  "no hours agreed: 'without undue delay' has no number to miss",
			chain: []breach.ProcessorNotice{{Name: "Drift A/S", AwareAt: sub, NotifiedAt: sub.Add(100 * time.Hour)}},
			now:   sub.Add(200 * time.Hour),
			want:  []breach.ProcessorStatus{{Name: "Drift A/S", Notified: true, Took: 100 * time.Hour}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			last := tc.chain[len(tc.chain)-1]
			inc := breach.Incident{AwareAt: last.NotifiedAt, Processors: tc.chain}
			s := inc.State(tc.now)
			require.Len(t, s.Processors, len(tc.want))
			missed := false
			for i, w := range tc.want {
				g := s.Processors[i]
				assert.Equal(t, w.Name, g.Name)
				assert.True(t, w.Deadline.Equal(g.Deadline), "deadline: got %s, want %s", g.Deadline, w.Deadline)
				assert.Equal(t, w.Notified, g.Notified)
				assert.Equal(t, w.Took, g.Took)
				assert.Equal(t, w.Missed, g.Missed)
				missed = missed || w.Missed
			}
			assert.Equal(t, missed, s.ProcessorMissed())
		})
	}
}

func TestProcessorDeadlineOutOfRange(t *testing.T) {
	// Hours so large that AwareAt + hours overflows must not turn into a
	// deadline in the past and report a processor that missed it.
	aware := at(t, "2025-05-05T08:00:00+02:00")
	for _, h := range []int{breach.MaxAgreedHours + 1, 1 << 40, math.MaxInt} {
		p := breach.ProcessorNotice{Name: "Drift A/S", AwareAt: aware, NotifiedAt: aware.Add(time.Hour), AgreedHours: h}
		assert.True(t, p.Deadline().IsZero(), "%d hours: no deadline", h)
		s := breach.Incident{AwareAt: aware.Add(time.Hour), Processors: []breach.ProcessorNotice{p}}.State(aware.Add(2 * time.Hour))
		assert.False(t, s.Processors[0].Missed, "%d hours", h)
	}
	p := breach.ProcessorNotice{Name: "Drift A/S", AwareAt: aware, AgreedHours: breach.MaxAgreedHours}
	assert.True(t, p.Deadline().Equal(aware.Add(365*24*time.Hour)))
}

func TestStatusText(t *testing.T) {
	aware := at(t, "2025-03-28T14:30:00+01:00")
	due := aware.Add(72 * time.Hour)
	tests := []struct {
		name        string
		inc         breach.Incident
		now         time.Time
		str, da, en string
	}{
		{
			name: "running, across the spring change",
			inc:  breach.Incident{AwareAt: aware}, now: due.Add(-(29*time.Hour + 5*time.Minute)),
			str: "running: 29h5m0s left, due 2025-03-31T15:30:00+02:00",
			da:  "Fristen løber: 29 t 5 min tilbage, frist 31-03-2025 kl. 15:30",
			en:  "Running: 29 h 5 min left, due 2025-03-31 15:30 +02:00",
		},
		{
			name: "overdue",
			inc:  breach.Incident{AwareAt: aware}, now: due.Add(3 * time.Hour),
			str: "overdue by 3h0m0s, was due 2025-03-31T15:30:00+02:00",
			da:  "Fristen er overskredet med 3 t 0 min, fristen var 31-03-2025 kl. 15:30",
			en:  "Overdue by 3 h 0 min, was due 2025-03-31 15:30 +02:00",
		},
		{
			name: "notified in time",
			inc:  breach.Incident{AwareAt: aware, Notifications: []breach.Notification{{Phase: breach.Initial, At: due.Add(-time.Hour)}}}, now: due,
			str: "notified in time, 1h0m0s before the deadline 2025-03-31T15:30:00+02:00",
			da:  "Anmeldt rettidigt, 1 t 0 min før fristen 31-03-2025 kl. 15:30",
			en:  "Notified in time, 1 h 0 min before the deadline 2025-03-31 15:30 +02:00",
		},
		{
			name: "notified late",
			inc:  breach.Incident{AwareAt: aware, Notifications: []breach.Notification{{Phase: breach.Initial, At: due.Add(26 * time.Hour)}}}, now: due.Add(27 * time.Hour),
			str: "notified late, 26h0m0s after the deadline 2025-03-31T15:30:00+02:00",
			da:  "Anmeldt for sent, 26 t 0 min efter fristen 31-03-2025 kl. 15:30",
			en:  "Notified late, 26 h 0 min after the deadline 2025-03-31 15:30 +02:00",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.inc.State(tc.now)
			assert.Equal(t, tc.str, s.String())
			assert.Equal(t, tc.da, s.Describe(language.Danish))
			assert.Equal(t, tc.en, s.Describe(language.English))
		})
	}
}
