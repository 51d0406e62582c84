package ropa

import "slices"

// Clone returns a deep copy of r that shares no slices with it: editing
// the copy, or the slices in it, leaves r as it was.
func (r Record) Clone() Record {
	c := r
	c.JointControllers = slices.Clone(r.JointControllers)
	if r.Purposes != nil {
		c.Purposes = make([]Purpose, len(r.Purposes))
		for i, p := range r.Purposes {
			p.Kinds = slices.Clone(p.Kinds)
			p.LegalBases = slices.Clone(p.LegalBases)
			p.KLE = slices.Clone(p.KLE)
			c.Purposes[i] = p
		}
	}
	if r.Subjects != nil {
		c.Subjects = make([]SubjectCategory, len(r.Subjects))
		for i, s := range r.Subjects {
			s.DataTypes = slices.Clone(s.DataTypes)
			c.Subjects[i] = s
		}
	}
	c.Collection = slices.Clone(r.Collection)
	c.Technologies = slices.Clone(r.Technologies)
	c.Operations = slices.Clone(r.Operations)
	if r.Recipients != nil {
		c.Recipients = make([]Recipient, len(r.Recipients))
		for i, x := range r.Recipients {
			x.LegalBases = slices.Clone(x.LegalBases)
			c.Recipients[i] = x
		}
	}
	c.Transfers = slices.Clone(r.Transfers)
	if r.Retention != nil {
		c.Retention = make([]Retention, len(r.Retention))
		for i, x := range r.Retention {
			x.DataTypes = slices.Clone(x.DataTypes)
			c.Retention[i] = x
		}
	}
	c.Channels = slices.Clone(r.Channels)
	c.Systems = slices.Clone(r.Systems)
	if r.Processors != nil {
		c.Processors = make([]ProcessorRef, len(r.Processors))
		for i, p := range r.Processors {
			p.Countries = slices.Clone(p.Countries)
			p.Organisations = slices.Clone(p.Organisations)
			c.Processors[i] = p
		}
	}
	return c
}
