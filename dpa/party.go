package dpa

import (
	"strings"

	"github.com/dkgdpr/gdpr"
)

// Party identifies a processor or a sub-processor as template section 7.1
// asks for it (seed 002): name, CVR or foreign company number, and address,
// plus the country where it is established and a contact point. The
// contact should be a function (a support desk, a DPO mailbox), not a
// person: the package treats none of these fields as personal data.
type Party struct {
	// Name is the legal name ("Microsoft Ireland Operations Limited").
	Name string `json:"name"`
	// CVR is the Danish CVR number, if the party has one.
	CVR gdpr.CVR `json:"cvr,omitzero"`
	// CompanyNumber is a foreign company registration number.
	CompanyNumber string `json:"companyNumber,omitempty"`
	// Country is where the party is established. Where the data is
	// processed, stored or read is given by the locations.
	Country gdpr.Country `json:"country,omitzero"`
	// Address is the postal address.
	Address string `json:"address,omitempty"`
	// Contact is the contact point for data protection matters.
	Contact string `json:"contact,omitempty"`
}

// Validate reports a missing name and a CVR number on a party established
// outside Denmark (a CVR number is Danish; use CompanyNumber).
func (p Party) Validate() error {
	var ps gdpr.Problems
	if strings.TrimSpace(p.Name) == "" {
		ps.Add("name", gdpr.CodeRequired, "a party needs a name")
	}
	if !p.CVR.IsZero() && !p.Country.IsZero() && p.Country.String() != "DK" {
		ps.Add("cvr", gdpr.CodeConflict, "a CVR number belongs to a party established in Denmark (DK), not "+p.Country.String())
	}
	return ps.Err()
}

// Controller is the data controller (dataansvarlig) of an agreement: the
// municipality or other authority on whose behalf the processor works.
type Controller struct {
	Party
	// PublicAuthority reports that the controller is a public authority
	// processing in the exercise of its public powers. Such a controller
	// cannot rely on the derogations of GDPR art. 49(1)(a) to (c) nor on
	// the second subparagraph of art. 49(1) (art. 49(3)). A municipality
	// sets it for its administration of cases.
	PublicAuthority bool `json:"publicAuthority"`
}
