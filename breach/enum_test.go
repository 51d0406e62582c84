package breach_test

import (
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"regexp"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

type enumValue interface {
	~uint8
	Valid() bool
	String() string
	Label(language.Tag) string
	MarshalText() ([]byte, error)
	Value() (driver.Value, error)
}

type enumPointer[T any] interface {
	*T
	UnmarshalText([]byte) error
	Scan(any) error
}

var snakeCase = regexp.MustCompile(`^[a-z][a-z0-9]*(_[a-z0-9]+)*$`)

// testEnum checks every value 1..n of an enumeration exhaustively: codes,
// labels, text, JSON (also as a map key) and SQL round trips, and that 0
// and n+1 are not valid.
func testEnum[T enumValue, P enumPointer[T]](t *testing.T, typeName string, n int, parse func(string) (T, error)) {
	t.Run(typeName, func(t *testing.T) {
		codes := map[string]bool{}
		da, en := map[string]bool{}, map[string]bool{}
		for i := 1; i <= n; i++ {
			v := T(i)
			code := v.String()
			require.True(t, v.Valid(), "%s(%d) valid", typeName, i)
			assert.Regexp(t, snakeCase, code)
			assert.False(t, codes[code], "code %q used twice", code)
			codes[code] = true

			l1, l2 := v.Label(language.Danish), v.Label(language.English)
			assert.NotEmpty(t, l1)
			assert.NotEmpty(t, l2)
			assert.False(t, da[l1], "Danish label %q used twice", l1)
			assert.False(t, en[l2], "English label %q used twice", l2)
			da[l1], en[l2] = true, true
			assert.Equal(t, l1, v.Label(language.Und), "Danish is the default")

			got, err := parse(code)
			require.NoError(t, err)
			assert.Equal(t, v, got, "parse %q", code)

			b, err := v.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, code, string(b))
			var u T
			require.NoError(t, P(&u).UnmarshalText(b))
			assert.Equal(t, v, u)

			dv, err := v.Value()
			require.NoError(t, err)
			assert.Equal(t, code, dv)
			var s1, s2 T
			require.NoError(t, P(&s1).Scan(code))
			require.NoError(t, P(&s2).Scan([]byte(code)))
			assert.Equal(t, v, s1)
			assert.Equal(t, v, s2)

			type wrap struct {
				V T         `json:"v"`
				M map[T]int `json:"m"`
			}
			j, err := json.Marshal(wrap{V: v, M: map[T]int{v: i}})
			require.NoError(t, err)
			assert.JSONEq(t, fmt.Sprintf(`{"v":%q,"m":{%q:%d}}`, code, code, i), string(j))
			var w wrap
			require.NoError(t, json.Unmarshal(j, &w))
			assert.Equal(t, v, w.V)
			assert.Equal(t, i, w.M[v])
		}

		// Zero: not set.
		var zero T
		assert.False(t, zero.Valid())
		assert.Equal(t, typeName+"(0)", zero.String())
		b, err := zero.MarshalText()
		require.NoError(t, err)
		assert.Empty(t, b)
		dv, err := zero.Value()
		require.NoError(t, err)
		assert.Nil(t, dv)
		got, err := parse("")
		require.NoError(t, err)
		assert.Equal(t, zero, got)
		s := T(3)
		require.NoError(t, P(&s).Scan(nil))
		assert.Equal(t, zero, s)

		// Off the table.
		bad := T(n + 1)
		assert.False(t, bad.Valid())
		assert.Equal(t, fmt.Sprintf("%s(%d)", typeName, n+1), bad.String())
		assert.Equal(t, bad.String(), bad.Label(language.Danish))
		_, err = bad.MarshalText()
		assert.ErrorIs(t, err, gdpr.ErrInvalid)
		_, err = bad.Value()
		assert.ErrorIs(t, err, gdpr.ErrInvalid)

		// Unknown codes are errors, never zero.
		for _, in := range []string{"unknown", "LOW", " low", "1"} {
			if codes[in] {
				continue
			}
			_, err := parse(in)
			assert.ErrorIs(t, err, breach.ErrUnknownCode, "parse %q", in)
			assert.ErrorIs(t, err, gdpr.ErrInvalid)
			var u T
			assert.Error(t, P(&u).UnmarshalText([]byte(in)))
			assert.Error(t, P(&u).Scan(in))
		}
		var u T
		assert.ErrorIs(t, P(&u).Scan(42), gdpr.ErrInvalid)
		var w struct {
			V T `json:"v"`
		}
		assert.Error(t, json.Unmarshal([]byte(`{"v":"no_such_code"}`), &w), "JSON rejects an unknown code")
	})
}

