package risk_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

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

// checkNow is 2 March 2026 at noon in Copenhagen.
var checkNow = time.Date(2026, time.March, 2, 11, 0, 0, 0, time.UTC)

func TestCheck(t *testing.T) {
	m := risk.DefaultMatrix()
	measure := func(s risk.MeasureStatus, due, owner string) risk.Measure {
		ms := risk.Measure{Description: gdpr.NewPersonal("Foranstaltning"), Status: s, Owner: gdpr.NewPersonal(owner)}
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
		}, []found{{"risk.residual_high", "assessments[0].residual"}}},
		{"high with no residual assessed and no measures", []risk.Assessment{rated(4, 4, 0, 0)}, []found{
			{"risk.residual_high", "assessments[0].residual"},
			{"risk.untreated", "assessments[0].measures"},
		}},
		// The municipal DPIA template, "Tids- og handlingsplan".
		{"high brought down by a measure in progress", []risk.Assessment{
			rated(1, 1, 0, 0),
			withMeasures(rated(4, 4, 4, 1), measure(risk.InProgress, "2026-04-01", "IT")),
		}, []found{{"risk.pending_high_measures", "assessments[1].measures"}}},
		// The municipal DPIA template, "Risikomatrix": above medium "bør give anledning til håndtering".
		{"above medium without measures", []risk.Assessment{rated(3, 4, 0, 0)}, []found{{"risk.untreated", "assessments[0].measures"}}},
		{"measures listed, residual not assessed", []risk.Assessment{
			withMeasures(rated(2, 2, 0, 0), measure(risk.Implemented, "", "")),
		}, []found{{"risk.residual_not_assessed", "assessments[0].residual"}}},
		{"measure without due date or owner", []risk.Assessment{
			withMeasures(rated(2, 2, 1, 1), measure(risk.Implemented, "", ""), measure(risk.Planned, "", " ")),
		}, []found{
			{"risk.measure_due_missing", "assessments[0].measures[1].due"},
			{"risk.measure_owner_missing", "assessments[0].measures[1].owner"},
		}},
		{"measure overdue", []risk.Assessment{
			withMeasures(rated(2, 2, 1, 1), measure(risk.Planned, "2026-03-01", "IT"), measure(risk.Planned, "2026-03-02", "IT")),
		}, []found{{"risk.measure_overdue", "assessments[0].measures[0].due"}}},
		// GDPR art. 5(2): what cannot be rated is reported as invalid, one finding per problem.
		{"unrated assessments are invalid", []risk.Assessment{rated(0, 0, 0, 0)}, []found{
			{"risk.invalid", "assessments[0].inherent.consequence"},
			{"risk.invalid", "assessments[0].inherent.probability"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := risk.Set{Matrix: m, Assessments: tt.as}.Check(checkNow)
			require.NotNil(t, fs, "Check never returns nil")
			assert.Equal(t, tt.want, findings(fs))
			for _, f := range fs {
				assert.NotEmpty(t, f.Text.Da)
				assert.NotEmpty(t, f.Text.En)
				assert.NotEmpty(t, f.Reference)
				assert.True(t, f.Severity.Valid())
			}
		})
	}
	// The due date is compared with the day of now in Copenhagen: at 23:30
	// UTC on 1 March it is already 2 March there.
	due := risk.Set{Assessments: []risk.Assessment{withMeasures(rated(2, 2, 1, 1), measure(risk.Planned, "2026-03-01", "IT"))}}
	assert.Empty(t, due.Check(time.Date(2026, time.March, 1, 22, 30, 0, 0, time.UTC)), "still 1 March in Copenhagen")
	assert.Equal(t, []found{{"risk.measure_overdue", "assessments[0].measures[0].due"}},
		findings(due.Check(time.Date(2026, time.March, 1, 23, 30, 0, 0, time.UTC))), "2 March in Copenhagen")
	b, err := json.Marshal(risk.Set{}.Check(checkNow))
	require.NoError(t, err)
	assert.Equal(t, "[]", string(b), "a clean check is [] in JSON")
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
		{Threat: risk.Logging, Description: gdpr.NewPersonal("x"), Inherent: risk.Estimate{Consequence: 4, Probability: 4}, Residual: risk.Estimate{Consequence: 1, Probability: 1},
			Measures: []risk.Measure{{Description: gdpr.NewPersonal("m"), Status: risk.Planned, Due: gdpr.MustParseDate("2025-01-01")}}}, // pending_high, overdue, owner_missing
		{Threat: risk.Logging, Description: gdpr.NewPersonal("x"), Inherent: risk.Estimate{Consequence: 1, Probability: 1},
			Measures: []risk.Measure{{Description: gdpr.NewPersonal("m"), Status: risk.Planned, Owner: gdpr.NewPersonal("IT")}}}, // residual_not_assessed, due_missing
	}
	seen := map[string]bool{}
	as = append(as, rated(0, 1, 0, 0)) // invalid
	for _, f := range (risk.Set{Assessments: as}).Check(checkNow) {
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
// assessments reads the zero Matrix as the template's (the municipal DPIA
// template, "Risikomatrix"), as HeatMap draws it. Before, Check returned no
// finding at all for a residual risk that stays high (GDPR art. 36(1)).
func TestZeroMatrixIsTheTemplates(t *testing.T) {
	var zero risk.Matrix
	def := risk.DefaultMatrix()
	as := municipalRisks()

	assert.Equal(t, findings(risk.Set{Matrix: def, Assessments: as}.Check(checkNow)), findings(risk.Set{Matrix: zero, Assessments: as}.Check(checkNow)))
	assert.Contains(t, findings(risk.Set{Matrix: zero, Assessments: []risk.Assessment{rated(4, 4, 4, 4)}}.Check(checkNow)),
		found{"risk.residual_high", "assessments[0].residual"})

	assert.Equal(t, def.Summarize(as), zero.Summarize(as))
	assert.True(t, zero.Summarize(as).PriorConsultation)

	want, err := risk.DefaultPolicy().Decide(risk.Set{Matrix: def, Assessments: as})
	require.NoError(t, err)
	got, err := risk.DefaultPolicy().Decide(risk.Set{Matrix: zero, Assessments: as})
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
