package ropa

import (
	"slices"

	"github.com/dkgdpr/gdpr"
)

// TemplateTechnologies returns the technologies of the municipal DPIA
// template's questions 2.1-2.14 that the record answers yes, in the
// template's order: tracking data (2.1) when the data are collected by
// tracking ([SourceTracking]), the technologies the processing uses
// (2.2-2.13, [Record.Technologies]) and combination (2.14) when the data
// are matched with other sources ([Record.Matching] is Yes). It is the one
// mapping from a record to the template's technology questions: a DPIA
// screening reads its result as its facts.
func (r Record) TemplateTechnologies() []gdpr.Technology {
	var used [gdpr.Combination + 1]bool
	if slices.Contains(r.Collection, SourceTracking) {
		used[gdpr.TrackingData] = true
	}
	for _, t := range r.Technologies {
		if t.Technology.Valid() {
			used[t.Technology] = true
		}
	}
	if r.Matching == gdpr.Yes {
		used[gdpr.Combination] = true
	}
	var out []gdpr.Technology
	for _, t := range gdprTechnologies {
		if used[t] {
			out = append(out, t)
		}
	}
	return out
}

// gdprTechnologies are the template's technologies in order. Read-only.
var gdprTechnologies = gdpr.Technologies()
