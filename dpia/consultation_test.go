package dpia_test

import (
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/internal/enumtest"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOutcomeEnum(t *testing.T) {
	assert.Equal(t, dpia.Outcomes(), enumtest.Check[dpia.Outcome](t, dpia.ParseOutcome))
	for _, o := range dpia.Outcomes() {
		assert.Contains(t, o.Reference().En, "GDPR art. 36(2)", "%s cites art. 36(2)", o)
	}
	assert.Zero(t, dpia.Outcome(0).Reference())
}

// TestAnswerDue: Datatilsynet answers within eight weeks of the request,
// fourteen when it extends the period by six (GDPR art. 36(2)); the weeks
// are a period under Regulation 1182/71, whose last day moves off
// Saturdays, Sundays and public holidays (art. 3(4)).
func TestAnswerDue(t *testing.T) {
	for _, tc := range []struct {
		name      string
		submitted string
		extended  bool
		want      string
	}{
		{"eight weeks from a Monday end on a Monday (art. 3(2)(b))", "2026-02-02", false, "2026-03-30"},
		{"extended by six weeks, counted on from the eighth week", "2026-02-02", true, "2026-05-11"},
		{"eight weeks end on Easter Monday 2026: moved to Tuesday 7 April (art. 3(4))", "2026-02-09", false, "2026-04-07"},
		{"fourteen weeks end on Easter Monday 2026", "2025-12-29", true, "2026-04-07"},
		{"eight weeks end on Christmas Day 2026, a Friday: moved past the weekend to Monday 28 December", "2026-10-30", false, "2026-12-28"},
		{"fourteen weeks end on Christmas Day 2026", "2026-09-18", true, "2026-12-28"},
		{"a request on a Saturday counts from its own day (art. 3(1)) and ends on a Saturday, moved to Monday", "2026-01-03", false, "2026-03-02"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, date(tc.want), dpia.AnswerDue(date(tc.submitted), tc.extended))
		})
	}
	assert.Zero(t, dpia.AnswerDue(gdpr.Date{}, false), "no request, no due day")
}

// consultedDPIA is the started assessment with a residual risk that stays
// high, for which top management approved an exception from the risk
// policy's stop, consulted on 9 February 2026 and answered on 30 March.
func consultedDPIA(o dpia.Outcome, conditions ...dpia.Condition) dpia.Assessment {
	a := startedDPIA()
	a.Risks[riskBlurring].Residual = a.Risks[riskBlurring].Inherent
	a.Approval.Exception = dpia.Exception{By: gdpr.NewPersonal("Kommunaldirektøren"), Date: date("2026-02-06"), Reason: "Pilotprojekt under Datatilsynets forudgående høring."}
	a.Consultation = dpia.Consultation{Submitted: date("2026-02-09"), Answered: date("2026-03-30"), Outcome: o, Conditions: conditions}
	return a
}

