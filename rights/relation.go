package rights

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Relation is who made a request, seen from the data subject. Rights are
// personal: others, parents included, cannot as a rule exercise them on the
// data subject's behalf; they may help (rules.md §5; seed 001, "Ret til
// indsigt"). A request made by anyone but the data subject is therefore
// flagged for a check of the requester's authority (rule
// rights.on_behalf_unchecked), never silently accepted.
//
// The zero value means "not recorded" and is read as the data subject acting
// personally, the usual case.
type Relation uint8

// The relations.
const (
	// Self: the data subject makes the request (den registrerede selv).
	Self Relation = iota + 1
	// Parent: a parent or holder of parental custody on behalf of a child
	// (forælder / indehaver af forældremyndighed).
	Parent
	// Guardian: a guardian appointed under the guardianship act (værge).
	Guardian
	// Representative: someone with a power of attorney, such as a lawyer
	// (fuldmægtig, f.eks. advokat).
	Representative
	// OtherRelation: anyone else (anden).
	OtherRelation
)

var relationCodes = [...]string{"", "self", "parent", "guardian", "representative", "other"}

var relationLabels = [...]gdpr.Text{
	{},
	{Da: "Den registrerede selv", En: "The data subject"},
	{Da: "Forælder", En: "Parent"},
	{Da: "Værge", En: "Guardian"},
	{Da: "Fuldmægtig (f.eks. advokat)", En: "Representative (e.g. a lawyer)"},
	{Da: "Anden", En: "Someone else"},
}

// Relations returns every relation, in the order of the constants.
func Relations() []Relation { return []Relation{Self, Parent, Guardian, Representative, OtherRelation} }

// Valid reports whether r is one of the defined relations.
func (r Relation) Valid() bool { return enum.Valid(r, relationCodes[:]) }

// OnBehalf reports whether r is someone acting for the data subject, whose
// authority must be checked before the request is handled. The zero value
// (not recorded) counts as the data subject.
func (r Relation) OnBehalf() bool { return r.Valid() && r != Self }

// String returns the stable code ("parent"), or "Relation(9)".
func (r Relation) String() string { return enum.String(r, "Relation", relationCodes[:]) }

// Label returns the Danish name of r, or the English one for an English tag.
func (r Relation) Label(tag language.Tag) string {
	if !r.Valid() {
		return r.String()
	}
	return relationLabels[r].In(tag)
}

// ParseRelation parses a relation code; "" gives the zero value and an
// unknown code is an error wrapping [ErrUnknownCode].
func ParseRelation(code string) (Relation, error) {
	return enum.Parse[Relation](code, "rights: relation", relationCodes[:], ErrUnknownCode)
}

// MarshalText encodes r as its code; the zero value encodes as "".
func (r Relation) MarshalText() ([]byte, error) {
	return enum.Marshal(r, "rights: Relation", relationCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (r *Relation) UnmarshalText(b []byte) (err error) {
	*r, err = ParseRelation(string(b))
	return err
}

// Scan implements sql.Scanner.
func (r *Relation) Scan(src any) error {
	return enum.Scan(r, src, "rights: relation", relationCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer.
func (r Relation) Value() (driver.Value, error) {
	return enum.Value(r, "rights: Relation", relationCodes[:], ErrUnknownCode)
}
