package gdpr_test

import (
	"database/sql"
	"database/sql/driver"
	"encoding"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// roundTrip encodes v as text, as JSON (as a struct field and as a map key)
// and as an SQL value, decodes each back into a fresh value, and fails when
// anything is lost. It serves every enumeration and identifier of the
// package; the zero value must be stored as NULL.
func roundTrip[T comparable, P interface {
	*T
	encoding.TextUnmarshaler
	sql.Scanner
}](t *testing.T, v T) {
	t.Helper()
	text, err := any(v).(encoding.TextMarshaler).MarshalText()
	require.NoError(t, err)
	var fromText T
	require.NoError(t, P(&fromText).UnmarshalText(text))
	assert.Equal(t, v, fromText, "text round trip of %q", text)

	type wrapper struct {
		V T `json:"v"`
	}
	js, err := json.Marshal(wrapper{V: v})
	require.NoError(t, err)
	var fromJSON wrapper
	require.NoError(t, json.Unmarshal(js, &fromJSON), "decoding %s", js)
	assert.Equal(t, v, fromJSON.V, "JSON round trip of %s", js)

	dv, err := any(v).(driver.Valuer).Value()
	require.NoError(t, err)
	var fromSQL T
	require.NoError(t, P(&fromSQL).Scan(dv))
	assert.Equal(t, v, fromSQL, "SQL round trip of %v", dv)

	var zero T
	if v == zero {
		assert.Nil(t, dv, "the zero value is stored as NULL")
		return
	}
	keyed, err := json.Marshal(map[T]int{v: 1})
	require.NoError(t, err)
	var fromKeys map[T]int
	require.NoError(t, json.Unmarshal(keyed, &fromKeys))
	assert.Equal(t, map[T]int{v: 1}, fromKeys, "JSON map key round trip of %s", keyed)
}

// fuzzJSONField decodes b as a JSON object whose field "v" is a T. Whatever
// decodes must encode and decode again to the same value; nothing may
// panic. It is the body of the FuzzXJSON targets of the identifier types.
func fuzzJSONField[T comparable](t *testing.T, b []byte) {
	var v struct {
		V T `json:"v"`
	}
	if json.Unmarshal(b, &v) != nil {
		return
	}
	out, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%s decoded to %v but does not encode: %v", b, v.V, err)
	}
	var w struct {
		V T `json:"v"`
	}
	if err := json.Unmarshal(out, &w); err != nil || w != v {
		t.Fatalf("%s decoded to %v, re-encoded as %s, decoded to %v, %v", b, v.V, out, w.V, err)
	}
}
