package fuzzcheck_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/fuzzcheck"
	"github.com/stretchr/testify/assert"
)

// TestDecoders lists the decoders and validators of the sample package
// in testdata, and its fuzz targets.
func TestDecoders(t *testing.T) {
	t.Chdir("testdata/sample")
	decoders, targets := fuzzcheck.Decoders(t, func(name string) bool {
		return strings.HasPrefix(name, "Parse") || name == "NewThing"
	})
	assert.Equal(t, []string{
		"(*Level).Scan", "(*Level).UnmarshalText", "(*Record).UnmarshalJSON",
		"(Record).Validate", "(Record).ValidateOn",
		"NewThing", "ParseJSON[Level]", "ParseJSON[Record]", "ParseLevel",
	}, decoders)
	assert.Equal(t, map[string]bool{"FuzzLevel": true}, targets)
}

// TestTargets: a table that covers every decoder with existing targets
// passes.
func TestTargets(t *testing.T) {
	t.Chdir("testdata/sample")
	fuzzcheck.Targets(t, map[string][]string{
		"FuzzLevel": {
			"(*Level).Scan", "(*Level).UnmarshalText", "(*Record).UnmarshalJSON", "(Record).Validate",
			"(Record).ValidateOn", "ParseJSON[Level]", "ParseJSON[Record]", "ParseLevel",
		},
	}, func(name string) bool { return strings.HasPrefix(name, "Parse") })
}

// TestCodeLike: what an error may quote.
func TestCodeLike(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"low", true},
		{"HIGH", true},
		{"custom:x_y-z.1/(2)", true},
		{"2026", true},
		{"0000-0000", false}, // more than four digits: a CPR number's shape
		{"070761-4285", false},
		{"Markus", false}, // letters of both cases: a name
		{"a b", false},
		{strings.Repeat("x", 41), false},
		{"", true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, fuzzcheck.CodeLike(tt.in), "%q", tt.in)
	}
}

// level is a small enumeration with the generated method set.
type level uint8

var levelCodes = []string{"", "low", "high"}

var errUnknown = fmt.Errorf("%w: unknown code", gdpr.ErrInvalid)

func (l level) String() string {
	if l.Valid() {
		return levelCodes[l]
	}
	return fmt.Sprintf("level(%d)", uint8(l))
}

func (l level) Valid() bool { return int(l) < len(levelCodes) }

func (l level) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

func parseLevel(s string) (level, error) {
	for i, c := range levelCodes {
		if c == s {
			return level(i), nil
		}
	}
	return 0, fmt.Errorf("%w: not a level", errUnknown)
}

func (l *level) UnmarshalText(b []byte) (err error) {
	*l, err = parseLevel(string(b))
	return err
}

func (l *level) Scan(src any) error {
	switch s := src.(type) {
	case string:
		return l.UnmarshalText([]byte(s))
	case []byte:
		return l.UnmarshalText(s)
	}
	return fmt.Errorf("%w: not text", errUnknown)
}

var levels = []fuzzcheck.Enum{fuzzcheck.EnumOf("level", parseLevel)}

// TestCode runs Code on codes and non-codes of a well-behaved enumeration.
func TestCode(t *testing.T) {
	for _, s := range []string{"", "low", "high", "LOW", "Markus Markersen", "070761-4285", "\x00"} {
		fuzzcheck.Code(t, s, parseLevel, errUnknown)
	}
}

// TestEnums: EnumOf finds the codes of the valid values, and CheckEnums
// accepts the table.
func TestEnums(t *testing.T) {
	assert.Equal(t, []string{"", "low", "high"}, levels[0].Codes)
	fuzzcheck.CheckEnums(t, levels, 1)
}

// FuzzEnums runs FuzzEnums on the level enumeration (its seeds run with go
// test).
func FuzzEnums(f *testing.F) {
	fuzzcheck.FuzzEnums(f, levels, "Low", " low", "\xff")
}
