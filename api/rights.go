package api

import (
	"errors"
	"strconv"

	"github.com/dkgdpr/gdpr"
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

// RightsApplicableRequest asks whether a right applies to a processing.
type RightsApplicableRequest struct {
	// Kind is the right exercised ("erasure").
	Kind rights.Kind `json:"kind"`
	// Basis is the legal basis of the processing ("art6_1_e"); an art.
	// 9(2) condition, art. 10 or a provision of databeskyttelsesloven
	// gives an undetermined verdict where the answer depends on the art.
	// 6(1) basis.
	Basis gdpr.LegalBasis `json:"basis"`
	// Facts are what the basis alone does not tell (automated means,
	// direct marketing, research, the art. 18(1) condition).
	Facts rights.Facts `json:"facts,omitzero"`
	// Lang is the language of the explanation: "da" (the default) or "en".
	Lang Lang `json:"lang,omitempty"`
}

// RightsApplicableResponse says whether the right applies, why, and which
// refusal grounds the answer points to.
type RightsApplicableResponse struct {
	// Applicability is the verdict with its reasons and grounds.
	Applicability rights.Applicability `json:"applicability"`
	// Explanation says the same in the request's language.
	Explanation string `json:"explanation"`
}

func rightsApplicable(r RightsApplicableRequest) (RightsApplicableResponse, error) {
	var ps gdpr.Problems
	if !r.Kind.Valid() {
		ps.Add("kind", gdpr.CodeRequired, "the kind of right is required")
	}
	if r.Basis == "" {
		ps.Add("basis", gdpr.CodeRequired, "the legal basis is required")
	}
	if err := ps.Err(); err != nil {
		return RightsApplicableResponse{}, err
	}
	a, err := rights.Applicable(r.Kind, r.Basis, r.Facts)
	switch {
	case errors.Is(err, rights.ErrInvalidBasis):
		return RightsApplicableResponse{}, gdpr.Problems{{Path: "basis", Code: gdpr.CodeMalformed, Message: "not a legal basis"}}
	case err != nil:
		return RightsApplicableResponse{}, under("", err)
	}
	return RightsApplicableResponse{Applicability: a, Explanation: a.Explain(r.Lang.Tag())}, nil
}

// RightsReviewRequest asks which of a case system's data-subject requests
// are overdue or due soon at an instant.
type RightsReviewRequest struct {
	At
	// Requests are the requests to review; each must validate.
	Requests []rights.Request `json:"requests"`
	// Within is how many working days ahead count as due soon (0: today
	// only), at most 10000.
	Within int `json:"within,omitempty"`
	// Policy is the authority's choices; left out, the default.
	Policy rights.Policy `json:"policy,omitzero"`
}

// RightsReviewResponse lists the requests overdue and due soon, the counts
// per kind and status, and the findings of every request.
type RightsReviewResponse struct {
	Evaluated
	// Total is the number of requests reviewed.
	Total int `json:"total"`
	// Overdue are the requests not answered by the deadline in force, the
	// earliest deadline first.
	Overdue []ReviewItem `json:"overdue"`
	// DueSoon are the requests open or paused whose deadline falls within
	// the working days asked for, the earliest deadline first.
	DueSoon []ReviewItem `json:"dueSoon"`
	// Counts are the numbers of requests per kind and status.
	Counts []rights.Count `json:"counts"`
	// Findings are the compliance gaps of the requests, with paths such as
	// "requests[3].extension".
	Findings []gdpr.Finding `json:"findings"`
}

// ReviewItem is one request a review picked out: its place in the
// request's list, its id and its state. The request itself is not echoed.
type ReviewItem struct {
	// Index is the request's position in requests.
	Index int `json:"index"`
	// ID is the request's id, when it has one.
	ID string `json:"id,omitempty"`
	// State is the request's state at the review's instant.
	State rights.State `json:"state"`
}

func rightsReview(r RightsReviewRequest) (RightsReviewResponse, error) {
	var ps gdpr.Problems
	for i, req := range r.Requests {
		ps.Merge("requests["+strconv.Itoa(i)+"]", req.Validate())
	}
	ps.Merge("policy", r.Policy.Validate())
	if r.Within < 0 || r.Within > rights.MaxWithin {
		ps.Add("within", gdpr.CodeOutOfRange, "within must lie from 0 to 10000 working days")
	}
	if err := ps.Err(); err != nil {
		return RightsReviewResponse{}, err
	}
	o := r.Policy.Review(r.Requests, r.Now, r.Within)
	findings := []gdpr.Finding{}
	for i, req := range r.Requests {
		findings = append(findings, prefixed("requests["+strconv.Itoa(i)+"]", r.Policy.Check(req, r.Now))...)
	}
	return RightsReviewResponse{
		Total:    o.Total,
		Overdue:  reviewItems(o.Overdue),
		DueSoon:  reviewItems(o.DueSoon),
		Counts:   nonNil(o.Counts()),
		Findings: findings,
	}, nil
}

func reviewItems(items []rights.Item) []ReviewItem {
	out := make([]ReviewItem, len(items))
	for i, it := range items {
		out[i] = ReviewItem{Index: it.Index, ID: it.Request.ID, State: it.State}
	}
	return out
}
