package gdprtest

import (
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
)

// Incident returns a sample personal data breach (GDPR art. 33 and 34) in
// the home care of [Record]: on Monday 23 February 2026 a care worker
// e-mailed a note on one citizen's health to the wrong relative. The
// controller became aware at 10:30 in Copenhagen, notified Datatilsynet the
// next morning with every part of art. 33(3), well within the 72 hours,
// and told the citizen by Digital Post the same day, since health data
// about an elderly citizen sent to the wrong person are a high risk under
// the default policy (ENISA's severity, reported beside: health data,
// fully identifiable, known recipient: 4 x 1 + 0.25 = 4.25, very high).
//
// The incident passes Validate, and breach.Incident.Check finds
// nothing at [Now]. Each call returns a new incident that shares nothing with
// any other.
func Incident() breach.Incident {
	aware := local(2026, time.February, 23, 10, 30)
	all := []breach.Item{
		breach.ItemNature, breach.ItemSubjectCategories, breach.ItemSubjectCount, breach.ItemRecordCategories,
		breach.ItemRecordCount, breach.ItemContact, breach.ItemConsequences, breach.ItemMeasures,
	}
	return breach.Incident{
		ID:                "BRUD-2026-004",
		Description:       gdpr.NewPersonal("En medarbejder i hjemmeplejen sendte en e-mail med et notat om en borgers helbred til en forkert pårørende."),
		OccurredAt:        breach.Span{From: local(2026, time.February, 23, 9, 50)},
		DiscoveredAt:      local(2026, time.February, 23, 10, 5),
		AwareAt:           aware,
		Confidentiality:   breach.ConfidentialityKnownRecipients,
		DataTypes:         []gdpr.DataType{gdpr.PersonName, gdpr.Health},
		SubjectCategories: []gdpr.DataSubjectCategory{gdpr.Elderly.Category()},
		ApproxSubjects:    1,
		ApproxRecords:     1,
		Consequences:      gdpr.NewPersonal("Modtageren kender oplysninger om borgerens helbred."),
		MeasuresTaken:     []gdpr.Personal{gdpr.NewPersonal("Modtageren har bekræftet, at e-mailen er slettet"), gdpr.NewPersonal("Medarbejderen er instrueret")},
		MeasuresProposed:  []gdpr.Personal{gdpr.NewPersonal("Advarsel i e-mailsystemet ved eksterne modtagere")},
		Identification:    breach.Maximum,
		Rationale:         gdpr.NewPersonal("Helbredsoplysninger om en ældre borger til en navngiven modtager: høj risiko."),
		Contact:           breach.Contact{Role: "Databeskyttelsesrådgiver", Email: gdpr.NewPersonal("dpo@eksempel.dk")},
		Notifications: []breach.Notification{{
			Phase: breach.Initial, At: local(2026, time.February, 24, 9, 0), Reference: "2026-441-0123", Items: all,
		}},
		SubjectNotices: []breach.SubjectNotice{{
			At: local(2026, time.February, 24, 11, 0), Channel: gdpr.DigitalPost, Count: 1,
			Items: []breach.Item{breach.ItemNature, breach.ItemContact, breach.ItemConsequences, breach.ItemMeasures},
		}},
	}
}
