package rights_test

import (
	"errors"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enumtest"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestEnums(t *testing.T) {
	for name, check := range map[string]func(t *testing.T) int{
		"Kind":      func(t *testing.T) int { return len(enumtest.Check(t, rights.ParseKind)) },
		"Relation":  func(t *testing.T) int { return len(enumtest.Check(t, rights.ParseRelation)) },
		"Outcome":   func(t *testing.T) int { return len(enumtest.Check(t, rights.ParseOutcome)) },
		"Status":    func(t *testing.T) int { return len(enumtest.Check(t, rights.ParseStatus)) },
		"Ground":    func(t *testing.T) int { return len(enumtest.Check(t, rights.ParseGround)) },
		"Verdict":   func(t *testing.T) int { return len(enumtest.Check(t, rights.ParseVerdict)) },
		"ClosedDay": func(t *testing.T) int { return len(enumtest.Check(t, rights.ParseClosedDay)) },
		"Trigger":   func(t *testing.T) int { return len(enumtest.Check(t, rights.ParseTrigger)) },
	} {
		t.Run(name, func(t *testing.T) { assert.Positive(t, check(t)) })
	}
	assert.Equal(t, rights.Kinds(), enumtest.Check(t, rights.ParseKind), "Kinds lists every kind")
	assert.Equal(t, rights.Relations(), enumtest.Check(t, rights.ParseRelation))
	assert.Equal(t, rights.Outcomes(), enumtest.Check(t, rights.ParseOutcome))
	assert.Equal(t, rights.Statuses(), enumtest.Check(t, rights.ParseStatus))
	assert.Equal(t, rights.Grounds(), enumtest.Check(t, rights.ParseGround))
	assert.Equal(t, rights.Verdicts(), enumtest.Check(t, rights.ParseVerdict))
	assert.Equal(t, rights.ClosedDays(), enumtest.Check(t, rights.ParseClosedDay))
	assert.Equal(t, rights.Triggers(), enumtest.Check(t, rights.ParseTrigger))
}

func TestTriggerReference(t *testing.T) {
	want := map[rights.Trigger]string{
		rights.OneMonth:           "GDPR art. 14(3)(a)",
		rights.FirstCommunication: "GDPR art. 14(3)(b)",
		rights.FirstDisclosure:    "GDPR art. 14(3)(c)",
		rights.LocalPolicy:        "Local policy (the municipal DPIA template, section 2.3)",
	}
	for _, tr := range rights.Triggers() {
		assert.Equal(t, want[tr], tr.Reference(language.English))
		assert.NotEmpty(t, tr.Reference(language.Danish))
	}
	assert.Empty(t, rights.Trigger(0).Reference(language.English))
}

// The kinds and the articles they come from (GDPR art. 7(3), 15-22);
// integrations rely on the names and codes.
func TestKindArticles(t *testing.T) {
	tests := []struct {
		name    string
		kind    rights.Kind
		code    string
		en, da  string
		labelDa string
	}{
		{"access, art. 15", rights.Access, "access", "GDPR art. 15", "databeskyttelsesforordningen art. 15", "Indsigt"},
		{"rectification, art. 16", rights.Rectification, "rectification", "GDPR art. 16", "databeskyttelsesforordningen art. 16", "Berigtigelse"},
		{"erasure, art. 17", rights.Erasure, "erasure", "GDPR art. 17", "databeskyttelsesforordningen art. 17", "Sletning"},
		{"restriction, art. 18", rights.Restriction, "restriction", "GDPR art. 18", "databeskyttelsesforordningen art. 18", "Begrænsning af behandling"},
		{"portability, art. 20", rights.Portability, "portability", "GDPR art. 20", "databeskyttelsesforordningen art. 20", "Dataportabilitet"},
		{"objection, art. 21", rights.Objection, "objection", "GDPR art. 21", "databeskyttelsesforordningen art. 21", "Indsigelse"},
		{"human review, art. 22(3)", rights.AutomatedDecision, "automated_decision", "GDPR art. 22(3)", "databeskyttelsesforordningen art. 22, stk. 3", "Manuel vurdering af automatisk afgørelse"},
		{"withdrawal of consent, art. 7(3)", rights.WithdrawConsent, "withdraw_consent", "GDPR art. 7(3)", "databeskyttelsesforordningen art. 7, stk. 3", "Tilbagetrækning af samtykke"},
	}
	require.Len(t, tests, len(rights.Kinds()))
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.code, tc.kind.String())
			assert.Equal(t, tc.en, tc.kind.Reference(language.English))
			assert.Equal(t, tc.da, tc.kind.Reference(language.Danish))
			assert.Equal(t, tc.labelDa, tc.kind.Label(language.Danish))
		})
	}
	assert.Empty(t, rights.Kind(0).Reference(language.English), "no article for an unset kind")
}

