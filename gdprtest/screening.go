package gdprtest

import (
	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/screening"
)

// Screening returns a sample DPIA screening (the municipal DPIA template, the first table) of
// the home care in [Record]: sensitive data (health) and vulnerable data
// subjects (elderly citizens) meet two of the eight criteria, so a DPIA is
// required, and the controller has decided to carry one out. Every answer
// has its justification, and the art. 35(3) case of large-scale special
// data is answered no.
//
// Assessed under the default rule set, the screening is complete and its
// result has no findings. Each call returns a new screening that shares
// nothing with any other.
func Screening() screening.Screening {
	return screening.Screening{
		RuleSet: screening.DK2019,
		Answers: []screening.CriterionAnswer{
			{Criterion: screening.Evaluation, Answer: screening.No,
				Justification: gdpr.NewPersonal("Borgernes behov vurderes af en visitator; der sker ingen profilering eller scoring.")},
			{Criterion: screening.AutomatedDecision, Answer: screening.No,
				Justification: gdpr.NewPersonal("Alle afgørelser træffes af en visitator.")},
			{Criterion: screening.Monitoring, Answer: screening.No,
				Justification: gdpr.NewPersonal("Borgerne overvåges ikke.")},
			{Criterion: screening.SensitiveData, Answer: screening.Yes,
				Justification: gdpr.NewPersonal("Helbredsoplysninger og væsentlige sociale forhold.")},
			{Criterion: screening.LargeScale, Answer: screening.No,
				Justification: gdpr.NewPersonal("Ca. 3.800 borgere om året i én kommune.")},
			{Criterion: screening.Matching, Answer: screening.No,
				Justification: gdpr.NewPersonal("Oplysningerne samkøres ikke med andre systemer.")},
			{Criterion: screening.VulnerableSubjects, Answer: screening.Yes,
				Justification: gdpr.NewPersonal("Ældre borgere med behov for hjælp.")},
			{Criterion: screening.InnovativeUse, Answer: screening.No,
				Justification: gdpr.NewPersonal("Et almindeligt omsorgssystem, som kommunen har brugt i flere år.")},
		},
		Triggers: []screening.TriggerAnswer{
			{Trigger: screening.LargeScaleSpecialData, Answer: screening.No,
				Justification: gdpr.NewPersonal("Behandlingen er ikke af omfattende karakter.")},
		},
		Decision:       screening.Perform,
		DecisionReason: gdpr.NewPersonal("To kriterier er opfyldt; konsekvensanalysen gennemføres."),
	}
}
