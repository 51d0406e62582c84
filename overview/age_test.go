package overview_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr/overview"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Build does the same work for requests received in 2018 whether now is
// 2028 or 2060: the same requests fall due, with the same allocations
// (the working days are counted by package rights from a table; see its
// TestCountsFrom2018To2100AreLookups). No timing: a quick check of work.
func TestBuildIsFlatInTheAgeOfRequests(t *testing.T) {
	cph, err := time.LoadLocation("Europe/Copenhagen")
	require.NoError(t, err)
	m := overview.Municipality{Name: "Aldrende Kommune"}
	for i := range 200 {
		m.Requests = append(m.Requests, overview.Request{Request: rights.Request{ID: "R-" + strconv.Itoa(i),
			Kind: rights.Access, ReceivedAt: time.Date(2018, 6, 1, 10, i%24, 0, 0, cph)}})
	}
	var dues []int
	var allocs []float64
	for _, year := range []int{2028, 2060} {
		now := time.Date(year, 6, 1, 9, 0, 0, 0, cph)
		r, err := overview.Build(m, now, 30)
		require.NoError(t, err)
		dues = append(dues, len(r.Overdue))
		allocs = append(allocs, testing.AllocsPerRun(3, func() { _, _ = overview.Build(m, now, 30) }))
	}
	assert.Equal(t, dues[0], dues[1])
	assert.Positive(t, dues[0])
	assert.InEpsilon(t, allocs[0], allocs[1], 0.01, "the same allocations, give or take a formatted number")
}
