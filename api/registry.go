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
		}.Operation(),
		Op[RightsDeadlineRequest, RightsDeadlineResponse]{
			Name:    "rights/deadline",
			Summary: "The deadline to answer a data-subject request: one month from receipt, or three when extended (GDPR art. 12(3); Regulation 1182/71).",
			Run:     rightsDeadline,
		}.Operation(),
		Op[RightsStateRequest, RightsStateResponse]{
			Name:    "rights/state",
			Summary: "Where a data-subject request stands at an instant: its status, the deadline in force and the working days left (GDPR art. 12(3) and (4)).",
			Run:     rightsState,
		}.Operation(),
		Op[BreachClockRequest, BreachClockResponse]{
			Name:    "breach/clock",
			Summary: "The 72-hour clock for notifying Datatilsynet of a personal data breach at an instant (GDPR art. 33(1)).",
			Run:     breachClock,
		}.Operation(),
		Op[RiskRateRequest, RiskRateResponse]{
			Name:    "risk/rate",
			Summary: "Where a consequence and a probability land in a risk matrix: the score and the band (the municipal DPIA template's risk matrix).",
			Run:     riskRate,
		}.Operation(),
		Op[ScreeningAssessRequest, ScreeningAssessResponse]{
			Name:     "screening/assess",
			Summary:  "Whether a processing needs a DPIA, from the screening's criteria and triggers (GDPR art. 35(1) and (3); WP248 rev.01).",
			Run:      screeningAssess,
			Findings: func(r ScreeningAssessResponse) int { return len(r.Result.Findings) },
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
