package dpia_test

import (
	"errors"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// keyAnswers returns the derived answers to the seven key questions in
// order, for a compact assertion.
func keyAnswers(a dpia.Assessment) []dpia.Answer {
	var out []dpia.Answer
	for _, k := range a.KeyAnswers() {
		out = append(out, k.Answer)
	}
	return out
}

func reasonRules(rs []gdpr.Reason) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Rule)
	}
	return out
}

func brokenRules(t *testing.T, err error) []string {
	t.Helper()
	var te *dpia.TransitionError
	require.True(t, errors.As(err, &te), "got %v, want a *TransitionError", err)
	assert.ErrorIs(t, err, dpia.ErrTransition)
	return te.Rules()
}

// TestWorkedExample follows the AI traffic camera analysis (
// anonymisation on the camera, no face recognition) from screening to
// approval and a later change, asserting the derived decisions at each step
// of the lifecycle (the municipal DPIA template; GDPR art. 35, 36).
func TestWorkedExample(t *testing.T) {
	const (
		U = dpia.Answer(0)
		Y = dpia.Yes
		N = dpia.No
	)

	// 1. The draft: screened, described by the record, every threat
	// category considered, measures planned; no DPO advice, views,
	// monitoring or decision yet.
	a := draftDPIA()
	require.NoError(t, a.Validate())
	assert.Equal(t, []dpia.Answer{Y, N, U, Y, U, N, N}, keyAnswers(a),
		"risks considered; DPO not involved; no decision; measures pending; views undecided; no prior consultation; no follow-up")
	start := a.MayStart()
	assert.False(t, start.Allowed)
	assert.Equal(t, []string{"dpia.not_approved", "dpia.dpo_not_consulted", ""}, reasonRules(start.Reasons),
		"the municipal DPIA template, \"Godkendt\" (the default policy): measures are not in place, the one against the high risk of identification among them")
	assert.False(t, a.PriorConsultation().Needed, "the residual risks are at most below medium")
	assert.True(t, a.NextReview().Due.IsZero(), "no review is counted before the decision")

	// A draft cannot be decided without the DPO's advice (art. 35(2)).
	assert.Equal(t, []string{"dpia.transition_not_allowed"}, brokenRules(t, a.Transition(dpia.Decided)))
	assert.Equal(t, dpia.Status(0), a.Status, "a refused move leaves the status as it was")
	require.NoError(t, a.Transition(dpia.DPOReview))
	assert.Equal(t, dpia.DPOReview, a.Status)

	// 2. With the DPO: deciding now breaks the rules of the decision.
	assert.Equal(t, []string{"dpia.approval_missing", "dpia.dpo_not_consulted", "dpia.views_not_documented"},
		brokenRules(t, a.Transition(dpia.Decided)))

	r := reviewedDPIA()
	r.DPO.Recommendations[1].Response = ""
	r.Approval = dpia.Approval{Verdict: dpia.Approved, By: gdpr.NewPersonal("Direktør for Teknik- og Miljøforvaltningen"), Date: date("2026-02-20")}
	assert.Equal(t, []string{"dpia.dpo_response_missing"}, brokenRules(t, r.Transition(dpia.Decided)),
		"GDPR art. 35(2): each recommendation of the DPO needs the authority's response")
	assert.Equal(t, []dpia.Answer{Y, Y, Y, Y, Y, N, Y}, keyAnswers(r))

	// 3. Decided: approved, but the anonymisation on the camera is still
	// planned, so the processing may not start yet (the municipal DPIA template).
	d := decidedDPIA()
	d.Status = dpia.DPOReview
	require.NoError(t, d.Transition(dpia.Decided))
	start = d.MayStart()
	assert.False(t, start.Allowed)
	assert.Equal(t, []string{""}, reasonRules(start.Reasons))
	start, err := dpia.Policy{Measures: dpia.HighRiskMeasures}.MayStart(d)
	require.NoError(t, err)
	assert.Equal(t, []string{"risk.pending_high_measures"}, reasonRules(start.Reasons),
		"the template's action plan: the measure against the high risk is not in place")
	rv := d.NextReview()
	assert.Equal(t, date("2027-02-20"), rv.Due, "one year, the recorded interval, after the approval")
	assert.Equal(t, date("2026-02-20"), rv.From)

	// 4. The anonymisation is in place, three measures of lower risks are
	// still planned: the template's two readings differ. Under the default
	// policy (its "Godkendt" box and the DPO's model conclusion) the
	// processing may not start; under the action plan's reading it may.
	b := blurredDPIA()
	assert.Equal(t, []dpia.Answer{Y, Y, Y, Y, Y, N, Y}, keyAnswers(b), "three measures of lower risks are still pending")
	start = b.MayStart()
	assert.False(t, start.Allowed)
	assert.Contains(t, start.Reasons[0].Text.Da, "3 af 6 yderligere foranstaltninger er ikke implementeret (risiko 6.1, 8.1, 16.1)")
	start, err = dpia.Policy{Measures: dpia.HighRiskMeasures}.MayStart(b)
	require.NoError(t, err)
	assert.True(t, start.Allowed, "%v", start.Reasons)
	assert.Equal(t, []string{"dpia.not_approved", "dpia.dpo_not_consulted", "risk.pending_high_measures"}, reasonRules(start.Reasons),
		"the reasons name the conditions met")

	// Every measure is in place: the processing may start.
	s := startedDPIA()
	start = s.MayStart()
	assert.True(t, start.Allowed, "%v", start.Reasons)
	assert.Equal(t, []string{"dpia.not_approved", "dpia.dpo_not_consulted", ""}, reasonRules(start.Reasons),
		"the reasons name the conditions met")
	assert.Equal(t, []dpia.Answer{Y, Y, Y, N, Y, N, Y}, keyAnswers(s))
	assert.Empty(t, s.Check(tourNow, trafficAgreement()), "the approved, started assessment has no gaps on 2026-03-02")

	// 5. A year on, the review is overdue.
	findings := s.Check(time.Date(2027, 2, 22, 12, 0, 0, 0, time.UTC), trafficAgreement())
	assert.Equal(t, []string{"dpia.review_overdue"}, rules(findings))

	// 6. A review on 2026-09-01, then a new sub-processor recorded on
	// 2026-10-05: a review is due at once (art. 35(11)), and the assessment
	// goes under revision.
	s.Monitoring.Reviews = []dpia.Review{{Date: date("2026-09-01"), By: gdpr.NewPersonal("Leder af Trafikafdelingen"), Note: "Ingen ændringer."}}
	assert.Equal(t, date("2027-09-01"), s.NextReview().Due, "the interval counts from the latest review")
	s.Monitoring.Changes = []dpia.Change{{Date: date("2026-10-05"), Kind: dpia.ProcessorChanged, Description: "Ny underdatabehandler til support."}}
	rv = s.NextReview()
	assert.Equal(t, date("2026-10-05"), rv.Due)
	require.Len(t, rv.Reasons, 2)
	assert.Contains(t, rv.Reasons[1].Text.En, "art. 35(11)")
	assert.Contains(t, rules(s.Check(time.Date(2026, 10, 6, 9, 0, 0, 0, time.UTC), trafficAgreement())), "dpia.review_overdue")
	require.NoError(t, s.Transition(dpia.UnderRevision))
	assert.True(t, s.MayStart().Allowed, "the approval stays in force while the assessment is revised")
	assert.Equal(t, []string{"dpia.transition_not_allowed"}, brokenRules(t, s.Transition(dpia.Decided)),
		"a revision goes back to the DPO before a new decision")
	require.NoError(t, s.Transition(dpia.DPOReview))
}

