package api

import (
	"encoding"
	"encoding/json"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// selfDecoders returns the types reachable from t that decode themselves
// from JSON (json.Unmarshaler), leaving out those that decode from a
// string (text codes, times, decimals, personal texts).
func selfDecoders(t reflect.Type, seen map[reflect.Type]bool, out map[reflect.Type]bool) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if seen[t] {
		return
	}
	seen[t] = true
	p := reflect.PointerTo(t)
	if p.Implements(reflect.TypeFor[json.Unmarshaler]()) {
		if t != reflect.TypeFor[time.Time]() && t != reflect.TypeFor[decimal.Decimal]() && t != reflect.TypeFor[gdpr.Personal]() {
			out[t] = true
		}
		return
	}
	if p.Implements(reflect.TypeFor[encoding.TextUnmarshaler]()) {
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		for i := range t.NumField() {
			selfDecoders(t.Field(i).Type, seen, out)
		}
	case reflect.Map:
		selfDecoders(t.Key(), seen, out)
		selfDecoders(t.Elem(), seen, out)
	case reflect.Slice, reflect.Array:
		selfDecoders(t.Elem(), seen, out)
	}
}

// Every type of a request that decodes itself from a JSON object reports
// an unknown member as a problem with its path, as the strict decoder
// does, so that decoding a request checks the members inside it too. A
// type that decoded itself leniently would let a misspelt member pass.
func TestSelfDecodersAreStrict(t *testing.T) {
	found := map[reflect.Type]bool{}
	seen := map[reflect.Type]bool{}
	for _, op := range Operations() {
		selfDecoders(op.Request, seen, found)
	}
	require.NotEmpty(t, found, "rights.Requester and risk.Matrix decode themselves")
	for ty := range found {
		t.Run(ty.String(), func(t *testing.T) {
			v := reflect.New(ty).Interface().(json.Unmarshaler)
			err := v.UnmarshalJSON([]byte(`{"zzUnknown": 1}`))
			require.Error(t, err, "%v accepts an unknown member", ty)
			var ps gdpr.Problems
			if !errors.As(err, &ps) {
				// A type that is no JSON object (gdpr.Personal is a
				// string) rejects every object outright.
				assert.ErrorIs(t, err, gdpr.ErrInvalid, "%v", ty)
				return
			}
			found := false
			for _, p := range ps {
				found = found || (p.Path == "zzUnknown" && p.Code == CodeUnknownField)
			}
			assert.True(t, found, "%v", ps)
		})
	}
}

// Members inside a type that decodes itself are checked like any other.
func TestDecodeInsideSelfDecoders(t *testing.T) {
	tests := []struct {
		name, op, body, path, code string
	}{
		{"an unknown member of the requester", "rights/deadline",
			`{"request": {"kind": "access", "receivedAt": "2025-01-31T16:45:00+01:00", "requester": {"name": "x", "bogus": 1}}}`,
			"request.requester.bogus", CodeUnknownField},
		{"an unknown relation of the requester", "rights/deadline",
			`{"request": {"kind": "access", "receivedAt": "2025-01-31T16:45:00+01:00", "requester": {"relation": "cousin"}}}`,
			"request.requester.relation", gdpr.CodeUnknown},
		{"an unknown member of the matrix", "risk/rate",
			`{"matrix": {"name": "x", "bogus": 1}, "estimate": {"consequence": "serious", "probability": "likely"}}`,
			"matrix.bogus", CodeUnknownField},
		{"an unknown member of a matrix inside a risk set", "risk/decide",
			`{"set": {"matrix": {"bogus": 1}, "assessments": []}}`,
			"set.matrix.bogus", CodeUnknownField},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := call(t, tt.op, tt.body)
			var ps gdpr.Problems
			require.ErrorAs(t, err, &ps)
			require.NotEmpty(t, ps)
			assert.Equal(t, tt.path, ps[0].Path)
			assert.Equal(t, tt.code, ps[0].Code)
		})
	}
}

// A request is a JSON object: any other JSON value is the wrong type, and
// text that is not JSON is malformed.
func TestDecodeRequestIsObject(t *testing.T) {
	for _, body := range []string{`null`, ` true`, `"x"`, `5`, `-1`, `[]`} {
		var r CatalogRulesRequest
		err := decode([]byte(body), &r)
		var ps gdpr.Problems
		require.ErrorAs(t, err, &ps, body)
		assert.Equal(t, CodeType, ps[0].Code, body)
		assert.Equal(t, "", ps[0].Path, body)
	}
	for _, body := range []string{``, `nul`, `{`, `x`} {
		var r CatalogRulesRequest
		err := decode([]byte(body), &r)
		var ps gdpr.Problems
		require.ErrorAs(t, err, &ps, body)
		assert.Equal(t, gdpr.CodeMalformed, ps[0].Code, body)
	}
}
