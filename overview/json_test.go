package overview_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestParseJSONRoundTrip: the clean municipality encodes and decodes
// strictly and encodes again to the same bytes (instants keep their
// offset, not their time.Location, so the values are compared as JSON).
func TestParseJSONRoundTrip(t *testing.T) {
	m := clean()
	b, err := json.Marshal(m)
	require.NoError(t, err)
	back, err := overview.ParseJSON[overview.Municipality](b)
	require.NoError(t, err)
	again, err := json.Marshal(back)
	require.NoError(t, err)
	assert.Equal(t, string(b), string(again))
}

// TestParseJSONRejects: strict decoding names the field of each problem,
// in any piece, and every error means invalid input.
func TestParseJSONRejects(t *testing.T) {
	for _, tc := range []struct {
		name, json string
		paths      []string
	}{
		{"PascalCase field", `{"Records":[]}`, []string{"Records"}},
		{"unknown field in a DPIA", `{"dpias":[{"id":"d","recordId":"r","riskz":[]}]}`, []string{"dpias[0].riskz"}},
		{"unknown code in a request", `{"requests":[{"request":{"kind":"teleport"}}]}`, []string{"requests[0].request.kind"}},
		{"duplicate key", `{"name":"a","name":"b"}`, []string{"name"}},
		{"an invalid policy", `{"policy":{"rights":{"closedDays":["someday"]}}}`, []string{"policy.rights.closedDays[0]"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := overview.ParseJSON[overview.Municipality]([]byte(tc.json))
			require.Error(t, err)
			assert.ErrorIs(t, err, gdpr.ErrInvalid)
			var ps gdpr.Problems
			require.True(t, errors.As(err, &ps), "%v", err)
			var paths []string
			for _, p := range ps {
				paths = append(paths, p.Path)
			}
			assert.Equal(t, tc.paths, paths)
		})
	}
}

// TestCheck: Check is Build's findings as gdpr.Finding, never nil, and an
// invalid policy is reported as findings under "policy" rather than as an
// error.
func TestCheck(t *testing.T) {
	fs := overview.Municipality{}.Check(gdprtest.Now())
	require.NotNil(t, fs, "nothing recorded gives [] not nil")
	assert.Empty(t, fs)
	assert.Empty(t, clean().Check(gdprtest.Now()))

	m := clean()
	m.Records[0].Retention = nil
	r := build(t, m)
	fs = m.Check(gdprtest.Now())
	require.Len(t, fs, len(r.Findings))
	for i, f := range r.Findings {
		assert.Equal(t, f.Finding, fs[i])
	}

	m = clean()
	m.Policy.Rights.ClosedDays = []rights.ClosedDay{rights.ClosedDay(99)}
	fs = m.Check(gdprtest.Now())
	require.NotEmpty(t, fs)
	assert.Equal(t, "overview.invalid", fs[0].Rule)
	assert.Equal(t, "policy.rights.closedDays[0]", fs[0].Path)
	assert.NotContains(t, fs[0].Text.Da, "closed day", "the Danish text carries no English message")
}

// TestDPIAPolicy: the municipality's policy carries dpia's, validated with
// its path, and Build applies it to the impact assessments.
func TestDPIAPolicy(t *testing.T) {
	err := overview.Policy{DPIA: dpia.Policy{Measures: 9}}.Validate()
	require.ErrorIs(t, err, overview.ErrInvalidPolicy)
	var ps gdpr.Problems
	require.True(t, errors.As(err, &ps))
	assert.Equal(t, "dpia.measures", ps[0].Path)

	m := clean()
	m.Policy.DPIA = dpia.Policy{}
	strict := build(t, m)
	assert.NotEmpty(t, withRule(strict, "dpia.started_without_approval"), "the default wants every measure in place")
	m.Policy.DPIA = dpia.Policy{Measures: dpia.HighRiskMeasures}
	assert.Empty(t, withRule(build(t, m), "dpia.started_without_approval"), "no high risk waits for a measure")
}

// TestInvalidOnce: a piece that does not validate is reported once per
// problem, as overview.invalid, not again by its package's Check.
func TestInvalidOnce(t *testing.T) {
	m := clean()
	m.DPIAs[0].Risks[0].Inherent.Consequence = 9
	r := build(t, m)
	assert.Len(t, withRule(r, "overview.invalid"), 1)
	assert.Empty(t, withRule(r, "dpia.invalid"))
}
