package screening_test

import (
	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/screening"
)

// answers maps criteria to answers; criteria not listed are answered No.
type answers map[screening.Criterion]screening.Answer

// screen builds a complete screening of the template's eight criteria (or
// nine with ninth) from m, with a justification on every answer.
func screen(m answers, ninth bool, triggers ...screening.TriggerAnswer) screening.Screening {
	s := screening.Screening{NinthCriterion: ninth, Triggers: triggers}
	for _, c := range s.Criteria() {
		a, ok := m[c]
		if !ok {
			a = screening.No
		}
		s.Answers = append(s.Answers, screening.CriterionAnswer{Criterion: c, Answer: a, Justification: gdpr.NewPersonal("Begrundelse for " + c.String())})
	}
	return s
}

// yes answers the criteria given Yes.
func yes(cs ...screening.Criterion) answers {
	m := answers{}
	for _, c := range cs {
		m[c] = screening.Yes
	}
	return m
}

// trig answers trigger t with a.
func trig(t screening.Trigger, a screening.Answer) screening.TriggerAnswer {
	return screening.TriggerAnswer{Trigger: t, Answer: a, Justification: gdpr.NewPersonal("Begrundelse for " + t.String())}
}

// homeCareFacts describe an AI tool that helps decide which citizens get
// home care and how often (Datatilsynet's guidance on AI in the public sector: "Analyse af, hvilke borgere der skal
// modtage ældrepleje og hvor hyppigt").
func homeCareFacts() screening.Facts {
	return screening.Facts{
		DataTypes:          []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber, gdpr.Health, gdpr.SocialConditions},
		Subjects:           []gdpr.DataSubjectCategory{gdpr.Elderly.Category(), gdpr.Relatives.Category()},
		SubjectsPerYear:    4000,
		Technologies:       []gdpr.Technology{gdpr.Servers, gdpr.AI, gdpr.Combination},
		AutomatedDecisions: true,
	}
}

// homeCareScreening is the screening a case worker and the DPO completed
// for the home-care AI tool.
func homeCareScreening() screening.Screening {
	return screening.Screening{
		RuleSet: screening.DK2019,
		Answers: []screening.CriterionAnswer{
			{Criterion: screening.Evaluation, Answer: screening.Yes, Justification: gdpr.NewPersonal("Værktøjet analyserer borgernes funktionsevne og forudsiger deres behov for hjemmepleje.")},
			{Criterion: screening.AutomatedDecision, Answer: screening.Partly, Justification: gdpr.NewPersonal("Værktøjet foreslår visitationen; en visitator træffer afgørelsen, men forslaget vejer tungt.")},
			{Criterion: screening.Monitoring, Answer: screening.No, Justification: gdpr.NewPersonal("Borgerne overvåges ikke; oplysningerne stammer fra sager og journaler.")},
			{Criterion: screening.SensitiveData, Answer: screening.Yes, Justification: gdpr.NewPersonal("Helbredsoplysninger og væsentlige sociale forhold.")},
			{Criterion: screening.LargeScale, Answer: screening.No, Justification: gdpr.NewPersonal("Ca. 4.000 borgere om året i én kommune.")},
			{Criterion: screening.Matching, Answer: screening.Yes, Justification: gdpr.NewPersonal("Omsorgssystemets data kombineres med oplysninger fra sundhedsplatformen.")},
			{Criterion: screening.VulnerableSubjects, Answer: screening.Yes, Justification: gdpr.NewPersonal("Ældre borgere med plejebehov.")},
			{Criterion: screening.InnovativeUse, Answer: screening.Yes, Justification: gdpr.NewPersonal("En maskinlæringsmodel (kunstig intelligens).")},
		},
		Triggers: []screening.TriggerAnswer{
			{Trigger: screening.ExtensiveProfiling, Answer: screening.Partly, Justification: gdpr.NewPersonal("Alle ansøgere profileres, men en visitator træffer afgørelsen.")},
			{Trigger: screening.InnovativeTechnology, Answer: screening.Yes, Justification: gdpr.NewPersonal("Maskinlæring er ny teknologi i kommunens visitation.")},
			{Trigger: screening.AccessDecision, Answer: screening.DontKnow, Justification: gdpr.NewPersonal("Afgørelsen om hjemmepleje bygger på værktøjets profilering; afklares med DPO.")},
		},
		Decision:       screening.Perform,
		DecisionReason: gdpr.NewPersonal("Konsekvensanalysen gennemføres før pilotprojektet."),
	}
}

// newsletterFacts describe a school newsletter mailing list for parents.
func newsletterFacts() screening.Facts {
	return screening.Facts{
		DataTypes:       []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails},
		Subjects:        []gdpr.DataSubjectCategory{{Name: "Forældre", Vulnerable: false}},
		SubjectsPerYear: 600,
		Technologies:    []gdpr.Technology{gdpr.Servers},
	}
}

// newsletterScreening is the completed screening of the mailing list.
func newsletterScreening() screening.Screening {
	return screening.Screening{Answers: []screening.CriterionAnswer{
		{Criterion: screening.Evaluation, Answer: screening.No, Justification: gdpr.NewPersonal("Nyhedsbrevet er det samme for alle modtagere.")},
		{Criterion: screening.AutomatedDecision, Answer: screening.No, Justification: gdpr.NewPersonal("Der træffes ingen afgørelser.")},
		{Criterion: screening.Monitoring, Answer: screening.No, Justification: gdpr.NewPersonal("Der måles ikke åbninger eller klik.")},
		{Criterion: screening.SensitiveData, Answer: screening.No, Justification: gdpr.NewPersonal("Kun navn og e-mailadresse.")},
		{Criterion: screening.LargeScale, Answer: screening.No, Justification: gdpr.NewPersonal("Ca. 600 forældre på én skole.")},
		{Criterion: screening.Matching, Answer: screening.No, Justification: gdpr.NewPersonal("Listen kombineres ikke med andre oplysninger.")},
		{Criterion: screening.VulnerableSubjects, Answer: screening.No, Justification: gdpr.NewPersonal("Modtagerne er forældre, ikke eleverne.")},
		{Criterion: screening.InnovativeUse, Answer: screening.No, Justification: gdpr.NewPersonal("Skolens almindelige e-mailsystem.")},
	}}
}
