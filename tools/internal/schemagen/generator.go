package schemagen

import (
	"encoding"
	"encoding/json"
	"fmt"
	"path"
	"reflect"
	"strings"
	"time"
)

// generator builds the schema of one document: the root type inline and
// every named type it reaches under $defs.
type generator struct {
	docs  docs
	root  reflect.Type
	defs  map[string]*Schema
	types map[string]reflect.Type // the Go type of each definition, to catch two types with one name
	order []string                // definitions in the order they were first reached
	used  map[string]bool         // the keys of terms() used
	// refBase is where definitions are referred to: "#/$defs/" when
	// empty, "#/components/schemas/" in an OpenAPI document.
	refBase string
}

// ref returns a schema that refers to the definition name.
func (g *generator) ref(name string) *Schema {
	if g.refBase == "" {
		return ref(name)
	}
	return &Schema{Ref: g.refBase + name}
}

var (
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
	jsonMarshaler = reflect.TypeFor[json.Marshaler]()
	timeType      = reflect.TypeFor[time.Time]()
	durationType  = reflect.TypeFor[time.Duration]()
)

// implements reports whether t or *t implements iface.
func implements(t, iface reflect.Type) bool {
	return t.Implements(iface) || reflect.PointerTo(t).Implements(iface)
}

// defName is the name of t's definition: its package's name and its own,
// "ropa.Record", or the name its mirror stands for.
func defName(t reflect.Type) string {
	if m, ok := mirrors()[t]; ok {
		return m.name
	}
	return path.Base(t.PkgPath()) + "." + t.Name()
}

// docName is the "pkg.Type" key of t's doc comment: the documented type a
// mirror stands for, or t itself.
func docName(t reflect.Type) string {
	if m, ok := mirrors()[t]; ok && m.doc != nil {
		return path.Base(m.doc.PkgPath()) + "." + m.doc.Name()
	}
	return path.Base(t.PkgPath()) + "." + t.Name()
}

// document returns the schema of a document.
func (g *generator) document(d Document) (*Schema, error) {
	t := d.Type
	g.root = t
	g.defs = make(map[string]*Schema)
	g.types = make(map[string]reflect.Type)
	var s *Schema
	var err error
	switch {
	case t.Kind() == reflect.Struct && t.Name() != "":
		st := t
		if sh, ok := shapes()[t]; ok {
			st = sh.shape
		}
		s, err = g.structSchema(st)
		if err == nil {
			s.Title = defName(t)
			s.Description = g.typeDescription(t)
		}
	default:
		s, err = g.schemaOf(t)
		if err == nil {
			s.Title, s.Description = d.Title, d.About
		}
	}
	if err != nil {
		return nil, fmt.Errorf("schemagen: %s: %w", d.File, err)
	}
	if len(g.defs) > 0 {
		s.Defs = g.defs
	}
	s.Schema = Draft
	s.ID = BaseID + d.File
	return s, nil
}

// schemaOf returns the schema of a value of type t, a reference for a named
// type (whose definition it adds).
func (g *generator) schemaOf(t reflect.Type) (*Schema, error) {
	if t.Kind() == reflect.Pointer {
		s, err := g.schemaOf(t.Elem())
		if err != nil {
			return nil, err
		}
		return orNull(s), nil
	}
	switch t {
	case timeType:
		return &Schema{Type: "string", Format: "date-time"}, nil
	case durationType:
		return &Schema{Type: "integer", Description: "A duration in nanoseconds (Go's time.Duration)."}, nil
	}
	if sub, ok := substitutes()[t]; ok {
		t = sub
	}
	if t == g.root && t.Kind() == reflect.Struct && t.Name() != "" {
		return &Schema{Ref: "#"}, nil
	}
	if t.Name() != "" && t.PkgPath() != "" {
		return g.named(t)
	}
	return g.unnamed(t)
}

