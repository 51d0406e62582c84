package risk_test

import (
	"testing"

	"github.com/dkgdpr/gdpr/internal/mutate"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/stretchr/testify/assert"
)

// codes are codes of the package's enumerations, and of a neighbour's,
// that the mutator puts in place of a value, besides mutate.Edges.
var codes = []any{
	"low", "high", "stop", "planned", "implemented", "it_attack", "severe", "expected", "dk-2019.1", "yes",
}

// mutations is the number of variants of each golden document: a few
// thousand in all (a quarter with -short or -race).
func mutations() int {
	if testing.Short() || raceEnabled {
		return 250
	}
	return 1000
}

// runMutations runs mutate.Run on mutations() variants of doc, seeded
// with seed: no panic, and nothing accepted that cannot be stored.
func runMutations[T any](t *testing.T, seed uint64, doc []byte, parse func([]byte) (T, error), check func(*testing.T, T)) int {
	t.Helper()
	return mutate.Run(t, mutate.New(seed, mutate.Stream, codes...), doc, mutations(), parse, check)
}

// TestMutatedGoldenDocuments mutates the golden JSON of each record type
// of the package and runs Validate, Check and every decision on what
// decodes: no panic, and nothing accepted that cannot be stored again.
func TestMutatedGoldenDocuments(t *testing.T) {
	tests := []struct {
		name string
		run  func(t *testing.T) int
	}{
		{"Set", func(t *testing.T) int {
			return runMutations(t, 1, mutate.Golden(t, "set.json"), risk.ParseJSON[risk.Set],
				func(t *testing.T, s risk.Set) { exerciseSet(t, s, risk.Policy{}) })
		}},
		{"Assessment", func(t *testing.T) int {
			return runMutations(t, 2, mutate.Golden(t, "assessment.json"), risk.ParseJSON[risk.Assessment], checkAssessment)
		}},
		{"Policy", func(t *testing.T) int {
			set := risk.Set{Assessments: municipalRisks()}
			return runMutations(t, 3, mutate.Golden(t, "policy_default.json"), risk.ParseJSON[risk.Policy],
				func(t *testing.T, p risk.Policy) { _ = p.Validate(); exerciseSet(t, set, p) })
		}},
		{"Matrix", func(t *testing.T) int {
			as := municipalRisks()
			return runMutations(t, 4, mutate.Golden(t, "matrix_default.json"), risk.ParseJSON[risk.Matrix],
				func(t *testing.T, m risk.Matrix) {
					checkMatrix(t, m)
					exerciseSet(t, risk.Set{Matrix: m, Assessments: as}, risk.Policy{})
				})
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
