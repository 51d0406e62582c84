package fuzzcheck

import (
	"errors"
	"testing"

	"github.com/dkgdpr/gdpr"
)

// Enum is one enumeration's decoders, ParseT, UnmarshalText and Scan,
// each returning the code of what it decoded, and its every code.
type Enum struct {
	Name  string
	Parse func(string) (string, error)
	Text  func([]byte) (string, error)
	Scan  func(any) (string, error)
	Codes []string // every code, for the seeds
}

// EnumValue is the value side of a generated enumeration.
type EnumValue interface {
	~uint8
	String() string
	Valid() bool
}

// EnumOf returns the decoders of the enumeration T named name, with
// parse its ParseT, and the codes of its valid values from 0 to 255.
func EnumOf[T EnumValue, P interface {
	*T
	UnmarshalText([]byte) error
	Scan(any) error
}](name string, parse func(string) (T, error)) Enum {
	d := Enum{Name: name,
		Parse: func(s string) (string, error) { v, err := parse(s); return v.String(), err },
		Text: func(b []byte) (string, error) {
			var v T
			err := P(&v).UnmarshalText(b)
			return v.String(), err
		},
		Scan: func(src any) (string, error) {
			var v T
			err := P(&v).Scan(src)
			return v.String(), err
		},
	}
	for i := range 256 {
		if v := T(i); v.Valid() {
			d.Codes = append(d.Codes, v.String())
		}
	}
	return d
}

// FuzzEnums seeds f with every code of every enumeration and extra, and
// feeds each input to every decoder of enums: none panics; each fails
// with an error matching gdpr.ErrInvalid or gives the value whose code is
// the input ("" is the zero value, "not set"); ParseT and UnmarshalText
// agree, and Scan of a string or []byte gives the same code.
func FuzzEnums(f *testing.F, enums []Enum, extra ...string) {
	for _, d := range enums {
		for _, c := range d.Codes {
			f.Add(c)
		}
	}
	for _, s := range extra {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, d := range enums {
			checkEnum(t, d, s)
		}
	})
}

func checkEnum(t *testing.T, d Enum, s string) {
	t.Helper()
	code, err := d.Parse(s)
	tcode, terr := d.Text([]byte(s))
	if (err == nil) != (terr == nil) {
		t.Fatalf("%s: Parse and UnmarshalText disagree on %q: %v, %v", d.Name, s, err, terr)
	}
	for _, src := range []any{s, []byte(s)} {
		scode, serr := d.Scan(src)
		if serr != nil && !errors.Is(serr, gdpr.ErrInvalid) {
			t.Fatalf("%s: Scan(%T %q): error %v does not match gdpr.ErrInvalid", d.Name, src, s, serr)
		}
		if serr == nil && s != "" && err == nil && scode != s {
			t.Fatalf("%s: Scan(%T %q) gives %q", d.Name, src, s, scode)
		}
	}
	if err != nil {
		if !errors.Is(err, gdpr.ErrInvalid) || !errors.Is(terr, gdpr.ErrInvalid) {
			t.Fatalf("%s: %q: errors %v, %v do not match gdpr.ErrInvalid", d.Name, s, err, terr)
		}
		return
	}
	if s != "" && (code != s || tcode != s) {
		t.Fatalf("%s: %q decodes as %q and %q", d.Name, s, code, tcode)
	}
}

// CheckEnums fails t unless enums holds want enumerations (the package's
// count in enum_gen.go) and each has codes for the seeds.
func CheckEnums(t *testing.T, enums []Enum, want int) {
	t.Helper()
	for _, d := range enums {
		if len(d.Codes) == 0 {
			t.Errorf("%s has no codes", d.Name)
		}
	}
	if len(enums) != want {
		t.Errorf("%d decoders; the package has %d enumerations (enum_gen.go)", len(enums), want)
	}
}
