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

func TestPolicyDefaults(t *testing.T) {
	var p breach.Policy
	require.NoError(t, p.Validate())
	assert.Equal(t, breach.NoRiskFacts(), breach.Drivers()[:4], "the four facts of no risk come first")
	assert.Equal(t, breach.HighRiskFactors(), breach.Drivers()[4:])
	for _, d := range breach.NoRiskFacts() {
		assert.True(t, d.NoRisk(), "%s", d)
		assert.NotEmpty(t, d.Reference(), "%s names its source", d)
	}
	for _, d := range breach.HighRiskFactors() {
		assert.False(t, d.NoRisk(), "%s", d)
		assert.NotEmpty(t, d.Reference(), "%s names its source", d)
	}
	assert.Equal(t, 1000, breach.DefaultLargeNumber)
	// The zero Policy and the defaults spelled out decide alike.
	spelled := breach.Policy{NoRisk: breach.NoRiskFacts(), HighRisk: breach.HighRiskFactors(),
		LargeNumber: breach.DefaultLargeNumber, ENISAHighFrom: breach.VeryHigh}
	for _, c := range edpbCases() {
		want, err := p.Decide(c.inc)
		require.NoError(t, err)
		got, err := spelled.Decide(c.inc)
		require.NoError(t, err)
		assert.Equal(t, want, got, c.name)
	}
}

