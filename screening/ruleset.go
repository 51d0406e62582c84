package screening

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// RuleSet identifies a versioned set of screening rules: the WP248 count
// of criteria, the art. 35(3) cases and the items of Datatilsynet's art.
// 35(4) list it evaluates (rules.md §2). A [Result] records the rule set
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
	// criteria of the seed template and WP248 rev.01's optional ninth, the
	// three cases of GDPR art. 35(3), and the confirmed items of
	// Datatilsynet's list of 28 January 2019 (biometric data for unique
	// identification, genetic data, location data and innovative technology,
	// each with at least one other criterion; decisions on access to a
	// product, service, opportunity or benefit based on automated
	// decision-making). The list's other items are not yet verified and are
	// left out.
	DK2019 RuleSet = iota + 1
)

// DefaultRuleSet is the rule set a [Screening] without one is assessed
// under: the newest release. It may change in a later version of the
// library; a [Result] always names the rule set it used.
const DefaultRuleSet = DK2019

var ruleSetCodes = [...]string{"", "dk-2019.1"}

type ruleSetInfo struct {
	label    gdpr.Text
	triggers [numTriggers + 1]bool
}

var ruleSetTable = [...]ruleSetInfo{
	{},
	{
		label: gdpr.Text{
			Da: "WP248 rev.01, GDPR art. 35, stk. 3, og de bekræftede punkter på Datatilsynets liste af 28. januar 2019 (version 1)",
			En: "WP248 rev.01, GDPR art. 35(3), and the confirmed items of Datatilsynet's list of 28 January 2019 (version 1)",
		},
		triggers: [numTriggers + 1]bool{false, true, true, true, true, true, true, true, true},
	},
}

// RuleSets returns every released rule set, oldest first.
func RuleSets() []RuleSet {
	out := make([]RuleSet, 0, len(ruleSetCodes)-1)
	for i := 1; i < len(ruleSetCodes); i++ {
		out = append(out, RuleSet(i))
	}
	return out
}

// Valid reports whether rs is a released rule set.
func (rs RuleSet) Valid() bool { return enum.Valid(rs, ruleSetCodes[:]) }

// String returns the stable code ("dk-2019.1"), or "RuleSet(7)".
func (rs RuleSet) String() string { return enum.String(rs, "RuleSet", ruleSetCodes[:]) }

// Label describes what the rule set contains, in Danish or English.
func (rs RuleSet) Label(tag language.Tag) string {
	if !rs.Valid() {
		return rs.String()
	}
	return ruleSetTable[rs].label.In(tag)
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
func (rs RuleSet) Reasons() []Reason {
	if !rs.Valid() {
		return nil
	}
	out := []Reason{reasonTwoOrMore, reasonOne, reasonNone}
	for t := Trigger(1); t <= numTriggers; t++ {
		if rs.includes(t) {
			out = append(out, t.reason())
		}
	}
	return append(out, reasonUncertain)
}

// ParseRuleSet parses a rule set code; "" gives the zero value.
func ParseRuleSet(code string) (RuleSet, error) {
	return parseCode[RuleSet](code, "rule set", ruleSetCodes[:])
}

// MarshalText encodes rs as its code; the zero value encodes as "".
func (rs RuleSet) MarshalText() ([]byte, error) {
	return marshalCode(rs, "RuleSet", ruleSetCodes[:])
}

// UnmarshalText decodes a code; an unknown code is an error.
func (rs *RuleSet) UnmarshalText(b []byte) (err error) {
	*rs, err = ParseRuleSet(string(b))
	return err
}

// Scan implements sql.Scanner.
func (rs *RuleSet) Scan(src any) error { return scanCode(rs, src, "rule set", ruleSetCodes[:]) }

// Value implements driver.Valuer.
func (rs RuleSet) Value() (driver.Value, error) { return valueCode(rs, "RuleSet", ruleSetCodes[:]) }
