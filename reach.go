package gdpr

import "golang.org/x/text/language"

// Reach is one place from which a processor or one of its sub-processors
// reaches the personal data of a data processing agreement: a country or
// an international organisation, by any kind of access. Read access
// counts: a support desk in a third country that can see the data makes a
// transfer there even if it never looks (GDPR art. 44). Package dpa gives
// an agreement's reaches (dpa.Agreement.Reaches); package ropa compares
// them with the transfers of the records the agreement serves, so that a
// record and its agreements tell the same story (GDPR art. 30(1)(e)).
//
// Exactly one of Country and Organisation is set.
type Reach struct {
	// Agreement is the id of the data processing agreement.
	Agreement string `json:"agreement"`
	// Records are the ids of the records of processing the agreement
	// serves.
	Records []string `json:"records,omitempty"`
	// Path names the processor and then each sub-processor down to the one
	// that reaches the data.
	Path []string `json:"path"`
	// SubProcessor is the agreement's id of that sub-processor, or "" when
	// the processor itself reaches the data.
	SubProcessor string `json:"subProcessor,omitempty"`
	// Country is where the data are reached from, or zero for an
	// international organisation.
	Country Country `json:"country,omitzero"`
	// Organisation is the international organisation that reaches the
	// data, or zero for a country.
	Organisation InternationalOrganisation `json:"organisation,omitzero"`
}

// Transfer reports whether the reach is a transfer under GDPR chapter V:
// to an international organisation, or to a country outside the EEA.
func (r Reach) Transfer() bool {
	return r.Organisation != 0 || (!r.Country.IsZero() && !r.Country.InEEA())
}

// Party returns the name of the processor or sub-processor that reaches
// the data: the last name of the path.
func (r Reach) Party() string {
	if len(r.Path) == 0 {
		return ""
	}
	return r.Path[len(r.Path)-1]
}

// Destination returns the name of the country or the organisation, in
// Danish and English.
func (r Reach) Destination() Text {
	if r.Organisation != 0 {
		return Text{Da: r.Organisation.Label(language.Danish), En: r.Organisation.Label(language.English)}
	}
	return Text{Da: r.Country.Label(language.Danish), En: r.Country.Label(language.English)}
}
