package risk_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/leaktest"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Markers planted in the free texts of an assessment: a made-up name, an
// e-mail address, a CPR number and an employee named as a measure's owner.
const (
	nameMarker  = "Markus Markersen"
	mailMarker  = "markus.markersen@example.org"
	cprMarker   = "070761-4285"
	ownerMarker = "Birthe Beispiel"
)

var markers = []string{nameMarker, mailMarker, cprMarker, ownerMarker}

// planted is a valid assessment whose every free text holds a marker.
func planted() risk.Assessment {
	a := phishing()
	a.Description = gdpr.NewPersonal("Borgeren " + nameMarker + " (" + cprMarker + ") fik et brev til en anden.")
	a.Consequences = gdpr.NewPersonal("Oplysninger om " + nameMarker + " blev kendt af naboen.")
	a.CurrentMeasures = gdpr.NewPersonal("Post til " + mailMarker + " kontrolleres.")
	a.Residual = risk.Estimate{Consequence: risk.Severe, Probability: risk.Expected}
	a.ResidualReason = gdpr.NewPersonal(nameMarker + " klagede igen.")
	for i := range a.Measures {
		a.Measures[i].Description = gdpr.NewPersonal("Opringning til " + nameMarker + ".")
		a.Measures[i].Owner = gdpr.NewPersonal(ownerMarker)
	}
	return a
}

// TestNoPersonalDataLeaks plants markers in every type of the package that
// holds personal data and finds none in fmt (every verb, nested,
// unexported), slog's text and JSON handlers through gdpr.RedactingHandler,
// or errors; JSON storage keeps them.
func TestNoPersonalDataLeaks(t *testing.T) {
	a := planted()
	require.NoError(t, a.Validate())
	set := risk.Set{Matrix: risk.DefaultMatrix(), Assessments: []risk.Assessment{a, a}}
	hm := risk.HeatMap{Assessments: set.Assessments}

	// leaktest nests each value in structs (exported and unexported
	// fields), pointers, slices and maps itself.
	t.Run("Assessment", func(t *testing.T) { leaktest.Check(t, a, markers...) })
	t.Run("Measure", func(t *testing.T) { leaktest.Check(t, a.Measures[0], nameMarker, ownerMarker) })
	t.Run("Set", func(t *testing.T) { leaktest.Check(t, set, markers...) })
	t.Run("HeatMap", func(t *testing.T) { leaktest.Check(t, hm, markers...) })

	assert.True(t, leaktest.Stored(a, markers...), "JSON is storage and keeps every free text")
	assert.True(t, leaktest.Stored(set, markers...))
	assert.True(t, leaktest.Stored(a.Measures[0], nameMarker, ownerMarker))
	for _, l := range leaktest.Find(set, markers...) {
		assert.Equal(t, "slog json", leaktest.Sink(l.Channel), "unexpected leak: %s", l)
	}

	// What the package derives from a set holds none of its free texts;
	// the heat map shows IDs and threats only.
	d, err := set.Decide()
	require.NoError(t, err)
	assert.Empty(t, leaktest.Find(d, markers...))
	assert.Empty(t, leaktest.Find(set.Summary(), markers...))
	assert.Empty(t, leaktest.Find(set.Check(time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)), markers...))
	moved, rr, err := set.Rerate(risk.OS2Herning(), risk.StepMap{})
	require.NoError(t, err)
	leaktest.Check(t, moved, markers...)
	assert.Empty(t, leaktest.Find(rr, markers...))
	for _, out := range []string{string(hm.SVG()), hm.Text()} {
		for _, m := range markers {
			assert.NotContains(t, out, m)
		}
	}
}

// TestErrorsDoNotEchoPersonalData types personal data into every field of
// every decoder and validator of the package and finds none in the errors
// or in the findings of Check.
func TestErrorsDoNotEchoPersonalData(t *testing.T) {
	errs := riskErrors(markers)
	leaktest.CheckErrors(t, errs, markers...)
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
			assert.ErrorIs(t, err, gdpr.ErrInvalid, "%v", err)
		}
	}
	assert.Greater(t, n, 150, "the inputs reach the error paths")
}

