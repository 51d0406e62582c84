package breach_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sampleLog is a small breach log of 2025 with one of each situation.
func sampleLog() breach.Log {
	d := func(month time.Month, day int) time.Time { return time.Date(2025, month, day, 10, 0, 0, 0, cph) }
	cpr := []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber}
	return breach.Log{
		{ // 0: CPR e-mail, notified in time.
			ID: "B-1", AwareAt: d(1, 6), Confidentiality: breach.ConfidentialityKnownRecipients, DataTypes: cpr, Identification: breach.Maximum,
			Notifications: []breach.Notification{{Phase: breach.Initial, At: d(1, 7)}},
		},
		{ // 1: CPR e-mail, notified late with reasons.
			ID: "B-2", AwareAt: d(2, 3), Confidentiality: breach.ConfidentialityKnownRecipients, DataTypes: cpr, Identification: breach.Maximum,
			Notifications: []breach.Notification{{Phase: breach.Initial, At: d(2, 10), DelayReasons: gdpr.NewPersonal("Sagsbehandleren var syg.")}},
		},
		{ // 2: ransomware restored at once from a backup, harmless: document only (EDPB Guidelines 01/2021, section 2.1).
			ID: "B-3", AwareAt: d(3, 3), Availability: breach.AvailabilityRestored, Harm: breach.HarmNegligible, Malicious: true,
			DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails}, Identification: breach.Maximum, Rationale: gdpr.NewPersonal("Gendannet fra backup."),
		},
		{ // 3: health data to unknown recipients: very high, not notified, overdue.
			ID: "B-4", AwareAt: d(4, 1), Confidentiality: breach.ConfidentialityUnknownRecipients, DataTypes: []gdpr.DataType{gdpr.Health}, Identification: breach.Maximum,
			SubjectNotices: []breach.SubjectNotice{{At: d(4, 2), Channel: gdpr.DigitalPost}},
		},
		{ // 4: unassessed integrity breach, not notified, overdue (when in doubt, notify).
			ID: "B-5", AwareAt: d(5, 5), Integrity: breach.IntegrityRecoverable,
		},
		{ // 5: the controller judged it unlikely to result in a risk: never overdue.
			ID: "B-6", AwareAt: d(5, 6), Confidentiality: breach.ConfidentialityExposed, Risk: breach.RiskUnlikely, Rationale: gdpr.NewPersonal("Brevet kom uåbnet retur."),
		},
		{ // 6: the clock is still running at now.
			ID: "B-7", AwareAt: d(6, 29), Confidentiality: breach.ConfidentialityKnownRecipients, DataTypes: cpr, Identification: breach.Maximum,
		},
		{ // 7: last year, outside the period: criminal offences, limited identification, SE 4 × 0.5 = 2, medium.
			ID: "B-0", AwareAt: time.Date(2024, 12, 30, 10, 0, 0, 0, cph), Confidentiality: breach.ConfidentialityExposed, Identification: breach.Limited,
			DataTypes: []gdpr.DataType{gdpr.CriminalOffences},
		},
	}
}

func TestLogOverdueAndLate(t *testing.T) {
	l := sampleLog()
	now := time.Date(2025, 6, 30, 12, 0, 0, 0, cph)

	rows, err := breach.Policy{}.Overdue(l, now)
	require.NoError(t, err)
	var ids []string
	for _, r := range rows {
		ids = append(ids, r.ID)
		assert.Equal(t, breach.Overdue, r.State.Status)
		assert.Equal(t, r.ID, l[r.Index].ID)
	}
	assert.Equal(t, []string{"B-4", "B-5", "B-0"}, ids, "the notifiable ones past 72 hours without a notification")

	rows, err = breach.Policy{NoRisk: []breach.Driver{}}.Overdue(l, now)
	require.NoError(t, err)
	ids = nil
	for _, r := range rows {
		ids = append(ids, r.ID)
	}
	assert.Equal(t, []string{"B-3", "B-4", "B-5", "B-0"}, ids, "a policy that accepts no fact of no risk notifies the harmless outage too")

	late := l.Late()
	require.Len(t, late, 1)
	assert.Equal(t, "B-2", late[0].ID)
	assert.Equal(t, 1, late[0].Index)
	assert.Equal(t, "Sagsbehandleren var syg.", late[0].DelayReasons.Reveal())
	assert.Equal(t, breach.NotifiedLate, late[0].State.Status)
	assert.Equal(t, -4*24*time.Hour, late[0].State.Left, "four days late")

	_, err = breach.Policy{ENISAHighFrom: 9}.Overdue(l, now)
	assert.ErrorIs(t, err, breach.ErrPolicy)
}

