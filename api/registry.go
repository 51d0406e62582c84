package api

import (
	"embed"
	"strings"
)

// examples are the example requests too long to write inline, one file per
// operation, named after it ("dpia-check.json" for dpia/check).
//
//go:embed examples/*.json
var examples embed.FS

// example returns the example request of the operation name.
func example(name string) string {
	b, err := examples.ReadFile("examples/" + strings.ReplaceAll(name, "/", "-") + ".json")
	if err != nil {
		panic("api: no example for " + name) // a fault of the module, caught by every test
	}
	return string(b)
}

// Operations returns every operation of the contract, in a fresh slice, in
// the order of the OpenAPI document. This is the one list: the command and
// the OpenAPI generator read it, so an operation declared here is served,
// runnable and documented.
func Operations() []Operation {
	return []Operation{
		Op[CatalogRulesRequest, CatalogRulesResponse]{
			Name:    "catalog/rules",
			Summary: "Every rule that can report a finding, with its severity, legal reference and Danish and English text.",
			Run:     catalogRules,
			Example: `{"package": "rights"}`,
		}.Operation(),
		Op[RightsDeadlineRequest, RightsDeadlineResponse]{
			Name:    "rights/deadline",
			Summary: "The deadline to answer a data-subject request: one month from receipt, or three when extended (GDPR art. 12(3); Regulation 1182/71).",
			Run:     rightsDeadline,
			Example: `{"request": {"kind": "access", "receivedAt": "2025-01-31T16:45:00+01:00"}}`,
		}.Operation(),
		Op[RightsStateRequest, RightsStateResponse]{
			Name:    "rights/state",
			Summary: "Where a data-subject request stands at an instant: its status, the deadline in force and the working days left (GDPR art. 12(3) and (4)).",
			Run:     rightsState,
			Example: `{"now": "2025-02-05T12:00:00+01:00", "request": {"kind": "access", "receivedAt": "2025-01-31T16:45:00+01:00"}}`,
		}.Operation(),
		Op[RightsApplicableRequest, RightsApplicableResponse]{
			Name:    "rights/applicable",
			Summary: "Whether a data subject's right applies to a processing with a legal basis, why, and which refusal grounds the answer points to (GDPR art. 15-22, 7(3)).",
			Run:     rightsApplicable,
			Example: `{"kind": "portability", "basis": "art6_1_e", "facts": {"automatedMeans": true}, "lang": "da"}`,
		}.Operation(),
		Op[RightsReviewRequest, RightsReviewResponse]{
			Name:     "rights/review",
			Summary:  "Which data-subject requests are overdue or due within some working days at an instant, the counts per kind and status, and each request's findings (GDPR art. 12(3) and (4)).",
			Run:      rightsReview,
			Findings: func(r RightsReviewResponse) int { return len(r.Findings) },
			Example:  example("rights/review"),
		}.Operation(),
		Op[BreachClockRequest, BreachClockResponse]{
			Name:    "breach/clock",
			Summary: "The 72-hour clock for notifying Datatilsynet of a personal data breach at an instant (GDPR art. 33(1)).",
			Run:     breachClock,
			Example: `{"now": "2025-03-29T14:30:00+01:00", "lang": "en", "incident": {"awareAt": "2025-03-28T14:30:00+01:00", "confidentiality": "exposed"}}`,
		}.Operation(),
		Op[BreachDecideRequest, BreachDecideResponse]{
			Name:    "breach/decide",
			Summary: "What the law asks for a personal data breach: notify Datatilsynet within 72 hours, tell the data subjects, or only document it, with the facts and factors that drove it (GDPR art. 33 and 34).",
			Run:     breachDecide,
			Example: example("breach/decide"),
		}.Operation(),
		Op[BreachSeverityRequest, BreachSeverityResponse]{
			Name:    "breach/severity",
			Summary: "ENISA's severity of a personal data breach, SE = DPC × EI + CB, with its parts (ENISA 2013 severity method).",
			Run:     breachSeverity,
			Example: example("breach/severity"),
		}.Operation(),
		Op[RiskRateRequest, RiskRateResponse]{
			Name:    "risk/rate",
			Summary: "Where a consequence and a probability land in a risk matrix: the score and the band (the municipal DPIA template's risk matrix).",
			Run:     riskRate,
			Example: `{"estimate": {"consequence": "serious", "probability": "less_likely"}, "lang": "da"}`,
		}.Operation(),
		Op[RiskSummarizeRequest, RiskSummarizeResponse]{
			Name:    "risk/summarize",
			Summary: "The total risk of a risk assessment: the highest bands, the risks per band and the mean scores before and after the further measures (the municipal DPIA template's \"samlet risiko\").",
			Run:     riskSummarize,
			Example: example("risk/summarize"),
		}.Operation(),
		Op[RiskDecideRequest, RiskDecideResponse]{
			Name:    "risk/decide",
			Summary: "What an authority's risk appetite says of a risk assessment: the action, top management's approval and prior consultation of Datatilsynet (GDPR art. 24(1), 32(1) and 36(1)).",
			Run:     riskDecide,
			Example: example("risk/decide"),
		}.Operation(),
		Op[ScreeningAssessRequest, ScreeningAssessResponse]{
			Name:     "screening/assess",
			Summary:  "Whether a processing needs a DPIA, from the screening's criteria and triggers (GDPR art. 35(1) and (3); WP248 rev.01).",
			Run:      screeningAssess,
			Findings: func(r ScreeningAssessResponse) int { return len(r.Result.Findings) },
			Example: `{"screening": {"answers": [` +
				`{"criterion": "evaluation_scoring", "answer": "no", "justification": "Ingen profilering."}, ` +
				`{"criterion": "automated_decision", "answer": "no", "justification": "Sagsbehandleren træffer afgørelsen."}, ` +
				`{"criterion": "systematic_monitoring", "answer": "no", "justification": "Ingen overvågning."}, ` +
				`{"criterion": "sensitive_data", "answer": "yes", "justification": "Helbredsoplysninger."}, ` +
				`{"criterion": "large_scale", "answer": "no", "justification": "Få borgere."}, ` +
				`{"criterion": "matching_combining", "answer": "no", "justification": "Ingen samkøring."}, ` +
				`{"criterion": "vulnerable_subjects", "answer": "no", "justification": "Voksne borgere."}, ` +
				`{"criterion": "innovative_use", "answer": "no", "justification": "Kendt teknologi."}], ` +
				`"decision": "decline", "decisionReason": "Ét kriterium; risikoen er lav."}}`,
		}.Operation(),
		Op[ScreeningSuggestRequest, ScreeningSuggestResponse]{
			Name:     "screening/suggest",
			Summary:  "Answers to the DPIA screening proposed from the facts of a processing, for a person to confirm, and the answers a person gave that they disagree with (WP248 rev.01; the municipal DPIA template).",
			Run:      screeningSuggest,
			Findings: func(r ScreeningSuggestResponse) int { return len(r.Findings) },
			Example:  example("screening/suggest"),
		}.Operation(),
		Op[RopaCheckRequest, RopaCheckResponse]{
			Name:     "ropa/check",
			Summary:  "The compliance gaps of a record of processing activities or a whole register at an instant, reconciled with the data processing agreements' reaches (GDPR art. 30(1)).",
			Run:      ropaCheck,
			Findings: func(r RopaCheckResponse) int { return len(r.Findings) },
			Example:  example("ropa/check"),
		}.Operation(),
		Op[RopaImportRequest, RopaImportResponse]{
			Name:     "ropa/import-os2compliance",
			Summary:  "Records of processing activities from files of OS2compliance's register (KL's standard records), as templates to adopt, with the defects of the data as findings.",
			Run:      ropaImport,
			Findings: func(r RopaImportResponse) int { return len(r.Findings) },
			Example:  example("ropa/import-os2compliance"),
		}.Operation(),
		Op[DPACheckRequest, DPACheckResponse]{
			Name:     "dpa/check",
			Summary:  "The compliance gaps of data processing agreements at an instant: clauses, sub-processors, transfers, supervision and changes (GDPR art. 28 and 44-49).",
			Run:      dpaCheck,
			Findings: func(r DPACheckResponse) int { return len(r.Findings) },
			Example:  example("dpa/check"),
		}.Operation(),
		Op[DPAReachRequest, DPAReachResponse]{
			Name:    "dpa/reach",
			Summary: "Every country and international organisation the data of data processing agreements can be reached from, read access included, and by which route (GDPR art. 44).",
			Run:     dpaReach,
			Example: example("dpa/reach"),
		}.Operation(),
		Op[DPIADecideRequest, DPIADecideResponse]{
			Name:    "dpia/decide",
			Summary: "Everything that follows from an impact assessment: the risks summed up, the seven key questions, prior consultation, whether the processing may start and the next review (GDPR art. 35 and 36).",
			Run:     dpiaDecide,
			Example: example("dpia/decide"),
		}.Operation(),
		Op[DPIACheckRequest, DPIACheckResponse]{
			Name:     "dpia/check",
			Summary:  "The compliance gaps of an impact assessment at an instant, its screening's and risks' included (GDPR art. 35; the municipal DPIA template).",
			Run:      dpiaCheck,
			Findings: func(r DPIACheckResponse) int { return len(r.Findings) },
			Example:  example("dpia/check"),
		}.Operation(),
		Op[DPIAReportRequest, DPIAReportResponse]{
			Name:    "dpia/report",
			Summary: "An impact assessment as a document in the municipal DPIA template's order and wording: HTML, Markdown or Word, its bytes in base64.",
			Run:     dpiaReport,
			Example: example("dpia/report"),
		}.Operation(),
		Op[OverviewBuildRequest, OverviewBuildResponse]{
			Name:     "overview/build",
			Summary:  "The overview of an authority's whole data protection work at an instant: every finding of every piece and of the references between them, what is overdue and what falls due.",
			Run:      overviewBuild,
			Findings: func(r OverviewBuildResponse) int { return len(r.Report.Findings) },
			Example:  example("overview/build"),
		}.Operation(),
	}
}

// Lookup returns the operation named name ("rights/deadline").
func Lookup(name string) (Operation, bool) {
	for _, op := range Operations() {
		if op.Name == name {
			return op, true
		}
	}
	return Operation{}, false
}