// named adds the definition of a named type and returns a reference to it.
func (g *generator) named(t reflect.Type) (*Schema, error) {
	name := defName(t)
	if prev, ok := g.types[name]; ok {
		if prev != t {
			return nil, fmt.Errorf("schemagen: two types are named %s: %v and %v", name, prev, t)
		}
		return g.ref(name), nil
	}
	g.types[name] = t
	g.order = append(g.order, name)
	g.defs[name] = &Schema{} // a placeholder, so a recursive type refers to itself
	s, err := g.definition(t)
	if err != nil {
		return nil, err
	}
	if s.Title == "" {
		s.Title = name
	}
	if s.Description == "" {
		s.Description = g.typeDescription(t)
	}
	g.defs[name] = s
	return g.ref(name), nil
}

// definition builds the schema of a named type.
func (g *generator) definition(t reflect.Type) (*Schema, error) {
	if sh, ok := shapes()[t]; ok {
		s, err := g.structSchema(sh.shape)
		if err != nil {
			return nil, err
		}
		s.Description = g.typeDescription(t)
		return s, nil
	}
	if text, ok := textTypes()[t]; ok {
		s := text.schema()
		s.Description = joinText(g.typeDescription(t), text.note)
		return s, nil
	}
	if implements(t, jsonMarshaler) {
		return nil, fmt.Errorf("schemagen: %v has a MarshalJSON of its own: add its JSON shape to shapes()", t)
	}
	if implements(t, textMarshaler) {
		switch t.Kind() {
		case reflect.Uint8:
			return enumSchema(t)
		default:
			return nil, fmt.Errorf("schemagen: %v encodes as text but is no uint8 enumeration: add it to textTypes()", t)
		}
	}
	if t.Kind() == reflect.Struct {
		return g.structSchema(t)
	}
	return g.unnamed(t)
}

// unnamed returns the schema of a type by its kind.
func (g *generator) unnamed(t reflect.Type) (*Schema, error) {
	switch t.Kind() {
	case reflect.Bool:
		return &Schema{Type: "boolean"}, nil
	case reflect.String:
		return &Schema{Type: "string"}, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return &Schema{Type: "integer"}, nil
	case reflect.Uint, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return &Schema{Type: "integer", Minimum: ptr[int64](0)}, nil
	case reflect.Uint8:
		return &Schema{Type: "integer", Minimum: ptr[int64](0), Maximum: ptr[uint64](255)}, nil
	case reflect.Float32, reflect.Float64:
		return &Schema{Type: "number"}, nil
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 && !implements(t.Elem(), textMarshaler) {
			return nil, fmt.Errorf("schemagen: %v encodes as base64: not supported", t)
		}
		items, err := g.schemaOf(t.Elem())
		if err != nil {
			return nil, err
		}
		return &Schema{Type: "array", Items: items}, nil
	case reflect.Map:
		return g.mapSchema(t)
	case reflect.Struct:
		return g.structSchema(t)
	}
	return nil, fmt.Errorf("schemagen: %v (%v) has no JSON schema", t, t.Kind())
}

// mapSchema describes a map as an object: its keys are strings, the codes
// of an enumeration, or integers, as encoding/json writes them.
func (g *generator) mapSchema(t reflect.Type) (*Schema, error) {
	values, err := g.schemaOf(t.Elem())
	if err != nil {
		return nil, err
	}
	s := &Schema{Type: "object", AdditionalProperties: values}
	k := t.Key()
	switch {
	case k.Kind() == reflect.String:
		// encoding/json writes string keys as they are.
	case implements(k, textMarshaler):
		names, err := g.schemaOf(k)
		if err != nil {
			return nil, err
		}
		s.PropertyNames = names
	case k.Kind() >= reflect.Int && k.Kind() <= reflect.Uint64:
		s.PropertyNames = &Schema{Pattern: "^-?[0-9]+$"}
	default:
		return nil, fmt.Errorf("schemagen: %v has keys encoding/json cannot write", t)
	}
	return s, nil
}

// field is one member of a struct's JSON object.
type field struct {
	name     string // the JSON name
	goName   string
	owner    reflect.Type // the struct that declares it
	typ      reflect.Type
	required bool // written whatever its value: neither omitempty (with effect) nor omitzero
}

