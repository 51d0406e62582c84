// Package mutate turns a golden JSON document into deterministic variants
// for the mutation tests of the record packages.
//
// A [Mutator] draws from math/rand/v2's PCG with fixed seeds, so a run is
// repeatable and a failure names its variant. Each variant is made by one
// to three mutations: byte flips, replacements with JSON-significant bytes,
// deletions and duplications of a span, and edits of the document's tree
// that keep it JSON: a member deleted, duplicated (the same key twice) or
// renamed to another case, an array element deleted or duplicated, a
// container emptied, a value swapped for one of another JSON type, and a
// value replaced by an edge value ([Edges] and the package's own codes).
//
// A package keeps what it runs on a decoded variant; [Run] is the common
// loop for a strict decoder:
//
//	m := mutate.New(1, mutate.Stream, "low", "high") // the package's codes
//	accepted := mutate.Run(t, m, golden, 1000, risk.ParseJSON[risk.Set], check)
package mutate

import (
	"bytes"
	"encoding/json"
	"errors"
	"iter"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/roundtrip"
)

// Stream is the second PCG seed of [New] when a test has one document per
// first seed.
const Stream = 0x5eed

// Edges are the values, as JSON text, that a decoder or validator may
// mishandle: wrong types, empty and blank texts, control characters and a
// lone surrogate, personal data, out of range numbers, days and instants
// (offsets of 24 hours, years beyond 9999, days no calendar has), nested
// containers and a large text. A package adds the codes of its fields.
var Edges = []string{
	`null`, `true`, `0`, `-1`, `1`, `4`, `5`, `6`, `7`, `255`, `256`, `1e309`, `9223372036854775808`, `0.5`, `"3"`, `"9"`,
	`""`, `" "`, `"\u0000"`, `"a\u0001b"`, `"\ud800"`, `"x"`, `"Markus Markersen"`, `"070761-4285"`,
	`"custom:"`, `"custom: x"`, `"custom:x"`,
	`"2026-02-30"`, `"2026-01-01"`, `"0000-01-01"`, `"9999-12-31"`, `"2026-01-01T00:00:00+24:00"`,
	`"2025-03-28T14:30:00+24:00"`, `"2025-03-28T14:30:00-23:59"`, `"2025-03-28T14:30:00+01:60"`, `"0000-01-01T00:00:00Z"`,
	`"9999-12-31T23:59:59Z"`, `"9999-12-31T23:59:59-23:59"`, `"10000-01-01T00:00:00Z"`, `"2025-03-28T14:30:00"`,
	`"2018-05-24T23:59:59+02:00"`, `"2025-02-30T10:00:00+01:00"`, `"1850-06-01T12:00:00+00:50"`,
	`[]`, `{}`, `[null]`, `[[]]`, `{"da":""}`, `"` + strings.Repeat("x", 300) + `"`,
}

// Mutator makes deterministic variants of JSON documents.
type Mutator struct {
	r     *rand.Rand
	edges []string
}

// New returns a Mutator drawing from PCG(seed, stream) whose edge values
// are [Edges] and then extra, each encoded with encoding/json (a string is
// a JSON string, a []any an array). It panics on a value that does not
// encode, which is a mistake in the calling test.
func New(seed, stream uint64, extra ...any) *Mutator {
	edges := append([]string(nil), Edges...)
	for _, v := range extra {
		b, err := json.Marshal(v)
		if err != nil {
			panic("mutate: edge value does not encode: " + err.Error())
		}
		edges = append(edges, string(b))
	}
	return &Mutator{r: rand.New(rand.NewPCG(seed, stream)), edges: edges}
}

// Mutate returns a variant of doc made by one to three mutations. doc is
// not changed.
func (m *Mutator) Mutate(doc []byte) []byte {
	out := doc
	for range 1 + m.r.IntN(3) {
		if m.r.IntN(3) == 0 {
			out = m.mutateBytes(out)
		} else if tree, ok := parse(out); ok {
			m.mutateTree(tree)
			var b strings.Builder
			tree.encode(&b)
			out = []byte(b.String())
		} else {
			out = m.mutateBytes(out)
		}
	}
	return out
}

