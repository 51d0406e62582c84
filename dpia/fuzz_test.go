package dpia_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// FuzzParseJSON decodes arbitrary input as an assessment. Whatever decoding
// and Validate accept must render, check and decide without panicking, and
// round-trip through JSON unchanged.
func FuzzParseJSON(f *testing.F) {
	// Small seeds: the fuzzer minimises every new input, and a whole
	// assessment of 20 kB would take it minutes.
	f.Add([]byte(`{"id":"x","recordId":"r"}`))
	f.Add([]byte(`{"id":"x","recordId":"r","status":"decided","approval":{"verdict":"approved","by":"D","date":"2026-02-20"},` +
		`"dpo":{"conclusion":"ok","involvement":[{"date":"2026-02-01","description":"m"}]},"views":{"sought":"no","reasons":["no_contact"]}}`))
	f.Add([]byte(`{"id":"x","recordId":"r","risks":[{"id":"1","threat":"physical","description":"d","inherent":{"consequence":"severe","probability":"expected"},` +
		`"measures":[{"description":"m","status":"planned"}],"residual":{"consequence":"severe","probability":"unlikely"}}],` +
		`"notRelevant":[{"threat":"it_attack","reason":"r"}],"consultation":{"submitted":"2026-01-31","extended":true}}`))
	f.Add([]byte(`{"id":"x","recordId":"r","record":{"id":"r","name":"n","technologies":[{"technology":"cctv","details":"<b>"}],` +
		`"processors":[{"name":"P","agreementId":"A"}]},"agreementIds":["B"],"annexes":[{"id":"1","title":"t"}],` +
		`"lawfulness":{"2.1":{"choices":["email"],"attachments":["1"]}}}`))
	f.Add([]byte(`{"id":"x","recordId":"r","processing":{"7.4":{"answer":"not_relevant"}},"lawfulness":{"3.4b":{"answer":"yes"}}}`))
	f.Add([]byte(`{"id":"x","recordId":"r","actionPlan":[{"risk":0,"measure":0,"how":"x"}],"risks":[]}`))
	f.Add([]byte(`{"id":"x","recordId":"r","monitoring":{"interval":"P9999Y","changes":[{"date":"2026-01-01","kind":"risk"}]},"approval":{"verdict":"approved","date":"2026-01-01"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1<<14 {
			return
		}
		a, err := dpia.ParseJSON[dpia.Assessment](data)
		if err != nil {
			return
		}
		require.NoError(t, a.Validate())
		d := a.Decide()
		require.Len(t, d.KeyAnswers, 7)
		a.Check(tourNow, trafficAgreement())
		_ = a.CanTransition(dpia.Decided)
		var buf bytes.Buffer
		require.NoError(t, a.WriteHTML(&buf, dpia.ReportOptions{Lang: language.English, Agreements: []dpa.Agreement{trafficAgreement()}, Now: tourNow}))
		require.NoError(t, a.WriteMarkdown(&buf, dpia.ReportOptions{}))

		b, err := json.Marshal(a)
		require.NoError(t, err)
		back, err := dpia.ParseJSON[dpia.Assessment](b)
		require.NoError(t, err, "%s", b)
		b2, err := json.Marshal(back)
		require.NoError(t, err)
		require.Equal(t, string(b), string(b2))
	})
}

// FuzzValidate builds assessments from fuzzed responses and checks that
// Validate, Decide, Check and the renderers never panic on them.
func FuzzValidate(f *testing.F) {
	f.Add("2.6", "yes", "tiktok", 0, "x", "1", 0, 0)
	f.Add("4.1", "", "", 250000, "", "", 5, 0)
	f.Add("9.9", "not_relevant", "pigeon", -1, "\xff", "9", 99, -1)
	f.Add("3.4b", "no", "email", 0, "<script>", "", 0, 1)
	f.Fuzz(func(t *testing.T, number, answer, choice string, n int, text, annex string, riskIndex, measure int) {
		a := startedDPIA()
		var ans dpia.Answer
		_ = ans.UnmarshalText([]byte(answer))
		r := dpia.Response{Answer: ans, Number: n, Text: text, Comment: text}
		if choice != "" {
			r.Choices = []string{choice}
		}
		if annex != "" {
			r.Attachments = []string{annex}
		}
		a.Processing[number] = r
		a.Lawfulness[number] = r
		a.ActionPlan = append(a.ActionPlan, dpia.PlanStep{Risk: riskIndex, Measure: measure, How: text})
		err := a.Validate()
		d := a.Decide()
		require.Len(t, d.KeyAnswers, 7)
		a.Check(tourNow)
		a.Entries(dpia.Processing)
		var buf bytes.Buffer
		if err == nil {
			require.NoError(t, a.WriteHTML(&buf, dpia.ReportOptions{}))
		} else {
			require.Error(t, a.WriteHTML(&buf, dpia.ReportOptions{}))
		}
	})
}
