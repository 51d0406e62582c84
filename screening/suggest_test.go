package screening_test

import (
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/screening"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// suggested maps the suggestions to their answers, by criterion and trigger.
func suggested(sugs []screening.Suggestion) (map[screening.Criterion]screening.Answer, map[screening.Trigger]screening.Answer) {
	cs := map[screening.Criterion]screening.Answer{}
	ts := map[screening.Trigger]screening.Answer{}
	for _, s := range sugs {
		if s.Criterion != 0 {
			cs[s.Criterion] = s.Answer
		} else {
			ts[s.Trigger] = s.Answer
		}
	}
	return cs, ts
}

func TestSuggest(t *testing.T) {
	Y, N, D := screening.Yes, screening.No, screening.DontKnow
	type cmap = map[screening.Criterion]screening.Answer
	type tmap = map[screening.Trigger]screening.Answer
	tests := []struct {
		name   string
		facts  screening.Facts
		policy screening.Policy
		// only the entries listed are checked, except for the first cases
		criteria cmap
		triggers tmap
	}{
		{name: "no facts: don't know where the facts are missing, no where nothing points to the question",
			facts: screening.Facts{},
			criteria: cmap{screening.Evaluation: N, screening.AutomatedDecision: N, screening.Monitoring: N, screening.SensitiveData: D,
				screening.LargeScale: D, screening.Matching: N, screening.VulnerableSubjects: D, screening.InnovativeUse: N, screening.PreventsRights: N},
			triggers: tmap{screening.ExtensiveProfiling: N, screening.LargeScaleSpecialData: D, screening.PublicMonitoring: N,
				screening.BiometricIdentification: N, screening.GeneticData: D, screening.LocationData: N, screening.InnovativeTechnology: N, screening.AccessDecision: N}},
		{name: "school newsletter: every answer no",
			facts: newsletterFacts(),
			criteria: cmap{screening.Evaluation: N, screening.AutomatedDecision: N, screening.Monitoring: N, screening.SensitiveData: N,
				screening.LargeScale: N, screening.Matching: N, screening.VulnerableSubjects: N, screening.InnovativeUse: N, screening.PreventsRights: N},
			triggers: tmap{screening.ExtensiveProfiling: N, screening.LargeScaleSpecialData: N, screening.PublicMonitoring: N,
				screening.BiometricIdentification: N, screening.GeneticData: N, screening.LocationData: N, screening.InnovativeTechnology: N, screening.AccessDecision: N}},
		{name: "home-care AI (Datatilsynet's guidance on AI in the public sector): evaluation, decisions, sensitive data, matching, vulnerable, innovative",
			facts: homeCareFacts(),
			criteria: cmap{screening.Evaluation: Y, screening.AutomatedDecision: Y, screening.Monitoring: N, screening.SensitiveData: Y,
				screening.LargeScale: N, screening.Matching: Y, screening.VulnerableSubjects: Y, screening.InnovativeUse: Y, screening.PreventsRights: D},
			triggers: tmap{screening.ExtensiveProfiling: D, screening.LargeScaleSpecialData: N, screening.PublicMonitoring: N,
				screening.BiometricIdentification: N, screening.GeneticData: N, screening.LocationData: N, screening.InnovativeTechnology: Y, screening.AccessDecision: D}},
		{name: "large scale: exactly the default threshold of 10,000 a year is large",
			facts:    screening.Facts{SubjectsPerYear: 10_000, DataTypes: []gdpr.DataType{gdpr.Health}},
			criteria: cmap{screening.LargeScale: Y}, triggers: tmap{screening.LargeScaleSpecialData: Y}},
		{name: "large scale: one below the default threshold is not",
			facts:    screening.Facts{SubjectsPerYear: 9_999, DataTypes: []gdpr.DataType{gdpr.Health}},
			criteria: cmap{screening.LargeScale: N}, triggers: tmap{screening.LargeScaleSpecialData: N}},
		{name: "large scale: a policy with a lower threshold",
			facts: screening.Facts{SubjectsPerYear: 6_000, DataTypes: []gdpr.DataType{gdpr.CriminalOffences}}, policy: screening.Policy{LargeScaleSubjects: 5_000},
			criteria: cmap{screening.LargeScale: Y, screening.SensitiveData: Y}, triggers: tmap{screening.LargeScaleSpecialData: Y}},
		{name: "art. 35(3)(b): sensitive data with an unknown number of people is don't know",
			facts:    screening.Facts{DataTypes: []gdpr.DataType{gdpr.Health}},
			triggers: tmap{screening.LargeScaleSpecialData: D}},
		{name: "confidential data (CPR number) meet criterion 4, which includes data of a confidential nature",
			facts:    screening.Facts{DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber}},
			criteria: cmap{screening.SensitiveData: Y}, triggers: tmap{screening.LargeScaleSpecialData: N, screening.GeneticData: N}},
		{name: "a bare data category counts like its types",
			facts:    screening.Facts{Categories: []gdpr.DataCategory{gdpr.Sensitive}, SubjectsPerYear: 20_000},
			criteria: cmap{screening.SensitiveData: Y}, triggers: tmap{screening.LargeScaleSpecialData: Y, screening.GeneticData: N}},
		{name: "genetic data suggest the list item",
			facts:    screening.Facts{DataTypes: []gdpr.DataType{gdpr.Genetic}},
			criteria: cmap{screening.SensitiveData: Y}, triggers: tmap{screening.GeneticData: Y}},
		{name: "CCTV on a large scale: monitoring yes, public area to be confirmed",
			facts:    screening.Facts{Technologies: []gdpr.Technology{gdpr.CCTV}, SubjectsPerYear: 50_000},
			criteria: cmap{screening.Monitoring: Y}, triggers: tmap{screening.PublicMonitoring: D}},
		{name: "CCTV below the large-scale threshold is not art. 35(3)(c)",
			facts:    screening.Facts{Technologies: []gdpr.Technology{gdpr.CCTV}, SubjectsPerYear: 40},
			criteria: cmap{screening.Monitoring: Y}, triggers: tmap{screening.PublicMonitoring: N}},
		{name: "tracking (GPS, logging) is for a person to judge: monitoring, location data",
			facts:    screening.Facts{Technologies: []gdpr.Technology{gdpr.Tracking}, DataTypes: []gdpr.DataType{gdpr.PersonName}},
			criteria: cmap{screening.Monitoring: D, screening.Evaluation: D, screening.SensitiveData: D}, triggers: tmap{screening.LocationData: D}},
		{name: "tracking data collected (2.1) are monitoring",
			facts:    screening.Facts{Technologies: []gdpr.Technology{gdpr.TrackingData}},
			criteria: cmap{screening.Monitoring: Y}},
		{name: "biometrics: sensitive, innovative, and the biometric list item",
			facts:    screening.Facts{Technologies: []gdpr.Technology{gdpr.Biometrics}},
			criteria: cmap{screening.SensitiveData: Y, screening.InnovativeUse: Y}, triggers: tmap{screening.BiometricIdentification: Y, screening.InnovativeTechnology: Y}},
		{name: "biometric data without biometric technology: identification to be confirmed",
			facts:    screening.Facts{DataTypes: []gdpr.DataType{gdpr.Biometric}},
			triggers: tmap{screening.BiometricIdentification: D}},
		{name: "IoT is new technology and may monitor",
			facts:    screening.Facts{Technologies: []gdpr.Technology{gdpr.IoT}},
			criteria: cmap{screening.InnovativeUse: Y, screening.Monitoring: D}},
		{name: "apps, social media and other special technology are for a person to judge",
			facts:    screening.Facts{Technologies: []gdpr.Technology{gdpr.MobileApps, gdpr.SocialMedia, gdpr.OtherTechnology}},
			criteria: cmap{screening.InnovativeUse: D}, triggers: tmap{screening.InnovativeTechnology: D}},
		{name: "AI alone: evaluation and decisions to be confirmed",
			facts:    screening.Facts{Technologies: []gdpr.Technology{gdpr.AI}},
			criteria: cmap{screening.Evaluation: D, screening.AutomatedDecision: D, screening.InnovativeUse: Y}},
		{name: "pupils are a vulnerable group",
			facts:    screening.Facts{Subjects: []gdpr.DataSubjectCategory{gdpr.Pupils.Category()}},
			criteria: cmap{screening.VulnerableSubjects: Y}},
		{name: "suppliers are not vulnerable",
			facts:    screening.Facts{Subjects: []gdpr.DataSubjectCategory{gdpr.Suppliers.Category()}},
			criteria: cmap{screening.VulnerableSubjects: N}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sugs, err := tc.policy.Suggest(tc.facts)
			require.NoError(t, err)
			require.Len(t, sugs, 9+8, "one suggestion per criterion and trigger")
			for i, c := range screening.AllCriteria() {
				assert.Equal(t, c, sugs[i].Criterion)
				assert.Zero(t, sugs[i].Trigger)
			}
			for i, tr := range screening.Triggers() {
				assert.Equal(t, tr, sugs[9+i].Trigger)
				assert.Zero(t, sugs[9+i].Criterion)
			}
			for _, s := range sugs {
				assert.Contains(t, []screening.Answer{screening.Yes, screening.No, screening.DontKnow}, s.Answer)
				require.NotEmpty(t, s.Reasons, "every suggestion has a reason")
				for _, r := range s.Reasons {
					assert.NotEmpty(t, r.Da)
					assert.NotEmpty(t, r.En)
				}
			}
			cs, ts := suggested(sugs)
			for c, want := range tc.criteria {
				assert.Equal(t, want, cs[c], "criterion %v", c)
			}
			for tr, want := range tc.triggers {
				assert.Equal(t, want, ts[tr], "trigger %v", tr)
			}
		})
	}
}

