package dpia_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/dpia"
	"golang.org/x/text/language"
)

// The summary's seven key questions, answered from the worked example: the
// AI traffic camera analysis, approved, with the anonymisation on the camera
// in place.
func ExampleAssessment_KeyAnswers() {
	a := startedDPIA()
	for _, k := range a.KeyAnswers() {
		fmt.Printf("%d. %s\n", k.Question, k.Answer.Label(language.English))
	}
	// Output:
	// 1. Yes
	// 2. Yes
	// 3. Yes
	// 4. No
	// 5. Yes
	// 6. No
	// 7. Yes
}

// The processing may not start while further measures are only planned.
// Under the default policy every remaining measure must be in place, as the
// template's "Godkendt" box says; under the reading of its action plan,
// only those that bring a high risk down, here the anonymisation on the
// camera.
func ExampleAssessment_MayStart() {
	a := decidedDPIA()
	d := a.MayStart()
	fmt.Println("may start:", d.Allowed)
	for _, r := range d.Reasons {
		fmt.Println("-", r.Text.En)
	}
	d, err := dpia.Policy{Measures: dpia.HighRiskMeasures}.MayStart(a)
	if err != nil {
		panic(err)
	}
	fmt.Println("may start under the action plan's reading:", d.Allowed)
	for _, r := range d.Reasons {
		fmt.Println(r.Rule, "-", r.Text.En)
	}
	// Output:
	// may start: false
	// - 5 of 6 further measures are not implemented (risk 6.1, 8.1, 16.1, 17.1); under the policy every remaining mitigating measure must be implemented before the processing starts.
	// may start under the action plan's reading: false
	// risk.pending_high_measures - 1 high risk(s) are brought down by measures not yet implemented; they must be in place before the processing starts.
}

// A change of processor recorded after the approval makes a review due at
// once (GDPR art. 35(11)).
func ExampleAssessment_NextReview() {
	a := startedDPIA()
	fmt.Println(a.NextReview().Due)
	a.Monitoring.Changes = []dpia.Change{{Date: date("2026-10-05"), Kind: dpia.ProcessorChanged}}
	fmt.Println(a.NextReview().Due)
	// Output:
	// 2027-02-20
	// 2026-10-05
}

// Deciding without the DPO's advice breaks GDPR art. 35(2).
func ExampleAssessment_Transition() {
	a := draftDPIA()
	fmt.Println(a.Transition(dpia.DPOReview))
	err := a.Transition(dpia.Decided)
	var te *dpia.TransitionError
	if errors.As(err, &te) {
		fmt.Println(te.Rules())
	}
	// Output:
	// <nil>
	// [dpia.approval_missing dpia.dpo_not_consulted dpia.views_not_documented]
}

// The gaps of the draft on 2 March 2026.
func ExampleAssessment_Check() {
	a := draftDPIA()
	for _, f := range a.Check(tourNow, trafficAgreement()) {
		fmt.Println(f.Severity, f.Rule, f.Path)
	}
	// Output:
	// error risk.pending_high_measures risks[5].measures
	// warning risk.measure_overdue risks[5].measures[0].due
	// error dpia.dpo_not_consulted dpo
	// warning dpia.views_not_documented views
	// warning dpia.monitoring_missing monitoring
}

// Every question of the catalogue with its number, in the template's
// order; the record of processing answers some of them.
func ExampleQuestions() {
	qs := dpia.Questions(dpia.Processing)
	q := qs[len(qs)-4]
	fmt.Println(len(qs), q.Number, q.Kind, q.Text.Da)
	q, _ = dpia.LookupQuestion(dpia.Processing, "2.7")
	fmt.Println(q.Number, q.RecordField, q.Text.Da)
	// Output:
	// 32 7.4 yes_no_not_relevant Er der sikret et overførselsgrundlag for overførsel af personoplysninger til databehandlere og underdatabehandlere i usikre tredjelande og udarbejdet Transfer Impact Assessments herfor?
	// 2.7 technologies Anvendes TV-overvågning?
}

// The HTML report: one self-contained file with the heat map inline.
func ExampleAssessment_WriteHTML() {
	var b bytes.Buffer
	err := startedDPIA().WriteHTML(&b, dpia.ReportOptions{Agreements: []dpa.Agreement{trafficAgreement()}})
	fmt.Println(err, strings.HasPrefix(b.String(), "<!DOCTYPE html>"), strings.Count(b.String(), "<svg"))
	// Output:
	// <nil> true 1
}
