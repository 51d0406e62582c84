package api

import (
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// at follows a path such as "decision.drivers[0]" in decoded JSON; nil
// when it leads nowhere.
func at(v any, path string) any {
	for _, part := range strings.Split(path, ".") {
		key, rest, _ := strings.Cut(part, "[")
		if key != "" {
			o, ok := v.(map[string]any)
			if !ok {
				return nil
			}
			v = o[key]
		}
		for rest != "" {
			idx, after, _ := strings.Cut(rest, "]")
			i, _ := strconv.Atoi(idx)
			a, ok := v.([]any)
			if !ok || i >= len(a) {
				return nil
			}
			v = a[i]
			rest = strings.TrimPrefix(after, "[")
		}
	}
	return v
}

// rules lists the rule ids of the findings at path.
func rules(v any, path string) []string {
	var out []string
	list, _ := at(v, path).([]any)
	for _, f := range list {
		id, _ := at(f, "rule").(string)
		out = append(out, id)
	}
	return out
}

// body encodes a request for a test.
func body(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}

const now = "2026-03-02T10:00:00+01:00" // gdprtest.Now()

// The operations added for a case system, each on a case of the law or of
// the municipal DPIA template: the value at a path of the response, the
// rules among its findings, and the findings count the command exits on.
func TestCaseOperations(t *testing.T) {
	record := gdprtest.Record()
	noTransfers := gdprtest.Record()
	noTransfers.Transfers = nil
	unsigned := gdprtest.Agreement()
	unsigned.Signed = gdpr.Date{}
	noScreening := gdprtest.DPIA()
	noScreening.Screening = nil
	highRisk := gdprtest.Risks()[:1]
	highRisk[0].Residual = highRisk[0].Inherent
	highRisk[0].Inherent.Consequence, highRisk[0].Inherent.Probability = 4, 4
	highRisk[0].Residual.Consequence, highRisk[0].Residual.Probability = 4, 4
	highRisk[0].Measures = nil
	kleDefect := readFile(t, "../ropa/testdata/os2compliance/kle-defect.json")
	unknownBasis := readFile(t, "../ropa/testdata/os2compliance/unknown-basis.json")

	tests := []struct {
		name     string
		op, body string
		want     map[string]any // path: value
		rules    []string       // among the findings
		absent   []string       // not among them
		findings string         // the path of the findings list, when counted
	}{
		{name: "portability never applies to a public task (GDPR art. 20(3))", op: "rights/applicable",
			body: `{"kind": "portability", "basis": "art6_1_e", "facts": {"automatedMeans": true}}`,
			want: map[string]any{"applicability.verdict": "does_not_apply", "applicability.grounds[0]": "not_applicable"}},
		{name: "erasure applies to consent, withdrawn consent being a ground (GDPR art. 17(1)(b))", op: "rights/applicable",
			body: `{"kind": "erasure", "basis": "art6_1_a", "lang": "en"}`,
			want: map[string]any{"applicability.verdict": "applies"}},
		{name: "an objection to direct marketing applies whatever the basis (GDPR art. 21(2) and (3))", op: "rights/applicable",
			body: `{"kind": "objection", "basis": "art6_1_c", "facts": {"directMarketing": true}}`,
			want: map[string]any{"applicability.verdict": "applies"}},
		{name: "an access request unanswered after its month is overdue (GDPR art. 12(3))", op: "rights/review",
			body:  `{"now": "2025-03-03T09:00:00+01:00", "requests": [{"id": "A-1", "kind": "access", "receivedAt": "2025-01-31T16:45:00+01:00"}, {"kind": "access", "receivedAt": "2025-02-27T10:00:00+01:00"}]}`,
			want:  map[string]any{"total": float64(2), "overdue[0].id": "A-1", "overdue[0].state.status": "overdue", "dueSoon": []any{}},
			rules: []string{"rights.overdue"}, findings: "findings"},
		{name: "due within five working days: received 27 February 2025, due 27 March (GDPR art. 12(3))", op: "rights/review",
			body: `{"now": "2025-03-21T09:00:00+01:00", "within": 5, "requests": [{"kind": "access", "receivedAt": "2025-02-27T10:00:00+01:00"}]}`,
			want: map[string]any{"dueSoon[0].index": float64(0), "dueSoon[0].state.deadline.day": "2025-03-27", "overdue": []any{}}},
		{name: "health data of a vulnerable person: notify within 72 hours and tell the data subject (GDPR art. 33(1), 34(1))", op: "breach/decide",
			body: body(t, map[string]any{"incident": gdprtest.Incident()}),
			want: map[string]any{"decision.risk": "high_risk", "decision.notifyAuthority": true, "decision.informSubjects": true, "decision.drivers[0]": "special_categories"}},
		{name: "a trusted recipient bound by secrecy deleted the data and confirmed it: document only (EDPB Guidelines 01/2021, section 4.2)", op: "breach/decide",
			body: `{"lang": "en", "incident": {"awareAt": "2025-03-28T14:30:00+01:00", "dataTypes": ["name", "cpr_number"], "identification": "maximum", "confidentiality": "known_recipients", "trustedRecipients": true, "retrieval": "confirmed"}}`,
			want: map[string]any{"decision.risk": "unlikely", "decision.notifyAuthority": false, "decision.drivers[0]": "trusted_recipient"}},
		{name: "health data, fully identifiable, sent to a known recipient: SE = 4 × 1 + 0.25, very high (ENISA 2013 severity method)", op: "breach/severity",
			body: body(t, map[string]any{"incident": gdprtest.Incident()}),
			want: map[string]any{"score.dpc": "4", "score.ei": "1", "score.cb": "0.25", "score.se": "4.25", "score.level": "very_high"}},
		{name: "names only, fully identifiable, known recipients: SE = 1 × 1 + 0.25, low (ENISA 2013 severity method)", op: "breach/severity",
			body: `{"incident": {"awareAt": "2025-03-28T14:30:00+01:00", "dataTypes": ["name"], "identification": "maximum", "confidentiality": "known_recipients"}}`,
			want: map[string]any{"score.se": "1.25", "score.level": "low"}},
		{name: "health data suggest the criterion of sensitive data (WP248 rev.01 III.B.a, criterion 4)", op: "screening/suggest",
			body: `{"facts": {"dataTypes": ["health"], "subjectsPerYear": 200}}`,
			want: map[string]any{"suggestions[3].criterion": "sensitive_data", "suggestions[3].answer": "yes", "findings": []any{}}},
		{name: "a person's no against health data is a finding to check (WP248 rev.01 III.B.a)", op: "screening/suggest",
			body:  body(t, map[string]any{"facts": map[string]any{"dataTypes": []string{"health"}}, "screening": noSensitive(t)}),
			rules: []string{"screening.suggestion_disagrees"}, findings: "findings"},
		{name: "the risk of the template's matrix: consequence 4 and probability 4 is high, 16 (the municipal DPIA template)", op: "risk/summarize",
			body: body(t, map[string]any{"set": map[string]any{"assessments": highRisk}}),
			want: map[string]any{"summary.highestResidual": "high", "summary.priorConsultation": true}},
		{name: "a residual risk that stays high calls for prior consultation (GDPR art. 36(1))", op: "risk/decide",
			body: body(t, map[string]any{"set": map[string]any{"assessments": highRisk}}),
			want: map[string]any{"decision.priorConsultation": true, "decision.action": "stop"}},
		{name: "the template's risks, brought down by their measures, are accepted (the municipal DPIA template)", op: "risk/decide",
			body: body(t, map[string]any{"set": map[string]any{"assessments": gdprtest.Risks()}}),
			want: map[string]any{"decision.priorConsultation": false, "decision.action": "accept"}},
		{name: "a complete record has no findings (GDPR art. 30(1))", op: "ropa/check",
			body: body(t, map[string]any{"now": now, "record": record, "agreements": []dpa.Agreement{gdprtest.Agreement()}}),
			want: map[string]any{"findings": []any{}}},
		{name: "an agreement reaching the United States that the record does not list as a transfer (GDPR art. 30(1)(e), 44)", op: "ropa/check",
			body:  body(t, map[string]any{"now": now, "record": noTransfers, "agreements": []dpa.Agreement{gdprtest.Agreement()}}),
			rules: []string{"ropa.agreement_transfer_not_recorded"}, findings: "findings"},
		{name: "without the agreement, nothing to reconcile", op: "ropa/check",
			body:   body(t, map[string]any{"now": now, "record": noTransfers}),
			absent: []string{"ropa.agreement_transfer_not_recorded"}, findings: "findings"},
		{name: "a register's template is checked apart from its records", op: "ropa/check",
			body: body(t, map[string]any{"now": now, "register": ropa.Register{Records: []ropa.Record{record, template(t)}}}),
			want: map[string]any{"findings": []any{}, "templateFindings[0].path": "register.records[1].controller"}},
		{name: "KL's main group \"4.\" is left out, not guessed", op: "ropa/import-os2compliance",
			body:  body(t, map[string]any{"files": []ImportFile{{Name: "kle-defect.json", Content: kleDefect}, {Name: "unknown-basis.json", Content: unknownBasis}}}),
			want:  map[string]any{"register.records[0].id": "kle-defect", "register.records[0].status": "template", "register.records[1].id": "unknown-basis"},
			rules: []string{"ropa.import_kle_malformed", "ropa.import_basis_unknown"}, findings: "findings"},
		{name: "a complete agreement has no findings (GDPR art. 28(3))", op: "dpa/check",
			body: body(t, map[string]any{"now": now, "agreements": []dpa.Agreement{gdprtest.Agreement()}, "records": []ropa.Record{record}}),
			want: map[string]any{"findings": []any{}}},
		{name: "an agreement not signed (GDPR art. 28(3) and 28(9))", op: "dpa/check",
			body:  body(t, map[string]any{"now": now, "agreements": []dpa.Agreement{unsigned}}),
			rules: []string{"dpa.not_signed"}, findings: "findings"},
		{name: "support from the United States is a reach outside the EEA (GDPR art. 44)", op: "dpa/reach",
			body: body(t, map[string]any{"agreements": []dpa.Agreement{gdprtest.Agreement()}}),
			want: map[string]any{"reaches[0].agreement": gdprtest.Agreement().ID}},
		{name: "the template's sample may start: its measures are in place (the municipal DPIA template)", op: "dpia/decide",
			body: body(t, map[string]any{"assessment": gdprtest.DPIA(), "policy": gdprtest.DPIAPolicy()}),
			want: map[string]any{"decisions.priorConsultation.needed": false, "decisions.start.allowed": true}},
		{name: "an assessment without its screening (GDPR art. 35(1))", op: "dpia/check",
			body:  body(t, map[string]any{"now": now, "assessment": noScreening, "agreements": []dpa.Agreement{gdprtest.Agreement()}}),
			rules: []string{"dpia.screening_missing"}, findings: "findings"},
		{name: "a record with health data and no screening in the overview", op: "overview/build",
			body:  body(t, map[string]any{"now": now, "municipality": map[string]any{"records": []ropa.Record{record}}}),
			want:  map[string]any{"report.today": "2026-03-02", "report.findings[0].area": "records"},
			rules: []string{"overview.screening_unknown"}, findings: "report.findings"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, r, err := call(t, tt.op, tt.body)
			require.NoError(t, err)
			for path, want := range tt.want {
				assert.Equal(t, want, at(m, path), path)
			}
			if tt.findings != "" {
				got := rules(m, tt.findings)
				assert.Len(t, got, r.Findings, "the findings count is the length of %s", tt.findings)
				assert.Subset(t, got, tt.rules)
				for _, id := range tt.absent {
					assert.NotContains(t, got, id)
				}
			}
		})
	}
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	require.NoError(t, err)
	return string(b)
}

