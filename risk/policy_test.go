package risk_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rules.md §3: the template's band texts and Copenhagen's principle (seed
// 000) give the default; exceptions need top management (seed 001).
func TestDefaultPolicy(t *testing.T) {
	p := risk.DefaultPolicy()
	require.NoError(t, p.Validate())
	want := map[risk.Band]risk.Treatment{
		risk.Low:         {Action: risk.Accept},                              // "bør ikke give anledning til yderligere behandling"
		risk.BelowMedium: {Action: risk.Accept},                              // same text as low
		risk.Medium:      {Action: risk.Monitor},                             // "løbende overvågning"
		risk.AboveMedium: {Action: risk.Reduce, TopManagementApproval: true}, // "bør give anledning til håndtering"
		risk.High:        {Action: risk.Stop, TopManagementApproval: true},   // seed 000: stop when a high risk cannot be reduced
	}
	for _, b := range risk.Bands() {
		assert.Equal(t, want[b], p.For(b), b.String())
	}
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
		{"the zero policy", func(p *risk.Policy) { *p = risk.Policy{} }, []gdpr.Problem{
			{Path: "low.action", Code: gdpr.CodeRequired},
			{Path: "belowMedium.action", Code: gdpr.CodeRequired},
			{Path: "medium.action", Code: gdpr.CodeRequired},
			{Path: "aboveMedium.action", Code: gdpr.CodeRequired},
			{Path: "high.action", Code: gdpr.CodeRequired},
		}},
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
	pendingHigh.Measures = []risk.Measure{{Description: "MFA", Status: risk.Planned}}

	tests := []struct {
		name         string
		as           []risk.Assessment
		action       risk.Action
		approval     bool
		consultation bool
		reasons      []risk.Reason // Index, ID, Band, Action and Reference of each reason
	}{
		{"every residual risk accepted", []risk.Assessment{rated(3, 3, 1, 2), rated(2, 2, 0, 0)}, risk.Accept, false, false,
			[]risk.Reason{{Index: -1, Action: risk.Accept, Reference: "GDPR art. 32(1), 35(7)(d)"}}},
		{"a medium residual is monitored", []risk.Assessment{rated(1, 1, 1, 1), rated(3, 3, 3, 3)}, risk.Monitor, false, false,
			[]risk.Reason{{Index: 1, Band: risk.Medium, Action: risk.Monitor, Reference: "GDPR art. 32(1), 35(7)(d)"}}},
		{"above medium must be reduced; an exception needs top management", []risk.Assessment{rated(3, 3, 3, 3), rated(4, 3, 0, 0)}, risk.Reduce, true, false,
			[]risk.Reason{
				{Index: 0, Band: risk.Medium, Action: risk.Monitor, Reference: "GDPR art. 32(1), 35(7)(d)"},
				{Index: 1, Band: risk.AboveMedium, Action: risk.Reduce, Reference: "GDPR art. 32(1), 35(7)(d)"},
			}},
		// seed 000: stop a project whose high risk cannot be reduced; GDPR art. 36(1).
		{"a high residual stops the processing and calls for prior consultation", []risk.Assessment{rated(4, 4, 4, 4)}, risk.Stop, true, true,
			[]risk.Reason{
				{Index: 0, Band: risk.High, Action: risk.Stop, Reference: "GDPR art. 32(1), 35(7)(d)"},
				{Index: -1, Band: risk.High, Reference: "GDPR art. 36(1)"},
			}},
		// seed 002, "Tids- og handlingsplan".
		{"a high risk waiting for measures must have them first", []risk.Assessment{pendingHigh}, risk.Reduce, false, false,
			[]risk.Reason{{Index: 0, ID: "6.1", Band: risk.BelowMedium, Action: risk.Reduce, Reference: "GDPR art. 35(7)(d)"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := pol.Decide(m, tt.as)
			require.NoError(t, err)
			assert.Equal(t, tt.action, d.Action)
			assert.Equal(t, tt.approval, d.TopManagementApproval)
			assert.Equal(t, tt.consultation, d.PriorConsultation)
			assert.Equal(t, tt.consultation, d.Summary.PriorConsultation)
			got := make([]risk.Reason, len(d.Reasons))
			for i, r := range d.Reasons {
				assert.NotEmpty(t, r.Text.Da)
				assert.NotEmpty(t, r.Text.En)
				got[i] = risk.Reason{Index: r.Index, ID: r.ID, Band: r.Band, Action: r.Action, Reference: r.Reference}
			}
			assert.Equal(t, tt.reasons, got)
			assert.Equal(t, risk.Summarize(tt.as), d.Summary, "the decision's summary is Summarize's")
		})
	}

	// A stricter policy: medium must be reduced too.
	strict := risk.DefaultPolicy()
	strict.Medium = risk.Treatment{Action: risk.Reduce}
	d, err := strict.Decide(m, []risk.Assessment{rated(3, 3, 3, 3)})
	require.NoError(t, err)
	assert.Equal(t, risk.Reduce, d.Action)
	assert.False(t, d.TopManagementApproval, "this policy lets the risk owner make the exception")
}

func TestDecideErrors(t *testing.T) {
	m := risk.DefaultMatrix()
	_, err := risk.Policy{}.Decide(m, []risk.Assessment{rated(1, 1, 1, 1)})
	assert.ErrorIs(t, err, risk.ErrInvalidPolicy)
	assert.ErrorIs(t, err, gdpr.ErrInvalid)

	_, err = risk.DefaultPolicy().Decide(m, nil)
	assert.Equal(t, []gdpr.Problem{{Path: "", Code: gdpr.CodeRequired}}, problemsOf(t, err), "nothing assessed is not a risk accepted")

	_, err = risk.DefaultPolicy().Decide(m, []risk.Assessment{rated(1, 1, 1, 1), rated(2, 5, 0, 0), rated(3, 3, 3, 0)})
	assert.Equal(t, []gdpr.Problem{
		{Path: "[1].inherent.probability", Code: gdpr.CodeOutOfRange},
		{Path: "[2].residual.probability", Code: gdpr.CodeRequired},
	}, problemsOf(t, err))
}

func TestDecisionJSON(t *testing.T) {
	a := phishing()
	a.Inherent.Probability = risk.Expected
	b := rated(4, 4, 4, 4)
	b.ID = "14.1"
	b.Threat = risk.ThirdCountryTransfer
	d, err := risk.DefaultPolicy().Decide(risk.DefaultMatrix(), []risk.Assessment{a, b, rated(3, 3, 3, 3)})
	require.NoError(t, err)
	j, err := json.MarshalIndent(d, "", "  ")
	require.NoError(t, err)
	golden(t, "decision.json", append(j, '\n'))
}

func FuzzPolicyJSON(f *testing.F) {
	j, _ := json.Marshal(risk.DefaultPolicy())
	f.Add(j)
	f.Add([]byte(`{"low":{"action":"stop"},"high":{"action":"accept"}}`))
	f.Add([]byte(`{"medium":{"action":"monitor","topManagementApproval":true}}`))
	as := municipalRisks()
	f.Fuzz(func(t *testing.T, in []byte) {
		var p risk.Policy
		if err := json.Unmarshal(in, &p); err != nil {
			return
		}
		err := p.Validate()
		d, derr := p.Decide(risk.DefaultMatrix(), as)
		if err != nil {
			if !errors.Is(derr, risk.ErrInvalidPolicy) {
				t.Fatalf("Decide accepted an invalid policy: %v", derr)
			}
			return
		}
		if derr != nil {
			t.Fatalf("valid policy, Decide failed: %v", derr)
		}
		if !d.Action.Valid() || len(d.Reasons) == 0 {
			t.Fatalf("decision without action or reasons: %+v", d)
		}
		out, _ := json.Marshal(p)
		var back risk.Policy
		if err := json.Unmarshal(out, &back); err != nil || back != p {
			t.Fatalf("round trip: %v", err)
		}
	})
}