func TestSuggestReasons(t *testing.T) {
	sugs, err := screening.Policy{}.Suggest(screening.Facts{SubjectsPerYear: 12_000, DataTypes: []gdpr.DataType{gdpr.Health, gdpr.Health, gdpr.Genetic}})
	require.NoError(t, err)
	large := sugs[screening.LargeScale-1]
	require.Equal(t, screening.LargeScale, large.Criterion)
	assert.Equal(t, []gdpr.Text{{
		Da: "Behandlingen berører ca. 12.000 personer om året (4.1), mindst grænsen for stort omfang på 10.000 registrerede om året.",
		En: "About 12,000 people a year are affected (4.1), at least the large-scale threshold of 10,000 data subjects a year.",
	}}, large.Reasons)
	sensitive := sugs[screening.SensitiveData-1]
	assert.Equal(t, []gdpr.Text{{
		Da: "Der behandles følsomme personoplysninger (GDPR art. 9): Helbredsoplysninger, Genetiske data.",
		En: "Special categories of data are processed (GDPR art. 9): Health data, Genetic data.",
	}}, sensitive.Reasons, "a type listed twice is named once")

	sugs, err = (screening.Policy{LargeScaleSubjects: 999}).Suggest(screening.Facts{SubjectsPerYear: 1_234_567})
	require.NoError(t, err)
	assert.Contains(t, sugs[screening.LargeScale-1].Reasons[0].Da, "1.234.567 personer")
	assert.Contains(t, sugs[screening.LargeScale-1].Reasons[0].En, "threshold of 999 data subjects")
}

