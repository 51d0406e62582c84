package dpa_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/internal/roundtrip"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGoldenIsStorable: the golden agreement decodes, validates and round-
// trips through encoding/json to the same value and bytes
// (internal/roundtrip), as does every fixture of the package's tests and a
// register of them.
func TestGoldenIsStorable(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "agreement.json"))
	require.NoError(t, err)
	_, err = dpa.ParseJSON[dpa.Agreement](b)
	require.NoError(t, err, "the golden agreement is accepted")
	assert.NoError(t, roundtrip.Check[dpa.Agreement](b))

	all := []dpa.Agreement{compliant(), payroll(), archive(), fullAgreement(), plantedAgreement()}
	all[3].ID, all[4].ID = "full", "planted"
	for i, a := range all {
		assert.NoError(t, roundtrip.Value(a), a.ID, i)
	}
	assert.NoError(t, roundtrip.Value(gdprtest.Agreement()))
	reg, err := dpa.NewRegister(all)
	require.NoError(t, err)
	assert.NoError(t, roundtrip.Value(*reg), "a register of them")
}

// TestDatesThatCannotBeStoredAreRejected: a day decodes only when it is a
// calendar day of the years 1 to 9999 written as encoding/json writes it.
func TestDatesThatCannotBeStoredAreRejected(t *testing.T) {
	for _, in := range []string{"10000-01-01", "2026-02-30", "0000-01-01", "2026-1-1", "+2026-01-01", "2026-01-01T00:00:00Z"} {
		doc := []byte(`{"id":"x","controller":{"name":"c"},"processor":{"name":"p"},"signed":"` + in + `"}`)
		_, err := dpa.ParseJSON[dpa.Agreement](doc)
		require.Error(t, err, in)
		assert.ErrorIs(t, err, gdpr.ErrInvalid, in)
		assert.NoError(t, roundtrip.Check[dpa.Agreement](doc), in)
	}
}
