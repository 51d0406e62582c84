package dpia_test

import (
	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/dkgdpr/gdpr/screening"
)

// The worked example: an AI-supported analysis of traffic cameras in a
// city's signalled junctions, in the spirit of the City of Copenhagen's
// principles for its technical administration: anonymise as far
// as possible, blur what is collected, never use face recognition, stop a
// pilot whose high risk to citizens cannot be reduced. The fixtures follow
// it from screening to approval; each step is a function returning a fresh
// value, so tests may change what they get.

var date = gdpr.MustParseDate

// trafficRecord is the record of processing that describes the processing
// : the DPIA renders sections 1-7 from it.
func trafficRecord() ropa.Record {
	dk, se := gdpr.MustParseCountry("DK"), gdpr.MustParseCountry("SE")
	return ropa.Record{
		ID:   "tmf-trafikanalyse",
		Name: "AI-understøttet trafikanalyse i signalregulerede kryds",
		Description: "Kameraer i 12 signalregulerede kryds optager trafikken. En AI-model på kameraet (edge) tæller og klassificerer trafikanter " +
			"(bil, cykel, fodgænger) og sender kun anonyme tællinger og bevægelsesmønstre til kommunens trafikplatform. " +
			"Ansigter og nummerplader sløres på kameraet, før noget forlader det; der anvendes ikke ansigtsgenkendelse.",
		Status:     ropa.Planned,
		Controller: ropa.Party{Name: "Eksempel Kommune, Teknik- og Miljøforvaltningen", Email: gdpr.NewPersonal("tmf@eksempel.dk")},
		DPO:        ropa.Party{Name: "Databeskyttelsesrådgiveren", Email: gdpr.NewPersonal("dpo@eksempel.dk")},
		Purposes: []ropa.Purpose{{
			ID:          "trafikplanlaegning",
			Description: "Planlægning af trafiksikkerhed og fremkommelighed i kommunens kryds",
			Kinds:       []ropa.PurposeKind{ropa.Analysis, ropa.ServiceOptimisation},
			LegalBases:  []gdpr.LegalBasis{gdpr.Art6PublicTask},
			KLE:         []gdpr.KLE{gdpr.MustParseKLE("05.13.00")},
		}},
		BeyondNecessary: gdpr.No,
		Subjects: []ropa.SubjectCategory{{
			Category:  gdpr.DataSubjectCategory{Group: gdpr.Citizens, Name: "Trafikanter (bilister, cyklister og fodgængere)"},
			DataTypes: []gdpr.DataType{gdpr.Recordings},
		}},
		SubjectsPerYear: 250_000,
		Volume:          ropa.SmallVolume,
		Classified:      gdpr.Yes,
		Schedule:        "Døgnet rundt i en pilotperiode på 12 måneder fra 1. april 2026. Rå video findes kun i kameraets hukommelse i højst to sekunder.",
		Collection:      []ropa.Source{ropa.SourceTracking},
		Technologies: []ropa.TechnologyUse{
			{Technology: gdpr.Servers, Details: "Trafikplatformen hos leverandøren"},
			{Technology: gdpr.Computers, Details: "Trafikplanlæggernes pc'er med dashboards over anonyme tællinger"},
			{Technology: gdpr.CCTV, Details: "12 kameraer i signalregulerede kryds"},
			{Technology: gdpr.AI, Details: "Objektdetektion, tælling og sløring på kameraet (edge)"},
			{Technology: gdpr.IoT, Details: "Kameraerne er netforbundne enheder på et lukket mobilnet (APN)"},
		},
		Matching:           gdpr.No,
		AutomatedDecisions: gdpr.No,
		Operations:         []ropa.Operation{ropa.Collection, ropa.Calculation, ropa.Compilation, ropa.Storage, ropa.Erasure, ropa.Hosting, ropa.Support},
		Retention: []ropa.Retention{{
			Period: ropa.Period{Count: 1, Unit: ropa.Days}, Trigger: ropa.Received, Archive: ropa.Discard,
			Note: "Rå video overskrives på kameraet inden for to sekunder; kun anonyme tællinger gemmes.",
		}},
		Security: "Kryptering i transit (TLS 1.3), lukket mobilnet, tofaktorlogin og logning af administrativ adgang.",
		Channels: []ropa.Channel{{Kind: ropa.OtherInternet, Encrypted: true, Description: "Mobilnet fra kamera til platform"}},
		Systems:  []string{"Trafikplatformen"},
		Processors: []ropa.ProcessorRef{
			{Name: "Trafiksyn ApS", CVR: gdpr.MustParseCVR("12345674"), AgreementID: "DBA-2026-003", Countries: []gdpr.Country{dk},
				Service: "Levering og drift af kameraer, AI-model og trafikplatform"},
			{Name: "Nordisk Cloud AB", Under: "Trafiksyn ApS", Countries: []gdpr.Country{se}, Service: "Hosting af trafikplatformen"},
		},
		Owner:            gdpr.NewPersonal("Trafikafdelingen"),
		LastReview:       date("2026-01-12"),
		RiskAssessmentID: "risk-tmf-trafik",
		ScreeningID:      "scr-tmf-trafik",
		DPIAID:           "dpia-tmf-trafik",
	}
}

