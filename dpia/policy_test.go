package dpia_test

import (
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/internal/enumtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMeasuresBeforeStartEnum(t *testing.T) {
	enumtest.Check[dpia.MeasuresBeforeStart](t, dpia.ParseMeasuresBeforeStart)
}

// TestPolicy: the zero Policy is the default and the plain methods are its;
// an invalid policy is an error to Decide, MayStart and the report, and
// findings to Check.
func TestPolicy(t *testing.T) {
	a := blurredDPIA()
	require.NoError(t, dpia.Policy{}.Validate())
	d, err := dpia.Policy{}.Decide(a)
	require.NoError(t, err)
	assert.Equal(t, a.Decide(), d, "Assessment.Decide is the zero Policy's")
	s, err := dpia.Policy{Measures: dpia.AllMeasures}.MayStart(a)
	require.NoError(t, err)
	assert.Equal(t, a.MayStart(), s, "the zero value is AllMeasures")

	bad := dpia.Policy{Measures: 9}
	_, err = bad.Decide(a)
	assert.ErrorIs(t, err, dpia.ErrInvalidPolicy)
	assert.ErrorIs(t, err, gdpr.ErrInvalid)
	_, err = bad.MayStart(a)
	assert.ErrorIs(t, err, dpia.ErrInvalidPolicy)
	assert.ErrorIs(t, a.WriteMarkdown(&strings.Builder{}, dpia.ReportOptions{Policy: bad}), dpia.ErrInvalidPolicy)
	fs := bad.Check(a, tourNow, trafficAgreement())
	require.NotEmpty(t, fs)
	assert.Equal(t, "dpia.invalid policy.measures", findingPaths(fs)[0])
	assert.Equal(t, findingPaths(a.Check(tourNow, trafficAgreement())), findingPaths(fs)[1:], "then checked under the default")
}

// TestReportStatesThePolicy: the report says which reading of the measures
// before the start it applies, and why the default is the stricter one
// (the municipal DPIA template, "Godkendt" and "Tids- og handlingsplan").
func TestReportStatesThePolicy(t *testing.T) {
	a := blurredDPIA()
	var strict, lenient strings.Builder
	require.NoError(t, a.WriteMarkdown(&strict, dpia.ReportOptions{}))
	require.NoError(t, a.WriteMarkdown(&lenient, dpia.ReportOptions{Policy: dpia.Policy{Measures: dpia.HighRiskMeasures}}))
	assert.Contains(t, strict.String(), "Behandlingen må påbegyndes: nej.")
	assert.Contains(t, strict.String(), "Politik for mitigerende foranstaltninger før start: Alle resterende mitigerende foranstaltninger skal være implementeret, før behandlingen påbegyndes (skabelonens \"Godkendt\"")
	assert.Contains(t, lenient.String(), "Behandlingen må påbegyndes: ja.")
	assert.Contains(t, lenient.String(), "De mitigerende foranstaltninger, der nedbringer en høj risiko, skal være implementeret, før behandlingen påbegyndes (skabelonens tids- og handlingsplan).")
}
