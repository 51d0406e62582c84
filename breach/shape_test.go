package breach_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Check never returns nil and never fails: a clean incident gives [] in
// JSON, an invalid one (or an invalid policy) findings of breach.invalid
// at the problems' paths.
func TestCheckNeverNilNorError(t *testing.T) {
	inc := gdprtest.Incident()
	fs := inc.Check(gdprtest.Now())
	require.NotNil(t, fs)
	assert.Empty(t, fs)
	b, err := json.Marshal(fs)
	require.NoError(t, err)
	assert.Equal(t, "[]", string(b))

	var paths []string
	for _, f := range (breach.Policy{ENISAHighFrom: 9}).Check(breach.Incident{ApproxSubjects: -1}, gdprtest.Now()) {
		if f.Rule == "breach.invalid" {
			paths = append(paths, f.Path)
		}
	}
	assert.Equal(t, []string{"awareAt", "confidentiality", "approxSubjects", "policy.enisaHighFrom"}, paths)

	require.NotNil(t, breach.Log{}.Check(gdprtest.Now()))
	assert.Empty(t, breach.Log{}.Check(gdprtest.Now()))
}

// State, Check, Checklist, Overdue and Summarize see an incident as it
// stood at now: a notification or a communication recorded after now has
// not happened yet (GDPR art. 33(1), 34(1)).
func TestNothingAfterNowCounts(t *testing.T) {
	aware := time.Date(2025, 3, 28, 14, 30, 0, 0, cph)
	inc := fullIncident()
	now := aware.Add(10 * time.Hour) // before the initial notification (aware + 20 h)

	st := inc.State(now)
	assert.Equal(t, breach.Running, st.Status)
	assert.True(t, st.NotifiedAt.IsZero())
	require.Len(t, st.Processors, 2)

	var rules []string
	for _, f := range inc.Check(now) {
		rules = append(rules, f.Rule)
	}
	assert.Contains(t, rules, "breach.notification_pending", "the notification at aware + 20 h has not been made at aware + 10 h")
	assert.Contains(t, rules, "breach.subjects_not_told", "nor the communication at aware + 3 days")
	assert.NotContains(t, rules, "breach.follow_up_pending")
	for _, e := range inc.Checklist(now) {
		assert.False(t, e.Sent, "nothing is sent before the first notification: %s", e.Item)
	}

	late := aware.Add(80 * time.Hour) // overdue at now, although notified later on record
	l := breach.Log{inc}
	l[0].Notifications = []breach.Notification{{Phase: breach.Initial, At: aware.Add(90 * time.Hour), DelayReasons: gdpr.NewPersonal("weekend")}}
	rows, err := breach.Policy{}.Overdue(l, late)
	require.NoError(t, err)
	require.Len(t, rows, 1)
	assert.Equal(t, breach.Overdue, rows[0].State.Status)
	assert.Equal(t, rows, l.Overdue(late))
	s := l.Summarize(time.Time{}, time.Time{}, late)
	assert.Equal(t, 0, s.Notified)
	assert.Equal(t, 1, s.Overdue)
	assert.Equal(t, 1, s.SubjectsTold, "told at aware + 3 days, before now")
}

// The plain forms are exactly the zero Policy's.
func TestPlainFormsAreTheZeroPolicy(t *testing.T) {
	inc, now := fullIncident(), time.Date(2025, 4, 10, 9, 0, 0, 0, cph)
	var p breach.Policy
	assert.Equal(t, p.Check(inc, now), inc.Check(now))
	l := breach.Log{inc, gdprtest.Incident()}
	assert.Equal(t, p.CheckLog(l, now), l.Check(now))
	want, err := p.Summarize(l, time.Time{}, time.Time{}, now)
	require.NoError(t, err)
	assert.Equal(t, want, l.Summarize(time.Time{}, time.Time{}, now))
}

// Log.Check prefixes each finding with the incident's index and flags an
// id used twice.
func TestLogCheck(t *testing.T) {
	now := gdprtest.Now()
	l := breach.Log{gdprtest.Incident(), gdprtest.Incident()}
	var got []string
	for _, f := range l.Check(now) {
		got = append(got, f.Rule+"@"+f.Path)
	}
	assert.Equal(t, []string{"breach.invalid@[1].id"}, got)
}

// ParseJSON is strict and every problem has its JSON field path.
func TestParseJSONStrict(t *testing.T) {
	const ok = `"awareAt":"2025-03-28T14:30:00+01:00","confidentiality":"exposed"`
	tests := []struct {
		name, json string
		paths      []string
	}{
		{"an unknown field", `{` + ok + `,"colour":"red"}`, []string{"colour"}},
		{"PascalCase is not camelCase", `{"AwareAt":"2025-03-28T14:30:00+01:00","confidentiality":"exposed"}`, []string{"AwareAt"}},
		{"a duplicate key", `{` + ok + `,"awareAt":"2025-03-29T14:30:00+01:00"}`, []string{"awareAt"}},
		{"an unknown code", `{"awareAt":"2025-03-28T14:30:00+01:00","confidentiality":"leaked"}`, []string{"confidentiality"}},
		{"an unknown field of the contact", `{` + ok + `,"contact":{"name":"Jens Hansen","cpr":"0101011234"}}`, []string{"contact.cpr"}},
		{"an instant without an offset", `{"awareAt":"2025-03-28T14:30:00","confidentiality":"exposed"}`, []string{"awareAt"}},
		{"an unknown channel", `{` + ok + `,"subjectNotices":[{"at":"2025-03-29T14:30:00+01:00","channel":"fax"}]}`, []string{"subjectNotices[0].channel"}},
		{"a valid document that fails Validate", `{"confidentiality":"exposed"}`, []string{"awareAt"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := breach.ParseJSON[breach.Incident]([]byte(tc.json))
			require.Error(t, err)
			assert.ErrorIs(t, err, gdpr.ErrInvalid)
			assert.NotContains(t, err.Error(), "Jens Hansen", "errors never quote personal data")
			var ps gdpr.Problems
			require.True(t, errors.As(err, &ps), "%v", err)
			var paths []string
			for _, p := range ps {
				paths = append(paths, p.Path)
			}
			assert.Equal(t, tc.paths, paths, "%v", err)
		})
	}

	_, err := breach.ParseJSON[breach.Policy]([]byte(`{"noRisk":["large_number"]}`))
	assert.ErrorIs(t, err, breach.ErrPolicy)
	_, err = breach.ParseJSON[breach.Log]([]byte(`[{"id":"a","awareAt":"2025-03-28T14:30:00+01:00","confidentiality":"exposed"},{"id":"a","awareAt":"2025-03-28T14:30:00+01:00","integrity":"altered"}]`))
	var ps gdpr.Problems
	require.True(t, errors.As(err, &ps), "%v", err)
	assert.Equal(t, "[1].id", ps[0].Path)
}

