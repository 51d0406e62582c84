package dpia_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/dkgdpr/gdpr/screening"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func findingPaths(fs []gdpr.Finding) []string {
	out := []string{}
	for _, f := range fs {
		out = append(out, f.Rule+" "+f.Path)
	}
	return out
}

// checkCases are assessments with one gap each, and the findings Check
// must report for them on 2026-03-02. They also prove that every rule of
// the package can be triggered (TestRulesCoverage).
var checkCases = []struct {
	name       string
	change     func(*dpia.Assessment)
	agreements func() []dpa.Agreement
	want       []string
}{
	{"nothing missing", func(*dpia.Assessment) {}, nil, []string{}},
	{"the record is only referred to (art. 35(7)(a))", func(a *dpia.Assessment) { a.Record = nil }, nil,
		[]string{"dpia.record_missing record"}},
	{"no screening", func(a *dpia.Assessment) { a.Screening = nil }, nil, []string{"dpia.screening_missing screening"}},
	{"the screening says no monitoring while the record lists CCTV", func(a *dpia.Assessment) {
		a.Screening.Answers[2].Answer = screening.No
	}, nil, []string{"screening.answers_inconsistent screening.triggers[2].answer", "screening.suggestion_disagrees screening.answers[2].answer"}},
	{"unanswered questions, record and assessment silent", func(a *dpia.Assessment) {
		a.Record.Volume = 0
		delete(a.Lawfulness, "4.15")
		delete(a.Processing, "8.3")
	}, nil, []string{`dpia.question_unanswered processing["4.2"]`, `dpia.question_unanswered processing["8.3"]`, `dpia.question_unanswered lawfulness["4.15"]`}},
	{"answers that contradict the record", func(a *dpia.Assessment) {
		a.Processing["2.7"] = dpia.Response{Answer: dpia.No}                         // the record lists CCTV
		a.Processing["2.1"] = dpia.Response{Choices: []string{"data_subject"}}       // the record says tracking
		a.Processing["4.1"] = dpia.Response{Number: 10}                              // the record says 250,000
		a.Processing["4.4"] = dpia.Response{Text: "Hele året."}                      // the record has a schedule
		a.Record.Transfers = []ropa.Transfer{{Country: gdpr.MustParseCountry("US")}} // 7.4 says not relevant
	}, nil, []string{`dpia.answer_contradicts_record processing["2.1"]`, `dpia.answer_contradicts_record processing["2.7"]`,
		`dpia.answer_contradicts_record processing["4.1"]`, `dpia.answer_contradicts_record processing["4.4"]`,
		`dpia.answer_contradicts_record processing["7.4"]`}},
	{"an agreement referred to is not given", func(a *dpia.Assessment) { a.AgreementIDs = []string{"DBA-2026-003", "DBA-X"} }, nil,
		[]string{"dpia.agreement_missing agreementIds[1]"}},
	{"answers that contradict the agreement", func(a *dpia.Assessment) {
		a.Record.Processors = a.Record.Processors[:1] // the record no longer answers 7.2
		a.Sharing = a.Sharing[:1]
		a.Processing["7.2"] = dpia.Response{Answer: dpia.No}
	}, func() []dpa.Agreement {
		ag := trafficAgreement()
		ag.Plan = dpa.Plan{}
		ag.SubProcessors[0].Locations = []dpa.Location{{Country: gdpr.MustParseCountry("IN"), Access: dpa.SupportAccess}}
		return []dpa.Agreement{ag}
	}, []string{`dpia.answer_contradicts_agreements processing["7.2"]`, `dpia.answer_contradicts_agreements processing["7.3"]`,
		`dpia.answer_contradicts_agreements processing["7.4"]`}},
	{"no risks", func(a *dpia.Assessment) { a.Risks, a.ActionPlan, a.NotRelevant = nil, nil, nil }, nil,
		append([]string{"dpia.risks_missing risks"}, slices.Repeat([]string{"dpia.threat_not_considered notRelevant"}, 16)...)},
	{"the risks' own findings, under risks", func(a *dpia.Assessment) {
		a.Risks[1].Inherent = risk.Estimate{Consequence: risk.Serious, Probability: risk.Expected}
	}, nil, []string{"risk.untreated risks[1].measures",
		// The default risk policy: a residual risk above medium is to be
		// reduced, an exception needs top management.
		"dpia.risk_policy_exception_missing approval.exception", "dpia.started_without_approval record.status"}},
	{"a residual risk stays high", func(a *dpia.Assessment) {
		a.Risks[riskBlurring].Residual = a.Risks[riskBlurring].Inherent
	}, nil, []string{"dpia.prior_consultation_pending consultation", "dpia.risk_policy_exception_missing approval.exception", "dpia.started_without_approval record.status"}},
	{"Datatilsynet's answer recorded without its outcome (art. 36(2))", func(a *dpia.Assessment) {
		a.Consultation = dpia.Consultation{Submitted: date("2026-01-05"), Answered: date("2026-02-25")}
	}, nil, []string{"dpia.consultation_outcome_missing consultation.outcome", "dpia.started_without_approval record.status"}},
	{"a ban of Datatilsynet (art. 58(2)(f))", func(a *dpia.Assessment) {
		a.Consultation = dpia.Consultation{Submitted: date("2026-01-05"), Answered: date("2026-02-25"), Outcome: dpia.Ban}
	}, nil, []string{"dpia.consultation_refused consultation.outcome", "dpia.started_without_approval record.status"}},
	{"an order not yet carried out (art. 58(2)(d))", func(a *dpia.Assessment) {
		a.Consultation = dpia.Consultation{Submitted: date("2026-01-05"), Answered: date("2026-02-25"), Outcome: dpia.Order,
			Conditions: []dpia.Condition{{Text: "Optagelser slettes efter 24 timer."}}}
	}, nil, []string{"dpia.consultation_conditions_unmet consultation.conditions[0].met", "dpia.started_without_approval record.status"}},
	{"no DPO advice, a recommendation unanswered, views not documented", func(a *dpia.Assessment) {
		a.DPO.Involvement = nil
		a.DPO.Recommendations[0].Response = " "
		a.Views = dpia.Views{}
	}, nil, []string{"dpia.dpo_not_consulted dpo", "dpia.dpo_response_missing dpo.recommendations[0].response", "dpia.views_not_documented views",
		"dpia.started_without_approval record.status"}},
	{"no monitoring", func(a *dpia.Assessment) { a.Monitoring = dpia.Monitoring{} }, nil, []string{"dpia.monitoring_missing monitoring"}},
	{"a review every five years (WP248 rev.01: at most three)", func(a *dpia.Assessment) {
		a.Monitoring.Interval = ropa.Period{Count: 5, Unit: ropa.Years}
	}, nil, []string{"dpia.review_interval_long monitoring.interval"}},
	{"a review overdue", func(a *dpia.Assessment) {
		a.Approval.Date = date("2024-01-10")
	}, nil, []string{"dpia.review_overdue monitoring.reviews"}},
	{"decided without a name", func(a *dpia.Assessment) { a.Approval.By = gdpr.Personal{} }, nil, []string{"dpia.approval_missing approval"}},
	{"conditionally approved without conditions, and the processing going on", func(a *dpia.Assessment) {
		a.Approval.Verdict = dpia.ConditionallyApproved
	}, nil, []string{"dpia.conditions_missing approval.conditions", "dpia.not_approved approval.verdict", "dpia.started_without_approval record.status"}},
}