func TestSuggestRejectsInvalidInput(t *testing.T) {
	_, err := (screening.Policy{LargeScaleSubjects: -5}).Suggest(screening.Facts{
		DataTypes:       []gdpr.DataType{"", "shoe_size"},
		Categories:      []gdpr.DataCategory{0, 9},
		Subjects:        []gdpr.DataSubjectCategory{{}},
		SubjectsPerYear: -1,
		Technologies:    []gdpr.Technology{0, 77},
	})
	require.ErrorIs(t, err, gdpr.ErrInvalid)
	var ps gdpr.Problems
	require.ErrorAs(t, err, &ps)
	var paths []string
	for _, p := range ps {
		paths = append(paths, p.Path)
	}
	assert.Equal(t, []string{
		"facts.dataTypes[0]", "facts.dataTypes[1]", "facts.categories[0]", "facts.categories[1]", "facts.subjects[0]",
		"facts.subjectsPerYear", "facts.technologies[0]", "facts.technologies[1]", "policy.largeScaleSubjects",
	}, paths)
}

func TestPolicy(t *testing.T) {
	assert.Equal(t, 10_000, screening.DefaultPolicy().LargeScaleSubjects, "the Dutch pre-scan's 10,000 a year")
	zero, err := screening.Policy{}.Suggest(screening.Facts{SubjectsPerYear: 10_000})
	require.NoError(t, err)
	def, err := screening.DefaultPolicy().Suggest(screening.Facts{SubjectsPerYear: 10_000})
	require.NoError(t, err)
	assert.Equal(t, def, zero, "the zero policy is the default policy")
	require.NoError(t, screening.DefaultPolicy().Validate())
}