// riskErrors feeds each input to every decoder and validator of the
// package and returns the errors. An unknown member's name is left out:
// the strict decoder (internal/jsonstrict) quotes it in the problem's path,
// which is the shared decoder's to change, for every package at once.
func riskErrors(inputs []string) []error {
	var errs []error
	add := func(err error) { errs = append(errs, err) }
	q := func(s string) string { b, _ := json.Marshal(s); return string(b) }
	for _, in := range inputs {
		for _, s := range []string{in, "custom:" + in + "\x01", "custom: " + in} {
			_, err := risk.ParseAction(s)
			add(err)
			_, err = risk.ParseBand(s)
			add(err)
			_, err = risk.ParseConsequence(s)
			add(err)
			_, err = risk.ParseProbability(s)
			add(err)
			_, err = risk.ParseHighRisk(s)
			add(err)
			_, err = risk.ParseMeasureStatus(s)
			add(err)
			_, err = risk.ParseThreat(s)
			add(err)
			_, err = risk.OS2Preset(s)
			add(err)
			var th risk.Threat
			add(th.UnmarshalText([]byte(s)))
			add(th.Scan(s))
			_, err = risk.Threat(s).MarshalText()
			add(err)
			_, err = risk.Threat(s).Value()
			add(err)
			var c risk.Consequence
			add(c.UnmarshalText([]byte(s)))
			add(c.Scan([]byte(s)))
			var p risk.Probability
			add(p.Scan(s))
			var b risk.Band
			add(b.Scan(s))
			var ms risk.MeasureStatus
			add(ms.Scan(s))
		}
		assessment := `{"threat":"it_attack","description":"x","inherent":{"consequence":"severe","probability":"likely"}`
		for _, doc := range []string{
			`{"threat":` + q(in) + `,"description":` + q(in) + `}`,
			`{"threat":` + q("custom:"+in+"\x01") + `}`,
			`{"id":` + q(in+in+"\n") + `,"ratedOn":` + q(" "+in) + `}`,
			`{"threat":"it_attack","description":{"x":` + q(in) + `}}`,
			`{"threat":"it_attack","consequences":[` + q(in) + `],"currentMeasures":1}`,
			`{"threat":"it_attack","inherent":{"consequence":` + q(in) + `,"probability":` + q(in) + `}}`,
			`{"threat":"it_attack","inherent":{"dimensions":{"integrity":` + q(in) + `}}}`,
			`{"threat":"it_attack","measures":[{"description":` + q(in) + `,"status":` + q(in) + `,"owner":` + q(in+"\x07") + `,"due":` + q(in) + `}]}`,
			`{"threat":"it_attack","measures":[{"owner":{"name":` + q(in) + `}}]}`,
			assessment + `,"residual":{"consequence":"severe","probability":"expected"},"residualReason":""}`,
			assessment + `,"residualReason":` + q(in) + `,"residualReason":` + q(in) + `}`,
		} {
			_, err := risk.ParseJSON[risk.Assessment]([]byte(doc))
			add(err)
			var a risk.Assessment
			add(json.Unmarshal([]byte(doc), &a))
			_, err = risk.ParseJSON[risk.Set]([]byte(`{"assessments":[` + doc + `]}`))
			add(err)
		}
		for _, doc := range []string{
			`{"name":` + q(in+"\x01") + `,"bands":[[` + q(in) + `]]}`,
			`{"name":` + q(" "+in) + `,"bands":[["low","low","low"],["low","low","low"],["low","low","low"]],"consequenceLabels":[{"da":` + q(in+"\x01") + `}]}`,
		} {
			_, err := risk.ParseJSON[risk.Matrix]([]byte(doc))
			add(err)
			_, err = risk.ParseJSON[risk.Set]([]byte(`{"matrix":` + doc + `,"assessments":[]}`))
			add(err)
		}
		for _, doc := range []string{
			`{"low":{"action":` + q(in) + `}}`,
			`{"highRisk":` + q(in) + `}`,
			`{"high":{"action":"accept"},"low":{"action":"stop","topManagementApproval":` + q(in) + `}}`,
		} {
			_, err := risk.ParseJSON[risk.Policy]([]byte(doc))
			add(err)
		}

		// Invalid records whose free texts hold the input.
		bad := planted()
		bad.Threat = risk.CustomThreat(in + "\x01")
		bad.ID = in + in
		bad.RatedOn = " " + in
		bad.ResidualReason = gdpr.Personal{}
		bad.Measures = append(bad.Measures, risk.Measure{Description: gdpr.NewPersonal(in), Owner: gdpr.NewPersonal(in + "\x01"), Status: 9})
		add(bad.Validate())
		add(bad.ValidateOn(risk.OS2Standard()))
		add(bad.Measures[len(bad.Measures)-1].Validate())
		set := risk.Set{Assessments: []risk.Assessment{bad, planted()}}
		add(set.Validate())
		_, err := set.Decide()
		add(err)
		_, err = risk.Policy{Low: risk.Treatment{Action: risk.Stop}}.Decide(set)
		add(err)
		_, _, err = set.Rerate(risk.OS2KL(), risk.StepMap{})
		add(err)
		_, err = risk.DefaultMatrix().Evaluate(risk.Assessment{Description: gdpr.NewPersonal(in), Inherent: risk.Estimate{Consequence: 9}})
		add(err)
		add(findingsError(set.Check(time.Time{})))
		add(findingsError(risk.Policy{HighRisk: 9}.Check(set, time.Time{})))
		_, err = risk.NewMatrix(risk.MatrixSpec{Name: in + "\x01", ConsequenceLabels: []gdpr.Text{{Da: in}}})
		add(err)
	}
	return errs
}

// findingsError makes the findings' texts an error, so they are checked
// as messages are.
func findingsError(fs []gdpr.Finding) error {
	if len(fs) == 0 {
		return nil
	}
	return fmt.Errorf("%w: %v", gdpr.ErrInvalid, errors.New(fmt.Sprint(fs)))
}

// TestLeakCounts logs, per sink, how many of the harness's outputs show a
// planted marker for each type that holds personal data. Only slog's JSON
// handler without the wrapper, for nested values, may show them.
func TestLeakCounts(t *testing.T) {
	a := planted()
	set := risk.Set{Assessments: []risk.Assessment{a}}
	total := map[string]int{}
	for name, leaks := range map[string][]leaktest.Leak{
		"Assessment": leaktest.Find(a, markers...),
		"Measure":    leaktest.Find(a.Measures[0], markers...),
		"Set":        leaktest.Find(set, markers...),
		"HeatMap":    leaktest.Find(risk.HeatMap{Assessments: set.Assessments}, markers...),
	} {
		c := leaktest.Counts(leaks)
		t.Logf("%s: %v", name, c)
		for k, n := range c {
			total[k] += n
		}
	}
	total["errors"] = len(leaktest.FindInErrors(riskErrors(markers), markers...))
	t.Logf("total: %v", total)
	for sink, n := range total {
		if sink != "slog json" {
			assert.Zero(t, n, "leaks in %s", sink)
		}
	}
}