func TestCheck(t *testing.T) {
	for _, tc := range checkCases {
		t.Run(tc.name, func(t *testing.T) {
			a := startedDPIA()
			tc.change(&a)
			require.NoError(t, a.Validate())
			ags := []dpa.Agreement{trafficAgreement()}
			if tc.agreements != nil {
				ags = tc.agreements()
			}
			fs := a.Check(tourNow, ags...)
			assert.Equal(t, tc.want, findingPaths(fs))
			for _, f := range fs {
				assert.True(t, f.Severity.Valid(), f.Rule)
				assert.NotEmpty(t, f.Reference, f.Rule)
				assert.NotEmpty(t, f.Text.Da, f.Rule)
				assert.NotEmpty(t, f.Text.En, f.Rule)
			}
		})
	}
}

// TestCheckInvalid checks that Check reports an invalid assessment as
// findings of dpia.invalid, one per problem with its path, before the
// others, and never returns nil (the zero Assessment has no ID and no
// record ID).
func TestCheckInvalid(t *testing.T) {
	fs := dpia.Assessment{}.Check(tourNow)
	require.NotNil(t, fs)
	assert.Equal(t, []string{"dpia.invalid id", "dpia.invalid recordId"}, findingPaths(fs)[:2])
	for _, f := range fs[:2] {
		assert.Equal(t, gdpr.Error, f.Severity)
		assert.Contains(t, f.Text.Da, "(required)")
	}
	a := startedDPIA()
	a.Risks[0].Inherent.Consequence = 9
	assert.Equal(t, "dpia.invalid risks[0].inherent.consequence", findingPaths(a.Check(tourNow))[0])
}

