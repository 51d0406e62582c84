package risk

import "github.com/dkgdpr/gdpr/internal/enum"

// HighRisk is a policy's reading of a "high risk" that remains after the
// measures: the residual ratings that call for prior consultation of
// Datatilsynet before the processing starts (GDPR art. 36(1)). It is one
// field of [Policy], so the threshold is visible and an authority chooses
// it. The zero value means the default, [HighBandOrSevereLikely].
//
// WP248 rev.01 III.C gives as an unacceptable high residual risk one where
// "the data subjects may encounter significant, or even irreversible,
// consequences, which they may not overcome ... and/or when it seems
// obvious that the risk will occur". The template's highest consequence
// step is worded the same ("betydelige eller endog uoprettelige
// konsekvenser, som de måske ikke overvinder"), so a residual risk in the
// highest consequence row is a candidate as well as the highest band.
type HighRisk uint8

// The readings of a high residual risk.
const (
	// HighBandOrSevereLikely, the default: a residual risk in the highest
	// band, or in the highest consequence step with a probability in the
	// upper half of the scale (on the template's scales "Sandsynligt" or
	// "Forventet": K4 x S3 as well as K4 x S4). A severe consequence whose
	// threat is judged unlikely or not expected (K4 x S1, K4 x S2) is left
	// to the bands, since measures that make a threat remote are what a
	// DPIA asks for; choose [HighBandOrSevere] to include them.
	HighBandOrSevereLikely HighRisk = iota + 1
	// HighBandOrSevere: the highest band, or the highest consequence step
	// at any probability: WP248 rev.01 III.C's "and/or" read literally.
	HighBandOrSevere
	// HighBand: only a residual risk in the highest band (K4 x S4 on the
	// template's matrix).
	HighBand
)

var highRiskDef = enum.Def[HighRisk]{
	Type: "HighRisk",
	Kind: "risk: high risk",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		HighBandOrSevereLikely: {Code: "high_band_or_severe_likely", Da: "Højt risikoniveau eller graverende konsekvens, der er sandsynlig", En: "High band, or the highest consequence when likely"},
		HighBandOrSevere:       {Code: "high_band_or_severe", Da: "Højt risikoniveau eller graverende konsekvens", En: "High band or the highest consequence"},
		HighBand:               {Code: "high_band", Da: "Højt risikoniveau", En: "High band"},
	},
}

// HighRisks returns the readings of a high residual risk, the default
// first.
func HighRisks() []HighRisk { return highRiskDef.Values() }

// Holds reports whether rating r on matrix m is a high risk under h (the
// zero HighRisk reads as [HighBandOrSevereLikely]; the zero Matrix as
// [DefaultMatrix]).
func (h HighRisk) Holds(m Matrix, r Rating) bool {
	if m.nc == 0 {
		m = presetTemplate
	}
	return h.holds(m.nc, m.np, r)
}

// holds is Holds on a matrix of nc consequence and np probability steps.
func (h HighRisk) holds(nc, np uint8, r Rating) bool {
	if r.Band == High {
		return true
	}
	if h == HighBand || r.Consequence == 0 || uint8(r.Consequence) != nc {
		return false
	}
	return h == HighBandOrSevere || 2*int(r.Probability) > int(np)
}

// text says what a high residual risk is under reading h.
func (h HighRisk) text() (da, en string) {
	switch h {
	case HighBand:
		return "det højeste risikoniveau", "the highest band"
	case HighBandOrSevere:
		return "det højeste risikoniveau eller den højeste konsekvens", "the highest band or the highest consequence"
	}
	return "det højeste risikoniveau eller den højeste konsekvens med en sandsynlighed i skalaens øverste halvdel",
		"the highest band, or the highest consequence with a probability in the upper half of the scale"
}