// jsonFields lists the members encoding/json writes for struct t, promoting
// the fields of embedded structs without a JSON name.
func jsonFields(t reflect.Type) ([]field, error) {
	var out []field
	seen := make(map[string]bool)
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		ft := f.Type
		if f.Anonymous && name == "" {
			et := ft
			if et.Kind() == reflect.Pointer {
				et = et.Elem()
			}
			if et.Kind() == reflect.Struct {
				inner, err := jsonFields(et)
				if err != nil {
					return nil, err
				}
				for _, in := range inner {
					if seen[in.name] {
						return nil, fmt.Errorf("schemagen: %v has two members named %q", t, in.name)
					}
					seen[in.name] = true
					out = append(out, in)
				}
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		var omitEmpty, omitZero bool
		for _, o := range strings.Split(opts, ",") {
			switch o {
			case "omitempty":
				omitEmpty = true
			case "omitzero":
				omitZero = true
			case "string":
				return nil, fmt.Errorf("schemagen: %v.%s uses the \",string\" option: not supported", t, f.Name)
			}
		}
		if seen[name] {
			return nil, fmt.Errorf("schemagen: %v has two members named %q", t, name)
		}
		seen[name] = true
		out = append(out, field{
			name: name, goName: f.Name, owner: t, typ: ft,
			required: !omitZero && !(omitEmpty && emptiable(ft)),
		})
	}
	return out, nil
}

// emptiable reports whether omitempty can leave out a value of type t (it
// has no effect on structs).
func emptiable(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Struct:
		return false
	case reflect.Array:
		return t.Len() == 0
	}
	return true
}

// nullable reports whether encoding/json can write null for a member of
// type t that is written whatever its value: a nil slice or map. (Pointers
// are made nullable by schemaOf.)
func nullable(t reflect.Type) bool {
	return t.Kind() == reflect.Slice || t.Kind() == reflect.Map
}

// structSchema describes a struct as a closed object.
func (g *generator) structSchema(t reflect.Type) (*Schema, error) {
	fields, err := jsonFields(t)
	if err != nil {
		return nil, err
	}
	s := &Schema{Type: "object", AdditionalProperties: false}
	owner := defName(t)
	for _, f := range fields {
		fs, err := g.schemaOf(f.typ)
		if err != nil {
			return nil, fmt.Errorf("%v.%s: %w", t, f.goName, err)
		}
		if f.required {
			if nullable(f.typ) {
				fs = orNull(fs)
			}
			if sh, ok := shapes()[f.typ]; ok && sh.zeroIsNull {
				fs = orNull(fs)
			}
			s.Required = append(s.Required, f.name)
		}
		// Members promoted from an embedded struct keep the docs and terms
		// of the struct that declares them.
		termOwner := owner
		if f.owner != t {
			termOwner = defName(f.owner)
		}
		p := Property{Name: f.name, doc: g.docs[docName(f.owner)+"."+f.goName]}
		if tm, ok := terms()[termOwner+"."+f.name]; ok {
			p.term = &tm
			g.used[termOwner+"."+f.name] = true
		}
		if desc := p.description(); desc != "" {
			c := *fs
			c.Description = joinText(desc, c.Description)
			fs = &c
		}
		p.Schema = fs
		s.Properties = append(s.Properties, p)
	}
	return s, nil
}

// description is the Danish term and English gloss of a member, if the
// terms table has them, and the Go doc comment of its field.
func (p Property) description() string {
	if p.term != nil {
		return joinText(p.term.String(), p.doc)
	}
	return p.doc
}

// typeDescription is the Danish term of a type, if the terms table has it,
// and the first paragraph of its Go doc comment.
func (g *generator) typeDescription(t reflect.Type) string {
	doc := g.docs[docName(t)]
	if tm, ok := terms()[defName(t)]; ok {
		g.used[defName(t)] = true
		return joinText(tm.String(), doc)
	}
	return doc
}
