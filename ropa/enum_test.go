package ropa_test

import (
	"database/sql/driver"
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

type enumValue interface {
	~uint8
	fmt.Stringer
	Valid() bool
	Label(language.Tag) string
	MarshalText() ([]byte, error)
	Value() (driver.Value, error)
}

// testEnum checks an enumeration exhaustively: every value round-trips
// through its code in text, JSON and SQL, has a Danish and an English
// label, and every byte beyond the table is invalid and prints as Type(n).
func testEnum[T enumValue, P interface {
	*T
	UnmarshalText([]byte) error
	Scan(any) error
}](t *testing.T, typeName string, all []T, parse func(string) (T, error)) {
	t.Run(typeName, func(t *testing.T) {
		require.NotEmpty(t, all)
		codes := map[string]bool{}
		for i, v := range all {
			assert.Equal(t, T(i+1), v, "values run from 1 in order")
			code := v.String()
			assert.True(t, v.Valid())
			assert.False(t, codes[code], "code %s twice", code)
			codes[code] = true
			assert.Regexp(t, `^[a-z][a-z0-9_]*$`, code)
			assert.NotEmpty(t, v.Label(language.Danish))
			assert.NotEmpty(t, v.Label(language.English))
			assert.Equal(t, v.Label(language.Danish), v.Label(language.Und), "Danish by default")

			got, err := parse(code)
			require.NoError(t, err)
			assert.Equal(t, v, got)
			b, err := v.MarshalText()
			require.NoError(t, err)
			var back T
			require.NoError(t, P(&back).UnmarshalText(b))
			assert.Equal(t, v, back)
			j, err := json.Marshal(map[string]T{"v": v})
			require.NoError(t, err)
			assert.Equal(t, `{"v":"`+code+`"}`, string(j))
			dv, err := v.Value()
			require.NoError(t, err)
			assert.Equal(t, code, dv)
			var scanned T
			require.NoError(t, P(&scanned).Scan(dv))
			assert.Equal(t, v, scanned)
			require.NoError(t, P(&scanned).Scan([]byte(code)))
			assert.Equal(t, v, scanned)
		}
		for n := len(all) + 1; n <= 255; n++ {
			v := T(n)
			assert.False(t, v.Valid())
			assert.Equal(t, fmt.Sprintf("%s(%d)", typeName, n), v.String())
			assert.Equal(t, v.String(), v.Label(language.Danish))
			_, err := v.MarshalText()
			require.ErrorIs(t, err, gdpr.ErrInvalid)
			_, err = v.Value()
			require.ErrorIs(t, err, gdpr.ErrInvalid)
		}
		var zero T
		assert.False(t, zero.Valid())
		z, err := parse("")
		require.NoError(t, err)
		assert.Equal(t, zero, z)
		dv, err := zero.Value()
		require.NoError(t, err)
		assert.Nil(t, dv)
		var scanned T = 1
		require.NoError(t, P(&scanned).Scan(nil))
		assert.Equal(t, zero, scanned)
		require.Error(t, P(&scanned).Scan(42))
		for _, bad := range []string{"nope", "Yes ", "1", "DAYS"} {
			_, err := parse(bad)
			require.ErrorIs(t, err, ropa.ErrUnknownCode, bad)
			require.ErrorIs(t, err, gdpr.ErrInvalid, bad)
		}
		var u T
		err = json.Unmarshal([]byte(`"unknown_code"`), &u)
		require.ErrorIs(t, err, gdpr.ErrInvalid)
	})
}

func TestEnums(t *testing.T) {
	testEnum[ropa.Status](t, "Status", ropa.Statuses(), ropa.ParseStatus)
	testEnum[ropa.Answer](t, "Answer", ropa.Answers(), ropa.ParseAnswer)
	testEnum[ropa.Volume](t, "Volume", ropa.Volumes(), ropa.ParseVolume)
	testEnum[ropa.Source](t, "Source", ropa.Sources(), ropa.ParseSource)
	testEnum[ropa.Operation](t, "Operation", ropa.Operations(), ropa.ParseOperation)
	testEnum[ropa.PurposeKind](t, "PurposeKind", ropa.PurposeKinds(), ropa.ParsePurposeKind)
	testEnum[ropa.RecipientCategory](t, "RecipientCategory", ropa.RecipientCategories(), ropa.ParseRecipientCategory)
	testEnum[ropa.ChannelKind](t, "ChannelKind", ropa.ChannelKinds(), ropa.ParseChannelKind)
	testEnum[ropa.Safeguard](t, "Safeguard", ropa.Safeguards(), ropa.ParseSafeguard)
	testEnum[ropa.PeriodUnit](t, "PeriodUnit", ropa.PeriodUnits(), ropa.ParsePeriodUnit)
	testEnum[ropa.Trigger](t, "Trigger", ropa.Triggers(), ropa.ParseTrigger)
	testEnum[ropa.ArchiveCode](t, "ArchiveCode", ropa.ArchiveCodes(), ropa.ParseArchiveCode)
	testEnum[ropa.ConsentStatus](t, "ConsentStatus", ropa.ConsentStatuses(), ropa.ParseConsentStatus)
}

func TestTemplateLabels(t *testing.T) {
	// Seed 002's Danish wording.
	assert.Equal(t, "Stort omfang", ropa.LargeVolume.Label(language.Danish))
	assert.Equal(t, "Direkte fra de registrerede", ropa.SourceDataSubject.Label(language.Danish))
	assert.Equal(t, "Kunstig intelligens", gdpr.AI.Label(language.Danish))
	assert.Equal(t, "Sammenstilling", ropa.Compilation.Label(language.Danish))
	assert.Equal(t, "Overholde lovgivning", ropa.LegalCompliance.Label(language.Danish))
	assert.Equal(t, "Ja", ropa.Yes.Label(language.Danish))
	assert.Equal(t, "No", ropa.No.Label(language.English))
	assert.Equal(t, "B (bevares)", ropa.Preserve.Label(language.Danish))
	assert.Equal(t, "K (discarded)", ropa.Discard.Label(language.English))
}

func TestArchiveCodeAcceptsTheKLEPlanLetters(t *testing.T) {
	for s, want := range map[string]ropa.ArchiveCode{"B": ropa.Preserve, "b": ropa.Preserve, "K": ropa.Discard, "k": ropa.Discard} {
		got, err := ropa.ParseArchiveCode(s)
		require.NoError(t, err)
		assert.Equal(t, want, got, s)
		var scanned ropa.ArchiveCode
		require.NoError(t, scanned.Scan(s))
		assert.Equal(t, want, scanned)
	}
}

func TestChannelKinds(t *testing.T) {
	internet := map[ropa.ChannelKind]bool{ropa.Email: true, ropa.Web: true, ropa.FileTransfer: true, ropa.DigitalPost: true, ropa.OtherInternet: true}
	for _, k := range ropa.ChannelKinds() {
		assert.Equal(t, internet[k], k.Internet(), k.String())
		assert.Equal(t, k == ropa.DigitalPost, k.EncryptedByDesign(), k.String())
	}
	assert.False(t, ropa.ChannelKind(0).Internet())
}

func TestSafeguardKinds(t *testing.T) {
	// GDPR art. 46/47 tools, art. 49(1) derogations and art. 49(3).
	for _, s := range ropa.Safeguards() {
		assert.NotEqual(t, s.Article46(), s.Derogation(), s.String())
		assert.Equal(t, s == ropa.DerogationConsent || s == ropa.DerogationContract, s.ExcludedForPublicAuthorities(), s.String())
	}
	assert.True(t, ropa.SCC.Article46())
	assert.True(t, ropa.DerogationPublicRegister.Derogation())
	assert.False(t, ropa.Safeguard(0).Article46() || ropa.Safeguard(0).Derogation())
}

func TestErrorsMatchGDPRInvalid(t *testing.T) {
	for _, err := range []error{ropa.ErrUnknownCode, ropa.ErrMalformedPeriod, ropa.ErrMalformedCSV,
		ropa.ErrMalformedImport, ropa.ErrMalformedJSON, ropa.ErrMalformedSubject} {
		assert.True(t, errors.Is(err, gdpr.ErrInvalid), err.Error())
		assert.Regexp(t, `^ropa: [a-z]`, err.Error())
	}
}
