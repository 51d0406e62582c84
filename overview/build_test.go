package overview_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/dkgdpr/gdpr/screening"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCleanMunicipalityHasNoFindings(t *testing.T) {
	r := build(t, clean())
	assert.Empty(t, r.Findings, lines(r.Findings))
	assert.Empty(t, r.Counts)
	assert.Empty(t, r.Rules)
	assert.Empty(t, r.Overdue)
	assert.Zero(t, r.Count(0, 0))
	assert.Equal(t, gdpr.MustParseDate("2026-03-02"), r.Today)
	assert.Equal(t, gdpr.MustParseDate("2026-04-01"), r.Until)
	assert.Equal(t, 30, r.Horizon)
}

// linkCase breaks one thing in the clean municipality and names the finding
// of the overview's own rules that must follow.
type linkCase struct {
	name   string
	break_ func(t *testing.T, m *overview.Municipality)
	rule   string
	area   overview.Area
	id     string
	path   string
}

func linkCases() []linkCase {
	recID, agrID := gdprtest.RecordID, gdprtest.AgreementID
	incID, reqID := gdprtest.Incident().ID, gdprtest.Request().ID
	return []linkCase{
		{"a record with an unknown status code is invalid",
			func(t *testing.T, m *overview.Municipality) { m.Records[0].Status = ropa.Status(9) },
			"overview.invalid", overview.Records, recID, "records[0].status"},
		{"a screening with a criterion unanswered is invalid, and cannot be assessed",
			func(t *testing.T, m *overview.Municipality) {
				m.Screenings[0].Screening.Answers = m.Screenings[0].Screening.Answers[1:]
			},
			"overview.invalid", overview.Screenings, gdprtest.ScreeningID, "screenings[0].screening.answers"},
		{"a screening id with surrounding space is invalid",
			func(t *testing.T, m *overview.Municipality) {
				m.Screenings[0].ID = " " + gdprtest.ScreeningID
				m.Records[0].ScreeningID = m.Screenings[0].ID
			},
			"overview.invalid", overview.Screenings, " " + gdprtest.ScreeningID, "screenings[0].id"},
		{"a breach that names an empty record id is invalid",
			func(t *testing.T, m *overview.Municipality) { m.Breaches[0].RecordIDs = []string{recID, ""} },
			"overview.invalid", overview.Breaches, incID, "breaches[0].recordIds[1]"},
		{"a request without its kind is invalid",
			func(t *testing.T, m *overview.Municipality) { m.Requests[0].Request.Kind = 0 },
			"overview.invalid", overview.Requests, reqID, "requests[0].request.kind"},
		{"a risk without a threat is invalid on its matrix",
			func(t *testing.T, m *overview.Municipality) { m.Risks[0].Assessments[2].Threat = "" },
			"overview.invalid", overview.Risks, gdprtest.RiskAssessmentID, "risks[0].assessments[2].threat"},
		{"two agreements with the same id: the second is the duplicate",
			func(t *testing.T, m *overview.Municipality) {
				m.Agreements = append(m.Agreements, gdprtest.Agreement())
			},
			"overview.duplicate_id", overview.Agreements, agrID, "agreements[1].id"},
		{"two breaches with the same id",
			func(t *testing.T, m *overview.Municipality) {
				m.Breaches = append(m.Breaches, m.Breaches[0])
			},
			"overview.duplicate_id", overview.Breaches, incID, "breaches[1].incident.id"},
		{"two requests with the same case number",
			func(t *testing.T, m *overview.Municipality) {
				m.Requests = append(m.Requests, overview.Request{Request: gdprtest.Request()})
			},
			"overview.duplicate_id", overview.Requests, reqID, "requests[1].request.id"},
		{"an agreement lists a record that does not exist",
			func(t *testing.T, m *overview.Municipality) {
				m.Agreements[0].Records = append(m.Agreements[0].Records, "skole-ukendt")
			},
			"overview.record_unknown", overview.Agreements, agrID, "agreements[0].records[1]"},
		{"a breach concerns a record that does not exist",
			func(t *testing.T, m *overview.Municipality) { m.Breaches[0].RecordIDs = []string{"skole-ukendt"} },
			"overview.record_unknown", overview.Breaches, incID, "breaches[0].recordIds[0]"},
		{"a request concerns a record that does not exist",
			func(t *testing.T, m *overview.Municipality) { m.Requests[0].RecordIDs = []string{"skole-ukendt"} },
			"overview.record_unknown", overview.Requests, reqID, "requests[0].recordIds[0]"},
		{"a consent covers a record that does not exist",
			func(t *testing.T, m *overview.Municipality) {
				c := consent(t, "samtykke-1")
				c.RecordID = "skole-ukendt"
				m.Consents = []ropa.Consent{c}
			},
			"overview.record_unknown", overview.Consents, "samtykke-1", "consents[0].recordId"},
		{"a consent covers a purpose the record does not have",
			func(t *testing.T, m *overview.Municipality) {
				c := consent(t, "samtykke-1")
				c.PurposeID = "nyhedsbrev"
				m.Consents = []ropa.Consent{c}
			},
			"overview.purpose_unknown", overview.Consents, "samtykke-1", "consents[0].purposeId"},
		{"a record refers to an agreement that does not exist",
			func(t *testing.T, m *overview.Municipality) { m.Records[0].Processors[0].AgreementID = "DBA-ukendt" },
			"overview.agreement_unknown", overview.Records, recID, "records[0].processors[0].agreementId"},
		{"a breach names an agreement that does not exist",
			func(t *testing.T, m *overview.Municipality) { m.Breaches[0].AgreementIDs = []string{"DBA-ukendt"} },
			"overview.agreement_unknown", overview.Breaches, incID, "breaches[0].agreementIds[0]"},
		{"a record's screening id points nowhere",
			func(t *testing.T, m *overview.Municipality) { m.Records[0].ScreeningID = "screening-ukendt" },
			"overview.screening_unknown", overview.Records, recID, "records[0].screeningId"},
		{"a record's DPIA id points nowhere",
			func(t *testing.T, m *overview.Municipality) { m.Records[0].DPIAID = "dpia-ukendt" },
			"overview.dpia_unknown", overview.Records, recID, "records[0].dpiaId"},
		{"a record names the DPIA of another record",
			func(t *testing.T, m *overview.Municipality) {
				other := gdprtest.Record()
				other.ID, other.Name, other.DPIAID = "hjemmepleje-nat", "Nattevagt i hjemmeplejen", ""
				m.Records = append(m.Records, other)
				m.DPIAs[0].RecordID = other.ID
			},
			"overview.dpia_record_mismatch", overview.Records, recID, "records[0].dpiaId"},
		{"the record a DPIA assesses does not name it",
			func(t *testing.T, m *overview.Municipality) { m.Records[0].DPIAID = "" },
			"overview.dpia_record_unlinked", overview.DPIAs, gdprtest.DPIAID, "dpias[0].recordId"},
		{"a DPIA assesses a record that does not exist",
			func(t *testing.T, m *overview.Municipality) { m.DPIAs[0].RecordID = "hjemmepleje-ukendt" },
			"overview.record_unknown", overview.DPIAs, gdprtest.DPIAID, "dpias[0].recordId"},
		{"a DPIA with an unknown status code is invalid",
			func(t *testing.T, m *overview.Municipality) { m.DPIAs[0].Status = 9 },
			"overview.invalid", overview.DPIAs, gdprtest.DPIAID, "dpias[0].status"},
		{"two DPIAs with the same id",
			func(t *testing.T, m *overview.Municipality) { m.DPIAs = append(m.DPIAs, sampleDPIA()) },
			"overview.duplicate_id", overview.DPIAs, gdprtest.DPIAID, "dpias[1].id"},
		{"a record's risk assessment id points nowhere",
			func(t *testing.T, m *overview.Municipality) { m.Records[0].RiskAssessmentID = "risiko-ukendt" },
			"overview.risk_unknown", overview.Records, recID, "records[0].riskAssessmentId"},
		{"a record with health data and neither a screening nor a DPIA (GDPR art. 35(1); WP248 rev.01 III.B.a, criterion 4)",
			func(t *testing.T, m *overview.Municipality) {
				m.Records[0].ScreeningID, m.Records[0].DPIAID = "", ""
			},
			"overview.screening_missing", overview.Records, recID, "records[0].screeningId"},
		{"the screening decided to carry out a DPIA and the record names none",
			func(t *testing.T, m *overview.Municipality) { m.Records[0].DPIAID = "" },
			"overview.dpia_missing", overview.Records, recID, "records[0].dpiaId"},
		{"the screening requires a DPIA and nothing is decided yet",
			func(t *testing.T, m *overview.Municipality) {
				m.Records[0].DPIAID = ""
				m.Screenings[0].Screening.Decision = 0
				m.Screenings[0].Screening.DecisionReason = gdpr.NewPersonal("")
			},
			"overview.dpia_missing", overview.Records, recID, "records[0].dpiaId"},
		{"a high inherent risk and no DPIA (GDPR art. 35(1))",
			func(t *testing.T, m *overview.Municipality) {
				m.Records[0].DPIAID = ""
				m.Records[0].ScreeningID = ""
				m.Risks[0].Assessments[0].Inherent = risk.Estimate{Consequence: risk.Severe, Probability: risk.Expected}
			},
			"overview.high_risk_no_dpia", overview.Records, recID, "records[0].riskAssessmentId"},
		{"the agreement a record names does not list the record",
			func(t *testing.T, m *overview.Municipality) { m.Agreements[0].Records = nil },
			"overview.agreement_record_unlisted", overview.Records, recID, "records[0].processors[0].agreementId"},
		{"an agreement nothing refers to and that lists nothing",
			func(t *testing.T, m *overview.Municipality) {
				m.Agreements[0].Records = nil
				m.Records[0].Processors[0].AgreementID = ""
			},
			"overview.agreement_unused", overview.Agreements, agrID, "agreements[0].records"},
		{"a screening no record refers to",
			func(t *testing.T, m *overview.Municipality) { m.Records[0].ScreeningID = "" },
			"overview.screening_unused", overview.Screenings, gdprtest.ScreeningID, "screenings[0].id"},
		{"a risk assessment no record refers to",
			func(t *testing.T, m *overview.Municipality) { m.Records[0].RiskAssessmentID = "" },
			"overview.risk_unused", overview.Risks, gdprtest.RiskAssessmentID, "risks[0].id"},
		{"an open breach at a processor found by name, whose agreement lacks art. 28(3)(f)",
			func(t *testing.T, m *overview.Municipality) {
				openAtProcessor(m)
				m.Agreements[0].Clauses[dpa.AssistanceClause] = false
			},
			"overview.breach_assistance_missing", overview.Breaches, incID, "breaches[0].incident.processors"},
		{"an open breach under a given agreement that lacks art. 28(3)(f)",
			func(t *testing.T, m *overview.Municipality) {
				openAtProcessor(m)
				m.Breaches[0].AgreementIDs = []string{agrID}
				delete(m.Agreements[0].Clauses, dpa.AssistanceClause)
			},
			"overview.breach_assistance_missing", overview.Breaches, incID, "breaches[0].agreementIds[0]"},
		{"a breach at a processor none of the records' agreements is with",
			func(t *testing.T, m *overview.Municipality) {
				openAtProcessor(m)
				m.Breaches[0].Incident.Processors[0].Name = "Ukendt Leverandør ApS"
			},
			"overview.breach_processor_unlinked", overview.Breaches, incID, "breaches[0].incident.processors"},
		{"a breach that names no record",
			func(t *testing.T, m *overview.Municipality) { m.Breaches[0].RecordIDs = nil },
			"overview.breach_records_missing", overview.Breaches, incID, "breaches[0].recordIds"},
	}
}

