package dpia_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/internal/roundtrip"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// goldenAssessments are the golden JSON documents of the package's record
// type.
var goldenAssessments = []string{"assessment_draft.json", "assessment_started.json"}

// TestGoldenRoundTrip: every golden assessment and the gdprtest sample
// decode, validate and are stored and read back unchanged (roundtrip).
func TestGoldenRoundTrip(t *testing.T) {
	for _, name := range goldenAssessments {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", name))
			require.NoError(t, err)
			_, err = dpia.ParseJSON[dpia.Assessment](data)
			require.NoError(t, err, "the golden document decodes")
			require.NoError(t, roundtrip.Check[dpia.Assessment](data))
		})
	}
	t.Run("gdprtest.DPIA", func(t *testing.T) {
		require.NoError(t, roundtrip.Value(gdprtest.DPIA()))
	})
	t.Run("with an exception and every name", func(t *testing.T) {
		require.NoError(t, roundtrip.Value(markedDPIA()))
	})
}

// TestGoldenMutations mutates the golden assessments deterministically, a
// few thousand times: a value of the document replaced by a hostile one, a
// member dropped, an element repeated, or bytes cut, doubled or changed.
// What fails to decode is an error matching gdpr.ErrInvalid; what decodes
// validates, decides and checks under two policies, renders as Markdown
// (every fourth also as HTML, every twentieth as DOCX) without panicking, and is stored and
// read back unchanged: nothing is accepted that cannot be encoded again.
func TestGoldenMutations(t *testing.T) {
	n := 1000 // per golden document: 2,000 in all
	if testing.Short() || raceEnabled {
		n = 150
	}
	var decoded, rejected int
	for gi, name := range goldenAssessments {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		require.NoError(t, err)
		var doc any
		require.NoError(t, json.Unmarshal(data, &doc))
		rng := rand.New(rand.NewPCG(uint64(gi)+1, 18))
		for i := range n {
			var in []byte
			if i%3 == 2 {
				in = mutateBytes(rng, data)
			} else {
				in, err = json.Marshal(mutateValue(rng, clone(doc)))
				require.NoError(t, err)
			}
			a, err := dpia.ParseJSON[dpia.Assessment](in)
			if err != nil {
				require.True(t, errors.Is(err, gdpr.ErrInvalid), "%s #%d: %v", name, i, err)
				rejected++
				continue
			}
			decoded++
			exercise(t, a)
			var buf bytes.Buffer
			if i%4 == 0 {
				require.NoError(t, a.WriteHTML(&buf, dpia.ReportOptions{Lang: language.English}), "%s #%d", name, i)
			}
			if i%20 == 0 {
				require.NoError(t, a.WriteDOCX(&buf, dpia.ReportOptions{}), "%s #%d", name, i)
			}
			if t.Failed() {
				t.Fatalf("%s mutation #%d: %s", name, i, in)
			}
		}
	}
	t.Logf("%d mutations: %d decoded and passed, %d rejected", decoded+rejected, decoded, rejected)
	require.Positive(t, decoded, "some mutations must decode, or the test exercises nothing")
	require.Positive(t, rejected)
}

// hostileValues are the values a mutation puts in place of one of the document.
var hostileValues = []any{
	nil, true, false, 0.0, -1.0, 1.5, 1e300, 255.0, 256.0, "", " ", "x", "\x00", "\u202e", "<script>", "yes", "no",
	"not_relevant", "approved", "decided", "high_band", "custom:", "custom:x", "2026-02-30", "0000-01-01", "10000-01-01",
	"2026-02-20T12:00:00+24:00", "P9999Y", "P0D", "-P1Y", "severe", "5", "7", "stop", "proceed_on_conditions", "ban",
	[]any{}, []any{"x"}, map[string]any{}, map[string]any{"x": 1.0},
}

// mutateValue changes one node of the decoded document v, chosen at random.
func mutateValue(rng *rand.Rand, v any) any {
	nodes := 0
	walk(v, func(any) { nodes++ })
	target := rng.IntN(nodes)
	k := 0
	var mutate func(any) any
	mutate = func(x any) any {
		if k == target {
			k++
			switch y := x.(type) {
			case map[string]any:
				if len(y) > 0 && rng.IntN(2) == 0 {
					keys := sortedKeys(y)
					delete(y, keys[rng.IntN(len(keys))])
					return y
				}
			case []any:
				if len(y) > 0 && rng.IntN(2) == 0 {
					return append(y, y[rng.IntN(len(y))])
				}
			}
			return hostileValues[rng.IntN(len(hostileValues))]
		}
		k++
		switch y := x.(type) {
		case map[string]any:
			for _, key := range sortedKeys(y) {
				y[key] = mutate(y[key])
			}
		case []any:
			for i := range y {
				y[i] = mutate(y[i])
			}
		}
		return x
	}
	return mutate(v)
}

// walk calls f on every node of v, depth first, members in key order.
func walk(v any, f func(any)) {
	f(v)
	switch y := v.(type) {
	case map[string]any:
		for _, key := range sortedKeys(y) {
			walk(y[key], f)
		}
	case []any:
		for _, e := range y {
			walk(e, f)
		}
	}
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// clone deep-copies a decoded JSON value.
func clone(v any) any {
	switch y := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(y))
		for k, e := range y {
			m[k] = clone(e)
		}
		return m
	case []any:
		s := make([]any, len(y))
		for i, e := range y {
			s[i] = clone(e)
		}
		return s
	}
	return v
}

// mutateBytes cuts, doubles or changes a few bytes of data.
func mutateBytes(rng *rand.Rand, data []byte) []byte {
	out := slices.Clone(data)
	i := rng.IntN(len(out))
	j := min(len(out), i+1+rng.IntN(16))
	switch rng.IntN(4) {
	case 0:
		return slices.Delete(out, i, j)
	case 1:
		return slices.Insert(out, j, out[i:j]...)
	case 2:
		out[i] = byte(rng.IntN(256))
		return out
	}
	// A digit changed: dates, numbers and periods stay well-formed JSON.
	for k := i; k < len(out); k++ {
		if out[k] >= '0' && out[k] <= '9' {
			out[k] = strconv.Itoa(rng.IntN(10))[0]
			break
		}
	}
	return out
}
