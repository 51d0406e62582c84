package api

import (
	"github.com/dkgdpr/gdpr/rights"
)

// RightsDeadlineRequest asks for the deadline of a data-subject request.
type RightsDeadlineRequest struct {
	// Request is the data-subject request; its kind and receivedAt are
	// required.
	Request rights.Request `json:"request"`
	// Policy is the authority's choices; left out, the default.
	Policy rights.Policy `json:"policy,omitzero"`
}

// RightsDeadlineResponse is the deadline of a request.
type RightsDeadlineResponse struct {
	// Deadline is the deadline in force: the first month, or the extended
	// one when the request records a valid extension.
	Deadline rights.Deadline `json:"deadline"`
}

func rightsDeadline(r RightsDeadlineRequest) (RightsDeadlineResponse, error) {
	if err := validRequest(r.Request, r.Policy); err != nil {
		return RightsDeadlineResponse{}, err
	}
	return RightsDeadlineResponse{Deadline: r.Policy.Deadline(r.Request)}, nil
}

// RightsStateRequest asks where a data-subject request stands at an
// instant.
type RightsStateRequest struct {
	At
	// Request is the data-subject request with the events of its life.
	Request rights.Request `json:"request"`
	// Policy is the authority's choices; left out, the default.
	Policy rights.Policy `json:"policy,omitzero"`
}

// RightsStateResponse is the state of a request at an instant.
type RightsStateResponse struct {
	Evaluated
	// State is the request's status, deadline and working days left.
	State rights.State `json:"state"`
}

func rightsState(r RightsStateRequest) (RightsStateResponse, error) {
	if err := validRequest(r.Request, r.Policy); err != nil {
		return RightsStateResponse{}, err
	}
	return RightsStateResponse{State: r.Policy.State(r.Request, r.Now)}, nil
}

// validRequest validates a request and a policy, with the paths of the
// operation's request.
func validRequest(req rights.Request, p rights.Policy) error {
	return join(under("request", req.Validate()), under("policy", p.Validate()))
}
