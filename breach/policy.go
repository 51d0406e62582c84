package breach

import (
	"strconv"

	"github.com/dkgdpr/gdpr"
)

// DefaultLargeNumber is the default of [Policy.LargeNumber]: from 1,000
// people affected, the number alone makes the risk high. The law and the
// guidance give no number; Datatilsynet holds a large number of people
// affected to be a high risk in itself (Datatilsynet's guidance on personal
// data breaches), and the EDPB treated "thousands" of patients, 60,000
// jobseekers and 100,000 customers as high risks (EDPB Guidelines 01/2021,
// sections 2.3, 6.2 and 5.2). A local choice.
const DefaultLargeNumber = 1000

// Policy is the authority's choices in the breach decision (GDPR art. 33(1)
// and 34(1)). The legal tests are "unlikely to result in a risk" (then the
// breach is only documented) and "likely to result in a high risk" (then
// the data subjects are told); the policy says which recorded facts show
// the first and which factors show the second.
//
// The zero Policy is the default, which follows Datatilsynet's very low
// threshold for a risk (Datatilsynet's guidance on personal data breaches:
// when in doubt, notify): every breach is notified unless one of the four
// recorded facts of [NoRiskFacts] shows no risk, and the risk is high when
// any of the seven factors of [HighRiskFactors] holds, a large number being
// 1,000 people ([DefaultLargeNumber]) and ENISA's severity counting from
// very high. With the default, the 18 cases of EDPB Guidelines 01/2021
// reach the EDPB's conclusions from their facts.
type Policy struct {
	// NoRisk lists the recorded facts accepted as showing that a breach is
	// unlikely to result in a risk. nil means all of [NoRiskFacts]; an
	// empty list notifies every breach (an even lower threshold than
	// Datatilsynet's).
	NoRisk []Driver `json:"noRisk,omitzero"`
	// HighRisk lists the factors each of which makes the risk high. nil
	// means all of [HighRiskFactors].
	HighRisk []Driver `json:"highRisk,omitzero"`
	// LargeNumber is the number of people from which the number alone
	// makes the risk high; 0 means [DefaultLargeNumber].
	LargeNumber int `json:"largeNumber,omitempty"`
	// ENISAHighFrom is the ENISA severity level from which
	// [ENISAVeryHigh] holds; 0 means [VeryHigh], where ENISA expects
	// significant or irreversible consequences (ENISA 2013 severity
	// method).
	ENISAHighFrom Level `json:"enisaHighFrom,omitempty"`
}

// noRisk returns the facts accepted as showing no risk, as a set.
func (p Policy) noRisk() uint16 {
	if p.NoRisk == nil {
		return bitsOf(NoRiskFacts())
	}
	return bitsOf(p.NoRisk)
}

// highRisk returns the factors of high risk, as a set.
func (p Policy) highRisk() uint16 {
	if p.HighRisk == nil {
		return bitsOf(HighRiskFactors())
	}
	return bitsOf(p.HighRisk)
}

// largeNumber returns the large number in force.
func (p Policy) largeNumber() int {
	if p.LargeNumber <= 0 {
		return DefaultLargeNumber
	}
	return p.LargeNumber
}

// enisaHighFrom returns the ENISA level in force.
func (p Policy) enisaHighFrom() Level {
	if p.ENISAHighFrom == 0 {
		return VeryHigh
	}
	return p.ENISAHighFrom
}

func bitsOf(ds []Driver) uint16 {
	var s uint16
	for _, d := range ds {
		if d.Valid() {
			s |= 1 << d
		}
	}
	return s
}

// Validate reports an unknown driver, a fact of no risk listed as a
// factor of high risk or the other way round, a driver listed twice, a
// negative large number and an unknown level. The error matches
// [ErrPolicy] and gdpr.ErrInvalid.
func (p Policy) Validate() error {
	var ps gdpr.Problems
	check := func(field string, list []Driver, noRisk bool) {
		var seen uint16
		for i, d := range list {
			path := field + "[" + strconv.Itoa(i) + "]"
			switch {
			case !d.Valid():
				ps.Add(path, gdpr.CodeUnknown, "unknown driver "+d.String())
			case d.NoRisk() != noRisk && noRisk:
				ps.Add(path, gdpr.CodeUnsupported, d.String()+" is a factor of high risk, not a fact of no risk")
			case d.NoRisk() != noRisk:
				ps.Add(path, gdpr.CodeUnsupported, d.String()+" is a fact of no risk, not a factor of high risk")
			case seen&(1<<d) != 0:
				ps.Add(path, gdpr.CodeDuplicate, d.String()+" is listed twice")
			}
			if d.Valid() {
				seen |= 1 << d
			}
		}
	}
	check("noRisk", p.NoRisk, true)
	check("highRisk", p.HighRisk, false)
	if p.LargeNumber < 0 {
		ps.Add("largeNumber", gdpr.CodeOutOfRange, "the large number cannot be negative")
	}
	checkEnum(&ps, "enisaHighFrom", p.ENISAHighFrom)
	if len(ps) == 0 {
		return nil
	}
	return problemsError{ps, ErrPolicy}
}
