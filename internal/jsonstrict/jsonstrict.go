// Package jsonstrict decodes JSON strictly, for the ParseJSON functions of
// the module's packages and the operation contract: every problem is a
// gdpr.Problem whose path is the JSON field path ("subProcessors[1].country").
//
// Strict means: an unknown field (field names are matched exactly, so
// PascalCase "Kind" is not "kind"), a duplicate key, a value of the wrong
// JSON type, a number out of range, an unknown code, a malformed value
// (a date, a CVR number) and data after the value are all problems, found
// together in one pass. A timestamp must carry a UTC offset and must encode
// again: its year lies in 0-9999 and its offset within ±23:59. null is
// accepted wherever encoding/json accepts it (it leaves the field unset),
// since .NET and Java serialisers write null for unset fields.
//
// Messages never quote a value that could be personal data; the decoders of
// the module's own types take care of that for their input.
package jsonstrict

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"github.com/shopspring/decimal"
)

// Problem codes of the decoder, besides the shared gdpr codes.
const (
	// CodeUnknownField is an object key that names no field of the type.
	CodeUnknownField = "unknown_field"
	// CodeType is a JSON value of the wrong type (a number where a string
	// belongs).
	CodeType = "wrong_type"
)

// Parse decodes data strictly into a new T and, when T has a Validate
// method, validates it: the one body of every package's ParseJSON.
func Parse[T any](data []byte) (T, error) {
	var v T
	if err := Decode(data, &v); err != nil {
		var zero T
		return zero, err
	}
	if val, ok := any(v).(interface{ Validate() error }); ok {
		if err := val.Validate(); err != nil {
			var zero T
			return zero, err
		}
	}
	return v, nil
}

// Decode decodes data strictly into v, a non-nil pointer. It returns nil or
// gdpr.Problems listing every problem found, and leaves v untouched when
// there is any.
func Decode(data []byte, v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return gdpr.Problems{{Code: gdpr.CodeUnsupported, Message: "jsonstrict: decode needs a non-nil pointer"}}
	}
	return DecodeAt("", data, v)
}

// DecodeAt is Decode with every path prefixed by prefix, for a value that
// sits inside a larger document ("request").
func DecodeAt(prefix string, data []byte, v any) error {
	w := walker{}
	raw, rest, ok := w.split(prefix, data)
	if !ok {
		return w.problems
	}
	if len(bytes.TrimSpace(rest)) > 0 {
		w.add(prefix, gdpr.CodeMalformed, "data after the value")
		return w.problems
	}
	w.walk(raw, reflect.TypeOf(v).Elem(), prefix, 0)
	if len(w.problems) > 0 {
		return w.problems
	}
	if err := json.Unmarshal(raw, v); err != nil {
		// The walk accepted what encoding/json rejects: report it rather
		// than hide it.
		return gdpr.Problems{{Path: prefix, Code: gdpr.CodeMalformed, Message: "jsonstrict: " + describe(err)}}
	}
	return nil
}

// maxDepth bounds the nesting of a document, as encoding/json does.
const maxDepth = 1000

type walker struct {
	problems gdpr.Problems
}

func (w *walker) add(path, code, msg string) {
	w.problems = append(w.problems, gdpr.Problem{Path: path, Code: code, Message: msg})
}

// split reads the first JSON value of data, returning it and what follows.
func (w *walker) split(path string, data []byte) (raw, rest []byte, ok bool) {
	dec := json.NewDecoder(bytes.NewReader(data))
	var m json.RawMessage
	if err := dec.Decode(&m); err != nil {
		w.add(path, gdpr.CodeMalformed, "not valid JSON: "+describe(err))
		return nil, nil, false
	}
	return m, data[dec.InputOffset():], true
}

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	timeType            = reflect.TypeFor[time.Time]()
	decimalType         = reflect.TypeFor[decimal.Decimal]()
)

