package schemagen

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Synthetic types for the generator's rules.

type level uint8

var levelCodes = [...]string{"", "low", "high"}

func (l level) MarshalText() ([]byte, error) {
	if l == 0 {
		return []byte{}, nil
	}
	if int(l) >= len(levelCodes) {
		return nil, errors.New("invalid level")
	}
	return []byte(levelCodes[l]), nil
}

func (l *level) UnmarshalText(b []byte) error {
	for i, c := range levelCodes {
		if c == string(b) {
			*l = level(i)
			return nil
		}
	}
	return errors.New("unknown level")
}

type base struct {
	Name string `json:"name"`
	Note string `json:"note,omitempty"`
}

type node struct {
	base
	Level    level            `json:"level"`
	Optional level            `json:"optional,omitempty"`
	When     time.Time        `json:"when,omitzero"`
	Day      gdpr.Date        `json:"day,omitzero"`
	Took     time.Duration    `json:"took"`
	Tags     []string         `json:"tags"`
	Extra    []string         `json:"extra,omitempty"`
	Counts   map[level]int    `json:"counts,omitempty"`
	Names    map[string]bool  `json:"names"`
	Numbers  map[int]string   `json:"numbers,omitempty"`
	Child    *node            `json:"child,omitempty"`
	Children []node           `json:"children,omitempty"`
	Inline   struct{ A int }  `json:"inline,omitempty"` // omitempty has no effect on a struct
	Matrix   risk.Matrix      `json:"matrix"`
	Skipped  string           `json:"-"`
	Untagged bool             // no tag: the Go name is the JSON name
	hidden   int              // unexported: not written
	Fixed    [2]int           `json:"fixed"`
	Ratio    float64          `json:"ratio,omitempty"`
	Byte     uint8            `json:"byte,omitempty"`
	Nested   map[string][]int `json:"nested,omitempty"`
}

func generateFor(t *testing.T, typ reflect.Type) *Schema {
	t.Helper()
	g := &generator{docs: docs{}, used: map[string]bool{}}
	s, err := g.document(Document{File: "test.schema.json", Type: typ})
	require.NoError(t, err)
	return s
}

func property(t *testing.T, s *Schema, name string) *Schema {
	t.Helper()
	for _, p := range s.Properties {
		if p.Name == name {
			return p.Schema
		}
	}
	t.Fatalf("no member %q", name)
	return nil
}

func TestStructRules(t *testing.T) {
	s := generateFor(t, reflect.TypeFor[node]())
	var names []string
	for _, p := range s.Properties {
		names = append(names, p.Name)
	}
	assert.Equal(t, []string{"name", "note", "level", "optional", "when", "day", "took", "tags", "extra", "counts", "names",
		"numbers", "child", "children", "inline", "matrix", "Untagged", "fixed", "ratio", "byte", "nested"}, names,
		"in field order, embedded fields promoted, \"-\" and unexported fields left out, an untagged field by its Go name")
	assert.Equal(t, []string{"name", "level", "took", "tags", "names", "inline", "matrix", "Untagged", "fixed"}, s.Required,
		"required: neither omitzero nor an omitempty that has effect")
	assert.Equal(t, false, s.AdditionalProperties, "closed")

	assert.Equal(t, "#/$defs/schemagen.level", property(t, s, "level").Ref)
	assert.Equal(t, []string{"low", "high"}, s.Defs["schemagen.level"].Enum, "codes from MarshalText, zero left out")
	assert.Equal(t, "date-time", property(t, s, "when").Format)
	assert.Equal(t, "#/$defs/gdpr.Date", property(t, s, "day").Ref)
	assert.Equal(t, "date", s.Defs["gdpr.Date"].Format)
	assert.Equal(t, "integer", property(t, s, "took").Type, "a duration is nanoseconds")
	assert.Equal(t, []string{"array", "null"}, property(t, s, "tags").Type, "a nil slice that is always written is null")
	assert.Equal(t, "array", property(t, s, "extra").Type, "an omitempty slice is never null")
	assert.Equal(t, "#/$defs/schemagen.level", property(t, s, "counts").PropertyNames.Ref, "enumeration keys are codes")
	assert.Equal(t, []string{"object", "null"}, property(t, s, "names").Type)
	assert.Equal(t, "^-?[0-9]+$", property(t, s, "numbers").PropertyNames.Pattern)
	child := property(t, s, "child")
	require.Len(t, child.AnyOf, 2, "a pointer is nullable")
	assert.Equal(t, "#", child.AnyOf[0].Ref, "the root type refers to the document")
	assert.Equal(t, "null", child.AnyOf[1].Type)
	assert.Equal(t, "#", property(t, s, "children").Items.Ref)
	matrix := property(t, s, "matrix")
	require.Len(t, matrix.AnyOf, 2, "a zero matrix is null when it is always written")
	assert.Equal(t, "#/$defs/risk.Matrix", matrix.AnyOf[0].Ref)
	assert.Equal(t, "object", s.Defs["risk.Matrix"].Type, "a matrix has its spec's shape")
	assert.Equal(t, "number", property(t, s, "ratio").Type)
	assert.Equal(t, ptr[uint64](255), property(t, s, "byte").Maximum)
}