// TestConsultationOutcome: the processing may start only when
// Datatilsynet's answer allows it and its conditions are met (GDPR art.
// 36(2), 58(2)); an answer that arrived is not enough.
func TestConsultationOutcome(t *testing.T) {
	met := dpia.Condition{Text: "Sløringen testes i mørke før start.", Met: date("2026-04-10")}
	unmet := dpia.Condition{Text: "Optagelser slettes efter 24 timer."}
	after := tourNow.AddDate(0, 2, 0) // 2 May 2026, after every date above
	for _, tc := range []struct {
		name  string
		a     dpia.Assessment
		start bool
		rule  string // the finding of Check after the answer; "" for none of the consultation's
	}{
		{"no answer yet: pending (art. 36(1))", func() dpia.Assessment {
			a := consultedDPIA(0)
			a.Consultation.Answered = gdpr.Date{}
			return a
		}(), false, "dpia.prior_consultation_pending"},
		{"an answer without its outcome allows nothing", consultedDPIA(0), false, "dpia.consultation_outcome_missing"},
		{"advice to proceed (art. 36(2))", consultedDPIA(dpia.Proceed), true, ""},
		{"advice on conditions, all met", consultedDPIA(dpia.ProceedOnConditions, met), true, ""},
		{"advice on conditions, one not met", consultedDPIA(dpia.ProceedOnConditions, met, unmet), false, "dpia.consultation_conditions_unmet"},
		{"an order, the ordered change made (art. 58(2)(d))", consultedDPIA(dpia.Order, met), true, ""},
		{"an order, the change not made (art. 58(2)(d))", consultedDPIA(dpia.Order, unmet), false, "dpia.consultation_conditions_unmet"},
		{"a limitation accepted (art. 58(2)(f))", consultedDPIA(dpia.Limitation, met), true, ""},
		{"a warning (art. 58(2)(a))", consultedDPIA(dpia.Warning), false, "dpia.consultation_refused"},
		{"a ban (art. 58(2)(f))", consultedDPIA(dpia.Ban), false, "dpia.consultation_refused"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.NoError(t, tc.a.Validate())
			d := tc.a.Decide()
			assert.True(t, d.PriorConsultation.Needed)
			assert.Equal(t, tc.start, d.PriorConsultation.Allows)
			assert.Equal(t, tc.start, d.Start.Allowed)
			fs := rules(tc.a.Check(after, trafficAgreement()))
			if tc.rule == "" {
				for _, r := range []string{"dpia.prior_consultation_pending", "dpia.consultation_outcome_missing",
					"dpia.consultation_conditions_unmet", "dpia.consultation_refused", "dpia.started_without_approval"} {
					assert.NotContains(t, fs, r)
				}
			} else {
				assert.Contains(t, fs, tc.rule)
				assert.Contains(t, fs, "dpia.started_without_approval", "the record is active while the start is not allowed")
			}
		})
	}

	// An answer, or a condition met, after now is not known at now.
	a := consultedDPIA(dpia.ProceedOnConditions, met)
	assert.Contains(t, rules(a.Check(tourNow.AddDate(0, 0, 35), trafficAgreement())), "dpia.consultation_conditions_unmet",
		"on 6 April the condition met on 10 April is not met yet")
	assert.Contains(t, rules(a.Check(tourNow, trafficAgreement())), "dpia.prior_consultation_pending",
		"on 2 March the answer of 30 March has not arrived")

	// A ban refuses the approval itself.
	b := consultedDPIA(dpia.Ban)
	b.Status = dpia.DPOReview
	assert.Contains(t, brokenRules(t, b.Transition(dpia.Decided)), "dpia.consultation_refused")
	// A consultation that was not needed still binds when it was made.
	v := startedDPIA()
	v.Consultation = dpia.Consultation{Submitted: date("2026-02-09"), Answered: date("2026-03-30"), Outcome: dpia.Ban}
	assert.False(t, v.MayStart().Allowed, "a ban binds even where consultation was not required")
	assert.Equal(t, risk.BelowMedium, v.Decide().Risks.HighestResidual)
}

// TestReportShowsTheOutcome: the report's prior consultation section shows
// the answer's outcome with its article, each condition and whether it is
// met, and says when the answer does not allow the start.
func TestReportShowsTheOutcome(t *testing.T) {
	a := consultedDPIA(dpia.Order, dpia.Condition{Text: "Optagelser slettes efter 24 timer."})
	a.Consultation.Extended = date("2026-03-02")
	var b strings.Builder
	require.NoError(t, a.WriteMarkdown(&b, dpia.ReportOptions{}))
	md := b.String()
	for _, want := range []string{
		"Fristen forlænget med seks uger den 2026-03-02",
		"Datatilsynets svar senest: 2026-05-18",
		"Udfald: Påbud om at bringe behandlingen i overensstemmelse med reglerne (databeskyttelsesforordningen art. 36, stk. 2, 58, stk. 2, litra d)",
		"Betingelse: Optagelser slettes efter 24 timer. (ikke opfyldt)",
		"Datatilsynets svar tillader ikke, at behandlingen påbegyndes.",
		"Behandlingen må påbegyndes: nej.",
	} {
		assert.Contains(t, md, want)
	}
}