// trafficAgreement is the processor agreement sections 7.1-7.4 refer to.
func trafficAgreement() dpa.Agreement {
	dk, se := gdpr.MustParseCountry("DK"), gdpr.MustParseCountry("SE")
	clauses := map[dpa.Clause]bool{}
	for _, c := range dpa.Clauses() {
		clauses[c] = true
	}
	return dpa.Agreement{
		ID:            "DBA-2026-003",
		Controller:    dpa.Controller{Party: dpa.Party{Name: "Eksempel Kommune", Country: dk}, PublicPowers: gdpr.Yes},
		Processor:     dpa.Party{Name: "Trafiksyn ApS", CVR: gdpr.MustParseCVR("12345674"), Country: dk, Address: "Havnegade 1, 8000 Aarhus C"},
		Template:      dpa.DatatilsynetTemplate,
		Signed:        date("2026-01-20"),
		Start:         date("2026-04-01"),
		Indefinite:    true,
		Systems:       []string{"Trafikplatformen"},
		Records:       []string{"tmf-trafikanalyse"},
		SubjectMatter: "Levering og drift af AI-kameraer og trafikplatform",
		Nature:        "Indsamling, sløring, tælling og hosting",
		Purpose:       "Trafikanalyse for kommunen",
		DataTypes:     []gdpr.DataType{gdpr.Recordings},
		Subjects:      []gdpr.DataSubjectCategory{gdpr.Citizens.Category()},
		Clauses:       clauses,
		Authorisation: dpa.Authorisation{Kind: dpa.GeneralAuthorisation, NoticeDays: 30},
		OwnUse:        dpa.OwnUse{Uses: gdpr.No},
		SubProcessors: []dpa.SubProcessor{{ID: "hosting", Party: dpa.Party{Name: "Nordisk Cloud AB", Country: se},
			Service: "Hosting af trafikplatformen", Access: dpa.StorageAccess, Listed: true}},
		Plan: dpa.Plan{IntervalMonths: 12, Method: dpa.ISAE3000},
	}
}