// openAtProcessor makes the sample breach one at the sample agreement's
// processor that is not yet notified: it became known 10 hours before now.
func openAtProcessor(m *overview.Municipality) {
	inc := &m.Breaches[0].Incident
	inc.AwareAt = gdprtest.Now().Add(-hours(10))
	inc.DiscoveredAt = inc.AwareAt.Add(-hours(1))
	inc.OccurredAt = breach.Span{From: inc.DiscoveredAt.Add(-hours(1))}
	inc.Processors = []breach.ProcessorNotice{{Name: "omsorgsdata a/s ", AwareAt: inc.DiscoveredAt, NotifiedAt: inc.AwareAt}}
	inc.Notifications = nil
	inc.SubjectNotices = nil
}

func TestLinks(t *testing.T) {
	for _, tc := range linkCases() {
		t.Run(tc.name, func(t *testing.T) {
			m := clean()
			tc.break_(t, &m)
			r := build(t, m)
			fs := withRule(r, tc.rule)
			i := slices.IndexFunc(fs, func(f overview.Finding) bool { return f.Path == tc.path })
			require.GreaterOrEqual(t, i, 0, "want %s at %s, got%s", tc.rule, tc.path, lines(r.Findings))
			f := fs[i]
			assert.Equal(t, tc.area, f.Area)
			assert.Equal(t, tc.id, f.ID)
			assert.True(t, strings.HasPrefix(f.Path, tc.area.String()+"["), "the path starts at the area: %s", f.Path)
			rule := ruleOf(t, tc.rule)
			assert.Equal(t, rule.Severity, f.Severity)
			assert.Equal(t, rule.Reference, f.Reference)
			assert.True(t, strings.HasPrefix(f.Text.Da, rule.Text.Da) && strings.HasPrefix(f.Text.En, rule.Text.En))
			assert.Equal(t, len(fs), r.CountRule(tc.rule))
		})
	}
}

