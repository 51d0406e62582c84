package breach_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create %s", path)
	assert.Equal(t, string(want), string(got), "golden file %s (go test -update rewrites it)", path)
}

// fullIncident is a processor breach with every field set.
func fullIncident() breach.Incident {
	aware := time.Date(2025, 3, 28, 14, 30, 0, 0, cph)
	return breach.Incident{
		ID:           "2025-0042",
		Description:  gdpr.NewPersonal("Fagsystemets leverandør fandt en fejlkonfigureret adgang til dokumentarkivet."),
		OccurredAt:   breach.Span{From: aware.Add(-30 * 24 * time.Hour), To: aware.Add(-48 * time.Hour)},
		DiscoveredAt: aware.Add(-2 * time.Hour),
		AwareAt:      aware,
		Processors: []breach.ProcessorNotice{
			{Name: "Hosting A/S", AwareAt: aware.Add(-20 * time.Hour), NotifiedAt: aware.Add(-8 * time.Hour), AgreedHours: 24},
			{Name: "Fagsystem ApS", AwareAt: aware.Add(-8 * time.Hour), NotifiedAt: aware, AgreedHours: 24},
		},
		Confidentiality:   breach.ConfidentialityUnknownRecipients,
		Malicious:         false,
		DataTypes:         []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber, gdpr.SocialConditions},
		SubjectCategories: []gdpr.DataSubjectCategory{gdpr.Citizens.Category(), gdpr.Children.Category()},
		ApproxSubjects:    1200,
		ApproxRecords:     5400,
		Consequences:      gdpr.NewPersonal("Risiko for identitetsmisbrug og for at oplysninger om sociale forhold bliver kendt af uvedkommende."),
		MeasuresTaken:     []gdpr.Personal{gdpr.NewPersonal("Adgangen er lukket"), gdpr.NewPersonal("Logfiler er gennemgået")},
		MeasuresProposed:  []gdpr.Personal{gdpr.NewPersonal("Halvårlig gennemgang af adgangsrettigheder")},
		Contexts: []breach.DataContext{
			{Kind: breach.FinancialData, Types: []gdpr.DataType{gdpr.CPRNumber, gdpr.SocialConditions},
				Adjustments: []breach.Adjustment{{Factor: breach.IndividualCharacteristics, Steps: 1, Note: gdpr.NewPersonal("børn i udsatte familier")}}},
		},
		Identification:       breach.Maximum,
		Rationale:            gdpr.NewPersonal("Mange borgere, heriblandt børn, og oplysninger om sociale forhold."),
		SubjectsUnidentified: true,
		Contact:              breach.Contact{Role: "Databeskyttelsesrådgiver", Name: gdpr.NewPersonal("Jens Hansen"), Email: gdpr.NewPersonal("dpo@kommune.dk"), Phone: gdpr.NewPersonal("+45 12 34 56 78")},
		Notifications: []breach.Notification{
			{Phase: breach.Initial, At: aware.Add(20 * time.Hour), Reference: "2025-441-0042",
				Items: []breach.Item{breach.ItemNature, breach.ItemRecordCategories, breach.ItemContact}},
			{Phase: breach.FollowUp, At: aware.Add(5 * 24 * time.Hour),
				Items: []breach.Item{breach.ItemSubjectCategories, breach.ItemSubjectCount, breach.ItemRecordCount, breach.ItemConsequences, breach.ItemMeasures}},
		},
		SubjectNotices: []breach.SubjectNotice{
			{At: aware.Add(3 * 24 * time.Hour), Channel: gdpr.DigitalPost, Count: 1150,
				Items: []breach.Item{breach.ItemNature, breach.ItemContact, breach.ItemConsequences, breach.ItemMeasures}},
		},
	}
}

func TestIncidentJSONGolden(t *testing.T) {
	inc := fullIncident()
	require.NoError(t, inc.Validate())
	b, err := json.MarshalIndent(inc, "", "  ")
	require.NoError(t, err)
	golden(t, "incident.json", append(b, '\n'))

	// Lossless round trip: decoding and encoding again gives the same bytes,
	// and the same instants.
	var back breach.Incident
	require.NoError(t, json.Unmarshal(b, &back))
	b2, err := json.MarshalIndent(back, "", "  ")
	require.NoError(t, err)
	assert.Equal(t, string(b), string(b2))
	assert.True(t, back.AwareAt.Equal(inc.AwareAt))
	assert.True(t, back.NotificationDeadline().Equal(inc.NotificationDeadline()))
	require.NoError(t, back.Validate())
}

