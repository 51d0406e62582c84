package breach_test

import (
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestChecklist(t *testing.T) {
	aware := time.Date(2025, 3, 28, 14, 30, 0, 0, cph)
	due := aware.Add(72 * time.Hour)
	complete := func() breach.Incident {
		return breach.Incident{
			AwareAt: aware, Confidentiality: breach.ConfidentialityKnownRecipients,
			SubjectCategories: []gdpr.DataSubjectCategory{gdpr.Citizens.Category()},
			ApproxSubjects:    1, ApproxRecords: 3,
			DataTypes:        []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber},
			Contact:          breach.Contact{Role: "Databeskyttelsesrådgiver", Email: gdpr.NewPersonal("dpo@kommune.dk")},
			Consequences:     gdpr.NewPersonal("Modtageren kender nu borgerens CPR-nummer."),
			MeasuresProposed: []gdpr.Personal{gdpr.NewPersonal("Modtageren bedes slette e-mailen")},
		}
	}
	all := []breach.Item{breach.ItemNature, breach.ItemSubjectCategories, breach.ItemSubjectCount, breach.ItemRecordCategories,
		breach.ItemRecordCount, breach.ItemContact, breach.ItemConsequences, breach.ItemMeasures}
	tests := []struct {
		name     string
		inc      breach.Incident
		now      time.Time
		items    []breach.Item // the entries, in order
		missing  []breach.Item
		todo     []breach.Item
		complete bool
	}{
		{
			name: "a fresh incident with only its nature: everything else is missing",
			inc:  breach.Incident{AwareAt: aware, Confidentiality: breach.ConfidentialityExposed}, now: aware.Add(time.Hour),
			items: all, missing: all[1:], todo: all[1:],
		},
		{
			name: "everything recorded, not notified yet: nothing to do but notify",
			inc:  complete(), now: aware.Add(time.Hour),
			items: all,
		},
		{
			name: "overdue and not notified: the reasons for the delay join the list (art. 33(1))",
			inc:  complete(), now: due.Add(time.Hour),
			items: append(all[:8:8], breach.ItemDelayReasons), missing: []breach.Item{breach.ItemDelayReasons}, todo: []breach.Item{breach.ItemDelayReasons},
		},
		{
			name: "phased notification (art. 33(4)): an initial one with part of the content",
			inc: func() breach.Incident {
				inc := complete()
				inc.Notifications = []breach.Notification{{Phase: breach.Initial, At: aware.Add(5 * time.Hour), Items: []breach.Item{breach.ItemNature, breach.ItemContact, breach.ItemRecordCategories}}}
				return inc
			}(),
			now:   aware.Add(6 * time.Hour),
			items: all,
			todo:  []breach.Item{breach.ItemSubjectCategories, breach.ItemSubjectCount, breach.ItemRecordCount, breach.ItemConsequences, breach.ItemMeasures},
		},
		{
			name: "phased notification: the follow-up sends the rest",
			inc: func() breach.Incident {
				inc := complete()
				inc.Notifications = []breach.Notification{
					{Phase: breach.Initial, At: aware.Add(5 * time.Hour), Items: []breach.Item{breach.ItemNature, breach.ItemContact, breach.ItemRecordCategories}},
					{Phase: breach.FollowUp, At: aware.Add(200 * time.Hour), Items: []breach.Item{breach.ItemSubjectCategories, breach.ItemSubjectCount, breach.ItemRecordCount, breach.ItemConsequences, breach.ItemMeasures}},
				}
				return inc
			}(),
			now:      aware.Add(300 * time.Hour),
			items:    all,
			complete: true,
		},
		{
			name: "notified late with reasons: the reasons count as sent",
			inc: func() breach.Incident {
				inc := complete()
				inc.Notifications = []breach.Notification{{Phase: breach.Initial, At: due.Add(time.Hour), Items: all, DelayReasons: gdpr.NewPersonal("Leverandøren svarede først efter fire dage.")}}
				return inc
			}(),
			now:      due.Add(2 * time.Hour),
			items:    append(all[:8:8], breach.ItemDelayReasons),
			complete: true,
		},
		{
			name: "a contact with a role but no way to reach it is missing",
			inc: func() breach.Incident {
				inc := complete()
				inc.Contact = breach.Contact{Role: "DPO"}
				return inc
			}(),
			now: aware, items: all, missing: []breach.Item{breach.ItemContact}, todo: []breach.Item{breach.ItemContact},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.inc.Checklist(tc.now)
			var items, todo []breach.Item
			for _, e := range c {
				items = append(items, e.Item)
				assert.Equal(t, e.Item.Reference(), e.Reference)
			}
			for _, e := range c.Todo() {
				todo = append(todo, e.Item)
				assert.NotEmpty(t, e.Action.Da)
				assert.NotEmpty(t, e.Action.En)
			}
			assert.Equal(t, tc.items, items)
			assert.Equal(t, tc.missing, c.Missing())
			assert.Equal(t, tc.todo, todo)
			assert.Equal(t, tc.complete, c.Complete())
			assert.Len(t, c.Lines(language.Danish), len(tc.todo))
		})
	}
	assert.False(t, breach.Checklist(nil).Complete(), "an empty list is not complete")
}

func TestChecklistLines(t *testing.T) {
	aware := time.Date(2025, 3, 28, 14, 30, 0, 0, cph)
	inc := breach.Incident{AwareAt: aware, Confidentiality: breach.ConfidentialityKnownRecipients,
		DataTypes: []gdpr.DataType{gdpr.PersonName}, ApproxSubjects: 1, ApproxRecords: 1,
		SubjectCategories: []gdpr.DataSubjectCategory{gdpr.Citizens.Category()},
		Contact:           breach.Contact{Role: "DPO", Email: gdpr.NewPersonal("dpo@kommune.dk")},
		Notifications:     []breach.Notification{{Phase: breach.Initial, At: aware.Add(time.Hour), Items: []breach.Item{breach.ItemNature}}},
	}
	lines := inc.Checklist(aware.Add(2 * time.Hour)).Lines(language.Danish)
	require.Len(t, lines, 7)
	assert.Equal(t, "Send i en opfølgende anmeldelse til Datatilsynet (art. 33, stk. 4): kategorier af berørte registrerede (databeskyttelsesforordningen art. 33, stk. 3, litra a)", lines[0])
	assert.Equal(t, "Beskriv de sandsynlige konsekvenser for de registrerede (databeskyttelsesforordningen art. 33, stk. 3, litra c)", lines[5])
	en := inc.Checklist(aware.Add(2 * time.Hour)).Lines(language.English)
	assert.Equal(t, "Describe the measures taken or proposed to address the breach and mitigate its effects (GDPR art. 33(3)(d))", en[6])
}
