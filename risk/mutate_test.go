package risk_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/roundtrip"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/stretchr/testify/assert"
)

// The mutator of the mutation tests: it turns a golden JSON document into
// deterministic variants (math/rand/v2's PCG with a fixed seed) by byte
// flips, deletions and duplications of a span, and by edits of the
// document's tree that keep it JSON: a member deleted, duplicated (the
// same key twice) or renamed to another case, an array element deleted
// or duplicated, an array emptied, a value swapped for one of another JSON
// type, and a string or number replaced by an edge value.

// jnode is a JSON value that keeps the order of members and duplicates.
type jnode struct {
	kind    byte // '{', '[' or 0 for a scalar
	keys    []string
	members []*jnode // object members or array elements
	raw     string   // a scalar's JSON text
}

// parseJSON parses data into a tree; ok is false for invalid JSON.
func parseJSON(data []byte) (*jnode, bool) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	n, ok := parseNode(dec)
	return n, ok
}

func parseNode(dec *json.Decoder) (*jnode, bool) {
	tok, err := dec.Token()
	if err != nil {
		return nil, false
	}
	switch t := tok.(type) {
	case json.Delim:
		n := &jnode{kind: byte(t)}
		for dec.More() {
			if n.kind == '{' {
				k, err := dec.Token()
				if err != nil {
					return nil, false
				}
				n.keys = append(n.keys, k.(string))
			}
			m, ok := parseNode(dec)
			if !ok {
				return nil, false
			}
			n.members = append(n.members, m)
		}
		if _, err := dec.Token(); err != nil {
			return nil, false
		}
		return n, true
	default:
		b, _ := json.Marshal(t)
		return &jnode{raw: string(b)}, true
	}
}

func (n *jnode) encode(b *strings.Builder) {
	switch n.kind {
	case '{':
		b.WriteByte('{')
		for i, m := range n.members {
			if i > 0 {
				b.WriteByte(',')
			}
			k, _ := json.Marshal(n.keys[i])
			b.Write(k)
			b.WriteByte(':')
			m.encode(b)
		}
		b.WriteByte('}')
	case '[':
		b.WriteByte('[')
		for i, m := range n.members {
			if i > 0 {
				b.WriteByte(',')
			}
			m.encode(b)
		}
		b.WriteByte(']')
	default:
		b.WriteString(n.raw)
	}
}

func (n *jnode) clone() *jnode {
	c := &jnode{kind: n.kind, raw: n.raw, keys: append([]string(nil), n.keys...)}
	for _, m := range n.members {
		c.members = append(c.members, m.clone())
	}
	return c
}

// all returns every node of the tree.
func (n *jnode) all(out []*jnode) []*jnode {
	out = append(out, n)
	for _, m := range n.members {
		out = m.all(out)
	}
	return out
}

// edgeValues are values a decoder or validator may mishandle: wrong types,
// empty and blank texts, control characters, codes of other fields, out of
// range numbers and dates, a large text.
var edgeValues = []string{
	`null`, `true`, `0`, `-1`, `1`, `4`, `5`, `6`, `7`, `255`, `256`, `1e309`, `9223372036854775808`, `0.5`, `"3"`, `"9"`,
	`""`, `" "`, `"\u0000"`, `"a\u0001b"`, `"\ud800"`, `"x"`, `"Markus Markersen"`, `"070761-4285"`,
	`"custom:"`, `"custom: x"`, `"custom:x"`, `"low"`, `"high"`, `"stop"`, `"planned"`, `"implemented"`, `"it_attack"`,
	`"severe"`, `"expected"`, `"yes"`, `"dont_know"`, `"decline"`, `"dk-2019.1"`, `"cctv"`, `"health"`,
	`"2026-02-30"`, `"2026-01-01"`, `"0000-01-01"`, `"9999-12-31"`, `"2026-01-01T00:00:00+24:00"`,
	`[]`, `{}`, `[null]`, `[[]]`, `{"da":""}`, `"` + strings.Repeat("x", 300) + `"`,
}

// mutate returns a variant of doc made by one to three mutations.
func mutate(r *rand.Rand, doc []byte) []byte {
	out := doc
	for range 1 + r.IntN(3) {
		if r.IntN(3) == 0 {
			out = mutateBytes(r, out)
		} else if tree, ok := parseJSON(out); ok {
			mutateTree(r, tree)
			var b strings.Builder
			tree.encode(&b)
			out = []byte(b.String())
		} else {
			out = mutateBytes(r, out)
		}
	}
	return out
}

