package breach_test

import (
	"regexp"
	"sort"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkCases are inputs for Policy.Check, each with the findings (rule id
// at path) it must give, in order.
type checkCase struct {
	name string
	inc  breach.Incident
	now  time.Time
	want []string
}

func checkCases() []checkCase {
	aware := time.Date(2025, 3, 28, 14, 30, 0, 0, cph)
	due := aware.Add(72 * time.Hour)
	contact := breach.Contact{Role: "Databeskyttelsesrådgiver", Email: gdpr.NewPersonal("dpo@kommune.dk")}
	allItems := []breach.Item{breach.ItemNature, breach.ItemSubjectCategories, breach.ItemSubjectCount, breach.ItemRecordCategories,
		breach.ItemRecordCount, breach.ItemContact, breach.ItemConsequences, breach.ItemMeasures}
	noticeItems := []breach.Item{breach.ItemNature, breach.ItemContact, breach.ItemConsequences, breach.ItemMeasures}
	// medium: a CPR number to one wrong citizen (SE 2.25), fully recorded.
	medium := func() breach.Incident {
		return breach.Incident{
			AwareAt: aware, Confidentiality: breach.ConfidentialityKnownRecipients,
			DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber}, Identification: breach.Maximum,
			SubjectCategories: []gdpr.DataSubjectCategory{gdpr.Citizens.Category()}, ApproxSubjects: 1, ApproxRecords: 1,
			Contact: contact, Consequences: gdpr.NewPersonal("Modtageren kender borgerens CPR-nummer."), MeasuresTaken: []gdpr.Personal{gdpr.NewPersonal("Modtageren har slettet e-mailen")},
		}
	}
	// high: health data to unknown recipients (SE 4.5), fully recorded and notified in time.
	high := func() breach.Incident {
		inc := medium()
		inc.DataTypes = []gdpr.DataType{gdpr.PersonName, gdpr.Health}
		inc.Confidentiality = breach.ConfidentialityUnknownRecipients
		inc.Notifications = []breach.Notification{{Phase: breach.Initial, At: aware.Add(time.Hour), Items: allItems}}
		return inc
	}
	edit := func(inc breach.Incident, f func(*breach.Incident)) breach.Incident { f(&inc); return inc }
	return []checkCase{
		{
			name: "recorded in full, clock running: only the pending notification",
			inc:  medium(), now: aware.Add(time.Hour),
			want: []string{"breach.notification_pending@notifications"},
		},
		{
			name: "recorded in full, overdue",
			inc:  medium(), now: due.Add(time.Second),
			want: []string{"breach.notification_overdue@notifications"},
		},
		{
			name: "notified in time with everything: no findings",
			inc: edit(medium(), func(i *breach.Incident) {
				i.Notifications = []breach.Notification{{Phase: breach.Initial, At: aware.Add(time.Hour), Items: allItems}}
			}),
			now: due.Add(time.Hour),
		},
		{
			name: "notified late with reasons",
			inc: edit(medium(), func(i *breach.Incident) {
				i.Notifications = []breach.Notification{{Phase: breach.Initial, At: due.Add(time.Hour), Items: allItems, DelayReasons: gdpr.NewPersonal("Bruddet blev først afgrænset efter fire dage.")}}
			}),
			now:  due.Add(2 * time.Hour),
			want: []string{"breach.notified_late@notifications[0].at"},
		},
		{
			name: "a fresh, unassessed incident: unassessed, pending, and every missing part of the content",
			inc:  breach.Incident{AwareAt: aware, Confidentiality: breach.ConfidentialityKnownRecipients},
			now:  aware.Add(time.Hour),
			want: []string{
				"breach.risk_unassessed@identification", "breach.notification_pending@notifications",
				"breach.content_missing@subjectCategories", "breach.content_missing@approxSubjects", "breach.content_missing@dataTypes",
				"breach.content_missing@approxRecords", "breach.content_missing@contact", "breach.content_missing@consequences",
				"breach.content_missing@measuresTaken",
			},
		},
		{
			name: "notified in phases: what is recorded but not sent awaits a follow-up (art. 33(4))",
			inc: edit(medium(), func(i *breach.Incident) {
				i.Notifications = []breach.Notification{{Phase: breach.Initial, At: aware.Add(time.Hour), Items: []breach.Item{breach.ItemNature, breach.ItemContact, breach.ItemRecordCategories, breach.ItemSubjectCategories, breach.ItemSubjectCount, breach.ItemRecordCount}}}
			}),
			now:  aware.Add(2 * time.Hour),
			want: []string{"breach.follow_up_pending@consequences", "breach.follow_up_pending@measuresTaken"},
		},
		{
			name: "document only, without the reasoning (art. 33(5))",
			inc:  breach.Incident{AwareAt: aware, Confidentiality: breach.ConfidentialityExposed, Risk: breach.RiskUnlikely},
			now:  due.Add(time.Hour),
			want: []string{"breach.rationale_missing@rationale"},
		},
		{
			name: "document only, with the reasoning",
			inc:  breach.Incident{AwareAt: aware, Confidentiality: breach.ConfidentialityExposed, Risk: breach.RiskUnlikely, Rationale: gdpr.NewPersonal("Brevet kom uåbnet retur.")},
			now:  due.Add(time.Hour),
		},
		{
			name: "high risk, the data subjects not told",
			inc:  high(), now: aware.Add(2 * time.Hour),
			want: []string{"breach.subjects_not_told@subjectNotices"},
		},
		{
			name: "high risk, told by Digital Post with everything art. 34(2) asks",
			inc: edit(high(), func(i *breach.Incident) {
				i.SubjectNotices = []breach.SubjectNotice{{At: aware.Add(3 * time.Hour), Channel: gdpr.DigitalPost, Count: 1, Items: noticeItems}}
			}),
			now: aware.Add(4 * time.Hour),
		},
		{
			name: "a communication without the contact point (Datatilsynet's guidance; art. 34(2))",
			inc: edit(high(), func(i *breach.Incident) {
				i.SubjectNotices = []breach.SubjectNotice{{At: aware.Add(3 * time.Hour), Channel: gdpr.Letter, Items: []breach.Item{breach.ItemNature, breach.ItemConsequences, breach.ItemMeasures}}}
			}),
			now:  aware.Add(4 * time.Hour),
			want: []string{"breach.subject_notice_incomplete@subjectNotices[0].items"},
		},
		{
			name: "disproportionate effort, but letters instead of a public communication",
			inc: edit(high(), func(i *breach.Incident) {
				i.DisproportionateEffort = true
				i.SubjectNotices = []breach.SubjectNotice{{At: aware.Add(3 * time.Hour), Channel: gdpr.Letter, Items: noticeItems}}
			}),
			now:  aware.Add(4 * time.Hour),
			want: []string{"breach.public_communication_missing@subjectNotices"},
		},
		{
			name: "disproportionate effort with a public communication",
			inc: edit(high(), func(i *breach.Incident) {
				i.DisproportionateEffort = true
				i.SubjectNotices = []breach.SubjectNotice{{At: aware.Add(3 * time.Hour), Channel: gdpr.PublicNotice, Items: noticeItems}}
			}),
			now: aware.Add(4 * time.Hour),
		},
		{
			name: "art. 34(3)(b) claimed without measures taken",
			inc: edit(high(), func(i *breach.Incident) {
				i.HighRiskRemoved = true
				i.MeasuresTaken = nil
				i.MeasuresProposed = []gdpr.Personal{gdpr.NewPersonal("Kryptering af alle bærbare")}
			}),
			now:  aware.Add(4 * time.Hour),
			want: []string{"breach.risk_removed_without_measures@measuresTaken"},
		},
		{
			name: "art. 34(3)(a): encrypted data, no communication needed",
			inc:  edit(high(), func(i *breach.Incident) { i.Unintelligible = true }),
			now:  aware.Add(4 * time.Hour),
		},
		{
			name: "processor chain: a processor missed its hours and the controller recorded awareness after the notice",
			inc: edit(medium(), func(i *breach.Incident) {
				i.Notifications = []breach.Notification{{Phase: breach.Initial, At: aware.Add(time.Hour), Items: allItems}}
				i.Processors = []breach.ProcessorNotice{
					{Name: "Hosting A/S", AwareAt: aware.Add(-50 * time.Hour), NotifiedAt: aware.Add(-40 * time.Hour), AgreedHours: 24},
					{Name: "Fagsystem ApS", AwareAt: aware.Add(-30 * time.Hour), NotifiedAt: aware.Add(-2 * time.Hour), AgreedHours: 24},
				}
			}),
			now: aware.Add(4 * time.Hour),
			want: []string{
				"breach.processor_late@processors[1].notifiedAt",
				"breach.aware_after_notice@processors[1].awareAt",
				"breach.aware_after_notice@awareAt",
			},
		},
	}
}

func TestCheck(t *testing.T) {
	for _, tc := range checkCases() {
		t.Run(tc.name, func(t *testing.T) {
			require.NoError(t, tc.inc.Validate(), "the inputs are valid records")
			fs := breach.Policy{}.Check(tc.inc, tc.now)
			require.NotNil(t, fs, "Check never returns nil")
			assert.Equal(t, fs, tc.inc.Check(tc.now), "the plain form is the zero Policy's")
			var got []string
			for _, f := range fs {
				got = append(got, f.Rule+"@"+f.Path)
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestRulesAreAllTriggered(t *testing.T) {
	ids := map[string]bool{}
	idPattern := regexp.MustCompile(`^breach\.[a-z][a-z0-9]*(_[a-z0-9]+)*$`)
	for _, r := range breach.Rules() {
		assert.Regexp(t, idPattern, r.ID)
		assert.False(t, ids[r.ID], "rule %s listed twice", r.ID)
		ids[r.ID] = true
		assert.True(t, r.Severity.Valid(), r.ID)
		assert.Regexp(t, `^GDPR art\. (3[34]|5)\(`, r.Reference.En, r.ID)
		assert.NotEmpty(t, r.Text.Da, r.ID)
		assert.NotEmpty(t, r.Text.En, r.ID)
	}
	emitted := map[string]bool{}
	invalid := checkCase{name: "an empty record is invalid", inc: breach.Incident{}, now: time.Date(2025, 3, 28, 14, 30, 0, 0, cph)}
	for _, tc := range append(checkCases(), invalid) {
		for _, f := range (breach.Policy{}).Check(tc.inc, tc.now) {
			assert.True(t, ids[f.Rule], "emitted rule %s is not in Rules()", f.Rule)
			emitted[f.Rule] = true
			var rule gdpr.Rule
			for _, r := range breach.Rules() {
				if r.ID == f.Rule {
					rule = r
				}
			}
			assert.Equal(t, rule.Finding(f.Path), f, "a finding carries its rule")
		}
	}
	var never []string
	for id := range ids {
		if !emitted[id] {
			never = append(never, id)
		}
	}
	sort.Strings(never)
	assert.Empty(t, never, "rules no test input triggers")

	// Fresh copies.
	rs := breach.Rules()
	rs[0].ID = "changed"
	assert.NotEqual(t, "changed", breach.Rules()[0].ID)
}
