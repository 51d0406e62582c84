package screening_test

import (
	"sync"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/screening"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// reasonIDs returns the rule ids of r's reasons.
func reasonIDs(r screening.Result) []string {
	out := []string{}
	for _, x := range r.Reasons {
		out = append(out, x.Rule)
	}
	return out
}

// findingIDs returns the rule ids of findings.
func findingIDs(fs []gdpr.Finding) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

// assessCase is one screening and what WP248 rev.01 III.B.a and GDPR art. 35(3) and (4) say of it.
type assessCase struct {
	name      string
	s         screening.Screening
	outcome   screening.Outcome
	mandatory bool
	met       []screening.Criterion
	uncertain []screening.Criterion
	reasons   []string
	findings  []string
}

const (
	idTwo       = "screening.criteria_two_or_more"
	idOne       = "screening.criteria_one"
	idNone      = "screening.criteria_none"
	idUncertain = "screening.uncertain_counted_as_met"
)

// withDecision sets the decision of s.
func withDecision(s screening.Screening, d screening.Decision, reason string) screening.Screening {
	s.Decision, s.DecisionReason = d, gdpr.NewPersonal(reason)
	return s
}

func assessCases() []assessCase {
	const (
		ev  = screening.Evaluation
		ad  = screening.AutomatedDecision
		mon = screening.Monitoring
		sen = screening.SensitiveData
		ls  = screening.LargeScale
		mat = screening.Matching
		vul = screening.VulnerableSubjects
		inn = screening.InnovativeUse
		pr  = screening.PreventsRights
	)
	Y, N, P, D := screening.Yes, screening.No, screening.Partly, screening.DontKnow
	return []assessCase{
		// WP248 rev.01 III.B.a: the count of criteria.
		{name: "no criterion met: not required, the screening is the documentation",
			s: screen(nil, false), outcome: screening.NotRequired, met: []screening.Criterion{}, reasons: []string{idNone}},
		{name: "exactly one criterion met: recommended, and the missing decision is a finding",
			s: screen(yes(vul), false), outcome: screening.Recommended, met: []screening.Criterion{vul},
			reasons: []string{idOne}, findings: []string{"screening.decision_missing"}},
		{name: "two criteria met: required by the WP248 presumption",
			s: screen(yes(mon, vul), false), outcome: screening.Required, met: []screening.Criterion{mon, vul}, reasons: []string{idTwo}},
		{name: "all eight criteria met",
			s: screen(yes(ev, ad, mon, sen, ls, mat, vul, inn), false), outcome: screening.Required,
			met: []screening.Criterion{ev, ad, mon, sen, ls, mat, vul, inn}, reasons: []string{idTwo}},

		// Conservative reading of uncertain answers (as OS2compliance reads them).
		{name: "partly counts as met: one partly answer makes a DPIA recommended",
			s: withDecision(screen(answers{mat: P}, false), screening.Perform, ""), outcome: screening.Recommended,
			met: []screening.Criterion{mat}, uncertain: []screening.Criterion{mat}, reasons: []string{idOne, idUncertain}},
		{name: "don't know counts as met: two don't-know answers make a DPIA required",
			s: screen(answers{ls: D, inn: D}, false), outcome: screening.Required,
			met: []screening.Criterion{ls, inn}, uncertain: []screening.Criterion{ls, inn}, reasons: []string{idTwo, idUncertain}},
		{name: "a yes and a partly make two criteria",
			s: screen(answers{ev: Y, mat: P}, false), outcome: screening.Required,
			met: []screening.Criterion{ev, mat}, uncertain: []screening.Criterion{mat}, reasons: []string{idTwo, idUncertain}},

		// GDPR art. 35(3): each case, on top of its criteria and on its own.
		{name: "art. 35(3)(a) with evaluation and automated decisions met",
			s: screen(yes(ev, ad), false, trig(screening.ExtensiveProfiling, Y)), outcome: screening.Required, mandatory: true,
			met: []screening.Criterion{ev, ad}, reasons: []string{idTwo, "screening.art35_3_a"}},
		{name: "art. 35(3)(a) fires regardless of the count, and the contradicting no is a finding",
			s: screen(nil, false, trig(screening.ExtensiveProfiling, Y)), outcome: screening.Required, mandatory: true,
			met: []screening.Criterion{}, reasons: []string{idNone, "screening.art35_3_a"}, findings: []string{"screening.answers_inconsistent"}},
		{name: "art. 35(3)(b) large-scale sensitive data, e.g. a hospital's patient records (WP248 rev.01)",
			s: screen(yes(sen, ls), false, trig(screening.LargeScaleSpecialData, Y)), outcome: screening.Required, mandatory: true,
			met: []screening.Criterion{sen, ls}, reasons: []string{idTwo, "screening.art35_3_b"}},
		{name: "art. 35(3)(b) answered don't know still fires, with the note on uncertain answers",
			s: screen(yes(sen), false, trig(screening.LargeScaleSpecialData, D)), outcome: screening.Required, mandatory: true,
			met: []screening.Criterion{sen}, reasons: []string{idOne, "screening.art35_3_b", idUncertain}},
		{name: "art. 35(3)(c) systematic monitoring of a public area on a large scale",
			s: screen(yes(mon, ls), false, trig(screening.PublicMonitoring, Y)), outcome: screening.Required, mandatory: true,
			met: []screening.Criterion{mon, ls}, reasons: []string{idTwo, "screening.art35_3_c"}},
		{name: "art. 35(3)(c) answered no does not fire",
			s: screen(yes(mon), false, trig(screening.PublicMonitoring, N)), outcome: screening.Recommended,
			met: []screening.Criterion{mon}, reasons: []string{idOne}, findings: []string{"screening.decision_missing"}},

		// Datatilsynet's art. 35(4) list: each item with and without another criterion.
		{name: "list: biometric identification without another criterion does not fire",
			s: screen(yes(sen), false, trig(screening.BiometricIdentification, Y)), outcome: screening.Recommended,
			met: []screening.Criterion{sen}, reasons: []string{idOne}, findings: []string{"screening.decision_missing"}},
		{name: "list: biometric identification with another criterion (employees) fires",
			s: screen(yes(sen, vul), false, trig(screening.BiometricIdentification, Y)), outcome: screening.Required, mandatory: true,
			met: []screening.Criterion{sen, vul}, reasons: []string{idTwo, "screening.dt_biometric"}},
		{name: "list: biometric identification with criterion 4 answered no still needs only one other criterion",
			s: screen(yes(vul), false, trig(screening.BiometricIdentification, Y)), outcome: screening.Required, mandatory: true,
			met: []screening.Criterion{vul}, reasons: []string{idOne, "screening.dt_biometric"}, findings: []string{"screening.answers_inconsistent"}},
		{name: "list: genetic data without another criterion does not fire",
			s:       withDecision(screen(yes(sen), false, trig(screening.GeneticData, Y)), screening.Decline, "Kun ét kriterium; anonymiseres straks."),
			outcome: screening.Recommended, met: []screening.Criterion{sen}, reasons: []string{idOne}},
		{name: "list: genetic data with another criterion (large scale) fires",
			s: screen(yes(sen, ls), false, trig(screening.GeneticData, Y)), outcome: screening.Required, mandatory: true,
			met: []screening.Criterion{sen, ls}, reasons: []string{idTwo, "screening.dt_genetic"}},
		{name: "list: location data without another criterion does not fire",
			s:       withDecision(screen(yes(sen), false, trig(screening.LocationData, Y)), screening.Perform, ""),
			outcome: screening.Recommended, met: []screening.Criterion{sen}, reasons: []string{idOne}},
		{name: "list: location data with another criterion (monitoring) fires",
			s: screen(yes(sen, mon), false, trig(screening.LocationData, Y)), outcome: screening.Required, mandatory: true,
			met: []screening.Criterion{mon, sen}, reasons: []string{idTwo, "screening.dt_location"}},
		{name: "list: innovative technology without another criterion does not fire",
			s:       withDecision(screen(yes(inn), false, trig(screening.InnovativeTechnology, Y)), screening.Perform, ""),
			outcome: screening.Recommended, met: []screening.Criterion{inn}, reasons: []string{idOne}},
		{name: "list: innovative technology with another criterion (matching) fires",
			s: screen(yes(inn, mat), false, trig(screening.InnovativeTechnology, Y)), outcome: screening.Required, mandatory: true,
			met: []screening.Criterion{mat, inn}, reasons: []string{idTwo, "screening.dt_innovative"}},
		{name: "list: automated decisions on access to a benefit fire on their own",
			s: screen(yes(ad), false, trig(screening.AccessDecision, Y), trig(screening.ExtensiveProfiling, N)), outcome: screening.Required, mandatory: true,
			met: []screening.Criterion{ad}, reasons: []string{idOne, "screening.dt_automated_access"}},
		{name: "list: a trigger answered partly fires and is noted as uncertain",
			s: screen(yes(ad), false, trig(screening.AccessDecision, P), trig(screening.ExtensiveProfiling, N)), outcome: screening.Required, mandatory: true,
			met: []screening.Criterion{ad}, reasons: []string{idOne, "screening.dt_automated_access", idUncertain}},
		{name: "list: several triggers fire in order",
			s:       screen(yes(sen, inn, vul), false, trig(screening.InnovativeTechnology, Y), trig(screening.BiometricIdentification, Y)),
			outcome: screening.Required, mandatory: true, met: []screening.Criterion{sen, vul, inn},
			reasons: []string{idTwo, "screening.dt_biometric", "screening.dt_innovative"}},

		// WP248's ninth criterion, off by default.
		{name: "ninth criterion asked and met with one other: required",
			s: screen(answers{pr: Y, sen: Y}, true), outcome: screening.Required, met: []screening.Criterion{sen, pr}, reasons: []string{idTwo}},
		{name: "ninth criterion asked and answered no: counts like the eight",
			s: withDecision(screen(answers{pr: N, mat: Y}, true), screening.Perform, ""), outcome: screening.Recommended,
			met: []screening.Criterion{mat}, reasons: []string{idOne}},

		// The decision (WP248 rev.01 III.B.a; GDPR art. 5(2)).
		{name: "recommended DPIA declined without a documented reason is a finding, not an error",
			s: withDecision(screen(yes(mat), false), screening.Decline, "  "), outcome: screening.Recommended,
			met: []screening.Criterion{mat}, reasons: []string{idOne}, findings: []string{"screening.decline_undocumented"}},
		{name: "recommended DPIA declined with a documented reason is fine",
			s:       withDecision(screen(yes(mat), false), screening.Decline, "Datasættene kombineres kun internt og forventeligt."),
			outcome: screening.Recommended, met: []screening.Criterion{mat}, reasons: []string{idOne}},
		{name: "presumed DPIA declined without a reason is a finding",
			s: withDecision(screen(yes(mat, vul), false), screening.Decline, ""), outcome: screening.Required,
			met: []screening.Criterion{mat, vul}, reasons: []string{idTwo}, findings: []string{"screening.decline_undocumented"}},
		{name: "presumed DPIA declined with reasons is a warning to check them (WP248: document thoroughly)",
			s: withDecision(screen(yes(mat, vul), false), screening.Decline, "Se notat om lav risiko."), outcome: screening.Required,
			met: []screening.Criterion{mat, vul}, reasons: []string{idTwo}, findings: []string{"screening.decline_presumption"}},
		{name: "mandatory DPIA declined is a finding even with reasons",
			s:       withDecision(screen(yes(ad), false, trig(screening.AccessDecision, Y), trig(screening.ExtensiveProfiling, N)), screening.Decline, "Vi mener ikke, det er nødvendigt."),
			outcome: screening.Required, mandatory: true, met: []screening.Criterion{ad},
			reasons: []string{idOne, "screening.dt_automated_access"}, findings: []string{"screening.decline_mandatory"}},
		{name: "declining when no DPIA is required needs nothing more",
			s: withDecision(screen(nil, false), screening.Decline, ""), outcome: screening.NotRequired,
			met: []screening.Criterion{}, reasons: []string{idNone}},
		{name: "an unanswered trigger that could make the DPIA mandatory is a finding",
			s: withDecision(screen(yes(ad), false), screening.Perform, ""), outcome: screening.Recommended,
			met: []screening.Criterion{ad}, reasons: []string{idOne},
			findings: []string{"screening.trigger_unanswered"}},
		{name: "a presumed DPIA being declined must rule out each mandatory case the criteria allow",
			s:       withDecision(screen(yes(sen, ls), false, trig(screening.LocationData, screening.No)), screening.Decline, "Se notat om lav risiko."),
			outcome: screening.Required, met: []screening.Criterion{sen, ls}, reasons: []string{idTwo},
			findings: []string{"screening.decline_presumption", "screening.trigger_unanswered", "screening.trigger_unanswered", "screening.trigger_unanswered"}},
	}
}

func TestAssess(t *testing.T) {
	for _, tc := range assessCases() {
		t.Run(tc.name, func(t *testing.T) {
			r, err := screening.Assess(tc.s)
			require.NoError(t, err)
			assert.Equal(t, screening.DK2019, r.RuleSet, "rule set")
			assert.Equal(t, tc.outcome, r.Outcome, "outcome")
			assert.Equal(t, tc.mandatory, r.Mandatory, "mandatory")
			assert.Equal(t, tc.met, r.Met, "met")
			require.NotNil(t, r.Met, "result lists are never nil")
			require.NotNil(t, r.Uncertain, "result lists are never nil")
			require.NotNil(t, r.Triggers, "result lists are never nil")
			if tc.uncertain == nil {
				tc.uncertain = []screening.Criterion{}
			}
			assert.Equal(t, tc.uncertain, r.Uncertain, "uncertain")
			assert.Equal(t, tc.reasons, reasonIDs(r), "reasons")
			want := tc.findings
			if want == nil {
				want = []string{}
			}
			assert.Equal(t, want, findingIDs(r.Findings), "findings")
			for _, x := range r.Reasons {
				assert.NotEmpty(t, x.Reference, "reference of %s", x.Rule)
				assert.NotEmpty(t, x.Text.Da, "Danish text of %s", x.Rule)
				assert.NotEmpty(t, x.Text.En, "English text of %s", x.Rule)
			}
			// Triggers lists exactly the triggers whose reasons fired.
			assert.Equal(t, len(r.Triggers) > 0, r.Mandatory)
		})
	}
}

func TestAssessConclusion(t *testing.T) {
	// The template's sentence: "Af ovenstående analyse fremgår
	// det, at to eller flere kriterier [IKKE ER OPFYLDTE/ER OPFYLDTE]. Det
	// er derfor vurderingen, at …"
	const met = "Af ovenstående analyse fremgår det, at to eller flere kriterier er opfyldte. "
	const notMet = "Af ovenstående analyse fremgår det, at to eller flere kriterier ikke er opfyldte. "
	tests := []struct {
		name   string
		s      screening.Screening
		da, en string
	}{
		{"two or more criteria", screen(yes(screening.Monitoring, screening.VulnerableSubjects), false),
			met + "Det er derfor vurderingen, at der skal gennemføres en konsekvensanalyse vedrørende databeskyttelse.",
			"The analysis above shows that two or more criteria are met. It is therefore the assessment that a data protection impact assessment must be carried out."},
		{"two or more criteria and a trigger", screen(yes(screening.SensitiveData, screening.LargeScale), false, trig(screening.LargeScaleSpecialData, screening.Yes)),
			met + "Behandlingen er desuden omfattet af et tilfælde, hvor der altid skal gennemføres en konsekvensanalyse (GDPR art. 35, stk. 3, eller Datatilsynets liste efter art. 35, stk. 4). Det er derfor vurderingen, at der skal gennemføres en konsekvensanalyse vedrørende databeskyttelse.",
			"The analysis above shows that two or more criteria are met. The processing is moreover a case that always requires a DPIA (GDPR art. 35(3) or Datatilsynet's list under art. 35(4)). It is therefore the assessment that a data protection impact assessment must be carried out."},
		{"fewer than two criteria but a trigger", screen(yes(screening.AutomatedDecision), false, trig(screening.AccessDecision, screening.Yes)),
			notMet + "Behandlingen er dog omfattet af et tilfælde, hvor der altid skal gennemføres en konsekvensanalyse (GDPR art. 35, stk. 3, eller Datatilsynets liste efter art. 35, stk. 4). Det er derfor vurderingen, at der skal gennemføres en konsekvensanalyse vedrørende databeskyttelse.",
			"The analysis above shows that fewer than two criteria are met. However, the processing is a case that always requires a DPIA (GDPR art. 35(3) or Datatilsynet's list under art. 35(4)). It is therefore the assessment that a data protection impact assessment must be carried out."},
		{"one criterion", screen(yes(screening.Matching), false),
			notMet + "Det er derfor vurderingen, at en konsekvensanalyse vedrørende databeskyttelse ikke er påkrævet, men anbefales, da ét kriterium er opfyldt; fravælges den, skal begrundelsen dokumenteres.",
			"The analysis above shows that fewer than two criteria are met. It is therefore the assessment that a data protection impact assessment is not required but recommended, as one criterion is met; if it is not carried out, the reasons must be documented."},
		{"no criterion", screen(nil, false),
			notMet + "Det er derfor vurderingen, at en konsekvensanalyse vedrørende databeskyttelse ikke er påkrævet.",
			"The analysis above shows that fewer than two criteria are met. It is therefore the assessment that a data protection impact assessment is not required."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := screening.Assess(tc.s)
			require.NoError(t, err)
			assert.Equal(t, tc.da, r.Conclusion.Da)
			assert.Equal(t, tc.en, r.Conclusion.En)
		})
	}
}