// noSensitive is the sample screening answering "no" to sensitive data.
func noSensitive(t *testing.T) map[string]any {
	t.Helper()
	var s map[string]any
	require.NoError(t, json.Unmarshal([]byte(body(t, gdprtest.Screening())), &s))
	for _, a := range s["answers"].([]any) {
		if a := a.(map[string]any); a["criterion"] == "sensitive_data" {
			a["answer"] = "no"
		}
	}
	return s
}

// template is a standard record imported from OS2compliance, not yet
// adopted.
func template(t *testing.T) ropa.Record {
	t.Helper()
	rec, _, err := ropa.ImportOS2compliance("kl_article30_90.json", []byte(readFile(t, "../ropa/testdata/os2compliance/good.json")))
	require.NoError(t, err)
	return rec
}

// The report is the document in the format asked for, its bytes in
// base64, with the format's media type and file name.
func TestDPIAReport(t *testing.T) {
	tests := []struct {
		format, mediaType, ext, starts string
	}{
		{"", "text/html; charset=utf-8", ".html", "<!DOCTYPE html>"},
		{"html", "text/html; charset=utf-8", ".html", "<!DOCTYPE html>"},
		{"md", "text/markdown; charset=utf-8", ".md", "# "},
		{"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx", "PK\x03\x04"},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			req := map[string]any{"assessment": gdprtest.DPIA(), "agreements": []dpa.Agreement{gdprtest.Agreement()}, "lang": "en"}
			if tt.format != "" {
				req["format"] = tt.format
			}
			_, r, err := call(t, "dpia/report", body(t, req))
			require.NoError(t, err)
			doc := r.Response.(DPIAReportResponse).Document
			assert.Equal(t, tt.mediaType, doc.MediaType)
			assert.Equal(t, gdprtest.DPIA().ID+tt.ext, doc.FileName)
			content, err := doc.Bytes()
			require.NoError(t, err, "the content is base64")
			assert.True(t, strings.HasPrefix(string(content), tt.starts), "%.20q", content)
			b, err := json.Marshal(r.Response)
			require.NoError(t, err)
			assert.Contains(t, string(b), `"content":"`, "the bytes are a base64 string")
		})
	}
}

