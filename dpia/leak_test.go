package dpia_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/internal/leaktest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The markers: made-up names of the people who sign or answer for the
// authority, and a CPR-like number typed into the wrong field.
const (
	approverMarker   = "Amalie Approversen"
	exceptionMarker  = "Kasper Kommunaldirektørsen"
	respondentMarker = "Rikke Respondentsen"
	authorMarker     = "Anders Authorsen"
	reviewerMarker   = "Viggo Reviewersen"
	cprMarker        = "070761-4285"
)

var leakMarkers = []string{approverMarker, exceptionMarker, respondentMarker, authorMarker, reviewerMarker}

// markedDPIA is the started assessment with a marker in every field that
// names a person.
func markedDPIA() dpia.Assessment {
	a := startedDPIA()
	a.Approval.By = gdpr.NewPersonal(approverMarker)
	a.Approval.Exception = dpia.Exception{By: gdpr.NewPersonal(exceptionMarker), Date: date("2026-02-18")}
	a.DPO.Respondent = gdpr.NewPersonal(respondentMarker)
	a.Revisions[0].Author = gdpr.NewPersonal(authorMarker)
	a.Monitoring.Reviews = []dpia.Review{{Date: date("2026-02-25"), By: gdpr.NewPersonal(reviewerMarker)}}
	return a
}

// TestPersonalDataLeakNowhere: the names of the people who sign or answer
// for the authority appear in no guarded output of an assessment or of the
// parts that hold them (fmt, every verb, bare and nested, exported and
// unexported; slog text and JSON, through gdpr.RedactingHandler; errors),
// nor in the reasons of the decisions; JSON storage keeps them.
func TestPersonalDataLeakNowhere(t *testing.T) {
	a := markedDPIA()
	require.NoError(t, a.Validate())
	leaktest.Check(t, a, leakMarkers...)
	leaktest.Check(t, a.Approval, approverMarker, exceptionMarker)
	leaktest.Check(t, a.Approval.Exception, exceptionMarker)
	leaktest.Check(t, a.DPO, respondentMarker)
	leaktest.Check(t, a.Revisions[0], authorMarker)
	leaktest.Check(t, a.Monitoring.Reviews[0], reviewerMarker)
	assert.True(t, leaktest.Stored(a, leakMarkers...), "JSON is storage and keeps the names")

	// The decisions, the findings and the transitions carry no name.
	d, err := dpia.Policy{}.Decide(a)
	require.NoError(t, err)
	leaktest.Check(t, d, leakMarkers...)
	assert.False(t, leaktest.Stored(d, approverMarker), "a reason names no approver")
	assert.False(t, leaktest.Stored(a.Check(tourNow, trafficAgreement()), leakMarkers...))

	// What remains is slog's JSON handler without the wrapper for a
	// nested value, which is storage; and the leak counts per sink.
	for _, l := range leaktest.Find(a, leakMarkers...) {
		assert.Equal(t, "slog json", leaktest.Sink(l.Channel), "unexpected leak: %s", l)
	}
	t.Logf("leaks per sink (unguarded only): %v", leaktest.Counts(leaktest.Find(a, leakMarkers...)))
}

// TestErrorsEchoNoPersonalData: personal data typed into a field that
// takes a code, an ID or a date, and a record that does not match, give
// errors that describe the input and never quote it.
func TestErrorsEchoNoPersonalData(t *testing.T) {
	inputs := []string{approverMarker, cprMarker, "amalie@example.org", "+45 20304050"}
	var errs []error
	for _, in := range inputs {
		for _, field := range []string{"status", "recordId", "approval.verdict", "approval.date", "consultation.outcome", "views.methods"} {
			errs = append(errs, parseWith(field, in))
		}
		for _, parse := range []func(string) error{
			func(s string) error { _, err := dpia.ParseAnswer(s); return err },
			func(s string) error { _, err := dpia.ParseStatus(s); return err },
			func(s string) error { _, err := dpia.ParseVerdict(s); return err },
			func(s string) error { _, err := dpia.ParseOutcome(s); return err },
			func(s string) error { _, err := dpia.ParseViewMethod(s); return err },
			func(s string) error { _, err := dpia.ParseMeasuresBeforeStart(s); return err },
		} {
			errs = append(errs, parse(in))
		}
		rec := trafficRecord()
		rec.ID = in
		_, err := startedDPIA().WithRecord(rec)
		errs = append(errs, err)
		errs = append(errs, dpia.Policy{Measures: 200}.Validate())
		// A question number the template does not have, typed as a key:
		// Validate's path describes it (ParseJSON's own paths are
		// jsonstrict's).
		k := startedDPIA()
		k.Processing[in] = dpia.Response{Comment: "x"}
		k.Annexes = append(k.Annexes, k.Annexes[0])
		k.Annexes[0].ID, k.Annexes[len(k.Annexes)-1].ID = in, in
		errs = append(errs, k.Validate())
	}
	for _, err := range errs {
		require.Error(t, err)
		assert.True(t, errors.Is(err, gdpr.ErrInvalid), "%v", err)
	}
	leaktest.CheckErrors(t, errs, append(inputs, "Approversen", "070761", "20304050")...)
}

// parseWith decodes the draft golden document with field set to the JSON
// string in, and returns the error.
func parseWith(field, in string) error {
	doc := `{"id":"d1","recordId":"r1","status":"draft"}`
	q := `"` + strings.ReplaceAll(in, `"`, `\"`) + `"`
	switch field {
	case "status":
		doc = `{"id":"d1","recordId":"r1","status":` + q + `}`
	case "recordId":
		doc = `{"id":"d1","recordId":` + q + `,"status":"nope!"}`
	case "approval.verdict":
		doc = `{"id":"d1","recordId":"r1","approval":{"verdict":` + q + `}}`
	case "approval.date":
		doc = `{"id":"d1","recordId":"r1","approval":{"verdict":"approved","date":` + q + `}}`
	case "consultation.outcome":
		doc = `{"id":"d1","recordId":"r1","consultation":{"outcome":` + q + `}}`
	case "views.methods":
		doc = `{"id":"d1","recordId":"r1","views":{"sought":"yes","methods":[` + q + `]}}`
	}
	_, err := dpia.ParseJSON[dpia.Assessment]([]byte(doc))
	return err
}
