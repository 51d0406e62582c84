package jsonstrict_test

import (
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/jsonstrict"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type Base struct {
	ID string `json:"id"`
}

type item struct {
	Country  gdpr.Country      `json:"country"`
	Category gdpr.DataCategory `json:"category,omitempty"`
}

type doc struct {
	Base
	At     time.Time                 `json:"at"`
	Fee    decimal.Decimal           `json:"fee"`
	Count  uint8                     `json:"count"`
	On     bool                      `json:"on"`
	Items  []item                    `json:"items"`
	ByCat  map[gdpr.DataCategory]int `json:"byCat"`
	Ptr    *item                     `json:"ptr"`
	Any    any                       `json:"any"`
	hidden string
}

func problems(t *testing.T, err error) gdpr.Problems {
	t.Helper()
	require.ErrorIs(t, err, gdpr.ErrInvalid)
	var ps gdpr.Problems
	require.ErrorAs(t, err, &ps)
	return ps
}

func TestDecodeAcceptsAndMatchesEncodingJSON(t *testing.T) {
	in := `{"id":"x","at":"2025-01-31T16:45:00+01:00","fee":"12.50","count":3,"on":true,
		"items":[{"country":"DK","category":"sensitive"}],"byCat":{"ordinary":2},"ptr":null,"any":{"a":[1,2]}}`
	var d doc
	require.NoError(t, jsonstrict.Decode([]byte(in), &d))
	assert.Equal(t, "x", d.ID)
	assert.Equal(t, gdpr.Sensitive, d.Items[0].Category)
	assert.Equal(t, 2, d.ByCat[gdpr.Ordinary])
	assert.True(t, decimal.RequireFromString("12.5").Equal(d.Fee))
	assert.Nil(t, d.Ptr)
}

func TestDecodeNamesEveryProblemWithItsPath(t *testing.T) {
	for _, tc := range []struct {
		name, in, path, code string
	}{
		{"unknown field", `{"idd":"x"}`, "idd", jsonstrict.CodeUnknownField},
		{"PascalCase is not camelCase", `{"ID":"x"}`, "ID", jsonstrict.CodeUnknownField},
		{"duplicate key", `{"id":"x","id":"y"}`, "id", gdpr.CodeDuplicate},
		{"unknown code deep inside", `{"items":[{},{"category":"secret"}]}`, "items[1].category", gdpr.CodeUnknown},
		{"malformed country", `{"items":[{"country":"Denmark"}]}`, "items[0].country", gdpr.CodeMalformed},
		{"unknown map key code", `{"byCat":{"nope":1}}`, "byCat.nope", gdpr.CodeUnknown},
		{"number out of range", `{"count":256}`, "count", gdpr.CodeOutOfRange},
		{"negative unsigned", `{"count":-1}`, "count", gdpr.CodeOutOfRange},
		{"wrong type", `{"on":"yes"}`, "on", jsonstrict.CodeType},
		{"string for an array", `{"items":"DK"}`, "items", jsonstrict.CodeType},
		{".NET DateTime without an offset", `{"at":"2025-01-31T16:45:00"}`, "at", gdpr.CodeMalformed},
		{"offset past 23:59 cannot be stored", `{"at":"2025-01-31T16:45:00+24:00"}`, "at", gdpr.CodeOutOfRange},
		{"year past 9999 cannot be stored", `{"at":"10000-01-31T16:45:00Z"}`, "at", gdpr.CodeMalformed},
		{"decimal", `{"fee":"twelve"}`, "fee", gdpr.CodeMalformed},
		{"data after the value", `{"id":"x"} {}`, "", gdpr.CodeMalformed},
		{"not JSON", `{"id":`, "", gdpr.CodeMalformed},
		{"unexported fields are not members", `{"hidden":"x"}`, "hidden", jsonstrict.CodeUnknownField},
		{"an unknown key that is no code is described, not quoted", `{"Rasmus Requester":1}`, `["(a key of 16 characters)"]`, jsonstrict.CodeUnknownField},
		{"an unknown code-like key is shown", `{"kind_x":1}`, `kind_x`, jsonstrict.CodeUnknownField},
		{"a map key that is no code is described", `{"byCat":{"Jens Hansen":1}}`, `byCat["(a key of 11 characters)"]`, gdpr.CodeUnknown},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var d doc
			ps := problems(t, jsonstrict.Decode([]byte(tc.in), &d))
			require.NotEmpty(t, ps)
			assert.Equal(t, tc.path, ps[0].Path)
			assert.Equal(t, tc.code, ps[0].Code, ps[0].Message)
			assert.Equal(t, doc{}.ID, d.ID, "nothing is decoded on error")
		})
	}
}

func TestDecodeFindsAllProblemsAtOnce(t *testing.T) {
	var d doc
	ps := problems(t, jsonstrict.Decode([]byte(`{"x":1,"items":[{"category":"a"},{"category":"b"}],"count":"3"}`), &d))
	var paths []string
	for _, p := range ps {
		paths = append(paths, p.Path)
	}
	assert.Equal(t, []string{"x", "items[0].category", "items[1].category", "count"}, paths)
}

func TestDecodeAtPrefixesPaths(t *testing.T) {
	var it item
	ps := problems(t, jsonstrict.DecodeAt("request", []byte(`{"category":"acess"}`), &it))
	assert.Equal(t, "request.category", ps[0].Path)
}

func TestErrorsDoNotEchoPersonalData(t *testing.T) {
	var d doc
	err := jsonstrict.Decode([]byte(`{"items":[{"category":"Rasmus Requester"}],"at":"070761-4285","fee":"070761-4285"}`), &d)
	require.Error(t, err)
	assert.NotContains(t, err.Error(), "Rasmus")
	assert.NotContains(t, err.Error(), "070761")
}

func TestParseValidates(t *testing.T) {
	_, err := jsonstrict.Parse[validated]([]byte(`{"n":0}`))
	ps := problems(t, err)
	assert.Equal(t, "n", ps[0].Path)
	v, err := jsonstrict.Parse[validated]([]byte(`{"n":2}`))
	require.NoError(t, err)
	assert.Equal(t, 2, v.N)
}

type validated struct {
	N int `json:"n"`
}

func (v validated) Validate() error {
	var ps gdpr.Problems
	if v.N == 0 {
		ps.Add("n", gdpr.CodeRequired, "n is required")
	}
	return ps.Err()
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"id":"x","items":[{"country":"DK"}],"byCat":{"ordinary":1}}`))
	f.Add([]byte(`{"at":"2025-01-31T16:45:00+24:00"}`))
	f.Add([]byte(`[1,2,{"a":null}]`))
	f.Fuzz(func(t *testing.T, in []byte) {
		var d doc
		err := jsonstrict.Decode(in, &d)
		if err != nil {
			assert.ErrorIs(t, err, gdpr.ErrInvalid)
			return
		}
		// Whatever decodes encodes again.
		_, err = jsonMarshal(d)
		assert.NoError(t, err)
	})
}
