package rights

import (
	"github.com/dkgdpr/gdpr/internal/enum"
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

var verdictDef = enum.Def[Verdict]{
	Type: "Verdict",
	Kind: "rights: verdict",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Applies:      {Code: "applies", Da: "Gælder", En: "Applies"},
		Limited:      {Code: "limited", Da: "Gælder med begrænsninger", En: "Applies with limits"},
		DoesNotApply: {Code: "does_not_apply", Da: "Gælder ikke", En: "Does not apply"},
		Undetermined: {Code: "undetermined", Da: "Kan ikke afgøres ud fra grundlaget", En: "Not settled by the basis given"},
	},
}

// Verdicts returns every verdict, in the order of the constants.
func Verdicts() []Verdict { return []Verdict{Applies, Limited, DoesNotApply, Undetermined} }
