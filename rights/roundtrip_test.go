package rights_test

import (
	"os"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/internal/jsonstrict"
	"github.com/dkgdpr/gdpr/internal/roundtrip"
	"github.com/dkgdpr/gdpr/rights"
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
// decode -> equal (the storage property, GDPR art. 5(2): the controller
// must be able to keep what it records).
func TestEveryGoldenDocumentAndSampleIsStorable(t *testing.T) {
	read := func(name string) []byte {
		b, err := os.ReadFile("testdata/" + name)
		require.NoError(t, err)
		return b
	}
	t.Run("request.json", func(t *testing.T) { storable[rights.Request](t, read("request.json")) })
	t.Run("request-minimal.json", func(t *testing.T) { storable[rights.Request](t, read("request-minimal.json")) })
	t.Run("state.json", func(t *testing.T) { storable[rights.State](t, read("state.json")) })
	t.Run("applicability.json", func(t *testing.T) { storable[rights.Applicability](t, read("applicability.json")) })
	t.Run("planted request", func(t *testing.T) { require.NoError(t, roundtrip.Value(plantedRequest(t))) })
	t.Run("collection", func(t *testing.T) { require.NoError(t, roundtrip.Value(plantedCollection(t))) })
	t.Run("gdprtest.Request", func(t *testing.T) { require.NoError(t, roundtrip.Value(gdprtest.Request())) })
	t.Run("policies", func(t *testing.T) {
		for _, p := range []rights.Policy{{}, {ChainedExtension: true, ClosedDays: rights.ClosedDays(),
			ClosedDates: []gdpr.Date{{Year: 2026, Month: 3, Day: 3}}}} {
			require.NoError(t, roundtrip.Value(p))
		}
	})
}

// A request or collection made in Go with a timestamp encoding/json
// cannot write (RFC 3339 offsets are -23:59 to +23:59, years 0000-9999)
// does not validate, so nothing that validates is unstorable.
func TestValidateRejectsUnstorableTimestamps(t *testing.T) {
	plus24 := time.FixedZone("", 24*60*60)
	late := time.Date(2026, 3, 20, 14, 30, 0, 0, plus24)
	r := gdprtest.Request()
	r.Answer = &rights.Answer{At: late, Outcome: rights.Granted}
	require.Equal(t, []string{"answer.at"}, problemPaths(t, r.Validate()))
	r = gdprtest.Request()
	r.Pauses = []rights.Pause{{From: r.ReceivedAt.Add(time.Hour), Until: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), Reason: gdpr.NewPersonal("x")}}
	require.Equal(t, []string{"pauses[0].until"}, problemPaths(t, r.Validate()))
	c := rights.Collection{ObtainedAt: late}
	require.Equal(t, []string{"obtainedAt"}, problemPaths(t, c.Validate()))
}
