package screening

import (
	"strconv"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Facts describes a processing in the shared vocabulary, so that [Policy.Suggest]
// can propose answers to the screening. It holds only gdpr types, counts,
// booleans and [gdpr.Technology], so a record of processing activities
// (ropa.Record.TemplateTechnologies) or a DPIA can fill it from what it
// already holds. The fields follow the municipal DPIA template's questions: 1.1 (data and data subjects), 2.1-2.14
// (technologies), 3.1 (automated decisions) and 4.1 (people a year).
//
// The zero value says nothing about the processing. Missing data types,
// data subjects and numbers of people give "don't know"; missing
// technologies and automated decisions read as none and give "no", with
// that reason, for a person to confirm.
type Facts struct {
	// DataTypes are the types of personal data processed (1.1).
	DataTypes []gdpr.DataType `json:"dataTypes,omitempty"`
	// Categories are tiers of data processed, for when the types are not
	// listed; they add to the tiers of DataTypes.
	Categories []gdpr.DataCategory `json:"categories,omitempty"`
	// Subjects are the categories of data subjects, each marked vulnerable
	// or not (1.1).
	Subjects []gdpr.DataSubjectCategory `json:"subjects,omitempty"`
	// SubjectsPerYear estimates how many people the processing affects a
	// year (4.1). Zero means not known.
	SubjectsPerYear int `json:"subjectsPerYear,omitempty"`
	// Technologies are the technologies used (2.1-2.14).
	Technologies []gdpr.Technology `json:"technologies,omitempty"`
	// AutomatedDecisions is set when automated decisions, or individual
	// decisions based on profiling, are made (3.1).
	AutomatedDecisions bool `json:"automatedDecisions,omitempty"`
}

// Validate reports every problem of f: unknown or empty data types,
// categories and technologies, invalid data-subject categories, and a
// negative number of people.
func (f Facts) Validate() error {
	var ps gdpr.Problems
	for i, t := range f.DataTypes {
		switch {
		case t == "":
			ps.Add(index("dataTypes", i), gdpr.CodeRequired, "the data type is empty")
		case !t.Valid():
			ps.Add(index("dataTypes", i), gdpr.CodeUnknown, "unknown data type "+enum.Quote(string(t)))
		}
	}
	for i, c := range f.Categories {
		switch {
		case c == 0:
			ps.Add(index("categories", i), gdpr.CodeRequired, "the data category is not set")
		case !c.Valid():
			ps.Add(index("categories", i), gdpr.CodeUnknown, "unknown data category "+c.String())
		}
	}
	for i, s := range f.Subjects {
		ps.Merge(index("subjects", i), s.Validate())
	}
	if f.SubjectsPerYear < 0 {
		ps.Add("subjectsPerYear", gdpr.CodeOutOfRange, "the number of people a year cannot be negative")
	}
	for i, t := range f.Technologies {
		switch {
		case t == 0:
			ps.Add(index("technologies", i), gdpr.CodeRequired, "the technology is not set")
		case !t.Valid():
			ps.Add(index("technologies", i), gdpr.CodeUnknown, "unknown technology "+t.String())
		}
	}
	return ps.Err()
}

// DefaultLargeScaleSubjects is the default threshold of "large scale": 10,000
// data subjects a year, as the Dutch government's DPIA pre-scan uses. GDPR
// and WP248 do not define large scale (WP248 names the factors: number of
// people, volume of data, duration, geographical extent); the threshold is a
// policy, and only the number of people is compared with it.
const DefaultLargeScaleSubjects = 10_000

// Policy holds the local choices of [Policy.Suggest]. The zero value is
// the default policy: large scale from [DefaultLargeScaleSubjects] data
// subjects a year.
type Policy struct {
	// LargeScaleSubjects is the number of data subjects a year from which
	// [Policy.Suggest] proposes that the processing is on a large scale. Zero means
	// DefaultLargeScaleSubjects.
	LargeScaleSubjects int `json:"largeScaleSubjects,omitempty"`
}

// DefaultPolicy returns the default policy, with its values spelt out.
func DefaultPolicy() Policy { return Policy{LargeScaleSubjects: DefaultLargeScaleSubjects} }

// Validate reports a negative threshold.
func (p Policy) Validate() error {
	var ps gdpr.Problems
	if p.LargeScaleSubjects < 0 {
		ps.Add("largeScaleSubjects", gdpr.CodeOutOfRange, "the large-scale threshold cannot be negative")
	}
	return ps.Err()
}

// largeScale returns the threshold in force.
func (p Policy) largeScale() int {
	if p.LargeScaleSubjects == 0 {
		return DefaultLargeScaleSubjects
	}
	return p.LargeScaleSubjects
}

// index builds the path "list[i]".
func index(list string, i int) string { return list + "[" + strconv.Itoa(i) + "]" }
