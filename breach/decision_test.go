package breach_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestPolicyRiskOfEveryLevel(t *testing.T) {
	// GDPR art. 33: by default low -> document only, medium/high -> notify,
	// very high -> also tell the data subjects.
	tests := []struct {
		name string
		p    breach.Policy
		want [5]breach.Risk // indexed by level, 0 = not assessed
	}{
		{name: "zero value is the GDPR art. 33 default", p: breach.Policy{},
			want: [5]breach.Risk{breach.RiskLikely, breach.RiskUnlikely, breach.RiskLikely, breach.RiskLikely, breach.RiskHigh}},
		{name: "DefaultPolicy spells out the zero value", p: breach.DefaultPolicy(),
			want: [5]breach.Risk{breach.RiskLikely, breach.RiskUnlikely, breach.RiskLikely, breach.RiskLikely, breach.RiskHigh}},
		{name: "an even lower threshold: notify from low, tell from high", p: breach.Policy{NotifyFrom: breach.Low, InformFrom: breach.High},
			want: [5]breach.Risk{breach.RiskLikely, breach.RiskLikely, breach.RiskLikely, breach.RiskHigh, breach.RiskHigh}},
		{name: "a higher threshold: notify from high only", p: breach.Policy{NotifyFrom: breach.High},
			want: [5]breach.Risk{breach.RiskLikely, breach.RiskUnlikely, breach.RiskUnlikely, breach.RiskLikely, breach.RiskHigh}},
		{name: "notify and tell from the same level", p: breach.Policy{NotifyFrom: breach.High, InformFrom: breach.High},
			want: [5]breach.Risk{breach.RiskLikely, breach.RiskUnlikely, breach.RiskUnlikely, breach.RiskHigh, breach.RiskHigh}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.NoError(t, tc.p.Validate())
			for l := breach.Level(0); l <= breach.VeryHigh; l++ {
				assert.Equal(t, tc.want[l], tc.p.RiskOf(l), "level %s", l)
			}
			assert.Equal(t, breach.RiskLikely, tc.p.RiskOf(9), "an invalid level: when in doubt, notify")
		})
	}
	assert.Equal(t, breach.DefaultPolicy().Notify(), breach.Policy{}.Notify())
	assert.Equal(t, breach.DefaultPolicy().Inform(), breach.Policy{}.Inform())
}

func TestPolicyValidate(t *testing.T) {
	tests := []struct {
		name  string
		p     breach.Policy
		paths []string
	}{
		{name: "unknown levels", p: breach.Policy{NotifyFrom: 7, InformFrom: 9}, paths: []string{"notifyFrom", "informFrom"}},
		{name: "tell before notifying: a high risk is a risk", p: breach.Policy{NotifyFrom: breach.High, InformFrom: breach.Medium}, paths: []string{"informFrom"}},
		{name: "notify from very high with the default InformFrom is fine", p: breach.Policy{NotifyFrom: breach.VeryHigh}},
		{name: "tell from low needs notify from low", p: breach.Policy{InformFrom: breach.Low}, paths: []string{"informFrom"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.p.Validate()
			if tc.paths == nil {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, breach.ErrPolicy)
			assert.ErrorIs(t, err, gdpr.ErrInvalid)
			assert.Equal(t, tc.paths, problemPaths(t, err))
			_, derr := tc.p.Decide(breach.Incident{})
			assert.ErrorIs(t, derr, breach.ErrPolicy, "Decide refuses an invalid policy")
			fs := tc.p.Check(breach.Incident{}, time.Time{})
			var policyPaths []string
			for _, f := range fs {
				if f.Rule == "breach.invalid" && strings.HasPrefix(f.Path, "policy.") {
					policyPaths = append(policyPaths, strings.TrimPrefix(f.Path, "policy."))
				}
			}
			assert.Equal(t, tc.paths, policyPaths, "Check reports an invalid policy as findings")
		})
	}
}

// refs returns the references of the reasons of d.
func refs(d breach.Decision) []string {
	out := make([]string, len(d.Reasons))
	for i, r := range d.Reasons {
		out[i] = r.Reference.En
	}
	return out
}

