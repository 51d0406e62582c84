package screening_test

import (
	"errors"
	"fmt"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/screening"
	"golang.org/x/text/language"
)

// A municipality screens an AI tool that helps decide which citizens get
// home care, and how often (Datatilsynet's guidance on AI in the public
// sector). A person answers each criterion with a justification; "partly"
// counts as met.
func ExampleAssess_homeCareAI() {
	s := screening.Screening{
		Answers: []screening.CriterionAnswer{
			{Criterion: screening.Evaluation, Answer: screening.Yes, Justification: gdpr.NewPersonal("Værktøjet forudsiger borgernes behov for hjemmepleje.")},
			{Criterion: screening.AutomatedDecision, Answer: screening.Partly, Justification: gdpr.NewPersonal("En visitator træffer afgørelsen ud fra værktøjets forslag.")},
			{Criterion: screening.Monitoring, Answer: screening.No, Justification: gdpr.NewPersonal("Borgerne overvåges ikke.")},
			{Criterion: screening.SensitiveData, Answer: screening.Yes, Justification: gdpr.NewPersonal("Helbredsoplysninger.")},
			{Criterion: screening.LargeScale, Answer: screening.No, Justification: gdpr.NewPersonal("Ca. 4.000 borgere om året.")},
			{Criterion: screening.Matching, Answer: screening.Yes, Justification: gdpr.NewPersonal("Data fra omsorgssystem og sundhedsplatform kombineres.")},
			{Criterion: screening.VulnerableSubjects, Answer: screening.Yes, Justification: gdpr.NewPersonal("Ældre borgere med plejebehov.")},
			{Criterion: screening.InnovativeUse, Answer: screening.Yes, Justification: gdpr.NewPersonal("Maskinlæring.")},
		},
		Triggers: []screening.TriggerAnswer{
			{Trigger: screening.InnovativeTechnology, Answer: screening.Yes, Justification: gdpr.NewPersonal("Maskinlæring i visitationen.")},
			{Trigger: screening.AccessDecision, Answer: screening.DontKnow, Justification: gdpr.NewPersonal("Afklares med DPO.")},
		},
	}
	r, err := screening.Assess(s)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Outcome.Label(language.Danish), "| lovpligtig:", r.Mandatory, "| regelsæt:", r.RuleSet)
	fmt.Println("Opfyldte kriterier:", len(r.Met), "heraf usikre:", r.Uncertain)
	for _, reason := range r.Reasons {
		fmt.Printf("- %s (%s)\n", reason.Rule, reason.Reference.Da)
	}
	fmt.Println(r.Conclusion.En)
	// Output:
	// Konsekvensanalyse er påkrævet | lovpligtig: true | regelsæt: dk-2019.1
	// Opfyldte kriterier: 6 heraf usikre: [automated_decision]
	// - screening.criteria_two_or_more (databeskyttelsesforordningen art. 35, stk. 1; WP248 rev.01 III.B.a)
	// - screening.dt_innovative (databeskyttelsesforordningen art. 35, stk. 4; Datatilsynets liste)
	// - screening.dt_automated_access (databeskyttelsesforordningen art. 35, stk. 4; Datatilsynets liste)
	// - screening.uncertain_counted_as_met (databeskyttelsesforordningen art. 35, stk. 1; WP248 rev.01 III.B.a)
	// The analysis above shows that two or more criteria are met. The processing is moreover a case that always requires a DPIA (GDPR art. 35(3) or Datatilsynet's list under art. 35(4)). It is therefore the assessment that a data protection impact assessment must be carried out.
}

// A school's newsletter to parents: names and e-mail addresses, no
// criterion met. The screening itself documents that no DPIA is needed.
func ExampleAssess_schoolNewsletter() {
	no := func(c screening.Criterion, why string) screening.CriterionAnswer {
		return screening.CriterionAnswer{Criterion: c, Answer: screening.No, Justification: gdpr.NewPersonal(why)}
	}
	s := screening.Screening{Answers: []screening.CriterionAnswer{
		no(screening.Evaluation, "Samme nyhedsbrev til alle."),
		no(screening.AutomatedDecision, "Ingen afgørelser."),
		no(screening.Monitoring, "Ingen måling af åbninger eller klik."),
		no(screening.SensitiveData, "Kun navn og e-mailadresse."),
		no(screening.LargeScale, "Ca. 600 forældre."),
		no(screening.Matching, "Ingen samkøring."),
		no(screening.VulnerableSubjects, "Modtagerne er forældre."),
		no(screening.InnovativeUse, "Skolens almindelige e-mailsystem."),
	}}
	r, err := screening.Assess(s)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Outcome.Label(language.Danish))
	fmt.Println(r.Conclusion.Da)
	fmt.Println("Fund:", len(r.Findings))
	// Output:
	// Konsekvensanalyse er ikke påkrævet
	// Af ovenstående analyse fremgår det, at to eller flere kriterier ikke er opfyldte. Det er derfor vurderingen, at en konsekvensanalyse vedrørende databeskyttelse ikke er påkrævet.
	// Fund: 0
}

