package ropa_test

import (
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
)

// TestTemplateTechnologies maps a record to the municipal DPIA template's
// questions 2.1-2.14: 2.1 from collection by tracking, 2.2-2.13 from the
// technologies used, 2.14 from matching.
func TestTemplateTechnologies(t *testing.T) {
	tests := []struct {
		name string
		r    ropa.Record
		want []gdpr.Technology
	}{
		{"nothing recorded", ropa.Record{}, nil},
		{"technologies in the template's order, each once", ropa.Record{Technologies: []ropa.TechnologyUse{
			{Technology: gdpr.MobileApps}, {Technology: gdpr.AI}, {Technology: gdpr.MobileApps}, {Technology: 0},
		}}, []gdpr.Technology{gdpr.AI, gdpr.MobileApps}},
		{"2.1 tracking data and 2.14 combination", ropa.Record{
			Collection:   []ropa.Source{ropa.SourceDataSubject, ropa.SourceTracking},
			Technologies: []ropa.TechnologyUse{{Technology: gdpr.CCTV}},
			Matching:     gdpr.Yes,
		}, []gdpr.Technology{gdpr.TrackingData, gdpr.CCTV, gdpr.Combination}},
		{"matching answered no", ropa.Record{Matching: gdpr.No}, nil},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, tc.r.TemplateTechnologies(), tc.name)
	}
}

// TestTechnologiesAreQuestions2_2To2_13: a record answers 2.1 by its
// collection and 2.14 by its matching, so its technologies hold neither.
func TestTechnologiesAreQuestions2_2To2_13(t *testing.T) {
	for _, tech := range []gdpr.Technology{gdpr.TrackingData, gdpr.Combination} {
		r := compliantRecord()
		r.Technologies = []ropa.TechnologyUse{{Technology: gdpr.Servers}, {Technology: tech}}
		err := r.Validate()
		var ps gdpr.Problems
		if assert.ErrorAs(t, err, &ps, tech.String()) {
			assert.Equal(t, "technologies[1].technology", ps[0].Path)
			assert.Equal(t, gdpr.CodeUnsupported, ps[0].Code)
		}
	}
	r := compliantRecord()
	r.Technologies = []ropa.TechnologyUse{{Technology: gdpr.OtherTechnology}}
	assert.NoError(t, r.Validate())
}
