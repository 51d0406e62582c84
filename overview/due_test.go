package overview_test

import (
	"slices"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDue: what falls due, at gdprtest.Now() (Monday 2 March 2026, 10:00 in
// Copenhagen) with a horizon of 30 days (to Wednesday 1 April 2026).
func TestDue(t *testing.T) {
	type want struct {
		kind    overview.DueKind
		path    string
		day     string // "" for no day
		overdue bool
	}
	now := gdprtest.Now()
	tests := []struct {
		name   string
		change func(t *testing.T, m *overview.Municipality)
		days   int
		want   *want // nil: nothing of the kind at path
		kind   overview.DueKind
		path   string
	}{
		{"the open sample request is due on 16 March (GDPR art. 12(3); Regulation 1182/71 art. 3(2)(c))", nil, 30,
			&want{overview.RequestAnswer, "requests[0]", "2026-03-16", false}, 0, ""},
		{"a week ahead the request is not yet due", nil, 7, nil, overview.RequestAnswer, "requests[0]"},
		{"a request received on 5 January is overdue since 5 February",
			func(t *testing.T, m *overview.Municipality) {
				m.Requests[0].Request.ReceivedAt = time.Date(2026, 1, 5, 10, 0, 0, 0, gdprtest.Copenhagen())
				m.Requests[0].Request.IdentityConfirmedAt = m.Requests[0].Request.ReceivedAt
			}, 30, &want{overview.RequestAnswer, "requests[0]", "2026-02-05", true}, 0, ""},
		{"a record reviewed a year and a day ago is overdue (annual review, GDPR art. 5(2))",
			func(t *testing.T, m *overview.Municipality) {
				m.Records[0].LastReview = gdpr.MustParseDate("2025-03-01")
			}, 30, &want{overview.RecordReview, "records[0]", "2026-03-01", true}, 0, ""},
		{"a record reviewed on 20 March 2025 is due on 20 March 2026",
			func(t *testing.T, m *overview.Municipality) {
				m.Records[0].LastReview = gdpr.MustParseDate("2025-03-20")
			}, 30, &want{overview.RecordReview, "records[0]", "2026-03-20", false}, 0, ""},
		{"a record never reviewed is due at once, without a day",
			func(t *testing.T, m *overview.Municipality) { m.Records[0].LastReview = gdpr.Date{} },
			30, &want{overview.RecordReview, "records[0]", "", true}, 0, ""},
		{"an ended record is not reviewed",
			func(t *testing.T, m *overview.Municipality) {
				m.Records[0].LastReview = gdpr.Date{}
				m.Records[0].Status = ropa.Ended
			}, 30, nil, overview.RecordReview, "records[0]"},
		{"the yearly supervision after 15 September 2025 is due on 15 September 2026", nil, 200,
			&want{overview.Supervision, "agreements[0]", "2026-09-15", false}, 0, ""},
		{"the supervision is beyond a 30-day horizon", nil, 30, nil, overview.Supervision, "agreements[0]"},
		{"a supervision a year after 15 February 2025 is overdue",
			func(t *testing.T, m *overview.Municipality) {
				m.Agreements[0].Supervisions[0].Date = gdpr.MustParseDate("2025-02-15")
			}, 30, &want{overview.Supervision, "agreements[0]", "2026-02-15", true}, 0, ""},
		{"an invalid agreement's supervision is computed as its check computes it",
			func(t *testing.T, m *overview.Municipality) {
				m.Agreements[0].Supervisions[0].Date = gdpr.MustParseDate("2025-02-15")
				m.Agreements[0].Processor.Name = ""
			}, 30, &want{overview.Supervision, "agreements[0]", "2026-02-15", true}, 0, ""},
		{"a supervision dated after today does not count yet",
			func(t *testing.T, m *overview.Municipality) {
				m.Agreements[0].Supervisions[0].Date = gdpr.MustParseDate("2025-02-15")
				m.Agreements[0].Supervisions = append(m.Agreements[0].Supervisions,
					dpa.Supervision{Date: gdpr.MustParseDate("2026-03-20"), Method: dpa.ISAE3000})
			}, 30, &want{overview.Supervision, "agreements[0]", "2026-02-15", true}, 0, ""},
		{"no supervision once the processing has ended",
			func(t *testing.T, m *overview.Municipality) {
				m.Agreements[0].Supervisions[0].Date = gdpr.MustParseDate("2025-02-15")
				m.Agreements[0].ProcessingEnded = gdpr.MustParseDate("2026-03-01")
			}, 30, nil, overview.Supervision, "agreements[0]"},
		{"a consent that expires in ten days",
			func(t *testing.T, m *overview.Municipality) {
				c := consent(t, "samtykke-1")
				c.Expires = now.Add(hours(24 * 10))
				m.Consents = []ropa.Consent{c}
			}, 30, &want{overview.ConsentExpiry, "consents[0]", "2026-03-12", false}, 0, ""},
		{"a consent that expired while the processing goes on (GDPR art. 7(3))",
			func(t *testing.T, m *overview.Municipality) {
				c := consent(t, "samtykke-1")
				c.Expires = now.Add(-hours(24 * 3))
				m.Consents = []ropa.Consent{c}
			}, 30, &want{overview.ConsentExpiry, "consents[0]", "2026-02-27", true}, 0, ""},
		{"a consent withdrawn and stopped is done",
			func(t *testing.T, m *overview.Municipality) {
				c := consent(t, "samtykke-1")
				c.Withdrawn = now.Add(-hours(24 * 3))
				c.Stopped = now.Add(-hours(24 * 2))
				m.Consents = []ropa.Consent{c}
			}, 30, nil, overview.ConsentExpiry, "consents[0]"},
		{"a measure of the action plan due on 10 March",
			func(t *testing.T, m *overview.Municipality) {
				m.Risks[0].Assessments[0].Measures[1].Due = gdpr.MustParseDate("2026-03-10")
			}, 30, &want{overview.MeasureDue, "risks[0].assessments[0].measures[1]", "2026-03-10", false}, 0, ""},
		{"a measure past its day is overdue",
			func(t *testing.T, m *overview.Municipality) {
				m.Risks[0].Assessments[0].Measures[1].Due = gdpr.MustParseDate("2026-02-10")
			}, 30, &want{overview.MeasureDue, "risks[0].assessments[0].measures[1]", "2026-02-10", true}, 0, ""},
		{"an implemented measure is done",
			func(t *testing.T, m *overview.Municipality) {
				ms := &m.Risks[0].Assessments[0].Measures[1]
				ms.Due = gdpr.MustParseDate("2026-02-10")
				ms.Status = risk.Implemented
			}, 30, nil, overview.MeasureDue, "risks[0].assessments[0].measures[1]"},
		{"a breach known for 10 hours and not notified is due in 62 hours, at midnight on 5 March (GDPR art. 33(1))",
			func(t *testing.T, m *overview.Municipality) { unnotified(m, 10) },
			30, &want{overview.BreachNotification, "breaches[0]", "2026-03-05", false}, 0, ""},
		{"a breach known for 100 hours and not notified is overdue since 1 March 06:00",
			func(t *testing.T, m *overview.Municipality) { unnotified(m, 100) },
			30, &want{overview.BreachNotification, "breaches[0]", "2026-03-01", true}, 0, ""},
		{"a breach that need not be notified has no deadline",
			func(t *testing.T, m *overview.Municipality) {
				unnotified(m, 100)
				m.Breaches[0].Incident.Risk = breach.RiskUnlikely
			}, 30, nil, overview.BreachNotification, "breaches[0]"},
		{"the notified sample breach has no deadline", nil, 30, nil, overview.BreachNotification, "breaches[0]"},
		{"a DPIA approved a year ago on 5 March 2025 is due for review on 5 March 2026 (GDPR art. 35(11))",
			func(t *testing.T, m *overview.Municipality) {
				m.DPIAs[0].Approval.Date = gdpr.MustParseDate("2025-03-05")
			},
			30, &want{overview.DPIAReview, "dpias[0]", "2026-03-05", false}, 0, ""},
		{"a DPIA approved on 1 February 2025 is overdue for review",
			func(t *testing.T, m *overview.Municipality) {
				m.DPIAs[0].Approval.Date = gdpr.MustParseDate("2025-02-01")
			},
			30, &want{overview.DPIAReview, "dpias[0]", "2026-02-01", true}, 0, ""},
		{"a change recorded since the approval makes the review due that day",
			func(t *testing.T, m *overview.Municipality) {
				m.DPIAs[0].Monitoring.Changes = []dpia.Change{{Date: gdpr.MustParseDate("2026-02-20"), Kind: dpia.ProcessorChanged,
					Description: "Ny underdatabehandler til support."}}
			}, 30, &want{overview.DPIAReview, "dpias[0]", "2026-02-20", true}, 0, ""},
		{"a DPIA not yet decided has no review day",
			func(t *testing.T, m *overview.Municipality) {
				m.DPIAs[0].Status, m.DPIAs[0].Approval = dpia.Draft, dpia.Approval{}
			}, 30, nil, overview.DPIAReview, "dpias[0]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := clean()
			if tc.change != nil {
				tc.change(t, &m)
			}
			r, err := overview.Build(m, now, tc.days)
			require.NoError(t, err)
			all := append(slices.Clone(r.Overdue), r.Upcoming...)
			if tc.want == nil {
				for _, d := range all {
					assert.False(t, d.Kind == tc.kind && d.Path == tc.path, "nothing due, got %+v", d)
				}
				return
			}
			w := tc.want
			i := slices.IndexFunc(all, func(d overview.Due) bool { return d.Kind == w.kind && d.Path == w.path })
			require.GreaterOrEqual(t, i, 0, "want %s at %s in %+v", w.kind, w.path, all)
			d := all[i]
			assert.Equal(t, w.overdue, d.Overdue)
			assert.Equal(t, w.overdue, i < len(r.Overdue), "in the list it belongs to")
			assert.Equal(t, w.kind.Area(), d.Area)
			assert.Equal(t, w.kind.Reference(), d.Reference)
			if w.day == "" {
				assert.True(t, d.Day.IsZero() && d.Expires.IsZero())
				return
			}
			day := gdpr.MustParseDate(w.day)
			assert.Equal(t, day, d.Day, "got %s, want %s", d.Day, day)
			assert.Equal(t, day.DaysSince(r.Today), d.DaysLeft)
			assert.True(t, !d.Expires.Before(day.Start()) && !d.Expires.After(day.End()),
				"expires on its day or at its end: %s", d.Expires)
		})
	}
}

// unnotified makes the sample breach one the controller has known of for
// the given number of hours and has not notified.
func unnotified(m *overview.Municipality, h int) {
	inc := &m.Breaches[0].Incident
	inc.AwareAt = gdprtest.Now().Add(-hours(h))
	inc.DiscoveredAt = inc.AwareAt
	inc.OccurredAt = breach.Span{}
	inc.Notifications = nil
	inc.SubjectNotices = nil
}

func TestBreachDeadlineIsTheExactInstant(t *testing.T) {
	m := clean()
	unnotified(&m, 10)
	r := build(t, m)
	i := slices.IndexFunc(r.Upcoming, func(d overview.Due) bool { return d.Kind == overview.BreachNotification })
	require.GreaterOrEqual(t, i, 0)
	assert.True(t, r.Upcoming[i].Expires.Equal(m.Breaches[0].Incident.AwareAt.Add(breach.NotificationWindow)),
		"72 hours of elapsed time, GDPR art. 33(1)")
}

func TestDueIsOrderedByExpiry(t *testing.T) {
	m := clean()
	m.Records[0].LastReview = gdpr.Date{}
	for i := range 5 {
		rq := overview.Request{Request: gdprtest.Request()}
		rq.Request.ID = "INDSIGT-" + string(rune('A'+i))
		rq.Request.ReceivedAt = gdprtest.Now().AddDate(0, -2, -7*i)
		rq.Request.IdentityConfirmedAt = rq.Request.ReceivedAt
		m.Requests = append(m.Requests, rq)
	}
	m.Risks[0].Assessments[0].Measures[1].Due = gdpr.MustParseDate("2026-01-10")
	r, err := overview.Build(m, gdprtest.Now(), 60)
	require.NoError(t, err)
	require.Len(t, r.Overdue, 7)
	assert.Equal(t, overview.RecordReview, r.Overdue[0].Kind, "never reviewed comes first")
	for _, l := range [][]overview.Due{r.Overdue, r.Upcoming} {
		assert.True(t, slices.IsSortedFunc(l, func(a, b overview.Due) int { return a.Expires.Compare(b.Expires) }))
	}
	for _, d := range r.Overdue {
		assert.True(t, d.Overdue)
		assert.LessOrEqual(t, d.DaysLeft, 0)
	}
	for _, d := range r.Upcoming {
		assert.False(t, d.Overdue)
		assert.False(t, d.Day.After(r.Until))
	}
}

func TestHorizonIsBounded(t *testing.T) {
	for _, tc := range []struct {
		name string
		days int
		want int
	}{
		{"negative counts as today only", -5, 0},
		{"zero", 0, 0},
		{"a year", 365, 365},
		{"past the bound", 1 << 40, overview.MaxHorizon},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := overview.Build(clean(), gdprtest.Now(), tc.days)
			require.NoError(t, err)
			assert.Equal(t, tc.want, r.Horizon)
			assert.Equal(t, r.Today.AddDays(tc.want), r.Until)
		})
	}
}

