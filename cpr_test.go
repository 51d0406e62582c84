package gdpr_test

import (
	"bytes"
	"database/sql/driver"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The CPR numbers in these tests are made up for the tests; the dates are
// chosen to exercise the CPR office's century table.

func TestParseCPRCenturies(t *testing.T) {
	// The century table of the CPR office (CPR-kontoret), by the 7th digit.
	tests := []struct {
		name, in string
		want     gdpr.Date
	}{
		{"digit 0: 1900s", "010203-0234", gdpr.Date{Year: 1903, Month: time.February, Day: 1}},
		{"digit 3: 1900s even for year 00", "010100-3999", gdpr.Date{Year: 1900, Month: time.January, Day: 1}},
		{"digit 4, year 36: 2000s", "150636-4001", gdpr.Date{Year: 2036, Month: time.June, Day: 15}},
		{"digit 4, year 37: 1900s", "150637-4001", gdpr.Date{Year: 1937, Month: time.June, Day: 15}},
		{"digit 9, year 36: 2000s", "150636-9001", gdpr.Date{Year: 2036, Month: time.June, Day: 15}},
		{"digit 9, year 99: 1900s", "311299-9999", gdpr.Date{Year: 1999, Month: time.December, Day: 31}},
		{"digit 5, year 57: 2000s", "010157-5000", gdpr.Date{Year: 2057, Month: time.January, Day: 1}},
		{"digit 5, year 58: 1800s", "010158-5000", gdpr.Date{Year: 1858, Month: time.January, Day: 1}},
		{"digit 8, year 99: 1800s", "010199-8000", gdpr.Date{Year: 1899, Month: time.January, Day: 1}},
		{"digit 8, year 00: 2000s", "010100-8000", gdpr.Date{Year: 2000, Month: time.January, Day: 1}},
		{"29 February 2000 (digit 4), a leap year", "290200-4000", gdpr.Date{Year: 2000, Month: time.February, Day: 29}},
		{"29 February 1996, a leap year", "290296-1000", gdpr.Date{Year: 1996, Month: time.February, Day: 29}},
		{"29 February 2056 (digit 6), a leap year", "290256-6000", gdpr.Date{Year: 2056, Month: time.February, Day: 29}},
		{"without hyphen", "0102030234", gdpr.Date{Year: 1903, Month: time.February, Day: 1}},
		{"fails modulus 11, valid since 2007", "010203-0235", gdpr.Date{Year: 1903, Month: time.February, Day: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := gdpr.ParseCPR(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, c.BirthDate())
			full := tt.in
			if len(full) == 10 {
				full = full[:6] + "-" + full[6:]
			}
			assert.Equal(t, full, c.Reveal())
			assert.Equal(t, full[:6]+"-xxxx", c.String())
		})
	}
}

func TestParseCPRRejects(t *testing.T) {
	tests := []struct{ name, in, why string }{
		{"31 February", "310225-1234", "no such birth date"},
		{"29 February 1900 (digit 0-3), not a leap year", "290200-0000", "no such birth date"},
		{"29 February 1858 (digit 5, year 58), not a leap year", "290258-5000", "no such birth date"},
		{"29 February 1997", "290297-1000", "no such birth date"},
		{"31 April", "310425-1234", "no such birth date"},
		{"day 00", "000125-1234", "no such birth date"},
		{"month 13", "011325-1234", "no such birth date"},
		{"month 00", "010025-1234", "no such birth date"},
		{"substitute number (day + 60)", "610125-1234", "no such birth date"},
		{"space instead of hyphen", "010203 1234", "want DDMMYY-SSSS"},
		{"two hyphens", "010203--1234", "want DDMMYY-SSSS"},
		{"hyphen in the wrong place", "01020-31234", "want DDMMYY-SSSS"},
		{"eleven digits", "01020312345", "want DDMMYY-SSSS"},
		{"three-digit serial", "010203-123", "want DDMMYY-SSSS"},
		{"letter O for zero", "01O203-1234", "want only digits"},
		{"letter in serial", "010203-12a4", "want only digits"},
		{"sign", "+102031234", "want only digits"},
		{"the redacted form cannot be decoded", "010203-xxxx", "redacted"},
		{"non-ASCII digits", "０１０２０３-１２３４", "want DDMMYY-SSSS"},
		{"empty", "", "empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := gdpr.ParseCPR(tt.in)
			require.Error(t, err)
			assert.ErrorIs(t, err, gdpr.ErrInvalid)
			assert.True(t, c.IsZero())
			msg := err.Error()
			assert.Contains(t, msg, tt.why)
			assert.True(t, strings.HasPrefix(msg, "gdpr: "), "got %q", msg)
			cprAssertNoDigitsOf(t, msg, tt.in)
		})
	}
}

