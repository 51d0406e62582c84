package api

import (
	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/ropa"
)

// DPACheckRequest asks for the compliance gaps of data processing
// agreements at an instant.
type DPACheckRequest struct {
	At
	// Agreements are the data processing agreements (GDPR art. 28), one or
	// the authority's whole register; each must validate, and ids must be
	// unique.
	Agreements []dpa.Agreement `json:"agreements"`
	// Records, when given, are the records of processing the agreements
	// serve: an agreement that does not list a type of data its records
	// process is a finding.
	Records []ropa.Record `json:"records,omitempty"`
}

// DPACheckResponse lists the compliance gaps.
type DPACheckResponse struct {
	Evaluated
	// Findings are the gaps of every agreement, in order, with paths such
	// as "agreements[3].subProcessors[0].locations[1]".
	Findings []gdpr.Finding `json:"findings"`
}

func dpaCheck(r DPACheckRequest) (DPACheckResponse, error) {
	reg, err := register(r.Agreements)
	if err != nil {
		return DPACheckResponse{}, err
	}
	var processed func(string) []gdpr.DataType
	if len(r.Records) > 0 {
		types := make(map[string][]gdpr.DataType, len(r.Records))
		for _, rec := range r.Records {
			types[rec.ID] = rec.DataTypes()
		}
		processed = func(id string) []gdpr.DataType { return types[id] }
	}
	return DPACheckResponse{Findings: nonNil(reg.Check(r.Now, processed))}, nil
}

// register makes a register of agreements, with the request's paths for
// its problems.
func register(agreements []dpa.Agreement) (*dpa.Register, error) {
	if len(agreements) == 0 {
		return nil, gdpr.Problems{{Path: "agreements", Code: gdpr.CodeRequired, Message: "give at least one agreement"}}
	}
	reg, err := dpa.NewRegister(agreements)
	if err != nil {
		return nil, under("agreements", err)
	}
	return reg, nil
}

// DPAReachRequest asks where the data of data processing agreements can
// be reached from.
type DPAReachRequest struct {
	// Agreements are the data processing agreements; each must validate.
	Agreements []dpa.Agreement `json:"agreements"`
}

// DPAReachResponse lists every place the data reach.
type DPAReachResponse struct {
	// Reaches are the places, one per processor or sub-processor and
	// location, with the records each agreement serves: what ropa/check
	// reconciles with the records' transfers (GDPR art. 30(1)(e)).
	Reaches []gdpr.Reach `json:"reaches"`
	// Countries are the same by country or international organisation,
	// each with whether it is outside the EEA and every route there
	// (the municipal DPIA template, sections 7.1, 7.2 and 7.4), in Danish
	// order of the country's Danish name.
	Countries []dpa.CountryReach `json:"countries"`
}

func dpaReach(r DPAReachRequest) (DPAReachResponse, error) {
	reg, err := register(r.Agreements)
	if err != nil {
		return DPAReachResponse{}, err
	}
	return DPAReachResponse{Reaches: nonNil(reg.Reaches()), Countries: nonNil(reg.Reach())}, nil
}