// The golden incident and the gdprtest sample round-trip through ParseJSON
// and encoding/json without loss; the contact person is in clear in JSON
// (JSON is storage) and redacted in fmt and slog.
func TestJSONRoundTrip(t *testing.T) {
	golden, err := os.ReadFile(filepath.Join("testdata", "incident.json"))
	require.NoError(t, err)
	sample, err := json.MarshalIndent(gdprtest.Incident(), "", "  ")
	require.NoError(t, err)
	for name, doc := range map[string][]byte{"incident.json": golden, "gdprtest.Incident": append(sample, '\n')} {
		t.Run(name, func(t *testing.T) {
			inc, err := breach.ParseJSON[breach.Incident](doc)
			require.NoError(t, err)
			b, err := json.MarshalIndent(inc, "", "  ")
			require.NoError(t, err)
			assert.Equal(t, string(doc), string(b)+"\n", "lossless")
		})
	}
	inc, err := breach.ParseJSON[breach.Incident](golden)
	require.NoError(t, err)
	assert.Equal(t, "Jens Hansen", inc.Contact.Name.Reveal(), "in clear in JSON")
	var logged strings.Builder
	slog.New(slog.NewJSONHandler(&logged, nil)).Info("breach", "inc", inc, "contact", inc.Contact)
	for _, out := range []string{fmt.Sprintf("%v %+v %#v %s", inc, inc, inc.Contact, inc.Contact), logged.String()} {
		assert.NotContains(t, out, "Jens Hansen")
		assert.NotContains(t, out, "+45 12 34 56 78")
	}
}

// The recordable facts of the decision validate and round-trip: a trusted
// recipient with a confirmed deletion, unintelligible data with a backup,
// harm, an order of Datatilsynet (GDPR art. 34(4)) and an exemption under
// databeskyttelsesloven § 22 with its reason.
func TestRecordableFacts(t *testing.T) {
	aware := time.Date(2025, 3, 28, 14, 30, 0, 0, cph)
	inc := breach.Incident{AwareAt: aware, Confidentiality: breach.ConfidentialityKnownRecipients,
		TrustedRecipients: true, Retrieval: breach.RetrievalConfirmed, Unintelligible: true, Backup: true,
		ExtensiveData: true, Harm: breach.HarmSignificant, Permanent: true,
		CommunicationOrderedAt: aware.Add(48 * time.Hour),
		Exemption:              &breach.Exemption{Ground: breach.PublicInterests, Reason: gdpr.NewPersonal("Politiets efterforskning")}}
	require.NoError(t, inc.Validate())
	b, err := json.Marshal(inc)
	require.NoError(t, err)
	back, err := breach.ParseJSON[breach.Incident](b)
	require.NoError(t, err)
	b2, err := json.Marshal(back)
	require.NoError(t, err)
	assert.JSONEq(t, string(b), string(b2))

	bad := inc
	bad.Confidentiality = breach.ConfidentialityUnknownRecipients
	bad.CommunicationOrderedAt = aware.Add(-time.Hour)
	bad.Exemption = &breach.Exemption{}
	bad.Harm = 9
	assert.Equal(t, []string{"harm", "trustedRecipients", "communicationOrderedAt", "exemption.ground", "exemption.reason"}, problemPaths(t, bad.Validate()))
	bad = breach.Incident{AwareAt: aware, Availability: breach.AvailabilityTemporary, Retrieval: breach.RetrievalRequested, TrustedRecipients: true}
	assert.Equal(t, []string{"retrieval", "trustedRecipients"}, problemPaths(t, bad.Validate()))
}

// A policy that accepts no fact of no risk is an empty list, not nil, and
// keeps that meaning through JSON: every breach is notified.
func TestPolicyJSONKeepsAnEmptyList(t *testing.T) {
	p := breach.Policy{NoRisk: []breach.Driver{}, LargeNumber: 500}
	b, err := json.Marshal(p)
	require.NoError(t, err)
	assert.JSONEq(t, `{"noRisk":[],"largeNumber":500}`, string(b))
	back, err := breach.ParseJSON[breach.Policy](b)
	require.NoError(t, err)
	assert.Equal(t, p, back)
	b, err = json.Marshal(breach.Policy{})
	require.NoError(t, err)
	assert.Equal(t, `{}`, string(b), "the zero Policy is the default and says nothing")
}
