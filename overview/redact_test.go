package overview_test

import (
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/internal/leaktest"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/stretchr/testify/assert"
)

// Made-up personal data planted in the pieces of a municipality.
const (
	nameMarker    = "Markus Markersen"
	contactMarker = "markus.markersen@borger.example"
	textMarker    = "Markersens diagnose"
)

var allMarkers = []string{nameMarker, contactMarker, textMarker}

// planted is a municipality whose request, record and agreement hold the
// markers: a requester's name and address, a party's e-mail address and a
// processor's contact point.
func planted() overview.Municipality {
	m := clean()
	m.Records[0].DPO.Email = gdpr.NewPersonal(contactMarker)
	m.Agreements[0].Processor.Contact = gdpr.NewPersonal(nameMarker + ", " + contactMarker)
	rq := gdprtest.Request()
	rq.Requester = rights.NewRequester(rights.Self, nameMarker, contactMarker)
	m.Requests = append(m.Requests, overview.Request{Request: rq, RecordIDs: []string{m.Records[0].ID}})
	return m
}

// plantedBreach is an entry of the breach log whose incident holds a
// contact and a free text about a person.
func plantedBreach() overview.Breach {
	inc := gdprtest.Incident()
	inc.Description = gdpr.NewPersonal(textMarker)
	inc.Contact = breach.Contact{Role: "DPO", Email: gdpr.NewPersonal(contactMarker)}
	return overview.Breach{Incident: inc, RecordIDs: []string{gdprtest.RecordID}}
}

// TestLeaksNowhere plants personal data in every overview type that holds
// any and finds them in no output the package promises to redact: every
// fmt verb (bare, nested, unexported), slog's text and JSON handlers
// (through gdpr.RedactingHandler at any depth) and errors. JSON keeps
// them.
func TestLeaksNowhere(t *testing.T) {
	m := planted()
	t.Run("Municipality", func(t *testing.T) { leaktest.Check(t, m, allMarkers...) })
	t.Run("Request", func(t *testing.T) { leaktest.Check(t, m.Requests[len(m.Requests)-1], allMarkers...) })
	t.Run("Report", func(t *testing.T) { leaktest.Check(t, build(t, m), allMarkers...) })
	t.Run("Screening", func(t *testing.T) { leaktest.Check(t, m.Screenings[0], allMarkers...) })
	t.Run("RiskAssessment", func(t *testing.T) { leaktest.Check(t, m.Risks[0], allMarkers...) })
	assert.True(t, leaktest.Stored(m, nameMarker, contactMarker), "JSON is storage and keeps them")
}

// TestBreachLeaksOnlyWhatItsIncidentLeaks: an entry of the breach log adds
// no output of its own that shows personal data: wherever overview.Breach
// leaks a marker, the breach.Incident it wraps leaks it too (package
// breach redacts its incidents; overview only wraps them).
func TestBreachLeaksOnlyWhatItsIncidentLeaks(t *testing.T) {
	b := plantedBreach()
	own := map[string]bool{}
	for _, l := range leaktest.Find(b.Incident, allMarkers...) {
		own[l.Channel+" "+l.Marker] = true
	}
	for _, l := range leaktest.Find(b, allMarkers...) {
		assert.True(t, own[l.Channel+" "+l.Marker], "overview.Breach leaks where its incident does not: %s", l)
	}
	assert.True(t, leaktest.Stored(b, contactMarker, textMarker), "JSON is storage and keeps them")
}
