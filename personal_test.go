package gdpr_test

import (
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// personalMarker is a made-up name planted in the values under test.
const personalMarker = "Markus Markersen"

func TestPersonalPrintsRedacted(t *testing.T) {
	p := gdpr.NewPersonal(personalMarker)
	tests := []struct {
		format string
		arg    any
		want   string
	}{
		{"%v", p, "[redacted]"},
		{"%+v", p, "[redacted]"},
		{"%#v", p, `gdpr.Personal("[redacted]")`},
		{"%s", p, "[redacted]"},
		{"%q", p, `"[redacted]"`},
		{"%x", p, "5b72656461637465645d"},
		{"%d", p, "[redacted]"},
		{"%12s|", p, "  [redacted]|"},
		{"%v", struct{ Name gdpr.Personal }{p}, "{[redacted]}"},
		{"%#v", []gdpr.Personal{p}, `[]gdpr.Personal{gdpr.Personal("[redacted]")}`},
		{"%v", map[string]gdpr.Personal{"name": p}, "map[name:[redacted]]"},
		{"%v", gdpr.Personal{}, ""},
		{"%q", gdpr.Personal{}, `""`},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			assert.Equal(t, tt.want, fmt.Sprintf(tt.format, tt.arg))
		})
	}
	assert.Equal(t, "[redacted]", p.String())
	assert.Equal(t, personalMarker, p.Reveal())
	assert.Equal(t, len([]rune(personalMarker)), p.Len())
	assert.Equal(t, gdpr.Redacted, p.LogValue().String())
	assert.True(t, gdpr.Personal{}.IsZero())
	assert.False(t, p.IsZero())
	assert.Equal(t, p, gdpr.NewPersonal(personalMarker), "equal texts are equal values")
	assert.NotEqual(t, p, gdpr.NewPersonal("Markus Markersen "))
}

func TestPersonalJSONKeepsTheText(t *testing.T) {
	type contact struct {
		Name  gdpr.Personal  `json:"name"`
		Notes gdpr.Personal  `json:"notes,omitzero"`
		Ptr   *gdpr.Personal `json:"ptr,omitempty"`
	}
	in := contact{Name: gdpr.NewPersonal(`Æble "Ø" Å <x>`)}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"name":"Æble \"Ø\" Å <x>"}`, string(b))
	var out contact
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, in, out)

	require.NoError(t, json.Unmarshal([]byte(`{"name":null}`), &out), "null leaves the field as it is")
	assert.Equal(t, in, out)

	for _, bad := range []string{`{"name":42}`, `{"name":{"first":"Markus Markersen"}}`, `{"name":["Markus Markersen"]}`, `{"name":true}`} {
		err := json.Unmarshal([]byte(bad), &out)
		require.ErrorIs(t, err, gdpr.ErrInvalid, bad)
		assert.NotContains(t, err.Error(), personalMarker)
		assert.Equal(t, 1, strings.Count(err.Error(), "gdpr: "), "the package is named once: %s", err)
	}
}

func TestPersonalSQL(t *testing.T) {
	p := gdpr.NewPersonal(personalMarker)
	v, err := p.Value()
	require.NoError(t, err)
	assert.Equal(t, driver.Value(personalMarker), v, "a database is storage")
	var back gdpr.Personal
	require.NoError(t, back.Scan(v))
	assert.Equal(t, p, back)
	require.NoError(t, back.Scan([]byte(personalMarker)))
	assert.Equal(t, p, back)
	require.NoError(t, back.Scan(nil))
	assert.True(t, back.IsZero())
	v, err = back.Value()
	require.NoError(t, err)
	assert.Nil(t, v, "the empty text is NULL")
	assert.ErrorIs(t, back.Scan(42), gdpr.ErrInvalid)
}
