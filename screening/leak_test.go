package screening_test

import (
	"database/sql/driver"
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/leaktest"
	"github.com/dkgdpr/gdpr/screening"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

// Markers planted in the free texts of a screening: a made-up name, an
// e-mail address and a CPR number, as a case worker might write them into
// a justification.
const (
	nameMarker  = "Markus Markersen"
	mailMarker  = "markus.markersen@example.org"
	cprMarker   = "070761-4285"
	noteMarker  = "Sagsbehandler Birthe Beispiel"
	reasonStart = "Borgeren "
)

var markers = []string{nameMarker, mailMarker, cprMarker, noteMarker}

// plantedScreening is a complete screening whose every free text holds a
// marker.
func plantedScreening() screening.Screening {
	s := screen(yes(screening.Evaluation), false, screening.TriggerAnswer{
		Trigger: screening.AccessDecision, Answer: screening.No,
		Justification: gdpr.NewPersonal(reasonStart + nameMarker + ", " + mailMarker + " får ingen afgørelse."),
	})
	for i := range s.Answers {
		s.Answers[i].Justification = gdpr.NewPersonal(reasonStart + nameMarker + " (" + cprMarker + ") er nævnt.")
	}
	s.Decision = screening.Decline
	s.DecisionReason = gdpr.NewPersonal("Besluttet af " + noteMarker + ".")
	return s
}

// TestNoPersonalDataLeaks plants markers in every type of the package that
// holds personal data (GDPR art. 4(1); the redaction rule of the root
// package) and finds none in fmt (every verb, nested, unexported), slog's
// text and JSON handlers through gdpr.RedactingHandler, or errors; JSON
// storage keeps them.
func TestNoPersonalDataLeaks(t *testing.T) {
	s := plantedScreening()
	// leaktest nests each value in structs (exported and unexported
	// fields), pointers, slices and maps itself.
	t.Run("Screening", func(t *testing.T) { leaktest.Check(t, s, markers...) })
	t.Run("CriterionAnswer", func(t *testing.T) { leaktest.Check(t, s.Answers[0], markers...) })
	t.Run("TriggerAnswer", func(t *testing.T) { leaktest.Check(t, s.Triggers[0], markers...) })
	assert.True(t, leaktest.Stored(s, markers...), "JSON is storage and keeps every free text")
	assert.True(t, leaktest.Stored(s.Answers[0], nameMarker, cprMarker))
	assert.True(t, leaktest.Stored(s.Triggers[0], nameMarker, mailMarker))

	// What remains is slog's JSON handler without the wrapper, for a
	// value nested below the attribute: encoding/json writes it, and hosts
	// wrap their handler.
	for _, l := range leaktest.Find(s, markers...) {
		assert.Equal(t, "slog json", leaktest.Sink(l.Channel), "unexpected leak: %s", l)
	}

	// What the package derives from a screening holds none of its free
	// texts.
	r, err := screening.Assess(s)
	assert.NoError(t, err)
	leaktest.Check(t, r, markers...)
	assert.Empty(t, leaktest.Find(r, markers...), "a result holds only the library's texts")
	leaktest.Check(t, s.Check(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)), markers...)
	leaktest.Check(t, s.Prefill(nil, language.Danish), markers...)
}

// TestErrorsDoNotEchoPersonalData types personal data into every field of
// every decoder and validator of the package, as a code, as a free text of
// the wrong JSON type, and as a free text of an invalid record, and finds
// none in the errors or in the findings of Check.
func TestErrorsDoNotEchoPersonalData(t *testing.T) {
	errs := screeningErrors(markers)
	leaktest.CheckErrors(t, errs, markers...)
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
			assert.ErrorIs(t, err, gdpr.ErrInvalid, "%v", err)
		}
	}
	assert.Greater(t, n, 100, "the inputs reach the error paths")
}