func TestDecide(t *testing.T) {
	aware := time.Date(2025, 3, 28, 14, 30, 0, 0, cph)
	// veryHigh: sensitive data to unknown recipients, SE 4.5.
	veryHigh := breach.Incident{
		AwareAt: aware, DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.Health},
		Identification: breach.Maximum, Confidentiality: breach.ConfidentialityUnknownRecipients,
	}
	with := func(edit func(*breach.Incident)) breach.Incident {
		inc := veryHigh
		edit(&inc)
		return inc
	}
	tests := []struct {
		name                   string
		p                      breach.Policy
		inc                    breach.Incident
		risk                   breach.Risk
		assessed, unassessed   bool
		notify, inform, public bool
		all                    bool
		exceptions             []breach.Exception
		refs                   []string
	}{
		{
			name: "very high severity: notify and tell the data subjects",
			inc:  veryHigh, risk: breach.RiskHigh, notify: true, inform: true,
			refs: []string{"ENISA 2013 severity method; local policy", "GDPR art. 33(1)", "GDPR art. 33(5)", "GDPR art. 34(1)", "GDPR art. 34(2)"},
		},
		{
			name: "medium severity (CPR number to one wrong citizen): notify, do not tell",
			inc: breach.Incident{AwareAt: aware, DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber},
				Identification: breach.Maximum, Confidentiality: breach.ConfidentialityKnownRecipients},
			risk: breach.RiskLikely, notify: true,
			refs: []string{"ENISA 2013 severity method; local policy", "GDPR art. 33(1)", "GDPR art. 33(5)", "GDPR art. 34(1)"},
		},
		{
			name: "low severity (contact details, exposed without evidence): document only",
			inc: breach.Incident{AwareAt: aware, DataTypes: []gdpr.DataType{gdpr.ContactDetails},
				Identification: breach.Limited, Confidentiality: breach.ConfidentialityExposed},
			risk: breach.RiskUnlikely,
			refs: []string{"ENISA 2013 severity method; local policy", "GDPR art. 33(1), 33(5)", "GDPR art. 33(5)", "GDPR art. 34(1)"},
		},
		{
			name: "low severity under a policy that notifies from low",
			p:    breach.Policy{NotifyFrom: breach.Low},
			inc: breach.Incident{AwareAt: aware, DataTypes: []gdpr.DataType{gdpr.ContactDetails},
				Identification: breach.Limited, Confidentiality: breach.ConfidentialityExposed},
			risk: breach.RiskLikely, notify: true,
			refs: []string{"ENISA 2013 severity method; local policy", "GDPR art. 33(1)", "GDPR art. 33(5)", "GDPR art. 34(1)"},
		},
		{
			name: "the controller's own assessment wins over the severity",
			inc:  with(func(i *breach.Incident) { i.Risk = breach.RiskUnlikely }),
			risk: breach.RiskUnlikely, assessed: true,
			refs: []string{"GDPR art. 33(1), 34(1)", "GDPR art. 33(1), 33(5)", "GDPR art. 33(5)", "GDPR art. 34(1)"},
		},
		{
			name: "the controller sets a high risk directly, without any severity",
			inc:  breach.Incident{AwareAt: aware, Confidentiality: breach.ConfidentialityKnownRecipients, Risk: breach.RiskHigh},
			risk: breach.RiskHigh, assessed: true, notify: true, inform: true,
			refs: []string{"GDPR art. 33(1), 34(1)", "GDPR art. 33(1)", "GDPR art. 33(5)", "GDPR art. 34(1)", "GDPR art. 34(2)"},
		},
		{
			name: "nothing assessed yet: when in doubt, notify",
			inc:  breach.Incident{AwareAt: aware, Confidentiality: breach.ConfidentialityKnownRecipients},
			risk: breach.RiskLikely, unassessed: true, notify: true,
			refs: []string{"GDPR art. 33(1); Datatilsynet's guidance on personal data breaches", "GDPR art. 33(1)", "GDPR art. 33(5)", "GDPR art. 34(1)"},
		},
		{
			name: "art. 34(3)(a): the data were encrypted with a safe key",
			inc:  with(func(i *breach.Incident) { i.Unintelligible = true }),
			risk: breach.RiskHigh, notify: true, exceptions: []breach.Exception{breach.Unintelligible},
			refs: []string{"ENISA 2013 severity method; local policy", "GDPR art. 33(1)", "GDPR art. 33(5)", "GDPR art. 34(3)(a)"},
		},
		{
			name: "art. 34(3)(b): later measures removed the high risk",
			inc: with(func(i *breach.Incident) {
				i.HighRiskRemoved = true
				i.MeasuresTaken = []string{"Modtageren har slettet filen"}
			}),
			risk: breach.RiskHigh, notify: true, exceptions: []breach.Exception{breach.RiskRemoved},
			refs: []string{"ENISA 2013 severity method; local policy", "GDPR art. 33(1)", "GDPR art. 33(5)", "GDPR art. 34(3)(b)"},
		},
		{
			name: "art. 34(3)(c): disproportionate effort, a public communication instead",
			inc:  with(func(i *breach.Incident) { i.DisproportionateEffort = true }),
			risk: breach.RiskHigh, notify: true, inform: true, public: true, exceptions: []breach.Exception{breach.DisproportionateEffort},
			refs: []string{"ENISA 2013 severity method; local policy", "GDPR art. 33(1)", "GDPR art. 33(5)", "GDPR art. 34(3)(c)", "GDPR art. 34(2)"},
		},
		{
			name: "art. 34(3)(a) wins over (c): no communication at all",
			inc:  with(func(i *breach.Incident) { i.Unintelligible = true; i.DisproportionateEffort = true }),
			risk: breach.RiskHigh, notify: true, exceptions: []breach.Exception{breach.Unintelligible, breach.DisproportionateEffort},
			refs: []string{"ENISA 2013 severity method; local policy", "GDPR art. 33(1)", "GDPR art. 33(5)", "GDPR art. 34(3)(a)"},
		},
		{
			// GDPR art. 34(3)(a) makes the data unintelligible to unauthorised
			// persons: a confidentiality measure. Encrypted records that are
			// lost for good are still lost (EDPB Guidelines 9/2022: encryption
			// without a backup leaves an availability breach).
			name: "art. 34(3)(a) does not cover a permanent loss of availability",
			inc: with(func(i *breach.Incident) {
				i.Unintelligible = true
				i.Availability = breach.AvailabilityPermanent
			}),
			risk: breach.RiskHigh, notify: true, inform: true,
			refs: []string{"ENISA 2013 severity method; local policy", "GDPR art. 33(1)", "GDPR art. 33(5)", "GDPR art. 34(3)(a); EDPB Guidelines 9/2022", "GDPR art. 34(1)", "GDPR art. 34(2)"},
		},
		{
			name: "art. 34(3)(a) does not cover altered data that cannot be recovered",
			inc: with(func(i *breach.Incident) {
				i.Unintelligible = true
				i.Integrity = breach.IntegrityUnrecoverable
			}),
			risk: breach.RiskHigh, notify: true, inform: true,
			refs: []string{"ENISA 2013 severity method; local policy", "GDPR art. 33(1)", "GDPR art. 33(5)", "GDPR art. 34(3)(a); EDPB Guidelines 9/2022", "GDPR art. 34(1)", "GDPR art. 34(2)"},
		},
		{
			name: "art. 34(3)(a) with an availability loss recovered without difficulty (another copy exists)",
			inc: with(func(i *breach.Incident) {
				i.Unintelligible = true
				i.Availability = breach.AvailabilityRestored
			}),
			risk: breach.RiskHigh, notify: true, exceptions: []breach.Exception{breach.Unintelligible},
			refs: []string{"ENISA 2013 severity method; local policy", "GDPR art. 33(1)", "GDPR art. 33(5)", "GDPR art. 34(3)(a)"},
		},
		{
			name: "art. 34(3)(b) still applies when (a) cannot: the lost data were restored and the risk removed",
			inc: with(func(i *breach.Incident) {
				i.Unintelligible = true
				i.Availability = breach.AvailabilityTemporary
				i.HighRiskRemoved = true
				i.MeasuresTaken = []string{"Data genskabt fra backup"}
			}),
			risk: breach.RiskHigh, notify: true, exceptions: []breach.Exception{breach.RiskRemoved},
			refs: []string{"ENISA 2013 severity method; local policy", "GDPR art. 33(1)", "GDPR art. 33(5)", "GDPR art. 34(3)(a); EDPB Guidelines 9/2022", "GDPR art. 34(3)(b)"},
		},
		{
			name: "exceptions do not matter without a high risk",
			inc: breach.Incident{AwareAt: aware, DataTypes: []gdpr.DataType{gdpr.CPRNumber}, Identification: breach.Maximum,
				Confidentiality: breach.ConfidentialityKnownRecipients, Unintelligible: true, DisproportionateEffort: true},
			risk: breach.RiskLikely, notify: true,
			refs: []string{"ENISA 2013 severity method; local policy", "GDPR art. 33(1)", "GDPR art. 33(5)", "GDPR art. 34(1)"},
		},
		{
			// Datatilsynet's guidance, "Databrud": when the affected cannot be pinned down, all potentially affected are told.
			name: "the people affected cannot be pinned down: tell everyone potentially affected",
			inc:  with(func(i *breach.Incident) { i.SubjectsUnidentified = true }),
			risk: breach.RiskHigh, notify: true, inform: true, all: true,
			refs: []string{"ENISA 2013 severity method; local policy", "GDPR art. 33(1)", "GDPR art. 33(5)", "GDPR art. 34(1)", "GDPR art. 34(1); Datatilsynet's guidance on personal data breaches", "GDPR art. 34(2)"},
		},
		{
			name: "unidentified people with a public communication",
			inc:  with(func(i *breach.Incident) { i.SubjectsUnidentified = true; i.DisproportionateEffort = true }),
			risk: breach.RiskHigh, notify: true, inform: true, public: true, all: true, exceptions: []breach.Exception{breach.DisproportionateEffort},
			refs: []string{"ENISA 2013 severity method; local policy", "GDPR art. 33(1)", "GDPR art. 33(5)", "GDPR art. 34(3)(c)", "GDPR art. 34(1); Datatilsynet's guidance on personal data breaches", "GDPR art. 34(2)"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := tc.p.Decide(tc.inc)
			require.NoError(t, err)
			assert.Equal(t, tc.risk, d.Risk, "risk: got %s, want %s", d.Risk, tc.risk)
			assert.Equal(t, tc.assessed, d.Assessed, "assessed")
			assert.Equal(t, tc.unassessed, d.Unassessed(), "unassessed")
			assert.Equal(t, tc.notify, d.NotifyAuthority, "notify Datatilsynet")
			assert.Equal(t, tc.inform, d.InformSubjects, "tell the data subjects")
			assert.Equal(t, tc.public, d.PublicCommunication, "public communication")
			assert.Equal(t, tc.all, d.AllPotentiallyAffected, "all potentially affected")
			assert.Equal(t, tc.exceptions, d.Exceptions)
			assert.Equal(t, tc.refs, refs(d))
			if tc.notify {
				assert.True(t, d.Deadline.Equal(aware.Add(72*time.Hour)))
			} else {
				assert.True(t, d.Deadline.IsZero())
			}
			for _, r := range d.Reasons {
				assert.NotEmpty(t, r.Text.Da)
				assert.NotEmpty(t, r.Text.En)
			}
		})
	}
}

