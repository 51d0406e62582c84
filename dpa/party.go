package dpa

import (
	"log/slog"
	"strings"

	"github.com/dkgdpr/gdpr"
)

// Party identifies a processor or a sub-processor as the municipal DPIA
// template, section 7.1, asks for it: name, CVR or foreign company number,
// and address, plus the country where it is established and a contact
// point.
//
// Redaction, field by field (the rule of package gdpr): the party is an
// organisation, so its name, numbers, country and address print. Only its
// Contact may name a person or give a person's own e-mail address or
// phone number, so it is a [gdpr.Personal]: redacted in String, every fmt
// verb (also as a nested or unexported field), slog and errors, and in
// clear in JSON, which is the stored agreement. A processor's data
// protection officer's contact details are public (GDPR art. 37(7)) and
// could print, but the field does not tell a published function mailbox
// from a person's own address, so it is redacted all the same.
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
	// Contact is the contact point for data protection matters. Prefer a
	// function ("Support, privacy@leverandor.dk"); redacted outside JSON.
	Contact gdpr.Personal `json:"contact,omitzero"`
}

// LogValue implements slog.LogValuer: the party's fields under their JSON
// names, the contact redacted.
func (p Party) LogValue() slog.Value { return gdpr.LogValueOf(p) }

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
	// PublicPowers answers whether the controller processes under the
	// agreement in the exercise of its public powers: yes, no, or zero for
	// not stated. Such a controller cannot rely on the derogations of GDPR
	// art. 49(1)(a) to (c) nor on the second subparagraph of art. 49(1)
	// (art. 49(3)). A municipality answers yes for its administration of
	// cases. While it is not stated, a transfer on one of those derogations
	// is flagged for confirmation (dpa.derogation_public_powers_unstated),
	// not passed silently; a stated no clears it.
	PublicPowers gdpr.Answer `json:"publicPowers,omitempty"`
}

// LogValue implements slog.LogValuer: the controller's fields under their
// JSON names, the contact redacted.
func (c Controller) LogValue() slog.Value { return gdpr.LogValueOf(c) }

// Validate reports the problems of the controller's party and an unknown
// answer on public powers.
func (c Controller) Validate() error {
	var ps gdpr.Problems
	ps.Merge("", c.Party.Validate())
	if c.PublicPowers != 0 && !c.PublicPowers.Valid() {
		ps.Add("publicPowers", gdpr.CodeUnknown, "unknown answer "+c.PublicPowers.String())
	}
	return ps.Err()
}
