package breach

import (
	"github.com/dkgdpr/gdpr"
)

// Policy maps ENISA's severity level to the legal test of risk and high
// risk (GDPR art. 33(1) and 34(1)). The mapping is a policy, not law, so it is a visible
// option; the legal test stays "risk" and "high risk", which a controller
// may also set directly on the incident ([Incident.Risk]), and then the
// policy is not used for it.
//
// The zero value is the default: low means document only;
// medium and high mean notify Datatilsynet, following Datatilsynet's low
// threshold for "risk" (Datatilsynet's guidance on personal data
// breaches: when in doubt, notify); very
// high means also tell the data subjects. An authority with an even lower
// threshold sets NotifyFrom to [Low].
type Policy struct {
	// NotifyFrom is the lowest level taken as a risk, to be notified to
	// Datatilsynet (art. 33(1)). Zero means [Medium].
	NotifyFrom Level `json:"notifyFrom,omitempty"`
	// InformFrom is the lowest level taken as a high risk, to be told to
	// the data subjects too (art. 34(1)). Zero means [VeryHigh]. It must
	// not be below NotifyFrom: a high risk is a risk.
	InformFrom Level `json:"informFrom,omitempty"`
}

// DefaultPolicy returns the zero Policy with its defaults spelled out.
func DefaultPolicy() Policy { return Policy{NotifyFrom: Medium, InformFrom: VeryHigh} }

// Notify returns the level from which a breach is notified.
func (p Policy) Notify() Level {
	if p.NotifyFrom == 0 {
		return Medium
	}
	return p.NotifyFrom
}

// Inform returns the level from which the data subjects are told.
func (p Policy) Inform() Level {
	if p.InformFrom == 0 {
		return VeryHigh
	}
	return p.InformFrom
}

// Validate reports unknown levels and an InformFrom below NotifyFrom. The
// error matches [ErrPolicy] and gdpr.ErrInvalid.
func (p Policy) Validate() error {
	var ps gdpr.Problems
	checkEnum(&ps, "notifyFrom", p.NotifyFrom)
	checkEnum(&ps, "informFrom", p.InformFrom)
	if len(ps) == 0 && p.Inform() < p.Notify() {
		ps.Add("informFrom", gdpr.CodeConflict, "informFrom "+p.Inform().String()+" is below notifyFrom "+p.Notify().String()+": a high risk is also a risk")
	}
	if len(ps) == 0 {
		return nil
	}
	return problemsError{ps, ErrPolicy}
}

// RiskOf maps a severity level to the risk test under p: from Inform() a
// high risk, from Notify() a risk, below it unlikely to result in a risk.
// An invalid level is taken as a risk: when in doubt, notify.
func (p Policy) RiskOf(l Level) Risk {
	switch {
	case !l.Valid():
		return RiskLikely
	case l >= p.Inform():
		return RiskHigh
	case l >= p.Notify():
		return RiskLikely
	}
	return RiskUnlikely
}
