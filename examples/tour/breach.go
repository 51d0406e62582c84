package main

import (
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
)

// breach follows one personal data breach: the 72-hour clock running at
// the tour's "now", the ENISA severity with its parts, the decision under
// the default policy, and what the notification still lacks.
func (t *tour) breach() error {
	t.section("6. Databrud: 72-timersfristen og anmeldelse", "6. Breaches: the 72-hour clock and notification")
	t.printf("  %s\n", t.tr("Brud: et brev med navn og CPR-nummer er sendt til den forkerte borger",
		"Breach: a letter with a name and a CPR number was sent to the wrong citizen"))

	// Aware on a Saturday afternoon, Copenhagen time: weekends do not stop the clock.
	aware, err := breach.ParseLocal("2026-02-28T15:00")
	if err != nil {
		return err
	}
	inc := breach.Incident{
		ID:                "2026-0031",
		AwareAt:           aware,
		Confidentiality:   breach.ConfidentialityKnownRecipients,
		DataTypes:         []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber},
		SubjectCategories: []gdpr.DataSubjectCategory{gdpr.Citizens.Category()},
		ApproxSubjects:    1,
		ApproxRecords:     1,
		Identification:    breach.Maximum,
		Contact:           breach.Contact{Role: "Databeskyttelsesrådgiver", Email: gdpr.NewPersonal("dpo@eksempel.dk")},
		MeasuresTaken:     []gdpr.Personal{gdpr.NewPersonal("Modtageren har bekræftet, at brevet er destrueret")},
	}
	// The instant in the form the clock's own lines below use.
	t.printf("  %s %s\n", t.tr("Kendskab til bruddet:", "Aware of the breach:"),
		aware.Format(t.tr("02-01-2006 kl. 15:04", "2006-01-02 15:04 -07:00")))
	t.printf("  %s\n", inc.State(t.now).Describe(t.lang))
	t.printf("  %s %s\n", t.tr("Uden anmeldelse 36 timer senere:", "Without a notification 36 hours later:"),
		inc.State(t.now.Add(36*time.Hour)).Describe(t.lang))

	score, err := inc.Severity()
	if err != nil {
		return err
	}
	t.printf("  %s\n", t.tr("Alvorlighed (ENISA):", "Severity (ENISA):"))
	for _, line := range score.Explain(t.lang) {
		t.printf("    %s\n", line)
	}
	d, err := breach.Policy{}.Decide(inc)
	if err != nil {
		return err
	}
	t.keep("breach.incident.schema.json", inc)
	t.keep("breach.decision.schema.json", d)
	t.printf("  %s\n", t.tr("Beslutning:", "Decision:"))
	for _, line := range d.Explain(t.lang) {
		t.printf("    %s\n", line)
	}
	t.printf("  %s\n", t.tr("Mangler før anmeldelsen:", "Still missing for the notification:"))
	for _, line := range inc.Checklist(t.now).Lines(t.lang) {
		t.printf("    %s\n", line)
	}
	return nil
}