// trafficScreening is the screening (the municipal DPIA template, first table): systematic
// monitoring of a publicly accessible area on a large scale with new
// technology.
func trafficScreening() screening.Screening {
	ans := func(c screening.Criterion, a screening.Answer, why string) screening.CriterionAnswer {
		return screening.CriterionAnswer{Criterion: c, Answer: a, Justification: gdpr.NewPersonal(why)}
	}
	return screening.Screening{
		Answers: []screening.CriterionAnswer{
			ans(screening.Evaluation, screening.No, "Der vurderes ingen enkeltpersoner; modellen tæller og klassificerer trafikanttyper."),
			ans(screening.AutomatedDecision, screening.No, "Der træffes ingen afgørelser om personer."),
			ans(screening.Monitoring, screening.Yes, "Kameraerne optager systematisk offentligt tilgængelige kryds."),
			ans(screening.SensitiveData, screening.No, "Ingen følsomme oplysninger; ansigter og nummerplader sløres på kameraet."),
			ans(screening.LargeScale, screening.Yes, "Omkring 250.000 trafikanter om året i 12 kryds, døgnet rundt."),
			ans(screening.Matching, screening.No, "Tællingerne kombineres ikke med andre personoplysninger."),
			ans(screening.VulnerableSubjects, screening.No, "Trafikanter i almindelighed; ingen gruppe behandles særskilt."),
			ans(screening.InnovativeUse, screening.Yes, "Kunstig intelligens til objektdetektion og sløring på kameraet."),
		},
		Triggers: []screening.TriggerAnswer{
			{Trigger: screening.ExtensiveProfiling, Answer: screening.No, Justification: gdpr.NewPersonal("Ingen profilering.")},
			{Trigger: screening.LargeScaleSpecialData, Answer: screening.No, Justification: gdpr.NewPersonal("Ingen følsomme oplysninger.")},
			{Trigger: screening.PublicMonitoring, Answer: screening.Yes, Justification: gdpr.NewPersonal("Systematisk overvågning af offentlige kryds i stort omfang.")},
			{Trigger: screening.BiometricIdentification, Answer: screening.No, Justification: gdpr.NewPersonal("Der anvendes ikke ansigtsgenkendelse.")},
			{Trigger: screening.GeneticData, Answer: screening.No, Justification: gdpr.NewPersonal("Ingen genetiske data.")},
			{Trigger: screening.LocationData, Answer: screening.No, Justification: gdpr.NewPersonal("Der gemmes ingen positioner om identificerbare personer.")},
			{Trigger: screening.InnovativeTechnology, Answer: screening.Yes, Justification: gdpr.NewPersonal("AI på kameraet.")},
			{Trigger: screening.AccessDecision, Answer: screening.No, Justification: gdpr.NewPersonal("Ingen afgørelser.")},
		},
		Decision: screening.Perform,
	}
}

// The risks, on the matrix of the municipal DPIA template. The high one is
// unintended identification: it comes down only with anonymisation on the
// camera, which must be in place before the processing starts.
const (
	riskBlurring = 5 // index of the custom threat in trafficRisks
)

func est(c risk.Consequence, p risk.Probability) risk.Estimate {
	return risk.Estimate{Consequence: c, Probability: p}
}