func TestLogSummarize(t *testing.T) {
	l := sampleLog()
	now := time.Date(2025, 6, 30, 12, 0, 0, 0, cph)
	from, to := time.Date(2025, 1, 1, 0, 0, 0, 0, cph), time.Date(2026, 1, 1, 0, 0, 0, 0, cph)
	s, err := breach.Policy{}.Summarize(l, from, to, now)
	require.NoError(t, err)
	assert.Equal(t, 7, s.Total)
	assert.Equal(t, map[breach.Nature]int{breach.ConfidentialityBreach: 5, breach.IntegrityBreach: 1, breach.AvailabilityBreach: 1}, s.ByNature)
	assert.Equal(t, map[gdpr.DataCategory]int{gdpr.Confidential: 3, gdpr.Ordinary: 1, gdpr.Sensitive: 1}, s.ByCategory)
	assert.Equal(t, 2, s.Uncategorised)
	assert.Equal(t, map[breach.Level]int{breach.Medium: 3, breach.Low: 1, breach.VeryHigh: 1}, s.ByLevel)
	assert.Equal(t, 2, s.Unassessed)
	assert.Equal(t, 5, s.Notifiable)
	assert.Equal(t, 2, s.DocumentedOnly)
	assert.Equal(t, 2, s.Notified)
	assert.Equal(t, 1, s.NotifiedLate)
	assert.Equal(t, 2, s.Overdue)
	assert.Equal(t, 1, s.SubjectsTold)

	// The bounds: From inclusive, To exclusive, zero bounds open.
	s, err = breach.Policy{}.Summarize(l, time.Date(2025, 2, 3, 10, 0, 0, 0, cph), time.Date(2025, 4, 1, 10, 0, 0, 0, cph), now)
	require.NoError(t, err)
	assert.Equal(t, 2, s.Total, "B-2 at the start bound is in, B-4 at the end bound is out")
	s, err = breach.Policy{}.Summarize(l, time.Time{}, time.Time{}, now)
	require.NoError(t, err)
	assert.Equal(t, 8, s.Total)

	j, err := json.Marshal(s)
	require.NoError(t, err)
	assert.Contains(t, string(j), `"byNature":{"availability":1,"confidentiality":6,"integrity":1}`)
	assert.Contains(t, string(j), `"byLevel":{"low":1,"medium":4,"very_high":1}`)

	_, err = breach.Policy{LargeNumber: -1}.Summarize(l, from, to, now)
	assert.ErrorIs(t, err, breach.ErrPolicy)
}

func TestLogValidate(t *testing.T) {
	l := sampleLog()
	require.NoError(t, l.Validate())
	l[2].ID = "B-1"
	l[3].AwareAt = time.Time{}
	err := l.Validate()
	require.Error(t, err)
	assert.Equal(t, []string{"[2].id", "[3].awareAt"}, problemPaths(t, err))
	assert.NoError(t, breach.Log(nil).Validate())
}

func TestLogSummaryAgreesWithSeverity(t *testing.T) {
	// The log counts levels without decimals; they must agree with Score.
	l := benchLog(2000)
	s, err := breach.Policy{}.Summarize(l, time.Time{}, time.Time{}, time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC))
	require.NoError(t, err)
	want := map[breach.Level]int{}
	unassessed := 0
	for _, inc := range l {
		if sc, err := inc.Severity(); err == nil {
			want[sc.Level]++
		} else {
			unassessed++
		}
	}
	assert.Equal(t, want, s.ByLevel)
	assert.Equal(t, unassessed, s.Unassessed)
}

func TestConcurrentUse(t *testing.T) {
	// Safe for concurrent use: the shared read-only tables (decimal
	// constants, labels, rules, the zone) are only read. Run with -race;
	// every goroutine must get the same answers.
	l := sampleLog()
	now := time.Date(2025, 6, 30, 12, 0, 0, 0, cph)
	want, err := breach.Policy{}.Summarize(l, time.Time{}, time.Time{}, now)
	require.NoError(t, err)
	wantSE := make([]string, len(l))
	for i, inc := range l {
		if s, err := inc.Severity(); err == nil {
			wantSE[i] = s.String()
		}
	}
	type result struct {
		sum breach.Summary
		se  []string
	}
	results := make(chan result)
	for range 8 {
		go func() {
			var r result
			for _, inc := range l {
				s, _ := inc.Severity()
				if s.Level.Valid() {
					r.se = append(r.se, s.String())
				} else {
					r.se = append(r.se, "")
				}
				_, _ = breach.Policy{}.Decide(inc)
				_ = breach.Policy{}.Check(inc, now)
				_ = inc.Checklist(now)
			}
			r.sum, _ = breach.Policy{}.Summarize(l, time.Time{}, time.Time{}, now)
			results <- r
		}()
	}
	for range 8 {
		r := <-results
		assert.Equal(t, want, r.sum)
		assert.Equal(t, wantSE, r.se)
	}
}
