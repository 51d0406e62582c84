package risk

import (
	"fmt"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
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

var actionDef = enum.Def[Action]{
	Type: "Action",
	Kind: "risk: action",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Accept:  {Code: "accept", Da: "Accepteres", En: "Accept"},
		Monitor: {Code: "monitor", Da: "Overvåges løbende", En: "Monitor continuously"},
		Reduce:  {Code: "reduce", Da: "Skal nedbringes", En: "Reduce"},
		Stop:    {Code: "stop", Da: "Stop behandlingen", En: "Stop the processing"},
	},
}

// Actions returns the four actions, mildest first.
func Actions() []Action { return []Action{Accept, Monitor, Reduce, Stop} }

// Treatment is what a policy says about one band: the action, and whether
// an exception (going ahead without taking the action) needs the approval
// of top management. The zero Treatment means the default treatment of the
// band ([DefaultPolicy]).
type Treatment struct {
	Action Action `json:"action"`
	// TopManagementApproval is true when an exception needs approval by top
	// management (for a municipality, kommunaldirektionen).
	TopManagementApproval bool `json:"topManagementApproval"`
}

// IsZero reports whether t is the zero Treatment: the band's default.
func (t Treatment) IsZero() bool { return t == Treatment{} }

// Policy is an authority's risk appetite (risikovillighed): for each band of
// the residual risk, the action to take and whether an exception needs
// top-management approval. GDPR art. 24(1) and 32(1) leave it to the
// controller to decide which risks are small enough to accept and which
// call for measures; it is a local choice, not law.
//
// A policy is applied to the residual risk: what remains once the further
// measures are in place. The zero Policy is the default, [DefaultPolicy]:
// the template's band texts, and a stop for a high residual risk that the
// measures cannot reduce. A band left zero takes its default treatment, so
// an authority states only where it differs.
type Policy struct {
	Low         Treatment `json:"low,omitzero"`
	BelowMedium Treatment `json:"belowMedium,omitzero"`
	Medium      Treatment `json:"medium,omitzero"`
	AboveMedium Treatment `json:"aboveMedium,omitzero"`
	High        Treatment `json:"high,omitzero"`
	// HighRisk is the reading of a high residual risk: which residual
	// ratings call for prior consultation of Datatilsynet (GDPR art.
	// 36(1)). Zero means [HighBandOrSevereLikely], after WP248 rev.01
	// III.C.
	HighRisk HighRisk `json:"highRisk,omitempty"`
}

// DefaultPolicy returns the default policy, the zero Policy's, with its
// values spelt out. It follows the municipal DPIA template's band texts
// ("Risikomatrix") and the principle that a project does not go on with a
// high risk to citizens that cannot be reduced:
//
//	low, below medium   accept    ("bør ikke give anledning til yderligere behandling")
//	medium              monitor   ("bør give anledning til løbende overvågning")
//	above medium        reduce    ("bør give anledning til håndtering"); exception needs top management
//	high                stop      ("bør håndteres med det samme"; a high risk the measures cannot
//	                              reduce stops the project); exception needs top management
//	high risk           the highest band, or the highest consequence with a probability in the
//	                    upper half ([HighBandOrSevereLikely], after WP248 rev.01 III.C):
//	                    the high band's treatment and GDPR art. 36(1) prior consultation
//
// It is a policy choice, not law: an authority sets its own.
func DefaultPolicy() Policy { return defaultPolicy }

var defaultPolicy = Policy{
	Low:         Treatment{Action: Accept},
	BelowMedium: Treatment{Action: Accept},
	Medium:      Treatment{Action: Monitor},
	AboveMedium: Treatment{Action: Reduce, TopManagementApproval: true},
	High:        Treatment{Action: Stop, TopManagementApproval: true},
	HighRisk:    HighBandOrSevereLikely,
}

// IsHigh reports whether rating r on matrix m is a high residual risk under
// p: one that calls for prior consultation of Datatilsynet (GDPR art.
// 36(1)). See [HighRisk].
func (p Policy) IsHigh(m Matrix, r Rating) bool { return p.HighRisk.Holds(m, r) }

// For returns the treatment of band b under p: the band's own, or the
// default for a band left zero (the zero Treatment for an invalid band).
func (p Policy) For(b Band) Treatment {
	if t := p.field(b); !t.IsZero() {
		return t
	}
	return defaultPolicy.field(b)
}

// field returns the treatment p states for band b, zero or not.
func (p Policy) field(b Band) Treatment {
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

// Validate reports a band with an exception rule but no action, an unknown
// action, and a band whose action is milder than that of a lower band (a
// higher risk never calls for less). A band left zero takes its default and
// is valid.
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
	if p.HighRisk != 0 && !p.HighRisk.Valid() {
		ps.Add("highRisk", gdpr.CodeUnknown, "unknown reading of high risk "+p.HighRisk.String())
	}
	return ps.Err()
}