func TestIncidentJSONZeroAndErrors(t *testing.T) {
	b, err := json.Marshal(breach.Incident{})
	require.NoError(t, err)
	assert.Equal(t, `{}`, string(b), "an empty record encodes as an empty object")

	tests := []struct {
		name, in, want string
	}{
		{name: "an unknown nature code", in: `{"confidentiality":"leaked"}`, want: `unknown loss of confidentiality "leaked"`},
		{name: "an unknown phase", in: `{"notifications":[{"phase":"final"}]}`, want: `unknown phase "final"`},
		{name: "an unknown data type", in: `{"dataTypes":["shoe_size"]}`, want: `unknown data type "shoe_size"`},
		{name: "a local time without an offset", in: `{"awareAt":"2025-10-26T02:30:00"}`, want: `cannot parse`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var inc breach.Incident
			err := json.Unmarshal([]byte(tc.in), &inc)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestIncidentValidate(t *testing.T) {
	aware := time.Date(2025, 3, 28, 14, 30, 0, 0, cph)
	due := aware.Add(72 * time.Hour)
	base := func() breach.Incident {
		return breach.Incident{AwareAt: aware, Confidentiality: breach.ConfidentialityKnownRecipients}
	}
	tests := []struct {
		name  string
		edit  func(*breach.Incident)
		paths []string
		codes []string
	}{
		{name: "the minimum: awareness and a nature", edit: func(*breach.Incident) {}},
		{name: "the full processor breach", edit: func(i *breach.Incident) { *i = fullIncident() }},
		{
			name:  "the zero value: no awareness, no nature",
			edit:  func(i *breach.Incident) { *i = breach.Incident{} },
			paths: []string{"awareAt", "confidentiality"}, codes: []string{gdpr.CodeRequired, gdpr.CodeRequired},
		},
		{
			name:  "discovered after the controller was aware",
			edit:  func(i *breach.Incident) { i.DiscoveredAt = aware.Add(time.Minute) },
			paths: []string{"discoveredAt"}, codes: []string{gdpr.CodeOrder},
		},
		{
			name: "an occurrence range that ends before it starts",
			edit: func(i *breach.Incident) {
				i.OccurredAt = breach.Span{From: aware.Add(-time.Hour), To: aware.Add(-2 * time.Hour)}
			},
			paths: []string{"occurredAt.to"}, codes: []string{gdpr.CodeOrder},
		},
		{
			name:  "occurred after the controller was aware",
			edit:  func(i *breach.Incident) { i.OccurredAt = breach.Span{From: aware.Add(time.Hour)} },
			paths: []string{"occurredAt"}, codes: []string{gdpr.CodeOrder},
		},
		{
			name: "occurred after it was discovered",
			edit: func(i *breach.Incident) {
				i.DiscoveredAt = aware.Add(-3 * time.Hour)
				i.OccurredAt = breach.Span{To: aware.Add(-time.Hour)}
			},
			paths: []string{"occurredAt"}, codes: []string{gdpr.CodeOrder},
		},
		{
			name: "an occurrence range that is still running when the controller becomes aware is fine",
			edit: func(i *breach.Incident) {
				i.OccurredAt = breach.Span{From: aware.Add(-time.Hour), To: aware.Add(time.Hour)}
			},
		},
		{
			name: "unknown codes",
			edit: func(i *breach.Incident) {
				i.Confidentiality, i.Integrity, i.Availability, i.Identification, i.Risk = 8, 8, 8, 8, 8
			},
			paths: []string{"confidentiality", "integrity", "availability", "identification", "risk"},
			codes: []string{gdpr.CodeUnknown, gdpr.CodeUnknown, gdpr.CodeUnknown, gdpr.CodeUnknown, gdpr.CodeUnknown},
		},
		{
			name:  "data types unknown and twice",
			edit:  func(i *breach.Incident) { i.DataTypes = []gdpr.DataType{gdpr.Health, "x", gdpr.Health} },
			paths: []string{"dataTypes[1]", "dataTypes[2]"}, codes: []string{gdpr.CodeUnknown, gdpr.CodeDuplicate},
		},
		{
			name: "a subject category without group or name",
			edit: func(i *breach.Incident) {
				i.SubjectCategories = []gdpr.DataSubjectCategory{gdpr.Citizens.Category(), {}}
			},
			paths: []string{"subjectCategories[1]"}, codes: []string{gdpr.CodeRequired},
		},
		{
			name:  "negative numbers",
			edit:  func(i *breach.Incident) { i.ApproxSubjects, i.ApproxRecords = -1, -5 },
			paths: []string{"approxSubjects", "approxRecords"}, codes: []string{gdpr.CodeOutOfRange, gdpr.CodeOutOfRange},
		},
		{
			name: "an invalid data context",
			edit: func(i *breach.Incident) {
				i.Contexts = []breach.DataContext{{Kind: breach.SimpleData, Adjustments: []breach.Adjustment{{Factor: breach.Invalidity, Steps: 1}}}}
			},
			paths: []string{"dataContexts[0].adjustments[0].steps"}, codes: []string{gdpr.CodeConflict},
		},
		{
			name: "empty measures",
			edit: func(i *breach.Incident) {
				i.MeasuresTaken = []gdpr.Personal{gdpr.NewPersonal(" ")}
				i.MeasuresProposed = []gdpr.Personal{gdpr.NewPersonal("")}
			},
			paths: []string{"measuresTaken[0]", "measuresProposed[0]"}, codes: []string{gdpr.CodeRequired, gdpr.CodeRequired},
		},
		{
			name: "a processor without name or awareness, negative hours",
			edit: func(i *breach.Incident) {
				i.Processors = []breach.ProcessorNotice{{AgreedHours: -1}, {Name: "B", AwareAt: aware, NotifiedAt: aware.Add(-time.Hour)}}
			},
			paths: []string{"processors[0].name", "processors[0].awareAt", "processors[0].agreedHours", "processors[1].notifiedAt"},
			codes: []string{gdpr.CodeRequired, gdpr.CodeRequired, gdpr.CodeOutOfRange, gdpr.CodeOrder},
		},
		{
			// Hours beyond a year are no agreement on "without undue delay"
			// (GDPR art. 33(2)), and would overflow a time.Duration.
			name: "agreed hours beyond a year",
			edit: func(i *breach.Incident) {
				i.Processors = []breach.ProcessorNotice{{Name: "A", AwareAt: aware, AgreedHours: breach.MaxAgreedHours + 1}}
			},
			paths: []string{"processors[0].agreedHours"}, codes: []string{gdpr.CodeOutOfRange},
		},
		{
			name: "agreed hours of exactly a year",
			edit: func(i *breach.Incident) {
				i.Processors = []breach.ProcessorNotice{{Name: "A", AwareAt: aware, AgreedHours: breach.MaxAgreedHours}}
			},
		},
		{
			// GDPR art. 33; GDPR art. 33(1): a late notification states the reasons for the delay.
			name: "notified after 72 hours without reasons for the delay",
			edit: func(i *breach.Incident) {
				i.Notifications = []breach.Notification{{Phase: breach.Initial, At: due.Add(time.Second)}}
			},
			paths: []string{"notifications[0].delayReasons"}, codes: []string{gdpr.CodeRequired},
		},
		{
			name: "notified after 72 hours with reasons",
			edit: func(i *breach.Incident) {
				i.Notifications = []breach.Notification{{Phase: breach.Initial, At: due.Add(time.Hour), DelayReasons: gdpr.NewPersonal("Leverandøren kunne først afgrænse bruddet efter fire dage.")}}
			},
		},
		{
			name: "notified exactly at the deadline needs no reasons",
			edit: func(i *breach.Incident) { i.Notifications = []breach.Notification{{Phase: breach.Initial, At: due}} },
		},
		{
			name: "a follow-up after 72 hours needs no reasons (art. 33(4))",
			edit: func(i *breach.Incident) {
				i.Notifications = []breach.Notification{{Phase: breach.Initial, At: due.Add(-time.Hour)}, {Phase: breach.FollowUp, At: due.Add(100 * time.Hour)}}
			},
		},
		{
			name: "notifications out of phase and order",
			edit: func(i *breach.Incident) {
				i.Notifications = []breach.Notification{
					{Phase: breach.FollowUp, At: aware.Add(time.Hour)},
					{Phase: breach.Initial, At: aware.Add(-time.Hour)},
					{At: aware.Add(2 * time.Hour), Items: []breach.Item{breach.ItemNature, 42, breach.ItemNature}},
					{Phase: 9},
				}
			},
			paths: []string{"notifications[0].phase", "notifications[1].phase", "notifications[1].at", "notifications[2].phase", "notifications[2].items[1]", "notifications[2].items[2]", "notifications[3].phase", "notifications[3].at"},
			codes: []string{gdpr.CodeOrder, gdpr.CodeConflict, gdpr.CodeOrder, gdpr.CodeRequired, gdpr.CodeUnknown, gdpr.CodeDuplicate, gdpr.CodeUnknown, gdpr.CodeRequired},
		},
		{
			name: "notifications not in time order",
			edit: func(i *breach.Incident) {
				i.Notifications = []breach.Notification{{Phase: breach.Initial, At: aware.Add(10 * time.Hour)}, {Phase: breach.FollowUp, At: aware.Add(5 * time.Hour)}}
			},
			paths: []string{"notifications[1].at"}, codes: []string{gdpr.CodeOrder},
		},
		{
			name: "subject notices: missing instant and channel, before awareness, unknown channel, negative count",
			edit: func(i *breach.Incident) {
				i.SubjectNotices = []breach.SubjectNotice{{}, {At: aware.Add(-time.Hour), Channel: 9, Count: -1}}
			},
			paths: []string{"subjectNotices[0].at", "subjectNotices[0].channel", "subjectNotices[1].at", "subjectNotices[1].channel", "subjectNotices[1].count"},
			codes: []string{gdpr.CodeRequired, gdpr.CodeRequired, gdpr.CodeOrder, gdpr.CodeUnknown, gdpr.CodeOutOfRange},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			inc := base()
			tc.edit(&inc)
			err := inc.Validate()
			if len(tc.paths) == 0 {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, gdpr.ErrInvalid)
			assert.Equal(t, tc.paths, problemPaths(t, err))
			var ps gdpr.Problems
			require.ErrorAs(t, err, &ps)
			codes := make([]string, len(ps))
			for i, p := range ps {
				codes[i] = p.Code
			}
			assert.Equal(t, tc.codes, codes)
		})
	}
}

func TestIncidentNaturesAndCategory(t *testing.T) {
	inc := breach.Incident{Confidentiality: breach.ConfidentialityExposed, Availability: breach.AvailabilityTemporary}
	assert.Equal(t, []breach.Nature{breach.ConfidentialityBreach, breach.AvailabilityBreach}, inc.Natures())
	assert.True(t, inc.Has(breach.ConfidentialityBreach))
	assert.False(t, inc.Has(breach.IntegrityBreach))
	assert.False(t, inc.Has(0))
	assert.Empty(t, breach.Incident{}.Natures())
	assert.Equal(t, gdpr.DataCategory(0), inc.Category())
	inc.DataTypes = []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber}
	assert.Equal(t, gdpr.Confidential, inc.Category())
}

func TestSpan(t *testing.T) {
	t0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	assert.True(t, breach.Span{}.IsZero())
	assert.False(t, breach.Span{}.Exact())
	assert.True(t, breach.Span{From: t0}.Exact())
	assert.True(t, breach.Span{From: t0, To: t0}.Exact())
	assert.False(t, breach.Span{From: t0, To: t0.Add(time.Hour)}.Exact())
	assert.True(t, breach.Span{To: t0}.Earliest().Equal(t0), "at the latest then")
	assert.True(t, breach.Span{}.Earliest().IsZero())
}

func TestIncidentRedaction(t *testing.T) {
	// The incident holds no personal data of the people affected, but the
	// contact person's name, e-mail and phone are redacted everywhere, and
	// free texts never appear in logs.
	inc := fullIncident()
	secrets := []string{"Jens Hansen", "dpo@kommune.dk", "12 34 56 78", inc.Description.Reveal(), inc.Consequences.Reveal(), inc.Rationale.Reveal(), "Adgangen er lukket"}
	var out []string
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%d"} {
		out = append(out, fmt.Sprintf(verb, inc), fmt.Sprintf(verb, &inc), fmt.Sprintf(verb, inc.Contact), fmt.Sprintf(verb, []breach.Incident{inc}))
	}
	out = append(out, inc.String(), inc.Contact.String(), fmt.Sprint(struct{ I breach.Incident }{inc}))
	var jb, tb bytes.Buffer
	slog.New(slog.NewJSONHandler(&jb, nil)).Info("breach", "incident", inc, "contact", inc.Contact)
	slog.New(slog.NewTextHandler(&tb, nil)).Info("breach", "incident", inc)
	out = append(out, jb.String(), tb.String())
	for _, s := range out {
		for _, secret := range secrets {
			assert.NotContains(t, s, secret)
		}
	}
	// An id of eight digits in two groups has the shape of a phone number, so it is described, not quoted.
	assert.Equal(t, `breach.Incident{id: (a value of 9 characters), awareAt: 2025-03-28T14:30:00+01:00, nature: [confidentiality]}`, inc.String())
	assert.Equal(t, `Contact{role: "Databeskyttelsesrådgiver", name: [redacted], email: [redacted], phone: [redacted]}`, inc.Contact.String())
	assert.Equal(t, `Contact{}`, breach.Contact{}.String())
	assert.Contains(t, jb.String(), `"role":"Databeskyttelsesrådgiver"`)
	assert.Contains(t, jb.String(), `"id":"2025-0042"`)
	assert.Contains(t, tb.String(), "incident.category=confidential")
	assert.True(t, strings.Contains(jb.String(), `"name":"[redacted]"`))
}

func TestContactReachable(t *testing.T) {
	assert.True(t, breach.Contact{Role: "DPO", Email: gdpr.NewPersonal("dpo@kommune.dk")}.Reachable())
	assert.True(t, breach.Contact{Name: gdpr.NewPersonal("X"), Phone: gdpr.NewPersonal("1")}.Reachable())
	assert.False(t, breach.Contact{Role: "DPO"}.Reachable(), "no way to reach it")
	assert.False(t, breach.Contact{Email: gdpr.NewPersonal("dpo@kommune.dk")}.Reachable(), "no role or name")
	assert.True(t, breach.Contact{}.IsZero())
}
