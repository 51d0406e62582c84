package ropa

import (
	"slices"

	"github.com/dkgdpr/gdpr"
)

// This file derives facts from a record, for the DPIA screening, the risk
// assessment and a host's overviews. Each method returns a fresh slice.

// DataTypes returns every data type the record processes, over all its
// categories of data subjects, each once, in the order they first appear.
func (r Record) DataTypes() []gdpr.DataType { return r.dataTypes() }

func (r *Record) dataTypes() []gdpr.DataType {
	var u uniq[gdpr.DataType]
	for _, s := range r.Subjects {
		for _, t := range s.DataTypes {
			if t != "" {
				u.add(t)
			}
		}
	}
	return u.list
}

// HighestCategory returns the highest tier of the record's data types,
// which is the tier of the processing, or 0 when it names no
// valid data type.
func (r Record) HighestCategory() gdpr.DataCategory { return r.highestCategory() }

func (r *Record) highestCategory() gdpr.DataCategory {
	var max gdpr.DataCategory
	for _, s := range r.Subjects {
		if c := gdpr.HighestCategory(s.DataTypes...); c > max {
			max = c
		}
	}
	return max
}

// Processes reports whether the record processes data type t.
func (r Record) Processes(t gdpr.DataType) bool { return r.processes(t) }

func (r *Record) processes(t gdpr.DataType) bool {
	for _, s := range r.Subjects {
		if slices.Contains(s.DataTypes, t) {
			return true
		}
	}
	return false
}

// ProcessesCategory reports whether the record processes any data type of
// tier c.
func (r Record) ProcessesCategory(c gdpr.DataCategory) bool { return r.processesCategory(c) }

func (r *Record) processesCategory(c gdpr.DataCategory) bool {
	for _, s := range r.Subjects {
		for _, t := range s.DataTypes {
			if t.Category() == c {
				return true
			}
		}
	}
	return false
}

// SubjectCategories returns the categories of data subjects, each with its
// vulnerable flag.
func (r Record) SubjectCategories() []gdpr.DataSubjectCategory {
	out := make([]gdpr.DataSubjectCategory, 0, len(r.Subjects))
	for _, s := range r.Subjects {
		out = append(out, s.Category)
	}
	return out
}

// Vulnerable reports whether any category of data subjects is or contains
// a vulnerable group (the municipal DPIA template, section 1; WP248 rev.01, criterion 7).
func (r Record) Vulnerable() bool { return r.vulnerable() }

func (r *Record) vulnerable() bool {
	for _, s := range r.Subjects {
		if s.Category.Vulnerable {
			return true
		}
	}
	return false
}

// LegalBases returns the legal bases of all purposes, each once, in the
// order they first appear.
func (r Record) LegalBases() []gdpr.LegalBasis { return r.legalBases() }

func (r *Record) legalBases() []gdpr.LegalBasis {
	var u uniq[gdpr.LegalBasis]
	for _, p := range r.Purposes {
		for _, b := range p.LegalBases {
			if b != "" {
				u.add(b)
			}
		}
	}
	return u.list
}

// KLENumbers returns the KLE numbers of all purposes, each once, in KLE
// order.
func (r Record) KLENumbers() []gdpr.KLE {
	var u uniq[gdpr.KLE]
	for _, p := range r.Purposes {
		for _, k := range p.KLE {
			if !k.IsZero() {
				u.add(k)
			}
		}
	}
	slices.SortFunc(u.list, gdpr.KLE.Compare)
	return u.list
}

// HasPurposeKind reports whether any purpose is of kind k (profiling, for
// instance, weighs in the screening).
func (r Record) HasPurposeKind(k PurposeKind) bool {
	for _, p := range r.Purposes {
		if slices.Contains(p.Kinds, k) {
			return true
		}
	}
	return false
}

