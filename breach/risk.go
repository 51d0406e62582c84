package breach

import (
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Risk is the legal test of GDPR art. 33 and 34: whether a breach is likely
// to result in a risk to the rights and freedoms of natural persons (then
// Datatilsynet is notified), and whether in a high risk (then the data
// subjects are told too). A controller may set it directly on the
// [Incident]; otherwise the [Policy] maps the ENISA severity to it. Risks
// are ordered. The zero value means "not assessed".
type Risk uint8

// The three outcomes of the risk test.
const (
	// RiskUnlikely: the breach is unlikely to result in a risk; it is only
	// documented (art. 33(1), 33(5)).
	RiskUnlikely Risk = iota + 1
	// RiskLikely: the breach is likely to result in a risk; Datatilsynet
	// is notified (art. 33(1)).
	RiskLikely
	// RiskHigh: the breach is likely to result in a high risk; Datatilsynet
	// is notified and the data subjects are told (art. 34(1)).
	RiskHigh
)

var riskDef = enum.Def[Risk]{
	Type: "Risk",
	Kind: "breach: risk",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		RiskUnlikely: {Code: "unlikely", Da: "Sandsynligvis ingen risiko", En: "Unlikely to result in a risk"},
		RiskLikely:   {Code: "risk", Da: "Risiko", En: "Risk"},
		RiskHigh:     {Code: "high_risk", Da: "Høj risiko", En: "High risk"},
	},
}

// Risks returns the three outcomes in order.
func Risks() []Risk { return []Risk{RiskUnlikely, RiskLikely, RiskHigh} }

// Exception is one of the exceptions of GDPR art. 34(3) to telling the
// data subjects of a high-risk breach. The zero value means "not set".
type Exception uint8

// The three exceptions of art. 34(3).
const (
	// Unintelligible, art. 34(3)(a): the data were unintelligible to anyone
	// not authorised, e.g. encrypted with a key that was not compromised.
	// No communication is needed. It is a confidentiality measure, so it
	// does not apply when the breach also lost integrity or availability
	// (EDPB Guidelines 9/2022).
	Unintelligible Exception = iota + 1
	// RiskRemoved, art. 34(3)(b): later measures ensure that the high risk
	// is no longer likely to materialise. No communication is needed.
	RiskRemoved
	// DisproportionateEffort, art. 34(3)(c): telling each person would
	// take disproportionate effort. A public communication is made
	// instead.
	DisproportionateEffort
)

var exceptionDef = enum.Def[Exception]{
	Type: "Exception",
	Kind: "breach: art. 34(3) exception",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Unintelligible:         {Code: "unintelligible", Da: "Oplysningerne var uforståelige for uvedkommende", En: "The data were unintelligible to unauthorised persons"},
		RiskRemoved:            {Code: "risk_removed", Da: "Den høje risiko er fjernet ved efterfølgende foranstaltninger", En: "Later measures removed the high risk"},
		DisproportionateEffort: {Code: "disproportionate_effort", Da: "Underretning af hver enkelt kræver en uforholdsmæssig indsats", En: "Telling each person would take disproportionate effort"},
	},
}

var exceptionReferences = [...]string{"", "GDPR art. 34(3)(a)", "GDPR art. 34(3)(b)", "GDPR art. 34(3)(c)"}

// Exceptions returns the three exceptions in order.
func Exceptions() []Exception {
	return []Exception{Unintelligible, RiskRemoved, DisproportionateEffort}
}

// Reference returns the article of e ("GDPR art. 34(3)(a)"), or "".
func (e Exception) Reference() string {
	if !e.Valid() {
		return ""
	}
	return exceptionReferences[e]
}
