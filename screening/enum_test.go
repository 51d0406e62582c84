package screening_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enumtest"
	"github.com/dkgdpr/gdpr/screening"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestEnumerations(t *testing.T) {
	assert.Equal(t, screening.AllCriteria(), enumtest.Check[screening.Criterion](t, screening.ParseCriterion))
	assert.Equal(t, screening.Answers(), enumtest.Check[screening.Answer](t, screening.ParseAnswer))
	assert.Equal(t, []screening.Outcome{screening.NotRequired, screening.Recommended, screening.Required},
		enumtest.Check[screening.Outcome](t, screening.ParseOutcome))
	assert.Equal(t, []screening.Decision{screening.Perform, screening.Decline}, enumtest.Check[screening.Decision](t, screening.ParseDecision))
	assert.Equal(t, screening.Triggers(), enumtest.Check[screening.Trigger](t, screening.ParseTrigger))
}

// TestRuleSetEnum checks RuleSet's method set by hand: its code is a
// version ("dk-2019.1"), not the snake_case the shared harness requires,
// so stored results keep naming the rule set they were made under.
func TestRuleSetEnum(t *testing.T) {
	for _, rs := range screening.RuleSets() {
		code := rs.String()
		got, err := screening.ParseRuleSet(code)
		require.NoError(t, err)
		assert.Equal(t, rs, got)
		b, err := json.Marshal(map[string]screening.RuleSet{"r": rs})
		require.NoError(t, err)
		assert.JSONEq(t, `{"r":"`+code+`"}`, string(b))
		var back map[screening.RuleSet]bool
		require.NoError(t, json.Unmarshal([]byte(`{"`+code+`":true}`), &back))
		assert.True(t, back[rs])
		v, err := rs.Value()
		require.NoError(t, err)
		assert.Equal(t, code, v)
		var s screening.RuleSet
		require.NoError(t, s.Scan([]byte(code)))
		assert.Equal(t, rs, s)
		assert.NotEmpty(t, rs.Label(language.Danish))
		assert.NotEmpty(t, rs.Label(language.English))
	}
	var zero screening.RuleSet
	assert.False(t, zero.Valid())
	b, err := zero.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	for _, bad := range []string{"dk-2030.1", "Rasmus Requester", "DK-2019.1"} {
		_, err := screening.ParseRuleSet(bad)
		require.ErrorIs(t, err, gdpr.ErrInvalid, bad)
		assert.NotContains(t, err.Error(), "Rasmus", "no echo of what could be personal data")
	}
	_, err = screening.RuleSet(9).MarshalText()
	assert.ErrorIs(t, err, gdpr.ErrInvalid)
	assert.ErrorIs(t, zero.Scan(42), gdpr.ErrInvalid)
}

func TestCriteria(t *testing.T) {
	eight := screening.Criteria()
	require.Len(t, eight, 8, "the municipal DPIA template has eight criteria")
	nine := screening.AllCriteria()
	require.Len(t, nine, 9, "WP248 rev.01 has nine")
	assert.Equal(t, eight, nine[:8])
	assert.Equal(t, screening.PreventsRights, nine[8])
	for i, c := range nine {
		assert.Equal(t, i+1, c.Number())
		assert.Equal(t, c != screening.PreventsRights, c.InTemplate())
		assert.Equal(t, fmt.Sprintf("WP248 rev.01 III.B.a, criterion %d", i+1), c.Reference().En)
		assert.Equal(t, fmt.Sprintf("WP248 rev.01 III.B.a, kriterium %d", i+1), c.Reference().Da)
		assert.NotEmpty(t, c.Help(language.Danish))
		assert.NotEmpty(t, c.Help(language.English))
		assert.NotEqual(t, c.Help(language.Danish), c.Help(language.English))
	}
	bad := screening.Criterion(10)
	assert.Zero(t, bad.Number())
	assert.False(t, bad.InTemplate())
	assert.Empty(t, bad.Reference())
	assert.Empty(t, bad.Help(language.Danish))

	// Fresh copies: a caller cannot change the package's lists.
	eight[0] = screening.PreventsRights
	assert.Equal(t, screening.Evaluation, screening.Criteria()[0])
}

func TestAnswerMet(t *testing.T) {
	// "Partly" and "don't know" count as met (conservative reading, as
	// OS2compliance's screening does).
	tests := []struct {
		a              screening.Answer
		met, uncertain bool
	}{
		{0, false, false},
		{screening.Yes, true, false},
		{screening.No, false, false},
		{screening.Partly, true, true},
		{screening.DontKnow, true, true},
		{9, false, false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.met, tc.a.Met(), "%v.Met()", tc.a)
		assert.Equal(t, tc.uncertain, tc.a.Uncertain(), "%v.Uncertain()", tc.a)
	}
}

