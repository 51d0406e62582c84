package rights_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// The verdict of every kind for every legal basis, with the facts that
// favour the right (automated means, a solely automated decision); the
// columns follow rights.Kinds(): access, rectification, erasure,
// restriction, portability, objection, automated decision, withdrawal of
// consent. A applies, L limited, N does not apply, U undetermined.
// GDPR art. 12(3); Datatilsynet's guidance, "Registreredes rettigheder"; GDPR art. 7(3),
// 15-22.
var applicabilityTable = map[gdpr.LegalBasis]string{
	gdpr.Art6Consent:                     "AAAAANAA", // 17(1)(b); 20(1)(a); 21(1) not for consent: withdraw instead
	gdpr.Art6Contract:                    "AAAAANAN", // 20(1)(a) contract
	gdpr.Art6LegalObligation:             "AALANNAN", // 17(3)(b); 20(1)(a); 21(1) not for (c)
	gdpr.Art6VitalInterests:              "AAAANNAN",
	gdpr.Art6PublicTask:                  "AALANAAN", // 17(3)(b)(d); 20(3); 21(1) applies to (e)
	gdpr.Art6LegitimateInterest:          "AAAANAAN", // 21(1) applies to (f)
	gdpr.Art9ExplicitConsent:             "AAAAANAA", // consent, as art. 6(1)(a)
	gdpr.Art9Employment:                  "AALAUUAU", // 17(3)(b)
	gdpr.Art9VitalInterests:              "AAUAUUAU",
	gdpr.Art9NotForProfit:                "AAUAUUAU",
	gdpr.Art9MadePublic:                  "AAUAUUAU",
	gdpr.Art9LegalClaims:                 "AALAUUAU", // 17(3)(e)
	gdpr.Art9SubstantialPublic:           "AALAUUAU", // 17(3)(b)
	gdpr.Art9HealthCare:                  "AALAUUAU", // 17(3)(c)
	gdpr.Art9PublicHealth:                "AALAUUAU", // 17(3)(c)
	gdpr.Art9ArchivingResearch:           "AALAUUAU", // 17(3)(d)
	gdpr.Art10:                           "AAUAUUAU",
	gdpr.DBL6:                            "AAUAUUAU",
	gdpr.DBL7:                            "AAUAUUAU",
	gdpr.DBL8:                            "AAUAUUAU",
	gdpr.DBL9:                            "AALAUUAU", // 17(3)(d)
	gdpr.DBL10:                           "AALAUUAU", // 17(3)(d)
	gdpr.DBL11:                           "AAUAUUAU",
	gdpr.DBL12:                           "AAUAUUAU",
	gdpr.DBL13:                           "AAUAUUAU",
	gdpr.DBL14:                           "AALAUUAU", // 17(3)(d)
	gdpr.SpecialLaw("serviceloven § 50"): "AALANUAN", // 6(1)(c) or (e): 17(3)(b)(d); 20; 21(1) depends
}

// The grounds a limited erasure points to, per basis (GDPR art. 17(3)).
var erasureGrounds = map[gdpr.LegalBasis][]rights.Ground{
	gdpr.Art6LegalObligation:             {rights.LegalObligation, rights.Archiving},
	gdpr.Art6PublicTask:                  {rights.LegalObligation, rights.Archiving},
	gdpr.SpecialLaw("serviceloven § 50"): {rights.LegalObligation, rights.Archiving},
	gdpr.Art9Employment:                  {rights.LegalObligation},
	gdpr.Art9SubstantialPublic:           {rights.LegalObligation},
	gdpr.Art9HealthCare:                  {rights.PublicHealth},
	gdpr.Art9PublicHealth:                {rights.PublicHealth},
	gdpr.Art9ArchivingResearch:           {rights.Archiving},
	gdpr.DBL9:                            {rights.Archiving},
	gdpr.DBL10:                           {rights.Archiving},
	gdpr.DBL14:                           {rights.Archiving},
	gdpr.Art9LegalClaims:                 {rights.LegalClaims},
}

var verdictLetters = map[byte]rights.Verdict{'A': rights.Applies, 'L': rights.Limited, 'N': rights.DoesNotApply, 'U': rights.Undetermined}

