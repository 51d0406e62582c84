package overview_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// enumeration is what the tests need of an enumeration of the package.
type enumeration interface {
	comparable
	Valid() bool
	String() string
	Label(language.Tag) string
	MarshalText() ([]byte, error)
}

// testEnum checks every value exhaustively: the codes are unique snake_case,
// they round-trip through text, JSON, Scan/Value, labels exist in both
// languages, and the zero value and values off the table behave as the house
// rules say.
func testEnum[T enumeration, P interface {
	*T
	UnmarshalText([]byte) error
	Scan(any) error
}](t *testing.T, name string, all []T, parse func(string) (T, error), value func(T) (any, error), of func(uint8) T) {
	t.Helper()
	require.NotEmpty(t, all)
	seen := map[string]bool{}
	for i, v := range all {
		assert.Equal(t, of(uint8(i+1)), v, "%s values run from 1 in order", name)
		code := v.String()
		assert.Regexp(t, `^[a-z]+(_[a-z0-9]+)*$`, code)
		assert.False(t, seen[code], "code %q once", code)
		seen[code] = true
		assert.True(t, v.Valid())

		got, err := parse(code)
		require.NoError(t, err)
		assert.Equal(t, v, got)

		text, err := v.MarshalText()
		require.NoError(t, err)
		var back T
		require.NoError(t, P(&back).UnmarshalText(text))
		assert.Equal(t, v, back)

		b, err := json.Marshal(v)
		require.NoError(t, err)
		assert.Equal(t, `"`+code+`"`, string(b))

		dv, err := value(v)
		require.NoError(t, err)
		assert.Equal(t, code, dv)
		var scanned T
		require.NoError(t, P(&scanned).Scan(code))
		assert.Equal(t, v, scanned)
		require.NoError(t, P(&scanned).Scan([]byte(code)))
		assert.Equal(t, v, scanned)

		da, en := v.Label(language.Danish), v.Label(language.English)
		assert.NotEmpty(t, da)
		assert.NotEmpty(t, en)
		assert.Equal(t, da, v.Label(language.Und), "Danish by default")
	}

	var zero T
	assert.False(t, zero.Valid())
	z, err := parse("")
	require.NoError(t, err)
	assert.Equal(t, zero, z)
	text, err := zero.MarshalText()
	require.NoError(t, err)
	assert.Empty(t, text)
	dv, err := value(zero)
	require.NoError(t, err)
	assert.Nil(t, dv)
	var scanned T = all[0]
	require.NoError(t, P(&scanned).Scan(nil))
	assert.Equal(t, zero, scanned)

	off := of(uint8(len(all) + 1))
	assert.False(t, off.Valid())
	assert.Equal(t, name+"(", off.String()[:len(name)+1])
	assert.Equal(t, off.String(), off.Label(language.Danish))
	_, err = off.MarshalText()
	assert.ErrorIs(t, err, overview.ErrUnknownCode)
	_, err = value(off)
	assert.ErrorIs(t, err, gdpr.ErrInvalid)

	for _, bad := range []string{"unknown", strings.ToUpper(all[0].String()), " " + all[0].String()} {
		_, err := parse(bad)
		assert.ErrorIs(t, err, overview.ErrUnknownCode, "%q", bad)
		assert.ErrorIs(t, err, gdpr.ErrInvalid)
		assert.True(t, strings.HasPrefix(err.Error(), "overview: "), err.Error())
	}
	var s T
	err = P(&s).Scan(42)
	assert.ErrorIs(t, err, gdpr.ErrInvalid)
	assert.True(t, errors.Is(P(&s).UnmarshalText([]byte("nope")), overview.ErrUnknownCode))
}

func TestArea(t *testing.T) {
	testEnum(t, "Area", overview.Areas(), overview.ParseArea,
		func(a overview.Area) (any, error) { return a.Value() }, func(n uint8) overview.Area { return overview.Area(n) })
	assert.Equal(t, "Databehandleraftaler", overview.Agreements.Label(language.Danish))
	assert.Equal(t, "Data processing agreements", overview.Agreements.Label(language.English))
	areas := overview.Areas()
	areas[0] = 0
	assert.Equal(t, overview.Records, overview.Areas()[0], "a fresh slice")
}

func TestDueKind(t *testing.T) {
	testEnum(t, "DueKind", overview.DueKinds(), overview.ParseDueKind,
		func(k overview.DueKind) (any, error) { return k.Value() }, func(n uint8) overview.DueKind { return overview.DueKind(n) })
	for _, k := range overview.DueKinds() {
		assert.True(t, k.Area().Valid(), "%s has an area", k)
		assert.True(t, strings.HasPrefix(k.Reference(), "GDPR art. "), "%s cites its article", k)
	}
	assert.Zero(t, overview.DueKind(0).Area())
	assert.Empty(t, overview.DueKind(0).Reference())
	assert.Equal(t, "Anmeldelse af brud til Datatilsynet", overview.BreachNotification.Label(language.Danish))
}
