package dpia_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// residualDPIA is the started assessment (every measure implemented) with
// the blurring risk's residual set to k x s.
func residualDPIA(k risk.Consequence, s risk.Probability) dpia.Assessment {
	a := startedDPIA()
	a.Risks[riskBlurring].Residual = est(k, s)
	return a
}

// startRules lists the rules of the reasons that stand in the way of the
// start, or of those met when it is allowed.
func startRules(d dpia.StartDecision) []string {
	out := []string{}
	for _, r := range d.Reasons {
		out = append(out, r.Rule)
	}
	return out
}

// TestPriorConsultationReading: the prior-consultation decision reads a
// high residual risk as the risk policy does (risk.Policy.HighRisk).
func TestPriorConsultationReading(t *testing.T) {
	for _, tc := range []struct {
		name   string
		k      risk.Consequence
		s      risk.Probability
		policy risk.Policy
		needed bool
	}{
		{"WP248 rev.01 III.C: significant or irreversible consequences and/or an obvious likelihood; a residual K4 x S3 is high under the default (GDPR art. 36(1))",
			risk.Severe, risk.Likely, risk.Policy{}, true},
		{"GDPR art. 36(1): a residual K4 x S4, the highest band, under the default", risk.Severe, risk.Expected, risk.Policy{}, true},
		{"WP248 rev.01 III.C: K4 x S2 is left to the bands under the default", risk.Severe, risk.LessLikely, risk.Policy{}, false},
		{"WP248 rev.01 III.C read literally (HighBandOrSevere): K4 x S2 is high", risk.Severe, risk.LessLikely, risk.Policy{HighRisk: risk.HighBandOrSevere}, true},
		{"an authority that reads only the highest band (HighBand): K4 x S3 is not high", risk.Severe, risk.Likely, risk.Policy{HighRisk: risk.HighBand}, false},
		{"the municipal DPIA template's matrix: K3 x S4 is Over middel, not high", risk.Serious, risk.Expected, risk.Policy{}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := residualDPIA(tc.k, tc.s)
			d, err := dpia.Policy{Risk: tc.policy}.Decide(a)
			require.NoError(t, err)
			assert.Equal(t, tc.needed, d.PriorConsultation.Needed)
			assert.Equal(t, tc.needed, d.Risks.PriorConsultation, "the summary reads a high risk as the policy does")
			require.NotEmpty(t, d.PriorConsultation.Reasons)
			assert.Equal(t, "GDPR art. 36(1); WP248 rev.01 III.C", d.PriorConsultation.Reasons[0].Reference.En)
			if tc.needed {
				assert.Contains(t, d.PriorConsultation.Reasons[0].Text.Da, "risiko 17.1")
				assert.Equal(t, dpia.Yes, d.KeyAnswers[5].Answer, "key question 6")
			}
			if tc.policy == (risk.Policy{}) {
				assert.Equal(t, a.PriorConsultation(), d.PriorConsultation, "the plain method is the default policy's")
			}
		})
	}
}

