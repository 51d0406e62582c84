package dpa

import (
	"github.com/dkgdpr/gdpr"
)

// OwnUse records whether the processor uses any of the data for its own
// purposes (analytics, product development, training models), and on what
// basis. The authority must have a documented overview of which processors
// do, and of their legal basis for it (Datatilsynet's guidance on data processors). A processor that decides
// purposes of its own is a controller for that processing (GDPR art.
// 28(10)).
type OwnUse struct {
	// Uses answers the question; zero means nobody has found out.
	Uses gdpr.Answer `json:"uses,omitempty"`
	// Purpose describes the processor's own purposes when Uses is Yes.
	Purpose string `json:"purpose,omitempty"`
	// Basis is the processor's legal basis for its own use.
	Basis gdpr.LegalBasis `json:"basis,omitempty"`
}

// Validate reports an unknown answer or legal basis, and a purpose or basis
// recorded for a processor that does not use the data for its own purposes.
func (o OwnUse) Validate() error {
	var ps gdpr.Problems
	if o.Uses != 0 && !o.Uses.Valid() {
		ps.Add("uses", gdpr.CodeUnknown, "unknown answer "+o.Uses.String())
	}
	if o.Basis != "" && !o.Basis.Valid() {
		ps.Add("basis", gdpr.CodeUnknown, "unknown legal basis")
	}
	if o.Uses == gdpr.No && (o.Purpose != "" || o.Basis != "") {
		ps.Add("uses", gdpr.CodeConflict, "a purpose or basis is recorded for a processor that does not use the data for its own purposes")
	}
	return ps.Err()
}