func TestStatusClasses(t *testing.T) {
	closed := map[rights.Status]bool{rights.AnsweredInTime: true, rights.AnsweredLate: true, rights.RefusedInTime: true,
		rights.RefusedLate: true, rights.Withdrawn: true}
	late := map[rights.Status]bool{rights.Overdue: true, rights.ExtensionNoticeOverdue: true, rights.AnsweredLate: true,
		rights.RefusedLate: true}
	for _, s := range append(rights.Statuses(), 0, 200) {
		assert.Equal(t, closed[s], s.Closed(), "Closed of %v", s)
		assert.Equal(t, late[s], s.Late(), "Late of %v", s)
	}
}

func TestOutcomeRefuses(t *testing.T) {
	for _, o := range append(rights.Outcomes(), 0, 9) {
		assert.Equal(t, o == rights.PartlyGranted || o == rights.Refused, o.Refuses(), "outcome %v", o)
	}
}

func TestRelationOnBehalf(t *testing.T) {
	tests := []struct {
		name     string
		relation rights.Relation
		want     bool
	}{
		{"not recorded is taken as the data subject", 0, false},
		{"the data subject", rights.Self, false},
		{"a parent for a child (Datatilsynet's guidance: rights are personal)", rights.Parent, true},
		{"a guardian", rights.Guardian, true},
		{"a lawyer with a power of attorney", rights.Representative, true},
		{"someone else", rights.OtherRelation, true},
		{"an invalid value is not treated as someone else", 77, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.relation.OnBehalf())
			assert.Equal(t, tc.want, rights.Requester{Relation: tc.relation}.OnBehalf())
		})
	}
}

// Every (ground, kind) pair: the grounds of art. 11(2) and 12 serve art.
// 15-22 but not the withdrawal of consent; DBL § 22 only access; art. 17(3)
// only erasure; art. 21(1) only objection; art. 16 only rectification; "does
// not apply" every kind but access and rectification.
func TestGroundAppliesTo(t *testing.T) {
	k := rights.Kinds()
	arts15to22 := k[:7]
	want := map[rights.Ground][]rights.Kind{
		rights.ManifestlyUnfounded:    arts15to22,
		rights.Excessive:              arts15to22,
		rights.IdentityNotEstablished: arts15to22,
		rights.NotLinkable:            arts15to22,
		rights.PrivateInterests:       {rights.Access},
		rights.PublicInterests:        {rights.Access},
		rights.LegalObligation:        {rights.Erasure},
		rights.Archiving:              {rights.Erasure},
		rights.PublicHealth:           {rights.Erasure},
		rights.LegalClaims:            {rights.Erasure, rights.Objection},
		rights.CompellingGrounds:      {rights.Objection},
		rights.Accurate:               {rights.Rectification},
		rights.NotApplicable: {rights.Erasure, rights.Restriction, rights.Portability, rights.Objection,
			rights.AutomatedDecision, rights.WithdrawConsent},
		rights.FreedomOfExpression:    {rights.Erasure},
		rights.RightsOfOthers:         {rights.Portability},
		rights.PublicInterestResearch: {rights.Objection},
	}
	require.Len(t, want, len(rights.Grounds()))
	for _, g := range rights.Grounds() {
		assert.NotEmpty(t, g.Reference(language.English), "reference of %v", g)
		assert.NotEmpty(t, g.Reference(language.Danish), "reference of %v", g)
		for _, kind := range append(rights.Kinds(), 0, 99) {
			assert.Equal(t, contains(want[g], kind), g.AppliesTo(kind), "ground %v, kind %v", g, kind)
		}
	}
	for _, kind := range rights.Kinds() {
		var grounds []rights.Ground
		for _, g := range rights.Grounds() {
			if contains(want[g], kind) {
				grounds = append(grounds, g)
			}
		}
		assert.Equal(t, grounds, rights.GroundsFor(kind), "GroundsFor(%v)", kind)
	}
	assert.Empty(t, rights.GroundsFor(0))
	assert.False(t, rights.Ground(0).AppliesTo(rights.Access))
	assert.Empty(t, rights.Ground(0).Reference(language.English))
	assert.Equal(t, "GDPR art. 17(3)(d)", rights.Archiving.Reference(language.English))
	assert.Equal(t, "databeskyttelsesforordningen art. 17, stk. 3, litra d", rights.Archiving.Reference(language.Danish))
}

func contains[T comparable](s []T, v T) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func TestSentinels(t *testing.T) {
	for _, err := range []error{rights.ErrUnknownCode, rights.ErrInvalidKind, rights.ErrInvalidBasis, rights.ErrInvalidPolicy} {
		assert.True(t, errors.Is(err, gdpr.ErrInvalid), "%v", err)
		assert.Regexp(t, `^rights: [a-z ]+$`, err.Error())
	}
}
