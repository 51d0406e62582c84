package gdpr

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// RedactingHandler returns a slog.Handler that passes every record on to h
// with the personal data in its attributes redacted at any depth, as the
// package's redaction rule asks. Hosts wrap their own handler with it:
//
//	logger := slog.New(gdpr.RedactingHandler(slog.NewJSONHandler(os.Stderr, nil)))
//
// slog asks a [slog.LogValuer] for its log form only when it is an
// attribute's value itself; a field, a slice element or a map value is
// written by the handler as it is, and the JSON handler writes it with
// encoding/json, which keeps personal data in clear (JSON is storage). The
// wrapper closes that gap: it walks every attribute value (structs, pointers,
// slices, arrays, maps, interfaces), and where it finds a value that
// implements slog.LogValuer ([Personal], [CPR] and the record types of the
// module's packages) it puts the value's LogValue there instead. A struct,
// slice or map on the way to such a value is rewritten as a map keyed by the
// fields' JSON names, a list and a map keyed by the keys' redacted text;
// everything else is passed on as it is. Values nested deeper than 32
// levels, and cycles, are written as [Redacted].
//
// A record's message is passed on unchanged: log a constant message and put
// the data in attributes. Attributes given to WithAttrs are redacted too.
func RedactingHandler(h slog.Handler) slog.Handler {
	if r, ok := h.(redactingHandler); ok {
		return r
	}
	return redactingHandler{next: h}
}

type redactingHandler struct{ next slog.Handler }

func (r redactingHandler) Enabled(ctx context.Context, l slog.Level) bool {
	return r.next.Enabled(ctx, l)
}

func (r redactingHandler) Handle(ctx context.Context, rec slog.Record) error {
	out := slog.NewRecord(rec.Time, rec.Level, rec.Message, rec.PC)
	rec.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(redactAttr(a))
		return true
	})
	return r.next.Handle(ctx, out)
}

func (r redactingHandler) WithAttrs(as []slog.Attr) slog.Handler {
	red := make([]slog.Attr, len(as))
	for i, a := range as {
		red[i] = redactAttr(a)
	}
	return redactingHandler{next: r.next.WithAttrs(red)}
}

func (r redactingHandler) WithGroup(name string) slog.Handler {
	return redactingHandler{next: r.next.WithGroup(name)}
}

// LogValueOf returns the log form of v with the personal data in it
// redacted, as [RedactingHandler] writes it, without calling v's own
// LogValue: a struct is a group of its exported fields under their JSON
// names, in order, each redacted at any depth; anything else is the
// redacted value. A record type that holds personal data implements
// slog.LogValuer with it, so that even a handler that is not wrapped
// writes it redacted when it is an attribute's value:
//
//	func (r Request) LogValue() slog.Value { return gdpr.LogValueOf(r) }
func LogValueOf(v any) slog.Value {
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer && !rv.IsNil() {
		rv = rv.Elem()
	}
	w := redactWalker{}
	if rv.Kind() != reflect.Struct {
		if !rv.IsValid() || rv.Kind() == reflect.Pointer {
			return slog.AnyValue(nil)
		}
		return slog.AnyValue(w.inner(rv, 0))
	}
	var as []slog.Attr
	w.fields(rv, 0, func(name string, x any) { as = append(as, slog.Any(name, x)) })
	return slog.GroupValue(as...)
}

// redactMaxDepth bounds the walk; anything deeper is written as Redacted.
const redactMaxDepth = 32

// redactAttr returns a with its value redacted.
func redactAttr(a slog.Attr) slog.Attr {
	w := redactWalker{}
	return slog.Attr{Key: a.Key, Value: w.value(a.Value, 0)}
}

// redactWalker walks one attribute; seen holds the pointers on the current
// path, to stop at a cycle.
type redactWalker struct {
	seen map[uintptr]bool
}

// value redacts a slog value: groups attribute by attribute, Any values by
// a walk of the value.
func (w *redactWalker) value(v slog.Value, depth int) slog.Value {
	v = v.Resolve()
	switch v.Kind() {
	case slog.KindGroup:
		as := v.Group()
		out := make([]slog.Attr, len(as))
		for i, a := range as {
			out[i] = slog.Attr{Key: a.Key, Value: w.value(a.Value, depth+1)}
		}
		return slog.GroupValue(out...)
	case slog.KindAny:
		x := v.Any()
		if x == nil || !mayHoldLogValuer(reflect.TypeOf(x)) {
			return v
		}
		return slog.AnyValue(w.walk(reflect.ValueOf(x), depth))
	}
	return v
}

// plain turns a resolved slog value into plain data for a walk's result:
// a group becomes a map keyed by its attributes' keys.
func (w *redactWalker) plain(v slog.Value, depth int) any {
	if depth > redactMaxDepth {
		return Redacted
	}
	v = v.Resolve()
	switch v.Kind() {
	case slog.KindGroup:
		m := make(map[string]any, len(v.Group()))
		for _, a := range v.Group() {
			m[a.Key] = w.plain(a.Value, depth+1)
		}
		return m
	case slog.KindAny:
		x := v.Any()
		if x == nil || !mayHoldLogValuer(reflect.TypeOf(x)) {
			return x
		}
		return w.walk(reflect.ValueOf(x), depth+1)
	}
	return v.Any()
}

