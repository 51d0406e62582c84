package risk

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/dkgdpr/gdpr"
)

// StepMap maps the steps of one matrix's scales onto another's:
// Consequences[i] is the step on the new matrix of consequence step i+1 on
// the old one, and Probabilities likewise. It is how a municipality moves
// its risk assessments from one matrix to another (OS2compliance's 4x4 to a
// 5x5, say), written down so the move can be reviewed and repeated.
type StepMap struct {
	Consequences  []Consequence `json:"consequences"`
	Probabilities []Probability `json:"probabilities"`
}

// Steps returns the even step map from matrix from to matrix to (the zero
// Matrix is [DefaultMatrix]): the first step to the first, the last to the
// last, and each step between to the step at the same relative place,
// rounded half up (4 steps onto 5: 1, 2, 4, 5; 5 onto 4: 1, 2, 3, 3, 4).
// It is a default for [Set.Rerate]; an authority that judges its scales
// otherwise writes its own StepMap.
func Steps(from, to Matrix) StepMap {
	from, to = from.orDefault(), to.orDefault()
	return StepMap{
		Consequences:  spread[Consequence](from.nc, to.nc),
		Probabilities: spread[Probability](from.np, to.np),
	}
}

// spread maps n steps evenly onto m.
func spread[T ~uint8](n, m uint8) []T {
	out := make([]T, n)
	for i := range out {
		if n == 1 {
			out[i] = 1
			continue
		}
		num, den := 2*i*int(m-1)+int(n-1), 2*int(n-1) // (i*(m-1)/(n-1)) rounded half up
		out[i] = T(1 + num/den)
	}
	return out
}

// validate reports a step map that does not map every step of from onto a
// step of to, or that lowers a step below the one before it.
func (sm StepMap) validate(from, to Matrix) gdpr.Problems {
	var ps gdpr.Problems
	check := func(field string, got []uint8, n, m uint8) {
		if len(got) != int(n) {
			ps.Add(field, gdpr.CodeMalformed, fmt.Sprintf("%d steps mapped, the old matrix has %d", len(got), n))
			return
		}
		for i, v := range got {
			path := field + "[" + strconv.Itoa(i) + "]"
			switch {
			case v < 1 || v > m:
				ps.Add(path, gdpr.CodeOutOfRange, fmt.Sprintf("step %d is off the new matrix's scale 1-%d", v, m))
			case i > 0 && v < got[i-1]:
				ps.Add(path, gdpr.CodeOrder, "a higher step maps below a lower one")
			}
		}
	}
	check("steps.consequences", bytesOf(sm.Consequences), from.nc, to.nc)
	check("steps.probabilities", bytesOf(sm.Probabilities), from.np, to.np)
	return ps
}

func bytesOf[T ~uint8](s []T) []uint8 {
	out := make([]uint8, len(s))
	for i, v := range s {
		out[i] = uint8(v)
	}
	return out
}

// Rerating records how a set was moved from one matrix to another: the
// matrices' names, the step map used, and each assessment's ratings before
// and after.
type Rerating struct {
	// From and To name the old and the new matrix.
	From string `json:"from"`
	To   string `json:"to"`
	// Steps is the step map used.
	Steps StepMap `json:"steps"`
	// Risks holds each assessment's ratings, in the order of the set.
	Risks []RiskRerating `json:"risks"`
}

// RiskRerating is one assessment's ratings before and after a move to
// another matrix. A residual not assessed has zero ratings.
type RiskRerating struct {
	// Index is the position of the assessment in the set, from 0.
	Index int `json:"index"`
	// ID is the assessment's ID, if it has one.
	ID string `json:"id,omitempty"`
	// InherentBefore and InherentAfter are the inherent ratings on the old
	// and the new matrix.
	InherentBefore Rating `json:"inherentBefore"`
	InherentAfter  Rating `json:"inherentAfter"`
	// ResidualBefore and ResidualAfter are the residual ratings.
	ResidualBefore Rating `json:"residualBefore"`
	ResidualAfter  Rating `json:"residualAfter"`
}

// Rerate moves set s onto matrix to, which must have a name: every
// consequence (dimensions included) and probability of every estimate is
// mapped through steps (the zero StepMap means [Steps](s.Matrix, to)), each
// assessment records the matrix that rated it ([Assessment.RatedOn] is to's
// name), and the set's matrix becomes to. The [Rerating] lists each
// assessment's ratings before and after, for the record.
//
// s must be valid on its own matrix and steps must map every step onto
// to's scales without lowering a higher step; otherwise the error is a
// gdpr.Problems. The moved set and the Rerating share no memory with s or
// steps: editing them edits nothing else. The moved set is not validated
// again: a residual that the move makes higher than its inherent risk
// needs a residualReason, and [Set.Validate] says so.
func (s Set) Rerate(to Matrix, steps StepMap) (Set, Rerating, error) {
	from := s.Matrix.orDefault()
	var ps gdpr.Problems
	switch {
	case to.IsZero():
		ps.Add("to", gdpr.CodeRequired, "the new matrix is not set")
	case to.Name() == "":
		ps.Add("to", gdpr.CodeRequired, "the new matrix needs a name, so each assessment can record it")
	}
	ps.Merge("", s.Validate())
	if len(ps) > 0 {
		return Set{}, Rerating{}, ps.Err()
	}
	if steps.Consequences == nil && steps.Probabilities == nil {
		steps = Steps(from, to)
	}
	if ps := steps.validate(from, to); len(ps) > 0 {
		return Set{}, Rerating{}, ps.Err()
	}
	out := Set{Matrix: to, Assessments: make([]Assessment, len(s.Assessments))}
	// The record gets its own copy of the step map, so editing it does not
	// edit the caller's.
	steps = StepMap{Consequences: slices.Clone(steps.Consequences), Probabilities: slices.Clone(steps.Probabilities)}
	rr := Rerating{From: from.Name(), To: to.Name(), Steps: steps, Risks: make([]RiskRerating, len(s.Assessments))}
	for i, a := range s.Assessments {
		before, _ := from.evaluate(&a)
		a.Measures = append([]Measure(nil), a.Measures...)
		a.Inherent = steps.estimate(a.Inherent)
		a.Residual = steps.estimate(a.Residual)
		a.RatedOn = to.Name()
		out.Assessments[i] = a
		after, _ := to.evaluate(&a)
		r := RiskRerating{Index: i, ID: a.ID, InherentBefore: before.Inherent, InherentAfter: after.Inherent}
		if before.ResidualAssessed {
			r.ResidualBefore, r.ResidualAfter = before.Residual, after.Residual
		}
		rr.Risks[i] = r
	}
	return out, rr, nil
}

// estimate maps every step of e; zero (not assessed) stays zero.
func (sm StepMap) estimate(e Estimate) Estimate {
	c := func(v Consequence) Consequence {
		if v == 0 {
			return 0
		}
		return sm.Consequences[v-1]
	}
	e.Consequence = c(e.Consequence)
	e.Dimensions = Dimensions{Confidentiality: c(e.Dimensions.Confidentiality), Integrity: c(e.Dimensions.Integrity), Availability: c(e.Dimensions.Availability)}
	if e.Probability != 0 {
		e.Probability = sm.Probabilities[e.Probability-1]
	}
	return e
}
