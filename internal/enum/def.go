package enum

import (
	"database/sql/driver"
	"fmt"
	"strconv"

	"github.com/dkgdpr/gdpr/internal/lang"
	"golang.org/x/text/language"
)

// Entry is one value of an enumeration: its stable snake_case code and its
// Danish and English labels.
type Entry struct {
	Code string
	Da   string
	En   string
}

// Def is the one table of an enumeration T: the name of the type, the kind
// used in messages ("risk: consequence", naming the package once) and the
// entries indexed by value, keyed by constant in the literal
// (Entries: []Entry{Minor: {...}}); entry 0 is "not set" and stays empty.
// Err is the package's sentinel for unknown codes and invalid values; it
// matches gdpr.ErrInvalid.
//
// The method set of T (String, Valid, Label, MarshalText, UnmarshalText,
// Parse, Scan, Value) is generated from a Def by internal/cmd/enumgen, each
// method one call into the Def.
type Def[T ~uint8] struct {
	Type    string
	Kind    string
	Entries []Entry
	Err     error
}

// Valid reports whether v is a defined, non-zero value.
func (d *Def[T]) Valid(v T) bool {
	return v != 0 && int(v) < len(d.Entries) && d.Entries[v].Code != ""
}

// String returns the code of v, or "Type(n)" for a value off the table,
// like time.Month does.
func (d *Def[T]) String(v T) string {
	if d.Valid(v) {
		return d.Entries[v].Code
	}
	return d.Type + "(" + strconv.Itoa(int(v)) + ")"
}

// Label returns the Danish label of v, or the English one for an English
// tag; an invalid value gives its String.
func (d *Def[T]) Label(v T, tag language.Tag) string {
	if !d.Valid(v) {
		return d.String(v)
	}
	e := d.Entries[v]
	if lang.English(tag) {
		return e.En
	}
	return e.Da
}

// Marshal encodes v as its code; zero encodes as "". An invalid value is an
// error wrapping Err.
func (d *Def[T]) Marshal(v T) ([]byte, error) {
	if v == 0 {
		return []byte{}, nil
	}
	if !d.Valid(v) {
		return nil, &Error{Msg: fmt.Sprintf("%s: cannot encode %s", d.pkg(), d.String(v)), Code: "out_of_range", Err: d.Err}
	}
	return []byte(d.Entries[v].Code), nil
}

// Parse finds the value of a code. "" gives zero (not set); an unknown code
// is an [Error] wrapping Err.
func (d *Def[T]) Parse(s string) (T, error) {
	if s == "" {
		return 0, nil
	}
	for i := 1; i < len(d.Entries); i++ {
		if d.Entries[i].Code == s {
			return T(i), nil
		}
	}
	return 0, d.Unknown(s)
}

// Unknown returns the error for s, which names no value of T.
func (d *Def[T]) Unknown(s string) error {
	return &Error{Msg: fmt.Sprintf("%s: unknown %s %s", d.pkg(), d.what(), Quote(s)), Code: "unknown_code", Err: d.Err}
}

// Unmarshal decodes a code into *v.
func (d *Def[T]) Unmarshal(v *T, b []byte) error {
	p, err := d.Parse(string(b))
	if err != nil {
		return err
	}
	*v = p
	return nil
}

// Scan implements sql.Scanner for a value stored as its code: NULL gives
// zero, a string or []byte is parsed, anything else is an error.
func (d *Def[T]) Scan(v *T, src any) error {
	switch x := src.(type) {
	case nil:
		*v = 0
		return nil
	case string:
		return d.Unmarshal(v, []byte(x))
	case []byte:
		return d.Unmarshal(v, x)
	}
	return &Error{Msg: fmt.Sprintf("%s: cannot scan %T into a %s", d.pkg(), src, d.what()), Code: "malformed", Err: d.Err}
}

// Value implements driver.Valuer: the code, or NULL for zero.
func (d *Def[T]) Value(v T) (driver.Value, error) {
	if v == 0 {
		return nil, nil
	}
	b, err := d.Marshal(v)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// Values returns every defined value of T in order, as a fresh slice.
func (d *Def[T]) Values() []T {
	out := make([]T, 0, len(d.Entries))
	for i := 1; i < len(d.Entries); i++ {
		if d.Valid(T(i)) {
			out = append(out, T(i))
		}
	}
	return out
}

func (d *Def[T]) pkg() string {
	p, _ := split(d.Kind)
	if len(p) >= 2 {
		return p[:len(p)-2]
	}
	return p
}

func (d *Def[T]) what() string {
	_, w := split(d.Kind)
	return w
}

// Error is an error about one enumeration value: a message that names the
// package once, a problem code ("unknown_code", "out_of_range",
// "malformed") that strict decoders put on the problem, and the package's
// sentinel, which it wraps.
type Error struct {
	Msg  string
	Code string
	Err  error
}

// Error returns the message.
func (e *Error) Error() string { return e.Msg }

// Unwrap returns the package's sentinel.
func (e *Error) Unwrap() error { return e.Err }

// ProblemCode returns the stable problem code of the error.
func (e *Error) ProblemCode() string { return e.Code }
