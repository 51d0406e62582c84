package schemagen

import (
	"encoding"
	"fmt"
	"reflect"

	"golang.org/x/text/language"
)

// EnumValue is one value of an enumeration: its code and its labels.
type EnumValue struct {
	Code string
	Da   string // the Danish label, "" when the type has no Label method
	En   string
	// Valid is what the type's Valid method says of the value (true when
	// it has none). Steps of a risk scale beyond the template's four encode
	// as digits and are not Valid on the template's scale.
	Valid bool
}

// enumValues lists the values of a uint8 enumeration: every value from 1
// to 255 that MarshalText encodes, checked to decode back to itself with
// UnmarshalText. The zero value ("not set", encoded as "") is not one.
func enumValues(t reflect.Type) ([]EnumValue, error) {
	if t.Kind() != reflect.Uint8 {
		return nil, fmt.Errorf("schemagen: %v is no uint8 enumeration", t)
	}
	var out []EnumValue
	for i := 1; i <= 255; i++ {
		v := reflect.New(t).Elem()
		v.SetUint(uint64(i))
		m, ok := v.Interface().(encoding.TextMarshaler)
		if !ok {
			return nil, fmt.Errorf("schemagen: %v has no MarshalText on its value", t)
		}
		b, err := m.MarshalText()
		if err != nil || len(b) == 0 {
			continue
		}
		code := string(b)
		back := reflect.New(t)
		u, ok := back.Interface().(encoding.TextUnmarshaler)
		if !ok {
			return nil, fmt.Errorf("schemagen: %v has no UnmarshalText", t)
		}
		if err := u.UnmarshalText(b); err != nil || back.Elem().Uint() != uint64(i) {
			return nil, fmt.Errorf("schemagen: %v(%d) encodes as %q, which does not decode back (%v)", t, i, code, err)
		}
		ev := EnumValue{Code: code, Valid: true}
		if valid := v.MethodByName("Valid"); valid.IsValid() {
			ev.Valid = valid.Call(nil)[0].Bool()
		}
		ev.Da, ev.En = labels(v)
		out = append(out, ev)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("schemagen: %v has no value that encodes", t)
	}
	return out, nil
}

// labels calls v's Label(language.Tag) string method, if it has one, in
// Danish and English.
func labels(v reflect.Value) (da, en string) {
	m := v.MethodByName("Label")
	if !m.IsValid() {
		return "", ""
	}
	mt := m.Type()
	tagType := reflect.TypeFor[language.Tag]()
	if mt.NumIn() != 1 || mt.In(0) != tagType || mt.NumOut() != 1 || mt.Out(0).Kind() != reflect.String {
		return "", ""
	}
	da = m.Call([]reflect.Value{reflect.ValueOf(language.Danish)})[0].String()
	en = m.Call([]reflect.Value{reflect.ValueOf(language.English)})[0].String()
	return da, en
}

// enumSchema describes an enumeration as the list of its codes.
func enumSchema(t reflect.Type) (*Schema, error) {
	values, err := enumValues(t)
	if err != nil {
		return nil, err
	}
	s := &Schema{Type: "string"}
	for _, v := range values {
		s.Enum = append(s.Enum, v.Code)
	}
	return s, nil
}
