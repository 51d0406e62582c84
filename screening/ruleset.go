package screening

import (
	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// RuleSet identifies a versioned set of screening rules: the WP248 count
// of criteria, the art. 35(3) cases and the items of Datatilsynet's art.
// 35(4) list it evaluates. A [Result] records the rule set
// that produced it, so a stored result can be reproduced, and re-evaluated
// under a later rule set when the list is completed. Rule sets are never
// changed once released: a completed list is a new rule set with a new
// code, and the old one stays available.
//
// The zero value means "not set"; a [Screening] without a rule set is
// assessed under [DefaultRuleSet].
type RuleSet uint8

// The rule sets.
const (
	// DK2019 ("dk-2019.1") is version 1 of the Danish rule set: the eight
	// criteria of the municipal DPIA template and WP248 rev.01's optional
	// ninth, the three cases of GDPR art. 35(3), and the confirmed items of
	// Datatilsynet's list of 28 January 2019 (biometric data for unique
	// identification, genetic data, location data and innovative
	// technology, each with at least one other criterion; decisions on
	// access or entitlement to a product, service, opportunity or benefit
	// based on automated decision-making). The list's other items are not
	// yet verified and are left out.
	DK2019 RuleSet = iota + 1
)

// DefaultRuleSet is the rule set a [Screening] without one is assessed
// under: the newest release. It may change in a later version of the
// library; a [Result] always names the rule set it used.
const DefaultRuleSet = DK2019

var ruleSetDef = enum.Def[RuleSet]{
	Type: "RuleSet",
	Kind: "screening: rule set",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		DK2019: {
			Code: "dk-2019.1",
			Da:   "WP248 rev.01, GDPR art. 35, stk. 3, og de bekræftede punkter på Datatilsynets liste af 28. januar 2019 (version 1)",
			En:   "WP248 rev.01, GDPR art. 35(3), and the confirmed items of Datatilsynet's list of 28 January 2019 (version 1)",
		},
	},
}

type ruleSetInfo struct {
	triggers [numTriggers + 1]bool
}

var ruleSetTable = [...]ruleSetInfo{
	{},
	{
		triggers: [numTriggers + 1]bool{false, true, true, true, true, true, true, true, true},
	},
}

// RuleSets returns every released rule set, oldest first.
func RuleSets() []RuleSet {
	return ruleSetDef.Values()
}

// Triggers returns the triggers rs evaluates, in order.
func (rs RuleSet) Triggers() []Trigger {
	var out []Trigger
	for t := Trigger(1); t <= numTriggers; t++ {
		if rs.includes(t) {
			out = append(out, t)
		}
	}
	return out
}

// includes reports whether rs evaluates trigger t.
func (rs RuleSet) includes(t Trigger) bool {
	return rs.Valid() && t.Valid() && ruleSetTable[rs].triggers[t]
}

// Reasons returns every reason a result under rs can give, in the order a
// result lists them: the count of criteria, the triggers, and the note on
// uncertain answers.
func (rs RuleSet) Reasons() []gdpr.Reason {
	if !rs.Valid() {
		return []gdpr.Reason{}
	}
	out := []gdpr.Reason{reasonTwoOrMore, reasonOne, reasonNone}
	for t := Trigger(1); t <= numTriggers; t++ {
		if rs.includes(t) {
			out = append(out, t.reason())
		}
	}
	return append(out, reasonUncertain)
}