func TestEnumerations(t *testing.T) {
	testEnum[breach.Confidentiality](t, "Confidentiality", 3, breach.ParseConfidentiality)
	testEnum[breach.Integrity](t, "Integrity", 3, breach.ParseIntegrity)
	testEnum[breach.Availability](t, "Availability", 3, breach.ParseAvailability)
	testEnum[breach.Nature](t, "Nature", 3, breach.ParseNature)
	testEnum[breach.DataKind](t, "DataKind", 4, breach.ParseDataKind)
	testEnum[breach.Factor](t, "Factor", 6, breach.ParseFactor)
	testEnum[breach.Identification](t, "Identification", 4, breach.ParseIdentification)
	testEnum[breach.Level](t, "Level", 4, breach.ParseLevel)
	testEnum[breach.Phase](t, "Phase", 2, breach.ParsePhase)
	testEnum[breach.Channel](t, "Channel", 6, breach.ParseChannel)
	testEnum[breach.Clock](t, "Clock", 4, breach.ParseClock)
	testEnum[breach.Item](t, "Item", 9, breach.ParseItem)
	testEnum[breach.Risk](t, "Risk", 3, breach.ParseRisk)
	testEnum[breach.Exception](t, "Exception", 3, breach.ParseException)
}

func TestEnumerationLists(t *testing.T) {
	assert.Equal(t, []breach.Nature{1, 2, 3}, breach.Natures())
	assert.Equal(t, []breach.DataKind{1, 2, 3, 4}, breach.DataKinds())
	assert.Equal(t, []breach.Factor{1, 2, 3, 4, 5, 6}, breach.Factors())
	assert.Equal(t, []breach.Identification{1, 2, 3, 4}, breach.Identifications())
	assert.Equal(t, []breach.Level{1, 2, 3, 4}, breach.Levels())
	assert.Equal(t, []breach.Channel{1, 2, 3, 4, 5, 6}, breach.Channels())
	assert.Equal(t, []breach.Item{1, 2, 3, 4, 5, 6, 7, 8, 9}, breach.Items())
	assert.Equal(t, []breach.Risk{1, 2, 3}, breach.Risks())
	assert.Equal(t, []breach.Exception{1, 2, 3}, breach.Exceptions())

	// Fresh copies: changing one does not change the next.
	l := breach.Levels()
	l[0] = breach.VeryHigh
	assert.Equal(t, breach.Low, breach.Levels()[0])
}

func TestItemAndExceptionReferences(t *testing.T) {
	want := map[breach.Item]string{
		breach.ItemNature: "GDPR art. 33(3)(a)", breach.ItemSubjectCategories: "GDPR art. 33(3)(a)",
		breach.ItemSubjectCount: "GDPR art. 33(3)(a)", breach.ItemRecordCategories: "GDPR art. 33(3)(a)",
		breach.ItemRecordCount: "GDPR art. 33(3)(a)", breach.ItemContact: "GDPR art. 33(3)(b)",
		breach.ItemConsequences: "GDPR art. 33(3)(c)", breach.ItemMeasures: "GDPR art. 33(3)(d)",
		breach.ItemDelayReasons: "GDPR art. 33(1)",
	}
	for _, it := range breach.Items() {
		assert.Equal(t, want[it], it.Reference(), "item %s", it)
	}
	assert.Empty(t, breach.Item(0).Reference())
	assert.Equal(t, "GDPR art. 34(3)(a)", breach.Unintelligible.Reference())
	assert.Equal(t, "GDPR art. 34(3)(b)", breach.RiskRemoved.Reference())
	assert.Equal(t, "GDPR art. 34(3)(c)", breach.DisproportionateEffort.Reference())
	assert.Empty(t, breach.Exception(9).Reference())
}
