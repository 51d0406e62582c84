package dpa

import (
	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// AuthorisationKind is how the controller has authorised the processor to
// engage sub-processors: GDPR art. 28(2) requires prior written
// authorisation, specific or general. The zero value means "no
// authorisation recorded".
type AuthorisationKind uint8

// Kinds of authorisation (GDPR art. 28(2)).
const (
	// SpecificAuthorisation (specific): each sub-processor needs the
	// controller's prior written approval (specifik godkendelse).
	SpecificAuthorisation AuthorisationKind = iota + 1
	// GeneralAuthorisation (general): the processor may engage
	// sub-processors but must announce intended changes in advance so the
	// controller can object (generel godkendelse).
	GeneralAuthorisation
)

var authorisationDef = enum.Def[AuthorisationKind]{
	Type: "AuthorisationKind",
	Kind: "dpa: authorisation kind",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		SpecificAuthorisation: {Code: "specific", Da: "Specifik godkendelse", En: "Specific authorisation"},
		GeneralAuthorisation:  {Code: "general", Da: "Generel godkendelse", En: "General authorisation"},
	},
}

// MaxNoticeDays bounds [Authorisation.NoticeDays] and
// [Authorisation.ObjectionDays]: ten years of days, far beyond any real
// agreement, so that arithmetic on them cannot overflow.
const MaxNoticeDays = 3650

// Authorisation is the agreement's terms for sub-processors (GDPR art.
// 28(2)). The GDPR sets no notice period: under general
// authorisation the notice period and the window for objections are terms
// of the agreement, recorded here in days.
type Authorisation struct {
	// Kind is specific or general authorisation; zero when the agreement
	// says nothing.
	Kind AuthorisationKind `json:"kind,omitempty"`
	// NoticeDays is, under general authorisation, how many days before a
	// change of sub-processors takes effect the processor must announce it.
	NoticeDays int `json:"noticeDays,omitempty"`
	// ObjectionDays is, under general authorisation, how many days from
	// the announcement the controller has to object; 0 means until the
	// change takes effect.
	ObjectionDays int `json:"objectionDays,omitempty"`
}

// Validate reports an unknown kind, negative or huge periods, and periods
// set under specific authorisation, where changes need the controller's
// approval instead.
func (a Authorisation) Validate() error {
	var ps gdpr.Problems
	if a.Kind != 0 && !a.Kind.Valid() {
		ps.Add("kind", gdpr.CodeUnknown, "unknown authorisation kind "+a.Kind.String())
	}
	for _, f := range [...]struct {
		path string
		n    int
	}{{"noticeDays", a.NoticeDays}, {"objectionDays", a.ObjectionDays}} {
		switch {
		case f.n < 0 || f.n > MaxNoticeDays:
			ps.Add(f.path, gdpr.CodeOutOfRange, "days must be between 0 and 3650")
		case f.n > 0 && a.Kind != GeneralAuthorisation:
			ps.Add(f.path, gdpr.CodeConflict, "notice and objection periods apply only under general authorisation")
		}
	}
	return ps.Err()
}
