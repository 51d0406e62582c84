package schemagen

import (
	"bytes"
	"encoding/json"
)

// Draft is the JSON Schema dialect of every generated schema.
const Draft = "https://json-schema.org/draft/2020-12/schema"

// BaseID is the base of the $id of every generated schema: the schema
// directory of the module's repository.
const BaseID = "https://github.com/dkgdpr/gdpr/schema/"

// Schema is the subset of JSON Schema draft 2020-12 the generator writes.
// Its fields are in the order they are written, so output is stable.
type Schema struct {
	Schema      string `json:"$schema,omitempty"`
	ID          string `json:"$id,omitempty"`
	Ref         string `json:"$ref,omitempty"`
	Title       string `json:"title,omitempty"`
	Description string `json:"description,omitempty"`
	// Type is a string ("object") or a list of them (["array", "null"]).
	Type                 any        `json:"type,omitempty"`
	Format               string     `json:"format,omitempty"`
	Pattern              string     `json:"pattern,omitempty"`
	MinLength            *int       `json:"minLength,omitempty"`
	MaxLength            *int       `json:"maxLength,omitempty"`
	Minimum              *int64     `json:"minimum,omitempty"`
	Maximum              *uint64    `json:"maximum,omitempty"`
	Enum                 []string   `json:"enum,omitempty"`
	AnyOf                []*Schema  `json:"anyOf,omitempty"`
	Items                *Schema    `json:"items,omitempty"`
	Properties           Properties `json:"properties,omitempty"`
	Required             []string   `json:"required,omitempty"`
	PropertyNames        *Schema    `json:"propertyNames,omitempty"`
	AdditionalProperties any        `json:"additionalProperties,omitempty"`
	// Defs are sorted by name when encoded (encoding/json sorts map keys).
	Defs map[string]*Schema `json:"$defs,omitempty"`
}

// Property is a named member of an object schema.
type Property struct {
	Name   string
	Schema *Schema
	// term and doc are the member's Danish term and Go doc comment, for
	// the README; they are not encoded.
	term *term
	doc  string
}

// Properties are an object's members in the order of the Go struct's
// fields, which is the order encoding/json writes them in.
type Properties []Property

// MarshalJSON writes the properties as an object in their order.
func (ps Properties) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, p := range ps {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := marshal(p.Name)
		if err != nil {
			return nil, err
		}
		v, err := marshal(p.Schema)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// marshal encodes v without HTML escaping, so that descriptions keep their
// "<", ">" and "&" readable.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}

// Encode returns the indented JSON of s with a final newline: the bytes of
// a schema file.
func Encode(s *Schema) ([]byte, error) {
	raw, err := marshal(s)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := json.Indent(&b, raw, "", "  "); err != nil {
		return nil, err
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}

func ptr[T any](v T) *T { return &v }

// ref returns a schema that refers to the definition name.
func ref(name string) *Schema { return &Schema{Ref: "#/$defs/" + name} }

// orNull returns a schema that accepts what s accepts and null.
func orNull(s *Schema) *Schema {
	if t, ok := s.Type.(string); ok && s.Ref == "" && len(s.AnyOf) == 0 && len(s.Enum) == 0 {
		c := *s
		c.Type = []string{t, "null"}
		return &c
	}
	return &Schema{AnyOf: []*Schema{s, {Type: "null"}}}
}
