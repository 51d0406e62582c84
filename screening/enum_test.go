package screening_test

import (
	"database/sql/driver"
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/screening"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// enumeration is what every enumeration of the package implements.
type enumeration interface {
	~uint8
	Valid() bool
	String() string
	Label(language.Tag) string
	MarshalText() ([]byte, error)
	Value() (driver.Value, error)
}

// decoder is the pointer side of an enumeration.
type decoder[T any] interface {
	*T
	UnmarshalText([]byte) error
	Scan(any) error
}

// testEnum checks an enumeration exhaustively over all 256 values: exactly
// the values of want are valid, in order from 1; codes round-trip through
// the parser, text, JSON and SQL; labels exist in both languages; invalid
// values print as Type(n) and fail to encode; unknown codes fail to parse.
func testEnum[T enumeration, PT decoder[T]](t *testing.T, typeName string, parse func(string) (T, error), want []T) {
	t.Helper()
	for i, v := range want {
		require.Equal(t, T(i+1), v, "%s values run from 1 in order", typeName)
	}
	codes := map[string]bool{}
	for n := 0; n < 256; n++ {
		v := T(n)
		valid := n >= 1 && n <= len(want)
		require.Equal(t, valid, v.Valid(), "%s(%d).Valid()", typeName, n)
		if !valid {
			require.Equal(t, fmt.Sprintf("%s(%d)", typeName, n), v.String())
			require.Equal(t, v.String(), v.Label(language.Danish))
			if n != 0 {
				_, err := v.MarshalText()
				require.ErrorIs(t, err, screening.ErrInvalidValue)
				require.ErrorIs(t, err, gdpr.ErrInvalid)
				_, err = v.Value()
				require.ErrorIs(t, err, gdpr.ErrInvalid)
			}
			continue
		}
		code := v.String()
		require.Regexp(t, `^[a-z0-9]+([_.-][a-z0-9]+)*$`, code)
		require.False(t, codes[code], "code %q is unique", code)
		codes[code] = true

		got, err := parse(code)
		require.NoError(t, err)
		require.Equal(t, v, got, "parse(%q)", code)

		b, err := v.MarshalText()
		require.NoError(t, err)
		var u T
		require.NoError(t, PT(&u).UnmarshalText(b))
		require.Equal(t, v, u)

		j, err := json.Marshal(v)
		require.NoError(t, err)
		require.Equal(t, `"`+code+`"`, string(j))
		var fromJSON T
		require.NoError(t, json.Unmarshal(j, PT(&fromJSON)))
		require.Equal(t, v, fromJSON)

		dv, err := v.Value()
		require.NoError(t, err)
		require.Equal(t, code, dv)
		var fromString, fromBytes T
		require.NoError(t, PT(&fromString).Scan(code))
		require.NoError(t, PT(&fromBytes).Scan([]byte(code)))
		require.Equal(t, v, fromString)
		require.Equal(t, v, fromBytes)

		require.NotEmpty(t, v.Label(language.Danish), "Danish label of %s", code)
		require.NotEmpty(t, v.Label(language.English), "English label of %s", code)
		require.Equal(t, v.Label(language.Danish), v.Label(language.Und), "Danish is the default")
	}

	// The zero value: "", NULL, and back.
	var zero T
	b, err := zero.MarshalText()
	require.NoError(t, err)
	require.Empty(t, b)
	dv, err := zero.Value()
	require.NoError(t, err)
	require.Nil(t, dv)
	got, err := parse("")
	require.NoError(t, err)
	require.Equal(t, zero, got)
	v := want[0]
	require.NoError(t, PT(&v).Scan(nil))
	require.Equal(t, zero, v)

	// Unknown codes and wrong SQL types are errors, never silently zero.
	for _, bad := range []string{"x", "Yes", " yes", "unknown_code_that_is_much_longer_than_forty_bytes_in_total"} {
		_, err := parse(bad)
		require.ErrorIs(t, err, screening.ErrUnknownCode, "parse(%q)", bad)
		require.ErrorIs(t, err, gdpr.ErrInvalid)
		require.Contains(t, err.Error(), "screening: ")
		var u T
		require.Error(t, PT(&u).UnmarshalText([]byte(bad)))
		require.Error(t, json.Unmarshal([]byte(`"`+bad+`"`), PT(&u)))
	}
	var u T
	err = PT(&u).Scan(42)
	require.ErrorIs(t, err, screening.ErrInvalidValue)
	require.ErrorIs(t, err, gdpr.ErrInvalid)
}

func TestEnumerations(t *testing.T) {
	t.Run("Criterion", func(t *testing.T) {
		testEnum(t, "Criterion", screening.ParseCriterion, screening.AllCriteria())
	})
	t.Run("Answer", func(t *testing.T) { testEnum(t, "Answer", screening.ParseAnswer, screening.Answers()) })
	t.Run("Outcome", func(t *testing.T) {
		testEnum(t, "Outcome", screening.ParseOutcome, []screening.Outcome{screening.NotRequired, screening.Recommended, screening.Required})
	})
	t.Run("Decision", func(t *testing.T) {
		testEnum(t, "Decision", screening.ParseDecision, []screening.Decision{screening.Perform, screening.Decline})
	})
	t.Run("Trigger", func(t *testing.T) { testEnum(t, "Trigger", screening.ParseTrigger, screening.Triggers()) })
	t.Run("RuleSet", func(t *testing.T) { testEnum(t, "RuleSet", screening.ParseRuleSet, screening.RuleSets()) })
	t.Run("Technology", func(t *testing.T) {
		testEnum(t, "Technology", screening.ParseTechnology, screening.Technologies())
	})
}

func TestCriteria(t *testing.T) {
	eight := screening.Criteria()
	require.Len(t, eight, 8, "the seed template has eight criteria")
	nine := screening.AllCriteria()
	require.Len(t, nine, 9, "WP248 rev.01 has nine")
	assert.Equal(t, eight, nine[:8])
	assert.Equal(t, screening.PreventsRights, nine[8])
	for i, c := range nine {
		assert.Equal(t, i+1, c.Number())
		assert.Equal(t, c != screening.PreventsRights, c.InTemplate())
		assert.Equal(t, fmt.Sprintf("WP248 rev.01 III.B.a, criterion %d", i+1), c.Reference())
		assert.NotEmpty(t, c.Help(language.Danish))
		assert.NotEmpty(t, c.Help(language.English))
		assert.NotEqual(t, c.Help(language.Danish), c.Help(language.English))
	}
	bad := screening.Criterion(10)
	assert.Zero(t, bad.Number())
	assert.False(t, bad.InTemplate())
	assert.Empty(t, bad.Reference())
	assert.Empty(t, bad.Help(language.Danish))

	// Fresh copies: a caller cannot change the package's lists.
	eight[0] = screening.PreventsRights
	assert.Equal(t, screening.Evaluation, screening.Criteria()[0])
}

func TestAnswerMet(t *testing.T) {
	// Issue 4: "partly" and "don't know" count as met (conservative).
	tests := []struct {
		a              screening.Answer
		met, uncertain bool
	}{
		{0, false, false},
		{screening.Yes, true, false},
		{screening.No, false, false},
		{screening.Partly, true, true},
		{screening.DontKnow, true, true},
		{9, false, false},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.met, tc.a.Met(), "%v.Met()", tc.a)
		assert.Equal(t, tc.uncertain, tc.a.Uncertain(), "%v.Uncertain()", tc.a)
	}
}

