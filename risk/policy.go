package risk

import (
	"database/sql/driver"
	"fmt"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Action is what a risk policy says to do with a risk in a band. Actions
// are ordered from the mildest to the strictest. The zero value means "not
// set" and is not valid.
type Action uint8

// The actions of a risk policy, mildest first.
const (
	Accept  Action = iota + 1 // accept the risk as it is
	Monitor                   // accept it and monitor it continuously
	Reduce                    // reduce it with further measures before going on
	Stop                      // stop the processing or project
)

var actionCodes = [...]string{"", "accept", "monitor", "reduce", "stop"}

var actionLabels = [...]gdpr.Text{
	{},
	{Da: "Accepteres", En: "Accept"},
	{Da: "Overvåges løbende", En: "Monitor continuously"},
	{Da: "Skal nedbringes", En: "Reduce"},
	{Da: "Stop behandlingen", En: "Stop the processing"},
}

// Actions returns the four actions, mildest first.
func Actions() []Action { return []Action{Accept, Monitor, Reduce, Stop} }

// Valid reports whether a is one of the four actions.
func (a Action) Valid() bool { return enum.Valid(a, actionCodes[:]) }

// String returns the stable code ("reduce"), or "Action(9)".
func (a Action) String() string { return enum.String(a, "Action", actionCodes[:]) }

// Label returns the Danish or English name of a.
func (a Action) Label(tag language.Tag) string {
	if !a.Valid() {
		return a.String()
	}
	return actionLabels[a].In(tag)
}

// ParseAction parses an action code; "" gives the zero value.
func ParseAction(code string) (Action, error) {
	return enum.Parse[Action](code, "risk: action", actionCodes[:], ErrUnknownCode)
}

// MarshalText encodes a as its code; the zero value encodes as "".
func (a Action) MarshalText() ([]byte, error) {
	return enum.Marshal(a, "risk: Action", actionCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (a *Action) UnmarshalText(b []byte) (err error) {
	*a, err = ParseAction(string(b))
	return err
}

// Scan implements sql.Scanner.
func (a *Action) Scan(src any) error {
	return enum.Scan(a, src, "risk: action", actionCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer.
func (a Action) Value() (driver.Value, error) {
	return enum.Value(a, "risk: Action", actionCodes[:], ErrUnknownCode)
}

// Treatment is what a policy says about one band: the action, and whether
// an exception (going ahead without taking the action) needs the approval
// of top management.
type Treatment struct {
	Action Action `json:"action"`
	// TopManagementApproval is true when an exception needs approval by top
	// management (for a municipality, kommunaldirektionen; seed 001).
	TopManagementApproval bool `json:"topManagementApproval"`
}

// Policy is an authority's risk appetite (risikovillighed): for each band of
// the residual risk, the action to take and whether an exception needs
// top-management approval. Seed 001 ("Risikovurderinger og
// konsekvensanalyser") asks each municipality to decide which risks are
// small enough to accept and which call for resources to reduce them, with
// a process for exceptions that involves top management; seed 000 (the City
// of Copenhagen's principles) will not continue a project whose assessment
// shows a high risk to citizens that cannot be reduced.
//
// A policy is applied to the residual risk: what remains once the further
// measures are in place. The zero Policy is not valid; start from
// [DefaultPolicy].
type Policy struct {
	Low         Treatment `json:"low"`
	BelowMedium Treatment `json:"belowMedium"`
	Medium      Treatment `json:"medium"`
	AboveMedium Treatment `json:"aboveMedium"`
	High        Treatment `json:"high"`
}

// DefaultPolicy returns the policy the template's bands and Copenhagen's
// principle give (rules.md §3):
//
//	low, below medium   accept    ("bør ikke give anledning til yderligere behandling")
//	medium              monitor   ("bør give anledning til løbende overvågning")
//	above medium        reduce    ("bør give anledning til håndtering"); exception needs top management
//	high                stop      (a high risk that the measures cannot reduce; seed 000);
//	                              exception needs top management, and GDPR art. 36 prior consultation
//
// It is a policy choice, not law: an authority sets its own.
func DefaultPolicy() Policy {
	return Policy{
		Low:         Treatment{Action: Accept},
		BelowMedium: Treatment{Action: Accept},
		Medium:      Treatment{Action: Monitor},
		AboveMedium: Treatment{Action: Reduce, TopManagementApproval: true},
		High:        Treatment{Action: Stop, TopManagementApproval: true},
	}
}

// For returns the treatment of band b (the zero Treatment for an invalid
// band).
func (p Policy) For(b Band) Treatment {
	switch b {
	case Low:
		return p.Low
	case BelowMedium:
		return p.BelowMedium
	case Medium:
		return p.Medium
	case AboveMedium:
		return p.AboveMedium
	case High:
		return p.High
	}
	return Treatment{}
}

var policyFields = [...]string{"", "low", "belowMedium", "medium", "aboveMedium", "high"}

// Validate reports a band without a valid action, and a band whose action
// is milder than that of a lower band (a higher risk never calls for less).
func (p Policy) Validate() error {
	var ps gdpr.Problems
	var prev Action
	for b := Low; b <= High; b++ {
		a := p.For(b).Action
		path := policyFields[b] + ".action"
		switch {
		case a == 0:
			ps.Add(path, gdpr.CodeRequired, "band "+b.String()+" needs an action")
		case !a.Valid():
			ps.Add(path, gdpr.CodeUnknown, "unknown action "+a.String())
		case a < prev:
			ps.Add(path, gdpr.CodeOrder, fmt.Sprintf("action %s is milder than %s of a lower band", a, prev))
		}
		if a.Valid() {
			prev = max(prev, a)
		}
	}
	return ps.Err()
}