// TestSupervisionsAsTheRegisterGivesThem: the supervisions that fall due are
// those dpa.Register.SupervisionDue gives for the same agreements, day and
// horizon (the overview does not build a register, so that it need not
// validate and copy every agreement again).
func TestSupervisionsAsTheRegisterGivesThem(t *testing.T) {
	m := synthetic(sizes{records: 300, agreements: 400, screenings: 10, breaches: 10, requests: 10})
	m.Agreements[3].Supervisions = append(m.Agreements[3].Supervisions,
		dpa.Supervision{Date: gdpr.MustParseDate("2026-05-01"), Method: dpa.ISAE3000})
	m.Agreements[4].ProcessingEnded = gdpr.MustParseDate("2026-01-01")
	m.Agreements[5].Plan = dpa.Plan{}
	for _, days := range []int{0, 30, 200} {
		r, err := overview.Build(m, gdprtest.Now(), days)
		require.NoError(t, err)
		reg, err := dpa.NewRegister(m.Agreements)
		require.NoError(t, err)
		want := map[string]gdpr.Date{}
		for _, d := range reg.SupervisionDue(gdprtest.Now(), days) {
			want[d.Agreement] = d.Due
		}
		got := map[string]gdpr.Date{}
		for _, d := range append(slices.Clone(r.Overdue), r.Upcoming...) {
			if d.Kind == overview.Supervision {
				got[d.ID] = d.Day
			}
		}
		require.NotEmpty(t, want)
		assert.Equal(t, want, got, "horizon %d", days)
	}
}