func TestDecisionExplain(t *testing.T) {
	aware := time.Date(2025, 3, 28, 14, 30, 0, 0, cph)
	inc := breach.Incident{AwareAt: aware, DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber},
		Identification: breach.Maximum, Confidentiality: breach.ConfidentialityKnownRecipients}
	d, err := breach.Policy{}.Decide(inc)
	require.NoError(t, err)
	var b strings.Builder
	for _, tag := range []language.Tag{language.Danish, language.English} {
		b.WriteString(tag.String() + ":\n")
		for _, l := range d.Explain(tag) {
			b.WriteString("  " + l + "\n")
		}
		for _, l := range d.Score.Explain(tag) {
			b.WriteString("  " + l + "\n")
		}
	}
	golden(t, "decision_cpr_email.txt", []byte(b.String()))

	j, err := json.MarshalIndent(d, "", "  ")
	require.NoError(t, err)
	golden(t, "decision_cpr_email.json", append(j, '\n'))
}

func TestDecideWithoutAwareness(t *testing.T) {
	d, err := breach.Policy{}.Decide(breach.Incident{Risk: breach.RiskLikely})
	require.NoError(t, err)
	assert.True(t, d.NotifyAuthority)
	assert.True(t, d.Deadline.IsZero(), "no awareness, no deadline")
	assert.Equal(t, "Notify Datatilsynet without undue delay and within 72 hours of becoming aware (GDPR art. 33(1))", d.Explain(language.English)[1])
}