// UsedTechnologies returns the technologies the processing uses, each
// once, in the order they are listed.
func (r Record) UsedTechnologies() []gdpr.Technology {
	var u uniq[gdpr.Technology]
	for _, t := range r.Technologies {
		if t.Technology != 0 {
			u.add(t.Technology)
		}
	}
	return u.list
}

// PurposeKinds returns the kinds of all purposes, each once, in the order
// they first appear.
func (r Record) PurposeKinds() []PurposeKind {
	var u uniq[PurposeKind]
	for _, p := range r.Purposes {
		for _, k := range p.Kinds {
			if k != 0 {
				u.add(k)
			}
		}
	}
	return u.list
}

// Uses reports whether the processing uses technology t.
func (r Record) Uses(t gdpr.Technology) bool {
	for _, u := range r.Technologies {
		if u.Technology == t {
			return true
		}
	}
	return false
}

// Performs reports whether the processing includes operation o.
func (r Record) Performs(o Operation) bool { return slices.Contains(r.Operations, o) }

// Countries returns every country the data go to or are accessed from:
// the transfers', the processors' and the recipients' countries, each once,
// ordered by code.
func (r Record) Countries() []gdpr.Country {
	var u uniq[gdpr.Country]
	add := func(c gdpr.Country) {
		if !c.IsZero() {
			u.add(c)
		}
	}
	for _, t := range r.Transfers {
		add(t.Country)
	}
	for _, p := range r.Processors {
		for _, c := range p.Countries {
			add(c)
		}
	}
	for _, x := range r.Recipients {
		add(x.Country)
	}
	slices.SortFunc(u.list, gdpr.Country.Compare)
	return u.list
}

// ThirdCountries returns the countries of [Record.Countries] that are
// outside the EEA (Greenland included; GDPR art. 44).
func (r Record) ThirdCountries() []gdpr.Country {
	all := r.Countries()
	out := all[:0]
	for _, c := range all {
		if !c.InEEA() {
			out = append(out, c)
		}
	}
	return out
}

// TransferStatuses returns what the transfer rules say, on the date on, of
// every third country of [Record.ThirdCountries]: adequate or not, with the
// reasons ([gdpr.TransferToRecipient], with the recipient facts of the
// record's transfer to that country when it has one).
func (r Record) TransferStatuses(on gdpr.Date) []gdpr.Transfer {
	countries := r.ThirdCountries()
	out := make([]gdpr.Transfer, 0, len(countries))
	for _, c := range countries {
		var facts gdpr.TransferRecipient
		for _, t := range r.Transfers {
			if t.Country == c {
				facts = t.RecipientFacts
				break
			}
		}
		out = append(out, gdpr.TransferToRecipient(c, on, facts))
	}
	return out
}

// AgreementIDs returns the ids of the processor agreements the record
// refers to (package dpa), each once.
func (r Record) AgreementIDs() []string {
	var u uniq[string]
	for _, p := range r.Processors {
		if p.AgreementID != "" {
			u.add(p.AgreementID)
		}
	}
	return u.list
}

// Active reports whether the processing goes on: its status is active or
// not set.
func (r Record) Active() bool { return r.Status == 0 || r.Status == Active }

// PurposeActive reports whether the purpose at index i is pursued on the
// day on: the record is active and the purpose has not ended by then.
func (r Record) PurposeActive(i int, on gdpr.Date) bool {
	if i < 0 || i >= len(r.Purposes) || !r.Active() {
		return false
	}
	end := r.Purposes[i].Ended
	return end.IsZero() || on.Before(end)
}

// Interval returns the review interval: ReviewInterval, or the default of
// one year when it is zero.
func (r Record) Interval() Period {
	if r.ReviewInterval.IsZero() {
		return DefaultReviewInterval()
	}
	return r.ReviewInterval
}

// NextReview returns the day by which the record must be reviewed again:
// the last review plus the review interval. It is the zero date when the
// record was never reviewed (the review is due at once).
func (r Record) NextReview() gdpr.Date {
	return r.Interval().End(r.LastReview)
}
