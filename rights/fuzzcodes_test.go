package rights_test

import (
	"errors"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/rights"
)

// codeDecoder is one enumeration's decoders: its ParseT, UnmarshalText and
// Scan, each returning the code of what it decoded.
type codeDecoder struct {
	name  string
	parse func(string) (string, error)
	text  func([]byte) (string, error)
	scan  func(any) (string, error)
	codes []string // every code, for the seeds
}

type enumValue interface {
	~uint8
	String() string
	Valid() bool
}

func decoderOf[T enumValue, P interface {
	*T
	UnmarshalText([]byte) error
	Scan(any) error
}](name string, parse func(string) (T, error)) codeDecoder {
	d := codeDecoder{name: name,
		parse: func(s string) (string, error) { v, err := parse(s); return v.String(), err },
		text: func(b []byte) (string, error) {
			var v T
			err := P(&v).UnmarshalText(b)
			return v.String(), err
		},
		scan: func(src any) (string, error) {
			var v T
			err := P(&v).Scan(src)
			return v.String(), err
		},
	}
	for i := range 256 {
		if v := T(i); v.Valid() {
			d.codes = append(d.codes, v.String())
		}
	}
	return d
}

// codeDecoders are the package's every ParseT and UnmarshalText.
var codeDecoders = []codeDecoder{
	decoderOf("ClosedDay", rights.ParseClosedDay),
	decoderOf("Condition", rights.ParseCondition),
	decoderOf("Exception", rights.ParseException),
	decoderOf("Ground", rights.ParseGround),
	decoderOf("InformException", rights.ParseInformException),
	decoderOf("Kind", rights.ParseKind),
	decoderOf("Outcome", rights.ParseOutcome),
	decoderOf("Relation", rights.ParseRelation),
	decoderOf("Status", rights.ParseStatus),
	decoderOf("Trigger", rights.ParseTrigger),
	decoderOf("Verdict", rights.ParseVerdict),
}

// FuzzDecodeCodes feeds the same text to every ParseT, UnmarshalText and
// Scan of the package (the seeds hold every code of every enumeration, so each
// decoder's success path is reached): none panics; each fails with an
// error matching gdpr.ErrInvalid or gives the value whose code is the
// input; ParseT and UnmarshalText agree.
func FuzzDecodeCodes(f *testing.F) {
	for _, d := range codeDecoders {
		for _, c := range d.codes {
			f.Add(c)
		}
	}
	for _, s := range []string{"", "Access", "\xff", "070761-4285", " access"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, d := range codeDecoders {
			code, err := d.parse(s)
			tcode, terr := d.text([]byte(s))
			if (err == nil) != (terr == nil) {
				t.Fatalf("%s: Parse and UnmarshalText disagree on %q: %v, %v", d.name, s, err, terr)
			}
			for _, src := range []any{s, []byte(s)} {
				scode, serr := d.scan(src)
				if serr != nil && !errors.Is(serr, gdpr.ErrInvalid) {
					t.Fatalf("%s: Scan(%T %q): error %v does not match gdpr.ErrInvalid", d.name, src, s, serr)
				}
				if serr == nil && s != "" && err == nil && scode != s {
					t.Fatalf("%s: Scan(%T %q) gives %q", d.name, src, s, scode)
				}
			}
			if err != nil {
				if !errors.Is(err, gdpr.ErrInvalid) || !errors.Is(terr, gdpr.ErrInvalid) {
					t.Fatalf("%s: %q: errors %v, %v do not match gdpr.ErrInvalid", d.name, s, err, terr)
				}
				continue
			}
			if s != "" && (code != s || tcode != s) { // "" is the zero value, "not set"
				t.Fatalf("%s: %q decodes as %q and %q", d.name, s, code, tcode)
			}
		}
	})
}

// TestEveryCodeDecoderIsFuzzed: the table above holds one entry per ParseT
// of the package, and each has codes for the seeds.
func TestEveryCodeDecoderIsFuzzed(t *testing.T) {
	for _, d := range codeDecoders {
		if len(d.codes) == 0 {
			t.Errorf("%s has no codes", d.name)
		}
	}
	if len(codeDecoders) != 11 {
		t.Errorf("%d decoders; the package has 11 enumerations (enum_gen.go)", len(codeDecoders))
	}
}
