package risk_test

import (
	"testing"
	"time"

	"github.com/dkgdpr/gdpr/internal/enumtest"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHighRiskEnum(t *testing.T) {
	assert.Equal(t, risk.HighRisks(), enumtest.Check[risk.HighRisk](t, risk.ParseHighRisk))
	assert.Equal(t, risk.HighBandOrSevereLikely, risk.HighRisks()[0], "the default first")
	assert.Equal(t, risk.HighBandOrSevereLikely, risk.DefaultPolicy().HighRisk)
}

// TestHighRiskReadings: which residual ratings call for prior consultation
// of Datatilsynet (GDPR art. 36(1)) under each reading. WP248 rev.01 III.C:
// significant or irreversible consequences "and/or" an obvious likelihood,
// so a residual K4 x S3 is a high risk as well as K4 x S4 under the default.
func TestHighRiskReadings(t *testing.T) {
	tmpl := risk.DefaultMatrix()
	five, err := risk.NewMatrix(risk.MatrixSpec{Bands: [][]risk.Band{
		{risk.Low, risk.Low, risk.Low, risk.Medium, risk.Medium},
		{risk.Low, risk.Low, risk.Medium, risk.Medium, risk.AboveMedium},
		{risk.Low, risk.Medium, risk.Medium, risk.AboveMedium, risk.AboveMedium},
		{risk.Medium, risk.Medium, risk.AboveMedium, risk.AboveMedium, risk.High},
		{risk.Medium, risk.AboveMedium, risk.AboveMedium, risk.High, risk.High},
	}})
	require.NoError(t, err)
	tests := []struct {
		name                 string
		m                    risk.Matrix
		c                    risk.Consequence
		p                    risk.Probability
		likely, severe, band bool
	}{
		{"K4 x S4, the highest band", tmpl, 4, 4, true, true, true},
		{"K4 x S3, the example of WP248 III.C's and/or", tmpl, 4, 3, true, true, false},
		{"K4 x S2, not expected to happen", tmpl, 4, 2, false, true, false},
		{"K4 x S1, almost excluded", tmpl, 4, 1, false, true, false},
		{"K3 x S4, above medium but not the highest consequence", tmpl, 3, 4, false, false, false},
		{"5x5: K5 x S3 is in the upper half", five, 5, 3, true, true, false},
		{"5x5: K5 x S2", five, 5, 2, false, true, false},
		{"5x5: K4 x S5 is the highest band", five, 4, 5, true, true, true},
		{"5x5: K4 x S4 is neither", five, 4, 4, false, false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := tc.m.Rate(tc.c, tc.p)
			require.NoError(t, err)
			assert.Equal(t, tc.likely, risk.HighBandOrSevereLikely.Holds(tc.m, r), "default")
			assert.Equal(t, tc.likely, risk.HighRisk(0).Holds(tc.m, r), "zero is the default")
			assert.Equal(t, tc.likely, risk.Policy{}.IsHigh(tc.m, r), "the zero Policy")
			assert.Equal(t, tc.severe, risk.HighBandOrSevere.Holds(tc.m, r), "any probability")
			assert.Equal(t, tc.band, risk.HighBand.Holds(tc.m, r), "the band only")
		})
	}
}

// TestHighRiskPolicy: the one policy field decides prior consultation in
// Decide, its summary and Check alike.
func TestHighRiskPolicy(t *testing.T) {
	now := time.Date(2026, time.March, 2, 12, 0, 0, 0, time.UTC)
	set := risk.Set{Assessments: []risk.Assessment{rated(4, 4, 4, 3)}} // K4 x S3 residual
	for _, tc := range []struct {
		p    risk.Policy
		want bool
	}{
		{risk.Policy{}, true},
		{risk.Policy{HighRisk: risk.HighBandOrSevere}, true},
		{risk.Policy{HighRisk: risk.HighBand}, false},
	} {
		d, err := tc.p.Decide(set)
		require.NoError(t, err)
		assert.Equal(t, tc.want, d.PriorConsultation, "%v", tc.p.HighRisk)
		assert.Equal(t, tc.want, d.Summary.PriorConsultation, "%v", tc.p.HighRisk)
		assert.Equal(t, tc.want, d.Risks[0].HighRisk, "%v", tc.p.HighRisk)
		var high bool
		for _, f := range tc.p.Check(set, now) {
			high = high || f.Rule == "risk.residual_high"
		}
		assert.Equal(t, tc.want, high, "%v", tc.p.HighRisk)
	}
	_, err := risk.Policy{HighRisk: 9}.Decide(set)
	assert.ErrorIs(t, err, risk.ErrInvalidPolicy)
	assert.Equal(t, []found{{"risk.invalid", "policy.highRisk"}, {"risk.residual_high", "assessments[0].residual"}, {"risk.untreated", "assessments[0].measures"}},
		findings(risk.Policy{HighRisk: 9}.Check(set, now)), "an invalid reading is a finding; Check reads it as the default")
}
