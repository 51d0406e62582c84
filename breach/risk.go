package breach

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
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

var riskCodes = [...]string{"", "unlikely", "risk", "high_risk"}

var riskLabels = [...]gdpr.Text{
	{},
	{Da: "Sandsynligvis ingen risiko", En: "Unlikely to result in a risk"},
	{Da: "Risiko", En: "Risk"},
	{Da: "Høj risiko", En: "High risk"},
}

// Risks returns the three outcomes in order.
func Risks() []Risk { return []Risk{RiskUnlikely, RiskLikely, RiskHigh} }

// Valid reports whether r is one of the defined values.
func (r Risk) Valid() bool { return enum.Valid(r, riskCodes[:]) }

// String returns the stable code of r, or "Risk(n)" for an invalid value.
func (r Risk) String() string { return enum.String(r, "Risk", riskCodes[:]) }

// Label returns the Danish name of r, or the English one for an English tag.
func (r Risk) Label(tag language.Tag) string {
	if !r.Valid() {
		return r.String()
	}
	return riskLabels[r].In(tag)
}

// ParseRisk parses a code; "" gives the zero value and an unknown code is an
// error wrapping [ErrUnknownCode].
func ParseRisk(code string) (Risk, error) {
	return enum.Parse[Risk](code, "breach: risk", riskCodes[:], ErrUnknownCode)
}

// MarshalText encodes r as its code; the zero value encodes as "".
func (r Risk) MarshalText() ([]byte, error) {
	return enum.Marshal(r, "breach: Risk", riskCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (r *Risk) UnmarshalText(b []byte) (err error) {
	*r, err = ParseRisk(string(b))
	return err
}

// Scan implements sql.Scanner for a code stored as text; NULL gives zero.
func (r *Risk) Scan(src any) error {
	return enum.Scan(r, src, "breach: risk", riskCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (r Risk) Value() (driver.Value, error) {
	return enum.Value(r, "breach: Risk", riskCodes[:], ErrUnknownCode)
}

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

var exceptionCodes = [...]string{"", "unintelligible", "risk_removed", "disproportionate_effort"}

var exceptionLabels = [...]gdpr.Text{
	{},
	{Da: "Oplysningerne var uforståelige for uvedkommende", En: "The data were unintelligible to unauthorised persons"},
	{Da: "Den høje risiko er fjernet ved efterfølgende foranstaltninger", En: "Later measures removed the high risk"},
	{Da: "Underretning af hver enkelt kræver en uforholdsmæssig indsats", En: "Telling each person would take disproportionate effort"},
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

// Valid reports whether e is one of the defined values.
func (e Exception) Valid() bool { return enum.Valid(e, exceptionCodes[:]) }

// String returns the stable code of e, or "Exception(n)" for an invalid value.
func (e Exception) String() string { return enum.String(e, "Exception", exceptionCodes[:]) }

// Label returns the Danish name of e, or the English one for an English tag.
func (e Exception) Label(tag language.Tag) string {
	if !e.Valid() {
		return e.String()
	}
	return exceptionLabels[e].In(tag)
}

// ParseException parses a code; "" gives the zero value and an unknown code is an
// error wrapping [ErrUnknownCode].
func ParseException(code string) (Exception, error) {
	return enum.Parse[Exception](code, "breach: art. 34(3) exception", exceptionCodes[:], ErrUnknownCode)
}

// MarshalText encodes e as its code; the zero value encodes as "".
func (e Exception) MarshalText() ([]byte, error) {
	return enum.Marshal(e, "breach: Exception", exceptionCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (e *Exception) UnmarshalText(b []byte) (err error) {
	*e, err = ParseException(string(b))
	return err
}

// Scan implements sql.Scanner for a code stored as text; NULL gives zero.
func (e *Exception) Scan(src any) error {
	return enum.Scan(e, src, "breach: art. 34(3) exception", exceptionCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (e Exception) Value() (driver.Value, error) {
	return enum.Value(e, "breach: Exception", exceptionCodes[:], ErrUnknownCode)
}