// A document validates what encoding/json writes for the type, both the
// zero value and a full one.
func TestSyntheticRoundTrip(t *testing.T) {
	s := generateFor(t, reflect.TypeFor[node]())
	b, err := Encode(s)
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	require.NoError(t, err)
	require.NoError(t, c.AddResource(BaseID+"test.schema.json", doc))
	sch, err := c.Compile(BaseID + "test.schema.json")
	require.NoError(t, err)

	full := node{
		base:  base{Name: "n", Note: "x"},
		Level: 1, Optional: 2, When: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC), Day: gdpr.MustParseDate("2025-01-02"),
		Took: time.Hour, Tags: []string{"a"}, Extra: []string{"b"}, Counts: map[level]int{1: 2}, Names: map[string]bool{"x": true},
		Numbers: map[int]string{-1: "m"}, Child: &node{base: base{Name: "c"}, Level: 2}, Children: []node{{Level: 1}},
		Matrix: risk.DefaultMatrix(), Untagged: true, Fixed: [2]int{1, 2}, Ratio: 0.5, Byte: 7, Nested: map[string][]int{"k": {1}},
	}
	for name, v := range map[string]node{"zero": {}, "full": full} {
		j, err := json.Marshal(v)
		require.NoError(t, err)
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(j))
		require.NoError(t, err)
		if name == "zero" {
			// The zero value writes "" for the unset level, which is not a
			// code: a required enumeration must be set.
			assert.Error(t, sch.Validate(inst), name)
			continue
		}
		assert.NoError(t, sch.Validate(inst), "%s: %s", name, j)
	}
}

type withMarshalJSON struct{ A int }

func (withMarshalJSON) MarshalJSON() ([]byte, error) { return []byte(`1`), nil }

type textString string

func (t textString) MarshalText() ([]byte, error) { return []byte(t), nil }

type named struct {
	X string `json:"x"`
}

// twoNames has two members named x; encoding/json would keep the shallower.
type twoNames struct {
	named
	A string `json:"x"`
}

type stringOption struct {
	N int `json:"n,string"`
}

type withAny struct {
	V any `json:"v"`
}

// The generator fails, naming the type, on what it cannot describe
// faithfully, rather than guessing.
func TestGeneratorRefuses(t *testing.T) {
	tests := []struct {
		name string
		typ  reflect.Type
	}{
		{"a MarshalJSON without a known shape", reflect.TypeFor[struct {
			X withMarshalJSON `json:"x"`
		}]()},
		{"a text type that is no uint8 enumeration and not listed", reflect.TypeFor[struct {
			X textString `json:"x"`
		}]()},
		{"two members with one name", reflect.TypeFor[twoNames]()},
		{"the ,string option", reflect.TypeFor[stringOption]()},
		{"an interface", reflect.TypeFor[withAny]()},
		{"bytes as base64", reflect.TypeFor[struct {
			B []byte `json:"b"`
		}]()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := &generator{docs: docs{}, used: map[string]bool{}}
			_, err := g.document(Document{File: "x.schema.json", Type: tt.typ})
			assert.Error(t, err)
		})
	}
}