func ruleOf(t *testing.T, id string) gdpr.Rule {
	t.Helper()
	i := slices.IndexFunc(overview.Rules(), func(r gdpr.Rule) bool { return r.ID == id })
	require.GreaterOrEqual(t, i, 0, "%s is in Rules()", id)
	return overview.Rules()[i]
}

// TestEveryRuleIsTriggered proves that every rule of Rules() is triggered by
// a case of TestLinks and that every overview.* id emitted there is in
// Rules().
func TestEveryRuleIsTriggered(t *testing.T) {
	emitted := map[string]bool{}
	for _, tc := range linkCases() {
		m := clean()
		tc.break_(t, &m)
		for _, f := range build(t, m).Findings {
			if strings.HasPrefix(f.Rule, "overview.") {
				emitted[f.Rule] = true
			}
		}
	}
	var listed []string
	for _, r := range overview.Rules() {
		listed = append(listed, r.ID)
		assert.True(t, emitted[r.ID], "rule %s is triggered by some case", r.ID)
	}
	for id := range emitted {
		assert.Contains(t, listed, id, "emitted rule %s is in Rules()", id)
	}
}

func TestRulesAreWellFormed(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range overview.Rules() {
		assert.False(t, seen[r.ID], "%s once", r.ID)
		seen[r.ID] = true
		assert.Regexp(t, `^overview\.[a-z0-9]+(_[a-z0-9]+)*$`, r.ID)
		assert.True(t, r.Severity.Valid(), r.ID)
		assert.NotEmpty(t, r.Reference, r.ID)
		assert.NotEmpty(t, r.Text.Da, r.ID)
		assert.NotEmpty(t, r.Text.En, r.ID)
	}
	rs := overview.Rules()
	rs[0].ID = "changed"
	assert.NotEqual(t, "changed", overview.Rules()[0].ID, "Rules returns a fresh copy")
}

