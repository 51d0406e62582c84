package gdpr_test

import (
	"encoding/json"
	"errors"
	"github.com/dkgdpr/gdpr/internal/enum"
	"slices"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestParseCountryAccepts(t *testing.T) {
	tests := []struct{ name, in, want, da, en string }{
		{"Denmark upper case", "DK", "DK", "Danmark", "Denmark"},
		{"lower case", "dk", "DK", "Danmark", "Denmark"},
		{"mixed case", "gL", "GL", "Grønland", "Greenland"},
		{"Faroe Islands", "FO", "FO", "Færøerne", "Faroe Islands"},
		{"United Kingdom is GB", "GB", "GB", "Storbritannien", "United Kingdom"},
		{"United States", "us", "US", "USA", "United States"},
		{"Switzerland", "CH", "CH", "Schweiz", "Switzerland"},
		{"Republic of Korea", "KR", "KR", "Sydkorea", "South Korea"},
		{"renamed: Eswatini", "SZ", "SZ", "Eswatini", "Eswatini"},
		{"renamed: North Macedonia", "MK", "MK", "Nordmakedonien", "North Macedonia"},
		{"renamed: Türkiye", "TR", "TR", "Tyrkiet", "Türkiye"},
		{"Antarctica is assigned", "AQ", "AQ", "Antarktis", "Antarctica"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := gdpr.ParseCountry(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, c.String())
			assert.Equal(t, tt.da, c.Label(language.Danish))
			assert.Equal(t, tt.da, c.Label(language.Und), "Danish is the default")
			assert.Equal(t, tt.en, c.Label(language.AmericanEnglish))
			roundTrip(t, c)
		})
	}
}

func TestParseCountryRejects(t *testing.T) {
	tests := []struct{ name, in, why string }{
		{"Kosovo's XK is user-assigned, not ISO", "XK", "not an assigned"},
		{"UK is reserved; the code is GB", "UK", `the United Kingdom is "GB"`},
		{"lower-case uk gets the same hint", "uk", `the United Kingdom is "GB"`},
		{"EL is the EU's code for Greece, ISO's is GR", "EL", `Greece is "GR"`},
		{"EU is not a country", "EU", "not an assigned"},
		{"unknown region ZZ", "ZZ", "not an assigned"},
		{"withdrawn: Netherlands Antilles", "AN", "not an assigned"},
		{"alpha-3", "DNK", "want two letters"},
		{"one letter", "D", "want two letters"},
		{"digits", "45", "want two letters"},
		{"numeric code", "208", "want two letters"},
		{"space", "D ", "want two letters"},
		{"non-ASCII letters", "DÅ", "want two letters"},
		{"a name", "Denmark", "want two letters"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := gdpr.ParseCountry(tt.in)
			require.Error(t, err)
			assert.ErrorIs(t, err, gdpr.ErrInvalid)
			assert.Contains(t, err.Error(), enum.Quote(tt.in), "the error names a code-like input, describes anything else")
			assert.Contains(t, err.Error(), tt.why)
			assert.True(t, strings.HasPrefix(err.Error(), "gdpr: "), "got %q", err)
			assert.True(t, c.IsZero())
		})
	}
	_, err := gdpr.ParseCountry("")
	assert.ErrorIs(t, err, gdpr.ErrInvalid, "the empty string is an error for ParseCountry")
}

func TestCountriesAreTheAssignedCodes(t *testing.T) {
	all := gdpr.Countries()
	require.Len(t, all, 249, "ISO 3166-1 has 249 assigned alpha-2 codes")
	assert.True(t, slices.IsSortedFunc(all, gdpr.Country.Compare))
	for _, c := range all {
		t.Run(c.String(), func(t *testing.T) {
			p, err := gdpr.ParseCountry(strings.ToLower(c.String()))
			require.NoError(t, err)
			assert.Equal(t, c, p)
			assert.NotEmpty(t, c.Label(language.Danish))
			assert.NotEmpty(t, c.Label(language.English))
			assert.NotContains(t, c.Label(language.English), "&")
			roundTrip(t, c)
		})
	}
	all[0] = gdpr.MustParseCountry("DK")
	assert.Equal(t, "AD", gdpr.Countries()[0].String(), "Countries returns a fresh slice")
}

