package rights_test

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
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/internal/enumtest"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A result is a value: a method can be called on what Review returns.
func TestReviewResultIsAValue(t *testing.T) {
	now := at(2025, 3, 10, 9, 0)
	rs := []rights.Request{
		{Kind: rights.Access, ReceivedAt: at(2025, 1, 6, 9, 0)},  // due 6 February: overdue (GDPR art. 12(3))
		{Kind: rights.Access, ReceivedAt: at(2025, 3, 3, 9, 0)},  // due 3 April: open
		{Kind: rights.Erasure, ReceivedAt: at(2025, 1, 6, 9, 0)}, // overdue
	}
	assert.Equal(t, 1, rights.Review(rs, now, 5).Count(rights.Access, rights.Overdue))
	assert.Equal(t, 2, rights.Review(rs, now, 5).CountStatus(rights.Overdue))
	assert.Equal(t, 2, rights.Policy{}.Review(rs, now, 5).CountKind(rights.Access))
	assert.Len(t, rights.Review(rs, now, 5).Counts(), 3)
}

// The plain forms are exactly the zero Policy's methods.
func TestPlainFormsAreTheZeroPolicy(t *testing.T) {
	r := validRequest()
	now := at(2025, 3, 10, 9, 0)
	var p rights.Policy
	assert.Equal(t, p.Deadline(r), r.Deadline())
	assert.Equal(t, p.FirstMonth(r), r.FirstMonth())
	assert.Equal(t, p.State(r, now), r.State(now))
	assert.Equal(t, p.Check(r, now), r.Check(now))
	c := rights.Collection{ObtainedAt: at(2025, 1, 31, 10, 0)}
	assert.Equal(t, p.InformDue(c), c.InformDue())
	assert.Equal(t, p.CheckCollection(c, now), c.Check(now))
}

// Check never returns nil, so a clean result is [] in JSON; an invalid
// record or policy is reported as findings, never as an error.
func TestCheckNeverNilNorError(t *testing.T) {
	clean := rights.Request{Kind: rights.Access, ReceivedAt: at(2025, 1, 31, 10, 0), Basis: gdpr.Art6PublicTask}
	fs := clean.Check(at(2025, 2, 3, 9, 0))
	require.NotNil(t, fs)
	assert.Empty(t, fs)
	b, err := json.Marshal(fs)
	require.NoError(t, err)
	assert.Equal(t, "[]", string(b))

	c := rights.Collection{ObtainedAt: at(2025, 1, 31, 10, 0), InformedAt: at(2025, 2, 3, 9, 0)}
	require.NotNil(t, c.Check(at(2025, 3, 10, 9, 0)))
	assert.Empty(t, c.Check(at(2025, 3, 10, 9, 0)))

	bad := rights.Request{Kind: 42, ReceivedAt: at(2025, 1, 31, 10, 0)}
	var invalid []string
	for _, f := range (rights.Policy{LocalInformDays: 40}).Check(bad, at(2025, 2, 3, 9, 0)) {
		if f.Rule == "rights.invalid" {
			invalid = append(invalid, f.Path)
		}
	}
	assert.Equal(t, []string{"kind", "policy.localInformDays"}, invalid, "one finding per problem, with its path")
}

// State and Check see a request as it stood at now (GDPR art. 12(3)-(4)):
// an answer, a pause, an extension and a check of authority recorded after
// now have not happened yet.
func TestNothingAfterNowCounts(t *testing.T) {
	r := validRequest()
	r.Answer = &rights.Answer{At: at(2025, 3, 20, 9, 0), Outcome: rights.Refused, Grounds: []rights.Ground{rights.Excessive}}
	r.Pauses = []rights.Pause{{From: at(2025, 3, 5, 9, 0), Until: at(2025, 3, 6, 9, 0), Reason: gdpr.NewPersonal("identity")}}
	r.Extension = &rights.Extension{NotifiedAt: at(2025, 2, 25, 9, 0), Reason: gdpr.NewPersonal("many records")}
	r.AuthorityCheckedAt = at(2025, 2, 26, 9, 0)
	before := at(2025, 2, 24, 9, 0)

	s := r.State(before)
	assert.Equal(t, rights.Open, s.Status, "the answer is after now")
	assert.False(t, s.Extended, "the extension is after now")
	assert.Zero(t, s.PausedDays, "the pause is after now")
	var rules []string
	for _, f := range r.Check(before) {
		rules = append(rules, f.Rule)
	}
	assert.Equal(t, []string{"rights.on_behalf_unchecked"}, rules,
		"no complaint notice missing (the refusal is after now), no pause flagged, authority not yet checked")

	after := at(2025, 3, 21, 9, 0)
	assert.Equal(t, rights.RefusedLate, r.State(after).Status, "a refusal is due within the first month even under an extension (GDPR art. 12(4))")
	rules = nil
	for _, f := range r.Check(after) {
		rules = append(rules, f.Rule)
	}
	assert.Contains(t, rules, "rights.complaint_notice_missing")
	assert.Contains(t, rules, "rights.paused")
	assert.Contains(t, rules, "rights.answered_late")
}