func TestTriggers(t *testing.T) {
	art35 := map[screening.Trigger]string{
		screening.ExtensiveProfiling:    "GDPR art. 35(3)(a)",
		screening.LargeScaleSpecialData: "GDPR art. 35(3)(b)",
		screening.PublicMonitoring:      "GDPR art. 35(3)(c)",
	}
	needsOther := map[screening.Trigger]bool{
		screening.BiometricIdentification: true, screening.GeneticData: true,
		screening.LocationData: true, screening.InnovativeTechnology: true,
	}
	for _, tr := range screening.Triggers() {
		if ref, ok := art35[tr]; ok {
			assert.Equal(t, ref, tr.Reference())
			assert.False(t, tr.ListItem())
		} else {
			assert.Contains(t, tr.Reference(), "GDPR art. 35(4); Datatilsynet")
			assert.True(t, tr.ListItem())
		}
		assert.Equal(t, needsOther[tr], tr.NeedsOtherCriterion(), "%v", tr)
	}
	bad := screening.Trigger(0)
	assert.Empty(t, bad.Reference())
	assert.False(t, bad.ListItem())
	assert.False(t, bad.NeedsOtherCriterion())
}

func TestRuleSets(t *testing.T) {
	assert.Equal(t, screening.DK2019, screening.DefaultRuleSet)
	assert.Equal(t, "dk-2019.1", screening.DK2019.String())
	assert.Equal(t, screening.Triggers(), screening.DK2019.Triggers(), "version 1 evaluates every confirmed item")
	assert.Empty(t, screening.RuleSet(0).Triggers())
	assert.Empty(t, screening.RuleSet(0).Reasons())
	assert.Contains(t, screening.DK2019.Label(language.Danish), "28. januar 2019")
}

func TestTechnologies(t *testing.T) {
	all := screening.Technologies()
	require.Len(t, all, 14, "questions 2.1-2.14 of the template")
	for i, tech := range all {
		assert.Equal(t, fmt.Sprintf("2.%d", i+1), tech.Question())
	}
	assert.Empty(t, screening.Technology(0).Question())
}

func TestErrorsWrapInvalid(t *testing.T) {
	_, err := screening.ParseAnswer("ja")
	require.Error(t, err)
	assert.Equal(t, `screening: unknown code: answer "ja": gdpr: invalid input`, err.Error())
	assert.True(t, errors.Is(err, screening.ErrUnknownCode))
	assert.True(t, errors.Is(err, gdpr.ErrInvalid))
}
