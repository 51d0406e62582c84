package overview_test

import (
	"encoding/json"
	"testing"

	"github.com/dkgdpr/gdpr/internal/roundtrip"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMunicipalityIsStorable: a municipality made of the samples of
// package gdprtest, with the planted personal data and a breach, decodes,
// validates and round-trips through encoding/json to the same value and
// bytes (internal/roundtrip): JSON keeps every piece.
func TestMunicipalityIsStorable(t *testing.T) {
	m := planted()
	m.Breaches = append(m.Breaches, plantedBreach())
	m.Breaches[len(m.Breaches)-1].Incident.ID = "BRUD-planted"
	m.Consents = append(m.Consents, consent(t, "c1"))
	for name, v := range map[string]overview.Municipality{"clean": clean(), "planted": m, "zero": {}} {
		b := mustJSON(t, v)
		_, err := overview.ParseJSON[overview.Municipality](b)
		require.NoError(t, err, name)
		assert.NoError(t, roundtrip.Value(v), name)
		assert.NoError(t, roundtrip.Check[overview.Municipality](b), name)
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return b
}
