package risk_test

import (
	"encoding/json"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The municipal DPIA template's band texts ("Risikomatrix") and the stop for
// a high risk that cannot be reduced give the default; exceptions above
// medium need top management.
func TestDefaultPolicy(t *testing.T) {
	p := risk.DefaultPolicy()
	require.NoError(t, p.Validate())
	require.NoError(t, risk.Policy{}.Validate(), "the zero Policy is valid")
	want := map[risk.Band]risk.Treatment{
		risk.Low:         {Action: risk.Accept},                              // "bør ikke give anledning til yderligere behandling"
		risk.BelowMedium: {Action: risk.Accept},                              // same text as low
		risk.Medium:      {Action: risk.Monitor},                             // "løbende overvågning"
		risk.AboveMedium: {Action: risk.Reduce, TopManagementApproval: true}, // "bør give anledning til håndtering"
		risk.High:        {Action: risk.Stop, TopManagementApproval: true},   // stop when a high risk cannot be reduced
	}
	for _, b := range risk.Bands() {
		assert.Equal(t, want[b], p.For(b), b.String())
		assert.Equal(t, want[b], risk.Policy{}.For(b), "the zero Policy's %s is the default", b)
	}
	// A policy states only where it differs: the other bands keep their default.
	stricter := risk.Policy{Medium: risk.Treatment{Action: risk.Reduce}}
	assert.Equal(t, risk.Treatment{Action: risk.Reduce}, stricter.For(risk.Medium))
	assert.Equal(t, want[risk.High], stricter.For(risk.High))
	zj, err := json.Marshal(risk.Policy{})
	require.NoError(t, err)
	assert.Equal(t, "{}", string(zj), "the zero Policy encodes as {}")
	assert.Zero(t, p.For(0))
	assert.Zero(t, p.For(9))
	j, err := json.MarshalIndent(p, "", "  ")
	require.NoError(t, err)
	golden(t, "policy_default.json", append(j, '\n'))
	var back risk.Policy
	require.NoError(t, json.Unmarshal(j, &back))
	assert.Equal(t, p, back)
}

func TestPolicyValidate(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(p *risk.Policy)
		probs []gdpr.Problem
	}{
		{"stricter than the default", func(p *risk.Policy) { p.Medium.Action = risk.Reduce }, nil},
		{"accept everything up to above medium", func(p *risk.Policy) { p.Medium.Action, p.AboveMedium.Action = risk.Accept, risk.Accept }, nil},
		{"the zero policy is the default", func(p *risk.Policy) { *p = risk.Policy{} }, nil},
		{"an exception rule without an action", func(p *risk.Policy) { p.Low = risk.Treatment{TopManagementApproval: true} },
			[]gdpr.Problem{{Path: "low.action", Code: gdpr.CodeRequired}}},
		{"unknown action", func(p *risk.Policy) { p.High.Action = 7 }, []gdpr.Problem{{Path: "high.action", Code: gdpr.CodeUnknown}}},
		{"a higher band gets a milder action", func(p *risk.Policy) { p.High.Action = risk.Monitor },
			[]gdpr.Problem{{Path: "high.action", Code: gdpr.CodeOrder}}},
		{"milder after a stricter band two steps lower", func(p *risk.Policy) { p.BelowMedium.Action = risk.Stop },
			[]gdpr.Problem{{Path: "medium.action", Code: gdpr.CodeOrder}, {Path: "aboveMedium.action", Code: gdpr.CodeOrder}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := risk.DefaultPolicy()
			tt.edit(&p)
			assert.Equal(t, tt.probs, problemsOf(t, p.Validate()))
		})
	}
	var p risk.Policy
	assert.Error(t, json.Unmarshal([]byte(`{"low":{"action":"ignore"}}`), &p), "unknown action code")
}

