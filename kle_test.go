package gdpr_test

import (
	"encoding/json"
	"errors"
	"github.com/dkgdpr/gdpr/internal/enum"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestParseKLEAccepts(t *testing.T) {
	tests := []struct {
		name, in, want string
		level          gdpr.KLELevel
		facet          string
	}{
		{"main group", "27", "27", gdpr.KLEMainGroup, ""},
		{"main group 00 exists (Kommunens styrelse)", "00", "00", gdpr.KLEMainGroup, ""},
		{"group", "27.24", "27.24", gdpr.KLEGroup, ""},
		{"group 00 exists (05.00 in KL's register 28)", "05.00", "05.00", gdpr.KLEGroup, ""},
		{"subject", "27.24.00", "27.24.00", gdpr.KLESubject, ""},
		{"facet after a space is canonical", "27.24.00 G01", "27.24.00 G01", gdpr.KLESubject, "G01"},
		{"facet written without separator", "27.24.00G01", "27.24.00 G01", gdpr.KLESubject, "G01"},
		{"facet after a hyphen as in journal numbers", "27.24.00-G01", "27.24.00 G01", gdpr.KLESubject, "G01"},
		{"highest numbers", "99.99.99 Z99", "99.99.99 Z99", gdpr.KLESubject, "Z99"},
		{"facet number 00", "85.02.03 A00", "85.02.03 A00", gdpr.KLESubject, "A00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, err := gdpr.ParseKLE(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, k.String())
			assert.Equal(t, tt.level, k.Level())
			assert.Equal(t, tt.facet, k.Facet())
			assert.False(t, k.IsZero())
			again, err := gdpr.ParseKLE(k.String())
			require.NoError(t, err)
			assert.Equal(t, k, again, "the canonical form parses to the same value")
			roundTrip(t, k)
		})
	}
}

func TestParseKLERejects(t *testing.T) {
	tests := []struct {
		name, in, why string
	}{
		{"known defect in KL's data (_21 and _23: meant 54)", "4.", "main group must be two digits"},
		{"one-digit main group", "4", "main group must be two digits"},
		{"three-digit main group", "270", "main group must be two digits"},
		{"one-digit group", "27.2", "group must be two digits"},
		{"three-digit subject", "27.24.000", "subject must be two digits"},
		{"empty group", "27..00", "group must be two digits"},
		{"trailing dot", "27.24.", "subject must be two digits"},
		{"leading dot", ".27", "main group must be two digits"},
		{"letters", "ab.cd", "main group must be two digits"},
		{"comma instead of dot", "27,24", `want "." after the main group`},
		{"leading space", " 27", "main group must be two digits"},
		{"trailing space", "27 ", `want "." after the main group`},
		{"facet on a group", "27.24 G01", `want "." after the group`},
		{"lower-case facet letter", "27.24.00 g01", "handling facet"},
		{"one-digit facet", "27.24.00 G1", "handling facet"},
		{"three-digit facet", "27.24.00 G011", "handling facet"},
		{"two spaces before facet", "27.24.00  G01", "handling facet"},
		{"journal number with sequence", "27.24.00-G01-3-24", "handling facet"},
		{"non-ASCII digits", "２７", "main group must be two digits"},
		{"fourth level", "27.24.00.01", "handling facet"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, err := gdpr.ParseKLE(tt.in)
			require.Error(t, err)
			assert.True(t, errors.Is(err, gdpr.ErrInvalid), "got %v, want it to wrap ErrInvalid", err)
			assert.Contains(t, err.Error(), enum.Quote(tt.in), "the error names a code-like input, describes anything else")
			assert.Contains(t, err.Error(), tt.why)
			assert.True(t, strings.HasPrefix(err.Error(), "gdpr: "), "got %q", err)
			assert.True(t, k.IsZero())
		})
	}
	t.Run("empty string is an error for ParseKLE", func(t *testing.T) {
		_, err := gdpr.ParseKLE("")
		assert.ErrorIs(t, err, gdpr.ErrInvalid)
	})
}

