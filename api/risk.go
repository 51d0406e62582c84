package api

import (
	"github.com/dkgdpr/gdpr/risk"
)

// RiskRateRequest asks where an estimate lands in a risk matrix.
type RiskRateRequest struct {
	// Matrix is the risk matrix; left out, the municipal DPIA template's
	// 4x4 matrix (risk.DefaultMatrix).
	Matrix risk.Matrix `json:"matrix,omitzero"`
	// Estimate is the consequence and probability to rate.
	Estimate risk.Estimate `json:"estimate"`
	// Lang is the language of the label: "da" (the default) or "en".
	Lang Lang `json:"lang,omitempty"`
}

// RiskRateResponse is a rating.
type RiskRateResponse struct {
	// Rating is the cell: consequence, probability, score and band.
	Rating risk.Rating `json:"rating"`
	// Label names the rating in the request's language.
	Label string `json:"label"`
}

func riskRate(r RiskRateRequest) (RiskRateResponse, error) {
	m := r.Matrix
	if m.IsZero() {
		m = risk.DefaultMatrix()
	}
	rating, err := m.RateEstimate(r.Estimate)
	if err != nil {
		return RiskRateResponse{}, under("estimate", err)
	}
	return RiskRateResponse{Rating: rating, Label: rating.Label(r.Lang.Tag())}, nil
}

// RiskSummarizeRequest asks for the total risk of a risk assessment.
type RiskSummarizeRequest struct {
	// Set is the risk assessment: its matrix (left out, the template's)
	// and its risks.
	Set risk.Set `json:"set"`
}

// RiskSummarizeResponse sums a risk assessment up.
type RiskSummarizeResponse struct {
	// Summary has the highest bands, the risks per band and the mean
	// scores before and after the further measures, and whether a high
	// risk remains (the municipal DPIA template's "samlet risiko").
	Summary risk.Summary `json:"summary"`
}

func riskSummarize(r RiskSummarizeRequest) (RiskSummarizeResponse, error) {
	if err := r.Set.Validate(); err != nil {
		return RiskSummarizeResponse{}, under("set", err)
	}
	return RiskSummarizeResponse{Summary: r.Set.Summary()}, nil
}

// RiskDecideRequest asks what an authority's risk appetite says of a risk
// assessment.
type RiskDecideRequest struct {
	// Set is the risk assessment: its matrix and its risks.
	Set risk.Set `json:"set"`
	// Policy is the authority's risk appetite per band; left out, the
	// default (the template's band texts, a stop for a high residual
	// risk).
	Policy risk.Policy `json:"policy,omitzero"`
}

// RiskDecideResponse is the policy's decision.
type RiskDecideResponse struct {
	// Decision is the strictest action the residual risks call for,
	// whether an exception needs top management's approval, whether
	// Datatilsynet must be consulted (GDPR art. 36(1)), and each risk's
	// treatment with the reasons.
	Decision risk.Decision `json:"decision"`
}

func riskDecide(r RiskDecideRequest) (RiskDecideResponse, error) {
	if err := join(under("set", r.Set.Validate()), under("policy", r.Policy.Validate())); err != nil {
		return RiskDecideResponse{}, err
	}
	d, err := r.Policy.Decide(r.Set)
	if err != nil {
		return RiskDecideResponse{}, under("set", err)
	}
	return RiskDecideResponse{Decision: d}, nil
}