// TestRiskPolicyStops: under the default risk policy a residual high risk
// that cannot be reduced stops the project, and an exception needs top
// management's approval (the authority's risk appetite; GDPR art. 24(1),
// 32(1)); an authority whose policy needs no top management lets the
// approval of the DPIA be the exception.
func TestRiskPolicyStops(t *testing.T) {
	exception := dpia.Exception{By: gdpr.NewPersonal("Kommunaldirektøren"), Date: date("2026-02-18")}
	for _, tc := range []struct {
		name      string
		k         risk.Consequence
		s         risk.Probability
		policy    risk.Policy
		exception dpia.Exception
		blocked   bool // by the risk policy
	}{
		{"the default: K4 x S4 stays high, no exception: stop", risk.Severe, risk.Expected, risk.Policy{}, dpia.Exception{}, true},
		{"the default: K4 x S3 is high (WP248 rev.01 III.C) and gets the high band's stop", risk.Severe, risk.Likely, risk.Policy{}, dpia.Exception{}, true},
		{"the default: K3 x S4 Over middel is to be reduced, an exception needs top management", risk.Serious, risk.Expected, risk.Policy{}, dpia.Exception{}, true},
		{"the default: top management approved an exception", risk.Severe, risk.Expected, risk.Policy{}, exception, false},
		{"the default: K3 x S2 Under middel is accepted", risk.Serious, risk.LessLikely, risk.Policy{}, dpia.Exception{}, false},
		{"an authority's policy: stop without an exception rule, the approval decides", risk.Severe, risk.Expected,
			risk.Policy{High: risk.Treatment{Action: risk.Stop}}, dpia.Exception{}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := residualDPIA(tc.k, tc.s)
			a.Approval.Exception = tc.exception
			require.NoError(t, a.Validate())
			p := dpia.Policy{Risk: tc.policy}
			s, err := p.MayStart(a)
			require.NoError(t, err)
			var blocking bool
			for _, r := range s.Reasons {
				if r.Rule == "dpia.risk_policy_exception_missing" && !s.Allowed {
					blocking = strings.Contains(r.Text.En, "none is recorded")
				}
			}
			assert.Equal(t, tc.blocked, blocking, "reasons: %v", startRules(s))
			if tc.blocked {
				assert.False(t, s.Allowed)
				assert.Contains(t, rules(p.Check(a, tourNow, trafficAgreement())), "dpia.risk_policy_exception_missing")
			} else {
				assert.NotContains(t, rules(p.Check(a, tourNow, trafficAgreement())), "dpia.risk_policy_exception_missing")
			}
		})
	}

	t.Run("an exception dated after now is not yet known to Check", func(t *testing.T) {
		a := residualDPIA(risk.Severe, risk.Expected)
		a.Approval.Exception = dpia.Exception{By: gdpr.NewPersonal("Kommunaldirektøren"), Date: date("2026-04-01")}
		assert.Contains(t, rules(a.Check(tourNow, trafficAgreement())), "dpia.risk_policy_exception_missing")
		assert.NotContains(t, rules(a.Check(tourNow.AddDate(0, 2, 0), trafficAgreement())), "dpia.risk_policy_exception_missing")
	})
	t.Run("an exception needs who approved it and when", func(t *testing.T) {
		a := residualDPIA(risk.Severe, risk.Expected)
		a.Approval.Exception = dpia.Exception{Reason: "Pilot."}
		assert.Equal(t, []string{"approval.exception.by required", "approval.exception.date required"}, problemPaths(t, a.Validate()))
	})
}

// TestMeasuresBeforeStartHighRisk: the template's action plan requires the
// measures that bring a high risk down before the start ("høje
// risikotilfælde"; the municipal DPIA template, "Tids- og handlingsplan");
// a high risk is read as the risk policy reads it, so a K4 x S3 brought
// down by a pending measure blocks the start under the default reading
// (WP248 rev.01 III.C) and not under HighBand.
func TestMeasuresBeforeStartHighRisk(t *testing.T) {
	a := startedDPIA()
	r := &a.Risks[riskBlurring]
	r.Inherent = est(risk.Severe, risk.Likely)
	r.Measures[0].Status = risk.InProgress
	for _, tc := range []struct {
		name    string
		reading risk.HighRisk
		allowed bool
	}{
		{"default reading: K4 x S3 is a high risk, its measure must be in place", 0, false},
		{"HighBand: K4 x S3 is not high, the measure may follow the plan", risk.HighBand, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := dpia.Policy{Measures: dpia.HighRiskMeasures, Risk: risk.Policy{HighRisk: tc.reading}}
			d, err := p.Decide(a)
			require.NoError(t, err)
			assert.Equal(t, tc.allowed, d.Start.Allowed, "reasons: %v", startRules(d.Start))
			assert.Equal(t, !tc.allowed, d.Risks.PendingHigh == 1)
			if !tc.allowed {
				assert.Contains(t, startRules(d.Start), "risk.pending_high_measures")
			}
		})
	}
	t.Run("the default AllMeasures, the template's \"Godkendt\" box: any pending measure blocks", func(t *testing.T) {
		d, err := dpia.Policy{Risk: risk.Policy{HighRisk: risk.HighBand}}.Decide(a)
		require.NoError(t, err)
		assert.False(t, d.Start.Allowed)
	})
}

// TestPolicyValidatesTheRiskPolicy: an invalid risk policy is an invalid
// policy, with its path under "risk".
func TestPolicyValidatesTheRiskPolicy(t *testing.T) {
	bad := dpia.Policy{Risk: risk.Policy{High: risk.Treatment{Action: risk.Accept}}}
	err := bad.Validate()
	require.ErrorIs(t, err, dpia.ErrInvalidPolicy)
	assert.ErrorIs(t, err, gdpr.ErrInvalid)
	var ps gdpr.Problems
	require.ErrorAs(t, err, &ps)
	for _, p := range ps {
		assert.True(t, strings.HasPrefix(p.Path, "risk."), p.Path)
	}
	_, err = bad.MayStart(startedDPIA())
	assert.ErrorIs(t, err, dpia.ErrInvalidPolicy)
	fs := bad.Check(startedDPIA(), tourNow, trafficAgreement())
	require.NotEmpty(t, fs)
	assert.Equal(t, "dpia.invalid", fs[0].Rule)
	assert.True(t, strings.HasPrefix(fs[0].Path, "policy.risk."), fs[0].Path)
}