// Documents yields n variants of doc with their index.
func (m *Mutator) Documents(doc []byte, n int) iter.Seq2[int, []byte] {
	return func(yield func(int, []byte) bool) {
		for i := range n {
			if !yield(i, m.Mutate(doc)) {
				return
			}
		}
	}
}

// Run decodes n variants of doc with parse (a package's strict decoder)
// and with encoding/json, and hands what decodes to check, which runs the
// package's validators and decisions. What parse accepts must be storable
// (roundtrip.Value); what it rejects must fail with an error matching
// gdpr.ErrInvalid; a panic fails the test with the variant. Run returns
// how many variants parse accepted.
func Run[T any](t *testing.T, m *Mutator, doc []byte, n int, parse func([]byte) (T, error), check func(*testing.T, T)) int {
	t.Helper()
	accepted := 0
	for i, in := range m.Documents(doc, n) {
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

// Golden reads the golden document name from the testdata directory of
// the package under test, failing the test if it cannot.
func Golden(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatalf("golden document: %v", err)
	}
	return b
}

// Decode is the first step for a variant doc of a record type T: what
// the package's strict decoder accepts must be storable
// (roundtrip.Check, which fails t with where), and the variant is then
// decoded leniently with encoding/json, as a caller that skips the strict
// decoder would; ok is false when encoding/json rejects it.
func Decode[T any](t *testing.T, where string, doc []byte) (v T, ok bool) {
	t.Helper()
	if err := roundtrip.Check[T](doc); err != nil {
		t.Fatalf("%s: %v", where, err)
	}
	return v, json.Unmarshal(doc, &v) == nil
}

// Stored fails t, naming where, when v is valid but cannot be stored:
// encoded with encoding/json and decoded back to the same value.
func Stored[T any](t *testing.T, where string, v T, valid bool) {
	t.Helper()
	if !valid {
		return
	}
	if err := roundtrip.Value(v); err != nil {
		t.Fatalf("%s: valid, but %v", where, err)
	}
}

func (m *Mutator) edge() string { return m.edges[m.r.IntN(len(m.edges))] }

func (m *Mutator) mutateBytes(doc []byte) []byte {
	r := m.r
	if len(doc) == 0 {
		return []byte(m.edge())
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

func (m *Mutator) mutateTree(root *node) {
	r := m.r
	nodes := root.all(nil)
	n := nodes[r.IntN(len(nodes))]
	switch r.IntN(7) {
	case 0, 1: // replace the value with an edge value
		v, _ := parse([]byte(m.edge()))
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
			*n = node{kind: '[', members: []*node{{raw: n.raw}}}
		case '[':
			*n = node{raw: strconv.Quote("array")}
		default:
			*n = node{kind: '[', members: n.members}
		}
	default: // empty a container
		n.members, n.keys = nil, nil
	}
}

// node is a JSON value that keeps the order of members and duplicates.
type node struct {
	kind    byte // '{', '[' or 0 for a scalar
	keys    []string
	members []*node // object members or array elements
	raw     string  // a scalar's JSON text
}

// parse parses data into a tree; ok is false for invalid JSON.
func parse(data []byte) (*node, bool) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	return parseNode(dec)
}

func parseNode(dec *json.Decoder) (*node, bool) {
	tok, err := dec.Token()
	if err != nil {
		return nil, false
	}
	switch t := tok.(type) {
	case json.Delim:
		n := &node{kind: byte(t)}
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
		return &node{raw: string(b)}, true
	}
}

func (n *node) encode(b *strings.Builder) {
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

func (n *node) clone() *node {
	c := &node{kind: n.kind, raw: n.raw, keys: append([]string(nil), n.keys...)}
	for _, m := range n.members {
		c.members = append(c.members, m.clone())
	}
	return c
}

// all returns every node of the tree.
func (n *node) all(out []*node) []*node {
	out = append(out, n)
	for _, m := range n.members {
		out = m.all(out)
	}
	return out
}