func TestTriggers(t *testing.T) {
	art35 := map[screening.Trigger]string{
		screening.ExtensiveProfiling:    "GDPR art. 35(3)(a)",
		screening.LargeScaleSpecialData: "GDPR art. 35(3)(b)",
		screening.PublicMonitoring:      "GDPR art. 35(3)(c)",
	}
	needsOther := map[screening.Trigger]bool{
		screening.BiometricIdentification: true, screening.GeneticData: true,
		screening.LocationData: true, screening.InnovativeTechnology: true,
	}
	for _, tr := range screening.Triggers() {
		if ref, ok := art35[tr]; ok {
			assert.Equal(t, ref, tr.Reference().En)
			assert.False(t, tr.ListItem())
		} else {
			assert.Equal(t, "GDPR art. 35(4); Datatilsynet's list", tr.Reference().En)
			assert.Equal(t, "databeskyttelsesforordningen art. 35, stk. 4; Datatilsynets liste", tr.Reference().Da)
			assert.True(t, tr.ListItem())
		}
		assert.Equal(t, needsOther[tr], tr.NeedsOtherCriterion(), "%v", tr)
	}
	bad := screening.Trigger(0)
	assert.Empty(t, bad.Reference())
	assert.False(t, bad.ListItem())
	assert.False(t, bad.NeedsOtherCriterion())
}

func TestRuleSets(t *testing.T) {
	assert.Equal(t, screening.DK2019, screening.DefaultRuleSet)
	assert.Equal(t, "dk-2019.1", screening.DK2019.String())
	assert.Equal(t, screening.Triggers(), screening.DK2019.Triggers(), "version 1 evaluates every confirmed item")
	assert.Empty(t, screening.RuleSet(0).Triggers())
	assert.Empty(t, screening.RuleSet(0).Reasons())
	assert.Contains(t, screening.DK2019.Label(language.Danish), "28. januar 2019")
}

func TestErrorsWrapInvalid(t *testing.T) {
	_, err := screening.ParseAnswer("ja")
	require.Error(t, err)
	assert.Equal(t, `screening: unknown answer "ja"`, err.Error(), "the message names the package once")
	assert.True(t, errors.Is(err, screening.ErrUnknownCode))
	assert.True(t, errors.Is(err, gdpr.ErrInvalid))
}

// TestSentinelMatchesInvalid: the package's sentinel is invalid input.
func TestSentinelMatchesInvalid(t *testing.T) {
	assert.ErrorIs(t, screening.ErrUnknownCode, gdpr.ErrInvalid)
	_, err := screening.Criterion(42).MarshalText()
	assert.ErrorIs(t, err, screening.ErrUnknownCode)
	assert.ErrorIs(t, err, gdpr.ErrInvalid)
}

// TestAccessDecisionWording: Datatilsynet's list (art. 35(4), 28 January
// 2019) covers decisions on "adgang eller ret til" a product, service,
// opportunity or benefit, so a municipality's automated decision on
// entitlement to a benefit is on it, not only access.
func TestAccessDecisionWording(t *testing.T) {
	tr := screening.AccessDecision
	assert.Contains(t, tr.Label(language.Danish), "adgang eller ret til et produkt, en tjeneste, en mulighed eller en fordel")
	assert.Contains(t, tr.Label(language.English), "access or entitlement to a product, service, opportunity or benefit")
	var reason gdpr.Reason
	for _, x := range screening.DK2019.Reasons() {
		if x.Rule == "screening.dt_automated_access" {
			reason = x
		}
	}
	assert.Contains(t, reason.Text.Da, "adgang eller ret til")
	assert.Contains(t, reason.Text.En, "access or entitlement to")
}

// TestCriterionNamesEnglish: the English names are WP248 rev.01's (III.B.a);
// criterion 4 is "sensitive data or data of a highly personal nature", with
// nothing added ("or confidential" is the Danish template's wording only).
func TestCriterionNamesEnglish(t *testing.T) {
	assert.Equal(t, "Sensitive data or data of a highly personal nature", screening.SensitiveData.Label(language.English))
	assert.Equal(t, "Følsomme personoplysninger eller oplysninger af personlig eller fortrolig karakter", screening.SensitiveData.Label(language.Danish))
	for _, c := range screening.AllCriteria() {
		assert.NotContains(t, c.Label(language.English), "confidential", c.String())
	}
}
