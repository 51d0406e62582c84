package screening_test

import (
	"testing"

	"github.com/dkgdpr/gdpr/screening"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWP248Examples screens the examples of WP248 rev.01 (section III.B.a,
// the table "Examples of processing"), with the
// criteria WP248 gives for each answered yes and the rest no. WP248 says
// whether a DPIA is "likely to be required"; here that is Required for
// "yes". For "no", WP248 either finds one criterion (our Recommended: no
// DPIA is needed if the decision is documented) or, for the individual
// physician of recital 91, two criteria whose presumption the controller
// rebuts with documented reasons (our Required, declined with a warning to
// check the reasons, and no error).
func TestWP248Examples(t *testing.T) {
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
	tests := []struct {
		name     string
		met      []screening.Criterion
		ninth    bool
		decision screening.Decision
		reason   string
		outcome  screening.Outcome
		findings []string
	}{
		{name: "WP248: a hospital processing its patients' genetic and health data (hospital information system)",
			met: []screening.Criterion{sen, vul, ls}, outcome: screening.Required},
		{name: "WP248: a camera system monitoring driving behaviour on highways with automatic number-plate recognition",
			met: []screening.Criterion{mon, inn}, outcome: screening.Required},
		{name: "WP248 rev.01: a company systematically monitoring its employees' activities (monitoring of a vulnerable group)",
			met: []screening.Criterion{mon, vul}, outcome: screening.Required},
		{name: "WP248 rev.01: gathering public social media data to generate profiles (data mining of public profiles)",
			met: []screening.Criterion{ev, ls, mat, sen}, outcome: screening.Required},
		{name: "WP248: an institution creating a national-level credit rating or fraud database",
			met: []screening.Criterion{ev, ad, pr, sen}, ninth: true, outcome: screening.Required},
		{name: "WP248: archiving pseudonymised sensitive data on vulnerable subjects of research projects or clinical trials",
			met: []screening.Criterion{sen, vul, pr}, ninth: true, outcome: screening.Required},
		{name: "WP248 and recital 91: an individual physician processing patients' data, presumption rebutted with documented reasons",
			met: []screening.Criterion{sen, vul}, decision: screening.Decline,
			reason:  "Behandling foretaget af en enkelt læge er ikke i stort omfang (præambelbetragtning 91).",
			outcome: screening.Required, findings: []string{"screening.decline_presumption", "screening.trigger_unanswered", "screening.trigger_unanswered", "screening.trigger_unanswered"}},
		{name: "WP248: an online magazine sending a generic daily digest to its subscribers by mailing list, decision documented",
			met: []screening.Criterion{ls}, decision: screening.Decline, reason: "Et generisk nyhedsbrev uden profilering.",
			outcome: screening.Recommended},
		{name: "WP248: an e-commerce website with limited profiling on items viewed or purchased on its own website, decision documented",
			met: []screening.Criterion{ev}, decision: screening.Decline, reason: "Begrænset profilering alene på egne varer.",
			outcome: screening.Recommended},
		{name: "WP248: the online magazine declining without documenting why is a finding",
			met: []screening.Criterion{ls}, decision: screening.Decline,
			outcome: screening.Recommended, findings: []string{"screening.decline_undocumented"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := withDecision(screen(yes(tc.met...), tc.ninth), tc.decision, tc.reason)
			r, err := screening.Assess(s)
			require.NoError(t, err)
			assert.Equal(t, tc.outcome, r.Outcome)
			assert.ElementsMatch(t, tc.met, r.Met)
			want := tc.findings
			if want == nil {
				want = []string{}
			}
			assert.Equal(t, want, findingIDs(r.Findings))
		})
	}
}
