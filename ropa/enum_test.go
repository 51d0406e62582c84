package ropa_test

import (
	"errors"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enumtest"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestEnums checks every enumeration's whole method set with the module's
// one harness, and that each list function gives the valid values in order.
func TestEnums(t *testing.T) {
	check := func(name string, f func(t *testing.T)) { t.Run(name, f) }
	check("Status", func(t *testing.T) { assert.Equal(t, ropa.Statuses(), enumtest.Check(t, ropa.ParseStatus)) })
	check("Volume", func(t *testing.T) { assert.Equal(t, ropa.Volumes(), enumtest.Check(t, ropa.ParseVolume)) })
	check("Source", func(t *testing.T) { assert.Equal(t, ropa.Sources(), enumtest.Check(t, ropa.ParseSource)) })
	check("Operation", func(t *testing.T) { assert.Equal(t, ropa.Operations(), enumtest.Check(t, ropa.ParseOperation)) })
	check("PurposeKind", func(t *testing.T) { assert.Equal(t, ropa.PurposeKinds(), enumtest.Check(t, ropa.ParsePurposeKind)) })
	check("RecipientCategory", func(t *testing.T) {
		assert.Equal(t, ropa.RecipientCategories(), enumtest.Check(t, ropa.ParseRecipientCategory))
	})
	check("ChannelKind", func(t *testing.T) { assert.Equal(t, ropa.ChannelKinds(), enumtest.Check(t, ropa.ParseChannelKind)) })
	check("Safeguard", func(t *testing.T) { assert.Equal(t, ropa.Safeguards(), enumtest.Check(t, ropa.ParseSafeguard)) })
	check("PeriodUnit", func(t *testing.T) { assert.Equal(t, ropa.PeriodUnits(), enumtest.Check(t, ropa.ParsePeriodUnit)) })
	check("Trigger", func(t *testing.T) { assert.Equal(t, ropa.Triggers(), enumtest.Check(t, ropa.ParseTrigger)) })
	check("ArchiveCode", func(t *testing.T) { assert.Equal(t, ropa.ArchiveCodes(), enumtest.Check(t, ropa.ParseArchiveCode)) })
	check("ConsentStatus", func(t *testing.T) {
		assert.Equal(t, ropa.ConsentStatuses(), enumtest.Check(t, ropa.ParseConsentStatus))
	})
}

func TestTemplateLabels(t *testing.T) {
	// The municipal DPIA template's Danish wording.
	assert.Equal(t, "Stort omfang", ropa.LargeVolume.Label(language.Danish))
	assert.Equal(t, "Direkte fra de registrerede", ropa.SourceDataSubject.Label(language.Danish))
	assert.Equal(t, "Kunstig intelligens", gdpr.AI.Label(language.Danish))
	assert.Equal(t, "Sammenstilling", ropa.Compilation.Label(language.Danish))
	assert.Equal(t, "Overholde lovgivning", ropa.LegalCompliance.Label(language.Danish))
	assert.Equal(t, "Ja", gdpr.Yes.Label(language.Danish))
	assert.Equal(t, "No", gdpr.No.Label(language.English))
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
		assert.Equal(t, s == ropa.DerogationConsent || s == ropa.DerogationContract || s == ropa.DerogationCompellingInterests,
			s.ExcludedForPublicAuthorities(), s.String())
	}
	assert.True(t, ropa.SCC.Article46())
	assert.True(t, ropa.DerogationPublicRegister.Derogation())
	assert.False(t, ropa.Safeguard(0).Article46() || ropa.Safeguard(0).Derogation())
}

func TestErrorsMatchGDPRInvalid(t *testing.T) {
	for _, err := range []error{ropa.ErrUnknownCode, ropa.ErrMalformedPeriod, ropa.ErrMalformedCSV,
		ropa.ErrMalformedImport, ropa.ErrMalformedSubject} {
		assert.True(t, errors.Is(err, gdpr.ErrInvalid), err.Error())
		assert.Regexp(t, `^ropa: [a-z]`, err.Error())
	}
}