func rules(fs []gdpr.Finding) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

// TestPriorConsultation: a residual risk that stays high calls for prior
// consultation of Datatilsynet (GDPR art. 36(1)); approval is refused while
// it is pending; Datatilsynet's eight weeks, fourteen when extended, run from
// the request (art. 36(2)).
func TestPriorConsultation(t *testing.T) {
	a := reviewedDPIA()
	a.Risks[riskBlurring].Residual = risk.Estimate{Consequence: risk.Severe, Probability: risk.Expected}
	a.Approval = dpia.Approval{Verdict: dpia.Approved, By: gdpr.NewPersonal("Direktør"), Date: date("2026-02-20")}

	c := a.PriorConsultation()
	assert.True(t, c.Needed)
	assert.True(t, c.Pending)
	assert.Equal(t, dpia.Yes, a.KeyAnswers()[5].Answer)
	assert.Equal(t, []string{"dpia.prior_consultation_pending"}, brokenRules(t, a.Transition(dpia.Decided)))
	assert.Contains(t, rules(a.Check(tourNow)), "dpia.prior_consultation_pending")
	assert.NotContains(t, rules(a.Check(tourNow)), "risk.residual_high", "the DPIA's own rule replaces the risk package's")

	// Not approving is a decision the rule does not stop.
	na := a
	na.Approval.Verdict = dpia.NotApproved
	require.NoError(t, na.Transition(dpia.Decided))
	assert.Contains(t, rules(na.Check(tourNow)), "dpia.not_approved")

	a.Consultation.Submitted = date("2026-02-02")
	c = a.PriorConsultation()
	assert.True(t, c.Pending)
	assert.Equal(t, date("2026-03-30"), c.AnswerDue, "eight weeks after 2026-02-02")
	a.Consultation.Extended = date("2026-02-20")
	assert.Equal(t, date("2026-05-11"), a.PriorConsultation().AnswerDue, "fourteen weeks after 2026-02-02")

	a.Consultation.Answered = date("2026-04-20")
	a.Consultation.Response = "Datatilsynet har ingen bemærkninger til de supplerende foranstaltninger."
	c = a.PriorConsultation()
	assert.True(t, c.Needed)
	assert.False(t, c.Pending)
	assert.False(t, c.Allows, "an answer without its outcome is no permission")
	a.Consultation.Outcome = dpia.Proceed
	assert.True(t, a.PriorConsultation().Allows)
	require.NoError(t, a.Transition(dpia.Decided))
	afterAnswer := time.Date(2026, time.April, 21, 9, 0, 0, 0, time.UTC)
	assert.NotContains(t, rules(a.Check(afterAnswer)), "dpia.prior_consultation_pending")
	assert.Contains(t, rules(a.Check(tourNow)), "dpia.prior_consultation_pending",
		"an answer recorded after now is not known at now")
}