func trafficRisks() []risk.Assessment {
	return []risk.Assessment{
		{ID: "1.1", Threat: risk.AccessControl,
			Description:     gdpr.NewPersonal("Medarbejdere hos kommunen eller leverandøren får adgang til videostrømmen fra kameraerne."),
			Consequences:    gdpr.NewPersonal("Trafikanter kan genkendes, og deres færden kan kortlægges."),
			CurrentMeasures: gdpr.NewPersonal("Kun leverandørens driftsteknikere har adgang til kameraernes administration."),
			Inherent:        est(risk.Serious, risk.LessLikely),
			Measures:        []risk.Measure{{Description: gdpr.NewPersonal("Rollebaseret adgang og tofaktorlogin til kameraadministrationen"), Status: risk.Implemented, Owner: gdpr.NewPersonal("Trafiksyn ApS")}},
			Residual:        est(risk.Serious, risk.Unlikely)},
		{ID: "3.1", Threat: risk.Outsourcing,
			Description:     gdpr.NewPersonal("Leverandøren bruger optagelserne til at træne sin AI-model (egne formål)."),
			Consequences:    gdpr.NewPersonal("Oplysninger om trafikanter bruges til formål, de ikke kender."),
			CurrentMeasures: gdpr.NewPersonal("Databehandleraftale på Datatilsynets skabelon; leverandøren må ikke bruge data til egne formål."),
			Inherent:        est(risk.Minor, risk.LessLikely)},
		{ID: "6.1", Threat: risk.ITAttack,
			Description:     gdpr.NewPersonal("Et angreb på et kamera giver adgang til uslørede billeder."),
			Consequences:    gdpr.NewPersonal("Uvedkommende kan se og optage personer i krydset."),
			CurrentMeasures: gdpr.NewPersonal("Kameraerne står på et lukket mobilnet (APN)."),
			Inherent:        est(risk.Serious, risk.Likely),
			Measures: []risk.Measure{{Description: gdpr.NewPersonal("Signeret firmware og månedlige sikkerhedsopdateringer"), Status: risk.InProgress,
				Owner: gdpr.NewPersonal("Trafiksyn ApS"), Due: date("2026-03-31")}},
			Residual: est(risk.Serious, risk.LessLikely)},
		{ID: "8.1", Threat: risk.MissingDeletion,
			Description:     gdpr.NewPersonal("Rå video gemmes længere end nødvendigt, f.eks. ved en fejl i overskrivningen."),
			Consequences:    gdpr.NewPersonal("Optagelser af identificerbare personer opbevares uden formål."),
			CurrentMeasures: gdpr.NewPersonal("Kameraet har ingen lokal lagring ud over en ringbuffer på to sekunder."),
			Inherent:        est(risk.Serious, risk.LessLikely),
			Measures: []risk.Measure{{Description: gdpr.NewPersonal("Automatisk test af ringbufferens overskrivning ved hver opdatering"), Status: risk.Planned,
				Owner: gdpr.NewPersonal("Trafiksyn ApS"), Due: date("2026-03-15")}},
			Residual: est(risk.Serious, risk.Unlikely)},
		{ID: "16.1", Threat: risk.DataSubjectRights,
			Description:     gdpr.NewPersonal("Trafikanterne ved ikke, at krydset overvåges, og kan ikke udøve deres rettigheder."),
			Consequences:    gdpr.NewPersonal("Manglende gennemsigtighed; de registrerede kan ikke gøre indsigelse eller spørge."),
			CurrentMeasures: gdpr.NewPersonal("Oplysningstekst på kommunens hjemmeside."),
			Inherent:        est(risk.Minor, risk.Likely),
			Measures: []risk.Measure{{Description: gdpr.NewPersonal("Skilte ved alle 12 kryds med QR-kode til oplysningsteksten"), Status: risk.Planned,
				Owner: gdpr.NewPersonal("Trafikafdelingen"), Due: date("2026-03-20")}},
			Residual: est(risk.Minor, risk.Unlikely)},
		{ID: "17.1", Threat: risk.CustomThreat("Utilsigtet identifikation af personer (ansigter og nummerplader)"),
			Description:     gdpr.NewPersonal("Ansigter eller nummerplader bliver ikke sløret, f.eks. i mørke eller regn, og indgår i de data, der forlader kameraet."),
			Consequences:    gdpr.NewPersonal("Personer kan identificeres og spores på tværs af kryds: overvågning af enkeltpersoners færden."),
			CurrentMeasures: gdpr.NewPersonal("Leverandørens AI-model er trænet til at finde ansigter og nummerplader."),
			Inherent:        est(risk.Severe, risk.Expected),
			Measures: []risk.Measure{
				{Description: gdpr.NewPersonal("Sløring af ansigter og nummerplader på kameraet, før billedet forlader sensoren (edge-anonymisering)"),
					Status: risk.Planned, Owner: gdpr.NewPersonal("Trafiksyn ApS"), Due: date("2026-03-01")},
				{Description: gdpr.NewPersonal("Kvartalsvis stikprøvekontrol af sløringen i mørke, regn og modlys"),
					Status: risk.InProgress, Owner: gdpr.NewPersonal("Trafikafdelingen"), Due: date("2026-03-25")},
			},
			Residual: est(risk.Severe, risk.Unlikely)},
	}
}

// notRelevant marks the other ten threat categories not relevant.
func notRelevant() []dpia.ThreatNote {
	n := func(t risk.Threat, why string) dpia.ThreatNote { return dpia.ThreatNote{Threat: t, Reason: why} }
	return []dpia.ThreatNote{
		n(risk.Transmission, "Fra kameraet sendes kun anonyme tællinger, krypteret med TLS; se også risiko 6.1."),
		n(risk.UnintentionalUserError, "Kommunens medarbejdere ser kun anonyme tal i dashboards."),
		n(risk.IntentionalUserError, "Kommunens medarbejdere har ingen adgang til billeder."),
		n(risk.ITBreakdown, "Et nedbrud giver kun manglende tællinger; ingen personoplysninger går tabt."),
		n(risk.Logging, "Administrativ adgang til kameraerne logges og gennemgås månedligt af leverandøren; se risiko 1.1."),
		n(risk.KeyStaffLoss, "Driften varetages af leverandøren efter aftale."),
		n(risk.Physical, "Kameraerne sidder i master og har ingen lokal lagring."),
		n(risk.SystemError, "Fejl i sløringen er vurderet som risiko 17.1."),
		n(risk.SystemOperation, "Drift og opdateringer er vurderet under risiko 6.1."),
		n(risk.ThirdCountryTransfer, "Oplysningerne behandles kun i Danmark og Sverige (EU)."),
		n(risk.Controllership, "Kommunen er dataansvarlig; leverandøren er databehandler efter aftale."),
	}
}

