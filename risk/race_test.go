package risk_test

import (
	"sync"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/roundtrip"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestResultsShareNothing has several goroutines query one set and edit
// every slice and field of what they get back (a re-rated set, its
// Rerating and step map, a decision, findings, a matrix's spec and bands,
// the package's lists) while others read the set. Under go test -race any
// memory shared with the set, or between calls, is a race; afterwards the
// set equals a fresh copy.
func TestResultsShareNothing(t *testing.T) {
	set := risk.Set{Matrix: risk.DefaultMatrix(), Assessments: municipalRisks()}
	want := risk.Set{Matrix: risk.DefaultMatrix(), Assessments: municipalRisks()}
	steps := risk.Steps(risk.DefaultMatrix(), risk.OS2Herning())
	now := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				moved, rr, err := set.Rerate(risk.OS2Herning(), steps)
				if !assert.NoError(t, err) {
					return
				}
				for i := range moved.Assessments {
					a := &moved.Assessments[i]
					a.ID, a.Description, a.Threat = "edited", gdpr.NewPersonal("edited"), risk.Logging
					for j := range a.Measures {
						a.Measures[j].Status, a.Measures[j].Owner = risk.Planned, gdpr.NewPersonal("edited")
					}
					a.Measures = append(a.Measures, risk.Measure{})
				}
				moved.Assessments = append(moved.Assessments[:0], risk.Assessment{})
				rr.Steps.Consequences[0], rr.Steps.Probabilities[0] = 4, 4
				rr.Risks[0].ID = "edited"

				d, err := set.Decide()
				if !assert.NoError(t, err) {
					return
				}
				d.Risks[0].ID, d.Reasons[0].Text.Da = "edited", "edited"
				d.Risks = append(d.Risks[:0], risk.RiskDecision{})

				fs := set.Check(now)
				if len(fs) > 0 {
					fs[0].Path = "edited"
				}
				spec := set.Matrix.Spec()
				spec.Bands[0][0], spec.Name = risk.High, "edited"
				bands := set.Matrix.Bands()
				bands[0] = risk.High
				risk.Presets()[0] = risk.Matrix{}
				risk.Threats()[0] = "edited"
				risk.Rules()[0].ID = "edited"
				risk.Bands()[0] = risk.High

				// Readers of the set, at the same time.
				_ = set.Validate()
				_ = set.Summary()
				_ = risk.HeatMap{Matrix: set.Matrix, Assessments: set.Assessments, Lang: language.English}.Text()
			}
		}()
	}
	wg.Wait()
	_, same := roundtrip.Equal(want, set)
	require.True(t, same, "the set is unchanged")
	assert.Equal(t, risk.Steps(risk.DefaultMatrix(), risk.OS2Herning()), steps, "the caller's step map is unchanged")
	assert.Equal(t, risk.ITAttack, risk.Threats()[5])
	assert.Equal(t, "risk.invalid", risk.Rules()[0].ID)
	assert.Equal(t, risk.Low, risk.DefaultMatrix().Bands()[0])
	assert.False(t, risk.Presets()[0].IsZero())
}
