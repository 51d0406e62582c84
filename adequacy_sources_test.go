package gdpr_test

import (
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAdequacySources checks the adequacy table's sources against the
// Official Journal (GDPR art. 45(3), 45(8)): the European Patent
// Organisation's and Brazil's decisions by their numbers, and the Data
// Privacy Framework's pending appeal.
func TestAdequacySources(t *testing.T) {
	byID := map[string]gdpr.AdequacyDecision{}
	for _, d := range gdpr.AdequacyDecisions() {
		byID[d.ID] = d
	}
	for id, instrument := range map[string]string{
		"epo_2025": "Commission Implementing Decision (EU) 2025/1382 of 15 July 2025",
		"br_2026":  "Commission Implementing Decision (EU) 2026/179 of 26 January 2026",
		"us_2023":  "Commission Implementing Decision (EU) 2023/1795 of 10 July 2023",
	} {
		require.Contains(t, byID, id)
		assert.Contains(t, byID[id].Instrument, instrument, id)
	}
	us := byID["us_2023"]
	assert.Contains(t, us.Appeal.En, "C-703/25 P", "Latombe v Commission, on appeal from T-553/23")
	assert.Contains(t, us.Appeal.Da, "C-703/25 P")
	for id, d := range byID {
		if id != "us_2023" {
			assert.Zero(t, d.Appeal, "%s has no pending appeal", id)
		}
	}
}