func yes(comment string) dpia.Response { return dpia.Response{Answer: dpia.Yes, Comment: comment} }
func no(comment string) dpia.Response  { return dpia.Response{Answer: dpia.No, Comment: comment} }

// draftDPIA is the assessment as first drafted on 2026-01-12: screened,
// described, risks assessed with measures planned; no DPO advice, views or
// decision yet.
func draftDPIA() dpia.Assessment {
	rec := trafficRecord()
	scr := trafficScreening()
	return dpia.Assessment{
		ID:         "dpia-tmf-trafik",
		Name:       "AI-understøttet trafikanalyse (pilot)",
		Controller: "Eksempel Kommune, Teknik- og Miljøforvaltningen",
		Revisions: []dpia.Revision{
			{Version: "0.1", Date: date("2026-01-12"), Author: gdpr.NewPersonal("Trafikafdelingen"), Changes: "Første udkast."},
		},
		Screening: &scr,
		SummaryNotes: map[dpia.KeyQuestion]string{
			dpia.RisksConsidered: "Risikovurderingen er gennemført på en workshop med leverandøren.",
		},
		Introduction: dpia.Introduction{
			Purpose: "Konsekvensanalysen vurderer en pilot med AI-kameraer, der skal give bedre data om trafiksikkerhed uden at gå på kompromis med privatlivet.",
			Application: "Trafiksyn leverer kameraer med en AI-model, der kører på selve kameraet, og en trafikplatform med dashboards. " +
				"Kommunen anvender løsningen i Trafikafdelingen til planlægning af kryds og cykelstier.",
		},
		Scope: []dpia.ScopeItem{
			{Kind: dpia.ScopeProcess, Included: dpia.Yes, Description: "Trafiktælling og -analyse i 12 kryds."},
			{Kind: dpia.ScopeSystem, Included: dpia.Yes, Description: "Trafikplatformen og kameraerne."},
			{Kind: dpia.ScopeApplication, Included: dpia.No, Description: "Dashboards viser kun anonyme tal og er ikke omfattet."},
			{Kind: dpia.ScopeCloud, Included: dpia.Yes, Description: "Nordisk Cloud AB hoster platformen i Sverige; sikkerheden vurderes under risiko 6.1."},
			{Kind: dpia.ScopeTechnology, Included: dpia.Yes, Description: "Kameraovervågning med AI og sløring på kameraet; ingen ansigtsgenkendelse."},
		},
		RecordID: rec.ID,
		Record:   &rec,
		Processing: map[string]dpia.Response{
			"1.1":  {Comment: "Billeder af trafikanter er personoplysninger, indtil de er sløret på kameraet."},
			"2.7":  {Comment: "Kameraerne optager kun krydsets kørebaner og fortove.", Attachments: []string{"1"}},
			"2.9":  {Comment: "Der anvendes ikke ansigtsgenkendelse eller anden biometri."},
			"2.10": {Comment: "Modellen tæller og klassificerer; den identificerer ikke personer."},
			"6.1":  no("Kun anonyme tællinger deles med Vejdirektoratet; de er ikke personoplysninger."),
			"7.3":  yes("Årlig ISAE 3000-erklæring fra Trafiksyn ApS."),
			"7.4":  {Answer: dpia.NotRelevant, Comment: "Ingen overførsel til tredjelande."},
			"8.1":  {Text: "Instruks for trafikplanlæggerne; adgang til kameraadministration kun for leverandørens driftsteknikere."},
			"8.2":  {Text: "Sløring på kameraet, lukket mobilnet, TLS 1.3, tofaktorlogin, logning af administrativ adgang."},
			"8.3":  {Text: "Databehandleraftale på Datatilsynets skabelon med årlig ISAE 3000-erklæring.", Attachments: []string{"2"}},
		},
		RiskBasis:   "Risikovurdering risk-tmf-trafik (sag 26/01234), gennemført på workshop med Trafiksyn ApS den 8. januar 2026.",
		Risks:       trafficRisks(),
		NotRelevant: notRelevant(),
		ActionPlan: []dpia.PlanStep{
			{Risk: riskBlurring, Measure: 0, How: "Leverandøren aktiverer sløringen i firmware 4.2 og dokumenterer testen."},
			{Risk: riskBlurring, Measure: 1, How: "Trafikafdelingen gennemgår 100 tilfældige billeder pr. kvartal."},
		},
		Lawfulness: map[string]dpia.Response{
			"1.1":  {Comment: "Kommunens opgaver som vejmyndighed; behandlingen er nødvendig for at udføre en opgave i samfundets interesse."},
			"2.1":  {Choices: []string{"website_or_app"}, Comment: "Skilte ved krydsene med QR-kode til oplysningsteksten på hjemmesiden.", Attachments: []string{"1"}},
			"2.2":  yes("Skiltene står, før trafikanterne kommer ind i kameraets synsfelt."),
			"2.3":  no("Ikke relevant: oplysningerne indsamles ikke fra andre end de registrerede."),
			"2.4":  yes("Oplysningsteksten indeholder alle oplysninger efter artikel 13."),
			"2.5":  yes("Teksten er skrevet i klart sprog og testet med Ældrerådet."),
			"3.1":  no("Trafikanterne anonymiseres allerede på kameraet; mindre indgribende er ikke muligt med video."),
			"3.2":  yes("Kun leverandørens driftsteknikere har adgang til kameraerne."),
			"3.3":  yes("Rå video overskrives inden for to sekunder."),
			"3.4":  yes("Leverandøren tester overskrivningen ved hver opdatering (risiko 8.1)."),
			"3.4b": yes("Databehandleraftalen forbyder brug til egne formål."),
			"3.5":  yes("Sløring på kameraet."),
			"3.6":  yes("Tællingerne kontrolleres mod manuelle tællinger to gange om året."),
			"3.7":  yes("Kameraernes synsfelt er afgrænset til kørebaner og fortove."),
			"3.8":  yes("Trafiksikkerhed er en saglig kommunal opgave; aftalen er gennemgået for egne formål."),
			"3.9":  yes("Procedurer og test er dokumenteret i sagen."),
			"4.1":  yes("Trafikafdelingen og databeskyttelsesrådgiveren er nævnt på skiltene."),
			"4.2":  no("Trafikanterne kan ikke vælge behandlingen fra, men optages kun anonymiseret."),
			"4.3":  yes("Kommunens procedure for brud på persondatasikkerheden gælder."),
			"4.4":  yes("Oplysningsteksten beskriver rettighederne."),
			"4.5":  no("Rå video findes kun i to sekunder; der er intet at give indsigt i bagefter."),
			"4.6":  no("Se 4.5."),
			"4.7":  yes("Oplysningerne slettes automatisk."),
			"4.8":  no("Se 4.5."),
			"4.9":  yes("Der videregives ingen personoplysninger."),
			"4.10": no("Retten gælder ikke for behandling som led i myndighedsudøvelse (artikel 20, stk. 3)."),
			"4.11": yes("Indsigelse efter artikel 21 kan rettes til Trafikafdelingen."),
			"4.12": yes("Der træffes ingen automatiske afgørelser."),
			"4.13": no("De registrerede kan ikke selv tilgå oplysningerne, der slettes straks."),
			"4.14": no("Behandlingen bygger ikke på samtykke."),
			"4.15": no("Trafikanterne kan ikke undgå krydsene; derfor anonymiseres der på kameraet."),
		},
		Consultation: dpia.Consultation{Assessment: "Restrisikoen er lav efter anonymiseringen på kameraet; forudgående høring af Datatilsynet er ikke nødvendig."},
		Sharing: []dpia.Sharing{
			{Processor: "Trafiksyn ApS", Purposes: []dpia.SharingPurpose{dpia.SecurityPurpose, dpia.ApplicationDelivery, dpia.DatabaseHosting}},
			{Processor: "Nordisk Cloud AB", Purposes: []dpia.SharingPurpose{dpia.CloudSupportHosting}, Subjects: []ropa.SubjectCategory{{
				Category:  gdpr.DataSubjectCategory{Group: gdpr.Citizens, Name: "Trafikanter (bilister, cyklister og fodgængere)"},
				DataTypes: []gdpr.DataType{gdpr.Recordings},
			}}},
		},
		Annexes: []dpia.Annex{
			{ID: "1", Title: "Oplysningstekst og skilte", Reference: "Sag 26/01234, dok. 7"},
			{ID: "2", Title: "Databehandleraftale med Trafiksyn ApS", Reference: "DBA-2026-003"},
		},
	}
}

