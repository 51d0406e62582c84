package rights

import (
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Relation is who made a request, seen from the data subject. Rights are
// personal: others, parents included, cannot as a rule exercise them on the
// data subject's behalf; they may help (GDPR art. 12(2) and (6)). A request made by anyone but the data subject is therefore
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

var relationDef = enum.Def[Relation]{
	Type: "Relation",
	Kind: "rights: relation",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Self:           {Code: "self", Da: "Den registrerede selv", En: "The data subject"},
		Parent:         {Code: "parent", Da: "Forælder", En: "Parent"},
		Guardian:       {Code: "guardian", Da: "Værge", En: "Guardian"},
		Representative: {Code: "representative", Da: "Fuldmægtig (f.eks. advokat)", En: "Representative (e.g. a lawyer)"},
		OtherRelation:  {Code: "other", Da: "Anden", En: "Someone else"},
	},
}

// Relations returns every relation, in the order of the constants.
func Relations() []Relation { return []Relation{Self, Parent, Guardian, Representative, OtherRelation} }

// OnBehalf reports whether r is someone acting for the data subject, whose
// authority must be checked before the request is handled. The zero value
// (not recorded) counts as the data subject.
func (r Relation) OnBehalf() bool { return r.Valid() && r != Self }
