package roundtrip_test

import (
	"errors"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr/internal/roundtrip"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

type stamped struct {
	At   time.Time        `json:"at"`
	Sum  decimal.Decimal  `json:"sum"`
	Tags []string         `json:"tags,omitempty"`
	By   map[string]int   `json:"by,omitempty"`
	Next *stamped         `json:"next,omitempty"`
	Any  any              `json:"any,omitempty"`
	hid  int              // unexported: compared too
	Opt  *decimal.Decimal `json:"opt,omitempty"`
}

// lenient accepts any JSON string and keeps it as a time, even one that
// time.Time cannot encode again: the bug Check exists to catch.
type lenient struct{ T time.Time }

func (l *lenient) UnmarshalJSON(b []byte) error {
	t, err := time.Parse(`"2006-01-02T15:04:05Z07:00"`, string(b))
	if err != nil {
		return errors.New("lenient: bad time")
	}
	l.T = t
	return nil
}

func (l lenient) MarshalJSON() ([]byte, error) { return l.T.MarshalJSON() }

type withLenient struct {
	At lenient `json:"at"`
}

// validated rejects a negative count.
type validated struct {
	N int `json:"n"`
}

func (v validated) Validate() error {
	if v.N < 0 {
		return errors.New("negative")
	}
	return nil
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name    string
		doc     string
		check   func([]byte) error
		wantErr bool
	}{
		{"a storable timestamp", `{"at":"2025-03-30T02:30:00+01:00","sum":"12.50"}`, roundtrip.Check[stamped], false},
		{"an empty list comes back nil, which is the same list", `{"at":"2025-03-30T02:30:00Z","sum":"1","tags":[]}`, roundtrip.Check[stamped], false},
		// RFC 3339 section 5.6 allows hours 00-23 only; Go parses +24:00.
		{"jsonstrict rejects +24:00, so there is nothing to store", `{"at":"2025-03-30T02:30:00+24:00","sum":"1"}`, roundtrip.Check[stamped], false},
		{"a year past 9999 is rejected too", `{"at":"10000-01-01T00:00:00Z","sum":"1"}`, roundtrip.Check[stamped], false},
		{"a decoder that accepts +24:00 fails the property", `{"at":"2025-03-30T02:30:00+24:00"}`, roundtrip.Check[withLenient], true},
		{"the same decoder on a good timestamp passes", `{"at":"2025-03-30T02:30:00+23:59"}`, roundtrip.Check[withLenient], false},
		{"what does not validate is rejected", `{"n":-1}`, roundtrip.Check[validated], false},
		{"not JSON", `{`, roundtrip.Check[validated], false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.check([]byte(tt.doc))
			if tt.wantErr {
				assert.Error(t, err)
			} else {
				assert.NoError(t, err)
			}
		})
	}
}

func TestEqual(t *testing.T) {
	cph := time.FixedZone("CET", 3600)
	at := time.Date(2025, 3, 30, 1, 30, 0, 0, time.UTC)
	base := stamped{At: at, Sum: decimal.RequireFromString("1.50")}
	tests := []struct {
		name string
		a, b stamped
		path string // "" when equal
	}{
		{"the same", base, base, ""},
		{"the same instant and offset, another zone name", stamped{At: at.In(cph)}, stamped{At: at.In(time.FixedZone("", 3600))}, ""},
		{"the same instant, another offset", stamped{At: at}, stamped{At: at.In(cph)}, "at"},
		{"numerically equal decimals", base, stamped{At: at, Sum: decimal.RequireFromString("1.5")}, ""},
		{"another decimal", base, stamped{At: at, Sum: decimal.RequireFromString("1.51")}, "sum"},
		{"nil and empty lists", stamped{Tags: nil}, stamped{Tags: []string{}}, ""},
		{"nil and empty maps", stamped{By: nil}, stamped{By: map[string]int{}}, ""},
		{"a map value", stamped{By: map[string]int{"a": 1}}, stamped{By: map[string]int{"a": 2}}, "by[a]"},
		{"a list element", stamped{Tags: []string{"x", "y"}}, stamped{Tags: []string{"x", "z"}}, "tags[1]"},
		{"an unexported field", stamped{hid: 1}, stamped{hid: 2}, "hid"},
		{"a pointer and nil", stamped{Next: &stamped{}}, stamped{}, "next"},
		{"through a pointer", stamped{Next: &stamped{Tags: []string{"a"}}}, stamped{Next: &stamped{Tags: []string{"b"}}}, "next.tags[0]"},
		{"interfaces of different types", stamped{Any: 1}, stamped{Any: "1"}, "any"},
		{"a decimal pointer", stamped{Opt: ptr(decimal.RequireFromString("2.0"))}, stamped{Opt: ptr(decimal.RequireFromString("2"))}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path, ok := roundtrip.Equal(tt.a, tt.b)
			assert.Equal(t, tt.path == "", ok)
			assert.Equal(t, tt.path, path)
		})
	}
	cyclic := &stamped{}
	cyclic.Next = cyclic
	_, ok := roundtrip.Equal(cyclic, cyclic)
	assert.True(t, ok, "a cycle ends")
}

func ptr[T any](v T) *T { return &v }
