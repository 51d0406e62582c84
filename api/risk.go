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
