package risk

import (
	"github.com/shopspring/decimal"
)

// Summary sums up a set of assessments, the template's "samlet risiko"
// (total risk). The template asks for a total without defining it; the
// library reports the highest band, the number of risks per band and the
// mean score, before and after the further measures, and whether a high
// risk remains; it documents this reading of the template.
//
// Assessments that cannot be rated (a consequence or probability missing
// or off the matrix's scale) are counted in Unrated and left out of
// everything else: validate assessments before relying on a summary.
type Summary struct {
	// Assessments is the number of assessments summarised.
	Assessments int `json:"assessments"`
	// Unrated is the number that could not be rated.
	Unrated int `json:"unrated"`
	// Inherent counts the rated risks per band before the further measures.
	Inherent BandCounts `json:"inherent"`
	// Residual counts them per band after the further measures (a risk
	// whose residual is not assessed counts with its inherent band).
	Residual BandCounts `json:"residual"`
	// HighestInherent and HighestResidual are the highest bands, 0 when no
	// risk was rated.
	HighestInherent Band `json:"highestInherent,omitempty"`
	HighestResidual Band `json:"highestResidual,omitempty"`
	// MeanInherent and MeanResidual are the mean scores (R = K × S) of the
	// rated risks, rounded half up to two decimal places; 0 when no risk
	// was rated.
	MeanInherent decimal.Decimal `json:"meanInherent"`
	MeanResidual decimal.Decimal `json:"meanResidual"`
	// ResidualNotAssessed is the number of rated risks without a residual
	// estimate.
	ResidualNotAssessed int `json:"residualNotAssessed"`
	// Worse is the number of risks whose residual rating is above the
	// inherent one.
	Worse int `json:"worse"`
	// PendingHigh is the number of high risks brought below high only by
	// measures not yet implemented: the processing may not start before
	// they are (the municipal DPIA template, "Tids- og handlingsplan").
	PendingHigh int `json:"pendingHigh"`
	// PriorConsultation is true when a residual risk stays high after the
	// measures: the controller must consult Datatilsynet before the
	// processing (GDPR art. 36(1)), and the default [Policy] stops it.
	PriorConsultation bool `json:"priorConsultation"`
}

// BandCounts is a number of risks per band.
type BandCounts struct {
	Low         int `json:"low"`
	BelowMedium int `json:"belowMedium"`
	Medium      int `json:"medium"`
	AboveMedium int `json:"aboveMedium"`
	High        int `json:"high"`
}

// Of returns the count of band b (0 for an invalid band).
func (bc BandCounts) Of(b Band) int {
	switch b {
	case Low:
		return bc.Low
	case BelowMedium:
		return bc.BelowMedium
	case Medium:
		return bc.Medium
	case AboveMedium:
		return bc.AboveMedium
	case High:
		return bc.High
	}
	return 0
}

// Total returns the sum of the counts.
func (bc BandCounts) Total() int {
	return bc.Low + bc.BelowMedium + bc.Medium + bc.AboveMedium + bc.High
}

func (bc *BandCounts) add(b Band) {
	switch b {
	case Low:
		bc.Low++
	case BelowMedium:
		bc.BelowMedium++
	case Medium:
		bc.Medium++
	case AboveMedium:
		bc.AboveMedium++
	case High:
		bc.High++
	}
}

// Summarize sums up assessments on the template's matrix; see
// [Matrix.Summarize].
func Summarize(assessments []Assessment) Summary { return DefaultMatrix().Summarize(assessments) }

// Summarize sums up assessments on matrix m (the zero Matrix rates as
// [DefaultMatrix]): the count per band before and after the further
// measures, the highest bands, the mean scores (half up, two places) and
// whether a high residual risk calls for prior consultation of Datatilsynet
// (GDPR art. 36(1)), a high risk read as the default policy reads it
// ([HighBandOrSevereLikely]); the summary of [Policy.Decide] reads it as
// the policy does.
func (m Matrix) Summarize(assessments []Assessment) Summary {
	m = m.orDefault()
	var t tally
	for i := range assessments {
		ev, ok := m.evaluate(&assessments[i])
		t.add(ev, ok)
	}
	return t.summary()
}

// tally builds a Summary one evaluation at a time; [Matrix.Summarize] and
// [Policy.Decide] share it.
type tally struct {
	s                        Summary
	sumInherent, sumResidual int64
}

// add counts one assessment; rated is false when it could not be rated.
func (t *tally) add(ev Evaluation, rated bool) {
	s := &t.s
	s.Assessments++
	if !rated {
		s.Unrated++
		return
	}
	t.sumInherent += int64(ev.Inherent.Score)
	t.sumResidual += int64(ev.Residual.Score)
	s.Inherent.add(ev.Inherent.Band)
	s.Residual.add(ev.Residual.Band)
	s.HighestInherent = max(s.HighestInherent, ev.Inherent.Band)
	s.HighestResidual = max(s.HighestResidual, ev.Residual.Band)
	if !ev.ResidualAssessed {
		s.ResidualNotAssessed++
	}
	if ev.Worse {
		s.Worse++
	}
	if ev.PendingHigh {
		s.PendingHigh++
	}
	if ev.HighRisk {
		s.PriorConsultation = true
	}
}

// summary returns the Summary with the mean scores of the rated risks.
func (t *tally) summary() Summary {
	s := t.s
	if rated := int64(s.Assessments - s.Unrated); rated > 0 {
		s.MeanInherent = mean(t.sumInherent, rated)
		s.MeanResidual = mean(t.sumResidual, rated)
	}
	return s
}

// mean returns sum / n rounded half up to two decimal places, exactly.
func mean(sum, n int64) decimal.Decimal {
	return decimal.New(sum, 0).DivRound(decimal.New(n, 0), 2)
}