func TestPrefill(t *testing.T) {
	sugs, err := screening.Policy{}.Suggest(homeCareFacts())
	require.NoError(t, err)

	t.Run("fills every unanswered question, marked suggested, with reasons as justification", func(t *testing.T) {
		s := screening.Screening{}.Prefill(sugs, language.Danish)
		require.Len(t, s.Answers, 8, "the ninth criterion is not asked")
		require.Len(t, s.Triggers, 8)
		for _, a := range s.Answers {
			assert.True(t, a.Suggested)
			assert.NotEmpty(t, a.Justification.Reveal())
		}
		a, _ := s.Answer(screening.InnovativeUse)
		assert.Equal(t, screening.Yes, a.Answer)
		assert.Equal(t, "Der anvendes kunstig intelligens (2.10).", a.Justification.Reveal())
		en := screening.Screening{}.Prefill(sugs, language.English)
		a, _ = en.Answer(screening.InnovativeUse)
		assert.Equal(t, "Artificial intelligence is used (2.10).", a.Justification.Reveal())

		// Unconfirmed suggestions make the screening incomplete.
		err := s.Validate()
		require.Error(t, err)
		var ps gdpr.Problems
		require.ErrorAs(t, err, &ps)
		assert.Len(t, ps, 16, "each of the 8 criteria and 8 triggers awaits confirmation")

		// Once a person confirms them, the screening is complete.
		for i := range s.Answers {
			s.Answers[i].Suggested = false
		}
		for i := range s.Triggers {
			s.Triggers[i].Suggested = false
		}
		r, err := screening.Assess(s)
		require.NoError(t, err)
		assert.Equal(t, screening.Required, r.Outcome)
	})

	t.Run("never overwrites an answer a person gave", func(t *testing.T) {
		person := screening.Screening{
			Answers: []screening.CriterionAnswer{
				{Criterion: screening.InnovativeUse, Answer: screening.No, Justification: gdpr.NewPersonal("Modellen er en simpel regelmotor, ikke AI.")},
				{Criterion: screening.Evaluation, Justification: gdpr.NewPersonal("Skrevet før svaret.")},
			},
			Triggers: []screening.TriggerAnswer{trig(screening.AccessDecision, screening.No)},
		}
		before := person
		beforeAnswers := append([]screening.CriterionAnswer(nil), person.Answers...)
		s := person.Prefill(sugs, language.Danish)
		a, _ := s.Answer(screening.InnovativeUse)
		assert.Equal(t, screening.CriterionAnswer{Criterion: screening.InnovativeUse, Answer: screening.No, Justification: gdpr.NewPersonal("Modellen er en simpel regelmotor, ikke AI.")}, a)
		ta, _ := s.TriggerAnswer(screening.AccessDecision)
		assert.Equal(t, trig(screening.AccessDecision, screening.No), ta)
		a, _ = s.Answer(screening.Evaluation)
		assert.Equal(t, screening.CriterionAnswer{Criterion: screening.Evaluation, Answer: screening.Yes, Justification: gdpr.NewPersonal("Skrevet før svaret."), Suggested: true}, a,
			"an empty answer is filled, a written justification kept")
		assert.Equal(t, before, person, "the original is not modified")
		assert.Equal(t, beforeAnswers, person.Answers)
	})

	t.Run("replaces an earlier unconfirmed suggestion", func(t *testing.T) {
		old := screening.Screening{Answers: []screening.CriterionAnswer{
			{Criterion: screening.LargeScale, Answer: screening.DontKnow, Justification: gdpr.NewPersonal("gammelt forslag"), Suggested: true},
		}}
		s := old.Prefill(sugs, language.Danish)
		a, _ := s.Answer(screening.LargeScale)
		assert.Equal(t, screening.No, a.Answer)
		assert.True(t, a.Suggested)
		assert.Contains(t, a.Justification.Reveal(), "4.000 personer")
	})

	t.Run("asks the ninth criterion only when the screening does", func(t *testing.T) {
		s := screening.Screening{NinthCriterion: true}.Prefill(sugs, language.Danish)
		a, ok := s.Answer(screening.PreventsRights)
		require.True(t, ok)
		assert.Equal(t, screening.DontKnow, a.Answer)
	})

	t.Run("ignores suggestions that are not well formed", func(t *testing.T) {
		bad := []screening.Suggestion{
			{Criterion: screening.Evaluation},
			{Criterion: 40, Answer: screening.Yes},
			{Trigger: 40, Answer: screening.Yes},
			{Answer: screening.Yes},
		}
		s := screening.Screening{}.Prefill(bad, language.Danish)
		assert.Empty(t, s.Answers)
		assert.Empty(t, s.Triggers)
	})
}

