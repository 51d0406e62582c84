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
