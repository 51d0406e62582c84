package overview_test

import (
	"errors"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestValidate: each wrapper reports its own fields and its package value's
// problems under the field's name.
func TestValidate(t *testing.T) {
	m := clean()
	tests := []struct {
		name  string
		v     interface{ Validate() error }
		paths []string // nil: valid
	}{
		{"the sample screening with its id", m.Screenings[0], nil},
		{"a screening without an id", overview.Screening{Screening: gdprtest.Screening()}, []string{"id"}},
		{"a screening id with a line break", overview.Screening{ID: "a\nb", Screening: gdprtest.Screening()}, []string{"id"}},
		{"an empty screening lacks every answer", overview.Screening{ID: "s"},
			[]string{"screening.answers", "screening.answers", "screening.answers", "screening.answers",
				"screening.answers", "screening.answers", "screening.answers", "screening.answers"}},
		{"the sample risk assessment", m.Risks[0], nil},
		{"a risk off the template's scale", overview.RiskAssessment{ID: "r", Assessments: []risk.Assessment{{
			Threat: risk.ITAttack, Description: gdpr.NewPersonal("Phishing"),
			Inherent: risk.Estimate{Consequence: 5, Probability: risk.Likely}}}},
			[]string{"assessments[0].inherent.consequence"}},
		{"a risk assessment without an id", overview.RiskAssessment{}, []string{"id"}},
		{"the sample breach", m.Breaches[0], nil},
		{"the sample request", m.Requests[0], nil},
		{"a request with an empty record id", overview.Request{Request: gdprtest.Request(), RecordIDs: []string{" "}},
			[]string{"recordIds[0]"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.v.Validate()
			if tc.paths == nil {
				assert.NoError(t, err)
				return
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, gdpr.ErrInvalid)
			var ps gdpr.Problems
			require.True(t, errors.As(err, &ps))
			var got []string
			for _, p := range ps {
				got = append(got, p.Path)
			}
			assert.Equal(t, tc.paths, got)
		})
	}
}

func TestBreachValidateNamesIncidentAndLists(t *testing.T) {
	err := overview.Breach{AgreementIDs: []string{""}, RecordIDs: []string{"ok", ""}}.Validate()
	var ps gdpr.Problems
	require.True(t, errors.As(err, &ps))
	paths := map[string]bool{}
	for _, p := range ps {
		paths[p.Path] = true
	}
	assert.True(t, paths["incident.awareAt"], "the incident's problems come under incident: %v", ps)
	assert.True(t, paths["recordIds[1]"])
	assert.True(t, paths["agreementIds[0]"])
	assert.False(t, paths["recordIds[0]"])
}
