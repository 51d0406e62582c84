package gdpr

import (
	"strings"

	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// SubjectGroup is a common category of data subjects (kategori af
// registrerede) with a preset for whether it is a vulnerable group. The zero
// value means "not set".
type SubjectGroup uint8

// Common groups in municipal processing.
const (
	Citizens   SubjectGroup = iota + 1 // borgere
	Children                           // børn (vulnerable)
	Pupils                             // elever (vulnerable: mostly children)
	Employees                          // medarbejdere (vulnerable: imbalance of power, WP248)
	Elderly                            // ældre (vulnerable)
	Patients                           // patienter (vulnerable)
	Applicants                         // ansøgere (vulnerable: imbalance of power towards the authority deciding)
	Relatives                          // pårørende
	Suppliers                          // leverandører og samarbejdspartnere
)

var subjectGroupDef = enum.Def[SubjectGroup]{
	Type: "SubjectGroup",
	Kind: "gdpr: subject group",
	Err:  ErrInvalid,
	Entries: []enum.Entry{
		Citizens:   {Code: "citizens", Da: "Borgere", En: "Citizens"},
		Children:   {Code: "children", Da: "Børn", En: "Children"},
		Pupils:     {Code: "pupils", Da: "Elever", En: "Pupils"},
		Employees:  {Code: "employees", Da: "Medarbejdere", En: "Employees"},
		Elderly:    {Code: "elderly", Da: "Ældre", En: "Elderly people"},
		Patients:   {Code: "patients", Da: "Patienter", En: "Patients"},
		Applicants: {Code: "applicants", Da: "Ansøgere", En: "Applicants"},
		Relatives:  {Code: "relatives", Da: "Pårørende", En: "Relatives"},
		Suppliers:  {Code: "suppliers", Da: "Leverandører og samarbejdspartnere", En: "Suppliers and partners"},
	},
}

// vulnerableGroups marks the groups that WP248 rev.01 (criterion 7,
// "data concerning vulnerable data subjects") and the municipal DPIA
// template count as vulnerable: children, employees, the elderly, patients,
// and anyone in an imbalance of power with the controller. Keyed by
// constant; read-only.
var vulnerableGroups = [...]bool{
	Children:   true,
	Pupils:     true,
	Employees:  true,
	Elderly:    true,
	Patients:   true,
	Applicants: true,
	Suppliers:  false, // the last group, so that the table covers every group
}

// SubjectGroups returns every preset group in order, in a fresh slice.
func SubjectGroups() []SubjectGroup { return subjectGroupDef.Values() }

// Vulnerable reports whether g is a vulnerable group by default.
func (g SubjectGroup) Vulnerable() bool { return g.Valid() && vulnerableGroups[g] }

// Category returns the preset category of data subjects for g.
func (g SubjectGroup) Category() DataSubjectCategory {
	return DataSubjectCategory{Group: g, Vulnerable: g.Vulnerable()}
}

// DataSubjectCategory is a category of data subjects (kategori af
// registrerede) as the template's section 1 asks for it: a name, and whether
// it is or contains a vulnerable group ("Udgør eller indeholder en sårbar
// gruppe af fysiske personer"). Use a preset ([SubjectGroup.Category]) or
// name your own; a custom name wins over the group's label.
type DataSubjectCategory struct {
	// Group is the preset group, or zero for a category known by its name.
	Group SubjectGroup `json:"group,omitempty"`
	// Name is the category's own name; a blank name counts as none.
	Name string `json:"name,omitempty"`
	// Vulnerable records the template's checkbox: the category is or
	// contains a vulnerable group of natural persons.
	Vulnerable bool `json:"vulnerable"`
}

// Label returns the category's name, or its group's label when the name is
// blank.
func (c DataSubjectCategory) Label(tag language.Tag) string {
	if c.named() {
		return c.Name
	}
	return c.Group.Label(tag)
}

// named reports whether c has a name that is not blank.
func (c DataSubjectCategory) named() bool { return strings.TrimSpace(c.Name) != "" }

// Validate reports a category with neither a valid group nor a name, and a
// preset vulnerable group marked as not vulnerable (the preset exists
// because WP248 counts the group as vulnerable; name a custom category to
// record an exception).
func (c DataSubjectCategory) Validate() error {
	var ps Problems
	switch {
	case c.Group == 0 && !c.named():
		ps.Add("", CodeRequired, "a data-subject category needs a group or a name")
	case c.Group != 0 && !c.Group.Valid():
		ps.Add("group", CodeUnknown, "unknown subject group "+c.Group.String())
	case c.Group.Vulnerable() && !c.Vulnerable && !c.named():
		ps.Add("vulnerable", CodeConflict, "group "+c.Group.String()+" is a vulnerable group")
	}
	return ps.Err()
}