func TestApplicableEveryCell(t *testing.T) {
	bases := append(gdpr.LegalBases(), gdpr.SpecialLaw("serviceloven § 50"))
	require.Len(t, applicabilityTable, len(bases), "the table covers every basis")
	kinds := rights.Kinds()
	for _, b := range bases {
		row, ok := applicabilityTable[b]
		require.True(t, ok, "basis %v is in the table", b)
		require.Len(t, row, len(kinds))
		for i, k := range kinds {
			for _, f := range []rights.Facts{{}, {AutomatedMeans: true}, {SolelyAutomatedDecision: true}, {AutomatedMeans: true, SolelyAutomatedDecision: true}} {
				want := verdictLetters[row[i]]
				// Portability needs automated means (art. 20(1)(b)); human
				// review needs a solely automated decision (art. 22(1)).
				if k == rights.Portability && want == rights.Applies && !f.AutomatedMeans ||
					k == rights.AutomatedDecision && !f.SolelyAutomatedDecision {
					want = rights.DoesNotApply
				}
				a, err := rights.Applicable(k, b, f)
				require.NoError(t, err)
				assert.Equal(t, want, a.Verdict, "%v for %v with %+v", k, b, f)
				assert.Equal(t, k, a.Kind)
				assert.Equal(t, b, a.Basis)
				assert.Equal(t, f, a.Facts)
				require.NotEmpty(t, a.Reasons, "%v for %v explains itself", k, b)
				for _, r := range a.Reasons {
					assert.NotEmpty(t, r.Text.Da)
					assert.NotEmpty(t, r.Text.En)
					assert.Contains(t, r.Reference.En, "art.")
					assert.Contains(t, r.Reference.Da, "art.")
				}
				var wantGrounds []rights.Ground
				switch want {
				case rights.DoesNotApply:
					wantGrounds = []rights.Ground{rights.NotApplicable}
				case rights.Limited:
					wantGrounds = erasureGrounds[b]
				}
				assert.Equal(t, wantGrounds, a.Grounds, "grounds of %v for %v", k, b)
				for _, g := range a.Grounds {
					assert.True(t, g.AppliesTo(k), "ground %v offered for %v can refuse it", g, k)
				}
			}
		}
	}
}

// Some cells, with the references that the answer must cite.
func TestApplicableReasons(t *testing.T) {
	tests := []struct {
		name  string
		kind  rights.Kind
		basis gdpr.LegalBasis
		facts rights.Facts
		want  rights.Verdict
		refs  []string
	}{
		{"portability never for a public task (art. 20(3))", rights.Portability, gdpr.Art6PublicTask, rights.Facts{AutomatedMeans: true}, rights.DoesNotApply, []string{"GDPR art. 20(3)"}},
		{"portability for consent and automated means (art. 20(1))", rights.Portability, gdpr.Art6Consent, rights.Facts{AutomatedMeans: true}, rights.Applies, []string{"GDPR art. 20(1)"}},
		{"portability not for paper files (art. 20(1)(b))", rights.Portability, gdpr.Art6Contract, rights.Facts{}, rights.DoesNotApply, []string{"GDPR art. 20(1)(b)"}},
		{"portability not for a legal obligation (art. 20(1)(a))", rights.Portability, gdpr.Art6LegalObligation, rights.Facts{AutomatedMeans: true}, rights.DoesNotApply, []string{"GDPR art. 20(1)(a)"}},
		{"objection to a public task (art. 21(1))", rights.Objection, gdpr.Art6PublicTask, rights.Facts{}, rights.Applies, []string{"GDPR art. 21(1)"}},
		{"objection to consent: withdraw instead (art. 7(3))", rights.Objection, gdpr.Art6Consent, rights.Facts{}, rights.DoesNotApply, []string{"GDPR art. 21(1)", "GDPR art. 7(3)"}},
		{"objection under special law depends on (c) or (e)", rights.Objection, gdpr.SpecialLaw("dagtilbudsloven § 4"), rights.Facts{}, rights.Undetermined, []string{"GDPR art. 21(1); art. 6(1)(c) and (e)"}},
		{"erasure limited by the duty to record and archive (art. 17(3)(b), (d))", rights.Erasure, gdpr.Art6PublicTask, rights.Facts{}, rights.Limited, []string{"GDPR art. 17(3)(b) and (d); offentlighedsloven; arkivloven"}},
		{"erasure where the basis was consent: the limits of art. 17(3)(b) and (d) still apply to what the duty covers", rights.Erasure, gdpr.Art6Consent, rights.Facts{}, rights.Applies, []string{"GDPR art. 17(1)(a) and (b)", "GDPR art. 17(3)(b) and (d)"}},
		{"erasure for legitimate interests: the same limits (art. 17(3)(b), (d))", rights.Erasure, gdpr.Art6LegitimateInterest, rights.Facts{}, rights.Applies, []string{"GDPR art. 17(1)", "GDPR art. 17(3)(b) and (d)"}},
		{"objection to direct marketing, whatever the basis (art. 21(2)-(3))", rights.Objection, gdpr.Art6Consent, rights.Facts{DirectMarketing: true}, rights.Applies, []string{"GDPR art. 21(2) and (3)"}},
		{"objection to direct marketing under a legal obligation too (art. 21(2)-(3))", rights.Objection, gdpr.Art6LegalObligation, rights.Facts{DirectMarketing: true}, rights.Applies, []string{"GDPR art. 21(2) and (3)"}},
		{"objection to research on legitimate interests (art. 21(6))", rights.Objection, gdpr.Art6LegitimateInterest, rights.Facts{Research: true}, rights.Applies, []string{"GDPR art. 21(6)"}},
		{"objection to statistics on consent (art. 21(6))", rights.Objection, gdpr.Art6Consent, rights.Facts{Research: true}, rights.Applies, []string{"GDPR art. 21(6)"}},
		{"no objection to research that is a task in the public interest (art. 21(6))", rights.Objection, gdpr.Art6PublicTask, rights.Facts{Research: true}, rights.DoesNotApply, []string{"GDPR art. 21(6)"}},
		{"research under special law depends on whether it is a public task (art. 21(6))", rights.Objection, gdpr.SpecialLaw("lov om Danmarks Statistik"), rights.Facts{Research: true}, rights.Undetermined, []string{"GDPR art. 21(6)", "GDPR art. 21(1); art. 6(1)(c) and (e)"}},
		{"restriction names its condition (art. 18(1)(a))", rights.Restriction, gdpr.Art6PublicTask, rights.Facts{Condition: rights.AccuracyContested}, rights.Applies, []string{"GDPR art. 18(1) and (2)", "GDPR art. 18(1)(a)"}},
		{"restriction pending an objection (art. 18(1)(d))", rights.Restriction, gdpr.Art6PublicTask, rights.Facts{Condition: rights.ObjectionPending}, rights.Applies, []string{"GDPR art. 18(1) and (2)", "GDPR art. 18(1)(d)"}},
		{"human review of a decision authorised by law (art. 22(2)(b))", rights.AutomatedDecision, gdpr.Art6PublicTask, rights.Facts{SolelyAutomatedDecision: true, Exception: rights.AuthorisedByLaw}, rights.Applies, []string{"GDPR art. 22(2) and (3)", "GDPR art. 22(2)(b)"}},
		{"human review of a decision on explicit consent (art. 22(2)(c), (3))", rights.AutomatedDecision, gdpr.Art6Consent, rights.Facts{SolelyAutomatedDecision: true, Exception: rights.ExplicitConsent}, rights.Applies, []string{"GDPR art. 22(2) and (3)", "GDPR art. 22(2)(c) and (3)"}},
		{"erasure of health data for public health (art. 17(3)(c))", rights.Erasure, gdpr.Art9PublicHealth, rights.Facts{}, rights.Limited, []string{"GDPR art. 17(3)(c)"}},
		{"human review of a solely automated decision (art. 22(3))", rights.AutomatedDecision, gdpr.Art6PublicTask, rights.Facts{SolelyAutomatedDecision: true}, rights.Applies, []string{"GDPR art. 22(2) and (3)"}},
		{"no art. 22 review when a person decided (art. 22(1))", rights.AutomatedDecision, gdpr.Art6PublicTask, rights.Facts{}, rights.DoesNotApply, []string{"GDPR art. 22(1)"}},
		{"withdrawal of consent (art. 7(3))", rights.WithdrawConsent, gdpr.Art9ExplicitConsent, rights.Facts{}, rights.Applies, []string{"GDPR art. 7(3)"}},
		{"an art. 9 condition alone does not settle objection", rights.Objection, gdpr.Art9HealthCare, rights.Facts{}, rights.Undetermined, []string{"GDPR art. 6(1)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := rights.Applicable(tc.kind, tc.basis, tc.facts)
			require.NoError(t, err)
			assert.Equal(t, tc.want, a.Verdict)
			var refs []string
			for _, r := range a.Reasons {
				refs = append(refs, r.Reference.En)
			}
			assert.Equal(t, tc.refs, refs)
			text := a.Explain(language.English)
			assert.True(t, strings.HasPrefix(text, tc.kind.Label(language.English)+": "+tc.want.Label(language.English)+"."), text)
			assert.Contains(t, a.Explain(language.Danish), tc.kind.Label(language.Danish))
		})
	}
}

