package risk_test

import (
	"encoding/json"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fiveByFive is a caller's 5x5 matrix, as municipalities moving from a
// 4x4 matrix adopt.
func fiveByFive(t *testing.T) risk.Matrix {
	t.Helper()
	L, B, M, A, H := risk.Low, risk.BelowMedium, risk.Medium, risk.AboveMedium, risk.High
	m, err := risk.NewMatrix(risk.MatrixSpec{Name: "5x5 kommune", Bands: [][]risk.Band{
		{L, L, L, B, B}, {L, B, B, M, M}, {L, B, M, A, A}, {B, M, A, H, H}, {B, M, A, H, H},
	}})
	require.NoError(t, err)
	return m
}

func TestSteps(t *testing.T) {
	five := fiveByFive(t)
	three, err := risk.NewMatrix(risk.MatrixSpec{Name: "3x3", Bands: [][]risk.Band{
		{risk.Low, risk.Low, risk.Medium}, {risk.Low, risk.Medium, risk.High}, {risk.Medium, risk.High, risk.High},
	}})
	require.NoError(t, err)
	tests := []struct {
		name     string
		from, to risk.Matrix
		c        []risk.Consequence
		p        []risk.Probability
	}{
		{"4 onto 5", risk.DefaultMatrix(), five, []risk.Consequence{1, 2, 4, 5}, []risk.Probability{1, 2, 4, 5}},
		{"5 onto 4", five, risk.Matrix{}, []risk.Consequence{1, 2, 3, 3, 4}, []risk.Probability{1, 2, 3, 3, 4}},
		{"4 onto 4 is the identity", risk.OS2Herning(), risk.DefaultMatrix(), []risk.Consequence{1, 2, 3, 4}, []risk.Probability{1, 2, 3, 4}},
		{"3 onto 5", three, five, []risk.Consequence{1, 3, 5}, []risk.Probability{1, 3, 5}},
	}
	for _, tc := range tests {
		sm := risk.Steps(tc.from, tc.to)
		assert.Equal(t, tc.c, sm.Consequences, tc.name)
		assert.Equal(t, tc.p, sm.Probabilities, tc.name)
	}
}

// TestRerate moves a risk assessment from the template's 4x4 matrix to a
// 5x5 one and records which matrix rated each assessment.
func TestRerate(t *testing.T) {
	five := fiveByFive(t)
	set := risk.Set{Assessments: municipalRisks()}
	set.Assessments[0].Inherent.Dimensions = risk.Dimensions{Confidentiality: risk.Serious, Integrity: risk.Minor}
	orig, err := json.Marshal(set)
	require.NoError(t, err)

	moved, rr, err := set.Rerate(five, risk.StepMap{})
	require.NoError(t, err)
	require.NoError(t, moved.Validate())
	assert.Equal(t, five, moved.Matrix)
	after, err := json.Marshal(set)
	require.NoError(t, err)
	assert.JSONEq(t, string(orig), string(after), "the original set is not changed")

	assert.Equal(t, "4x4 KL", rr.From)
	assert.Equal(t, "5x5 kommune", rr.To)
	assert.Equal(t, risk.Steps(risk.DefaultMatrix(), five), rr.Steps)
	require.Len(t, rr.Risks, len(set.Assessments))
	for i, a := range moved.Assessments {
		assert.Equal(t, "5x5 kommune", a.RatedOn, "assessment %d records the matrix that rated it", i)
		r := rr.Risks[i]
		assert.Equal(t, i, r.Index)
		assert.Equal(t, a.ID, r.ID)
		ev, err := five.Evaluate(a)
		require.NoError(t, err)
		assert.Equal(t, ev.Inherent, r.InherentAfter)
		old, err := risk.DefaultMatrix().Evaluate(set.Assessments[i])
		require.NoError(t, err)
		assert.Equal(t, old.Inherent, r.InherentBefore)
		if old.ResidualAssessed {
			assert.Equal(t, old.Residual, r.ResidualBefore)
			assert.Equal(t, ev.Residual, r.ResidualAfter)
		} else {
			assert.True(t, r.ResidualBefore.IsZero())
		}
	}
	// 6.1: K4 x S4 -> K4 x S2 becomes K5 x S5 -> K5 x S2.
	assert.Equal(t, risk.Estimate{Consequence: 5, Probability: 5}, moved.Assessments[1].Inherent)
	assert.Equal(t, risk.Estimate{Consequence: 5, Probability: 2}, moved.Assessments[1].Residual)
	assert.Equal(t, risk.Dimensions{Confidentiality: 4, Integrity: 2}, moved.Assessments[0].Inherent.Dimensions, "dimensions move too")

	// The moved set is stored with its record of the matrix, and comes back.
	j, err := json.Marshal(moved)
	require.NoError(t, err)
	assert.Contains(t, string(j), `"ratedOn":"5x5 kommune"`)
	back, err := risk.ParseJSON[risk.Set](j)
	require.NoError(t, err)
	assert.Equal(t, moved, back)
	_, err = json.Marshal(rr)
	require.NoError(t, err)

	// Back to the template's matrix with the inverse map.
	home, _, err := moved.Rerate(risk.DefaultMatrix(), risk.Steps(five, risk.DefaultMatrix()))
	require.NoError(t, err)
	assert.Equal(t, set.Assessments[1].Inherent, home.Assessments[1].Inherent)
	assert.Equal(t, "4x4 KL", home.Assessments[1].RatedOn)
}

func TestRerateErrors(t *testing.T) {
	five := fiveByFive(t)
	set := risk.Set{Assessments: []risk.Assessment{rated(2, 3, 1, 1)}}
	spec := five.Spec()
	spec.Name = ""
	unnamed, err := risk.NewMatrix(spec)
	require.NoError(t, err)
	tests := []struct {
		name  string
		s     risk.Set
		to    risk.Matrix
		steps risk.StepMap
		probs []gdpr.Problem
	}{
		{"no matrix to move to", set, risk.Matrix{}, risk.StepMap{}, []gdpr.Problem{{Path: "to", Code: gdpr.CodeRequired}}},
		{"a matrix without a name cannot be recorded", set, unnamed, risk.StepMap{}, []gdpr.Problem{{Path: "to", Code: gdpr.CodeRequired}}},
		{"an invalid set", risk.Set{Assessments: []risk.Assessment{rated(5, 1, 0, 0)}}, five, risk.StepMap{},
			[]gdpr.Problem{{Path: "assessments[0].inherent.consequence", Code: gdpr.CodeOutOfRange}}},
		{"steps of the wrong length, off the scale, lowered", set, five, risk.StepMap{
			Consequences:  []risk.Consequence{1, 2, 3},
			Probabilities: []risk.Probability{1, 6, 2, 5},
		}, []gdpr.Problem{
			{Path: "steps.consequences", Code: gdpr.CodeMalformed},
			{Path: "steps.probabilities[1]", Code: gdpr.CodeOutOfRange},
			{Path: "steps.probabilities[2]", Code: gdpr.CodeOrder},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := tc.s.Rerate(tc.to, tc.steps)
			assert.Equal(t, tc.probs, problemsOf(t, err))
		})
	}
}

// TestRatedOnMustBeTheSetsMatrix: a set whose assessments were rated on
// another matrix does not validate, so a host cannot mix scales unseen.
func TestRatedOnMustBeTheSetsMatrix(t *testing.T) {
	a := rated(2, 2, 1, 1)
	a.RatedOn = "5x5 kommune"
	assert.Equal(t, []gdpr.Problem{{Path: "assessments[0].ratedOn", Code: gdpr.CodeConflict}},
		problemsOf(t, risk.Set{Assessments: []risk.Assessment{a}}.Validate()))
	a.RatedOn = "4x4 KL"
	assert.NoError(t, risk.Set{Assessments: []risk.Assessment{a}}.Validate(), "the template's matrix is named 4x4 KL")
	a.RatedOn = " x"
	assert.Equal(t, []gdpr.Problem{{Path: "ratedOn", Code: gdpr.CodeMalformed}}, problemsOf(t, a.Validate()))
}