// A State keeps workingDaysLeft: 0 on the last day, so a host reads "due
// today" rather than a missing field.
func TestWorkingDaysLeftZeroIsKept(t *testing.T) {
	r := rights.Request{Kind: rights.Access, ReceivedAt: at(2025, 1, 31, 10, 0)} // due Friday 28 February (Regulation 1182/71 art. 3(2)(c))
	s := r.State(at(2025, 2, 28, 9, 0))
	require.Equal(t, rights.Open, s.Status)
	require.Zero(t, s.WorkingDaysLeft)
	b, err := json.Marshal(s)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"workingDaysLeft":0`)
}

// ParseJSON is strict and every problem has its JSON field path.
func TestParseJSONStrict(t *testing.T) {
	const ok = `"kind":"access","receivedAt":"2025-01-31T10:00:00+01:00"`
	tests := []struct {
		name, json string
		paths      []string
	}{
		{"an unknown field", `{` + ok + `,"colour":"red"}`, []string{"colour"}},
		{"PascalCase is not camelCase", `{"Kind":"access","receivedAt":"2025-01-31T10:00:00+01:00"}`, []string{"Kind"}},
		{"a duplicate key", `{` + ok + `,"kind":"erasure"}`, []string{"kind"}},
		{"an unknown code", `{"kind":"deletion","receivedAt":"2025-01-31T10:00:00+01:00"}`, []string{"kind"}},
		{"an unknown field of the requester", `{` + ok + `,"requester":{"name":"Jens Hansen","cpr":"0101011234"}}`, []string{"requester.cpr"}},
		{"an instant without an offset", `{"kind":"access","receivedAt":"2025-01-31T10:00:00"}`, []string{"receivedAt"}},
		{"a number where a code belongs", `{"kind":1,"receivedAt":"2025-01-31T10:00:00+01:00"}`, []string{"kind"}},
		{"a valid document that fails Validate", `{"kind":"access","receivedAt":"2025-01-31T10:00:00+01:00","channel":"public"}`, []string{"channel"}},
		{"a grant refused by ground of another kind", `{"kind":"access","receivedAt":"2025-01-31T10:00:00+01:00","answer":{"at":"2025-02-03T10:00:00+01:00","outcome":"refused","grounds":["archiving"]}}`, []string{"answer.grounds[0]"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := rights.ParseJSON[rights.Request]([]byte(tc.json))
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

	_, err := rights.ParseJSON[rights.Policy]([]byte(`{"closedDays":["christmas_eve"],"localInformDays":40}`))
	assert.ErrorIs(t, err, rights.ErrInvalidPolicy)
	c, err := rights.ParseJSON[rights.Collection]([]byte(`{"obtainedAt":"2025-01-31T10:00:00+01:00"}`))
	require.NoError(t, err)
	assert.Equal(t, at(2025, 1, 31, 10, 0).Unix(), c.ObtainedAt.Unix())
}

// Every golden request and the gdprtest sample round-trip through
// ParseJSON and encoding/json without loss; the requester's identity is
// in clear in JSON (JSON is storage) and redacted in fmt and slog.
func TestJSONRoundTrip(t *testing.T) {
	docs := map[string][]byte{}
	for _, name := range []string{"request.json", "request-minimal.json"} {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		require.NoError(t, err)
		docs[name] = b
	}
	sample, err := json.MarshalIndent(gdprtest.Request(), "", "  ")
	require.NoError(t, err)
	docs["gdprtest.Request"] = append(sample, '\n')
	for name, doc := range docs {
		t.Run(name, func(t *testing.T) {
			r, err := rights.ParseJSON[rights.Request](doc)
			require.NoError(t, err)
			assert.Equal(t, string(doc), string(indent(t, r)), "lossless")
		})
	}

	r, err := rights.ParseJSON[rights.Request](docs["request.json"])
	require.NoError(t, err)
	assert.Equal(t, "Jens Hansen", r.Requester.Name())
	assert.Contains(t, string(docs["request.json"]), `"name": "Jens Hansen"`, "in clear in JSON")
	var logged strings.Builder
	slog.New(slog.NewJSONHandler(&logged, nil)).Info("request", "r", r)
	for _, out := range []string{fmt.Sprintf("%v %+v %#v %s", r, r, r, r.Requester), logged.String()} {
		assert.NotContains(t, out, "Jens Hansen")
		assert.NotContains(t, out, "jens@example.dk")
		assert.NotContains(t, out, "Ida Hansen")
	}
}

// A request cannot come in by a public communication: that channel is
// only outbound (GDPR art. 34(3)(c)).
func TestRequestChannel(t *testing.T) {
	r := rights.Request{Kind: rights.Access, ReceivedAt: at(2025, 1, 31, 10, 0)}
	for _, c := range gdpr.Channels() {
		r.Channel = c
		if c.Direct() {
			assert.NoError(t, r.Validate(), "%s", c)
		} else {
			assert.Error(t, r.Validate(), "%s", c)
		}
	}
}

// A partial grant and its partial refusal are each judged against their
// own deadline, and the finding points at the late part (GDPR art. 12(3),
// (4)).
func TestPartialRefusalFinding(t *testing.T) {
	r := rights.Request{Kind: rights.Access, ReceivedAt: at(2025, 1, 31, 10, 0), Basis: gdpr.Art6PublicTask,
		Extension: &rights.Extension{NotifiedAt: at(2025, 2, 20, 9, 0), Reason: gdpr.NewPersonal("many records")},
		Answer: &rights.Answer{At: at(2025, 4, 10, 9, 0), RefusedAt: at(2025, 3, 5, 9, 0), Outcome: rights.PartlyGranted,
			Grounds: []rights.Ground{rights.PrivateInterests}, ComplaintNotice: true}}
	require.NoError(t, r.Validate())
	var got []string
	for _, f := range r.Check(at(2025, 4, 20, 9, 0)) {
		got = append(got, f.Rule+"@"+f.Path)
	}
	assert.Equal(t, []string{"rights.answered_late@answer.refusedAt"}, got, "the refusal part came after the first month")
	r.Answer.RefusedAt = at(2025, 2, 27, 9, 0)
	assert.Empty(t, r.Check(at(2025, 4, 20, 9, 0)))
	r.Answer.RefusedAt = time.Time{}
	got = nil
	for _, f := range r.Check(at(2025, 4, 20, 9, 0)) {
		got = append(got, f.Rule+"@"+f.Path)
	}
	assert.Equal(t, []string{"rights.answered_late@answer.at"}, got, "a partial refusal sent with a grant after the first month is late")
}

// The condition of art. 18(1) and the exception of art. 22(2) belong to
// their kinds of request.
func TestFactsRecordedForTheirKind(t *testing.T) {
	r := rights.Request{Kind: rights.Access, ReceivedAt: at(2025, 1, 31, 10, 0),
		Facts: rights.Facts{Condition: rights.AccuracyContested, Exception: rights.AuthorisedByLaw}}
	assert.Equal(t, []string{"facts.condition", "facts.exception"}, problemPaths(t, r.Validate()))
	r.Kind, r.Facts.Exception = rights.Restriction, 0
	assert.NoError(t, r.Validate())
	r.Facts.Condition = 9
	assert.Equal(t, []string{"facts.condition"}, problemPaths(t, r.Validate()))
	assert.Len(t, enumtest.Check(t, rights.ParseCondition), 4)
	assert.Len(t, enumtest.Check(t, rights.ParseException), 3)

	a, err := rights.Applicable(rights.Objection, gdpr.Art6PublicTask, rights.Facts{Research: true})
	require.NoError(t, err)
	assert.Equal(t, []rights.Ground{rights.PublicInterestResearch}, a.Grounds, "refused on art. 21(6)")
}
