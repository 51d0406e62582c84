package ropa_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/internal/roundtrip"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGoldenIsStorable: the golden register decodes, validates and round-
// trips through encoding/json to the same value and bytes
// (internal/roundtrip), as does every fixture of the package's tests.
func TestGoldenIsStorable(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "register.golden.json"))
	require.NoError(t, err)
	_, err = ropa.ParseJSON[ropa.Register](b)
	require.NoError(t, err, "the golden register is accepted")
	assert.NoError(t, roundtrip.Check[ropa.Register](b))

	reg := consentRegister(t)
	for name, check := range map[string]func() error{
		"compliantRecord": func() error { return roundtrip.Value(compliantRecord()) },
		"fullRecord":      func() error { return roundtrip.Value(fullRecord()) },
		"plantedRecord":   func() error { return roundtrip.Value(plantedRecord()) },
		"clonable":        func() error { return roundtrip.Value(clonable()) },
		"processorRecord": func() error { return roundtrip.Value(plantedProcessorRecord()) },
		"consentRegister": func() error { return roundtrip.Value(reg) },
		"consent":         func() error { return roundtrip.Value(reg.Consents[0]) },
		"gdprtest.Record": func() error { return roundtrip.Value(gdprtest.Record()) },
		"register of both": func() error {
			return roundtrip.Value(ropa.Register{Records: []ropa.Record{gdprtest.Record(), fullRecord()}})
		},
	} {
		assert.NoError(t, check(), name)
	}
}

// TestTimestampsThatCannotBeStoredAreRejected: a consent's instants and a
// record's days decode only when they encode again (RFC 3339 allows no
// offset of ±24:00 or more; a year has four digits).
func TestTimestampsThatCannotBeStoredAreRejected(t *testing.T) {
	const consent = `{"id":"c","recordId":"r","purposeId":"p","subject":"s","given":%q}`
	for _, in := range []string{
		"2026-01-01T00:00:00+24:00", "2026-01-01T00:00:00-24:00", "2026-01-01T00:00:00+99:59",
		"2026-01-01T00:00:00", "10000-01-01T00:00:00Z", "2026-13-01T00:00:00Z", "2026-02-30T00:00:00Z",
	} {
		doc := []byte(sprintf(consent, in))
		_, err := ropa.ParseJSON[ropa.Consent](doc)
		require.Error(t, err, in)
		assert.ErrorIs(t, err, gdpr.ErrInvalid, in)
		assert.NoError(t, roundtrip.Check[ropa.Consent](doc), in)
	}
	for _, in := range []string{"10000-01-01", "2026-02-30", "0000-00-00", "2026-1-1", "+2026-01-01"} {
		_, err := ropa.ParseJSON[ropa.Record]([]byte(sprintf(`{"id":"x","name":"y","lastReview":%q}`, in)))
		assert.Error(t, err, in)
	}
	ok := sprintf(consent, "2026-01-01T00:00:00+23:59")
	_, err := ropa.ParseJSON[ropa.Consent]([]byte(ok))
	require.NoError(t, err, "an offset of 23:59 is storable")
	assert.NoError(t, roundtrip.Check[ropa.Consent]([]byte(ok)))
}

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// TestValidateRejectsUnstorableInstants: a consent made in Go, or decoded
// with plain encoding/json, whose instant has an offset of 24 hours or a
// five-digit year does not validate, so what validates can be stored.
func TestValidateRejectsUnstorableInstants(t *testing.T) {
	c := consentRegister(t).Consents[0]
	for name, at := range map[string]time.Time{
		"offset +24:00": time.Date(2026, 1, 1, 0, 0, 0, 0, time.FixedZone("", 24*3600)),
		"offset -25:00": time.Date(2026, 1, 1, 0, 0, 0, 0, time.FixedZone("", -25*3600)),
		"year 10000":    time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
	} {
		t.Run(name, func(t *testing.T) {
			bad := c
			bad.Given = at
			gdprtest.Invalid(t, bad, "given")
			bad = c
			bad.Withdrawn = at
			gdprtest.Invalid(t, bad, "withdrawn")
		})
	}
}