// screeningErrors feeds each input to every decoder and validator of the
// package and returns the errors. An unknown member's name is left out:
// the strict decoder (internal/jsonstrict) quotes it in the problem's path
// ("[\"Markus Markersen\"]: unknown field"), which is the shared
// decoder's to change, for every package at once.
func screeningErrors(inputs []string) []error {
	var errs []error
	add := func(err error) { errs = append(errs, err) }
	q := func(s string) string { b, _ := json.Marshal(s); return string(b) }
	for _, in := range inputs {
		_, err := screening.ParseAnswer(in)
		add(err)
		_, err = screening.ParseCriterion(in)
		add(err)
		_, err = screening.ParseDecision(in)
		add(err)
		_, err = screening.ParseOutcome(in)
		add(err)
		_, err = screening.ParseRuleSet(in)
		add(err)
		_, err = screening.ParseTrigger(in)
		add(err)
		var a screening.Answer
		add(a.UnmarshalText([]byte(in)))
		add(a.Scan(in))
		var c screening.Criterion
		add(c.UnmarshalText([]byte(in)))
		add(c.Scan([]byte(in)))
		var d screening.Decision
		add(d.Scan(in))
		var o screening.Outcome
		add(o.Scan(in))
		var rs screening.RuleSet
		add(rs.Scan(in))
		var tr screening.Trigger
		add(tr.Scan(in))
		for _, doc := range []string{
			`{"ruleSet":` + q(in) + `,"answers":[]}`,
			`{"decision":` + q(in) + `,"answers":[]}`,
			`{"answers":[{"criterion":` + q(in) + `,"answer":"yes","justification":` + q(in) + `}]}`,
			`{"answers":[{"criterion":"evaluation_scoring","answer":` + q(in) + `,"justification":{"x":` + q(in) + `}}]}`,
			`{"answers":[],"triggers":[{"trigger":` + q(in) + `,"answer":"no","justification":[` + q(in) + `]}]}`,
			`{"answers":[],"decisionReason":{` + q(in) + `:1}}`,
			`{"answers":[],"decisionReason":` + q(in) + `,"decisionReason":` + q(in) + `}`,
		} {
			_, err := screening.ParseJSON[screening.Screening]([]byte(doc))
			add(err)
			var s screening.Screening
			add(json.Unmarshal([]byte(doc), &s))
		}
		for _, doc := range []string{
			`{"dataTypes":[` + q(in) + `]}`,
			`{"categories":[` + q(in) + `]}`,
			`{"subjects":[{"group":` + q(in) + `}]}`,
			`{"technologies":[` + q(in) + `]}`,
			`{"subjectsPerYear":` + q(in) + `}`,
		} {
			_, err := screening.ParseJSON[screening.Facts]([]byte(doc))
			add(err)
		}
		_, err = screening.ParseJSON[screening.Policy]([]byte(`{"largeScaleSubjects":` + q(in) + `}`))
		add(err)

		// Invalid records whose free texts hold the input.
		bad := screening.Screening{
			RuleSet:        99,
			Answers:        []screening.CriterionAnswer{{Criterion: 42, Answer: 9, Justification: gdpr.NewPersonal(in), Suggested: true}},
			Triggers:       []screening.TriggerAnswer{{Trigger: 42, Answer: 9, Justification: gdpr.NewPersonal(in)}},
			Decision:       7,
			DecisionReason: gdpr.NewPersonal(in),
		}
		add(bad.Validate())
		_, err = screening.Assess(bad)
		add(err)
		add(findingsError(bad.Check(time.Time{})))
		_, err = screening.Facts{DataTypes: []gdpr.DataType{gdpr.DataType(in)}, SubjectsPerYear: -1}.Suggest()
		add(err)
	}
	var v driver.Value
	v, err := screening.Answer(200).Value()
	add(err)
	_ = v
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
// planted marker for each type that holds personal data: the numbers in
// the notes of the redaction work. Only slog's JSON handler without the
// wrapper, for nested values, may show them.
func TestLeakCounts(t *testing.T) {
	s := plantedScreening()
	total := map[string]int{}
	for name, leaks := range map[string][]leaktest.Leak{
		"Screening":       leaktest.Find(s, markers...),
		"CriterionAnswer": leaktest.Find(s.Answers[0], markers...),
		"TriggerAnswer":   leaktest.Find(s.Triggers[0], markers...),
	} {
		c := leaktest.Counts(leaks)
		t.Logf("%s: %v", name, c)
		for k, n := range c {
			total[k] += n
		}
	}
	total["errors"] = len(leaktest.FindInErrors(screeningErrors(markers), markers...))
	t.Logf("total: %v", total)
	for sink, n := range total {
		if sink != "slog json" {
			assert.Zero(t, n, "leaks in %s", sink)
		}
	}
}
