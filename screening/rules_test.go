package screening_test

import (
	"regexp"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr/screening"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// emitted runs every screening of the tests and collects the ids of the
// findings and of the reasons they produce.
func emitted(t *testing.T) (findings, reasons map[string]bool) {
	t.Helper()
	findings, reasons = map[string]bool{}, map[string]bool{}
	var all []screening.Screening
	for _, tc := range assessCases() {
		all = append(all, tc.s)
	}
	all = append(all, homeCareScreening(), newsletterScreening())
	for _, s := range all {
		r, err := screening.Assess(s)
		require.NoError(t, err)
		for _, f := range r.Findings {
			findings[f.Rule] = true
		}
		for _, x := range r.Reasons {
			reasons[x.Rule] = true
		}
	}
	sugs, err := screening.Policy{}.Suggest(homeCareFacts())
	require.NoError(t, err)
	s := homeCareScreening()
	s.Answers[5].Answer = screening.No
	for _, f := range screening.Disagreements(s, sugs) {
		findings[f.Rule] = true
	}
	for _, f := range (screening.Screening{}).Check(time.Time{}) {
		findings[f.Rule] = true
	}
	return findings, reasons
}

// TestRulesCovered proves that every rule in Rules() is triggered by some
// test input, and that every finding the tests produce is in Rules().
func TestRulesCovered(t *testing.T) {
	findings, reasons := emitted(t)
	listed := map[string]bool{}
	id := regexp.MustCompile(`^screening\.[a-z0-9]+(_[a-z0-9]+)*$`)
	for _, r := range screening.Rules() {
		assert.Regexp(t, id, r.ID)
		assert.False(t, listed[r.ID], "rule %s listed once", r.ID)
		listed[r.ID] = true
		assert.True(t, r.Severity.Valid(), "severity of %s", r.ID)
		assert.NotEmpty(t, r.Reference, "reference of %s", r.ID)
		assert.NotEmpty(t, r.Text.Da, "Danish text of %s", r.ID)
		assert.NotEmpty(t, r.Text.En, "English text of %s", r.ID)
		assert.True(t, findings[r.ID], "rule %s is triggered by a test", r.ID)
	}
	for f := range findings {
		assert.True(t, listed[f], "finding %s is in Rules()", f)
	}

	// The same for the reasons a rule set can give.
	listedReasons := map[string]bool{}
	for _, x := range screening.DK2019.Reasons() {
		assert.Regexp(t, id, x.Rule)
		assert.False(t, listedReasons[x.Rule], "reason %s listed once", x.Rule)
		listedReasons[x.Rule] = true
		assert.True(t, reasons[x.Rule], "reason %s fires in a test", x.Rule)
		assert.NotEmpty(t, x.Reference)
	}
	for x := range reasons {
		assert.True(t, listedReasons[x], "reason %s is in DK2019.Reasons()", x)
	}
}

func TestRulesAreFreshCopies(t *testing.T) {
	rules := screening.Rules()
	rules[0].ID = "changed"
	assert.NotEqual(t, "changed", screening.Rules()[0].ID)
	reasons := screening.DK2019.Reasons()
	reasons[0].Text.Da = "changed"
	assert.NotEqual(t, "changed", screening.DK2019.Reasons()[0].Text.Da)
}
