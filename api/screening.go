package api

import (
	"github.com/dkgdpr/gdpr"
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

// ScreeningSuggestRequest asks for answers to the screening proposed from
// what is known of a processing.
type ScreeningSuggestRequest struct {
	// Facts describe the processing: data types and categories, data
	// subjects, people a year, technologies and automated decisions.
	Facts screening.Facts `json:"facts"`
	// Policy is the authority's choices; left out, the default (large
	// scale from 10,000 data subjects a year).
	Policy screening.Policy `json:"policy,omitzero"`
	// Screening, when given, is the screening so far: the response then
	// has it prefilled with the suggestions for the questions no person
	// has answered, and the answers a person gave that a suggestion
	// disagrees with as findings.
	Screening *screening.Screening `json:"screening,omitempty"`
	// Lang is the language of the reasons written into the prefilled
	// screening as justifications: "da" (the default) or "en".
	Lang Lang `json:"lang,omitempty"`
}

// ScreeningSuggestResponse proposes answers, for a person to confirm.
type ScreeningSuggestResponse struct {
	// Suggestions are an answer with its reasons for each criterion and
	// trigger the facts speak to.
	Suggestions []screening.Suggestion `json:"suggestions"`
	// Screening is the request's screening prefilled, when it had one.
	Screening *screening.Screening `json:"screening,omitempty"`
	// Findings are the answers "no" where a suggestion says yes or partly
	// (rule screening.suggestion_disagrees), with paths such as
	// "screening.answers[3].answer"; empty without a screening.
	Findings []gdpr.Finding `json:"findings"`
}

func screeningSuggest(r ScreeningSuggestRequest) (ScreeningSuggestResponse, error) {
	sugs, err := r.Policy.Suggest(r.Facts)
	if err != nil {
		// The problems have paths under "facts" and "policy" already.
		return ScreeningSuggestResponse{}, under("", err)
	}
	resp := ScreeningSuggestResponse{Suggestions: nonNil(sugs), Findings: []gdpr.Finding{}}
	if r.Screening != nil {
		filled := r.Screening.Prefill(sugs, r.Lang.Tag())
		resp.Screening = &filled
		resp.Findings = prefixed("screening", screening.Disagreements(*r.Screening, sugs))
	}
	return resp, nil
}
