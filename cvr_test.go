package gdpr_test

import (
	"encoding/json"
	"errors"
	"github.com/dkgdpr/gdpr/internal/enum"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Public authorities' CVR numbers as published in the CVR register. The
// tests rely only on their passing the modulus 11 check, which each does
// (the weighted sums are 187, 132, 88, 99, 165 and 143).
var cvrPublicAuthorities = []struct{ name, cvr string }{
	{"a municipality of the 2007 reform series", "29189846"},
	{"Københavns Kommune", "64942212"},
	{"Aarhus Kommune", "55133018"},
	{"Odense Kommune", "35209115"},
	{"Aalborg Kommune", "29189420"},
	{"Datatilsynet", "11883729"},
}

func TestParseCVRAcceptsPublicAuthorities(t *testing.T) {
	for _, a := range cvrPublicAuthorities {
		t.Run(a.name, func(t *testing.T) {
			c, err := gdpr.ParseCVR(a.cvr)
			require.NoError(t, err)
			assert.Equal(t, a.cvr, c.String())
			assert.False(t, c.IsZero())
			roundTrip(t, c)
		})
	}
}

func TestParseCVRAcceptsWrittenForms(t *testing.T) {
	tests := []struct{ name, in string }{
		{"canonical eight digits", "29189846"},
		{"VAT-style DK prefix", "DK29189846"},
		{"lower-case prefix", "dk29189846"},
		{"prefix and space", "DK 29189846"},
		{"prefix and hyphen", "DK-29189846"},
		{"pairs as the CVR register prints them", "29 18 98 46"},
		{"prefix and pairs", "DK 29 18 98 46"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := gdpr.ParseCVR(tt.in)
			require.NoError(t, err)
			assert.Equal(t, "29189846", c.String())
			assert.Equal(t, gdpr.MustParseCVR("29189846"), c, "every form gives the same value")
		})
	}
}

func TestParseCVRRejectsOneDigitChanged(t *testing.T) {
	// Modulus 11 with weights 1 to 7 catches every single-digit error:
	// a change of d in a digit of weight w changes the sum by w*d, and 11
	// divides neither factor.
	for _, a := range cvrPublicAuthorities {
		for i := range a.cvr {
			for d := byte('0'); d <= '9'; d++ {
				if d == a.cvr[i] {
					continue
				}
				changed := a.cvr[:i] + string(d) + a.cvr[i+1:]
				_, err := gdpr.ParseCVR(changed)
				require.Error(t, err, "%s with digit %d changed: %s", a.name, i+1, changed)
				assert.ErrorIs(t, err, gdpr.ErrInvalid)
				assert.NotContains(t, err.Error(), changed, "eight digits may be a phone number: described, not quoted")
			}
		}
	}
}

func TestParseCVRRejects(t *testing.T) {
	tests := []struct{ name, in, why string }{
		{"check digit wrong", "29189847", "modulus 11"},
		{"first digit 0 even when the sum fits", "01000004", "first digit is 0"},
		{"all zeros", "00000000", "first digit is 0"},
		{"seven digits", "2918984", "want 8 digits"},
		{"nine digits", "291898460", "want 8 digits"},
		{"a letter", "2918984a", "want 8 digits"},
		{"prefix only", "DK", "want 8 digits"},
		{"two spaces after prefix", "DK  29189846", "want 8 digits"},
		{"hyphenated pairs", "29-18-98-46", "want 8 digits"},
		{"two groups of four", "2918 9846", "want 8 digits"},
		{"trailing space", "29189846 ", "want 8 digits"},
		{"other country's prefix", "SE29189846", "want 8 digits"},
		{"non-ASCII digits", "２９１８９８４６", "want 8 digits"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := gdpr.ParseCVR(tt.in)
			require.Error(t, err)
			assert.ErrorIs(t, err, gdpr.ErrInvalid)
			assert.True(t, strings.HasPrefix(err.Error(), "gdpr: "), "got %q", err)
			assert.Contains(t, err.Error(), tt.why)
			if len(tt.in) <= 40 {
				assert.Contains(t, err.Error(), enum.Quote(tt.in), "the error names a code-like input, describes anything else")
			}
			assert.True(t, c.IsZero())
		})
	}
	t.Run("empty string", func(t *testing.T) {
		_, err := gdpr.ParseCVR("")
		assert.ErrorIs(t, err, gdpr.ErrInvalid)
	})
	t.Run("long input is cut in the error", func(t *testing.T) {
		_, err := gdpr.ParseCVR(strings.Repeat("9", 1000))
		require.Error(t, err)
		assert.Less(t, len(err.Error()), 200)
	})
}

func TestCVRZeroValueAndDecoding(t *testing.T) {
	var c gdpr.CVR
	assert.True(t, c.IsZero())
	assert.Equal(t, "", c.String())
	roundTrip(t, c)

	var v struct {
		CVR gdpr.CVR `json:"cvr"`
	}
	require.NoError(t, json.Unmarshal([]byte(`{"cvr":"DK 29189846"}`), &v))
	assert.Equal(t, "29189846", v.CVR.String())
	out, err := json.Marshal(v)
	require.NoError(t, err)
	assert.JSONEq(t, `{"cvr":"29189846"}`, string(out), "JSON carries the canonical form")

	err = json.Unmarshal([]byte(`{"cvr":"29189847"}`), &v)
	require.Error(t, err)
	assert.ErrorIs(t, err, gdpr.ErrInvalid)
	assert.NotContains(t, err.Error(), "29189847", "eight digits may be a phone number")
	assert.Error(t, json.Unmarshal([]byte(`{"cvr":29189846}`), &v), "a JSON number is not a CVR")
}

func TestCVRScan(t *testing.T) {
	tests := []struct {
		name string
		src  any
		want string
		ok   bool
	}{
		{"text column", "29189846", "29189846", true},
		{"bytes column", []byte("29189846"), "29189846", true},
		{"integer column", int64(29189846), "29189846", true},
		{"NULL", nil, "", true},
		{"integer with seven digits", int64(2918984), "", false},
		{"negative integer", int64(-29189846), "", false},
		{"integer failing modulus 11", int64(29189847), "", false},
		{"float column", 29189846.0, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := gdpr.MustParseCVR("64942212")
			err := c.Scan(tt.src)
			if !tt.ok {
				assert.ErrorIs(t, err, gdpr.ErrInvalid)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, c.String())
		})
	}
}

func FuzzParseCVR(f *testing.F) {
	for _, s := range []string{"", "29189846", "DK29189846", "DK 29 18 98 46", "29189847", "00000000", "dk-64942212", "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := gdpr.ParseCVR(s)
		if err != nil {
			if !errors.Is(err, gdpr.ErrInvalid) || !c.IsZero() {
				t.Fatalf("%q: got %v, %v", s, c, err)
			}
			return
		}
		if len(c.String()) != 8 || c.String()[0] == '0' {
			t.Fatalf("%q parsed to non-canonical %q", s, c)
		}
		again, err := gdpr.ParseCVR(c.String())
		if err != nil || again != c {
			t.Fatalf("%q parsed to %q, which parses to %q, %v", s, c, again, err)
		}
	})
}

func FuzzCVRJSON(f *testing.F) {
	for _, s := range []string{`{"v":"29189846"}`, `{"v":""}`, `{"v":null}`, `{"v":"DK 29189846"}`, `{"v":29189846}`, `{"v":"29189847"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(fuzzJSONField[gdpr.CVR])
}

func BenchmarkParseCVR(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := gdpr.ParseCVR("DK 29189846"); err != nil {
			b.Fatal(err)
		}
	}
}