// TestAssessCountExhaustive checks the count rule on every combination of
// yes/no over the eight criteria, without triggers (WP248 rev.01 III.B.a).
func TestAssessCountExhaustive(t *testing.T) {
	all := screening.Criteria()
	for mask := 0; mask < 1<<len(all); mask++ {
		m := answers{}
		n := 0
		for i, c := range all {
			if mask&(1<<i) != 0 {
				m[c] = screening.Yes
				n++
			}
		}
		r, err := screening.Assess(screen(m, false))
		require.NoError(t, err)
		want := screening.NotRequired
		switch {
		case n >= 2:
			want = screening.Required
		case n == 1:
			want = screening.Recommended
		}
		if r.Outcome != want || len(r.Met) != n || r.Mandatory {
			t.Fatalf("mask %08b: got %v with %d met (mandatory %v), want %v with %d", mask, r.Outcome, len(r.Met), r.Mandatory, want, n)
		}
	}
}

// TestAssessTriggersExhaustive checks every trigger, answered each way,
// against every number of other criteria met (0, 1, 2): a trigger that
// needs another criterion fires exactly when one besides its own is met;
// the others fire whenever they are met.
func TestAssessTriggersExhaustive(t *testing.T) {
	others := []screening.Criterion{screening.Matching, screening.PreventsRights}
	for _, tr := range screening.Triggers() {
		for _, a := range screening.Answers() {
			for n := 0; n <= 2; n++ {
				m := answers{}
				for _, c := range others[:n] {
					m[c] = screening.Yes
				}
				r, err := screening.Assess(screen(m, true, trig(tr, a)))
				require.NoError(t, err)
				fires := a.Met() && (!tr.NeedsOtherCriterion() || n >= 1)
				assert.Equal(t, fires, r.Mandatory, "%v answered %v with %d other criteria", tr, a, n)
				if fires {
					assert.Equal(t, []screening.Trigger{tr}, r.Triggers)
					assert.Equal(t, screening.Required, r.Outcome)
				}
			}
		}
	}
}

