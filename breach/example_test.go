package breach_test

import (
	"fmt"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
	"golang.org/x/text/language"
)

// The 72 hours are elapsed time: across the change to summer time the wall
// clock shows 73 hours (GDPR art. 33).
func ExampleIncident_NotificationDeadline() {
	aware, err := breach.ParseLocal("2025-03-28T14:30") // Copenhagen time, +01:00
	if err != nil {
		panic(err)
	}
	inc := breach.Incident{AwareAt: aware}
	fmt.Println(inc.NotificationDeadline().Format(time.RFC3339))
	// Output: 2025-03-31T15:30:00+02:00
}

// A Copenhagen local time that never happened or happened twice is
// rejected rather than guessed.
func ExampleParseLocal() {
	for _, s := range []string{"2025-03-30T02:30", "2025-10-26T02:30", "2025-10-26T02:30:00+01:00"} {
		t, err := breach.ParseLocal(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(t.Format(time.RFC3339))
	}
	// Output:
	// breach: time "2025-03-30T02:30" does not exist in Europe/Copenhagen: the clocks were put forward (daylight-saving gap); give an offset to say which instant is meant
	// breach: time "2025-10-26T02:30" is ambiguous in Europe/Copenhagen: it happened twice, at +02:00 and at +01:00, when the clocks were put back (daylight-saving overlap); give the offset
	// 2025-10-26T02:30:00+01:00
}

// The clock at an instant: running, overdue, notified in time or late.
func ExampleIncident_State() {
	aware, _ := breach.ParseLocal("2026-02-28T15:00") // a Saturday
	inc := breach.Incident{AwareAt: aware, Confidentiality: breach.ConfidentialityKnownRecipients}
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	fmt.Println(inc.State(now).Describe(language.Danish))
	fmt.Println(inc.State(now.Add(48 * time.Hour)).Describe(language.English))
	// Output:
	// Fristen løber: 29 t 0 min tilbage, frist 03-03-2026 kl. 15:00
	// Overdue by 19 h 0 min, was due 2026-03-03 15:00 +01:00
}

// A case worker e-mails a letter with a citizen's name and CPR number to
// the wrong citizen. ENISA: DPC 2 (the CPR number), EI 1, CB 0.25 (one
// known recipient), SE 2.25, medium: notify Datatilsynet within 72 hours;
// no high risk, so the citizen need not be told.
func Example_cprEmailToWrongCitizen() {
	aware, _ := breach.ParseLocal("2025-09-15T10:20")
	inc := breach.Incident{
		ID:                "2025-0117",
		AwareAt:           aware,
		Confidentiality:   breach.ConfidentialityKnownRecipients,
		DataTypes:         []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber},
		SubjectCategories: []gdpr.DataSubjectCategory{gdpr.Citizens.Category()},
		ApproxSubjects:    1,
		ApproxRecords:     1,
		Identification:    breach.Maximum,
		Contact:           breach.Contact{Role: "Databeskyttelsesrådgiver", Email: gdpr.NewPersonal("dpo@kommune.dk")},
	}
	score, _ := inc.Severity()
	fmt.Println(score)
	d, _ := breach.Policy{}.Decide(inc)
	for _, line := range d.Explain(language.English) {
		fmt.Println("-", line)
	}
	fmt.Println("To do:")
	for _, line := range inc.Checklist(aware.Add(time.Hour)).Lines(language.English) {
		fmt.Println("-", line)
	}
	// Output:
	// SE = 2 × 1 + 0.25 = 2.25 (medium)
	// - No recorded fact shows that the breach is unlikely to result in a risk, and no factor makes the risk high: the breach results in a risk (Datatilsynet's threshold for risk is very low) (GDPR art. 33(1); Datatilsynet's guidance on personal data breaches)
	// - The severity by ENISA's method is medium (SE 2.25); the method is an aid to the assessment, not the test itself (ENISA 2013 severity method)
	// - Notify Datatilsynet without undue delay and within 72 hours of becoming aware: by 2025-09-18 10:20 +02:00 (GDPR art. 33(1))
	// - Document the breach in the breach log: the facts, its effects and the remedial action taken (GDPR art. 33(5))
	// - The breach does not result in a high risk: the data subjects need not be told (GDPR art. 34(1))
	// To do:
	// - Describe the likely consequences for the data subjects (GDPR art. 33(3)(c))
	// - Describe the measures taken or proposed to address the breach and mitigate its effects (GDPR art. 33(3)(d))
}

// Ransomware encrypts a file server with citizens' names and contact
// details. With a working backup the data are back within hours and the
// consequences are negligible: that recorded fact shows no risk, so the
// breach is documented only (EDPB Guidelines 01/2021, case 1). Without a
// backup the data are lost and no fact shows the breach unlikely to result
// in a risk, so Datatilsynet is notified. ENISA's severity, low (SE 1.5)
// and medium (SE 2), is shown beside the decision as an aid, not its test.
func Example_ransomware() {
	aware, _ := breach.ParseLocal("2025-11-03T07:45")
	for _, backup := range []bool{true, false} {
		inc := breach.Incident{
			AwareAt:        aware,
			Malicious:      true,
			Availability:   breach.AvailabilityPermanent,
			DataTypes:      []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails},
			Identification: breach.Maximum,
		}
		if backup {
			// Restored from the backup within hours, with no consequence:
			// the fact of a short, harmless outage (EDPB Guidelines
			// 01/2021, section 2.1).
			inc.Availability, inc.Backup, inc.Harm = breach.AvailabilityRestored, true, breach.HarmNegligible
		}
		score, _ := inc.Severity()
		d, _ := breach.Policy{}.Decide(inc)
		fmt.Printf("backup %v: %s; notify Datatilsynet: %v; tell the data subjects: %v\n", backup, score, d.NotifyAuthority, d.InformSubjects)
	}
	// Output:
	// backup true: SE = 1 × 1 + 0.5 = 1.5 (low); notify Datatilsynet: false; tell the data subjects: false
	// backup false: SE = 1 × 1 + 1 = 2 (medium); notify Datatilsynet: true; tell the data subjects: false
}

// Health data published by mistake, with too many people to reach one by
// one and no way to know who saw what: a public communication instead,
// addressed to everyone potentially affected.
func ExamplePolicy_Decide() {
	aware, _ := breach.ParseLocal("2025-05-12T13:00")
	inc := breach.Incident{
		AwareAt:                aware,
		Confidentiality:        breach.ConfidentialityUnknownRecipients,
		DataTypes:              []gdpr.DataType{gdpr.PersonName, gdpr.Health},
		Identification:         breach.Maximum,
		SubjectsUnidentified:   true,
		DisproportionateEffort: true,
	}
	d, err := breach.Policy{}.Decide(inc)
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Risk, d.NotifyAuthority, d.InformSubjects, d.PublicCommunication, d.AllPotentiallyAffected, d.Exceptions)
	for _, line := range d.Explain(language.Danish)[6:] {
		fmt.Println(line)
	}
	// Output:
	// high_risk true true true true [disproportionate_effort]
	// De berørte kan ikke udpeges præcist: alle potentielt berørte registrerede skal underrettes, dvs. alle, der kan identificeres ud fra de kompromitterede oplysninger (databeskyttelsesforordningen art. 34, stk. 1; Datatilsynets vejledning om håndtering af brud på persondatasikkerheden)
	// Underretningen beskriver bruddet i et klart og enkelt sprog og angiver mindst kontaktpunktet (fx databeskyttelsesrådgiveren), de sandsynlige konsekvenser og de trufne foranstaltninger (databeskyttelsesforordningen art. 34, stk. 2)
}
