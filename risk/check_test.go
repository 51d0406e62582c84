package risk_test

import (
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type found struct{ rule, path string }

func findings(fs []gdpr.Finding) []found {
	out := make([]found, len(fs))
	for i, f := range fs {
		out[i] = found{f.Rule, f.Path}
	}
	return out
}

func TestCheck(t *testing.T) {
	today := gdpr.MustParseDate("2026-03-02")
	m := risk.DefaultMatrix()
	measure := func(s risk.MeasureStatus, due, owner string) risk.Measure {
		ms := risk.Measure{Description: "Foranstaltning", Status: s, Owner: owner}
		if due != "" {
			ms.Due = gdpr.MustParseDate(due)
		}
		return ms
	}
	withMeasures := func(a risk.Assessment, ms ...risk.Measure) risk.Assessment {
		a.Measures = ms
		return a
	}
	tests := []struct {
		name string
		as   []risk.Assessment
		want []found
	}{
		{"nothing to report", []risk.Assessment{
			withMeasures(rated(3, 3, 3, 1), measure(risk.Planned, "2026-06-01", "IT")),
			rated(1, 1, 0, 0),
		}, []found{}},
		// GDPR art. 36(1).
		{"residual stays high", []risk.Assessment{
			withMeasures(rated(4, 4, 4, 4), measure(risk.Implemented, "", "")),
		}, []found{{"risk.residual_high", "[0].residual"}}},
		{"high with no residual assessed and no measures", []risk.Assessment{rated(4, 4, 0, 0)}, []found{
			{"risk.residual_high", "[0].residual"},
			{"risk.untreated", "[0].measures"},
		}},
		// seed 002, "Tids- og handlingsplan".
		{"high brought down by a measure in progress", []risk.Assessment{
			rated(1, 1, 0, 0),
			withMeasures(rated(4, 4, 4, 1), measure(risk.InProgress, "2026-04-01", "IT")),
		}, []found{{"risk.pending_high_measures", "[1].measures"}}},
		// seed 002, "Risikomatrix": above medium "bør give anledning til håndtering".
		{"above medium without measures", []risk.Assessment{rated(3, 4, 0, 0)}, []found{{"risk.untreated", "[0].measures"}}},
		{"measures listed, residual not assessed", []risk.Assessment{
			withMeasures(rated(2, 2, 0, 0), measure(risk.Implemented, "", "")),
		}, []found{{"risk.residual_not_assessed", "[0].residual"}}},
		{"measure without due date or owner", []risk.Assessment{
			withMeasures(rated(2, 2, 1, 1), measure(risk.Implemented, "", ""), measure(risk.Planned, "", " ")),
		}, []found{
			{"risk.measure_due_missing", "[0].measures[1].due"},
			{"risk.measure_owner_missing", "[0].measures[1].owner"},
		}},
		{"measure overdue", []risk.Assessment{
			withMeasures(rated(2, 2, 1, 1), measure(risk.Planned, "2026-03-01", "IT"), measure(risk.Planned, "2026-03-02", "IT")),
		}, []found{{"risk.measure_overdue", "[0].measures[0].due"}}},
		{"unrated assessments are left to Validate", []risk.Assessment{rated(0, 0, 0, 0)}, []found{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := m.Check(tt.as, today)
			assert.Equal(t, tt.want, findings(fs))
			for _, f := range fs {
				assert.NotEmpty(t, f.Text.Da)
				assert.NotEmpty(t, f.Text.En)
				assert.NotEmpty(t, f.Reference)
				assert.True(t, f.Severity.Valid())
			}
		})
	}
	overdue := []risk.Assessment{withMeasures(rated(2, 2, 1, 1), measure(risk.Planned, "2020-01-01", "IT"))}
	assert.Empty(t, m.Check(overdue, gdpr.Date{}), "the zero date skips the overdue rule")
}

// Every rule in Rules is triggered by some input, and every finding's rule
// is in Rules.
func TestRulesAllTriggered(t *testing.T) {
	rules := risk.Rules()
	ids := map[string]gdpr.Rule{}
	for _, r := range rules {
		require.NotContains(t, ids, r.ID, "duplicate rule id")
		ids[r.ID] = r
		assert.True(t, strings.HasPrefix(r.ID, "risk."), r.ID)
		assert.True(t, r.Severity.Valid(), r.ID)
		assert.True(t, strings.HasPrefix(r.Reference.En, "GDPR art. "), r.ID)
		assert.NotEmpty(t, r.Text.Da, r.ID)
		assert.NotEmpty(t, r.Text.En, r.ID)
	}
	as := []risk.Assessment{
		rated(4, 4, 4, 4), // residual_high, untreated
		{Threat: risk.Logging, Description: "x", Inherent: risk.Estimate{Consequence: 4, Probability: 4}, Residual: risk.Estimate{Consequence: 1, Probability: 1},
			Measures: []risk.Measure{{Description: "m", Status: risk.Planned, Due: gdpr.MustParseDate("2025-01-01")}}}, // pending_high, overdue, owner_missing
		{Threat: risk.Logging, Description: "x", Inherent: risk.Estimate{Consequence: 1, Probability: 1},
			Measures: []risk.Measure{{Description: "m", Status: risk.Planned, Owner: "IT"}}}, // residual_not_assessed, due_missing
	}
	seen := map[string]bool{}
	for _, f := range risk.DefaultMatrix().Check(as, gdpr.MustParseDate("2026-03-02")) {
		r, ok := ids[f.Rule]
		require.True(t, ok, "finding of a rule not in Rules: %s", f.Rule)
		assert.Equal(t, r.Severity, f.Severity)
		assert.Equal(t, r.Reference, f.Reference)
		seen[f.Rule] = true
	}
	for id := range ids {
		assert.True(t, seen[id], "rule %s is never triggered", id)
	}
	rules[0].ID = "changed"
	assert.NotEqual(t, "changed", risk.Rules()[0].ID, "Rules returns a fresh copy")
}

// A host that leaves its matrix unset (a zero Matrix, or "matrix": null in
// its JSON) must not get a silent all-clear: every method that rates
// assessments reads the zero Matrix as the template's (rules.md §3; seed
// 002, "Risikomatrix"), as HeatMap draws it. Before, Check returned no
// finding at all for a residual risk that stays high (GDPR art. 36(1)).
func TestZeroMatrixIsTheTemplates(t *testing.T) {
	var zero risk.Matrix
	def := risk.DefaultMatrix()
	today := gdpr.MustParseDate("2026-03-02")
	as := municipalRisks()

	assert.Equal(t, findings(def.Check(as, today)), findings(zero.Check(as, today)))
	assert.Contains(t, findings(zero.Check([]risk.Assessment{rated(4, 4, 4, 4)}, today)), found{"risk.residual_high", "[0].residual"})

	assert.Equal(t, def.Summarize(as), zero.Summarize(as))
	assert.True(t, zero.Summarize(as).PriorConsultation)

	want, err := risk.DefaultPolicy().Decide(def, as)
	require.NoError(t, err)
	got, err := risk.DefaultPolicy().Decide(zero, as)
	require.NoError(t, err)
	assert.Equal(t, want, got)

	for i, a := range as {
		wantEv, err := def.Evaluate(a)
		require.NoError(t, err)
		gotEv, err := zero.Evaluate(a)
		require.NoError(t, err, "assessment %d", i)
		assert.Equal(t, wantEv, gotEv)
		assert.NoError(t, a.ValidateOn(zero))
	}
	five := rated(5, 1, 0, 0)
	assert.Equal(t, problemsOf(t, five.Validate()), problemsOf(t, five.ValidateOn(zero)), "5 is off the template's scale here too")

	// Rate itself stays strict: the zero Matrix has no cells.
	_, err = zero.Rate(risk.Minor, risk.Likely)
	assert.ErrorIs(t, err, risk.ErrInvalidScale)
}