func TestEEAAndEU(t *testing.T) {
	eu := []string{"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"}
	codes := func(cs []gdpr.Country) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.String())
		}
		return out
	}
	assert.Equal(t, eu, codes(gdpr.EU()))
	eea := append(slices.Clone(eu), "IS", "LI", "NO")
	slices.Sort(eea)
	assert.Equal(t, eea, codes(gdpr.EEA()), "the EEA Agreement: the EU 27 plus Iceland, Liechtenstein and Norway")

	l := gdpr.EEA()
	l[0] = gdpr.MustParseCountry("US")
	assert.Equal(t, "AT", gdpr.EEA()[0].String(), "EEA returns a fresh slice")

	tests := []struct {
		name      string
		code      string
		eu, inEEA bool
	}{
		{"Denmark", "DK", true, true},
		{"Norway is EEA, not EU", "NO", false, true},
		{"Iceland", "IS", false, true},
		{"Liechtenstein", "LI", false, true},
		{"Greenland is outside (an overseas country, TFEU Annex II)", "GL", false, false},
		{"Faroe Islands are outside (Decision 2010/146/EU: adequate)", "FO", false, false},
		{"Switzerland is EFTA but not EEA", "CH", false, false},
		{"United Kingdom left", "GB", false, false},
		{"Réunion is an outermost region of France (TFEU art. 349)", "RE", true, true},
		{"Guadeloupe", "GP", true, true},
		{"Åland is part of Finland (TFEU art. 355(4))", "AX", true, true},
		{"French Polynesia is an overseas territory, outside", "PF", false, false},
		{"Svalbard is outside the EEA Agreement (Protocol 40)", "SJ", false, false},
		{"Gibraltar", "GI", false, false},
		{"China", "CN", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := gdpr.MustParseCountry(tt.code)
			assert.Equal(t, tt.eu, c.InEU(), "InEU")
			assert.Equal(t, tt.inEEA, c.InEEA(), "InEEA")
		})
	}
	for _, c := range gdpr.EEA() {
		assert.True(t, c.InEEA(), "%s", c)
	}
	var zero gdpr.Country
	assert.False(t, zero.InEEA())
	assert.False(t, zero.InEU())
}

func TestCountryZeroValue(t *testing.T) {
	var c gdpr.Country
	assert.True(t, c.IsZero())
	assert.Equal(t, "", c.String())
	assert.Equal(t, "", c.Label(language.Danish))
	roundTrip(t, c)
	var v struct {
		C gdpr.Country `json:"c"`
	}
	require.NoError(t, json.Unmarshal([]byte(`{"c":"gl"}`), &v))
	assert.Equal(t, "GL", v.C.String())
	err := json.Unmarshal([]byte(`{"c":"XK"}`), &v)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"XK"`)
	assert.ErrorIs(t, v.C.Scan(42), gdpr.ErrInvalid)
	require.NoError(t, v.C.Scan(nil))
	assert.True(t, v.C.IsZero())
}

func FuzzParseCountry(f *testing.F) {
	for _, s := range []string{"", "DK", "dk", "XK", "UK", "GL", "DNK", "\xc3\x85", "zz"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := gdpr.ParseCountry(s)
		if err != nil {
			if !errors.Is(err, gdpr.ErrInvalid) || !c.IsZero() {
				t.Fatalf("%q: got %v, %v", s, c, err)
			}
			return
		}
		if !strings.EqualFold(c.String(), s) || c.String() != strings.ToUpper(c.String()) {
			t.Fatalf("%q parsed to %q", s, c)
		}
		if again, err := gdpr.ParseCountry(c.String()); err != nil || again != c {
			t.Fatalf("%q does not parse back: %v", c, err)
		}
		if c.Label(language.Danish) == "" || c.Label(language.English) == "" {
			t.Fatalf("%q has no name", c)
		}
	})
}

func FuzzCountryJSON(f *testing.F) {
	for _, s := range []string{`{"v":"DK"}`, `{"v":"fo"}`, `{"v":""}`, `{"v":null}`, `{"v":"XK"}`, `{"v":45}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(fuzzJSONField[gdpr.Country])
}
