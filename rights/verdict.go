package rights

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Verdict is whether a right applies to a processing (see [Applicable]). The
// zero value means "not assessed".
type Verdict uint8

// The verdicts.
const (
	// Applies: the right applies to the processing.
	Applies Verdict = iota + 1
	// Limited: the right applies, but exceptions will often keep the
	// authority from meeting it, such as the duty to record and archive for
	// erasure (GDPR art. 17(3)(b) and (d)).
	Limited
	// DoesNotApply: the right does not apply to the processing, e.g.
	// portability for a public task (art. 20(3)).
	DoesNotApply
	// Undetermined: the legal basis given does not settle the question,
	// e.g. an art. 9(2) condition without its art. 6(1) basis; assess again
	// with the art. 6(1) basis.
	Undetermined
)

var verdictCodes = [...]string{"", "applies", "limited", "does_not_apply", "undetermined"}

var verdictLabels = [...]gdpr.Text{
	{},
	{Da: "Gælder", En: "Applies"},
	{Da: "Gælder med begrænsninger", En: "Applies with limits"},
	{Da: "Gælder ikke", En: "Does not apply"},
	{Da: "Kan ikke afgøres ud fra grundlaget", En: "Not settled by the basis given"},
}

// Verdicts returns every verdict, in the order of the constants.
func Verdicts() []Verdict { return []Verdict{Applies, Limited, DoesNotApply, Undetermined} }

// Valid reports whether v is one of the defined verdicts.
func (v Verdict) Valid() bool { return enum.Valid(v, verdictCodes[:]) }

// String returns the stable code ("does_not_apply"), or "Verdict(9)".
func (v Verdict) String() string { return enum.String(v, "Verdict", verdictCodes[:]) }

// Label returns the Danish wording of v, or the English one for an English
// tag.
func (v Verdict) Label(tag language.Tag) string {
	if !v.Valid() {
		return v.String()
	}
	return verdictLabels[v].In(tag)
}

// ParseVerdict parses a verdict code; "" gives the zero value and an unknown
// code is an error wrapping [ErrUnknownCode].
func ParseVerdict(code string) (Verdict, error) {
	return enum.Parse[Verdict](code, "rights: verdict", verdictCodes[:], ErrUnknownCode)
}

// MarshalText encodes v as its code; the zero value encodes as "".
func (v Verdict) MarshalText() ([]byte, error) {
	return enum.Marshal(v, "rights: Verdict", verdictCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (v *Verdict) UnmarshalText(b []byte) (err error) {
	*v, err = ParseVerdict(string(b))
	return err
}

// Scan implements sql.Scanner.
func (v *Verdict) Scan(src any) error {
	return enum.Scan(v, src, "rights: verdict", verdictCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer.
func (v Verdict) Value() (driver.Value, error) {
	return enum.Value(v, "rights: Verdict", verdictCodes[:], ErrUnknownCode)
}