func TestDecide(t *testing.T) {
	m := risk.DefaultMatrix()
	pol := risk.DefaultPolicy()
	pendingHigh := rated(4, 4, 4, 1)
	pendingHigh.ID = "6.1"
	pendingHigh.Measures = []risk.Measure{{Description: gdpr.NewPersonal("MFA"), Status: risk.Planned}}

	tests := []struct {
		name         string
		as           []risk.Assessment
		action       risk.Action
		approval     bool
		consultation bool
		reasons      []string // rule and English reference of each reason
		risks        []risk.Action
	}{
		{"every residual risk accepted", []risk.Assessment{rated(3, 3, 1, 2), rated(2, 2, 0, 0)}, risk.Accept, false, false,
			[]string{"risk.accepted GDPR art. 32(1), 35(7)(d)"}, []risk.Action{risk.Accept, risk.Accept}},
		{"a medium residual is monitored", []risk.Assessment{rated(1, 1, 1, 1), rated(3, 3, 3, 3)}, risk.Monitor, false, false,
			[]string{"risk.policy_treatment GDPR art. 32(1), 35(7)(d)"}, []risk.Action{risk.Accept, risk.Monitor}},
		{"above medium must be reduced; an exception needs top management", []risk.Assessment{rated(3, 3, 3, 3), rated(3, 4, 0, 0)}, risk.Reduce, true, false,
			[]string{"risk.policy_treatment GDPR art. 32(1), 35(7)(d)", "risk.policy_treatment GDPR art. 32(1), 35(7)(d)"},
			[]risk.Action{risk.Monitor, risk.Reduce}},
		// The default policy stops a project whose high risk cannot be reduced; GDPR art. 36(1).
		{"a high residual stops the processing and calls for prior consultation", []risk.Assessment{rated(4, 4, 4, 4)}, risk.Stop, true, true,
			[]string{"risk.policy_treatment GDPR art. 32(1), 35(7)(d)", "risk.prior_consultation GDPR art. 36(1); WP248 rev.01 III.C"}, []risk.Action{risk.Stop}},
		// WP248 rev.01 III.C: the highest consequence, likely, is a high
		// residual risk though its band is above medium.
		// The default policy stops a project whose high risk cannot be reduced.
		{"a residual K4 x S3 is a high risk: stop, and prior consultation", []risk.Assessment{rated(4, 3, 4, 3)}, risk.Stop, true, true,
			[]string{"risk.policy_treatment GDPR art. 32(1), 35(7)(d)", "risk.prior_consultation GDPR art. 36(1); WP248 rev.01 III.C"}, []risk.Action{risk.Stop}},
		// The municipal DPIA template, "Tids- og handlingsplan".
		{"a high risk waiting for measures must have them first", []risk.Assessment{pendingHigh}, risk.Reduce, false, false,
			[]string{"risk.pending_high_measures GDPR art. 35(7)(d)"}, []risk.Action{risk.Reduce}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := pol.Decide(risk.Set{Matrix: m, Assessments: tt.as})
			require.NoError(t, err)
			assert.Equal(t, tt.action, d.Action)
			assert.Equal(t, tt.approval, d.TopManagementApproval)
			assert.Equal(t, tt.consultation, d.PriorConsultation)
			assert.Equal(t, tt.consultation, d.Summary.PriorConsultation)
			got := make([]string, len(d.Reasons))
			for i, r := range d.Reasons {
				assert.NotEmpty(t, r.Text.Da)
				assert.NotEmpty(t, r.Text.En)
				assert.NotEmpty(t, r.Reference.Da)
				got[i] = r.Rule + " " + r.Reference.En
			}
			assert.Equal(t, tt.reasons, got)
			actions := make([]risk.Action, len(d.Risks))
			for i, r := range d.Risks {
				assert.Equal(t, i, r.Index)
				assert.Equal(t, tt.as[i].ID, r.ID)
				actions[i] = r.Action
			}
			assert.Equal(t, tt.risks, actions)
			plain, err := (risk.Set{Matrix: m, Assessments: tt.as}).Decide()
			require.NoError(t, err)
			assert.Equal(t, d, plain, "Set.Decide is the zero Policy's")
			assert.Equal(t, risk.Summarize(tt.as), d.Summary, "the decision's summary is Summarize's")
		})
	}

	// A stricter policy: medium must be reduced too.
	strict := risk.DefaultPolicy()
	strict.Medium = risk.Treatment{Action: risk.Reduce}
	d, err := strict.Decide(risk.Set{Matrix: m, Assessments: []risk.Assessment{rated(3, 3, 3, 3)}})
	require.NoError(t, err)
	assert.Equal(t, risk.Reduce, d.Action)
	assert.False(t, d.TopManagementApproval, "this policy lets the risk owner make the exception")
}