// TestLifecycle checks every move between the four statuses (a small
// finite domain, tested exhaustively): which moves the lifecycle allows for
// a document that meets every rule.
func TestLifecycle(t *testing.T) {
	allowed := map[[2]dpia.Status]bool{
		{dpia.Draft, dpia.DPOReview}:         true,
		{dpia.DPOReview, dpia.Draft}:         true,
		{dpia.DPOReview, dpia.Decided}:       true,
		{dpia.Decided, dpia.UnderRevision}:   true,
		{dpia.UnderRevision, dpia.DPOReview}: true,
	}
	for _, from := range dpia.Statuses() {
		for _, to := range append(dpia.Statuses(), 0, 9) {
			a := startedDPIA()
			a.Status = from
			err := a.Transition(to)
			if allowed[[2]dpia.Status{from, to}] {
				assert.NoError(t, err, "%s -> %s", from, to)
				assert.Equal(t, to, a.Status)
				continue
			}
			assert.Equal(t, []string{"dpia.transition_not_allowed"}, brokenRules(t, err), "%s -> %s", from, to)
			assert.Equal(t, from, a.Status)
			assert.NotErrorIs(t, err, gdpr.ErrInvalid, "a refused move is not invalid input")
		}
	}
	var nilA *dpia.Assessment
	assert.ErrorIs(t, nilA.Transition(dpia.DPOReview), dpia.ErrTransition)
}