// TestReportStatesTheRiskPolicy: the report says which risk policy and
// which reading of a high residual risk it applied, in Danish or English,
// never mixed; it names the steps with the matrix's own labels in the
// scale table and on the heat map, and marks a residual not assessed.
func TestReportStatesTheRiskPolicy(t *testing.T) {
	a := startedDPIA()
	var da, en, own strings.Builder
	require.NoError(t, a.WriteMarkdown(&da, dpia.ReportOptions{}))
	require.NoError(t, a.WriteMarkdown(&en, dpia.ReportOptions{Lang: language.English}))
	require.NoError(t, a.WriteMarkdown(&own, dpia.ReportOptions{Policy: dpia.Policy{Risk: risk.Policy{HighRisk: risk.HighBand}}}))
	assert.Contains(t, da.String(), "Beslutningerne anvender standardrisikopolitikken")
	assert.Contains(t, da.String(), "- Høj: Stop behandlingen; en undtagelse kræver topledelsens godkendelse")
	assert.Contains(t, da.String(), "Højt risikoniveau eller graverende konsekvens, der er sandsynlig (standard; WP248 rev.01 III.C")
	assert.Contains(t, en.String(), "The decisions apply the default risk policy")
	assert.Contains(t, en.String(), "- High: Stop the processing; an exception needs top management's approval")
	assert.Contains(t, en.String(), "High band, or the highest consequence when likely (the default; WP248 rev.01 III.C")
	assert.NotContains(t, en.String(), "risikopolitik")
	assert.Contains(t, own.String(), "Beslutningerne anvender myndighedens egen risikopolitik.")
	assert.Contains(t, own.String(), "Højt risikoniveau (kun det højeste risikoniveau).")

	t.Run("an exception of top management is shown in the approval", func(t *testing.T) {
		a := consultedDPIA(dpia.Proceed)
		var b strings.Builder
		require.NoError(t, a.WriteMarkdown(&b, dpia.ReportOptions{}))
		out := b.String()
		assert.True(t, strings.Contains(out, "Topledelsens godkendelse af en undtagelse fra risikopolitikken: Kommunaldirektøren, 2026-02-06. Pilotprojekt under Datatilsynets forudgående høring."))
		assert.True(t, strings.Contains(out, "Behandlingen må påbegyndes: ja."))
		assert.True(t, strings.Contains(out, "Topledelsen har godkendt en undtagelse den 2026-02-06."))
	})
	t.Run("a residual not assessed is marked, not filled with the inherent values", func(t *testing.T) {
		a := startedDPIA()
		a.Risks[1].Residual = risk.Estimate{} // 3.1 has no residual in the fixture either
		var b strings.Builder
		require.NoError(t, a.WriteMarkdown(&b, dpia.ReportOptions{}))
		row := lineWith(t, b.String(), "| 3.1 | Leverandøren")
		assert.True(t, strings.HasSuffix(row, "| – | – | ikke vurderet |"), row)
		var e strings.Builder
		require.NoError(t, a.WriteMarkdown(&e, dpia.ReportOptions{Lang: language.English}))
		assert.True(t, strings.HasSuffix(lineWith(t, e.String(), "| 3.1 | Leverandøren"), "| – | – | not assessed |"))
	})
	t.Run("one set of scale names: the matrix's own labels in the scale table and on the heat map", func(t *testing.T) {
		a := startedDPIA()
		a.Matrix = risk.OS2KL()
		var b strings.Builder
		require.NoError(t, a.WriteMarkdown(&b, dpia.ReportOptions{}))
		m := risk.OS2KL()
		for c := risk.Insignificant; c <= risk.Severe; c++ {
			label := m.ConsequenceLabel(c, language.Danish)
			assert.Contains(t, b.String(), "| "+strconv.Itoa(int(c))+" | "+label+": ", "scale table names step %d as the matrix does", c)
			assert.Contains(t, risk.HeatMap{Matrix: m, Assessments: a.Risks, Lang: language.Danish}.Text(), label)
		}
		assert.NotContains(t, b.String(), "| 4 | Graverende / ødelæggende:", "not the template's names beside the matrix's")
	})
}

// lineWith returns the first line of s that contains sub.
func lineWith(t *testing.T, s, sub string) string {
	t.Helper()
	for line := range strings.Lines(s) {
		if strings.Contains(line, sub) {
			return strings.TrimRight(line, "\n")
		}
	}
	t.Fatalf("no line contains %q", sub)
	return ""
}
