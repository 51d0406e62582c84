package dpa

import (
	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// EndMethod is what a processor does with the personal data when the
// processing ends, at the controller's choice: delete them, or return them
// and delete the copies (GDPR art. 28(3)(g)). The zero value means "not
// recorded".
type EndMethod uint8

// The values of EndMethod.
const (
	Deleted  EndMethod = iota + 1 // deleted: the processor deleted the data
	Returned                      // returned: the processor returned the data and deleted the existing copies
)

var endMethodDef = enum.Def[EndMethod]{
	Type: "EndMethod",
	Kind: "dpa: end method",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Deleted:  {Code: "deleted", Da: "Slettet", En: "Deleted"},
		Returned: {Code: "returned", Da: "Tilbageleveret, og kopier slettet", En: "Returned, and copies deleted"},
	},
}

// EndMethods returns the methods in order, in a fresh slice.
func EndMethods() []EndMethod { return endMethodDef.Values() }

// Deletion records the end of an agreement's processing: whether the
// processor deleted or returned the data, and the day it confirmed that it
// did, in writing (GDPR art. 28(3)(g); art. 28(3)(h): the information to
// demonstrate compliance). Until it is confirmed, [Agreement.Check] reports
// dpa.deletion_unconfirmed. The zero value means "nothing recorded".
type Deletion struct {
	// Method is deletion or return.
	Method EndMethod `json:"method,omitempty"`
	// Confirmed is the day the processor confirmed the deletion or
	// return; zero while it has not.
	Confirmed gdpr.Date `json:"confirmed,omitzero"`
	// Reference points to the confirmation in the host's case system.
	Reference string `json:"reference,omitempty"`
}

// Validate reports an unknown method and a confirmation day that is not a
// calendar day.
func (d Deletion) Validate() error {
	var ps gdpr.Problems
	if d.Method != 0 && !d.Method.Valid() {
		ps.Add("method", gdpr.CodeUnknown, "unknown end method "+d.Method.String())
	}
	checkDate(&ps, "confirmed", d.Confirmed, false)
	return ps.Err()
}

// confirmed reports whether the return or deletion was confirmed on or
// before day; a confirmation dated later does not count yet.
func (d Deletion) confirmed(day gdpr.Date) bool {
	return !d.Confirmed.IsZero() && !d.Confirmed.After(day)
}