// reviewedDPIA adds what the DPO review brings: the DPO's advice and the
// authority's responses, the data subjects' views, monitoring and the
// conclusion.
func reviewedDPIA() dpia.Assessment {
	a := draftDPIA()
	a.Status = dpia.DPOReview
	a.DPO = dpia.DPO{
		Recommendations: []dpia.Recommendation{
			{Topic: "Sløring", Recommendation: "Test sløringen i mørke, regn og modlys, før kameraerne sættes i drift.",
				Response: "Fulgt: kvartalsvis stikprøvekontrol er indført (risiko 17.1)."},
			{Topic: "Gennemsigtighed", Recommendation: "Sæt skilte op ved alle kryds, før optagelsen begynder.",
				Response: "Fulgt: skilte med QR-kode opsættes senest 20. marts 2026."},
		},
		Respondent: gdpr.NewPersonal("Trafikafdelingen"),
		Conclusion: "Det er databeskyttelsesrådgiverens konklusion, at konsekvensanalysen lever op til kravene i GDPR artikel 35 og 25, " +
			"og at behandlingen kan påbegyndes, når de resterende mitigerende foranstaltninger er implementeret.",
		Involvement: []dpia.Involvement{
			{Date: date("2026-01-15"), Description: "Gennemgang af screening og første udkast."},
			{Date: date("2026-02-05"), Description: "Møde om risici og foranstaltninger; anbefalinger afgivet."},
		},
	}
	a.Views = dpia.Views{
		Sought:      dpia.Yes,
		Methods:     []dpia.ViewMethod{dpia.OrganisationConsultation, dpia.Workshops},
		Description: "Workshop med Ældrerådet og en cyklistforening; borgerne kunne kommentere på kommunens hjemmeside i fire uger. Leverandøren deltog i workshoppen.",
	}
	a.Monitoring = dpia.Monitoring{Interval: ropa.Period{Count: 1, Unit: ropa.Years}, Owner: "Leder af Trafikafdelingen"}
	a.Conclusion = "Behandlingen kan gennemføres med lav restrisiko, når ansigter og nummerplader sløres på kameraet. " +
		"Der anvendes ikke ansigtsgenkendelse, og pilotprojektet stoppes, hvis sløringen ikke virker efter hensigten."
	return a
}