// TestCheckIgnoresLaterRecords checks that what is dated after the day of
// now is left out of a check at now (a review, a change, the decision), and
// that the caller's assessment is not changed.
func TestCheckIgnoresLaterRecords(t *testing.T) {
	a := startedDPIA()
	a.Monitoring.Changes = append(a.Monitoring.Changes, dpia.Change{Date: date("2026-06-01"), Kind: dpia.ProcessingChanged})
	n := len(a.Monitoring.Changes)
	ag := trafficAgreement()
	assert.Equal(t, []string{}, findingPaths(a.Check(tourNow, ag)), "a change in June is not known on 2 March")
	assert.Contains(t, findingPaths(a.Check(tourNow.AddDate(0, 4, 0), ag)), "dpia.review_overdue monitoring.reviews")
	assert.Len(t, a.Monitoring.Changes, n)

	late := startedDPIA()
	late.Approval.Date = date("2026-04-01")
	assert.Contains(t, findingPaths(late.Check(tourNow, ag)), "dpia.started_without_approval record.status",
		"an approval dated after now does not allow the start at now")
}

// TestRulesCoverage proves that every rule of the package is triggered by
// some test input (Check, a refused transition), and that every rule
// emitted is in Rules. The risk and screening rules passed on are their
// packages' to cover.
func TestRulesCoverage(t *testing.T) {
	known := map[string]gdpr.Rule{}
	for _, r := range dpia.Rules() {
		_, dup := known[r.ID]
		assert.False(t, dup, "rule %s listed twice", r.ID)
		known[r.ID] = r
		assert.True(t, r.Severity.Valid(), r.ID)
		assert.NotEmpty(t, r.Reference, r.ID)
		assert.NotEmpty(t, r.Text.Da, r.ID)
		assert.NotEmpty(t, r.Text.En, r.ID)
	}
	assert.NotContains(t, known, "risk.residual_high", "replaced by dpia.prior_consultation_pending")
	seen := map[string]bool{}
	note := func(fs []gdpr.Finding) {
		for _, f := range fs {
			r, ok := known[f.Rule]
			if assert.True(t, ok, "emitted rule %s is not in Rules()", f.Rule) {
				assert.Equal(t, r.Severity, f.Severity, f.Rule)
			}
			seen[f.Rule] = true
		}
	}
	for _, tc := range checkCases {
		a := startedDPIA()
		tc.change(&a)
		ags := []dpa.Agreement{trafficAgreement()}
		if tc.agreements != nil {
			ags = tc.agreements()
		}
		note(a.Check(tourNow, ags...))
	}
	note(dpia.Assessment{}.Check(tourNow))
	a := startedDPIA()
	var te *dpia.TransitionError
	require.ErrorAs(t, a.Transition(dpia.Decided), &te)
	note(te.Broken)
	for _, r := range dpia.Rules() {
		if strings.HasPrefix(r.ID, "dpia.") {
			assert.True(t, seen[r.ID], "rule %s is never triggered by a test", r.ID)
		}
	}
	rs := dpia.Rules()
	rs[0].ID = "changed"
	assert.NotEqual(t, "changed", dpia.Rules()[0].ID, "Rules returns a fresh copy")
}

// TestDecisionReasonsNameKnownRules: every reason of the decisions of the
// worked example names a rule of Rules (or none, for a plain fact).
func TestDecisionReasonsNameKnownRules(t *testing.T) {
	known := map[string]bool{"": true}
	for _, r := range dpia.Rules() {
		known[r.ID] = true
	}
	for _, a := range []dpia.Assessment{draftDPIA(), reviewedDPIA(), startedDPIA()} {
		d := a.Decide()
		var rs []gdpr.Reason
		for _, k := range d.KeyAnswers {
			require.NotEmpty(t, k.Reasons, "key question %s", k.Question)
			rs = append(rs, k.Reasons...)
		}
		rs = append(append(append(rs, d.Start.Reasons...), d.PriorConsultation.Reasons...), d.Review.Reasons...)
		for _, r := range rs {
			assert.True(t, known[r.Rule], "reason cites unknown rule %q", r.Rule)
			assert.NotEmpty(t, r.Reference)
			assert.NotEmpty(t, r.Text.Da)
			assert.NotEmpty(t, r.Text.En)
		}
	}
}
