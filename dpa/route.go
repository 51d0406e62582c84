package dpa

import (
	"slices"

	"github.com/dkgdpr/gdpr"
)

// Route is one way the data of an agreement reaches a country: through the
// processor, or down a chain of sub-processors, by some kind of access.
// Read access counts: a route by support or read-only access is a transfer
// when the country is outside the EEA (GDPR art. 44).
type Route struct {
	// Agreement is the ID of the agreement.
	Agreement string `json:"agreement"`
	// Path names the processor and then each sub-processor down the chain
	// to the one that has the data in Country.
	Path []string `json:"path"`
	// SubProcessor is the ID of the last sub-processor of the chain, or ""
	// when the processor itself has the data there.
	SubProcessor string `json:"subProcessor,omitempty"`
	// Country is where the data is, or zero for an international
	// organisation.
	Country gdpr.Country `json:"country,omitzero"`
	// Organisation is the international organisation that has the data,
	// or zero for a country.
	Organisation gdpr.InternationalOrganisation `json:"organisation,omitzero"`
	// Access is what happens to it there.
	Access Access `json:"access"`
	// Place describes the site, if recorded.
	Place string `json:"place,omitempty"`
	// Mechanism is the transfer mechanism recorded for the place, if any.
	Mechanism Mechanism `json:"mechanism,omitempty"`
}

// Routes returns every place the data of a reaches, directly or through
// sub-processors and by any kind of access, in the order of the agreement:
// the processor's own locations, then the sub-processor tree depth first.
// Places without a country are left out (Check reports them). Each route
// has its own Path slice.
func (a Agreement) Routes() []Route {
	var out []Route
	proc := []string{a.Processor.Name}
	if len(a.Locations) == 0 && !a.Processor.Country.IsZero() {
		out = append(out, Route{Agreement: a.ID, Path: proc, Country: a.Processor.Country, Access: ProcessingAccess})
	}
	for _, l := range a.Locations {
		if l.Country.IsZero() && l.Organisation == 0 {
			continue
		}
		access := l.Access
		if access == 0 {
			access = ProcessingAccess
		}
		out = append(out, Route{Agreement: a.ID, Path: proc, Country: l.Country, Organisation: l.Organisation, Access: access,
			Place: l.Place, Mechanism: l.Basis.Mechanism})
	}
	a.walk(func(chain []*SubProcessor) {
		s := chain[len(chain)-1]
		var path []string
		s.locations(func(_ int, l *Location, access Access) {
			if l.Country.IsZero() && l.Organisation == 0 {
				return
			}
			if path == nil {
				path = make([]string, 0, len(chain)+1)
				path = append(path, a.Processor.Name)
				for _, c := range chain {
					path = append(path, c.Name)
				}
			}
			out = append(out, Route{Agreement: a.ID, Path: path, SubProcessor: s.ID, Country: l.Country, Organisation: l.Organisation,
				Access: access, Place: l.Place, Mechanism: l.Basis.Mechanism})
		})
	})
	for i := range out { // every route its own path
		out[i].Path = slices.Clone(out[i].Path)
	}
	return out
}

// Reaches returns every place from which the processor or a sub-processor
// reaches the data of a, by any kind of access, as [gdpr.Reach] values for
// the records of processing a serves (package ropa compares them with the
// records' transfers, GDPR art. 30(1)(e)). They come in the order of
// [Agreement.Routes]; places inside the EEA are included. Each has its own
// Path and Records slices.
func (a Agreement) Reaches() []gdpr.Reach {
	routes := a.Routes()
	out := make([]gdpr.Reach, len(routes))
	for i, rt := range routes {
		out[i] = gdpr.Reach{Agreement: a.ID, Records: slices.Clone(a.Records), Path: rt.Path,
			SubProcessor: rt.SubProcessor, Country: rt.Country, Organisation: rt.Organisation}
	}
	return out
}

// Reaches returns the reaches of every agreement of the register
// ([Agreement.Reaches]), in register order.
func (r *Register) Reaches() []gdpr.Reach {
	if r == nil {
		return []gdpr.Reach{}
	}
	out := []gdpr.Reach{}
	for i := range r.agreements {
		out = append(out, r.agreements[i].Reaches()...)
	}
	return out
}
