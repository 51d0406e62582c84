package api

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"io"
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/dkgdpr/gdpr/risk"
)

// decode reads a JSON request into v strictly, reporting every unknown
// field, duplicate key, value of the wrong type, unknown code and malformed
// value as a gdpr.Problems with its JSON field path. shapes are v's types,
// worked out once per operation (nil works them out as it goes).
//
// It is the one place requests are decoded, so that the module's shared
// strict decoder (internal/jsonstrict) can replace it. It does not yet,
// because that decoder reports an unknown code of the packages' enumerations
// as "malformed" rather than "unknown_code", and does not check the members
// inside a type that decodes itself (rights.Requester, risk.Matrix):
// TestInvalidRequests and TestDecodeInsideSelfDecoders tell when it can.
//
// It first walks the JSON alongside v's type, collecting problems, and only
// then lets encoding/json fill v.
func decode(data []byte, v any, sh shapes) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	w := walker{dec: dec, shapes: sh}
	if trimmed := bytes.TrimLeft(data, " \t\r\n"); len(trimmed) > 0 && trimmed[0] != '{' && json.Valid(data) {
		return gdpr.Problems{{Path: "", Code: CodeType, Message: "the request must be a JSON object"}}
	}
	w.value(reflect.TypeOf(v).Elem(), "")
	if !w.broken {
		if _, err := dec.Token(); err != io.EOF {
			w.ps.Add("", gdpr.CodeMalformed, "the request has data after its JSON value")
		}
	}
	if len(w.ps) > 0 {
		return w.ps
	}
	strict := json.NewDecoder(bytes.NewReader(data))
	strict.DisallowUnknownFields()
	if err := strict.Decode(v); err != nil {
		// The walk accepts only what encoding/json reads; a value that
		// still fails is reported without its (possibly personal) text.
		return gdpr.Problems{{Path: "", Code: gdpr.CodeMalformed, Message: "the request does not decode"}}
	}
	return nil
}

// walker checks one JSON document against a Go type.
type walker struct {
	dec    *json.Decoder
	shapes shapes
	ps     gdpr.Problems
	broken bool // the JSON is not well formed: stop
}

var (
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	timeType        = reflect.TypeFor[time.Time]()
)

// syntax records that the JSON is not well formed at path.
func (w *walker) syntax(path string) {
	w.broken = true
	w.ps.Add(path, gdpr.CodeMalformed, "the request is not well-formed JSON")
}