func TestAssessRejectsIncomplete(t *testing.T) {
	s := screen(nil, false)
	s.Answers = s.Answers[:7]
	_, err := screening.Assess(s)
	require.ErrorIs(t, err, gdpr.ErrInvalid)
	var ps gdpr.Problems
	require.ErrorAs(t, err, &ps)
	assert.Equal(t, gdpr.Problems{{Path: "answers", Code: gdpr.CodeRequired, Message: `criterion "innovative_use" is not answered`}}, ps)
}

func TestAssessDoesNotModifyInput(t *testing.T) {
	s := homeCareScreening()
	before := homeCareScreening()
	_, err := screening.Assess(s)
	require.NoError(t, err)
	assert.Equal(t, before, s)
}

func TestAssessConcurrent(t *testing.T) {
	s := homeCareScreening()
	want, err := screening.Assess(s)
	require.NoError(t, err)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 100 {
				got, err := screening.Assess(s)
				if err != nil || got.Outcome != want.Outcome || len(got.Reasons) != len(want.Reasons) {
					t.Errorf("concurrent Assess: got %v, %v", got.Outcome, err)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestAssessHomeCareAI(t *testing.T) {
	// Seed 004: AI analysing which citizens should receive elderly care.
	r, err := screening.Assess(homeCareScreening())
	require.NoError(t, err)
	assert.Equal(t, screening.Required, r.Outcome)
	assert.True(t, r.Mandatory)
	assert.Equal(t, []screening.Criterion{screening.Evaluation, screening.AutomatedDecision, screening.SensitiveData,
		screening.Matching, screening.VulnerableSubjects, screening.InnovativeUse}, r.Met)
	assert.Equal(t, []screening.Criterion{screening.AutomatedDecision}, r.Uncertain)
	assert.Equal(t, []screening.Trigger{screening.ExtensiveProfiling, screening.InnovativeTechnology, screening.AccessDecision}, r.Triggers)
	assert.Equal(t, []string{idTwo, "screening.art35_3_a", "screening.dt_innovative", "screening.dt_automated_access", idUncertain}, reasonIDs(r))
	assert.Empty(t, r.Findings)
}

func TestAssessNewsletter(t *testing.T) {
	r, err := screening.Assess(newsletterScreening())
	require.NoError(t, err)
	assert.Equal(t, screening.NotRequired, r.Outcome)
	assert.Empty(t, r.Met)
	assert.Empty(t, r.Findings)
	assert.Equal(t, []string{idNone}, reasonIDs(r))
}