func TestKLEZeroValue(t *testing.T) {
	var k gdpr.KLE
	assert.True(t, k.IsZero())
	assert.Equal(t, "", k.String())
	assert.Equal(t, gdpr.KLELevel(0), k.Level())
	_, ok := k.MainGroup()
	assert.False(t, ok)
	roundTrip(t, k)

	var fromEmpty gdpr.KLE
	require.NoError(t, fromEmpty.UnmarshalText(nil), "empty text decodes as the zero value")
	require.NoError(t, json.Unmarshal([]byte(`{"k":null}`), &struct{ K gdpr.KLE }{}))
}

func TestKLETruncation(t *testing.T) {
	k := gdpr.MustParseKLE("27.24.00 G01")
	tests := []struct {
		name string
		cut  func(gdpr.KLE) (gdpr.KLE, bool)
		in   string
		want string
		ok   bool
	}{
		{"main group of a facetted subject", gdpr.KLE.MainGroup, "27.24.00 G01", "27", true},
		{"group of a facetted subject", gdpr.KLE.Group, "27.24.00 G01", "27.24", true},
		{"subject drops the facet", gdpr.KLE.Subject, "27.24.00 G01", "27.24.00", true},
		{"main group of a main group is itself", gdpr.KLE.MainGroup, "27", "27", true},
		{"a main group has no group", gdpr.KLE.Group, "27", "", false},
		{"a group has no subject", gdpr.KLE.Subject, "27.24", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := tt.cut(gdpr.MustParseKLE(tt.in))
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, got.String())
		})
	}
	assert.Equal(t, "G01", k.Facet())
	assert.Equal(t, "", gdpr.MustParseKLE("27.24.00").Facet())
}

func TestKLEContains(t *testing.T) {
	tests := []struct {
		name, k, o string
		want       bool
	}{
		{"main group contains its group", "27", "27.24", true},
		{"group contains its subject", "27.24", "27.24.00", true},
		{"main group contains a facetted subject", "27", "27.24.00 G01", true},
		{"subject contains its facetted form", "27.24.00", "27.24.00 G01", true},
		{"a number contains itself", "27.24", "27.24", true},
		{"a facetted subject contains itself", "27.24.00 G01", "27.24.00 G01", true},
		{"a group does not contain its main group", "27.24", "27", false},
		{"a facetted subject does not contain the bare subject", "27.24.00 G01", "27.24.00", false},
		{"other facet", "27.24.00 G01", "27.24.00 G02", false},
		{"other main group", "27", "28.24", false},
		{"other group", "27.24", "27.25.00", false},
		{"group 00 is not 'no group'", "27.00", "27.24", false},
		{"subject 00 is not 'no subject'", "27.24.00", "27.24.01", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := gdpr.MustParseKLE(tt.k).Contains(gdpr.MustParseKLE(tt.o))
			assert.Equal(t, tt.want, got, "%s contains %s", tt.k, tt.o)
		})
	}
	t.Run("the zero KLE contains nothing and is contained in nothing", func(t *testing.T) {
		assert.False(t, gdpr.KLE{}.Contains(gdpr.MustParseKLE("27")))
		assert.False(t, gdpr.MustParseKLE("27").Contains(gdpr.KLE{}))
		assert.False(t, gdpr.KLE{}.Contains(gdpr.KLE{}))
	})
}

func TestKLECompareOrdersLikeARegister(t *testing.T) {
	want := []string{"", "00", "27", "27.00", "27.24", "27.24.00", "27.24.00 A01", "27.24.00 G01", "27.24.00 G02", "27.24.01", "27.25", "28"}
	var ks []gdpr.KLE
	for i := len(want) - 1; i >= 0; i-- {
		var k gdpr.KLE
		require.NoError(t, k.UnmarshalText([]byte(want[i])))
		ks = append(ks, k)
	}
	slices.SortFunc(ks, gdpr.KLE.Compare)
	var got []string
	for _, k := range ks {
		got = append(got, k.String())
	}
	assert.Equal(t, want, got)
	assert.Equal(t, 0, gdpr.MustParseKLE("27.24.00G01").Compare(gdpr.MustParseKLE("27.24.00 G01")))
}

