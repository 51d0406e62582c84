package risk_test

import (
	"encoding/json"
	"github.com/dkgdpr/gdpr"
	"testing"

	"github.com/dkgdpr/gdpr/risk"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rated returns an assessment with the given inherent and residual steps
// (residual 0, 0: not assessed).
func rated(ic risk.Consequence, ip risk.Probability, rc risk.Consequence, rp risk.Probability) risk.Assessment {
	return risk.Assessment{
		Threat: risk.SystemError, Description: gdpr.NewPersonal("x"),
		Inherent: risk.Estimate{Consequence: ic, Probability: ip},
		Residual: risk.Estimate{Consequence: rc, Probability: rp},
	}
}

func decimalEqual(t *testing.T, want string, got decimal.Decimal, msg string) {
	t.Helper()
	w := decimal.RequireFromString(want)
	assert.True(t, w.Equal(got), "%s: got %s, want %s", msg, got, want)
}

func TestSummarize(t *testing.T) {
	as := []risk.Assessment{
		rated(3, 3, 3, 1), // medium 9 -> low 3
		rated(4, 4, 4, 2), // high 16 -> medium 8
		rated(2, 3, 0, 0), // below medium 6, residual not assessed
		rated(1, 2, 1, 4), // low 2 -> below medium 4: worse
		rated(0, 3, 0, 0), // unrated: no consequence
		rated(4, 3, 5, 1), // unrated: residual off the scale
	}
	s := risk.Summarize(as)
	assert.Equal(t, 6, s.Assessments)
	assert.Equal(t, 2, s.Unrated)
	assert.Equal(t, risk.BandCounts{Low: 1, BelowMedium: 1, Medium: 1, High: 1}, s.Inherent)
	assert.Equal(t, risk.BandCounts{Low: 1, BelowMedium: 2, Medium: 1}, s.Residual)
	assert.Equal(t, 4, s.Inherent.Total())
	assert.Equal(t, 2, s.Residual.Of(risk.BelowMedium))
	assert.Zero(t, s.Residual.Of(0))
	assert.Equal(t, risk.High, s.HighestInherent)
	assert.Equal(t, risk.Medium, s.HighestResidual)
	decimalEqual(t, "8.25", s.MeanInherent, "(9+16+6+2)/4")
	decimalEqual(t, "5.25", s.MeanResidual, "(3+8+6+4)/4")
	assert.Equal(t, 1, s.ResidualNotAssessed)
	assert.Equal(t, 1, s.Worse)
	assert.Zero(t, s.PendingHigh, "no measures listed")
	assert.False(t, s.PriorConsultation, "a high inherent risk brought down is not a reason to consult")

	j, err := json.MarshalIndent(s, "", "  ")
	require.NoError(t, err)
	golden(t, "summary.json", append(j, '\n'))
}

// GDPR art. 36(1): a residual risk that stays high calls for prior
// consultation; a residual not assessed counts as the inherent.
func TestSummarizePriorConsultation(t *testing.T) {
	tests := []struct {
		name string
		as   []risk.Assessment
		want bool
	}{
		{"no assessments", nil, false},
		// WP248 rev.01 III.C: the highest consequence, likely, is still a high risk.
		{"high reduced to K4 x S3 stays a high risk", []risk.Assessment{rated(4, 4, 4, 3)}, true},
		{"high reduced to K4 x S2 is left to the bands", []risk.Assessment{rated(4, 4, 4, 2)}, false},
		{"high reduced to K3 x S4", []risk.Assessment{rated(4, 4, 3, 4)}, false},
		{"high stays high", []risk.Assessment{rated(4, 4, 4, 4)}, true},
		{"high with no residual assessed stays high", []risk.Assessment{rated(4, 4, 0, 0)}, true},
		{"one of many stays high", []risk.Assessment{rated(1, 1, 1, 1), rated(3, 3, 2, 2), rated(4, 4, 4, 4)}, true},
		{"above medium is not high", []risk.Assessment{rated(3, 4, 3, 4)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, risk.Summarize(tt.as).PriorConsultation)
		})
	}
	// On OS2compliance's Datatilsynet matrix K4 S2 is high; on the template's it is medium.
	as := []risk.Assessment{rated(4, 2, 4, 2)}
	assert.True(t, risk.OS2Datatilsynet().Summarize(as).PriorConsultation)
	assert.False(t, risk.DefaultMatrix().Summarize(as).PriorConsultation)
}

// The library's documented reading of "samlet risiko": the mean score is a decimal rounded half up to two places.
func TestSummarizeMean(t *testing.T) {
	ones := func(n int, extra ...risk.Assessment) []risk.Assessment {
		as := make([]risk.Assessment, n)
		for i := range as {
			as[i] = rated(1, 1, 1, 1)
		}
		return append(as, extra...)
	}
	tests := []struct {
		name string
		as   []risk.Assessment
		want string
	}{
		{"none rated: zero", nil, "0"},
		{"exact", []risk.Assessment{rated(2, 2, 2, 2), rated(4, 4, 4, 4)}, "10"},
		{"a third rounds down", ones(2, rated(2, 1, 2, 1)), "1.33"},                    // 4/3
		{"two thirds round up", ones(1, rated(2, 1, 2, 1), rated(2, 1, 2, 1)), "1.67"}, // 5/3
		{"9/8 = 1.125 rounds half up, not to even", ones(7, rated(2, 1, 2, 1)), "1.13"},
		{"41/40 = 1.025 rounds half up", ones(39, rated(2, 1, 2, 1)), "1.03"},
		{"unrated ones are left out", []risk.Assessment{rated(2, 2, 2, 2), rated(0, 0, 0, 0)}, "4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := risk.Summarize(tt.as)
			decimalEqual(t, tt.want, s.MeanResidual, "mean residual")
			decimalEqual(t, tt.want, s.MeanInherent, "mean inherent")
			assert.LessOrEqual(t, -s.MeanResidual.Exponent(), int32(2), "at most two places")
		})
	}
}

func TestSummarizePendingHigh(t *testing.T) {
	a := rated(4, 4, 4, 1)
	a.Measures = []risk.Measure{{Description: gdpr.NewPersonal("Kryptering"), Status: risk.InProgress}}
	s := risk.Summarize([]risk.Assessment{a})
	assert.Equal(t, 1, s.PendingHigh)
	a.Measures[0].Status = risk.Implemented
	assert.Zero(t, risk.Summarize([]risk.Assessment{a}).PendingHigh)
}