// Declining a recommended DPIA without writing down why is a finding, not
// an error.
func ExampleAssess_declinedWithoutReason() {
	s := screening.Screening{Decision: screening.Decline}
	for _, c := range s.Criteria() {
		a := screening.No
		if c == screening.LargeScale {
			a = screening.Yes
		}
		s.Answers = append(s.Answers, screening.CriterionAnswer{Criterion: c, Answer: a, Justification: gdpr.NewPersonal("Se sagen.")})
	}
	r, err := screening.Assess(s)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Outcome)
	for _, f := range r.Findings {
		fmt.Println(f)
	}
	// Output:
	// recommended
	// error screening.decline_undocumented at decisionReason: The controller decided not to carry out a DPIA that the screening recommends or presumes, without documenting the reasons. (WP248 rev.01 III.B.a; GDPR art. 5(2))
}

// An incomplete screening is invalid input, and the error names each
// missing item.
func ExampleScreening_Validate() {
	s := screening.Screening{Answers: []screening.CriterionAnswer{
		{Criterion: screening.Evaluation, Answer: screening.No},
	}}
	err := s.Validate()
	fmt.Println("invalid input:", errors.Is(err, gdpr.ErrInvalid))
	var ps gdpr.Problems
	if errors.As(err, &ps) {
		for _, p := range ps[:3] {
			fmt.Println(p.Path, p.Code, p.Message)
		}
		fmt.Println("...", len(ps), "problems")
	}
	// Output:
	// invalid input: true
	// answers[0].justification required the answer needs a written justification (begrundelse)
	// answers required criterion "automated_decision" is not answered
	// answers required criterion "systematic_monitoring" is not answered
	// ... 8 problems
}

// Facts from the record of processing suggest answers for a person to
// confirm. A person's own "no" is never overwritten; where it goes against
// the facts, it is reported.
func ExamplePolicy_Suggest() {
	facts := screening.Facts{
		DataTypes:          []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber, gdpr.Health},
		Subjects:           []gdpr.DataSubjectCategory{gdpr.Elderly.Category()},
		SubjectsPerYear:    4000,
		Technologies:       []gdpr.Technology{gdpr.AI, gdpr.Combination},
		AutomatedDecisions: true,
	}
	sugs, err := screening.DefaultPolicy().Suggest(facts)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, g := range sugs[:8] {
		fmt.Printf("%d %-9s %s\n", g.Criterion.Number(), g.Answer.Label(language.Danish), g.Reasons[0].Da)
	}

	// The case worker has already answered criterion 6 "no".
	s := screening.Screening{Answers: []screening.CriterionAnswer{
		{Criterion: screening.Matching, Answer: screening.No, Justification: gdpr.NewPersonal("Kun egne data.")},
	}}
	s = s.Prefill(sugs, language.Danish)
	a, _ := s.Answer(screening.Matching)
	fmt.Println("Kriterium 6:", a.Answer, "| forslag:", a.Suggested)
	for _, f := range screening.Disagreements(s, sugs) {
		fmt.Println(f.Rule, f.Path)
	}
	// Output:
	// 1 Ja        Der træffes automatiske afgørelser eller afgørelser på baggrund af profilering (skabelonens spørgsmål 3.1), og de bygger på en evaluering af de registrerede.
	// 2 Ja        Der træffes automatiske afgørelser eller afgørelser på baggrund af profilering (3.1); en myndigheds afgørelser har retsvirkning for de registrerede.
	// 3 Nej       Oplysningerne om behandlingen nævner hverken overvågning, tracking eller sporing.
	// 4 Ja        Der behandles følsomme personoplysninger (GDPR art. 9): Helbredsoplysninger.
	// 5 Nej       Behandlingen berører ca. 4.000 personer om året (4.1), under grænsen for stort omfang på 10.000; vurder også mængden af oplysninger, varigheden og det geografiske omfang.
	// 6 Ja        Personoplysningerne kombineres eller matches med oplysninger fra andre systemer og kilder (2.14).
	// 7 Ja        De registrerede omfatter en sårbar gruppe: Ældre.
	// 8 Ja        Der anvendes kunstig intelligens (2.10).
	// Kriterium 6: no | forslag: false
	// screening.suggestion_disagrees answers[0].answer
}
