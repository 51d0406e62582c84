// Package roundtrip checks the storage property of the module's record
// types: every value that decodes and validates can be stored, that is,
// it encodes with encoding/json and the encoding decodes back to the same
// value. A decoder that accepts what cannot be encoded again (a timestamp
// with the offset +24:00, a year outside 0-9999) fails it.
//
// A package uses it in a table test over its golden documents and in a
// fuzz target over mutated ones:
//
//	func FuzzRecordRoundTrip(f *testing.F) {
//		f.Add(golden)
//		f.Fuzz(func(t *testing.T, b []byte) {
//			if err := roundtrip.Check[Record](b); err != nil {
//				t.Fatal(err)
//			}
//		})
//	}
//
// Values are compared field by field, unexported fields included, with
// three allowances for what JSON does not distinguish: time.Time values are
// equal when they are the same instant with the same UTC offset (JSON
// keeps no zone name and no monotonic reading), decimal.Decimal values when
// they are numerically equal, and a nil slice or map equals an empty one.
//
// A bare gdpr.CPR encodes redacted on purpose and so does not round-trip:
// a type that holds one is not a record type this applies to.
package roundtrip

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"time"

	"github.com/dkgdpr/gdpr/internal/jsonstrict"
	"github.com/shopspring/decimal"
)

// Check decodes data strictly into a T and validates it (jsonstrict.Parse,
// the body of every ParseJSON). When that fails, data is rejected and
// there is nothing to check: Check returns nil. Otherwise the value must
// pass [Value].
func Check[T any](data []byte) error {
	v, err := jsonstrict.Parse[T](data)
	if err != nil {
		return nil
	}
	if err := Value(v); err != nil {
		return fmt.Errorf("%s was accepted, but %w", shorten(data), err)
	}
	return nil
}

// Value checks that v, a value that validates, can be stored: it encodes
// with encoding/json, the encoding decodes strictly and validates again,
// the result equals v, and it encodes to the same bytes.
func Value[T any](v T) error {
	first, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("it does not encode: %v", err)
	}
	back, err := jsonstrict.Parse[T](first)
	if err != nil {
		return fmt.Errorf("its encoding %s does not decode again: %v", shorten(first), err)
	}
	if path, ok := Equal(v, back); !ok {
		return fmt.Errorf("its encoding %s decodes to another value, at %s", shorten(first), path)
	}
	second, err := json.Marshal(back)
	if err != nil {
		return fmt.Errorf("its decoded encoding does not encode: %v", err)
	}
	if !bytes.Equal(first, second) {
		return fmt.Errorf("it encodes as %s, then as %s", shorten(first), shorten(second))
	}
	return nil
}

// Equal compares a and b as [Check] does and returns the path of the first
// difference ("risks[2].owner") when they differ.
func Equal(a, b any) (path string, equal bool) {
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	if va.IsValid() != vb.IsValid() {
		return "", false
	}
	if !va.IsValid() {
		return "", true
	}
	if va.Type() != vb.Type() {
		return "", false
	}
	d := differ{seen: map[[2]uintptr]bool{}}
	return d.path, d.equal(va, vb, "")
}

var (
	timeType    = reflect.TypeFor[time.Time]()
	decimalType = reflect.TypeFor[decimal.Decimal]()
)

type differ struct {
	path string
	seen map[[2]uintptr]bool
}

func (d *differ) fail(path string) bool {
	d.path = path
	if path == "" {
		d.path = "the top"
	}
	return false
}

func (d *differ) equal(a, b reflect.Value, path string) bool {
	t := a.Type()
	if a.CanInterface() && b.CanInterface() {
		switch t {
		case timeType:
			ta, tb := a.Interface().(time.Time), b.Interface().(time.Time)
			_, oa := ta.Zone()
			_, ob := tb.Zone()
			if !ta.Equal(tb) || oa != ob {
				return d.fail(path)
			}
			return true
		case decimalType:
			if !a.Interface().(decimal.Decimal).Equal(b.Interface().(decimal.Decimal)) {
				return d.fail(path)
			}
			return true
		}
	}
	switch t.Kind() {
	case reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			if a.IsNil() != b.IsNil() {
				return d.fail(path)
			}
			return true
		}
		key := [2]uintptr{a.Pointer(), b.Pointer()}
		if d.seen[key] {
			return true
		}
		d.seen[key] = true
		return d.equal(a.Elem(), b.Elem(), path)
	case reflect.Interface:
		if a.IsNil() || b.IsNil() {
			if a.IsNil() != b.IsNil() {
				return d.fail(path)
			}
			return true
		}
		if a.Elem().Type() != b.Elem().Type() {
			return d.fail(path)
		}
		return d.equal(a.Elem(), b.Elem(), path)
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if !d.equal(a.Field(i), b.Field(i), join(path, fieldName(t.Field(i)))) {
				return false
			}
		}
		return true
	case reflect.Slice, reflect.Array:
		if a.Len() != b.Len() {
			return d.fail(path)
		}
		for i := 0; i < a.Len(); i++ {
			if !d.equal(a.Index(i), b.Index(i), path+"["+strconv.Itoa(i)+"]") {
				return false
			}
		}
		return true
	case reflect.Map:
		if a.Len() != b.Len() {
			return d.fail(path)
		}
		it := a.MapRange()
		for it.Next() {
			bv := b.MapIndex(it.Key())
			if !bv.IsValid() {
				return d.fail(path + "[" + fmt.Sprint(keyText(it.Key())) + "]")
			}
			if !d.equal(it.Value(), bv, path+"["+fmt.Sprint(keyText(it.Key()))+"]") {
				return false
			}
		}
		return true
	case reflect.Bool:
		return a.Bool() == b.Bool() || d.fail(path)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return a.Int() == b.Int() || d.fail(path)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return a.Uint() == b.Uint() || d.fail(path)
	case reflect.Float32, reflect.Float64:
		return a.Float() == b.Float() || d.fail(path)
	case reflect.Complex64, reflect.Complex128:
		return a.Complex() == b.Complex() || d.fail(path)
	case reflect.String:
		return a.String() == b.String() || d.fail(path)
	case reflect.Func, reflect.Chan, reflect.UnsafePointer:
		return a.IsNil() == b.IsNil() || d.fail(path)
	}
	return d.fail(path)
}

// keyText is a map key for a path: its value when it can be read, else
// its type.
func keyText(k reflect.Value) any {
	if k.CanInterface() {
		return k.Interface()
	}
	return k.Type()
}

// fieldName is the JSON name of a field, or its Go name.
func fieldName(f reflect.StructField) string {
	tag := f.Tag.Get("json")
	for i := 0; i < len(tag); i++ {
		if tag[i] == ',' {
			tag = tag[:i]
			break
		}
	}
	if tag != "" && tag != "-" {
		return tag
	}
	return f.Name
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// shorten cuts a document for a message.
func shorten(b []byte) string {
	if len(b) > 200 {
		return string(b[:200]) + "..."
	}
	return string(b)
}
