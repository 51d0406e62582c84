package gdprtest

import (
	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/dkgdpr/gdpr/ropa"
)

// DPIA returns a sample data protection impact assessment (konsekvensanalyse,
// GDPR art. 35) of the home care in [Record], on the municipal DPIA
// template, decided and approved on 27 January 2025, before the
// processing started on 1 February. It embeds a snapshot of Record and
// Screening, assesses the risks of [Risks] with an action plan for each
// measure not yet implemented, marks the other threat categories of the
// template not relevant with reasons, answers every question the record
// does not, and documents the data subjects' views, the DPO's advice with
// the authority's responses, and a yearly review.
//
// The municipality decided it under [DPIAPolicy], the reading of the
// template's time and action plan: two further measures of lower risks
// follow the plan after the start. It passes Validate, and
// DPIAPolicy().Check finds nothing at [Now] given [Agreement]; under the
// default policy, which wants every measure in place before the start,
// Check reports dpia.started_without_approval. Each call returns a new
// assessment that shares nothing with any other.
func DPIA() dpia.Assessment {
	rec := Record()
	scr := Screening()
	yes := func(comment string) dpia.Response { return dpia.Response{Answer: dpia.Yes, Comment: comment} }
	no := func(comment string) dpia.Response { return dpia.Response{Answer: dpia.No, Comment: comment} }
	text := func(s string) dpia.Response { return dpia.Response{Text: s} }
	return dpia.Assessment{
		ID:     DPIAID,
		Name:   "Omsorgssystem til hjemmeplejen",
		Status: dpia.Decided,
		Revisions: []dpia.Revision{
			{Version: "0.9", Date: gdpr.MustParseDate("2025-01-10"), Author: gdpr.NewPersonal("Projektleder, Ældre og Sundhed"), Changes: "Udkast til DPO"},
			{Version: "1.0", Date: gdpr.MustParseDate("2025-01-24"), Author: gdpr.NewPersonal("Projektleder, Ældre og Sundhed"), Changes: "DPO'ens anbefalinger indarbejdet"},
		},
		Screening: &scr,
		Introduction: dpia.Introduction{
			Purpose:     "At vurdere risikoen for borgerne ved kommunens nye omsorgssystem, før det tages i brug.",
			Application: "Omsorgssystemet bruges af visitatorer og hjemmeplejens medarbejdere på tablets.",
			Processing:  "Visitation til personlig og praktisk hjælp og dokumentation af den leverede hjælp.",
		},
		Scope: []dpia.ScopeItem{
			{Kind: dpia.ScopeProcess, Included: dpia.Yes, Description: "Visitation og levering af hjemmepleje"},
			{Kind: dpia.ScopeSystem, Included: dpia.Yes, Description: "Omsorgssystemet og dets integrationer"},
			{Kind: dpia.ScopeCloud, Included: dpia.Yes, Description: "Databehandlerens hosting og support"},
		},
		RecordID:     RecordID,
		Record:       &rec,
		AgreementIDs: []string{AgreementID},
		Processing: map[string]dpia.Response{
			"2.5":  {Comment: "USB-porte er spærret på alle enheder."},
			"2.8":  {Comment: "Borgerne spores ikke; kun medarbejdernes opslag logges af sikkerhedshensyn."},
			"2.12": {Comment: "Appen kan kun bruges på kommunens administrerede tablets."},
			"7.3":  yes("Årlig ISAE 3000-erklæring fra databehandleren, se databehandleraftalen."),
			"7.4":  yes("Standardkontraktbestemmelser (modul 3) og en TIA for support fra USA."),
			"8.1":  text("Instruks om tavshedspligt, adgang efter arbejdsbetinget behov og årlig awareness-træning."),
			"8.2":  text("Personlige brugerkonti med to-faktor-login, logning af opslag og kryptering i hvile og under transport."),
			"8.3":  text("Databehandleraftale på Datatilsynets skabelon med årligt tilsyn."),
		},
		RiskBasis: "Risikovurdering " + RiskAssessmentID,
		Risks:     Risks(),
		NotRelevant: []dpia.ThreatNote{
			{Threat: risk.Transmission, Reason: "Data sendes kun med Digital Post eller krypteret e-mail."},
			{Threat: risk.Outsourcing, Reason: "Dækket af databehandleraftalen og det årlige tilsyn."},
			{Threat: risk.UnintentionalUserError, Reason: "Dækket af risikoen for uautoriserede opslag og awareness-træning."},
			{Threat: risk.IntentionalUserError, Reason: "Dækket af risikoen for uautoriserede opslag."},
			{Threat: risk.ITAttack, Reason: "Dækket af databehandlerens sikkerhed og kommunens IT-sikkerhedspolitik."},
			{Threat: risk.ITBreakdown, Reason: "Nødprocedure på papir; databehandleren garanterer oppetid."},
			{Threat: risk.Logging, Reason: "Opslag logges og kontrolleres månedligt."},
			{Threat: risk.KeyStaffLoss, Reason: "Flere systemforvaltere er uddannet."},
			{Threat: risk.Physical, Reason: "Datacentrene er fysisk sikrede."},
			{Threat: risk.SystemError, Reason: "Standardsystem i drift i mange kommuner."},
			{Threat: risk.SystemOperation, Reason: "Drift ved databehandleren efter aftalen."},
			{Threat: risk.Controllership, Reason: "Kommunen er eneste dataansvarlige."},
			{Threat: risk.DataSubjectRights, Reason: "Indsigt og berigtigelse håndteres efter kommunens faste procedure."},
		},
		ActionPlan: []dpia.PlanStep{
			{Risk: 0, Measure: 1, How: "Roller pr. distrikt opsættes af leverandøren og testes af systemforvalteren."},
			{Risk: 2, Measure: 0, How: "Sletteregler konfigureres og kontrolleres ved stikprøver."},
		},
		Lawfulness: map[string]dpia.Response{
			"2.1":  {Choices: []string{"e_boks"}, Comment: "Borgeren får oplysningerne med visitationsafgørelsen i Digital Post."},
			"2.2":  yes(""),
			"2.3":  yes("Oplysninger fra egen læge og sygehus oplyses ved næste afgørelse og senest inden for 10 dage."),
			"2.4":  yes(""),
			"2.5":  yes("Oplysningerne er skrevet til ældre borgere og gennemgås ved visitationsbesøget."),
			"3.1":  no("Hjælpen gives til bestemte borgere, som skal kunne identificeres."),
			"3.2":  yes("Adgang efter rolle og distrikt."),
			"3.3":  yes("Slettes fem år efter sagens afslutning."),
			"3.4":  yes("Systemforvalteren kontrollerer sletningen halvårligt, også i backup."),
			"3.4b": yes(""),
			"3.5":  no("Plejen kræver, at borgeren kan identificeres."),
			"3.6":  yes(""),
			"3.7":  yes(""),
			"3.8":  yes(""),
			"3.9":  yes(""),
			"4.1":  yes("Databeskyttelsesrådgiveren og visitationen."),
			"4.2":  yes("Borgeren kan se sin plan og gøre indsigelse mod oplysninger."),
			"4.3":  yes("Kommunens procedure for brud på persondatasikkerheden."),
			"4.4":  yes(""),
			"4.5":  yes(""),
			"4.6":  yes(""),
			"4.7":  no("Oplysningerne er omfattet af journaliserings- og arkivpligten (GDPR art. 17(3)(b))."),
			"4.8":  yes(""),
			"4.9":  yes(""),
			"4.10": no("Behandlingen sker som led i offentlig myndighedsudøvelse (GDPR art. 20(3))."),
			"4.11": no("Behandlingen er ikke baseret på litra f."),
			"4.12": yes("Der træffes ingen automatiske afgørelser."),
			"4.13": no("Borgeren har ikke selv adgang til systemet."),
			"4.14": no("Behandlingen er ikke baseret på samtykke."),
			"4.15": yes("Borgeren har søgt hjælpen og forventer behandlingen."),
		},
		Views: dpia.Views{
			Sought: dpia.Yes, Methods: []dpia.ViewMethod{dpia.OrganisationConsultation},
			Description: "Ældrerådet blev hørt om det nye system i december 2024.",
		},
		Monitoring: dpia.Monitoring{
			Interval: ropa.Period{Count: 1, Unit: ropa.Years},
			Owner:    "Chef for Myndighed og Visitation",
			Reviews:  []dpia.Review{{Date: gdpr.MustParseDate("2025-10-01"), By: gdpr.NewPersonal("Chef for Myndighed og Visitation"), Note: "Ingen ændringer"}},
		},
		DPO: dpia.DPO{
			Recommendations: []dpia.Recommendation{{
				Topic:          "Adgangsstyring",
				Recommendation: "Begræns adgangen til borgere i medarbejderens eget distrikt.",
				Response:       "Indført som foranstaltning til risiko 1 med frist 30. juni 2026.",
			}},
			Respondent: gdpr.NewPersonal("Chef for Myndighed og Visitation"),
			Conclusion: "Behandlingen kan påbegyndes, når foranstaltningerne gennemføres som planlagt.",
			Involvement: []dpia.Involvement{
				{Date: gdpr.MustParseDate("2025-01-13"), Description: "Gennemgang af udkastet"},
				{Date: gdpr.MustParseDate("2025-01-22"), Description: "Skriftlige anbefalinger"},
			},
		},
		Conclusion: "Restrisikoen er lav eller under middel; behandlingen kan påbegyndes.",
		Approval: dpia.Approval{
			Verdict: dpia.Approved, By: gdpr.NewPersonal("Direktør for Ældre og Sundhed"), Date: gdpr.MustParseDate("2025-01-27"),
		},
	}
}

// DPIAPolicy returns the policy under which the municipality of the
// samples decided [DPIA]: only the measures that bring a high risk down
// must be in place before the processing starts (dpia.HighRiskMeasures),
// the reading of the municipal DPIA template's time and action plan rather
// than the package's stricter default.
func DPIAPolicy() dpia.Policy { return dpia.Policy{Measures: dpia.HighRiskMeasures} }