// cprAssertNoDigitsOf fails when out holds the input's birth date or
// serial, in any of the ways a careless message would hold them.
func cprAssertNoDigitsOf(t *testing.T, out, in string) {
	t.Helper()
	if in == "" {
		return
	}
	assert.NotContains(t, out, in, "the input must not be echoed")
	digits := strings.NewReplacer("-", "", " ", "").Replace(in)
	if len(digits) >= 10 {
		assert.NotContains(t, out, digits[:6], "the birth date of an invalid number must not be echoed")
		assert.NotContains(t, out, digits[6:10], "the serial must not be echoed")
	}
}

// cprFixture is a made-up number whose serial 7351 and whose full digits
// occur nowhere in its redacted outputs.
const cprFixture = "241299-7351"

func TestCPRRedactionInEveryFmtVerb(t *testing.T) {
	c, err := gdpr.ParseCPR(cprFixture)
	require.NoError(t, err)
	red := "241299-xxxx"
	type exported struct{ C gdpr.CPR }
	type hidden struct{ c gdpr.CPR }
	tests := []struct {
		name, format string
		arg          any
		want         string // exact output when not ""
	}{
		{"%v", "%v", c, red},
		{"%+v", "%+v", c, red},
		{"%#v", "%#v", c, `gdpr.CPR("` + red + `")`},
		{"%s", "%s", c, red},
		{"%q", "%q", c, strconv.Quote(red)},
		{"%x", "%x", c, hex.EncodeToString([]byte(red))},
		{"%X", "%X", c, strings.ToUpper(hex.EncodeToString([]byte(red)))},
		{"%d", "%d", c, red},
		{"%10.3s keeps width and precision", "%14.3s", c, "           241"},
		{"%-14v pads", "%-14v|", c, red + "   |"},
		{"%T names only the type", "%T", c, "gdpr.CPR"},
		{"pointer %v", "%v", &c, red},
		{"pointer %+v", "%+v", &c, red},
		{"struct field %v", "%v", exported{c}, "{" + red + "}"},
		{"struct field %+v", "%+v", exported{c}, "{C:" + red + "}"},
		{"struct field %#v", "%#v", exported{c}, `gdpr_test.exported{C:gdpr.CPR("` + red + `")}`},
		{"slice %v", "%v", []gdpr.CPR{c, c}, "[" + red + " " + red + "]"},
		{"map %v", "%v", map[string]gdpr.CPR{"k": c}, "map[k:" + red + "]"},
		// fmt rejects these verbs without calling Format and dumps the
		// fields: the scrambled form, never the digits (cpr.go).
		{"%p is rejected by fmt and shows the scrambled form", "%p", c, ""},
		{"%w outside Errorf is rejected by fmt and shows the scrambled form", "%w", c, ""},
		{"unexported field is scrambled, not redacted", "%v", hidden{c}, ""},
		{"unexported field %#v", "%#v", hidden{c}, ""},
		{"wrapped in an error", "%v", fmt.Errorf("case for %v failed", c), "case for " + red + " failed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fmt.Sprintf(tt.format, tt.arg)
			if tt.want != "" {
				assert.Equal(t, tt.want, got)
			}
			assert.NotContains(t, got, "7351", "the serial leaked")
			assert.NotContains(t, got, "2412997351", "the number leaked")
			assert.NotContains(t, got, "241299-7351", "the number leaked")
		})
	}
	assert.Equal(t, red, fmt.Sprint(c))
	assert.Equal(t, red+"\n", fmt.Sprintln(c))
	assert.Equal(t, red, c.String())
}

