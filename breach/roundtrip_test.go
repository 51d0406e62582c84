package breach_test

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"

	"github.com/dkgdpr/gdpr/breach"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/internal/jsonstrict"
	"github.com/dkgdpr/gdpr/internal/roundtrip"
	"github.com/stretchr/testify/require"
)

// storable decodes doc strictly as a T (validating it when T has
// Validate), requires that it is accepted, and that what was accepted can
// be stored: it encodes, decodes again to the same value and encodes to
// the same bytes.
func storable[T any](t *testing.T, doc []byte) {
	t.Helper()
	v, err := jsonstrict.Parse[T](doc)
	require.NoError(t, err, "the document is accepted")
	require.NoError(t, roundtrip.Value(v))
	require.NoError(t, roundtrip.Check[T](doc))
}

// Every golden document and every gdprtest sample of the package
// round-trips: decode (ParseJSON for records) -> Validate -> encode ->
// decode -> equal, so that the record of a breach GDPR art. 33(5) asks
// for can be kept as it was accepted.
func TestEveryGoldenDocumentAndSampleIsStorable(t *testing.T) {
	incident, err := os.ReadFile("testdata/incident.json")
	require.NoError(t, err)
	decision, err := os.ReadFile("testdata/decision_cpr_email.json")
	require.NoError(t, err)
	t.Run("incident.json", func(t *testing.T) { storable[breach.Incident](t, incident) })
	t.Run("incident.json as a log", func(t *testing.T) {
		other := strings.Replace(string(incident), `"2025-0042"`, `"2025-0043"`, 1)
		storable[breach.Log](t, []byte("["+string(incident)+","+other+"]"))
	})
	t.Run("decision_cpr_email.json", func(t *testing.T) { storable[breach.Decision](t, decision) })
	t.Run("planted incident", func(t *testing.T) { require.NoError(t, roundtrip.Value(plantedIncident(t))) })
	t.Run("gdprtest.Incident", func(t *testing.T) { require.NoError(t, roundtrip.Value(gdprtest.Incident())) })
	t.Run("policies", func(t *testing.T) {
		for _, p := range []breach.Policy{{}, {NoRisk: []breach.Driver{}, LargeNumber: 500, ENISAHighFrom: breach.Levels()[len(breach.Levels())-1]}} {
			require.NoError(t, roundtrip.Value(p))
		}
	})
}

// An incident made in Go (or decoded with plain encoding/json) with a
// timestamp encoding/json cannot write (RFC 3339 offsets are -23:59 to
// +23:59, years 0000-9999) does not validate: what validates is storable.
func TestValidateRejectsUnstorableTimestamps(t *testing.T) {
	inc := gdprtest.Incident()
	require.NoError(t, inc.Validate())
	inc.DiscoveredAt = inc.AwareAt.In(time.FixedZone("", 24*60*60))
	err := inc.Validate()
	require.Error(t, err)
	var ps gdpr.Problems
	require.ErrorAs(t, err, &ps)
	require.Len(t, ps, 1)
	require.Equal(t, "discoveredAt", ps[0].Path)
}
