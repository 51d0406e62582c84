package risk_test

import (
	"database/sql"
	"database/sql/driver"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// enumCase is one value of a code-based enumeration with its code and
// labels.
type enumCase struct {
	code, da, en string
}

// enumValue is what every enumeration of the package implements.
type enumValue interface {
	~uint8
	fmt.Stringer
	Valid() bool
	Label(language.Tag) string
	encoding.TextMarshaler
	driver.Valuer
}

// testEnum checks an enumeration exhaustively: every value's code, labels,
// text, JSON and SQL round trips, the zero value, and every invalid value
// of uint8.
func testEnum[T enumValue, PT interface {
	*T
	encoding.TextUnmarshaler
	sql.Scanner
}](t *testing.T, typeName string, all []T, cases []enumCase, parse func(string) (T, error)) {
	t.Helper()
	require.Len(t, all, len(cases), "the list function returns every value")
	for i, tc := range cases {
		v := T(i + 1)
		assert.Equal(t, v, all[i], "list order")
		assert.True(t, v.Valid(), tc.code)
		assert.Equal(t, tc.code, v.String())
		assert.Equal(t, tc.da, v.Label(language.Danish))
		assert.Equal(t, tc.da, v.Label(language.MustParse("da-DK")))
		assert.Equal(t, tc.da, v.Label(language.Und), "Danish is the default")
		assert.Equal(t, tc.en, v.Label(language.English))
		assert.Equal(t, tc.en, v.Label(language.BritishEnglish))

		b, err := v.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, tc.code, string(b))
		got, err := parse(tc.code)
		require.NoError(t, err)
		assert.Equal(t, v, got)
		var u T
		require.NoError(t, PT(&u).UnmarshalText(b))
		assert.Equal(t, v, u)

		j, err := json.Marshal(struct{ V T }{v})
		require.NoError(t, err)
		assert.JSONEq(t, `{"V":"`+tc.code+`"}`, string(j))
		mj, err := json.Marshal(map[T]int{v: 1})
		require.NoError(t, err, "usable as a JSON map key")
		assert.JSONEq(t, `{"`+tc.code+`":1}`, string(mj))

		dv, err := v.Value()
		require.NoError(t, err)
		assert.Equal(t, tc.code, dv)
		var s T
		require.NoError(t, PT(&s).Scan(dv))
		assert.Equal(t, v, s)
		require.NoError(t, PT(&s).Scan([]byte(tc.code)))
		assert.Equal(t, v, s)
	}

	var zero T
	assert.False(t, zero.Valid(), "zero is not set")
	b, err := zero.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b)
	dv, err := zero.Value()
	require.NoError(t, err)
	assert.Nil(t, dv)
	got, err := parse("")
	require.NoError(t, err)
	assert.Zero(t, got)
	s := T(1)
	require.NoError(t, PT(&s).Scan(nil))
	assert.Zero(t, s, "NULL scans as not set")

	for n := len(cases) + 1; n < 256; n++ {
		v := T(n)
		assert.False(t, v.Valid())
		assert.Equal(t, fmt.Sprintf("%s(%d)", typeName, n), v.String())
		assert.Equal(t, v.String(), v.Label(language.Danish))
		_, err := v.MarshalText()
		assert.ErrorIs(t, err, gdpr.ErrInvalid)
		_, err = v.Value()
		assert.ErrorIs(t, err, gdpr.ErrInvalid)
	}
	for _, bad := range []string{"unknown", " " + cases[0].code, cases[0].da, "1"} {
		_, err := parse(bad)
		assert.ErrorIs(t, err, risk.ErrUnknownCode, bad)
		assert.ErrorIs(t, err, gdpr.ErrInvalid, bad)
		var u T
		assert.Error(t, json.Unmarshal([]byte(`"`+bad+`"`), &u), "JSON decoding rejects %q", bad)
	}
	assert.ErrorIs(t, PT(&s).Scan(42), gdpr.ErrInvalid, "an int column is not a code")
}

// rules.md §3; seed 002, "Risikomatrix": the five bands and their texts.
func TestBand(t *testing.T) {
	testEnum[risk.Band](t, "Band", risk.Bands(), []enumCase{
		{"low", "Lav", "Low"},
		{"below_medium", "Under middel", "Below medium"},
		{"medium", "Middel", "Medium"},
		{"above_medium", "Over middel", "Above medium"},
		{"high", "Høj", "High"},
	}, risk.ParseBand)

	guidance := map[risk.Band]string{
		risk.Low:         "Bør ikke give anledning til yderligere behandling",
		risk.BelowMedium: "Bør ikke give anledning til yderligere behandling",
		risk.Medium:      "Bør give anledning til løbende overvågning",
		risk.AboveMedium: "Bør give anledning til håndtering",
		risk.High:        "Bør håndteres med det samme",
	}
	for b, want := range guidance {
		assert.Equal(t, want, b.Guidance(language.Danish), b.String())
		assert.NotEmpty(t, b.Guidance(language.English))
	}
	assert.Empty(t, risk.Band(0).Guidance(language.Danish))
	assert.Less(t, risk.Low, risk.High, "bands are ordered")
}

func TestAction(t *testing.T) {
	testEnum[risk.Action](t, "Action", risk.Actions(), []enumCase{
		{"accept", "Accepteres", "Accept"},
		{"monitor", "Overvåges løbende", "Monitor continuously"},
		{"reduce", "Skal nedbringes", "Reduce"},
		{"stop", "Stop behandlingen", "Stop the processing"},
	}, risk.ParseAction)
}

func TestMeasureStatus(t *testing.T) {
	testEnum[risk.MeasureStatus](t, "MeasureStatus", risk.MeasureStatuses(), []enumCase{
		{"planned", "Planlagt", "Planned"},
		{"in_progress", "Under implementering", "In progress"},
		{"implemented", "Implementeret", "Implemented"},
	}, risk.ParseMeasureStatus)
}

func FuzzParseBand(f *testing.F) {
	for _, s := range []string{"", "low", "high", "above_medium", "Høj", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, parse := range []func(string) (string, error){
			func(s string) (string, error) { v, err := risk.ParseBand(s); return enc(v), err },
			func(s string) (string, error) { v, err := risk.ParseAction(s); return enc(v), err },
			func(s string) (string, error) { v, err := risk.ParseMeasureStatus(s); return enc(v), err },
		} {
			code, err := parse(s)
			if err != nil {
				if !errors.Is(err, risk.ErrUnknownCode) || !errors.Is(err, gdpr.ErrInvalid) {
					t.Fatalf("parse(%q): error %v does not wrap ErrUnknownCode and gdpr.ErrInvalid", s, err)
				}
				continue
			}
			if code != s {
				t.Fatalf("%q parsed but encodes as %q", s, code)
			}
		}
	})
}

func enc(v encoding.TextMarshaler) string {
	b, err := v.MarshalText()
	if err != nil {
		return "error: " + err.Error()
	}
	return string(b)
}
