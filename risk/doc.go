// Package risk rates the risks of a processing of personal data the way the
// municipal DPIA template does it (seed 002, "Metodik for
// risikovurderingerne" and "Risikomatrix"; rules.md §3), and sums them up
// for a risk assessment (risikovurdering) or a data protection impact
// assessment (konsekvensanalyse, GDPR art. 35).
//
// Each risk is given a consequence for the data subjects (konsekvens, K,
// [Consequence]) and a probability with the measures already in place
// (sandsynlighed, S, [Probability]), both on the template's four steps. A
// [Matrix] places the pair in a cell with a score R = K × S and a [Band]:
// Lav, Under middel, Middel, Over middel or Høj. The band comes from the
// matrix's grid, not from the score, because real matrices are not
// symmetric. [DefaultMatrix] is the template's matrix; [OS2Standard],
// [OS2KL], [OS2Herning] and [OS2Datatilsynet] are OS2compliance's four, so a
// municipality moving from OS2compliance gets the same bands; [NewMatrix]
// validates a caller's own grid (3x3, 5x5, ... up to [MaxLevels] steps).
// The template's "1-5" column headers are a known error: 5 is off its
// scale, and [Matrix.Rate] says so.
//
// An [Assessment] is one row of the template's risk table: a [Threat] from
// its catalogue of sixteen categories (or a custom one), what could happen
// and to whom, the current measures, the inherent (original) consequence
// and probability, further [Measure]s with status, owner and due date, and
// the residual consequence and probability once they are in place. A
// consequence may be recorded per dimension (confidentiality, integrity,
// availability); the highest counts, as in OS2compliance.
//
// [Summarize] sums a set of assessments up. The template asks for a total
// risk ("samlet risiko") without defining it; this package reports the
// highest band, the number of risks per band and the mean score (a decimal
// rounded half up to two places), before and after the further measures,
// and whether a residual risk stays high, which calls for prior
// consultation of Datatilsynet (GDPR art. 36(1)). A [Policy] is an
// authority's risk appetite, per band accept, monitor, reduce or stop, and
// whether an exception needs top management (seed 001); [DefaultPolicy]
// follows the template's band texts and the City of Copenhagen's principle
// of stopping a project whose high risk to citizens cannot be reduced (seed
// 000). [Policy.Decide] returns a [Decision] with its reasons, and
// [Matrix.Check] lists compliance gaps as [gdpr.Finding]s ([Rules]).
//
// [HeatMap] draws a matrix with the risks placed in it, as SVG for browsers
// and print and as plain text for terminals and logs.
//
// Zero values: a zero [Consequence], [Probability], [Band], [Action] or
// [MeasureStatus] means "not set"; a zero [Estimate] means "not assessed"
// (a residual that is not assessed counts as the inherent risk); the zero
// [Matrix] has no cells for [Matrix.Rate], and everything that rates
// assessments reads it as [DefaultMatrix]; the zero [Policy] is not valid.
//
// Usage:
//
//	m := risk.DefaultMatrix()
//	r, err := m.Rate(risk.Serious, risk.Expected)
//	// r.Score == 12, r.Band == risk.AboveMedium ("Over middel")
//
//	s := risk.Summarize(assessments)
//	if s.PriorConsultation {
//		// the residual risk stays high: consult Datatilsynet (art. 36)
//	}
//	d, err := risk.DefaultPolicy().Decide(m, assessments)
//	svg := risk.HeatMap{Matrix: m, Assessments: assessments}.SVG()
//
// Everything is pure and safe for concurrent use: matrices and policies are
// immutable values, and lists (the threat catalogue, the presets, the
// rules) come from functions that return fresh copies.
package risk
