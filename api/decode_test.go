package api

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every type of a request that decodes itself from a JSON object has its
// members declared, so that an unknown member inside it is an error too.
func TestObjectShapesComplete(t *testing.T) {
	scalars := map[reflect.Type]bool{timeType: true, reflect.TypeFor[decimal.Decimal](): true}
	for _, op := range Operations() {
		for ty, s := range shapesOf(op.Request) {
			if s.self && !s.text && !scalars[ty] {
				assert.NotNil(t, s.mirror, "%s: %v decodes itself: add its members to objectShapes", op.Name, ty)
			}
		}
	}
}

// The mirrors have exactly the members their types write.
func TestObjectShapesMatch(t *testing.T) {
	tests := []struct {
		name  string
		value any
		shape any
	}{
		{"rights.Requester", rights.NewRequester(rights.Guardian, "Navn", "kontakt").WithSubject("Barn"), &requesterShape{}},
		{"risk.Matrix", risk.OS2Datatilsynet(), &risk.MatrixSpec{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.value)
			require.NoError(t, err)
			dec := json.NewDecoder(bytes.NewReader(b))
			dec.DisallowUnknownFields()
			require.NoError(t, dec.Decode(tt.shape), "%s", b)
			back, err := json.Marshal(tt.shape)
			require.NoError(t, err)
			assert.JSONEq(t, string(b), string(back))
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