func TestCPRRedactionInSlog(t *testing.T) {
	c, err := gdpr.ParseCPR(cprFixture)
	require.NoError(t, err)
	handlers := map[string]func(*bytes.Buffer) slog.Handler{
		"JSON handler": func(b *bytes.Buffer) slog.Handler { return slog.NewJSONHandler(b, nil) },
		"text handler": func(b *bytes.Buffer) slog.Handler { return slog.NewTextHandler(b, nil) },
	}
	for name, h := range handlers {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			log := slog.New(h(&buf))
			log.Info("request", "cpr", c, slog.Any("ptr", &c), slog.Group("g", "cpr", c),
				"record", struct{ CPR gdpr.CPR }{c}, "list", []gdpr.CPR{c})
			log.With("cpr", c).Warn("again")
			out := buf.String()
			assert.Contains(t, out, "241299-xxxx")
			assert.NotContains(t, out, "7351", "the serial leaked: %s", out)
		})
	}
	assert.Equal(t, slog.StringValue("241299-xxxx"), c.LogValue())
}

func TestCPRJSON(t *testing.T) {
	type person struct {
		CPR gdpr.CPR `json:"cpr"`
	}
	t.Run("decoding accepts the full number", func(t *testing.T) {
		var p person
		require.NoError(t, json.Unmarshal([]byte(`{"cpr":"`+cprFixture+`"}`), &p))
		assert.Equal(t, cprFixture, p.CPR.Reveal())
		require.NoError(t, json.Unmarshal([]byte(`{"cpr":"2412997351"}`), &p))
		assert.Equal(t, cprFixture, p.CPR.Reveal())
	})
	t.Run("encoding is redacted", func(t *testing.T) {
		p := person{CPR: mustCPR(t, cprFixture)}
		out, err := json.Marshal(p)
		require.NoError(t, err)
		assert.JSONEq(t, `{"cpr":"241299-xxxx"}`, string(out))
		keyed, err := json.Marshal(map[gdpr.CPR]int{p.CPR: 1})
		require.NoError(t, err)
		assert.JSONEq(t, `{"241299-xxxx":1}`, string(keyed), "map keys are redacted too")
	})
	t.Run("a round trip fails loudly instead of losing the serial", func(t *testing.T) {
		out, err := json.Marshal(person{CPR: mustCPR(t, cprFixture)})
		require.NoError(t, err)
		var back person
		err = json.Unmarshal(out, &back)
		require.Error(t, err)
		assert.ErrorIs(t, err, gdpr.ErrInvalid)
		assert.Contains(t, err.Error(), "redacted")
		assert.NotContains(t, err.Error(), "241299")
	})
	t.Run("decoding errors do not echo the number", func(t *testing.T) {
		var p person
		err := json.Unmarshal([]byte(`{"cpr":"310225-7351"}`), &p)
		require.Error(t, err)
		cprAssertNoDigitsOf(t, err.Error(), "310225-7351")
	})
	t.Run("empty and null decode as the zero value", func(t *testing.T) {
		p := person{CPR: mustCPR(t, cprFixture)}
		require.NoError(t, json.Unmarshal([]byte(`{"cpr":""}`), &p))
		assert.True(t, p.CPR.IsZero())
		out, err := json.Marshal(p)
		require.NoError(t, err)
		assert.JSONEq(t, `{"cpr":""}`, string(out))
	})
}

func TestCPRSQL(t *testing.T) {
	var c gdpr.CPR
	require.NoError(t, c.Scan(cprFixture))
	assert.Equal(t, cprFixture, c.Reveal())
	require.NoError(t, c.Scan([]byte("2412997351")))
	assert.Equal(t, cprFixture, c.Reveal())
	require.NoError(t, c.Scan(nil))
	assert.True(t, c.IsZero())
	assert.ErrorIs(t, c.Scan(int64(2412997351)), gdpr.ErrInvalid, "an integer column loses leading zeros")
	err := c.Scan("310225-7351")
	require.Error(t, err)
	cprAssertNoDigitsOf(t, err.Error(), "310225-7351")

	_, isValuer := any(c).(driver.Valuer)
	assert.False(t, isValuer, "CPR has no Value method: hosts store c.Reveal() explicitly")
}

