package overview_test

import (
	"encoding/json"
	"errors"
	"strconv"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/internal/mutate"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestInvalidAsValidate: Build reports overview.invalid on a record, an
// agreement, a request, a breach and a risk assessment exactly where the
// piece's own Validate finds a problem, in Validate's order, though it
// validates a piece only when the package's check (ropa.Record.Check,
// dpa.Agreement.Check, rights.Policy.Check, breach.Policy.Check,
// risk.Set.Check) reports it invalid. Over 1,000 deterministic mutations of the clean and
// the broken municipality.
func TestInvalidAsValidate(t *testing.T) {
	const n = 500 // fewer make no invalid record
	areas := []overview.Area{overview.Records, overview.Agreements, overview.Requests, overview.Breaches, overview.Risks}
	invalidSeen := map[overview.Area]int{}
	for k, base := range []overview.Municipality{clean(), broken()} {
		doc, err := json.Marshal(base)
		require.NoError(t, err)
		mu := mutate.New(35, uint64(k), interesting...)
		for i := range n {
			mutated := mu.Mutate(doc)
			var m overview.Municipality
			if json.Unmarshal(mutated, &m) != nil || m.Policy.Validate() != nil {
				continue
			}
			r, err := overview.Build(m, gdprtest.Now(), 30)
			require.NoError(t, err)
			want := map[overview.Area][]string{}
			expect := func(a overview.Area, field string, j int, err error) {
				var ps gdpr.Problems
				if !errors.As(err, &ps) && err != nil {
					ps = gdpr.Problems{{}}
				}
				for _, p := range ps {
					want[a] = append(want[a], gdpr.JoinPath(field+"["+strconv.Itoa(j)+"]", p.Path))
				}
			}
			for j := range m.Records {
				expect(overview.Records, "records", j, m.Records[j].Validate())
			}
			for j := range m.Agreements {
				expect(overview.Agreements, "agreements", j, m.Agreements[j].Validate())
			}
			for j := range m.Requests {
				expect(overview.Requests, "requests", j, m.Requests[j].Validate())
			}
			for j := range m.Breaches {
				expect(overview.Breaches, "breaches", j, m.Breaches[j].Validate())
			}
			for j := range m.Risks {
				expect(overview.Risks, "risks", j, m.Risks[j].Validate())
			}
			got := map[overview.Area][]string{}
			for _, f := range append(r.Findings, r.Templates...) {
				if f.Rule == "overview.invalid" {
					got[f.Area] = append(got[f.Area], f.Path)
				}
			}
			for _, a := range areas {
				assert.Equal(t, want[a], got[a], "mutation %d of municipality %d, %v: %s", i, k, a, mutated)
				invalidSeen[a] += len(want[a])
			}
		}
	}
	for _, a := range areas {
		assert.Positive(t, invalidSeen[a], "no mutation made an invalid piece of %v: the test tests nothing there", a)
	}
}