// walk checks raw, one JSON value, against type t at path.
func (w *walker) walk(raw []byte, t reflect.Type, path string, depth int) {
	if depth > maxDepth {
		w.add(path, gdpr.CodeUnsupported, "nested too deeply")
		return
	}
	raw = bytes.TrimSpace(raw)
	if string(raw) == "null" {
		return
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == timeType:
		w.timestamp(raw, path)
		return
	case t == decimalType:
		var d decimal.Decimal
		if err := d.UnmarshalJSON(raw); err != nil {
			w.add(path, gdpr.CodeMalformed, "want a decimal number, such as 12.50")
		}
		return
	case reflect.PointerTo(t).Implements(unmarshalerType):
		v := reflect.New(t)
		if err := v.Interface().(json.Unmarshaler).UnmarshalJSON(raw); err != nil {
			w.fromError(path, err)
		}
		return
	case reflect.PointerTo(t).Implements(textUnmarshalerType):
		s, ok := w.str(raw, path)
		if !ok {
			return
		}
		v := reflect.New(t)
		if err := v.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
			w.fromError(path, err)
		}
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		w.object(raw, path, depth, func(key string) bool { _, ok := fieldsOf(t)[key]; return ok || fieldHint(t, key) != "" }, func(key string, val []byte, p string) {
			f, ok := fieldsOf(t)[key]
			if !ok {
				w.add(p, CodeUnknownField, "unknown field"+fieldHint(t, key))
				return
			}
			if f.quoted {
				s, ok := w.str(val, p)
				if !ok {
					return
				}
				val = []byte(s)
			}
			w.walk(val, f.typ, p, depth+1)
		})
	case reflect.Map:
		kt := t.Key()
		w.object(raw, path, depth, func(string) bool { return false }, func(key string, val []byte, p string) {
			switch {
			case reflect.PointerTo(kt).Implements(textUnmarshalerType):
				if err := reflect.New(kt).Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(key)); err != nil {
					w.fromError(p, err)
					return
				}
			case kt.Kind() == reflect.String:
			default:
				if _, err := strconv.ParseInt(key, 10, kt.Bits()); err != nil {
					w.add(p, gdpr.CodeMalformed, "want an integer key")
					return
				}
			}
			w.walk(val, t.Elem(), p, depth+1)
		})
	case reflect.Slice, reflect.Array:
		if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8 && !reflect.PointerTo(t.Elem()).Implements(textUnmarshalerType) {
			w.str(raw, path) // []byte is base64 text
			return
		}
		if raw[0] != '[' {
			w.add(path, CodeType, "want an array")
			return
		}
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.Token() // [
		for i := 0; dec.More(); i++ {
			var el json.RawMessage
			if err := dec.Decode(&el); err != nil {
				w.add(path, gdpr.CodeMalformed, "not valid JSON: "+describe(err))
				return
			}
			p := path + "[" + strconv.Itoa(i) + "]"
			if t.Kind() == reflect.Array && i >= t.Len() {
				w.add(p, gdpr.CodeOutOfRange, "more than "+strconv.Itoa(t.Len())+" elements")
				return
			}
			w.walk(el, t.Elem(), p, depth+1)
		}
	case reflect.String:
		w.str(raw, path)
	case reflect.Bool:
		if string(raw) != "true" && string(raw) != "false" {
			w.add(path, CodeType, "want true or false")
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if raw[0] != '-' && (raw[0] < '0' || raw[0] > '9') {
			w.add(path, CodeType, "want a number")
		} else if _, err := strconv.ParseInt(string(raw), 10, t.Bits()); err != nil {
			w.add(path, gdpr.CodeOutOfRange, "want a whole number that fits "+t.Kind().String())
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if raw[0] != '-' && (raw[0] < '0' || raw[0] > '9') {
			w.add(path, CodeType, "want a number")
		} else if _, err := strconv.ParseUint(string(raw), 10, t.Bits()); err != nil {
			w.add(path, gdpr.CodeOutOfRange, "want a whole number from 0 that fits "+t.Kind().String())
		}
	case reflect.Float32, reflect.Float64:
		if _, err := strconv.ParseFloat(string(raw), t.Bits()); err != nil || (raw[0] != '-' && (raw[0] < '0' || raw[0] > '9')) {
			w.add(path, CodeType, "want a number")
		}
	case reflect.Interface:
		// Any JSON value.
	default:
		w.add(path, gdpr.CodeUnsupported, "a "+t.Kind().String()+" cannot be decoded")
	}
}

// object walks the members of a JSON object, calling member for each key
// once; a duplicate key is a problem.
//
// known reports whether a key is safe to show in a path as it is (a field
// name of the struct); any other key (an unknown member, a map key) could
// be personal data typed in the wrong place, so its path describes it
// unless it looks like a code.
func (w *walker) object(raw []byte, path string, depth int, known func(key string) bool, member func(key string, val []byte, path string)) {
	if raw[0] != '{' {
		w.add(path, CodeType, "want an object")
		return
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.Token() // {
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			w.add(path, gdpr.CodeMalformed, "not valid JSON: "+describe(err))
			return
		}
		key, _ := tok.(string)
		var val json.RawMessage
		if err := dec.Decode(&val); err != nil {
			w.add(path, gdpr.CodeMalformed, "not valid JSON: "+describe(err))
			return
		}
		p := Member(path, key)
		if !known(key) {
			p = safeMember(path, key)
		}
		if seen[key] {
			w.add(p, gdpr.CodeDuplicate, "duplicate key")
			continue
		}
		seen[key] = true
		member(key, val, p)
	}
}

// Member returns the path of key inside the object at path: "a.b", or
// a["b c"] when the key is not a plain name.
func Member(path, key string) string {
	plain := key != ""
	for i := 0; i < len(key) && plain; i++ {
		c := key[i]
		plain = c == '_' || c == '$' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && c >= '0' && c <= '9')
	}
	if !plain {
		if len(key) > 40 {
			key = key[:40]
		}
		return path + "[" + strconv.Quote(key) + "]"
	}
	return gdpr.JoinPath(path, key)
}