func TestApplicableInvalidInput(t *testing.T) {
	tests := []struct {
		name  string
		kind  rights.Kind
		basis gdpr.LegalBasis
		want  error
	}{
		{"kind not set", 0, gdpr.Art6PublicTask, rights.ErrInvalidKind},
		{"kind off the table", 42, gdpr.Art6PublicTask, rights.ErrInvalidKind},
		{"basis not set", rights.Access, "", rights.ErrInvalidBasis},
		{"unknown basis", rights.Access, "art6_1_z", rights.ErrInvalidBasis},
		{"empty special law", rights.Access, gdpr.SpecialLaw(" "), rights.ErrInvalidBasis},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := rights.Applicable(tc.kind, tc.basis, rights.Facts{})
			assert.ErrorIs(t, err, tc.want)
			assert.ErrorIs(t, err, gdpr.ErrInvalid)
			assert.Zero(t, a.Verdict)
		})
	}
}

func TestApplicabilityJSON(t *testing.T) {
	a, err := rights.Applicable(rights.Erasure, gdpr.Art6PublicTask, rights.Facts{})
	require.NoError(t, err)
	b, err := json.Marshal(a)
	require.NoError(t, err)
	var back rights.Applicability
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, a, back)
	assert.Contains(t, string(b), `"verdict":"limited"`)
	assert.Contains(t, string(b), `"grounds":["legal_obligation","archiving"]`)
}
