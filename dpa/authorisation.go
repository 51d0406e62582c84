package dpa

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
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

var authorisationCodes = [...]string{"", "specific", "general"}

var authorisationLabels = [...]gdpr.Text{
	{},
	{Da: "Specifik godkendelse", En: "Specific authorisation"},
	{Da: "Generel godkendelse", En: "General authorisation"},
}

// Valid reports whether k is one of the defined values.
func (k AuthorisationKind) Valid() bool { return enum.Valid(k, authorisationCodes[:]) }

// String returns the stable code of k, or "AuthorisationKind(n)" for an invalid value.
func (k AuthorisationKind) String() string {
	return enum.String(k, "AuthorisationKind", authorisationCodes[:])
}

// Label returns the Danish name of k, or the English one for an English
// tag.
func (k AuthorisationKind) Label(tag language.Tag) string {
	if !k.Valid() {
		return k.String()
	}
	return authorisationLabels[k].In(tag)
}

// ParseAuthorisationKind parses a code; "" gives the zero value and an unknown code is
// an error wrapping [ErrUnknownCode].
func ParseAuthorisationKind(code string) (AuthorisationKind, error) {
	return enum.Parse[AuthorisationKind](code, "dpa: authorisation kind", authorisationCodes[:], ErrUnknownCode)
}

// MarshalText encodes k as its code; the zero value encodes as "".
func (k AuthorisationKind) MarshalText() ([]byte, error) {
	return enum.Marshal(k, "dpa: AuthorisationKind", authorisationCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (k *AuthorisationKind) UnmarshalText(text []byte) (err error) {
	*k, err = ParseAuthorisationKind(string(text))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (k *AuthorisationKind) Scan(src any) error {
	return enum.Scan(k, src, "dpa: authorisation kind", authorisationCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (k AuthorisationKind) Value() (driver.Value, error) {
	return enum.Value(k, "dpa: AuthorisationKind", authorisationCodes[:], ErrUnknownCode)
}

// MaxNoticeDays bounds [Authorisation.NoticeDays] and
// [Authorisation.ObjectionDays]: ten years of days, far beyond any real
// agreement, so that arithmetic on them cannot overflow.
const MaxNoticeDays = 3650

// Authorisation is the agreement's terms for sub-processors (GDPR art.
// 28(2); rules.md §8). The GDPR sets no notice period: under general
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
