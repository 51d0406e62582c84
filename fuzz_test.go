package gdpr_test

import (
	"database/sql"
	"database/sql/driver"
	"encoding"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// The package's decoders and what the fuzz targets below hold them to:
// never a panic; an error wraps gdpr.ErrInvalid, starts with "gdpr: " and
// names the kind of value and the input when it is code-like (enum.Quote),
// except for CPR numbers, whose errors never hold the input;
// whatever decodes encodes back to its canonical form and decodes again to
// the same value through text, JSON and database/sql.
//
//	enumerations   Severity, DataCategory, SubjectGroup, KLELevel,
//	               TransferStatus, AdequacyScope, InternationalOrganisation:
//	               ParseX, UnmarshalText, Scan        FuzzDecodeCodes
//	codes          DataType, LegalBasis: the same      FuzzDecodeCodes
//	identifiers    KLE, CVR, Country, Date, CPR:
//	               UnmarshalText, Scan                 FuzzDecodeIdentifiers
//	               ParseKLE, ParseCVR, ParseCountry,
//	               ParseDate, ParseCPR                 FuzzParseKLE, FuzzParseCVR, ...
//	               JSON                                FuzzKLEJSON, FuzzCVRJSON, ...
//	Validate       DataSubjectCategory                 FuzzDataSubjectCategory
//	storage        every storable type, Personal:
//	               strict JSON, Validate, re-encode    FuzzRootTypesRoundTrip

// decoder is what a pointer to each of the package's code types is.
type decoder[T any] interface {
	*T
	encoding.TextUnmarshaler
	sql.Scanner
}

// fuzzCode checks one code type on the input s; parse is its ParseX and
// kind the words its errors use for it ("data category").
func fuzzCode[T comparable, P decoder[T]](t *testing.T, s, kind string, parse func(string) (T, error)) {
	t.Helper()
	var v T
	err := P(&v).UnmarshalText([]byte(s))
	p, perr := parse(s)
	if (err == nil) != (perr == nil) || p != v {
		t.Fatalf("%s %q: UnmarshalText gives %v, %v; Parse gives %v, %v", kind, s, v, err, p, perr)
	}
	for _, src := range []any{s, []byte(s)} {
		var w T
		serr := P(&w).Scan(src)
		if (serr == nil) != (err == nil) || w != v {
			t.Fatalf("%s %q: Scan(%T) gives %v, %v; UnmarshalText gives %v, %v", kind, s, src, w, serr, v, err)
		}
	}
	if err != nil {
		msg := err.Error()
		if !errors.Is(err, gdpr.ErrInvalid) || !strings.HasPrefix(msg, "gdpr: ") ||
			!strings.Contains(msg, kind) || !strings.Contains(msg, enum.Quote(s)) {
			t.Fatalf("%s %q: error %q must wrap ErrInvalid and name the %s and the input", kind, s, msg, kind)
		}
		return
	}
	text, err := any(v).(encoding.TextMarshaler).MarshalText()
	if err != nil || string(text) != s {
		t.Fatalf("%s %q decoded but encodes as %q, %v", kind, s, text, err)
	}
	var fromJSON struct{ V T }
	js, err := json.Marshal(struct{ V T }{v})
	if err != nil || json.Unmarshal(js, &fromJSON) != nil || fromJSON.V != v {
		t.Fatalf("%s %q: JSON round trip through %s gives %v, %v", kind, s, js, fromJSON.V, err)
	}
	dv, err := any(v).(driver.Valuer).Value()
	var fromSQL T
	if err != nil || P(&fromSQL).Scan(dv) != nil || fromSQL != v {
		t.Fatalf("%s %q: SQL round trip through %v gives %v, %v", kind, s, dv, fromSQL, err)
	}
}

// FuzzDecodeCodes feeds arbitrary text to the decoders of every code type.
func FuzzDecodeCodes(f *testing.F) {
	for _, s := range []string{
		"", "sensitive", "cpr_number", "custom:ordinary:Karakterer", "custom:sensitive:a\tb", "art6_1_e",
		"law:serviceloven § 50", "law:\xa7 5", "children", "warning", "subject", "third_country", "dpf_certified",
		"epo", "custom:x:y", "law:", "\xff", strings.Repeat("x", 100),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fuzzCode[gdpr.Severity](t, s, "severity", gdpr.ParseSeverity)
		fuzzCode[gdpr.DataCategory](t, s, "data category", gdpr.ParseDataCategory)
		fuzzCode[gdpr.DataType](t, s, "data type", gdpr.ParseDataType)
		fuzzCode[gdpr.LegalBasis](t, s, "legal basis", gdpr.ParseLegalBasis)
		fuzzCode[gdpr.SubjectGroup](t, s, "subject group", gdpr.ParseSubjectGroup)
		fuzzCode[gdpr.KLELevel](t, s, "KLE level", gdpr.ParseKLELevel)
		fuzzCode[gdpr.TransferStatus](t, s, "transfer status", gdpr.ParseTransferStatus)
		fuzzCode[gdpr.AdequacyScope](t, s, "adequacy scope", gdpr.ParseAdequacyScope)
		fuzzCode[gdpr.InternationalOrganisation](t, s, "international organisation", gdpr.ParseInternationalOrganisation)
	})
}

