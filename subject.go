package gdpr

import (
	"database/sql/driver"
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

var subjectGroupCodes = [...]string{"", "citizens", "children", "pupils", "employees", "elderly", "patients", "applicants", "relatives", "suppliers"}

var subjectGroupLabels = [...]Text{
	{},
	{Da: "Borgere", En: "Citizens"},
	{Da: "Børn", En: "Children"},
	{Da: "Elever", En: "Pupils"},
	{Da: "Medarbejdere", En: "Employees"},
	{Da: "Ældre", En: "Elderly people"},
	{Da: "Patienter", En: "Patients"},
	{Da: "Ansøgere", En: "Applicants"},
	{Da: "Pårørende", En: "Relatives"},
	{Da: "Leverandører og samarbejdspartnere", En: "Suppliers and partners"},
}

// vulnerableGroups marks the groups WP248 (criterion 7) and seed 002 count as
// vulnerable: children, employees, the elderly, patients, and anyone in an
// imbalance of power with the controller.
var vulnerableGroups = [...]bool{false, false, true, true, true, true, true, true, false, false}

// SubjectGroups returns every preset group in order.
func SubjectGroups() []SubjectGroup {
	out := make([]SubjectGroup, 0, len(subjectGroupCodes)-1)
	for i := 1; i < len(subjectGroupCodes); i++ {
		out = append(out, SubjectGroup(i))
	}
	return out
}

// Valid reports whether g is a defined group.
func (g SubjectGroup) Valid() bool { return enum.Valid(g, subjectGroupCodes[:]) }

// String returns the stable code ("pupils"), or "SubjectGroup(n)".
func (g SubjectGroup) String() string { return enum.String(g, "SubjectGroup", subjectGroupCodes[:]) }

// Label returns the Danish or English name of g.
func (g SubjectGroup) Label(tag language.Tag) string {
	if !g.Valid() {
		return g.String()
	}
	return subjectGroupLabels[g].In(tag)
}

// Vulnerable reports whether g is a vulnerable group by default.
func (g SubjectGroup) Vulnerable() bool { return g.Valid() && vulnerableGroups[g] }

// Category returns the preset category of data subjects for g.
func (g SubjectGroup) Category() DataSubjectCategory {
	return DataSubjectCategory{Group: g, Vulnerable: g.Vulnerable()}
}

// ParseSubjectGroup parses a group code; "" gives the zero value.
func ParseSubjectGroup(code string) (SubjectGroup, error) {
	return enum.Parse[SubjectGroup](code, "gdpr: subject group", subjectGroupCodes[:], ErrInvalid)
}

// MarshalText encodes g as its code.
func (g SubjectGroup) MarshalText() ([]byte, error) {
	return enum.Marshal(g, "gdpr: SubjectGroup", subjectGroupCodes[:], ErrInvalid)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (g *SubjectGroup) UnmarshalText(b []byte) (err error) {
	*g, err = ParseSubjectGroup(string(b))
	return err
}

// Scan implements sql.Scanner.
func (g *SubjectGroup) Scan(src any) error {
	return enum.Scan(g, src, "gdpr: subject group", subjectGroupCodes[:], ErrInvalid)
}

// Value implements driver.Valuer.
func (g SubjectGroup) Value() (driver.Value, error) {
	return enum.Value(g, "gdpr: SubjectGroup", subjectGroupCodes[:], ErrInvalid)
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