// TestLifecycleViolations lists moves that break a rule, each naming it.
func TestLifecycleViolations(t *testing.T) {
	for _, tc := range []struct {
		name    string
		change  func(*dpia.Assessment)
		to      dpia.Status
		want    []string
		invalid bool
	}{
		{"submitted without the record embedded (art. 35(7)(a))", func(a *dpia.Assessment) { a.Status, a.Record = dpia.Draft, nil }, dpia.DPOReview,
			[]string{"dpia.record_missing"}, false},
		{"submitted without a screening", func(a *dpia.Assessment) { a.Status, a.Screening = dpia.Draft, nil }, dpia.DPOReview,
			[]string{"dpia.screening_missing"}, false},
		{"submitted without risks (art. 35(7)(c))", func(a *dpia.Assessment) { a.Status, a.Risks, a.ActionPlan = dpia.Draft, nil, nil }, dpia.DPOReview,
			[]string{"dpia.risks_missing"}, false},
		{"submitted with a threat category not considered", func(a *dpia.Assessment) { a.Status, a.NotRelevant = dpia.Draft, a.NotRelevant[1:] }, dpia.DPOReview,
			[]string{"dpia.threat_not_considered"}, false},
		{"submitted while invalid", func(a *dpia.Assessment) { a.Status, a.ID = dpia.UnderRevision, "" }, dpia.DPOReview,
			nil, true},
		{"decided without the DPO's conclusion (art. 35(2))", func(a *dpia.Assessment) { a.Status, a.DPO.Conclusion = dpia.DPOReview, "" }, dpia.Decided,
			[]string{"dpia.dpo_not_consulted"}, false},
		{"decided without the data subjects' views (art. 35(9))", func(a *dpia.Assessment) {
			a.Status, a.Views = dpia.DPOReview, dpia.Views{Sought: dpia.No}
		}, dpia.Decided, []string{"dpia.views_not_documented"}, false},
		{"views not sought, with the template's reason, is documented", func(a *dpia.Assessment) {
			a.Status, a.Views = dpia.DPOReview, dpia.Views{Sought: dpia.No, Reasons: []dpia.NoViewReason{dpia.Disproportionate}}
		}, dpia.Decided, nil, false},
		{"conditionally approved without the changes required", func(a *dpia.Assessment) {
			a.Status, a.Approval.Verdict = dpia.DPOReview, dpia.ConditionallyApproved
		}, dpia.Decided, []string{"dpia.conditions_missing"}, false},
		{"decided without a date", func(a *dpia.Assessment) { a.Status, a.Approval.Date = dpia.DPOReview, gdpr.Date{} }, dpia.Decided,
			[]string{"dpia.approval_missing"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := startedDPIA()
			tc.change(&a)
			err := a.Transition(tc.to)
			if tc.want == nil && !tc.invalid {
				require.NoError(t, err)
				return
			}
			var te *dpia.TransitionError
			require.ErrorAs(t, err, &te)
			assert.Equal(t, tc.want, te.Rules())
			if tc.invalid {
				assert.ErrorIs(t, err, gdpr.ErrInvalid)
				assert.Contains(t, err.Error(), "id: required")
			}
			for _, r := range tc.want {
				assert.Contains(t, err.Error(), r, "the error names the rule")
			}
		})
	}
}

