package screening_test

import (
	"testing"

	"github.com/dkgdpr/gdpr/internal/mutate"
	"github.com/dkgdpr/gdpr/screening"
	"github.com/stretchr/testify/assert"
)

// codes are codes of the package's enumerations, and of a neighbour's,
// that the mutator puts in place of a value, besides mutate.Edges.
var codes = []any{
	"yes", "no", "partly", "dont_know", "decline", "perform", "large_scale", "sensitive_data", "cctv", "health", "high",
}

// mutations is the number of variants of each golden document: a few
// thousand in all (a quarter with -short or -race).
func mutations() int {
	if testing.Short() || raceEnabled {
		return 300
	}
	return 1200
}

// runMutations runs mutate.Run on mutations() variants of doc, seeded
// with seed: no panic, and nothing accepted that cannot be stored.
func runMutations[T any](t *testing.T, seed uint64, doc []byte, parse func([]byte) (T, error), check func(*testing.T, T)) int {
	t.Helper()
	return mutate.Run(t, mutate.New(seed, mutate.Stream, codes...), doc, mutations(), parse, check)
}

// TestMutatedGoldenDocuments mutates the golden JSON of each record type
// of the package (a screening, the facts of a processing, a policy) and
// runs Validate, Assess, Check, Suggest, Prefill and Disagreements on what
// decodes: no panic, and nothing accepted that cannot be stored again.
func TestMutatedGoldenDocuments(t *testing.T) {
	facts := homeCareFacts()
	tests := []struct {
		name string
		run  func(t *testing.T) int
	}{
		{"Screening", func(t *testing.T) int {
			return runMutations(t, 1, mutate.Golden(t, "screening.json"), screening.ParseJSON[screening.Screening], checkScreening)
		}},
		{"Facts", func(t *testing.T) int {
			return runMutations(t, 2, mutate.Golden(t, "facts.json"), screening.ParseJSON[screening.Facts],
				func(t *testing.T, f screening.Facts) { checkFacts(t, f, screening.Policy{}) })
		}},
		{"Policy", func(t *testing.T) int {
			return runMutations(t, 3, mutate.Golden(t, "policy.json"), screening.ParseJSON[screening.Policy],
				func(t *testing.T, p screening.Policy) { checkFacts(t, facts, p) })
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			accepted := tt.run(t)
			t.Logf("%d of %d variants decode strictly", accepted, mutations())
			assert.Positive(t, accepted, "some variants decode, so the checks run")
			assert.Less(t, accepted, mutations(), "some variants are rejected")
		})
	}
}