// TestNoFalseLinks: situations close to a broken link that are fine.
func TestNoFalseLinks(t *testing.T) {
	tests := []struct {
		name   string
		change func(m *overview.Municipality)
		absent []string
	}{
		{"a sub-processor's reference to the processor's agreement needs no listing",
			func(m *overview.Municipality) { m.Records[0].Processors[1].AgreementID = gdprtest.AgreementID },
			[]string{"overview.agreement_record_unlisted", "overview.agreement_unknown"}},
		{"a record whose DPIA holds the screening needs no screening of its own",
			func(m *overview.Municipality) { m.Records[0].ScreeningID = "" },
			[]string{"overview.screening_missing"}},
		{"an ended record with health data needs no screening now",
			func(m *overview.Municipality) {
				m.Records[0].Status = ropa.Ended
				m.Records[0].ScreeningID, m.Records[0].DPIAID = "", ""
			},
			[]string{"overview.screening_missing"}},
		{"a record with only ordinary data needs no screening",
			func(m *overview.Municipality) {
				m.Records[0].ScreeningID = ""
				m.Records[0].Subjects = []ropa.SubjectCategory{{Category: gdpr.Citizens.Category(),
					DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.ContactDetails}}}
			},
			[]string{"overview.screening_missing"}},
		{"a DPIA declined with reasons where only one criterion is met",
			func(m *overview.Municipality) {
				s := &m.Screenings[0].Screening
				s.Answers[6].Answer = screening.No // vulnerable subjects: only sensitive data is left
				s.Decision = screening.Decline
				s.DecisionReason = gdpr.NewPersonal("Kun ét kriterium er opfyldt, og risikoen er lav.")
				m.Records[0].DPIAID = ""
			},
			[]string{"overview.dpia_missing"}},
		{"a breach at the processor that is notified and closed does not need the clause now",
			func(m *overview.Municipality) {
				inc := &m.Breaches[0].Incident
				inc.Processors = []breach.ProcessorNotice{{Name: "Omsorgsdata A/S", AwareAt: inc.AwareAt.Add(-hours(1)), NotifiedAt: inc.AwareAt}}
				m.Agreements[0].Clauses[dpa.AssistanceClause] = false
			},
			[]string{"overview.breach_assistance_missing", "overview.breach_processor_unlinked"}},
		{"an agreement whose processing has ended may serve nothing",
			func(m *overview.Municipality) {
				m.Agreements[0].Records = nil
				m.Agreements[0].ProcessingEnded = gdpr.MustParseDate("2026-01-31")
				m.Records[0].Processors[0].AgreementID = ""
			},
			[]string{"overview.agreement_unused"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := clean()
			tc.change(&m)
			r := build(t, m)
			for _, id := range tc.absent {
				assert.Empty(t, withRule(r, id), "no %s, got%s", id, lines(r.Findings))
			}
		})
	}
}

