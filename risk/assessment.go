package risk

import (
	"log/slog"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Assessment is one risk of a risk assessment, a row of the DPIA template's
// risk table ("Identifikation af risiko, konsekvenser og nuværende
// sikkerhed"): the threat, how it could happen, what it would
// mean for the data subjects, the measures in place, the original
// (inherent) consequence and probability, the further measures, and the
// residual consequence and probability once they are in place.
//
// It is a plain record for hosts to store and edit. [Assessment.Validate]
// checks it on the template's scale, [Assessment.ValidateOn] on another
// matrix's.
type Assessment struct {
	// ID numbers the risk, as the template does ("1.1", "6.2"). Optional;
	// at most 16 characters, no control characters. The heat map uses it
	// as the risk's marker (else the risk's position in the list, from 1).
	ID string `json:"id,omitempty"`
	// Threat is the threat category. Required.
	Threat Threat `json:"threat"`
	// Description says what the risk is and how it could happen. Required.
	// Like every free text of an assessment it may describe a person, so
	// it is a [gdpr.Personal]: gdpr.NewPersonal("Uvedkommende får adgang").
	Description gdpr.Personal `json:"description"`
	// Consequences says what the threat could mean for the data subjects.
	Consequences gdpr.Personal `json:"consequences,omitzero"`
	// CurrentMeasures describes the measures already in place; the
	// inherent probability is judged with them (nuværende
	// sikkerhedsforanstaltninger).
	CurrentMeasures gdpr.Personal `json:"currentMeasures,omitzero"`
	// Inherent is the original risk, with the current measures (oprindelig
	// risiko). Required.
	Inherent Estimate `json:"inherent"`
	// Measures are the further measures that lower the risk.
	Measures []Measure `json:"measures,omitempty"`
	// Residual is the risk once the further measures are in place (rest
	// risiko). The zero value means "not assessed": the risk then stands as
	// it is, and summaries and decisions use the inherent rating.
	Residual Estimate `json:"residual,omitzero"`
	// ResidualReason explains a residual risk that is higher than the
	// inherent one; without it such an assessment does not validate.
	ResidualReason gdpr.Personal `json:"residualReason,omitzero"`
	// RatedOn names the matrix whose scales the estimates are on, when they
	// were moved from another matrix ([Set.Rerate]) or the host records it;
	// empty means the matrix of the set it belongs to. In a [Set] it must
	// be the set's matrix's name.
	RatedOn string `json:"ratedOn,omitempty"`
}

// LogValue implements slog.LogValuer: the assessment's fields with its
// free texts redacted.
func (a Assessment) LogValue() slog.Value { return gdpr.LogValueOf(a) }

// maxIDLength is the longest ID in characters.
const maxIDLength = 16

// Estimate is a consequence and a probability as the assessor judges them,
// before or after the further measures. The consequence may be recorded per
// dimension (confidentiality, integrity, availability), as OS2compliance
// does; the rated consequence is then the highest. The zero value means
// "not assessed".
type Estimate struct {
	// Consequence for the data subjects (K). May be left out when
	// Dimensions are given; when both are given, it must be the highest
	// dimension.
	Consequence Consequence `json:"consequence,omitempty"`
	// Probability of the threat happening (S).
	Probability Probability `json:"probability,omitempty"`
	// Dimensions optionally records the consequence per security
	// dimension.
	Dimensions Dimensions `json:"dimensions,omitzero"`
}

// Dimensions is a consequence per security dimension (fortrolighed,
// integritet, tilgængelighed). A dimension left zero is not assessed.
type Dimensions struct {
	Confidentiality Consequence `json:"confidentiality,omitempty"`
	Integrity       Consequence `json:"integrity,omitempty"`
	Availability    Consequence `json:"availability,omitempty"`
}

// IsZero reports whether no dimension is assessed.
func (d Dimensions) IsZero() bool { return d == Dimensions{} }

// Highest returns the highest consequence of the three dimensions, or 0.
func (d Dimensions) Highest() Consequence {
	return max(d.Confidentiality, d.Integrity, d.Availability)
}

// IsZero reports whether e is not assessed at all.
func (e Estimate) IsZero() bool { return e == Estimate{} }

// RatedConsequence returns the consequence a matrix rates: the highest of
// Consequence and the dimensions.
func (e Estimate) RatedConsequence() Consequence {
	return max(e.Consequence, e.Dimensions.Highest())
}

// RateEstimate rates e: the matrix's rating of its rated consequence and
// its probability. A missing or off-scale value is an error wrapping
// [ErrInvalidScale].
func (m Matrix) RateEstimate(e Estimate) (Rating, error) {
	return m.Rate(e.RatedConsequence(), e.Probability)
}

// Evaluation is what a matrix derives from an [Assessment].
type Evaluation struct {
	// Inherent is the rating of the original risk.
	Inherent Rating `json:"inherent"`
	// Residual is the rating after the further measures; the inherent
	// rating when the residual is not assessed.
	Residual Rating `json:"residual"`
	// ResidualAssessed is false when the assessment has no residual
	// estimate.
	ResidualAssessed bool `json:"residualAssessed"`
	// Worse is true when the residual rating is above the inherent one
	// (a higher band, or the same band with a higher score).
	Worse bool `json:"worse"`
	// Pending is true when a further measure is not yet implemented.
	Pending bool `json:"pending"`
	// HighRisk is true when the residual rating is a high risk under the
	// default policy ([HighBandOrSevereLikely]; [Policy.Decide] and [Policy.Check]
	// apply the policy's own reading): it calls for prior consultation
	// (GDPR art. 36(1)).
	HighRisk bool `json:"highRisk"`
	// PendingHigh is true when a high inherent risk is brought below high
	// only with measures that are not all implemented yet. The template
	// requires the measures that bring down a high risk to be in place
	// before the processing starts (the municipal DPIA template, "Tids- og
	// handlingsplan").
	PendingHigh bool `json:"pendingHigh"`
}

// Evaluate rates a's inherent and residual estimates and derives whether
// the residual is worse than the inherent and whether a high risk waits for
// measures. An estimate that cannot be rated is an error: a [gdpr.Problems]
// with paths such as "residual.probability". The zero Matrix rates as
// [DefaultMatrix].
func (m Matrix) Evaluate(a Assessment) (Evaluation, error) {
	m = m.orDefault()
	if ev, ok := m.evaluate(&a); ok {
		return ev, nil
	}
	var ps gdpr.Problems
	m.validateEstimate(&ps, "inherent", a.Inherent)
	if !a.Residual.IsZero() {
		m.validateEstimate(&ps, "residual", a.Residual)
	}
	return Evaluation{}, ps.Err()
}

// evaluate is Evaluate without building errors, for summaries, under the
// default reading of a high risk.
func (m *Matrix) evaluate(a *Assessment) (Evaluation, bool) { return m.evaluateUnder(a, 0) }

// evaluateUnder is evaluate with high risk read as h.
func (m *Matrix) evaluateUnder(a *Assessment, h HighRisk) (Evaluation, bool) {
	var ev Evaluation
	var err error
	if ev.Inherent, err = m.Rate(a.Inherent.RatedConsequence(), a.Inherent.Probability); err != nil {
		return Evaluation{}, false
	}
	ev.Residual = ev.Inherent
	if !a.Residual.IsZero() {
		if ev.Residual, err = m.Rate(a.Residual.RatedConsequence(), a.Residual.Probability); err != nil {
			return Evaluation{}, false
		}
		ev.ResidualAssessed = true
		ev.Worse = ev.Residual.Compare(ev.Inherent) > 0
	}
	for i := range a.Measures {
		if a.Measures[i].Status != Implemented {
			ev.Pending = true
			break
		}
	}
	ev.HighRisk = h.holds(m.nc, m.np, ev.Residual)
	ev.PendingHigh = ev.Pending && !ev.HighRisk && h.holds(m.nc, m.np, ev.Inherent)
	return ev, true
}

// Validate checks a on the template's scale ([DefaultMatrix]) and returns
// every problem at once as a [gdpr.Problems]; see [Assessment.ValidateOn].
func (a Assessment) Validate() error { return a.ValidateOn(DefaultMatrix()) }

// ValidateOn checks a on the scale of matrix m: a threat and a description
// are required; the inherent consequence and probability are required and
// on m's scale; the residual, if assessed, is complete and on the scale; a
// consequence given with dimensions equals the highest dimension; a
// residual rating above the inherent one needs a ResidualReason; every
// measure validates; every text is valid UTF-8, so the assessment can be
// stored as JSON. Problems have paths such as "residual.consequence" and
// "measures[1].status". The zero Matrix is read as [DefaultMatrix].
func (a Assessment) ValidateOn(m Matrix) error {
	m = m.orDefault()
	var ps gdpr.Problems
	if hasControl(a.RatedOn) || strings.TrimSpace(a.RatedOn) != a.RatedOn || !utf8.ValidString(a.RatedOn) {
		ps.Add("ratedOn", gdpr.CodeMalformed, "the matrix name has surrounding spaces, control characters or is not UTF-8")
	}
	switch {
	case utf8.RuneCountInString(a.ID) > maxIDLength:
		ps.Add("id", gdpr.CodeOutOfRange, "the id is longer than "+strconv.Itoa(maxIDLength)+" characters")
	case !validID(a.ID):
		ps.Add("id", gdpr.CodeMalformed, "the id has surrounding spaces, control characters or is not UTF-8")
	}
	switch {
	case a.Threat == "":
		ps.Add("threat", gdpr.CodeRequired, "a risk needs a threat category")
	case !a.Threat.Valid():
		ps.Add("threat", gdpr.CodeUnknown, "unknown threat "+enum.Quote(string(a.Threat)))
	}
	if a.Description.Blank() {
		ps.Add("description", gdpr.CodeRequired, "a risk needs a description")
	}
	checkUTF8(&ps, "description", a.Description)
	checkUTF8(&ps, "consequences", a.Consequences)
	checkUTF8(&ps, "currentMeasures", a.CurrentMeasures)
	checkUTF8(&ps, "residualReason", a.ResidualReason)
	m.validateEstimate(&ps, "inherent", a.Inherent)
	if !a.Residual.IsZero() {
		m.validateEstimate(&ps, "residual", a.Residual)
	}
	for i, ms := range a.Measures {
		ps.Merge("measures["+strconv.Itoa(i)+"]", ms.Validate())
	}
	if ev, ok := m.evaluate(&a); ok && ev.Worse && a.ResidualReason.Blank() {
		ps.Add("residual", gdpr.CodeConflict, "the residual risk "+ev.Residual.String()+
			" is higher than the inherent "+ev.Inherent.String()+" without a residualReason")
	}
	return ps.Err()
}

// checkUTF8 reports a text at path that is not valid UTF-8: JSON cannot
// store it (encoding/json writes U+FFFD in place of each bad byte), so a
// value holding it is not storable. Decoding JSON never gives one.
func checkUTF8(ps *gdpr.Problems, path string, s gdpr.Personal) {
	if !s.ValidUTF8() {
		ps.Add(path, gdpr.CodeMalformed, "the text is not valid UTF-8")
	}
}

// validateEstimate adds the problems of estimate e at path on m's scale.
func (m Matrix) validateEstimate(ps *gdpr.Problems, path string, e Estimate) {
	n := m.nc
	scale := func(field string, c Consequence) {
		if uint8(c) > n {
			ps.Add(gdpr.JoinPath(path, field), gdpr.CodeOutOfRange,
				"consequence "+strconv.Itoa(int(c))+" is off the scale 1-"+strconv.Itoa(int(n)))
		}
	}
	switch {
	case e.Consequence == 0 && e.Dimensions.IsZero():
		ps.Add(gdpr.JoinPath(path, "consequence"), gdpr.CodeRequired, "the consequence is not assessed")
	default:
		scale("consequence", e.Consequence)
		scale("dimensions.confidentiality", e.Dimensions.Confidentiality)
		scale("dimensions.integrity", e.Dimensions.Integrity)
		scale("dimensions.availability", e.Dimensions.Availability)
		if h := e.Dimensions.Highest(); e.Consequence != 0 && h != 0 && e.Consequence != h {
			ps.Add(gdpr.JoinPath(path, "consequence"), gdpr.CodeConflict,
				"consequence "+strconv.Itoa(int(e.Consequence))+" is not the highest dimension "+strconv.Itoa(int(h)))
		}
	}
	switch {
	case e.Probability == 0:
		ps.Add(gdpr.JoinPath(path, "probability"), gdpr.CodeRequired, "the probability is not assessed")
	case uint8(e.Probability) > m.np:
		ps.Add(gdpr.JoinPath(path, "probability"), gdpr.CodeOutOfRange,
			"probability "+strconv.Itoa(int(e.Probability))+" is off the scale 1-"+strconv.Itoa(int(m.np)))
	}
}

// validID reports whether id is a well-formed ID: at most 16 characters
// of valid UTF-8, no control characters and no surrounding spaces.
func validID(id string) bool {
	return utf8.ValidString(id) && utf8.RuneCountInString(id) <= maxIDLength && !hasControl(id) && strings.TrimSpace(id) == id
}

// label names assessment i of a set for people: its ID, else (also for an
// ID that does not validate) its number from 1.
func (a *Assessment) label(i int) string {
	if a.ID != "" && validID(a.ID) {
		return a.ID
	}
	return strconv.Itoa(i + 1)
}
