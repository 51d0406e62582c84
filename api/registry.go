package api

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
		Op[BreachClockRequest, BreachClockResponse]{
			Name:    "breach/clock",
			Summary: "The 72-hour clock for notifying Datatilsynet of a personal data breach at an instant (GDPR art. 33(1)).",
			Run:     breachClock,
			Example: `{"now": "2025-03-29T14:30:00+01:00", "lang": "en", "incident": {"awareAt": "2025-03-28T14:30:00+01:00", "confidentiality": "exposed"}}`,
		}.Operation(),
		Op[RiskRateRequest, RiskRateResponse]{
			Name:    "risk/rate",
			Summary: "Where a consequence and a probability land in a risk matrix: the score and the band (the municipal DPIA template's risk matrix).",
			Run:     riskRate,
			Example: `{"estimate": {"consequence": "serious", "probability": "less_likely"}, "lang": "da"}`,
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