// TestNextReview covers the review decision's cases (GDPR art. 35(11);
// WP248 rev.01: at least every three years).
func TestNextReview(t *testing.T) {
	for _, tc := range []struct {
		name string
		mo   dpia.Monitoring
		ap   dpia.Approval
		want gdpr.Date
	}{
		{"no decision: nothing to count from", dpia.Monitoring{Interval: ropa.Period{Count: 1, Unit: ropa.Years}}, dpia.Approval{}, gdpr.Date{}},
		{"no interval recorded: three years (WP248 rev.01)", dpia.Monitoring{}, dpia.Approval{Verdict: dpia.Approved, Date: date("2026-02-20")}, date("2029-02-20")},
		{"six months from 31 August ends on the last day of February (Regulation 1182/71)",
			dpia.Monitoring{Interval: ropa.Period{Count: 6, Unit: ropa.Months}}, dpia.Approval{Verdict: dpia.Approved, Date: date("2025-08-31")}, date("2026-02-28")},
		{"a change before the approval does not count",
			dpia.Monitoring{Interval: ropa.Period{Count: 1, Unit: ropa.Years}, Changes: []dpia.Change{{Date: date("2026-01-01"), Kind: dpia.RiskChanged}}},
			dpia.Approval{Verdict: dpia.Approved, Date: date("2026-02-20")}, date("2027-02-20")},
		{"the earliest of several changes",
			dpia.Monitoring{Interval: ropa.Period{Count: 1, Unit: ropa.Years}, Changes: []dpia.Change{
				{Date: date("2026-08-01"), Kind: dpia.RiskChanged}, {Date: date("2026-05-01"), Kind: dpia.ProcessingChanged}}},
			dpia.Approval{Verdict: dpia.Approved, Date: date("2026-02-20")}, date("2026-05-01")},
		{"a later review counts from its day",
			dpia.Monitoring{Interval: ropa.Period{Count: 2, Unit: ropa.Years}, Reviews: []dpia.Review{{Date: date("2027-01-10")}}},
			dpia.Approval{Verdict: dpia.Approved, Date: date("2026-02-20")}, date("2029-01-10")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := draftDPIA()
			a.Monitoring, a.Approval = tc.mo, tc.ap
			d := a.NextReview()
			assert.Equal(t, tc.want, d.Due)
			assert.NotEmpty(t, d.Reasons)
		})
	}
}

// TestDecisionsFollowTheRules covers derived decisions and moves where the
// document itself, not the status, breaks a rule of the lifecycle.
func TestDecisionsFollowTheRules(t *testing.T) {
	t.Run("a recommendation without the authority's response stops the start (art. 35(2), 39(1)(c))", func(t *testing.T) {
		a := startedDPIA()
		a.DPO.Recommendations[0].Response = " "
		st := a.MayStart()
		assert.False(t, st.Allowed)
		assert.Equal(t, []string{"dpia.dpo_response_missing"}, reasonRules(st.Reasons))
	})
	t.Run("views sought without saying how are not documented (art. 35(9); the municipal DPIA template \"Hvordan?\")", func(t *testing.T) {
		a := startedDPIA()
		a.Views = dpia.Views{Sought: dpia.Yes}
		assert.Contains(t, rules(a.Check(tourNow, trafficAgreement())), "dpia.views_not_documented")
		a.Status = dpia.DPOReview
		assert.Equal(t, []string{"dpia.views_not_documented"}, brokenRules(t, a.Transition(dpia.Decided)))
	})
	t.Run("a decision on an invalid document is refused as invalid", func(t *testing.T) {
		a := startedDPIA()
		a.Status, a.ID = dpia.DPOReview, ""
		err := a.Transition(dpia.Decided)
		assert.ErrorIs(t, err, gdpr.ErrInvalid)
		assert.Equal(t, dpia.DPOReview, a.Status)
	})
	t.Run("a revision is not decided on the approval it revises (art. 35(11))", func(t *testing.T) {
		a := startedDPIA()
		a.Monitoring.Changes = []dpia.Change{{Date: date("2026-10-05"), Kind: dpia.ProcessorChanged}}
		require.NoError(t, a.Transition(dpia.UnderRevision))
		require.NoError(t, a.Transition(dpia.DPOReview))
		assert.Equal(t, []string{"dpia.approval_missing"}, brokenRules(t, a.Transition(dpia.Decided)),
			"the approval of 2026-02-20 predates the change of 2026-10-05")
		a.Approval.Date = date("2026-10-20")
		require.NoError(t, a.Transition(dpia.Decided))
		assert.Equal(t, date("2027-10-20"), a.NextReview().Due, "the new decision counts the interval afresh")
	})
}