func TestPolicyValidate(t *testing.T) {
	tests := []struct {
		name  string
		p     breach.Policy
		paths []string
	}{
		{name: "an unknown level", p: breach.Policy{ENISAHighFrom: 9}, paths: []string{"enisaHighFrom"}},
		{name: "unknown drivers", p: breach.Policy{NoRisk: []breach.Driver{42}, HighRisk: []breach.Driver{0}}, paths: []string{"noRisk[0]", "highRisk[0]"}},
		{name: "a factor listed as a fact and the other way round", p: breach.Policy{NoRisk: []breach.Driver{breach.LargeNumber}, HighRisk: []breach.Driver{breach.TrustedRecipient}}, paths: []string{"noRisk[0]", "highRisk[0]"}},
		{name: "a driver listed twice", p: breach.Policy{HighRisk: []breach.Driver{breach.LargeNumber, breach.LargeNumber}}, paths: []string{"highRisk[1]"}},
		{name: "a negative large number", p: breach.Policy{LargeNumber: -1}, paths: []string{"largeNumber"}},
		{name: "an empty list of facts is valid: every breach is notified", p: breach.Policy{NoRisk: []breach.Driver{}}},
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

// rules returns the rule ids of the reasons of d.
func rules(d breach.Decision) []string {
	out := make([]string, len(d.Reasons))
	for i, r := range d.Reasons {
		out[i] = r.Rule
	}
	return out
}

func TestDecide(t *testing.T) {
	aware := time.Date(2025, 3, 28, 14, 30, 0, 0, cph)
	// veryHigh: health data to unknown recipients, SE 4.5.
	veryHigh := breach.Incident{
		AwareAt: aware, DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.Health},
		Identification: breach.Maximum, Confidentiality: breach.ConfidentialityUnknownRecipients,
	}
	with := func(edit func(*breach.Incident)) breach.Incident {
		inc := veryHigh
		edit(&inc)
		return inc
	}
	notifyAll := breach.Policy{NoRisk: []breach.Driver{}}
	high := []string{"breach.special_categories", "breach.enisa_very_high", "breach.severity", "breach.notify", "breach.document"}
	tests := []struct {
		name                   string
		p                      breach.Policy
		inc                    breach.Incident
		risk                   breach.Risk
		assessed, unassessed   bool
		notify, inform, public bool
		all                    bool
		drivers                []breach.Driver
		exceptions             []breach.Exception
		rules                  []string
	}{
		{
			name: "health data to unknown recipients: notify and tell the data subjects (GDPR art. 34(1))",
			inc:  veryHigh, risk: breach.RiskHigh, notify: true, inform: true,
			drivers: []breach.Driver{breach.SpecialCategories, breach.ENISAVeryHigh},
			rules:   append(high, "breach.inform_subjects", "breach.communication_content"),
		},
		{
			name: "a CPR number to one known citizen: notify, do not tell (GDPR art. 33(1))",
			inc: breach.Incident{AwareAt: aware, DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber},
				Identification: breach.Maximum, Confidentiality: breach.ConfidentialityKnownRecipients},
			risk: breach.RiskLikely, notify: true, drivers: []breach.Driver{},
			rules: []string{"breach.when_in_doubt", "breach.severity", "breach.notify", "breach.document", "breach.no_high_risk"},
		},
		{
			name: "a low ENISA score is no fact of no risk: notify (Datatilsynet's guidance on personal data breaches)",
			inc: breach.Incident{AwareAt: aware, DataTypes: []gdpr.DataType{gdpr.ContactDetails},
				Identification: breach.Limited, Confidentiality: breach.ConfidentialityExposed},
			risk: breach.RiskLikely, notify: true, drivers: []breach.Driver{},
			rules: []string{"breach.when_in_doubt", "breach.severity", "breach.notify", "breach.document", "breach.no_high_risk"},
		},
		{
			name: "recalled from a known recipient and harmless: document only (EDPB Guidelines 01/2021, section 6.1)",
			inc: breach.Incident{AwareAt: aware, DataTypes: []gdpr.DataType{gdpr.ContactDetails},
				Identification: breach.Limited, Confidentiality: breach.ConfidentialityKnownRecipients,
				Retrieval: breach.RetrievalRequested, Harm: breach.HarmNegligible},
			risk: breach.RiskUnlikely, drivers: []breach.Driver{breach.RetrievedHarmless},
			rules: []string{"breach.retrieved_harmless", "breach.severity", "breach.document_only", "breach.document", "breach.no_high_risk"},
		},
		{
			name: "a policy with no facts of no risk notifies the same breach",
			p:    notifyAll,
			inc: breach.Incident{AwareAt: aware, DataTypes: []gdpr.DataType{gdpr.ContactDetails},
				Identification: breach.Limited, Confidentiality: breach.ConfidentialityKnownRecipients,
				Retrieval: breach.RetrievalRequested, Harm: breach.HarmNegligible},
			risk: breach.RiskLikely, notify: true, drivers: []breach.Driver{},
			rules: []string{"breach.when_in_doubt", "breach.severity", "breach.notify", "breach.document", "breach.no_high_risk"},
		},
		{
			name: "the controller's own assessment wins over the factors (GDPR art. 33(5))",
			inc:  with(func(i *breach.Incident) { i.Risk = breach.RiskUnlikely }),
			risk: breach.RiskUnlikely, assessed: true, drivers: []breach.Driver{breach.SpecialCategories, breach.ENISAVeryHigh},
			rules: []string{"breach.risk_assessed", "breach.special_categories", "breach.enisa_very_high", "breach.severity", "breach.document_only", "breach.document", "breach.no_high_risk"},
		},
		{
			name: "the controller sets a high risk directly, without any severity",
			inc:  breach.Incident{AwareAt: aware, Confidentiality: breach.ConfidentialityKnownRecipients, Risk: breach.RiskHigh},
			risk: breach.RiskHigh, assessed: true, notify: true, inform: true, drivers: []breach.Driver{},
			rules: []string{"breach.risk_assessed", "breach.notify", "breach.document", "breach.inform_subjects", "breach.communication_content"},
		},
		{
			name: "nothing assessed yet: when in doubt, notify",
			inc:  breach.Incident{AwareAt: aware, Confidentiality: breach.ConfidentialityKnownRecipients},
			risk: breach.RiskLikely, unassessed: true, notify: true, drivers: []breach.Driver{},
			rules: []string{"breach.when_in_doubt", "breach.notify", "breach.document", "breach.no_high_risk"},
		},
		{
			name: "unintelligible data with nothing else lost: no risk (EDPB Guidelines 01/2021, section 5.1)",
			inc:  with(func(i *breach.Incident) { i.Unintelligible = true }),
			risk: breach.RiskUnlikely, drivers: []breach.Driver{breach.UnintelligibleData},
			rules: []string{"breach.unintelligible_data", "breach.severity", "breach.document_only", "breach.document", "breach.no_high_risk"},
		},
		{
			name: "art. 34(3)(a) under a policy that notifies every breach",
			p:    notifyAll,
			inc:  with(func(i *breach.Incident) { i.Unintelligible = true }),
			risk: breach.RiskHigh, notify: true, exceptions: []breach.Exception{breach.Unintelligible},
			drivers: []breach.Driver{breach.SpecialCategories, breach.ENISAVeryHigh},
			rules:   append(high, "breach.unintelligible"),
		},
		{
			name: "art. 34(3)(b): later measures removed the high risk",
			inc: with(func(i *breach.Incident) {
				i.HighRiskRemoved = true
				i.MeasuresTaken = []gdpr.Personal{gdpr.NewPersonal("Modtageren har slettet filen")}
			}),
			risk: breach.RiskHigh, notify: true, exceptions: []breach.Exception{breach.RiskRemoved},
			drivers: []breach.Driver{breach.SpecialCategories, breach.ENISAVeryHigh},
			rules:   append(high, "breach.risk_removed"),
		},
		{
			name: "art. 34(3)(c): disproportionate effort, a public communication instead",
			inc:  with(func(i *breach.Incident) { i.DisproportionateEffort = true }),
			risk: breach.RiskHigh, notify: true, inform: true, public: true, exceptions: []breach.Exception{breach.DisproportionateEffort},
			drivers: []breach.Driver{breach.SpecialCategories, breach.ENISAVeryHigh},
			rules:   append(high, "breach.public_communication", "breach.communication_content"),
		},
		{
			name: "art. 34(3)(a) wins over (c): no communication at all",
			p:    notifyAll,
			inc:  with(func(i *breach.Incident) { i.Unintelligible = true; i.DisproportionateEffort = true }),
			risk: breach.RiskHigh, notify: true, exceptions: []breach.Exception{breach.Unintelligible, breach.DisproportionateEffort},
			drivers: []breach.Driver{breach.SpecialCategories, breach.ENISAVeryHigh},
			rules:   append(high, "breach.unintelligible"),
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
			drivers: []breach.Driver{breach.SpecialCategories, breach.ENISAVeryHigh},
			rules:   append(high, "breach.unintelligible_confidentiality_only", "breach.inform_subjects", "breach.communication_content"),
		},
		{
			name: "art. 34(3)(a) does not cover altered data that cannot be recovered",
			inc: with(func(i *breach.Incident) {
				i.Unintelligible = true
				i.Integrity = breach.IntegrityUnrecoverable
			}),
			risk: breach.RiskHigh, notify: true, inform: true,
			drivers: []breach.Driver{breach.SpecialCategories, breach.ENISAVeryHigh},
			rules:   append(high, "breach.unintelligible_confidentiality_only", "breach.inform_subjects", "breach.communication_content"),
		},
		{
			name: "unintelligible data lost for a while but restored from a backup: no risk (EDPB Guidelines 01/2021, section 2.1)",
			inc: with(func(i *breach.Incident) {
				i.Unintelligible = true
				i.Availability = breach.AvailabilityTemporary
				i.Backup = true
			}),
			risk: breach.RiskUnlikely, drivers: []breach.Driver{breach.UnintelligibleData},
			rules: []string{"breach.unintelligible_data", "breach.severity", "breach.document_only", "breach.document", "breach.no_high_risk"},
		},
		{
			name: "art. 34(3)(b) still applies when (a) cannot: the lost data were restored and the risk removed",
			inc: with(func(i *breach.Incident) {
				i.Unintelligible = true
				i.Availability = breach.AvailabilityTemporary
				i.HighRiskRemoved = true
				i.MeasuresTaken = []gdpr.Personal{gdpr.NewPersonal("Data genskabt")}
			}),
			risk: breach.RiskHigh, notify: true, exceptions: []breach.Exception{breach.RiskRemoved},
			drivers: []breach.Driver{breach.SpecialCategories, breach.ENISAVeryHigh},
			rules:   append(high, "breach.unintelligible_confidentiality_only", "breach.risk_removed"),
		},
		{
			name: "exceptions do not matter without a high risk",
			inc: breach.Incident{AwareAt: aware, DataTypes: []gdpr.DataType{gdpr.CPRNumber}, Identification: breach.Maximum,
				Confidentiality: breach.ConfidentialityKnownRecipients, DisproportionateEffort: true},
			risk: breach.RiskLikely, notify: true, drivers: []breach.Driver{},
			rules: []string{"breach.when_in_doubt", "breach.severity", "breach.notify", "breach.document", "breach.no_high_risk"},
		},
		{
			// Datatilsynet's guidance on personal data breaches: when the
			// affected cannot be pinned down, all potentially affected are told.
			name: "the people affected cannot be pinned down: tell everyone potentially affected",
			inc:  with(func(i *breach.Incident) { i.SubjectsUnidentified = true }),
			risk: breach.RiskHigh, notify: true, inform: true, all: true,
			drivers: []breach.Driver{breach.SpecialCategories, breach.ENISAVeryHigh},
			rules:   append(high, "breach.inform_subjects", "breach.all_potentially_affected", "breach.communication_content"),
		},
		{
			name: "unidentified people with a public communication",
			inc:  with(func(i *breach.Incident) { i.SubjectsUnidentified = true; i.DisproportionateEffort = true }),
			risk: breach.RiskHigh, notify: true, inform: true, public: true, all: true, exceptions: []breach.Exception{breach.DisproportionateEffort},
			drivers: []breach.Driver{breach.SpecialCategories, breach.ENISAVeryHigh},
			rules:   append(high, "breach.public_communication", "breach.all_potentially_affected", "breach.communication_content"),
		},
		{
			name: "an exemption under databeskyttelsesloven § 22 spares telling the data subjects, not notifying",
			inc: with(func(i *breach.Incident) {
				i.Exemption = &breach.Exemption{Ground: breach.PublicInterests, Reason: gdpr.NewPersonal("Politiets efterforskning må ikke forstyrres")}
			}),
			risk: breach.RiskHigh, notify: true, drivers: []breach.Driver{breach.SpecialCategories, breach.ENISAVeryHigh},
			rules: append(high, "breach.exemption"),
		},
		{
			name: "Datatilsynet's order binds whatever the risk (GDPR art. 34(4))",
			inc: breach.Incident{AwareAt: aware, DataTypes: []gdpr.DataType{gdpr.ContactDetails}, Identification: breach.Limited,
				Confidentiality: breach.ConfidentialityKnownRecipients, CommunicationOrderedAt: aware.Add(10 * 24 * time.Hour)},
			risk: breach.RiskLikely, notify: true, inform: true, drivers: []breach.Driver{},
			rules: []string{"breach.when_in_doubt", "breach.severity", "breach.notify", "breach.document", "breach.communication_ordered", "breach.communication_content"},
		},
		{
			name: "Datatilsynet's order binds even an exemption and an exception (GDPR art. 34(4))",
			inc: with(func(i *breach.Incident) {
				i.HighRiskRemoved = true
				i.Exemption = &breach.Exemption{Ground: breach.PrivateInterests, Reason: gdpr.NewPersonal("x")}
				i.CommunicationOrderedAt = aware.Add(24 * time.Hour)
			}),
			risk: breach.RiskHigh, notify: true, inform: true, exceptions: []breach.Exception{breach.RiskRemoved},
			drivers: []breach.Driver{breach.SpecialCategories, breach.ENISAVeryHigh},
			rules:   append(high, "breach.communication_ordered", "breach.communication_content"),
		},
		{
			name: "a large number of people is a high risk in itself (Datatilsynet's guidance on personal data breaches)",
			inc: breach.Incident{AwareAt: aware, DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails}, Identification: breach.Maximum,
				Confidentiality: breach.ConfidentialityKnownRecipients, ApproxSubjects: 1000},
			risk: breach.RiskHigh, notify: true, inform: true, drivers: []breach.Driver{breach.LargeNumber},
			rules: []string{"breach.large_number", "breach.severity", "breach.notify", "breach.document", "breach.inform_subjects", "breach.communication_content"},
		},
		{
			name: "below the large number the same breach is a risk, not high",
			inc: breach.Incident{AwareAt: aware, DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails}, Identification: breach.Maximum,
				Confidentiality: breach.ConfidentialityKnownRecipients, ApproxSubjects: 999},
			risk: breach.RiskLikely, notify: true, drivers: []breach.Driver{},
			rules: []string{"breach.when_in_doubt", "breach.severity", "breach.notify", "breach.document", "breach.no_high_risk"},
		},
		{
			name: "data that identify no one make no factor about the data (EDPB Guidelines 9/2022, section IV.B)",
			inc: breach.Incident{AwareAt: aware, DataTypes: []gdpr.DataType{gdpr.Health}, Identification: breach.Negligible,
				Confidentiality: breach.ConfidentialityUnknownRecipients, ApproxSubjects: 5000},
			risk: breach.RiskLikely, notify: true, drivers: []breach.Driver{},
			rules: []string{"breach.when_in_doubt", "breach.severity", "breach.notify", "breach.document", "breach.no_high_risk"},
		},
		{
			name: "a trusted recipient bound by secrecy who deleted the data and confirmed it: no risk (EDPB Guidelines 01/2021, section 4.2)",
			inc: breach.Incident{AwareAt: aware, DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber}, Identification: breach.Maximum,
				Confidentiality: breach.ConfidentialityKnownRecipients, TrustedRecipients: true, Retrieval: breach.RetrievalConfirmed},
			risk: breach.RiskUnlikely, drivers: []breach.Driver{breach.TrustedRecipient},
			rules: []string{"breach.trusted_recipient", "breach.severity", "breach.document_only", "breach.document", "breach.no_high_risk"},
		},
		{
			name: "a trusted recipient who has only been asked to delete: still a risk",
			inc: breach.Incident{AwareAt: aware, DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber}, Identification: breach.Maximum,
				Confidentiality: breach.ConfidentialityKnownRecipients, TrustedRecipients: true, Retrieval: breach.RetrievalRequested},
			risk: breach.RiskLikely, notify: true, drivers: []breach.Driver{},
			rules: []string{"breach.when_in_doubt", "breach.severity", "breach.notify", "breach.document", "breach.no_high_risk"},
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
			assert.Equal(t, tc.drivers, d.Drivers, "drivers")
			assert.Equal(t, tc.exceptions, d.Exceptions)
			assert.Equal(t, tc.rules, rules(d))
			if tc.notify {
				assert.True(t, d.Deadline.Equal(aware.Add(72*time.Hour)))
			} else {
				assert.True(t, d.Deadline.IsZero())
			}
			for _, r := range d.Reasons {
				assert.NotEmpty(t, r.Text.Da)
				assert.NotEmpty(t, r.Text.En)
				assert.NotEmpty(t, r.Reference.Da)
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

// A trusted recipient's confirmed deletion shows no risk only for data
// that are not special categories (EDPB Guidelines 01/2021, section 4.2):
// health data sent by mistake are notified, whoever got them.
func TestTrustedRecipientNotForSpecialCategories(t *testing.T) {
	aware := time.Date(2025, 3, 28, 14, 30, 0, 0, cph)
	inc := breach.Incident{AwareAt: aware, DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.Health}, Identification: breach.Maximum,
		Confidentiality: breach.ConfidentialityKnownRecipients, TrustedRecipients: true, Retrieval: breach.RetrievalConfirmed}
	d := inc.Decide()
	assert.True(t, d.NotifyAuthority)
	assert.False(t, d.Held(breach.TrustedRecipient))
	assert.True(t, d.Held(breach.SpecialCategories))
}

// Every reference a decision gives is cited from the table worked out
// once, not translated again for each breach.
func TestDecisionReferencesAreCitedOnce(t *testing.T) {
	for _, c := range edpbCases() {
		d, err := breach.Policy{}.Decide(c.inc)
		require.NoError(t, err, c.name())
		for _, r := range d.Reasons {
			assert.True(t, breach.CitedOnce(r.Reference.En), "%s: %q is not in the table", c.name(), r.Reference.En)
		}
	}
}