// A CPR number is written redacted and read in full; its pattern takes both.
func TestCPRPattern(t *testing.T) {
	type person struct {
		CPR gdpr.CPR `json:"cpr,omitzero"`
	}
	s := generateFor(t, reflect.TypeFor[person]())
	b, err := Encode(s)
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	require.NoError(t, err)
	require.NoError(t, c.AddResource(BaseID+"p.schema.json", doc))
	sch, err := c.Compile(BaseID + "p.schema.json")
	require.NoError(t, err)

	cpr, err := gdpr.ParseCPR("0102031234")
	require.NoError(t, err)
	written, err := json.Marshal(person{CPR: cpr})
	require.NoError(t, err)
	assert.JSONEq(t, `{"cpr":"010203-xxxx"}`, string(written))
	for _, in := range []string{string(written), `{"cpr":"010203-1234"}`, `{"cpr":"0102031234"}`} {
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(in)))
		require.NoError(t, err)
		assert.NoError(t, sch.Validate(inst), in)
	}
	for _, in := range []string{`{"cpr":"010203-xxx"}`, `{"cpr":"01020312345"}`, `{"cpr":"010203 1234"}`} {
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader([]byte(in)))
		require.NoError(t, err)
		assert.Error(t, sch.Validate(inst), in)
	}
}

func TestCleanDoc(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"lines join into a paragraph", "Record is a record.\nIt has fields.\n", "Record is a record. It has fields."},
		{"paragraphs stay apart", "One.\n\nTwo.\n", "One.\n\nTwo."},
		{"doc links become plain names", "See [Record.Validate] and [gdpr.Date].", "See Record.Validate and gdpr.Date."},
		{"bracketed text that is no link stays", `Shows "[redacted]" and [EVT. UDDYB].`, `Shows "[redacted]" and [EVT. UDDYB].`},
		{"list items keep their lines", "Rules:\n\n  - one\n    more\n  - two\n", "Rules:\n\n- one more\n- two"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, cleanDoc(tt.in))
		})
	}
}

func TestFirstSentence(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"up to the full stop", "Record is a record. It has fields.", "Record is a record."},
		{"not at an abbreviation", "Per art. 30(1) it is kept. More.", "Per art. 30(1) it is kept."},
		{"not inside parentheses", "A record (e.g. one. Two) is kept. More.", "A record (e.g. one. Two) is kept."},
		{"the first paragraph only", "One line\n\nNext.", "One line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, firstSentence(tt.in))
		})
	}
}

// A personal text is a JSON string in clear: the schema says string, and
// validates what encoding/json writes.
func TestPersonalIsAString(t *testing.T) {
	type contact struct {
		Name gdpr.Personal `json:"name"`
	}
	s := generateFor(t, reflect.TypeFor[contact]())
	b, err := Encode(s)
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
	require.NoError(t, err)
	require.NoError(t, c.AddResource(BaseID+"c.schema.json", doc))
	sch, err := c.Compile(BaseID + "c.schema.json")
	require.NoError(t, err)

	written, err := json.Marshal(contact{Name: gdpr.NewPersonal("Markus Markersen")})
	require.NoError(t, err)
	assert.JSONEq(t, `{"name":"Markus Markersen"}`, string(written))
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(written))
	require.NoError(t, err)
	assert.NoError(t, sch.Validate(inst))
	inst, err = jsonschema.UnmarshalJSON(bytes.NewReader([]byte(`{"name":{"first":"x"}}`)))
	require.NoError(t, err)
	assert.Error(t, sch.Validate(inst), "an object is no personal text")
}
