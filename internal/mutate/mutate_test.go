package mutate_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/mutate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const golden = `{"id":"a-1","level":"low","items":[{"n":1},{"n":2}],"note":"x"}`

func variants(m *mutate.Mutator, doc []byte, n int) [][]byte {
	var out [][]byte
	for _, v := range m.Documents(doc, n) {
		out = append(out, v)
	}
	return out
}

// TestDeterministic: the same seeds give the same variants, other seeds
// other variants, and the document itself is never changed.
func TestDeterministic(t *testing.T) {
	doc := []byte(golden)
	a := variants(mutate.New(1, mutate.Stream), doc, 200)
	b := variants(mutate.New(1, mutate.Stream), doc, 200)
	c := variants(mutate.New(2, mutate.Stream), doc, 200)
	assert.Equal(t, a, b)
	assert.NotEqual(t, a, c)
	assert.Len(t, a, 200)
	assert.Equal(t, golden, string(doc))
}

// TestKinds: among a thousand variants are each kind of mutation the
// package promises.
func TestKinds(t *testing.T) {
	doc := []byte(golden)
	vs := variants(mutate.New(3, mutate.Stream, "high", []any{"x", "x"}), doc, 1000)
	valid, invalid := 0, 0
	for _, v := range vs {
		if json.Valid(v) {
			valid++
		} else {
			invalid++
		}
	}
	tests := []struct {
		name string
		ok   func([]byte) bool
	}{
		{"changed", func(v []byte) bool { return !bytes.Equal(v, doc) }},
		{"duplicate member", func(v []byte) bool { return strings.Count(string(v), `"id":`) > 1 }},
		{"member renamed", func(v []byte) bool {
			return strings.Contains(string(v), `"Id":`) || strings.Contains(string(v), `"idx":`)
		}},
		{"member deleted", func(v []byte) bool { return json.Valid(v) && !strings.Contains(string(v), `"note"`) }},
		{"array emptied", func(v []byte) bool { return strings.Contains(string(v), `"items":[]`) }},
		{"type swapped", func(v []byte) bool { return strings.Contains(string(v), `"array"`) }},
		{"generic edge value", func(v []byte) bool { return strings.Contains(string(v), `"070761-4285"`) }},
		{"extra edge value", func(v []byte) bool { return strings.Contains(string(v), `"high"`) }},
		{"extra edge array", func(v []byte) bool { return strings.Contains(string(v), `["x","x"]`) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.True(t, slices.ContainsFunc(vs, tt.ok))
		})
	}
	assert.Positive(t, valid, "some variants stay JSON")
	assert.Positive(t, invalid, "some variants are not JSON")
}

// TestNewRejectsUnencodable: an extra edge value that JSON cannot carry is
// a mistake in the test that passes it.
func TestNewRejectsUnencodable(t *testing.T) {
	assert.Panics(t, func() { mutate.New(1, 1, func() {}) })
}

// TestRun: Run counts what the strict decoder accepts, and hands it and what
// encoding/json decodes to check.
func TestRun(t *testing.T) {
	type rec struct {
		ID    string `json:"id"`
		Level string `json:"level"`
	}
	strict := func(b []byte) (rec, error) {
		var r rec
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&r); err != nil || r.ID == "" {
			return rec{}, fmt.Errorf("%w: not a record", gdpr.ErrInvalid)
		}
		return r, nil
	}
	checked := 0
	accepted := mutate.Run(t, mutate.New(4, mutate.Stream), []byte(`{"id":"a","level":"low"}`), 300, strict,
		func(*testing.T, rec) { checked++ })
	assert.Positive(t, accepted)
	assert.Less(t, accepted, 300)
	assert.GreaterOrEqual(t, checked, accepted)
	_, err := strict([]byte(`{`))
	require.True(t, errors.Is(err, gdpr.ErrInvalid))
}

// TestGolden reads a document of the package's testdata directory.
func TestGolden(t *testing.T) {
	b := mutate.Golden(t, "doc.json")
	assert.True(t, json.Valid(b))
}

// TestDecodeAndStored: Decode decodes what encoding/json accepts and
// reports what it does not; Stored passes a storable value and skips an
// invalid one.
func TestDecodeAndStored(t *testing.T) {
	type rec struct {
		ID string `json:"id"`
	}
	tests := []struct {
		name string
		doc  string
		ok   bool
	}{
		{"record", `{"id":"a"}`, true},
		{"unknown member", `{"id":"a","x":1}`, true},
		{"wrong type", `{"id":1}`, false},
		{"not JSON", `{"id":`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, ok := mutate.Decode[rec](t, tt.name, []byte(tt.doc))
			assert.Equal(t, tt.ok, ok)
			if ok {
				assert.Equal(t, "a", v.ID)
			}
			mutate.Stored(t, tt.name, v, ok)
			mutate.Stored(t, tt.name, func() {}, false)
		})
	}
}