func TestDisagreements(t *testing.T) {
	sugs, err := screening.Policy{}.Suggest(homeCareFacts())
	require.NoError(t, err)
	s := homeCareScreening()
	// The person answers "no" to matching, against the facts (2.14), and
	// "no" to access decisions, where the facts only say "don't know".
	s.Answers[5] = screening.CriterionAnswer{Criterion: screening.Matching, Answer: screening.No, Justification: gdpr.NewPersonal("Data kombineres ikke.")}
	s.Triggers[1] = trig(screening.InnovativeTechnology, screening.No)
	s.Triggers[2] = trig(screening.AccessDecision, screening.No)
	fs := screening.Disagreements(s, sugs)
	require.Len(t, fs, 2)
	assert.Equal(t, "screening.suggestion_disagrees", fs[0].Rule)
	assert.Equal(t, gdpr.Warning, fs[0].Severity)
	assert.Equal(t, "answers[5].answer", fs[0].Path)
	assert.Equal(t, gdpr.Text{
		Da: "Matching eller kombination af datasæt: Spørgsmålet er besvaret med nej, men oplysningerne om behandlingen peger på, at det er opfyldt. Kontrollér svaret og begrundelsen. Forslagets begrundelse: Personoplysningerne kombineres eller matches med oplysninger fra andre systemer og kilder (2.14).",
		En: "Matching or combining datasets: The question is answered no, but the facts of the processing suggest that it is met. Check the answer and its justification. The suggestion's reasons: The data are combined or matched with data from other systems and sources (2.14).",
	}, fs[0].Text)
	assert.Equal(t, "triggers[1].answer", fs[1].Path)

	// The person's answers stand: Assess reads them as given.
	r, err := screening.Assess(s)
	require.NoError(t, err)
	assert.NotContains(t, r.Met, screening.Matching)

	// An unconfirmed suggested "no" is not a person's answer.
	s.Answers[5].Suggested = true
	assert.Len(t, screening.Disagreements(s, sugs), 1)
	assert.Empty(t, screening.Disagreements(homeCareScreening(), sugs), "a person agreeing raises nothing")
	assert.Empty(t, screening.Disagreements(screening.Screening{}, sugs), "nothing answered, nothing to disagree with")
}
