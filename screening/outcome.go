package screening

import "github.com/dkgdpr/gdpr/internal/enum"

// Outcome is what a screening concludes about a DPIA. The
// outcomes are ordered, NotRequired < Recommended < Required, so they
// compare with < and >. The zero value means "not assessed".
type Outcome uint8

// The outcomes.
const (
	// NotRequired: no criterion is met and no trigger applies; the
	// screening itself is the documentation.
	NotRequired Outcome = iota + 1
	// Recommended: exactly one criterion is met. A DPIA is recommended; a
	// decision not to carry one out must be documented with its reasons.
	Recommended
	// Required: two or more criteria are met, or an art. 35(3) case or an
	// item of Datatilsynet's art. 35(4) list applies.
	Required
)

var outcomeDef = enum.Def[Outcome]{
	Type: "Outcome",
	Kind: "screening: outcome",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		NotRequired: {Code: "not_required", Da: "Konsekvensanalyse er ikke påkrævet", En: "DPIA not required"},
		Recommended: {Code: "recommended", Da: "Konsekvensanalyse anbefales", En: "DPIA recommended"},
		Required:    {Code: "required", Da: "Konsekvensanalyse er påkrævet", En: "DPIA required"},
	},
}