// value checks the next JSON value against type t.
func (w *walker) value(t reflect.Type, path string) {
	if w.broken {
		return
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	sh := w.shapes.of(t)
	if sh.self {
		w.self(t, sh, path)
		return
	}
	tok, err := w.dec.Token()
	if err != nil {
		w.syntax(path)
		return
	}
	if tok == nil { // null leaves the Go value as it is
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		if tok != json.Delim('{') {
			w.wrongType(tok, path, "an object")
			return
		}
		w.object(sh, path)
	case reflect.Map:
		if tok != json.Delim('{') {
			w.wrongType(tok, path, "an object")
			return
		}
		w.mapMembers(t, path)
	case reflect.Slice, reflect.Array:
		if tok != json.Delim('[') {
			w.wrongType(tok, path, "an array")
			return
		}
		w.array(t, path)
	case reflect.String:
		if _, ok := tok.(string); !ok {
			w.wrongType(tok, path, "a string")
		}
	case reflect.Bool:
		if _, ok := tok.(bool); !ok {
			w.wrongType(tok, path, "true or false")
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		w.integer(t, tok, path)
	case reflect.Float32, reflect.Float64:
		n, ok := tok.(json.Number)
		if !ok {
			w.wrongType(tok, path, "a number")
			return
		}
		if f, err := n.Float64(); err != nil || (t.Kind() == reflect.Float32 && math.Abs(f) > math.MaxFloat32) {
			w.ps.Add(path, gdpr.CodeOutOfRange, "the number is out of range")
		}
	case reflect.Interface:
		w.skip(tok, path)
	default:
		w.skip(tok, path)
		w.ps.Add(path, CodeType, "the member cannot be decoded")
	}
}

// self checks a value whose type decodes itself (a code, a date, a time,
// a matrix) by decoding it alone, so that its error gets its path.
func (w *walker) self(t reflect.Type, sh *shape, path string) {
	var raw json.RawMessage
	if err := w.dec.Decode(&raw); err != nil {
		w.syntax(path)
		return
	}
	if string(raw) == "null" {
		return
	}
	if sh.mirror != nil && raw[0] == '{' {
		// Check the members first, as for any struct.
		sub := walker{dec: json.NewDecoder(bytes.NewReader(raw)), shapes: w.shapes}
		sub.dec.UseNumber()
		sub.value(sh.mirror, path)
		if len(sub.ps) > 0 {
			w.ps = append(w.ps, sub.ps...)
			return
		}
	}
	text := sh.text
	if (text || t == timeType) && raw[0] != '"' {
		w.ps.Add(path, CodeType, "the value must be a string")
		return
	}
	err := json.Unmarshal(raw, reflect.New(t).Interface())
	if err == nil {
		return
	}
	var inner gdpr.Problems
	switch {
	case errors.As(err, &inner):
		w.ps.Merge(path, inner)
	case text && t.Kind() == reflect.Uint8:
		w.ps.Add(path, gdpr.CodeUnknown, "not a known code of "+typeName(t))
	default:
		w.ps.Add(path, gdpr.CodeMalformed, "not a valid "+typeName(t))
	}
}

// typeName is "rights.Kind" for a named type.
func typeName(t reflect.Type) string {
	if i := strings.LastIndexByte(t.PkgPath(), '/'); i >= 0 {
		return t.PkgPath()[i+1:] + "." + t.Name()
	}
	if t.PkgPath() != "" {
		return t.PkgPath() + "." + t.Name()
	}
	return t.String()
}

// object checks the members of an object against a struct's shape; the
// opening brace is read.
func (w *walker) object(sh *shape, path string) {
	fields := sh.fields
	seen := make(map[string]bool, 8)
	for !w.broken && w.dec.More() {
		tok, err := w.dec.Token()
		if err != nil {
			w.syntax(path)
			return
		}
		key, _ := tok.(string)
		at := gdpr.JoinPath(path, key)
		if seen[key] {
			w.ps.Add(at, gdpr.CodeDuplicate, "the member appears twice")
		}
		seen[key] = true
		ft, ok := fields[key]
		if !ok {
			w.ps.Add(at, CodeUnknownField, "no such member")
			w.skipValue(at)
			continue
		}
		w.value(ft, at)
	}
	w.end(path)
}

// mapMembers checks the members of an object against map type t.
func (w *walker) mapMembers(t reflect.Type, path string) {
	seen := make(map[string]bool)
	kt := t.Key()
	keyText := w.shapes.of(kt).text
	for !w.broken && w.dec.More() {
		tok, err := w.dec.Token()
		if err != nil {
			w.syntax(path)
			return
		}
		key, _ := tok.(string)
		at := gdpr.JoinPath(path, key)
		if seen[key] {
			w.ps.Add(at, gdpr.CodeDuplicate, "the member appears twice")
		}
		seen[key] = true
		switch {
		case keyText:
			k := reflect.New(kt).Interface().(encoding.TextUnmarshaler)
			if k.UnmarshalText([]byte(key)) != nil {
				w.ps.Add(at, gdpr.CodeUnknown, "not a known code of "+typeName(kt))
			}
		case kt.Kind() != reflect.String:
			if _, err := strconv.ParseInt(key, 10, 64); err != nil {
				w.ps.Add(at, CodeType, "the key must be an integer")
			}
		}
		w.value(t.Elem(), at)
	}
	w.end(path)
}

// array checks the elements of an array; the opening bracket is read.
func (w *walker) array(t reflect.Type, path string) {
	for i := 0; !w.broken && w.dec.More(); i++ {
		at := path + "[" + strconv.Itoa(i) + "]"
		if t.Kind() == reflect.Array && i >= t.Len() {
			w.ps.Add(at, gdpr.CodeOutOfRange, "too many elements")
			w.skipValue(at)
			continue
		}
		w.value(t.Elem(), at)
	}
	w.end(path)
}

// end reads the closing delimiter of an object or array.
func (w *walker) end(path string) {
	if w.broken {
		return
	}
	if _, err := w.dec.Token(); err != nil {
		w.syntax(path)
	}
}

// integer checks that a number token is an integer that fits type t.
func (w *walker) integer(t reflect.Type, tok json.Token, path string) {
	n, ok := tok.(json.Number)
	if !ok {
		w.wrongType(tok, path, "an integer")
		return
	}
	unsigned := t.Kind() >= reflect.Uint && t.Kind() <= reflect.Uint64
	bits := t.Bits()
	if unsigned {
		if _, err := strconv.ParseUint(n.String(), 10, bits); err == nil {
			return
		}
	} else if _, err := strconv.ParseInt(n.String(), 10, bits); err == nil {
		return
	}
	if strings.ContainsAny(n.String(), ".eE") {
		w.ps.Add(path, CodeType, "the value must be an integer")
		return
	}
	w.ps.Add(path, gdpr.CodeOutOfRange, "the integer is out of range")
}

// wrongType records a value of the wrong JSON type and skips it.
func (w *walker) wrongType(tok json.Token, path, want string) {
	w.skip(tok, path)
	if !w.broken {
		w.ps.Add(path, CodeType, "the value must be "+want)
	}
}

// skipValue skips the next value.
func (w *walker) skipValue(path string) {
	tok, err := w.dec.Token()
	if err != nil {
		w.syntax(path)
		return
	}
	w.skip(tok, path)
}

// skip skips the rest of a value whose first token is tok.
func (w *walker) skip(tok json.Token, path string) {
	if tok != json.Delim('{') && tok != json.Delim('[') {
		return
	}
	for depth := 1; depth > 0; {
		tok, err := w.dec.Token()
		if err != nil {
			w.syntax(path)
			return
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
	}
}

// jsonFields maps the JSON member names of struct t, its embedded structs'
// included, to their types, as encoding/json writes them.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	out := make(map[string]reflect.Type)
	var add func(t reflect.Type)
	add = func(t reflect.Type) {
		for i := range t.NumField() {
			f := t.Field(i)
			tag := f.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, _, _ := strings.Cut(tag, ",")
			if f.Anonymous && name == "" {
				et := f.Type
				if et.Kind() == reflect.Pointer {
					et = et.Elem()
				}
				if et.Kind() == reflect.Struct {
					add(et)
					continue
				}
			}
			if !f.IsExported() {
				continue
			}
			if name == "" {
				name = f.Name
			}
			if _, dup := out[name]; !dup {
				out[name] = f.Type
			}
		}
	}
	add(t)
	return out
}

// shape is what decoding needs to know of a type.
type shape struct {
	// self: the type decodes itself (time.Time, a text or JSON
	// unmarshaler).
	self bool
	// text: it decodes itself from a JSON string only.
	text bool
	// fields are a struct's members by JSON name.
	fields map[string]reflect.Type
	// mirror is a struct with the members of a type that decodes itself
	// from an object (objectShapes).
	mirror reflect.Type
}

// shapes are the shapes of the types a request reaches.
type shapes map[reflect.Type]*shape

// shapesOf works out the shapes of t and every type it reaches.
func shapesOf(t reflect.Type) shapes {
	sh := make(shapes)
	sh.add(t)
	return sh
}

func (sh shapes) add(t reflect.Type) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if _, ok := sh[t]; ok {
		return
	}
	s := newShape(t)
	sh[t] = s
	if s.mirror != nil {
		sh.add(s.mirror)
	}
	if s.self {
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		for _, ft := range s.fields {
			sh.add(ft)
		}
	case reflect.Map:
		sh.add(t.Key())
		sh.add(t.Elem())
	case reflect.Slice, reflect.Array:
		sh.add(t.Elem())
	}
}

// of returns the shape of t, working it out if it is not known.
func (sh shapes) of(t reflect.Type) *shape {
	if s, ok := sh[t]; ok {
		return s
	}
	return newShape(t)
}

func newShape(t reflect.Type) *shape {
	p := reflect.PointerTo(t)
	isJSON, isText := p.Implements(jsonUnmarshaler), p.Implements(textUnmarshaler)
	s := &shape{self: t == timeType || isJSON || isText, text: isText && !isJSON}
	if !s.self && t.Kind() == reflect.Struct {
		s.fields = jsonFields(t)
	}
	if isJSON {
		s.mirror = objectShapes()[t]
	}
	return s
}

// objectShapes are the types of requests that decode themselves from a
// JSON object, each with a struct of the same members, so that decoding
// checks their members as it does any struct's. A test fails for a type
// that decodes itself from an object and is missing here.
func objectShapes() map[reflect.Type]reflect.Type {
	return map[reflect.Type]reflect.Type{
		reflect.TypeFor[risk.Matrix]():      reflect.TypeFor[risk.MatrixSpec](),
		reflect.TypeFor[rights.Requester](): reflect.TypeFor[requesterShape](),
	}
}

// requesterShape has the members of rights.Requester's JSON.
type requesterShape struct {
	Name        string          `json:"name,omitempty"`
	Contact     string          `json:"contact,omitempty"`
	Relation    rights.Relation `json:"relation,omitempty"`
	SubjectName string          `json:"subjectName,omitempty"`
}
