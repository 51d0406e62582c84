package dpia_test

import (
	"bytes"
	"encoding"
	"errors"
	"fmt"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/internal/roundtrip"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/stretchr/testify/require"
)

// The fuzz targets cover every exported decoder and validator of the
// package: ParseJSON[Assessment] (FuzzParseJSON), the ParseX of every
// enumeration (FuzzParseEnums, one table), Assessment.Validate
// (FuzzValidate) and Policy.Validate (FuzzPolicyValidate). Inputs are kept
// small so that each runs -fuzztime 2000x in seconds.

// enumParser parses text as one enumeration of the package and returns
// the value as a text marshaler, to re-encode it.
type enumParser struct {
	name  string
	parse func(string) (encoding.TextMarshaler, error)
}

func parser[T encoding.TextMarshaler](name string, parse func(string) (T, error)) enumParser {
	return enumParser{name, func(s string) (encoding.TextMarshaler, error) {
		v, err := parse(s)
		return v, err
	}}
}

// parsers lists the ParseX function of every enumeration of the package.
var parsers = []enumParser{
	parser("Answer", dpia.ParseAnswer),
	parser("AnswerKind", dpia.ParseAnswerKind),
	parser("ChangeKind", dpia.ParseChangeKind),
	parser("KeyQuestion", dpia.ParseKeyQuestion),
	parser("MeasuresBeforeStart", dpia.ParseMeasuresBeforeStart),
	parser("NoViewReason", dpia.ParseNoViewReason),
	parser("Outcome", dpia.ParseOutcome),
	parser("Part", dpia.ParsePart),
	parser("ScopeKind", dpia.ParseScopeKind),
	parser("SharingPurpose", dpia.ParseSharingPurpose),
	parser("Status", dpia.ParseStatus),
	parser("Verdict", dpia.ParseVerdict),
	parser("ViewMethod", dpia.ParseViewMethod),
}

// FuzzParseEnums parses text with every enumeration's ParseX: an error
// matches gdpr.ErrInvalid, and a value parsed encodes to a code that parses
// back to it.
func FuzzParseEnums(f *testing.F) {
	for _, s := range []string{"", "yes", "decided", "approved", "focus_groups", "all", "proceed_on_conditions", "processing", "Yes", "yes ", "\x00", "7"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range parsers {
			v, err := p.parse(s)
			if err != nil {
				require.True(t, errors.Is(err, gdpr.ErrInvalid), "%s: %v", p.name, err)
				continue
			}
			code, err := v.MarshalText()
			require.NoError(t, err, p.name)
			back, err := p.parse(string(code))
			require.NoError(t, err, p.name)
			require.Equal(t, v, back, "%s(%q)", p.name, s)
		}
	})
}

