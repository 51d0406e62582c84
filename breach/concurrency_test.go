package breach_test

import (
	"sync"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr/breach"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Query results are copies: goroutines edit what Assessment, Severity,
// Decide, FirstNotification, State, Checklist and the log's queries
// return, while others decide and check the same incident and log (run
// with -race). Before, an assessment's contexts and the first
// notification's items were the incident's own.
func TestEditingResultsConcurrently(t *testing.T) {
	inc := plantedIncident(t)
	require.NotEmpty(t, inc.Contexts)
	require.NotEmpty(t, inc.Contexts[0].Adjustments)
	log := breach.Log{inc, inc}
	log[1].ID = "2025-0043"
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	want, err := breach.Policy{}.Decide(inc)
	require.NoError(t, err)
	var wg sync.WaitGroup
	for g := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a := inc.Assessment()
			a.Contexts[0].Adjustments[0].Steps = g
			a.Contexts[0].Types[0] = "x"
			s, err := inc.Severity()
			if err == nil {
				s.Assessment.Contexts[0].Adjustments[0].Steps = -g
			}
			d, err := breach.Policy{}.Decide(inc)
			if err == nil {
				d.Score.Assessment.Contexts[0].Kind = 0
				if len(d.Drivers) > 0 {
					d.Drivers[0] = 0
				}
			}
			if n, ok := inc.FirstNotification(); ok && len(n.Items) > 0 {
				n.Items[0] = 0
			}
			st := inc.State(now)
			if len(st.Processors) > 0 {
				st.Processors[0].Name = "x"
			}
			_ = inc.Checklist(now).Todo()
			for _, rows := range [][]breach.Row{log.Overdue(now), log.Late()} {
				for i := range rows {
					rows[i].ID = "x"
				}
			}
			_ = log.Check(now)
		}()
	}
	wg.Wait()
	after, err := breach.Policy{}.Decide(inc)
	require.NoError(t, err)
	assert.Equal(t, want, after, "no edit of a result reached the incident")
}