func mutateBytes(r *rand.Rand, doc []byte) []byte {
	if len(doc) == 0 {
		return []byte(edgeValues[r.IntN(len(edgeValues))])
	}
	out := append([]byte(nil), doc...)
	i := r.IntN(len(out))
	n := 1 + r.IntN(min(8, len(out)-i))
	switch r.IntN(4) {
	case 0: // flip a bit
		out[i] ^= 1 << r.IntN(8)
	case 1: // replace with a JSON-significant byte
		const significant = `{}[]",:0-e \`
		out[i] = significant[r.IntN(len(significant))]
	case 2: // delete a span
		out = append(out[:i], out[i+n:]...)
	default: // duplicate a span
		out = append(out[:i+n], append(append([]byte(nil), out[i:i+n]...), out[i+n:]...)...)
	}
	return out
}

func mutateTree(r *rand.Rand, root *jnode) {
	nodes := root.all(nil)
	n := nodes[r.IntN(len(nodes))]
	switch r.IntN(7) {
	case 0, 1: // replace the value with an edge value
		v, _ := parseJSON([]byte(edgeValues[r.IntN(len(edgeValues))]))
		*n = *v
	case 2: // delete a member or element
		if len(n.members) > 0 {
			i := r.IntN(len(n.members))
			n.members = append(n.members[:i], n.members[i+1:]...)
			if n.kind == '{' {
				n.keys = append(n.keys[:i], n.keys[i+1:]...)
			}
		}
	case 3: // duplicate a member (the same key twice) or an element
		if len(n.members) > 0 {
			i := r.IntN(len(n.members))
			n.members = append(n.members, n.members[i].clone())
			if n.kind == '{' {
				n.keys = append(n.keys, n.keys[i])
			}
		}
	case 4: // rename a member: another case, or unknown
		if n.kind == '{' && len(n.keys) > 0 {
			i := r.IntN(len(n.keys))
			switch k := n.keys[i]; r.IntN(3) {
			case 0:
				n.keys[i] = strings.ToUpper(k[:min(1, len(k))]) + k[min(1, len(k)):]
			case 1:
				n.keys[i] = k + "x"
			default:
				n.keys[i] = strings.ToLower(k)
			}
		}
	case 5: // swap the type: a scalar into an array or object, and back
		switch n.kind {
		case 0:
			*n = jnode{kind: '[', members: []*jnode{{raw: n.raw}}}
		case '[':
			*n = jnode{raw: strconv.Quote("array")}
		default:
			*n = jnode{kind: '[', members: n.members}
		}
	default: // empty a container
		n.members, n.keys = nil, nil
	}
}

// goldenDoc reads a golden file of the package.
func goldenDoc(name string) []byte {
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		panic(err)
	}
	return b
}

// mutations is the number of variants of each golden document: a few
// thousand in all (a quarter with -short or -race).
func mutations() int {
	if testing.Short() || raceEnabled {
		return 250
	}
	return 1000
}

// runMutations decodes mutations of doc strictly and leniently and hands
// what decodes to check, which runs Validate, Check and every decision.
// Whatever the strict decoder accepts must be storable. A panic fails the
// test with the input. It returns how many variants decoded strictly.
func runMutations[T any](t *testing.T, seed uint64, doc []byte, parse func([]byte) (T, error), check func(*testing.T, T)) int {
	t.Helper()
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	accepted := 0
	for i := range mutations() {
		in := mutate(r, doc)
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Fatalf("variant %d panics: %v\n%s", i, p, in)
				}
			}()
			if v, err := parse(in); err == nil {
				accepted++
				if err := roundtrip.Value(v); err != nil {
					t.Fatalf("variant %d was accepted, but %v\n%s", i, err, in)
				}
				check(t, v)
			} else if !errors.Is(err, gdpr.ErrInvalid) {
				t.Fatalf("variant %d: error %v does not wrap gdpr.ErrInvalid", i, err)
			}
			var lenient T
			if json.Unmarshal(in, &lenient) == nil {
				check(t, lenient)
			}
		}()
	}
	return accepted
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
			return runMutations(t, 1, goldenDoc("set.json"), risk.ParseJSON[risk.Set],
				func(t *testing.T, s risk.Set) { exerciseSet(t, s, risk.Policy{}) })
		}},
		{"Assessment", func(t *testing.T) int {
			return runMutations(t, 2, goldenDoc("assessment.json"), risk.ParseJSON[risk.Assessment], checkAssessment)
		}},
		{"Policy", func(t *testing.T) int {
			set := risk.Set{Assessments: municipalRisks()}
			return runMutations(t, 3, goldenDoc("policy_default.json"), risk.ParseJSON[risk.Policy],
				func(t *testing.T, p risk.Policy) { _ = p.Validate(); exerciseSet(t, set, p) })
		}},
		{"Matrix", func(t *testing.T) int {
			as := municipalRisks()
			return runMutations(t, 4, goldenDoc("matrix_default.json"), risk.ParseJSON[risk.Matrix],
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
