package api

import (
	"github.com/dkgdpr/gdpr/breach"
)

// BreachClockRequest asks for the 72-hour clock of a breach at an instant.
type BreachClockRequest struct {
	At
	// Incident is the breach; its awareAt and nature are required.
	Incident breach.Incident `json:"incident"`
	// Lang is the language of the description: "da" (the default) or "en".
	Lang Lang `json:"lang,omitempty"`
}

// BreachClockResponse is the state of the 72-hour clock.
type BreachClockResponse struct {
	Evaluated
	// State is the clock's state, the deadline and the time left (in
	// nanoseconds), and the processor chain's.
	State breach.State `json:"state"`
	// Description says the same for a case worker, in the request's
	// language, with the deadline in Copenhagen time.
	Description string `json:"description"`
}

func breachClock(r BreachClockRequest) (BreachClockResponse, error) {
	if err := under("incident", r.Incident.Validate()); err != nil {
		return BreachClockResponse{}, err
	}
	s := r.Incident.State(r.Now)
	return BreachClockResponse{State: s, Description: s.Describe(r.Lang.Tag())}, nil
}

// BreachDecideRequest asks what the law asks of the controller for a
// breach: notify Datatilsynet, tell the data subjects, or only document.
type BreachDecideRequest struct {
	// Incident is the breach as far as it is known; it need not be
	// complete, since a decision is needed early, and the decision says
	// what it rests on.
	Incident breach.Incident `json:"incident"`
	// Policy is the authority's choices in the risk tests; left out, the
	// default (Datatilsynet's very low threshold: when in doubt, notify).
	Policy breach.Policy `json:"policy,omitzero"`
	// Lang is the language of the explanation: "da" (the default) or "en".
	Lang Lang `json:"lang,omitempty"`
}

// BreachDecideResponse is the decision and its explanation.
type BreachDecideResponse struct {
	// Decision says whether Datatilsynet must be notified (GDPR art.
	// 33(1)) and the data subjects told (art. 34(1)), with the drivers and
	// reasons.
	Decision breach.Decision `json:"decision"`
	// Explanation is the reasons in the request's language, one line each.
	Explanation []string `json:"explanation"`
}

func breachDecide(r BreachDecideRequest) (BreachDecideResponse, error) {
	d, err := r.Policy.Decide(r.Incident)
	if err != nil {
		return BreachDecideResponse{}, under("policy", err)
	}
	return BreachDecideResponse{Decision: d, Explanation: nonNil(d.Explain(r.Lang.Tag()))}, nil
}

// BreachSeverityRequest asks for ENISA's severity of a breach.
type BreachSeverityRequest struct {
	// Incident is the breach; its data context, ease of identification and
	// circumstances give the score.
	Incident breach.Incident `json:"incident"`
	// Lang is the language of the explanation: "da" (the default) or "en".
	Lang Lang `json:"lang,omitempty"`
}

// BreachSeverityResponse is ENISA's severity with its parts.
type BreachSeverityResponse struct {
	// Score is SE = DPC × EI + CB and its level, every number a decimal.
	Score breach.Score `json:"score"`
	// Explanation says how the score was reached, in the request's
	// language, one line each.
	Explanation []string `json:"explanation"`
}

func breachSeverity(r BreachSeverityRequest) (BreachSeverityResponse, error) {
	s, err := r.Incident.Severity()
	if err != nil {
		return BreachSeverityResponse{}, under("incident", err)
	}
	return BreachSeverityResponse{Score: s, Explanation: nonNil(s.Explain(r.Lang.Tag()))}, nil
}
