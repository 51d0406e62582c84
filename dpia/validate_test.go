package dpia_test

import (
	"errors"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// problemPaths returns "path code" for each problem of err.
func problemPaths(t *testing.T, err error) []string {
	t.Helper()
	var ps gdpr.Problems
	require.True(t, errors.As(err, &ps), "got %v, want gdpr.Problems", err)
	assert.ErrorIs(t, err, gdpr.ErrInvalid)
	var out []string
	for _, p := range ps {
		out = append(out, p.Path+" "+p.Code)
	}
	return out
}

func TestValidateFixtures(t *testing.T) {
	for name, a := range map[string]dpia.Assessment{"draft": draftDPIA(), "reviewed": reviewedDPIA(), "decided": decidedDPIA(), "started": startedDPIA()} {
		assert.NoError(t, a.Validate(), name)
	}
	assert.NoError(t, dpia.Assessment{ID: "x", RecordID: "r"}.Validate(), "an empty draft with its IDs validates: completeness is Check's")
}

// TestValidate lists malformed assessments, each with every problem and its
// path.
func TestValidate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(*dpia.Assessment)
		want   []string
	}{
		{"the zero value has no IDs", func(a *dpia.Assessment) { *a = dpia.Assessment{} }, []string{"id required", "recordId required"}},
		{"the embedded record is another record", func(a *dpia.Assessment) { a.RecordID = "other" }, []string{"record.id conflict"}},
		{"the embedded record does not validate", func(a *dpia.Assessment) { a.Record.Name = "" }, []string{"record.name required"}},
		{"an answer to a question the template does not have", func(a *dpia.Assessment) {
			a.Processing["9.9"] = dpia.Response{Answer: dpia.Yes}
			a.Lawfulness["3.10"] = dpia.Response{Answer: dpia.No}
		}, []string{`processing["9.9"] unknown_code`, `lawfulness["3.10"] unknown_code`}},
		{"not relevant where the template has no such box", func(a *dpia.Assessment) {
			a.Lawfulness["4.10"] = dpia.Response{Answer: dpia.NotRelevant}
		}, []string{`lawfulness["4.10"].answer unsupported`}},
		{"an unknown answer", func(a *dpia.Assessment) { a.Lawfulness["4.1"] = dpia.Response{Answer: 7} }, []string{`lawfulness["4.1"].answer unknown_code`}},
		{"a yes/no answer to a free-text question", func(a *dpia.Assessment) { a.Processing["8.1"] = dpia.Response{Answer: dpia.Yes} },
			[]string{`processing["8.1"].answer unsupported`}},
		{"a box the question does not offer, twice", func(a *dpia.Assessment) {
			a.Lawfulness["2.1"] = dpia.Response{Choices: []string{"pigeon", "email", "email"}}
		}, []string{`lawfulness["2.1"].choices[0] unknown_code`, `lawfulness["2.1"].choices[2] duplicate`}},
		{"informed and not informed at once", func(a *dpia.Assessment) {
			a.Lawfulness["2.1"] = dpia.Response{Choices: []string{"email", "not_informed"}}
		}, []string{`lawfulness["2.1"].choices conflict`}},
		{"two boxes where one is taken", func(a *dpia.Assessment) {
			a.Processing["4.2"] = dpia.Response{Choices: []string{"small", "large"}}
		}, []string{`processing["4.2"].choices conflict`}},
		{"platforms ticked under no", func(a *dpia.Assessment) {
			a.Processing["2.6"] = dpia.Response{Answer: dpia.No, Choices: []string{"tiktok"}}
		}, []string{`processing["2.6"].choices conflict`}},
		{"a number, a text and boxes where the question takes none", func(a *dpia.Assessment) {
			a.Lawfulness["1.1"] = dpia.Response{Number: 3, Text: "x", Choices: []string{"a"}}
			a.Processing["4.1"] = dpia.Response{Number: -1}
		}, []string{`processing["4.1"].number out_of_range`, `lawfulness["1.1"].choices unsupported`, `lawfulness["1.1"].number unsupported`, `lawfulness["1.1"].text unsupported`}},
		{"an attachment that is no annex", func(a *dpia.Assessment) {
			a.Processing["2.7"] = dpia.Response{Attachments: []string{"1", "9", "1"}}
		}, []string{`processing["2.7"].attachments[1] unknown_code`, `processing["2.7"].attachments[2] duplicate`}},
		{"annexes without ID or title, or twice", func(a *dpia.Assessment) {
			a.Annexes = append(a.Annexes, dpia.Annex{ID: "1", Title: ""}, dpia.Annex{})
		}, []string{"annexes[2].id duplicate", "annexes[2].title required", "annexes[3].id required", "annexes[3].title required"}},
		{"a risk that does not validate on the matrix", func(a *dpia.Assessment) {
			a.Risks[0].Inherent.Probability = 5 // the template's "1-5" is a known error
		}, []string{"risks[0].inherent.probability out_of_range"}},
		{"a threat both assessed and not relevant, twice, and one without reason", func(a *dpia.Assessment) {
			a.NotRelevant = append(a.NotRelevant, dpia.ThreatNote{Threat: risk.AccessControl, Reason: "x"},
				dpia.ThreatNote{Threat: risk.Physical, Reason: "x"}, dpia.ThreatNote{Threat: "nope"})
		}, []string{"notRelevant[11].threat conflict", "notRelevant[12].threat duplicate", "notRelevant[13].threat required", "notRelevant[13].reason required"}},
		{"action-plan steps that point nowhere", func(a *dpia.Assessment) {
			a.ActionPlan = append(a.ActionPlan, dpia.PlanStep{Risk: 99, How: "x"}, dpia.PlanStep{Risk: 0, Measure: 3, How: "x"},
				dpia.PlanStep{Risk: riskBlurring, Measure: 0})
		}, []string{"actionPlan[2].risk out_of_range", "actionPlan[3].measure out_of_range", "actionPlan[4] duplicate", "actionPlan[4].how required"}},
		{"revisions out of order and undated", func(a *dpia.Assessment) {
			a.Revisions = append(a.Revisions, dpia.Revision{Version: "0.0", Date: date("2025-12-01")}, dpia.Revision{Version: "2"})
		}, []string{"revisions[2].date order", "revisions[3].date required"}},
		{"an incomplete screening", func(a *dpia.Assessment) { a.Screening.Answers = a.Screening.Answers[:7] },
			[]string{"screening.answers required"}},
		{"views both sought and not", func(a *dpia.Assessment) {
			a.Views = dpia.Views{Sought: dpia.Yes, Reasons: []dpia.NoViewReason{dpia.NoContact}}
		}, []string{"views.reasons conflict"}},
		{"views with unknown and repeated methods", func(a *dpia.Assessment) {
			a.Views = dpia.Views{Sought: dpia.No, Methods: []dpia.ViewMethod{dpia.Interview, dpia.Interview, 99}, Reasons: []dpia.NoViewReason{0}}
		}, []string{"views.methods[1] duplicate", "views.methods[2] unknown_code", "views.reasons[0] unknown_code", "views.methods conflict"}},
		{"Datatilsynet answers before the request", func(a *dpia.Assessment) {
			a.Consultation = dpia.Consultation{Submitted: date("2026-03-01"), Answered: date("2026-02-01")}
		}, []string{"consultation.answered order"}},
		{"an answer without a request, extended", func(a *dpia.Assessment) {
			a.Consultation = dpia.Consultation{Answered: date("2026-02-01"), Extended: date("2026-01-20")}
		}, []string{"consultation.submitted required", "consultation.extended conflict"}},
		{"an extension before the request, an outcome without an answer", func(a *dpia.Assessment) {
			a.Consultation = dpia.Consultation{Submitted: date("2026-02-01"), Extended: date("2026-01-20"), Outcome: dpia.Proceed}
		}, []string{"consultation.extended order", "consultation.answered required"}},
		{"conditions on a ban, a condition met before the answer, without text", func(a *dpia.Assessment) {
			a.Consultation = dpia.Consultation{Submitted: date("2026-02-01"), Answered: date("2026-03-01"), Outcome: dpia.Ban,
				Conditions: []dpia.Condition{{Met: date("2026-02-15")}}}
		}, []string{"consultation.conditions conflict", "consultation.conditions[0].text required", "consultation.conditions[0].met order"}},
		{"an order without the changes it orders, an unknown outcome", func(a *dpia.Assessment) {
			a.Consultation = dpia.Consultation{Submitted: date("2026-02-01"), Answered: date("2026-03-01"), Outcome: dpia.Order}
		}, []string{"consultation.conditions required"}},
		{"a share of a processor the record does not name, twice, with a repeated and an unknown purpose", func(a *dpia.Assessment) {
			a.Sharing = []dpia.Sharing{{Processor: "Ukendt A/S", Purposes: []dpia.SharingPurpose{dpia.Marketing, dpia.Marketing, 99}},
				{Processor: "Ukendt A/S"}, {}}
		}, []string{"sharing[0].processor conflict", "sharing[0].purposes[1] duplicate", "sharing[0].purposes[2] unknown_code",
			"sharing[1].processor duplicate", "sharing[2].processor required"}},
		{"monitoring with a malformed interval, an undated review and a change without kind", func(a *dpia.Assessment) {
			a.Monitoring.Interval.Count = 0
			a.Monitoring.Reviews = []dpia.Review{{}}
			a.Monitoring.Changes = []dpia.Change{{Date: date("2026-05-01")}}
		}, []string{"monitoring.interval out_of_range", "monitoring.reviews[0].date required", "monitoring.changes[0].kind required"}},
		{"a DPO recommendation without topic, involvement out of order", func(a *dpia.Assessment) {
			a.DPO.Recommendations = append(a.DPO.Recommendations, dpia.Recommendation{Recommendation: "x"})
			a.DPO.Involvement = append(a.DPO.Involvement, dpia.Involvement{Date: date("2026-01-01"), Description: "x"})
		}, []string{"dpo.recommendations[2].topic required", "dpo.involvement[2].date order"}},
		{"conditions on a plain approval", func(a *dpia.Assessment) { a.Approval.Conditions = "x" }, []string{"approval.conditions conflict"}},
		{"a name and date without a verdict", func(a *dpia.Assessment) { a.Approval.Verdict = 0 }, []string{"approval.verdict required"}},
		{"an impossible date", func(a *dpia.Assessment) { a.Approval.Date = gdpr.Date{Year: 2026, Month: 2, Day: 30} }, []string{"approval.date malformed"}},
		{"an unknown status, scope kind and duplicate scope", func(a *dpia.Assessment) {
			a.Status = 9
			a.Scope = append(a.Scope, dpia.ScopeItem{Kind: dpia.ScopeCloud, Included: dpia.NotRelevant}, dpia.ScopeItem{})
		}, []string{"status unknown_code", "scope[5].kind duplicate", "scope[5].included unsupported", "scope[6].kind required"}},
		{"text that is not UTF-8", func(a *dpia.Assessment) { a.Conclusion = "\xff" }, []string{"conclusion malformed"}},
		{"an agreement referred to twice or blank", func(a *dpia.Assessment) { a.AgreementIDs = []string{"A", "A", " "} },
			[]string{"agreementIds[1] duplicate", "agreementIds[2] required"}},
		{"a note on an unknown key question", func(a *dpia.Assessment) { a.SummaryNotes[dpia.KeyQuestion(9)] = "x" },
			[]string{"summaryNotes unknown_code"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := startedDPIA()
			tc.change(&a)
			assert.Equal(t, tc.want, problemPaths(t, a.Validate()))
		})
	}
}

// TestWithRecord: an assessment that only refers to its record embeds it
// for reporting; another record is refused.
func TestWithRecord(t *testing.T) {
	a := startedDPIA()
	rec := *a.Record
	a.Record = nil
	b, err := a.WithRecord(rec)
	require.NoError(t, err)
	assert.Equal(t, startedDPIA(), b)
	other := rec
	other.ID = "another"
	_, err = a.WithRecord(other)
	assert.ErrorIs(t, err, dpia.ErrRecordMismatch)
	assert.ErrorIs(t, err, gdpr.ErrInvalid)
}