// walk returns v, or a redacted copy of it as plain data when it holds a
// LogValuer somewhere.
func (w *redactWalker) walk(v reflect.Value, depth int) any {
	if !v.IsValid() {
		return nil
	}
	if depth > redactMaxDepth {
		return Redacted
	}
	if lv, ok := logValuer(v); ok {
		return w.plain(safeLogValue(lv), depth+1)
	}
	return w.inner(v, depth)
}

// inner is walk without asking v itself for its LogValue.
func (w *redactWalker) inner(v reflect.Value, depth int) any {
	t := v.Type()
	if !mayHoldLogValuer(t) {
		if v.CanInterface() {
			return v.Interface()
		}
		return Redacted
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return nil
		}
		p := v.Pointer()
		if w.seen[p] {
			return Redacted
		}
		if w.seen == nil {
			w.seen = map[uintptr]bool{}
		}
		w.seen[p] = true
		defer delete(w.seen, p)
		return w.walk(v.Elem(), depth+1)
	case reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return w.walk(v.Elem(), depth+1)
	case reflect.Struct:
		m := map[string]any{}
		w.fields(v, depth, func(name string, x any) { m[name] = x })
		return m
	case reflect.Slice:
		if v.IsNil() {
			return nil
		}
		fallthrough
	case reflect.Array:
		out := make([]any, v.Len())
		for i := range out {
			out[i] = w.walk(v.Index(i), depth+1)
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return nil
		}
		m := make(map[string]any, v.Len())
		it := v.MapRange()
		for it.Next() {
			k := redactKey(it.Key())
			for n := 2; ; n++ {
				if _, dup := m[k]; !dup {
					break
				}
				k = redactKey(it.Key()) + "#" + strconv.Itoa(n)
			}
			m[k] = w.walk(it.Value(), depth+1)
		}
		return m
	}
	if v.CanInterface() {
		return v.Interface()
	}
	return Redacted
}

// fields gives emit the exported fields of struct v, redacted, under their
// JSON names, in order, flattening embedded structs without a name as
// encoding/json does. Unexported fields are left out: JSON does not show
// them either.
func (w *redactWalker) fields(v reflect.Value, depth int, emit func(name string, x any)) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" && !strings.HasPrefix(f.Tag.Get("json"), "-,") {
			continue
		}
		fv := v.Field(i)
		if f.Anonymous && name == "" {
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				if fv.IsNil() {
					continue
				}
				ft, fv = ft.Elem(), fv.Elem()
			}
			if ft.Kind() == reflect.Struct {
				if _, ok := logValuer(fv); !ok {
					w.fields(fv, depth+1, emit)
					continue
				}
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		emit(name, w.walk(fv, depth+1))
	}
}

// redactKey is the text of a map key in a redacted copy: its fmt form,
// which the personal types redact.
func redactKey(k reflect.Value) string {
	if !k.CanInterface() {
		return Redacted
	}
	switch x := k.Interface().(type) {
	case string:
		return x
	case slog.LogValuer:
		return safeLogValue(x).String()
	}
	return fmt.Sprint(k.Interface())
}

var logValuerType = reflect.TypeFor[slog.LogValuer]()

// logValuer returns v as a slog.LogValuer, by value or by pointer.
func logValuer(v reflect.Value) (slog.LogValuer, bool) {
	if !v.CanInterface() {
		return nil, false
	}
	t := v.Type()
	switch {
	case t.Kind() == reflect.Interface:
		return nil, false
	case t.Implements(logValuerType):
		if t.Kind() == reflect.Pointer && v.IsNil() {
			return nil, false
		}
		return v.Interface().(slog.LogValuer), true
	case reflect.PointerTo(t).Implements(logValuerType):
		p := reflect.New(t)
		p.Elem().Set(v)
		return p.Interface().(slog.LogValuer), true
	}
	return nil, false
}

// safeLogValue calls LogValue, giving Redacted when it panics.
func safeLogValue(lv slog.LogValuer) (v slog.Value) {
	defer func() {
		if recover() != nil {
			v = slog.StringValue(Redacted)
		}
	}()
	return lv.LogValue()
}

// mayHoldCache remembers, per type, whether a value of the type may hold
// a slog.LogValuer where slog does not look for one. It only ever gains
// entries that are the same for every caller, as encoding/json's caches do.
var mayHoldCache sync.Map // reflect.Type -> bool

// mayHoldLogValuer reports whether a value of type t is or may hold a
// slog.LogValuer in an exported field, an element, a map key or value, or
// behind an interface (whose dynamic value is looked at when walking).
func mayHoldLogValuer(t reflect.Type) bool {
	if b, ok := mayHoldCache.Load(t); ok {
		return b.(bool)
	}
	b := mayHold(t, map[reflect.Type]bool{})
	mayHoldCache.Store(t, b)
	return b
}

func mayHold(t reflect.Type, visiting map[reflect.Type]bool) bool {
	if t.Implements(logValuerType) || reflect.PointerTo(t).Implements(logValuerType) {
		return true
	}
	if visiting[t] {
		return false
	}
	visiting[t] = true
	defer delete(visiting, t)
	switch t.Kind() {
	case reflect.Interface:
		return true
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return mayHold(t.Elem(), visiting)
	case reflect.Map:
		return mayHold(t.Key(), visiting) || mayHold(t.Elem(), visiting)
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if (f.IsExported() || f.Anonymous) && mayHold(f.Type, visiting) {
				return true
			}
		}
	}
	return false
}

// Compile-time checks that the personal types redact in slog and JSON
// keeps them.
var (
	_ slog.LogValuer = Personal{}
	_ slog.LogValuer = CPR{}
	_ json.Marshaler = Personal{}
)
