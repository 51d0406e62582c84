package gdprtest_test

import (
	"testing"

	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/internal/roundtrip"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
)

// TestSamplesAreStorable: every sample encodes with encoding/json, decodes
// strictly and validates again, equals itself field by field (unexported
// fields included) and encodes to the same bytes (internal/roundtrip): the
// host can store what the package accepts. A municipality made of every
// sample is storable too.
func TestSamplesAreStorable(t *testing.T) {
	m := overview.Municipality{
		Name:       "Eksempel Kommune",
		Records:    []ropa.Record{gdprtest.Record()},
		Agreements: []dpa.Agreement{gdprtest.Agreement()},
		Screenings: []overview.Screening{{ID: gdprtest.ScreeningID, Screening: gdprtest.Screening()}},
		DPIAs:      []dpia.Assessment{gdprtest.DPIA()},
		Risks:      []overview.RiskAssessment{{ID: gdprtest.RiskAssessmentID, Assessments: gdprtest.Risks()}},
		Breaches:   []overview.Breach{{Incident: gdprtest.Incident(), RecordIDs: []string{gdprtest.RecordID}}},
		Requests:   []overview.Request{{Request: gdprtest.Request(), RecordIDs: []string{gdprtest.RecordID}}},
		Policy:     overview.Policy{DPIA: gdprtest.DPIAPolicy()},
	}
	for name, check := range map[string]func() error{
		"Record":       func() error { return roundtrip.Value(gdprtest.Record()) },
		"Register":     func() error { return roundtrip.Value(ropa.Register{Records: []ropa.Record{gdprtest.Record()}}) },
		"Agreement":    func() error { return roundtrip.Value(gdprtest.Agreement()) },
		"Screening":    func() error { return roundtrip.Value(gdprtest.Screening()) },
		"Assessment":   func() error { return roundtrip.Value(gdprtest.Assessment()) },
		"Incident":     func() error { return roundtrip.Value(gdprtest.Incident()) },
		"DPIA":         func() error { return roundtrip.Value(gdprtest.DPIA()) },
		"Request":      func() error { return roundtrip.Value(gdprtest.Request()) },
		"Municipality": func() error { return roundtrip.Value(m) },
	} {
		assert.NoError(t, check(), name)
	}
}
