package dpia

import "reflect"

// Clone returns a deep copy of a that shares no slices, maps or pointers
// with it: the embedded record and screening are copied too, so a host may
// edit the copy (or hand it to another goroutine) without touching a.
func (a Assessment) Clone() Assessment {
	var c Assessment
	reflect.ValueOf(&c).Elem().Set(deepCopy(reflect.ValueOf(a)))
	return c
}

// deepCopy returns a copy of v that shares no slice, map or pointer with
// it. Exported fields are copied deeply; unexported ones are copied as
// values (the module's types keep only immutable values there: masked
// texts, arrays, numbers).
func deepCopy(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		p := reflect.New(v.Type().Elem())
		p.Elem().Set(deepCopy(v.Elem()))
		return p
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		s := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := range v.Len() {
			s.Index(i).Set(deepCopy(v.Index(i)))
		}
		return s
	case reflect.Map:
		if v.IsNil() {
			return v
		}
		m := reflect.MakeMapWithSize(v.Type(), v.Len())
		for it := v.MapRange(); it.Next(); {
			m.SetMapIndex(it.Key(), deepCopy(it.Value()))
		}
		return m
	case reflect.Struct:
		s := reflect.New(v.Type()).Elem()
		s.Set(v)
		for i := range v.NumField() {
			if f := s.Field(i); f.CanSet() {
				f.Set(deepCopy(v.Field(i)))
			}
		}
		return s
	case reflect.Array:
		s := reflect.New(v.Type()).Elem()
		for i := range v.Len() {
			s.Index(i).Set(deepCopy(v.Index(i)))
		}
		return s
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		c := reflect.New(v.Type()).Elem()
		c.Set(deepCopy(v.Elem()))
		return c
	}
	return v
}