func TestCPRValueSemantics(t *testing.T) {
	a := mustCPR(t, cprFixture)
	assert.Equal(t, a, mustCPR(t, "2412997351"), "both written forms give the same value")
	assert.NotEqual(t, a, mustCPR(t, "241299-7352"), "another serial is another value")
	var zero gdpr.CPR
	assert.True(t, zero.IsZero())
	assert.Equal(t, "", zero.String())
	assert.Equal(t, "", zero.Reveal())
	assert.Equal(t, gdpr.Date{}, zero.BirthDate())
	assert.Equal(t, "", fmt.Sprint(zero))
	text, err := zero.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, text)
}

func mustCPR(t testing.TB, s string) gdpr.CPR {
	t.Helper()
	c, err := gdpr.ParseCPR(s)
	require.NoError(t, err)
	return c
}

// cprErrorMessages are all the messages ParseCPR can give; none can hold
// any part of the input.
var cprErrorMessages = map[string]bool{
	"gdpr: empty CPR number":                                                        true,
	"gdpr: malformed CPR number: want DDMMYY-SSSS or DDMMYYSSSS":                    true,
	"gdpr: malformed CPR number: want only digits":                                  true,
	"gdpr: invalid CPR number: no such birth date":                                  true,
	"gdpr: CPR number is redacted: its serial part is lost, decode the full number": true,
}

func FuzzParseCPR(f *testing.F) {
	for _, s := range []string{"", cprFixture, "2412997351", "290200-4000", "290200-0000", "310225-1234", "010203-xxxx", "0102031234", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := gdpr.ParseCPR(s)
		if err != nil {
			if !errors.Is(err, gdpr.ErrInvalid) || !c.IsZero() {
				t.Fatalf("got %v, %v", c, err)
			}
			if !cprErrorMessages[err.Error()] {
				t.Fatalf("unexpected error message %q", err)
			}
			return
		}
		full := c.Reveal()
		if again, err := gdpr.ParseCPR(full); err != nil || again != c {
			t.Fatalf("revealed %q does not parse back: %v", full, err)
		}
		red := full[:7] + "xxxx"
		if c.BirthDate().IsZero() {
			t.Fatalf("no birth date for a valid number")
		}
		text, _ := c.MarshalText()
		js, _ := json.Marshal(c)
		outs := map[string]string{
			"String":      c.String(),
			"%v":          fmt.Sprintf("%v", c),
			"%+v":         fmt.Sprintf("%+v", c),
			"%s":          fmt.Sprintf("%s", c),
			"%d":          fmt.Sprintf("%d", c),
			"LogValue":    c.LogValue().String(),
			"MarshalText": string(text),
		}
		for name, got := range outs {
			if got != red {
				t.Fatalf("%s gave %q, want %q", name, got, red)
			}
		}
		if got := fmt.Sprintf("%q %x %#v", c, c, c); got != fmt.Sprintf("%q %x gdpr.CPR(%q)", red, red, red) {
			t.Fatalf("got %q", got)
		}
		if string(js) != strconv.Quote(red) {
			t.Fatalf("JSON %s, want %q", js, red)
		}
	})
}

func FuzzCPRJSON(f *testing.F) {
	for _, s := range []string{`{"c":"241299-7351"}`, `{"c":"2412997351"}`, `{"c":""}`, `{"c":null}`, `{"c":"241299-xxxx"}`, `{"c":2412997351}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var v struct {
			C gdpr.CPR `json:"c"`
		}
		if err := json.Unmarshal(b, &v); err != nil {
			return
		}
		out, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		want := `{"c":` + strconv.Quote(v.C.String()) + `}`
		if string(out) != want {
			t.Fatalf("%s re-encoded as %s, want %s", b, out, want)
		}
		if !v.C.IsZero() && !strings.HasSuffix(v.C.String(), "-xxxx") {
			t.Fatalf("not redacted: %s", out)
		}
	})
}
