package api

import (
	"github.com/dkgdpr/gdpr/screening"
)

// ScreeningAssessRequest asks whether a processing needs a DPIA.
type ScreeningAssessRequest struct {
	// Screening is the screening table: an answer with a justification
	// for every criterion, answers to the triggers and the decision.
	Screening screening.Screening `json:"screening"`
}

// ScreeningAssessResponse is the outcome of a screening and its reasons.
type ScreeningAssessResponse struct {
	// Result is the outcome, the criteria met, the triggers that fired,
	// the reasons, the conclusion and the findings.
	Result screening.Result `json:"result"`
}

func screeningAssess(r ScreeningAssessRequest) (ScreeningAssessResponse, error) {
	res, err := screening.Assess(r.Screening)
	if err != nil {
		return ScreeningAssessResponse{}, under("screening", err)
	}
	return ScreeningAssessResponse{Result: res}, nil
}
