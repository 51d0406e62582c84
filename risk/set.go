package risk

import (
	"log/slog"
	"strconv"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/jsonstrict"
)

// Set is a risk assessment (risikovurdering) as a host stores it: the
// matrix its risks are rated on and the risks, the rows of the municipal
// DPIA template's risk table. The zero Matrix is the template's,
// [DefaultMatrix].
type Set struct {
	// Matrix is the matrix the risks are rated on; the zero Matrix is
	// [DefaultMatrix].
	Matrix Matrix `json:"matrix,omitzero"`
	// Assessments are the risks, in the order of the risk table.
	Assessments []Assessment `json:"assessments"`
}

// LogValue implements slog.LogValuer: the set with the free texts of its
// assessments redacted.
func (s Set) LogValue() slog.Value { return gdpr.LogValueOf(s) }

// Validate reports every problem of every assessment on the set's matrix,
// with paths such as "assessments[2].residual.consequence", as
// gdpr.Problems, and an assessment rated on another matrix
// ([Assessment.RatedOn]). An empty set is valid: a risk assessment starts
// empty.
func (s Set) Validate() error {
	m := s.Matrix.orDefault()
	var ps gdpr.Problems
	for i := range s.Assessments {
		a := &s.Assessments[i]
		ps.Merge(assessmentPath(i), a.ValidateOn(m))
		if a.RatedOn != "" && a.RatedOn != m.Name() {
			ps.Add(assessmentPath(i)+".ratedOn", gdpr.CodeConflict,
				"rated on another matrix than the set's: re-rate it (Set.Rerate) or move it to a set with that matrix")
		}
	}
	return ps.Err()
}

// Summary sums the set up on its matrix: see [Matrix.Summarize].
func (s Set) Summary() Summary { return s.Matrix.Summarize(s.Assessments) }

// Decide applies the default policy to the set: it is exactly
// Policy{}.Decide(s).
func (s Set) Decide() (Decision, error) { return Policy{}.Decide(s) }

// Check returns the compliance gaps of the set under the default policy:
// it is exactly Policy{}.Check(s, now).
func (s Set) Check(now time.Time) []gdpr.Finding { return Policy{}.Check(s, now) }

// Check returns the compliance gaps of set s under policy p at now, as
// findings with paths such as "assessments[2].measures[0].due" ([Rules]): a
// residual risk that stays high (as p reads a high risk, [Policy.HighRisk]),
// a high risk waiting for measures, a risk
// above medium with no measure, measures without a residual estimate, and
// measures not implemented that have no due date, are past it at now (in
// Europe/Copenhagen) or have no owner. An assessment that does not validate
// is reported as findings of rule risk.invalid, one per problem, and left
// out of the rules about ratings; so is an invalid policy, at paths under
// "policy". The result is never nil: a clean set gives an empty list.
func (p Policy) Check(s Set, now time.Time) []gdpr.Finding {
	out := []gdpr.Finding{}
	if err := p.Validate(); err != nil {
		out = appendInvalid(out, "policy", err)
	}
	m := s.Matrix.orDefault()
	h := p.HighRisk
	if !h.Valid() {
		h = 0
	}
	today := gdpr.DateOf(now)
	for i := range s.Assessments {
		a := &s.Assessments[i]
		at := assessmentPath(i)
		if err := a.ValidateOn(m); err != nil {
			out = appendInvalid(out, at, err)
		}
		if ev, ok := m.evaluateUnder(a, h); ok {
			if ev.HighRisk {
				out = append(out, ruleResidualHigh.Finding(at+".residual"))
			}
			if ev.PendingHigh {
				out = append(out, rulePendingHigh.Finding(at+".measures"))
			}
			if ev.Residual.Band >= AboveMedium && len(a.Measures) == 0 {
				out = append(out, ruleUntreated.Finding(at+".measures"))
			}
		}
		if len(a.Measures) > 0 && a.Residual.IsZero() {
			out = append(out, ruleResidualNotAssessed.Finding(at+".residual"))
		}
		for j, ms := range a.Measures {
			if ms.Status == Implemented {
				continue
			}
			mp := at + ".measures[" + strconv.Itoa(j) + "]"
			switch {
			case ms.Due.IsZero():
				out = append(out, ruleMeasureDueMissing.Finding(mp+".due"))
			case ms.Due.Valid() && ms.Due.Before(today):
				out = append(out, ruleMeasureOverdue.Finding(mp+".due"))
			}
			if ms.Owner.Blank() {
				out = append(out, ruleMeasureOwnerMissing.Finding(mp+".owner"))
			}
		}
	}
	return out
}

// appendInvalid appends one finding of rule risk.invalid per problem of
// err, at the problem's path under prefix.
func appendInvalid(out []gdpr.Finding, prefix string, err error) []gdpr.Finding {
	var ps gdpr.Problems
	if !asProblems(err, &ps) {
		ps = gdpr.Problems{{Code: gdpr.CodeMalformed, Message: err.Error()}}
	}
	for _, pr := range ps {
		f := ruleInvalid.Finding(gdpr.JoinPath(prefix, pr.Path))
		f.Text.Da += " (" + pr.Code + ": " + pr.Message + ")"
		f.Text.En += " (" + pr.Code + ": " + pr.Message + ")"
		out = append(out, f)
	}
	return out
}

// assessmentPath is the path of assessment i of a set.
func assessmentPath(i int) string { return "assessments[" + strconv.Itoa(i) + "]" }

// ParseJSON decodes one of the package's records strictly, then validates
// it: a [Set] (a risk assessment with its matrix), one [Assessment]
// (validated on the template's scale), a [Policy], or a [Matrix] (its
// [MatrixSpec], validated as [NewMatrix] does). Unknown fields, duplicate
// keys, field names in another case, values of the wrong JSON type and
// unknown codes are problems, reported together as gdpr.Problems with JSON
// field paths ("assessments[1].measures[0].status"), as are the problems
// Validate finds. errors.Is(err, gdpr.ErrInvalid) holds for every error.
func ParseJSON[T Set | Assessment | Policy | Matrix](data []byte) (T, error) {
	return jsonstrict.Parse[T](data)
}
