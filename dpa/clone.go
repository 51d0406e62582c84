package dpa

import (
	"maps"
	"slices"
)

// Clone returns a deep copy of a that shares no slices or maps with it.
func (a Agreement) Clone() Agreement {
	c := a
	c.Systems = slices.Clone(a.Systems)
	c.Records = slices.Clone(a.Records)
	c.DataTypes = slices.Clone(a.DataTypes)
	c.Subjects = slices.Clone(a.Subjects)
	c.Clauses = maps.Clone(a.Clauses)
	c.Locations = cloneLocations(a.Locations)
	c.SubProcessors = cloneSubProcessors(a.SubProcessors)
	if a.Supervisions != nil {
		c.Supervisions = make([]Supervision, len(a.Supervisions))
		for i, s := range a.Supervisions {
			s.Remarks = slices.Clone(s.Remarks)
			s.Actions = slices.Clone(s.Actions)
			c.Supervisions[i] = s
		}
	}
	c.Changes = slices.Clone(a.Changes)
	return c
}

func cloneLocations(ls []Location) []Location {
	if ls == nil {
		return nil
	}
	out := make([]Location, len(ls))
	for i, l := range ls {
		l.Basis.TIA.Measures = slices.Clone(l.Basis.TIA.Measures)
		out[i] = l
	}
	return out
}

func cloneSubProcessors(ss []SubProcessor) []SubProcessor {
	if ss == nil {
		return nil
	}
	out := make([]SubProcessor, len(ss))
	for i, s := range ss {
		s.Locations = cloneLocations(s.Locations)
		s.SubProcessors = cloneSubProcessors(s.SubProcessors)
		out[i] = s
	}
	return out
}