// TestPackageFindings: each package's findings come through with their own
// rule ids and paths that start at the municipality.
func TestPackageFindings(t *testing.T) {
	tests := []struct {
		name   string
		change func(t *testing.T, m *overview.Municipality)
		rule   string
		area   overview.Area
		path   string
	}{
		{"ropa: a record without erasure time limits (GDPR art. 30(1)(f))",
			func(t *testing.T, m *overview.Municipality) { m.Records[0].Retention = nil },
			"ropa.retention_missing", overview.Records, "records[0]"},
		{"ropa: a consent without an expiry",
			func(t *testing.T, m *overview.Municipality) {
				c := consent(t, "samtykke-1")
				c.Expires = time.Time{}
				m.Consents = []ropa.Consent{c}
			},
			"ropa.consent_expiry_missing", overview.Consents, "consents[0].expires"},
		{"dpa: an agreement without the audit clause (GDPR art. 28(3)(h))",
			func(t *testing.T, m *overview.Municipality) { m.Agreements[0].Clauses[dpa.AuditClause] = false },
			"dpa.clause_missing", overview.Agreements, "agreements[0].clauses"},
		{"dpa: the record processes data the agreement does not list",
			func(t *testing.T, m *overview.Municipality) {
				m.Agreements[0].DataTypes = slices.DeleteFunc(m.Agreements[0].DataTypes,
					func(d gdpr.DataType) bool { return d == gdpr.Health })
			},
			"dpa.data_not_listed", overview.Agreements, "agreements[0]"},
		{"screening: one criterion met and no decision yet (WP248 rev.01 III.B.a)",
			func(t *testing.T, m *overview.Municipality) {
				m.Screenings[0].Screening.Answers[6].Answer = screening.No
				m.Screenings[0].Screening.Decision = 0
				m.Screenings[0].Screening.DecisionReason = gdpr.NewPersonal("")
			},
			"screening.decision_missing", overview.Screenings, "screenings[0].screening"},
		{"risk: a measure past its due day",
			func(t *testing.T, m *overview.Municipality) {
				m.Risks[0].Assessments[0].Measures[1].Due = gdpr.MustParseDate("2026-02-01")
			},
			"risk.measure_overdue", overview.Risks, "risks[0].assessments[0].measures[1]"},
		{"breach: not notified 100 hours after awareness (GDPR art. 33(1))",
			func(t *testing.T, m *overview.Municipality) {
				m.Breaches[0].Incident.Notifications = nil
				m.Breaches[0].Incident.SubjectNotices = nil
				m.Breaches[0].Incident.AwareAt = gdprtest.Now().Add(-hours(100))
				m.Breaches[0].Incident.DiscoveredAt = m.Breaches[0].Incident.AwareAt
				m.Breaches[0].Incident.OccurredAt = breach.Span{}
			},
			"breach.notification_overdue", overview.Breaches, "breaches[0].incident"},
		{"dpia: the DPIA refers to an agreement that does not exist (GDPR art. 28(3))",
			func(t *testing.T, m *overview.Municipality) { m.DPIAs[0].AgreementIDs = []string{"DBA-ukendt"} },
			"dpia.agreement_missing", overview.DPIAs, "dpias[0].agreementIds[0]"},
		{"dpia: the DPIA says the processor is supervised (7.3) while its agreement has no plan",
			func(t *testing.T, m *overview.Municipality) {
				m.Agreements[0].Plan = dpa.Plan{}
				m.Agreements[0].Supervisions = nil
			},
			"dpia.answer_contradicts_agreements", overview.DPIAs, "dpias[0].processing"},
		{"rights: a request not answered within the month (GDPR art. 12(3))",
			func(t *testing.T, m *overview.Municipality) {
				m.Requests[0].Request.ReceivedAt = gdprtest.Now().AddDate(0, -2, 0)
				m.Requests[0].Request.IdentityConfirmedAt = m.Requests[0].Request.ReceivedAt
			},
			"rights.overdue", overview.Requests, "requests[0].request"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := clean()
			tc.change(t, &m)
			r := build(t, m)
			fs := withRule(r, tc.rule)
			require.NotEmpty(t, fs, "want %s, got%s", tc.rule, lines(r.Findings))
			assert.Equal(t, tc.area, fs[0].Area)
			assert.True(t, strings.HasPrefix(fs[0].Path, tc.path), "path %q starts with %q", fs[0].Path, tc.path)
			assert.Empty(t, withRule(r, "overview.invalid"), "the change keeps the input valid:%s", lines(r.Findings))
		})
	}
}