// FuzzParseJSON decodes arbitrary input as an assessment. Whatever decoding
// accepts validates, decides, checks and renders without panicking, and is
// stored and read back unchanged (roundtrip.Value).
func FuzzParseJSON(f *testing.F) {
	// Small seeds: the fuzzer mutates and minimises every new input, and a
	// whole assessment of 20 kB makes each run slow.
	f.Add([]byte(`{"id":"x","recordId":"r"}`))
	f.Add([]byte(`{"id":"x","recordId":"r","status":"decided","approval":{"verdict":"approved","by":"D","date":"2026-02-20","exception":{"by":"K","date":"2026-02-19"}},` +
		`"dpo":{"conclusion":"ok","involvement":[{"date":"2026-02-01","description":"m"}]},"views":{"sought":"no","reasons":["no_contact"]}}`))
	f.Add([]byte(`{"id":"x","recordId":"r","risks":[{"id":"1","threat":"physical","description":"d","inherent":{"consequence":"severe","probability":"expected"},` +
		`"measures":[{"description":"m","status":"planned"}],"residual":{"consequence":"severe","probability":"likely"}}],` +
		`"notRelevant":[{"threat":"it_attack","reason":"r"}],"consultation":{"submitted":"2026-01-31","answered":"2026-03-01","outcome":"proceed"}}`))
	f.Add([]byte(`{"id":"x","recordId":"r","processing":{"7.4":{"answer":"not_relevant"}},"lawfulness":{"3.4b":{"answer":"yes"}},"annexes":[{"id":"1","title":"t"}]}`))
	f.Add([]byte(`{"id":"x","recordId":"r","monitoring":{"interval":"P1Y","changes":[{"date":"2026-01-01","kind":"risk"}]},"revisions":[{"version":"1","date":"2026-01-01","author":"A"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 4<<10 {
			return
		}
		a, err := dpia.ParseJSON[dpia.Assessment](data)
		if err != nil {
			require.True(t, errors.Is(err, gdpr.ErrInvalid), "%v", err)
			return
		}
		exercise(t, a)
	})
}

// exercise runs everything on a decoded assessment: Validate, Check and
// Decide under two policies, the Markdown report, and the storage round
// trip.
func exercise(t *testing.T, a dpia.Assessment) {
	t.Helper()
	require.NoError(t, a.Validate())
	d := a.Decide()
	require.Len(t, d.KeyAnswers, 7)
	require.NotNil(t, a.Check(tourNow))
	lenient := dpia.Policy{Measures: dpia.HighRiskMeasures, Risk: risk.Policy{HighRisk: risk.HighBand}}
	_, err := lenient.Decide(a)
	require.NoError(t, err)
	require.NotNil(t, lenient.Check(a, tourNow))
	_ = a.CanTransition(dpia.Decided)
	var buf bytes.Buffer
	require.NoError(t, a.WriteMarkdown(&buf, dpia.ReportOptions{Now: tourNow}))
	require.NoError(t, roundtrip.Value(a))
}

// FuzzValidate validates small assessments built from fuzzed fields: no
// panic, and every problem is a gdpr.Problems matching gdpr.ErrInvalid.
func FuzzValidate(f *testing.F) {
	f.Add("2.6", "yes", "tiktok", 0, "x", "1", 0, 0, "2026-02-30", uint8(1))
	f.Add("4.1", "", "", 250000, "", "", 5, 0, "", uint8(3))
	f.Add("9.9", "not_relevant", "pigeon", -1, "\xff", "9", 99, -1, "0000-01-01", uint8(0))
	f.Add("3.4b", "no", "email", 0, "<script>", "", 0, 1, "2026-01-01", uint8(9))
	f.Fuzz(func(t *testing.T, number, answer, choice string, n int, text, annex string, riskIndex, measure int, day string, status uint8) {
		d, _ := gdpr.ParseDate(day)
		var ans dpia.Answer
		_ = ans.UnmarshalText([]byte(answer))
		r := dpia.Response{Answer: ans, Number: n, Text: text, Comment: text}
		if choice != "" {
			r.Choices = []string{choice}
		}
		if annex != "" {
			r.Attachments = []string{annex}
		}
		a := dpia.Assessment{
			ID: text, RecordID: "r", Status: dpia.Status(status),
			Processing: map[string]dpia.Response{number: r}, Lawfulness: map[string]dpia.Response{number: r},
			Risks: []risk.Assessment{{Threat: risk.Physical, Description: gdpr.NewPersonal(text), Inherent: est(risk.Severe, risk.Likely),
				Measures: []risk.Measure{{Description: gdpr.NewPersonal(text), Status: risk.Planned, Due: d}}}},
			ActionPlan: []dpia.PlanStep{{Risk: riskIndex, Measure: measure, How: text}},
			Annexes:    []dpia.Annex{{ID: annex, Title: text}},
			Approval:   dpia.Approval{Verdict: dpia.Verdict(status), By: gdpr.NewPersonal(text), Date: d, Exception: dpia.Exception{Date: d}},
			Monitoring: dpia.Monitoring{Changes: []dpia.Change{{Date: d, Kind: dpia.ChangeKind(status)}}},
		}
		err := a.Validate()
		if err != nil {
			var ps gdpr.Problems
			require.True(t, errors.As(err, &ps), "%v", err)
			require.True(t, errors.Is(err, gdpr.ErrInvalid))
		}
		require.Len(t, a.Decide().KeyAnswers, 7)
		require.NotNil(t, a.Check(tourNow))
		var buf bytes.Buffer
		require.Equal(t, err == nil, a.WriteMarkdown(&buf, dpia.ReportOptions{}) == nil)
	})
}

// FuzzPolicyValidate validates fuzzed policies: an invalid one is an error
// matching ErrInvalidPolicy and gdpr.ErrInvalid, to Decide as well; a valid
// one decides.
func FuzzPolicyValidate(f *testing.F) {
	f.Add(uint8(0), uint8(0), false, uint8(0), uint8(0), uint8(0))
	f.Add(uint8(2), uint8(4), true, uint8(3), uint8(1), uint8(2))
	f.Add(uint8(9), uint8(1), true, uint8(9), uint8(4), uint8(7))
	small := dpia.Assessment{ID: "x", RecordID: "r", Risks: []risk.Assessment{{Threat: risk.Physical, Description: gdpr.NewPersonal("d"),
		Inherent: est(risk.Severe, risk.Expected), Residual: est(risk.Severe, risk.Likely)}}}
	f.Fuzz(func(t *testing.T, measures, high uint8, tma bool, above, medium, reading uint8) {
		p := dpia.Policy{Measures: dpia.MeasuresBeforeStart(measures), Risk: risk.Policy{
			High:        risk.Treatment{Action: risk.Action(high), TopManagementApproval: tma},
			AboveMedium: risk.Treatment{Action: risk.Action(above)},
			Medium:      risk.Treatment{Action: risk.Action(medium)},
			HighRisk:    risk.HighRisk(reading),
		}}
		err := p.Validate()
		_, derr := p.Decide(small)
		if err != nil {
			require.ErrorIs(t, err, dpia.ErrInvalidPolicy)
			require.ErrorIs(t, err, gdpr.ErrInvalid)
			require.ErrorIs(t, derr, dpia.ErrInvalidPolicy)
			return
		}
		require.NoError(t, derr)
		require.NotNil(t, p.Check(small, tourNow))
	})
}

// TestFuzzTargetsCoverEveryEnum: the parser table names every enumeration
// of the package once.
func TestFuzzTargetsCoverEveryEnum(t *testing.T) {
	seen := map[string]bool{}
	for _, p := range parsers {
		require.False(t, seen[p.name], p.name)
		seen[p.name] = true
		_, err := p.parse("\x00not a code")
		require.ErrorIs(t, err, gdpr.ErrInvalid, p.name)
	}
	require.Len(t, seen, 13, fmt.Sprint(seen))
}