func TestKLEDecodingErrors(t *testing.T) {
	tests := []struct {
		name string
		json string
	}{
		{"KL's defect in a JSON document", `{"kle":"4."}`},
		{"a number is not a KLE", `{"kle":27}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v struct {
				KLE gdpr.KLE `json:"kle"`
			}
			err := json.Unmarshal([]byte(tt.json), &v)
			require.Error(t, err)
		})
	}
	var k gdpr.KLE
	err := k.Scan(int64(27))
	assert.ErrorIs(t, err, gdpr.ErrInvalid, "an integer column is not a KLE")
	assert.ErrorIs(t, k.Scan([]byte("4.")), gdpr.ErrInvalid)
}

func TestKLELevelLabels(t *testing.T) {
	// KL's names of the levels; the method set is checked in
	// TestEnumerations.
	want := map[gdpr.KLELevel][2]string{
		gdpr.KLEMainGroup: {"Hovedgruppe", "Main group"},
		gdpr.KLEGroup:     {"Gruppe", "Group"},
		gdpr.KLESubject:   {"Emne", "Subject"},
	}
	for l, w := range want {
		assert.Equal(t, w[0], l.Label(language.Danish), "%s", l)
		assert.Equal(t, w[1], l.Label(language.BritishEnglish), "%s", l)
	}
}

// TestKLEInKLsRecordsOfProcessing parses every KLE number in KL's standard
// records of processing as OS2compliance ships them (shared/data, README):
// all parse except the known defect "4." in _21 and _23.
func TestKLEInKLsRecordsOfProcessing(t *testing.T) {
	files, _ := filepath.Glob("../shared/data/os2compliance/registers/kl_article30_*.json")
	if len(files) == 0 {
		t.Skip("../shared/data/os2compliance is absent: skipping the test on KL's records")
	}
	var defects []string
	parsed := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		var rec struct {
			MainGroups []string `json:"kleMainGroups"`
			Groups     []string `json:"kleGroups"`
		}
		require.NoError(t, json.Unmarshal(b, &rec), f)
		for _, s := range append(rec.MainGroups, rec.Groups...) {
			k, err := gdpr.ParseKLE(s)
			if err != nil {
				assert.Contains(t, err.Error(), `"`+s+`"`)
				defects = append(defects, filepath.Base(f)+" "+s)
				continue
			}
			parsed++
			assert.Equal(t, s, k.String(), "KL writes the canonical form")
			if k.Level() == gdpr.KLEGroup {
				mg, _ := k.MainGroup()
				assert.True(t, mg.Contains(k))
			}
		}
	}
	slices.Sort(defects)
	assert.Equal(t, []string{"kl_article30_21.json 4.", "kl_article30_23.json 4."}, defects)
	assert.Greater(t, parsed, 400, "KL's 94 records hold some 490 KLE numbers")
}

func FuzzParseKLE(f *testing.F) {
	for _, s := range []string{"", "27", "27.24", "27.24.00", "27.24.00 G01", "27.24.00G01", "27.24.00-G01", "4.", "27..00", "27.24.000", "99.99.99 Z99", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, err := gdpr.ParseKLE(s)
		if err != nil {
			if !errors.Is(err, gdpr.ErrInvalid) {
				t.Fatalf("error %v does not wrap ErrInvalid", err)
			}
			if !k.IsZero() {
				t.Fatalf("failed parse of %q gave non-zero %v", s, k)
			}
			return
		}
		again, err := gdpr.ParseKLE(k.String())
		if err != nil || again != k {
			t.Fatalf("%q parsed to %q, which parses to %q, %v", s, k, again, err)
		}
		for _, cut := range []func() (gdpr.KLE, bool){k.MainGroup, k.Group, k.Subject} {
			if c, ok := cut(); ok && !c.Contains(k) {
				t.Fatalf("%q does not contain %q", c, k)
			}
		}
	})
}

func FuzzKLEJSON(f *testing.F) {
	for _, s := range []string{`{"v":"27.24.00 G01"}`, `{"v":""}`, `{"v":null}`, `{"v":"4."}`, `{"v":27}`, `{"v":"27\u002e24"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(fuzzJSONField[gdpr.KLE])
}
