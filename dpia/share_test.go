package dpia_test

import (
	"github.com/dkgdpr/gdpr"
	"sync"
	"testing"

	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestResultsShareNothing: what Entries, WithRecord and Clone return shares
// no slice or map with the assessment (or the record given), so editing a
// result never edits the source.
func TestResultsShareNothing(t *testing.T) {
	a := startedDPIA()
	want := startedDPIA()

	c := a.Clone()
	c.Risks[0].Measures[0].Owner = gdpr.NewPersonal("changed")
	c.Processing["2.7"] = dpia.Response{Comment: "changed"}
	c.Record.Purposes[0].Description = "changed"
	c.Screening.Answers[0].Justification = gdpr.NewPersonal("changed")
	c.DPO.Recommendations[0].Response = "changed"
	assert.Equal(t, want, a, "Clone")

	rec := trafficRecord()
	bare := startedDPIA()
	bare.Record = nil
	b, err := bare.WithRecord(rec)
	require.NoError(t, err)
	b.Risks[0].Measures[0].Owner = gdpr.NewPersonal("changed")
	b.Lawfulness["1.1"] = dpia.Response{Comment: "changed"}
	b.Record.Purposes[0].Description = "changed"
	assert.Equal(t, startedDPIA().Risks, bare.Risks, "WithRecord: the assessment")
	assert.Equal(t, trafficRecord(), rec, "WithRecord: the record given")

	for _, p := range dpia.Parts() {
		es := a.Entries(p)
		for i := range es {
			for j := range es[i].Choices {
				es[i].Choices[j] = "changed"
			}
			for j := range es[i].Attachments {
				es[i].Attachments[j] = "changed"
			}
		}
	}
	assert.Equal(t, want, a, "Entries")
}

// TestResultsRace: goroutines that edit what Entries, WithRecord and Clone
// return, while others read the assessment, do not race (run with -race).
func TestResultsRace(t *testing.T) {
	a := startedDPIA()
	rec := *a.Record
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 5 {
				for _, p := range dpia.Parts() {
					for _, e := range a.Entries(p) {
						for j := range e.Choices {
							e.Choices[j] += "x"
						}
						for j := range e.Attachments {
							e.Attachments[j] += "x"
						}
					}
				}
				b, err := a.WithRecord(rec)
				if !assert.NoError(t, err) {
					return
				}
				b.Risks[g%len(b.Risks)].Measures = append(b.Risks[g%len(b.Risks)].Measures, risk.Measure{Description: gdpr.NewPersonal("x"), Status: risk.Planned})
				b.Processing["2.7"] = dpia.Response{Comment: "x"}
				b.Record.Purposes[0].Description += "x"
				c := a.Clone()
				c.Annexes[0].Title += "x"
				_ = a.Validate()
				_ = a.Check(tourNow)
				_ = a.Decide()
			}
		}()
	}
	wg.Wait()
	assert.Equal(t, startedDPIA(), a)
}
