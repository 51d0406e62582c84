package api

import (
	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/overview"
)

// OverviewBuildRequest asks for the overview of an authority's whole data
// protection work at an instant.
type OverviewBuildRequest struct {
	At
	// Municipality is everything the authority holds: records, consents,
	// agreements, screenings, impact assessments, risk assessments,
	// breaches and data-subject requests, and its policy.
	Municipality overview.Municipality `json:"municipality"`
	// Days is how many days ahead the report looks for what falls due,
	// from 0 to 3660; left out, 0 (only what is overdue and due today).
	Days int `json:"days,omitempty"`
}

// OverviewBuildResponse is the overview.
type OverviewBuildResponse struct {
	Evaluated
	// Report holds every finding of every piece and of the references
	// between them, counted per area, severity and rule; what is overdue
	// and what falls due; the requests per kind and status; and the risks
	// summed up.
	Report overview.Report `json:"report"`
}

func overviewBuild(r OverviewBuildRequest) (OverviewBuildResponse, error) {
	if r.Days < 0 || r.Days > overview.MaxHorizon {
		return OverviewBuildResponse{}, gdpr.Problems{{Path: "days", Code: gdpr.CodeOutOfRange, Message: "days must lie from 0 to 3660"}}
	}
	rep, err := overview.Build(r.Municipality, r.Now, r.Days)
	if err != nil {
		return OverviewBuildResponse{}, under("municipality", err)
	}
	return OverviewBuildResponse{Report: rep}, nil
}
