// Package enumtest checks an enumeration's whole method set with one call,
// as net/netip checks all its types with one round-trip helper: every code
// parses back to its value through Parse, text, JSON (as a value and as a
// map key) and SQL; the zero value is "not set"; values off the table and
// unknown codes are errors matching gdpr.ErrInvalid.
package enumtest

import (
	"database/sql/driver"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// Enum is the method set every enumeration has.
type Enum interface {
	~uint8
	String() string
	Valid() bool
	Label(language.Tag) string
	MarshalText() ([]byte, error)
	Value() (driver.Value, error)
}

// Ptr is the pointer side of the method set.
type Ptr[T any] interface {
	*T
	UnmarshalText([]byte) error
	Scan(any) error
}

// code is the shape of a stable code: snake_case ASCII, or a digit for a
// step of a scale.
var code = regexp.MustCompile(`^[a-z0-9]+(_[a-z0-9]+)*$`)

// Check checks every value of T from 0 to 255 against parse (the package's
// ParseT) and the method set, and returns the valid values in order.
func Check[T Enum, P Ptr[T]](t *testing.T, parse func(string) (T, error)) []T {
	t.Helper()
	var valid []T
	seen := map[string]T{}
	for i := 0; i < 256; i++ {
		v := T(i)
		if !v.Valid() {
			continue
		}
		valid = append(valid, v)
		c := v.String()
		assert.Regexp(t, code, c, "%d: the code is snake_case", i)
		if prev, dup := seen[c]; dup {
			t.Errorf("code %q names both %d and %d", c, prev, i)
		}
		seen[c] = v

		got, err := parse(c)
		require.NoError(t, err, c)
		assert.Equal(t, v, got, "parse(%q)", c)

		b, err := v.MarshalText()
		require.NoError(t, err, c)
		assert.Equal(t, c, string(b), "MarshalText of %d", i)
		var back T
		require.NoError(t, P(&back).UnmarshalText(b), c)
		assert.Equal(t, v, back, "UnmarshalText(%q)", c)

		type doc struct {
			V T          `json:"v"`
			M map[T]bool `json:"m"`
		}
		j, err := json.Marshal(doc{V: v, M: map[T]bool{v: true}})
		require.NoError(t, err, c)
		assert.JSONEq(t, `{"v":"`+c+`","m":{"`+c+`":true}}`, string(j), "JSON of %q", c)
		var d doc
		require.NoError(t, json.Unmarshal(j, &d), c)
		assert.Equal(t, v, d.V)
		assert.True(t, d.M[v], "%q as a map key", c)

		dv, err := v.Value()
		require.NoError(t, err, c)
		assert.Equal(t, c, dv, "Value of %q", c)
		var s T
		require.NoError(t, P(&s).Scan(c), c)
		assert.Equal(t, v, s, "Scan(%q)", c)
		s = 0
		require.NoError(t, P(&s).Scan([]byte(c)), c)
		assert.Equal(t, v, s, "Scan([]byte(%q))", c)

		da, en := v.Label(language.Danish), v.Label(language.English)
		assert.NotEmpty(t, da, "Danish label of %q", c)
		assert.NotEmpty(t, en, "English label of %q", c)
		assert.Equal(t, da, v.Label(language.Und), "Danish is the default for %q", c)
	}
	require.NotEmpty(t, valid, "the enumeration has no valid value")

	var zero T
	assert.False(t, zero.Valid(), "the zero value means not set")
	b, err := zero.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, b, "the zero value encodes as empty text")
	dv, err := zero.Value()
	require.NoError(t, err)
	assert.Nil(t, dv, "the zero value is NULL")
	z := valid[0]
	require.NoError(t, P(&z).Scan(nil))
	assert.Equal(t, zero, z, "NULL scans as the zero value")
	got, err := parse("")
	require.NoError(t, err)
	assert.Equal(t, zero, got, `"" parses as the zero value`)

	for i := int(valid[len(valid)-1]) + 1; i < 256; i += 37 {
		v := T(i)
		if v.Valid() {
			continue
		}
		_, err := v.MarshalText()
		assert.ErrorIs(t, err, gdpr.ErrInvalid, "%d does not encode", i)
		_, err = v.Value()
		assert.ErrorIs(t, err, gdpr.ErrInvalid, "%d is no SQL value", i)
	}

	for _, bad := range []string{"no_such_code", "Rasmus Requester", "070761-4285", strings.ToUpper(valid[0].String()) + "X"} {
		_, err := parse(bad)
		require.ErrorIs(t, err, gdpr.ErrInvalid, "parse(%q)", bad)
		msg := err.Error()
		if strings.ContainsAny(bad, " -") {
			assert.NotContains(t, msg, bad, "the error does not echo a value that could be personal data")
		}
		if i := strings.Index(msg, ": "); i > 0 {
			assert.Equal(t, 1, strings.Count(msg, msg[:i+2]), "the error names the package once: %s", msg)
		}
		var u T
		assert.ErrorIs(t, P(&u).UnmarshalText([]byte(bad)), gdpr.ErrInvalid)
	}
	var s T
	assert.ErrorIs(t, P(&s).Scan(42), gdpr.ErrInvalid, "an integer column is not a code")
	return valid
}
