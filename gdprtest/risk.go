package gdprtest

import (
	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/risk"
)

// Risks returns a sample risk assessment of the home care in [Record] on
// the 4x4 matrix of the municipal DPIA template: unauthorised look-ups by staff
// (medium, brought down to below medium), the support access from the
// United States (below medium, brought down to low) and missing deletion
// (below medium, brought down to low). Every risk has current measures and
// further measures with a status, and those not yet implemented have an
// owner and a due date after [Now]; every residual risk is assessed and none
// is high.
//
// Each assessment passes Validate, and risk.DefaultMatrix().Check finds
// nothing on the day of Now (gdpr.DateOf(gdprtest.Now())). Each call
// returns new assessments that share nothing with any others.
func Risks() []risk.Assessment {
	return []risk.Assessment{
		{
			ID:              "1",
			Threat:          risk.AccessControl,
			Description:     gdpr.NewPersonal("Medarbejdere slår op i oplysninger om borgere, som de ikke har en arbejdsbetinget grund til at se."),
			Consequences:    gdpr.NewPersonal("Helbredsoplysninger og sociale forhold bliver kendt af uvedkommende kolleger."),
			CurrentMeasures: gdpr.NewPersonal("Personlige brugerkonti og tavshedspligt."),
			Inherent:        risk.Estimate{Consequence: risk.Serious, Probability: risk.Likely},
			Measures: []risk.Measure{
				{Description: gdpr.NewPersonal("Logning af opslag og månedlig stikprøvekontrol"), Status: risk.Implemented},
				{Description: gdpr.NewPersonal("Rollebaseret adgang efter distrikt"), Status: risk.Planned,
					Owner: gdpr.NewPersonal("IT-afdelingen"), Due: gdpr.MustParseDate("2026-06-30")},
			},
			Residual: risk.Estimate{Consequence: risk.Serious, Probability: risk.LessLikely},
		},
		{
			ID:              "2",
			Threat:          risk.ThirdCountryTransfer,
			Description:     gdpr.NewPersonal("Underdatabehandlerens support i USA kan se borgernes oplysninger under en supportsag."),
			Consequences:    gdpr.NewPersonal("Amerikanske myndigheder kan få adgang til oplysningerne."),
			CurrentMeasures: gdpr.NewPersonal("Support kun efter anmodning fra databehandleren."),
			Inherent:        risk.Estimate{Consequence: risk.Serious, Probability: risk.LessLikely},
			Measures: []risk.Measure{
				{Description: gdpr.NewPersonal("Standardkontraktbestemmelser (modul 3) og en vurdering af overførslen (TIA)"), Status: risk.Implemented},
			},
			Residual: risk.Estimate{Consequence: risk.Serious, Probability: risk.Unlikely},
		},
		{
			ID:              "3",
			Threat:          risk.MissingDeletion,
			Description:     gdpr.NewPersonal("Oplysninger slettes ikke, når slettefristen er udløbet."),
			Consequences:    gdpr.NewPersonal("Oplysningerne opbevares længere end nødvendigt."),
			CurrentMeasures: gdpr.NewPersonal("Manuel sletning ved årets udgang."),
			Inherent:        risk.Estimate{Consequence: risk.Minor, Probability: risk.Likely},
			Measures: []risk.Measure{
				{Description: gdpr.NewPersonal("Automatisk sletning fem år efter sagens afslutning"), Status: risk.InProgress,
					Owner: gdpr.NewPersonal("Systemforvalter"), Due: gdpr.MustParseDate("2026-09-30")},
			},
			Residual: risk.Estimate{Consequence: risk.Minor, Probability: risk.Unlikely},
		},
	}
}

// Assessment returns the first risk of [Risks]: unauthorised look-ups by
// staff, inherent medium (K3 S3), with one measure implemented and one
// planned, residual below medium (K3 S2). It passes Validate and has no
// findings on the day of [Now]. Each call returns a new assessment.
func Assessment() risk.Assessment { return Risks()[0] }