func TestDecideErrors(t *testing.T) {
	m := risk.DefaultMatrix()
	_, err := risk.Policy{High: risk.Treatment{Action: 9}}.Decide(risk.Set{Matrix: m, Assessments: []risk.Assessment{rated(1, 1, 1, 1)}})
	assert.ErrorIs(t, err, risk.ErrInvalidPolicy)
	assert.ErrorIs(t, err, gdpr.ErrInvalid)

	_, err = risk.DefaultPolicy().Decide(risk.Set{Matrix: m, Assessments: nil})
	assert.Equal(t, []gdpr.Problem{{Path: "assessments", Code: gdpr.CodeRequired}}, problemsOf(t, err), "nothing assessed is not a risk accepted")

	_, err = risk.DefaultPolicy().Decide(risk.Set{Matrix: m, Assessments: []risk.Assessment{rated(1, 1, 1, 1), rated(2, 5, 0, 0), rated(3, 3, 3, 0)}})
	assert.Equal(t, []gdpr.Problem{
		{Path: "assessments[1].inherent.probability", Code: gdpr.CodeOutOfRange},
		{Path: "assessments[2].residual.probability", Code: gdpr.CodeRequired},
	}, problemsOf(t, err))
}

func TestDecisionJSON(t *testing.T) {
	a := phishing()
	a.Inherent.Probability = risk.Expected
	b := rated(4, 4, 4, 4)
	b.ID = "14.1"
	b.Threat = risk.ThirdCountryTransfer
	d, err := risk.DefaultPolicy().Decide(risk.Set{Matrix: risk.DefaultMatrix(), Assessments: []risk.Assessment{a, b, rated(3, 3, 3, 3)}})
	require.NoError(t, err)
	j, err := json.MarshalIndent(d, "", "  ")
	require.NoError(t, err)
	golden(t, "decision.json", append(j, '\n'))
}

// TestHighRiskTreatment: a high risk outside the highest band takes the
// high band's treatment under any policy; read as the band only, it keeps
// its own band's.
func TestHighRiskTreatment(t *testing.T) {
	set := risk.Set{Assessments: []risk.Assessment{rated(4, 3, 4, 3)}}
	d, err := risk.Policy{}.Decide(set)
	require.NoError(t, err)
	assert.Equal(t, risk.Stop, d.Risks[0].Action)
	assert.True(t, d.Risks[0].TopManagementApproval)
	assert.Contains(t, d.Reasons[0].Text.Da, "en høj risiko efter risikopolitikken")
	d, err = risk.Policy{HighRisk: risk.HighBand}.Decide(set)
	require.NoError(t, err)
	assert.Equal(t, risk.Reduce, d.Risks[0].Action)
	assert.False(t, d.PriorConsultation)
	milder := risk.Policy{High: risk.Treatment{Action: risk.Reduce}}
	d, err = milder.Decide(set)
	require.NoError(t, err)
	assert.Equal(t, risk.Reduce, d.Risks[0].Action, "the stricter of its band's and the high band's treatment")
	assert.True(t, d.Risks[0].TopManagementApproval, "above medium's exception rule stays")
}