// safeMember is Member for a key that is not a known field name: a key
// that looks like a code is shown, anything else is described by its
// length, as the packages' messages describe values that could be personal
// data: a["(a key of 11 characters)"].
func safeMember(path, key string) string {
	if enum.CodeLike(key) || lowerCamel(key) {
		return Member(path, key)
	}
	return path + "[\"(a key of " + strconv.Itoa(utf8.RuneCountInString(key)) + " characters)\"]"
}

// lowerCamel reports whether key has the shape of a JSON member name,
// "receivedAt": ASCII letters and at most four digits, starting with a
// lower-case letter. A person's name starts with a capital.
func lowerCamel(key string) bool {
	if key == "" || len(key) > 40 || key[0] < 'a' || key[0] > 'z' {
		return false
	}
	digits := 0
	for i := 0; i < len(key); i++ {
		c := key[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case c >= '0' && c <= '9':
			digits++
		default:
			return false
		}
	}
	return digits <= 4
}

// str reads a JSON string.
func (w *walker) str(raw []byte, path string) (string, bool) {
	if raw[0] != '"' {
		w.add(path, CodeType, "want a string")
		return "", false
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		w.add(path, gdpr.CodeMalformed, "not a valid JSON string")
		return "", false
	}
	return s, true
}

// timestamp checks an RFC 3339 timestamp that encoding/json can write
// again.
func (w *walker) timestamp(raw []byte, path string) {
	s, ok := w.str(raw, path)
	if !ok {
		return
	}
	var t time.Time
	if err := t.UnmarshalText([]byte(s)); err != nil {
		msg := "want an RFC 3339 timestamp with a UTC offset, such as 2025-01-31T16:45:00+01:00"
		if _, err := time.Parse("2006-01-02T15:04:05.999999999", s); err == nil {
			msg = "the timestamp has no UTC offset, so the instant is ambiguous: add one, such as +01:00 (or Z for UTC)"
		}
		w.add(path, gdpr.CodeMalformed, msg)
		return
	}
	if _, err := t.MarshalText(); err != nil {
		w.add(path, gdpr.CodeOutOfRange, "the timestamp cannot be stored: its year must lie in 0000-9999 and its offset within ±23:59")
	}
}

// fromError turns the error of a decoder of path into problems: the
// problems of a gdpr.Problems, prefixed, or one problem with the error's
// own code (unknown_code for an unknown enumeration code) or malformed.
func (w *walker) fromError(path string, err error) {
	var ps gdpr.Problems
	if errors.As(err, &ps) {
		for _, p := range ps {
			p.Path = gdpr.JoinPath(path, p.Path)
			w.problems = append(w.problems, p)
		}
		return
	}
	code := gdpr.CodeMalformed
	var c interface{ ProblemCode() string }
	if errors.As(err, &c) {
		code = c.ProblemCode()
	}
	w.add(path, code, describe(err))
}

// describe gives the message of an error without encoding/json's echo of
// the input.
func describe(err error) string {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		return fmt.Sprintf("syntax error near byte %d", syn.Offset)
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		return "want " + typ.Type.String() + ", not a JSON " + typ.Value
	}
	return err.Error()
}

// field is one JSON member of a struct.
type field struct {
	typ    reflect.Type
	quoted bool // the ",string" option
}

// fields caches the JSON members of each struct type, as encoding/json
// does; it only ever gains entries that are the same for every caller.
var fields sync.Map // reflect.Type -> map[string]field

// fieldsOf returns the JSON members of struct type t by exact name,
// following encoding/json's rules for tags and embedded structs.
func fieldsOf(t reflect.Type) map[string]field {
	if m, ok := fields.Load(t); ok {
		return m.(map[string]field)
	}
	m := map[string]field{}
	collect(t, m, 0)
	fields.Store(t, m)
	return m
}

func collect(t reflect.Type, m map[string]field, depth int) {
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" {
			et := f.Type
			if et.Kind() == reflect.Pointer {
				et = et.Elem()
			}
			if et.Kind() == reflect.Struct && depth < 10 {
				collect(et, m, depth+1)
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if _, dup := m[name]; dup && depth > 0 {
			continue // the shallower field wins
		}
		quoted := false
		for _, o := range strings.Split(opts, ",") {
			quoted = quoted || o == "string"
		}
		m[name] = field{typ: f.Type, quoted: quoted}
	}
}

// fieldHint names the field a misspelt key probably meant: the same name in
// another case ("Kind" for "kind").
func fieldHint(t reflect.Type, key string) string {
	for name := range fieldsOf(t) {
		if strings.EqualFold(name, key) {
			return " (did you mean " + strconv.Quote(name) + "?)"
		}
	}
	return ""
}