// fuzzIdentifier checks UnmarshalText and Scan of one identifier type on
// the input s: they agree, an error wraps ErrInvalid and starts with
// "gdpr: ", and a decoded value encodes as canon(v) and decodes back.
func fuzzIdentifier[T comparable, P decoder[T]](t *testing.T, s, kind string) (T, error) {
	t.Helper()
	var v T
	err := P(&v).UnmarshalText([]byte(s))
	for _, src := range []any{s, []byte(s)} {
		var w T
		serr := P(&w).Scan(src)
		if (serr == nil) != (err == nil) || w != v {
			t.Fatalf("%s %q: Scan(%T) gives %v, %v; UnmarshalText gives %v, %v", kind, s, src, w, serr, v, err)
		}
	}
	if err != nil && (!errors.Is(err, gdpr.ErrInvalid) || !strings.HasPrefix(err.Error(), "gdpr: ")) {
		t.Fatalf("%s %q: error %q must wrap ErrInvalid", kind, s, err)
	}
	return v, err
}

// FuzzDecodeIdentifiers feeds arbitrary text to UnmarshalText and Scan of
// the identifier types and the date, and an arbitrary integer to
// CVR.Scan, the one integer column the package reads.
func FuzzDecodeIdentifiers(f *testing.F) {
	for _, s := range []string{
		"", "27.24.00 G01", "4.", "29189846", "DK 29 18 98 46", "29189847", "DK", "dk", "UK", "2025-01-31",
		"2025-02-29", "241299-7351", "2412997351", "241299-xxxx", "310225-7351", "\xff", strings.Repeat("9", 60),
	} {
		f.Add(s, int64(29189846))
	}
	f.Add("", int64(-1))
	f.Add("", int64(99999999))
	f.Fuzz(func(t *testing.T, s string, n int64) {
		// Errors name the input, quoted and shortened.
		named := func(kind string, err error) {
			if err != nil && !strings.Contains(err.Error(), enum.Quote(s)) {
				t.Fatalf("%s %q: error %q does not name the input", kind, s, err)
			}
		}
		canonical := func(kind string, v encoding.TextMarshaler, back encoding.TextUnmarshaler, same func() bool) {
			text, err := v.MarshalText()
			if err != nil || back.UnmarshalText(text) != nil || !same() {
				t.Fatalf("%s %q encodes as %q, %v, which does not decode to the same value", kind, s, text, err)
			}
		}

		k, err := fuzzIdentifier[gdpr.KLE](t, s, "KLE")
		named("KLE", err)
		var k2 gdpr.KLE
		canonical("KLE", k, &k2, func() bool { return k2 == k })

		c, err := fuzzIdentifier[gdpr.CVR](t, s, "CVR")
		named("CVR", err)
		var c2 gdpr.CVR
		canonical("CVR", c, &c2, func() bool { return c2 == c })

		co, err := fuzzIdentifier[gdpr.Country](t, s, "country")
		named("country", err)
		var co2 gdpr.Country
		canonical("country", co, &co2, func() bool { return co2 == co })

		d, err := fuzzIdentifier[gdpr.Date](t, s, "date")
		named("date", err)
		var d2 gdpr.Date
		canonical("date", d, &d2, func() bool { return d2 == d })
		if err == nil && !d.IsZero() && !d.Valid() {
			t.Fatalf("date %q decoded to the invalid %v", s, d)
		}

		// A CPR number's errors never hold any of the input (see
		// cprErrorMessages), and it encodes redacted: no round trip.
		p, err := fuzzIdentifier[gdpr.CPR](t, s, "CPR")
		if err != nil && !cprErrorMessages[err.Error()] {
			t.Fatalf("CPR: unexpected error message %q", err)
		}
		if text, _ := p.MarshalText(); string(text) != p.String() || (!p.IsZero() && !strings.HasSuffix(p.String(), "-xxxx")) {
			t.Fatalf("CPR %q encodes as %q", s, text)
		}

		// An integer column holds a CVR number as the number itself.
		var fromInt gdpr.CVR
		err = fromInt.Scan(n)
		if want, werr := gdpr.ParseCVR(strconv.FormatInt(n, 10)); n >= 10000000 && n <= 99999999 {
			if (err == nil) != (werr == nil) || fromInt != want {
				t.Fatalf("CVR.Scan(%d) = %v, %v; ParseCVR gives %v, %v", n, fromInt, err, want, werr)
			}
		} else if err == nil || !errors.Is(err, gdpr.ErrInvalid) {
			t.Fatalf("CVR.Scan(%d) = %v, %v: want an error, not 8 digits", n, fromInt, err)
		}
	})
}

// FuzzDataSubjectCategory decodes arbitrary JSON into a category and
// validates it: never a panic, problems only at the category's own fields,
// and a valid category has a label that is not blank.
func FuzzDataSubjectCategory(f *testing.F) {
	f.Add([]byte(`{"group":"children","vulnerable":true}`))
	f.Add([]byte(`{"group":"children","name":" "}`))
	f.Add([]byte(`{"name":"Plejefamilier"}`))
	f.Add([]byte(`{"group":"nobody"}`))
	f.Add([]byte(`{"group":7}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var c gdpr.DataSubjectCategory
		if json.Unmarshal(b, &c) != nil {
			return
		}
		err := c.Validate()
		if err == nil {
			if strings.TrimSpace(c.Label(language.Danish)) == "" {
				t.Fatalf("valid category %+v has no label", c)
			}
			return
		}
		var ps gdpr.Problems
		if !errors.Is(err, gdpr.ErrInvalid) || !errors.As(err, &ps) {
			t.Fatalf("%s: error %v is not Problems", b, err)
		}
		for _, p := range ps {
			if p.Path != "" && p.Path != "group" && p.Path != "vulnerable" {
				t.Fatalf("%s: problem at unknown path %q", b, p.Path)
			}
		}
	})
}
