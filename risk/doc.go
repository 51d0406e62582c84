// Package risk rates the risks of a processing of personal data the way the
// municipal DPIA template does it ("Metodik for risikovurderingerne" and
// "Risikomatrix"), and sums them up for a risk assessment (risikovurdering)
// or a data protection impact assessment (konsekvensanalyse).
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
// validates a caller's own grid of any size from 3x3 to 6x6 ([MinLevels],
// [MaxLevels]), so a matrix is data a host can store and exchange
// ([MatrixSpec], JSON). [Set.Rerate] moves a risk assessment from one
// matrix to another through a [StepMap] ([Steps] spreads the steps evenly)
// and records on each assessment the matrix that rated it
// ([Assessment.RatedOn]).
// The template's "1-5" column headers are a known error: 5 is off its
// scale, and [Matrix.Rate] on a four-step matrix says so.
//
// An [Assessment] is one row of the template's risk table: a [Threat] from
// its catalogue of sixteen categories (or a custom one), what could happen
// and to whom, the current measures, the inherent (original) consequence
// and probability, further [Measure]s with status, owner and due date, and
// the residual consequence and probability once they are in place. A
// consequence may be recorded per dimension (confidentiality, integrity,
// availability); the highest counts, as in OS2compliance.
//
// A [Set] is a whole risk assessment as a host stores it: the matrix and
// the assessments. [Set.Summary] sums it up. The template asks for a total
// risk ("samlet risiko") without defining it; this package reports the
// highest band, the number of risks per band and the mean score (a decimal
// rounded half up to two places), before and after the further measures,
// and whether a residual risk stays high, which calls for prior
// consultation of Datatilsynet (GDPR art. 36(1)). A [Policy] is an
// authority's risk appetite, a local choice: per band accept, monitor,
// reduce or stop, and whether an exception needs top management, and its
// reading of a high residual risk ([HighRisk]), the one threshold of prior
// consultation. The zero Policy is the default, [DefaultPolicy]: the
// template's band texts, a stop for a high residual risk that cannot be
// reduced, and as high risk the highest band or the highest consequence
// when likely (K4 x S3 as well as K4 x S4; WP248 rev.01 III.C). [Policy.Decide]
// returns a [Decision] with its reasons ([gdpr.Reason]), and [Policy.Check]
// lists compliance gaps as [gdpr.Finding]s ([Rules]); [Set.Decide] and
// [Set.Check] are the same under the default policy. [ParseJSON] decodes a
// stored set, assessment, policy or matrix strictly and validates it.
//
// [HeatMap] draws a matrix with the risks placed in it, as SVG for browsers
// and print and as plain text for terminals and logs.
//
// Zero values: a zero [Consequence], [Probability], [Band], [Action] or
// [MeasureStatus] means "not set"; a zero [Estimate] means "not assessed"
// (a residual that is not assessed counts as the inherent risk); the zero
// [Matrix] has no cells for [Matrix.Rate], and everything that rates
// assessments reads it as [DefaultMatrix]; the zero [Policy] is the
// default policy.
//
// Usage:
//
//	m := risk.DefaultMatrix()
//	r, err := m.Rate(risk.Serious, risk.Expected)
//	// r.Score == 12, r.Band == risk.AboveMedium ("Over middel")
//
//	set := risk.Set{Matrix: m, Assessments: assessments}
//	if set.Summary().PriorConsultation {
//		// the residual risk stays high: consult Datatilsynet (art. 36)
//	}
//	d, err := set.Decide() // or policy.Decide(set)
//	findings := set.Check(now)
//	svg := risk.HeatMap{Matrix: m, Assessments: assessments}.SVG()
//
// Personal data: a risk assessment is about a processing, but its free
// texts may describe a person (a citizen whose case shows the risk, the
// employee who made an error) and a measure's owner may be named. Every
// such field is a [gdpr.Personal] ([Assessment].Description, Consequences,
// CurrentMeasures and ResidualReason; [Measure].Description and Owner),
// under the module's redaction rule: in clear in JSON (storage), redacted
// in String, every fmt verb, log/slog ([Set], [Assessment] and [Measure]
// implement slog.LogValuer; gdpr.RedactingHandler redacts them at any
// depth) and error messages. What is not personal prints as it is: an
// assessment's ID ("1.1", at most 16 characters) and RatedOn, a matrix's
// name and labels, and a custom [Threat]'s name, which names a category of
// threat (at most 200 bytes) and is part of the code a host stores; errors
// quote a threat only when it looks like a code.
//
// Everything is pure and safe for concurrent use: matrices and policies are
// immutable values, and lists (the threat catalogue, the presets, the
// rules) come from functions that return fresh copies. What a function or
// method returns shares no memory with its receiver or arguments
// ([Set.Rerate] copies the assessments, their measures and the step map;
// [Matrix.Spec] is fresh), so editing a result edits nothing else.
package risk

//go:generate go run github.com/dkgdpr/gdpr/internal/cmd/enumgen