// Bad input to the new operations names its JSON field path.
func TestCaseOperationsInvalid(t *testing.T) {
	invalidDPIA := gdprtest.DPIA()
	invalidDPIA.RecordID = ""
	tests := []struct {
		name, op, body, path, code string
	}{
		{"a right without its basis", "rights/applicable", `{"kind": "access"}`, "basis", gdpr.CodeRequired},
		{"a right that does not exist", "rights/applicable", `{"kind": "oblivion", "basis": "art6_1_e"}`, "kind", gdpr.CodeUnknown},
		{"a request of the review without its receipt", "rights/review", `{"requests": [{"kind": "access"}]}`, "requests[0].receivedAt", gdpr.CodeRequired},
		{"a review too far ahead", "rights/review", `{"within": 20000, "requests": []}`, "within", gdpr.CodeOutOfRange},
		{"an unknown driver in the breach policy", "breach/decide", `{"policy": {"noRisk": ["luck"]}, "incident": {}}`, "policy.noRisk[0]", gdpr.CodeUnknown},
		{"an incident without a data context cannot be scored (ENISA 2013 severity method)", "breach/severity", `{"incident": {"awareAt": "2025-03-28T14:30:00+01:00"}}`, "incident.dataContexts", gdpr.CodeRequired},
		{"an unknown technology", "screening/suggest", `{"facts": {"technologies": ["crystal_ball"]}}`, "facts.technologies[0]", gdpr.CodeUnknown},
		{"a probability off the matrix", "risk/decide", `{"set": {"assessments": [{"threat": "1", "inherent": {"consequence": "4", "probability": "9"}}]}}`, "set.assessments[0].inherent.probability", gdpr.CodeUnknown},
		{"neither record nor register", "ropa/check", `{}`, "record", gdpr.CodeRequired},
		{"both a record and a register", "ropa/check", `{"record": {}, "register": {"records": []}}`, "record", gdpr.CodeRequired},
		{"a file that is not JSON", "ropa/import-os2compliance", `{"files": [{"name": "x.json", "content": "<xml/>"}]}`, "files[0].content", gdpr.CodeMalformed},
		{"no files", "ropa/import-os2compliance", `{"files": []}`, "files", gdpr.CodeRequired},
		{"no agreements", "dpa/check", `{"agreements": []}`, "agreements", gdpr.CodeRequired},
		{"an agreement without an id", "dpa/reach", `{"agreements": [{}]}`, "agreements[0].id", gdpr.CodeRequired},
		{"an assessment without its record", "dpia/decide", body(t, map[string]any{"assessment": invalidDPIA}), "assessment.recordId", gdpr.CodeRequired},
		{"an unknown format", "dpia/report", body(t, map[string]any{"assessment": gdprtest.DPIA(), "format": "pdf"}), "format", gdpr.CodeUnknown},
		{"a horizon of more than ten years", "overview/build", `{"days": 4000, "municipality": {}}`, "days", gdpr.CodeOutOfRange},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := call(t, tt.op, tt.body)
			require.ErrorIs(t, err, gdpr.ErrInvalid)
			var ps gdpr.Problems
			require.ErrorAs(t, err, &ps)
			found := false
			for _, p := range ps {
				found = found || (p.Path == tt.path && p.Code == tt.code)
			}
			assert.True(t, found, "got %v, want a problem %s at %q", ps, tt.code, tt.path)
		})
	}
}