// decidedDPIA is the assessment approved on 2026-02-20, with the
// anonymisation on the camera still planned.
func decidedDPIA() dpia.Assessment {
	a := reviewedDPIA()
	a.Status = dpia.Decided
	a.Approval = dpia.Approval{Verdict: dpia.Approved, By: gdpr.NewPersonal("Direktør for Teknik- og Miljøforvaltningen"), Date: date("2026-02-20")}
	a.Revisions = append(a.Revisions, dpia.Revision{Version: "1.0", Date: date("2026-02-20"), Author: gdpr.NewPersonal("Trafikafdelingen"), Changes: "Godkendt version."})
	return a
}

// startedDPIA is the decided assessment once every further measure is in
// place, as the DPO's conclusion and the template's "Godkendt" require, and
// the processing has started.
func startedDPIA() dpia.Assessment {
	a := decidedDPIA()
	for i := range a.Risks {
		for j := range a.Risks[i].Measures {
			a.Risks[i].Measures[j].Status = risk.Implemented
		}
	}
	a.Record.Status = ropa.Active
	return a
}

// blurredDPIA is the decided assessment once the anonymisation on the
// camera, which brings the high risk down, is in place, with three further
// measures still planned: the case where the template's two readings of
// the measures before the start differ.
func blurredDPIA() dpia.Assessment {
	a := decidedDPIA()
	for i := range a.Risks[riskBlurring].Measures {
		a.Risks[riskBlurring].Measures[i].Status = risk.Implemented
	}
	return a
}
