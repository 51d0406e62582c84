package breach

import (
	"strconv"
	"strings"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// Level is the severity level of a breach by ENISA's score SE. Levels are ordered, so they compare with < and >. The zero value
// means "not assessed".
type Level uint8

// The four severity levels. Lower bounds are inclusive: SE < 2 is low,
// 2 <= SE < 3 medium, 3 <= SE < 4 high and SE >= 4 very high.
const (
	Low      Level = iota + 1 // lav
	Medium                    // middel
	High                      // høj
	VeryHigh                  // meget høj
)

var levelDef = enum.Def[Level]{
	Type: "Level",
	Kind: "breach: severity level",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Low:      {Code: "low", Da: "Lav", En: "Low"},
		Medium:   {Code: "medium", Da: "Middel", En: "Medium"},
		High:     {Code: "high", Da: "Høj", En: "High"},
		VeryHigh: {Code: "very_high", Da: "Meget høj", En: "Very high"},
	},
}

// Levels returns the four levels in order.
func Levels() []Level { return []Level{Low, Medium, High, VeryHigh} }

// LevelOf returns the level of a severity score (lower bounds inclusive,
// ENISA 2013): below 2 low, from 2 medium, from 3 high, from 4 very high.
func LevelOf(se decimal.Decimal) Level {
	switch {
	case se.Cmp(four) >= 0:
		return VeryHigh
	case se.Cmp(three) >= 0:
		return High
	case se.Cmp(two) >= 0:
		return Medium
	}
	return Low
}

// Read-only decimal constants. ENISA's values are all in hundredths, so
// they share the exponent -2 and the arithmetic never rescales.
var (
	two   = decimal.New(200, -2)
	three = decimal.New(300, -2)
	four  = decimal.New(400, -2)
	half  = decimal.New(50, -2)
	zero  = decimal.New(0, -2)
	// dpcs[n] is the DPC n as a decimal (exponent 0, so DPC × EI has
	// exponent -2).
	dpcs = [...]decimal.Decimal{decimal.New(0, 0), decimal.New(1, 0), decimal.New(2, 0), decimal.New(3, 0), decimal.New(4, 0)}
	// quarters[n] is n × 0.25: the EI factors and the CB points.
	quarters = [...]decimal.Decimal{decimal.New(0, -2), decimal.New(25, -2), decimal.New(50, -2), decimal.New(75, -2), decimal.New(100, -2)}
)

// Assessment holds what ENISA's method needs: the data
// processing context, the ease of identification and the circumstances of
// the breach. [Incident.Assessment] builds it from an incident.
type Assessment struct {
	// Contexts are the kinds of breached data with their adjustments; the
	// DPC is the highest of their scores.
	Contexts []DataContext `json:"dataContexts"`
	// Identification is the ease of identification (EI).
	Identification Identification `json:"identification"`
	// Confidentiality, Integrity and Availability are the losses that make
	// up the circumstances of the breach (CB), with Malicious.
	Confidentiality Confidentiality `json:"confidentiality,omitempty"`
	Integrity       Integrity       `json:"integrity,omitempty"`
	Availability    Availability    `json:"availability,omitempty"`
	// Malicious is set when the breach was intentional and malicious
	// (theft, hacking, ransomware), not an error; it adds 0.5 to CB.
	Malicious bool `json:"malicious,omitempty"`
}

// Score is the result of ENISA's method, with its parts so a DPO can see
// why: SE = DPC × EI + CB. Every number is a decimal, never a float.
type Score struct {
	// Assessment is the input the score was computed from.
	Assessment Assessment `json:"assessment"`
	// Highest is the index in Assessment.Contexts of the context that gave
	// the DPC.
	Highest int `json:"highest"`
	// DPC is the data processing context score, 1 to 4.
	DPC decimal.Decimal `json:"dpc"`
	// EI is the ease of identification factor, 0.25 to 1.
	EI decimal.Decimal `json:"ei"`
	// Confidentiality, Integrity, Availability and Malice are the parts of
	// CB, 0 to 0.5 each.
	Confidentiality decimal.Decimal `json:"confidentiality"`
	Integrity       decimal.Decimal `json:"integrity"`
	Availability    decimal.Decimal `json:"availability"`
	Malice          decimal.Decimal `json:"malice"`
	// CB is the circumstances of the breach, 0 to 2.
	CB decimal.Decimal `json:"cb"`
	// SE is the severity, DPC × EI + CB, 0.25 to 6.
	SE decimal.Decimal `json:"se"`
	// Level is the level of SE.
	Level Level `json:"level"`
}

// Score computes ENISA's severity. It fails with a gdpr.Problems (which
// also matches [ErrIncomplete] when something is missing) when there is no
// data context, the ease of identification is not assessed, or a value is
// invalid.
func (a Assessment) Score() (Score, error) {
	if err := a.validate(); err != nil {
		return Score{}, err
	}
	s := Score{Assessment: a}
	best := 0
	for i, c := range a.Contexts {
		if v := c.Score(); v > best {
			best, s.Highest = v, i
		}
	}
	s.DPC = dpcs[best]
	s.EI = a.Identification.Factor()
	s.Confidentiality = a.Confidentiality.Points()
	s.Integrity = a.Integrity.Points()
	s.Availability = a.Availability.Points()
	s.Malice = zero
	if a.Malicious {
		s.Malice = half
	}
	s.CB = sum(s.Confidentiality, s.Integrity, s.Availability, s.Malice)
	s.SE = s.DPC.Mul(s.EI).Add(s.CB)
	s.Level = LevelOf(s.SE)
	return s, nil
}

func (a Assessment) validate() error {
	var ps gdpr.Problems
	incomplete := false
	if len(a.Contexts) == 0 {
		ps.Add("dataContexts", gdpr.CodeRequired, "the data processing context (DPC) needs at least one kind of data")
		incomplete = true
	}
	for i, c := range a.Contexts {
		if err := c.Validate(); err != nil {
			ps.Merge("dataContexts["+strconv.Itoa(i)+"]", err)
		}
	}
	switch {
	case a.Identification == 0:
		ps.Add("identification", gdpr.CodeRequired, "the ease of identification (EI) is not assessed")
		incomplete = true
	case !a.Identification.Valid():
		ps.Add("identification", gdpr.CodeUnknown, "unknown ease of identification "+a.Identification.String())
	}
	checkEnum(&ps, "confidentiality", a.Confidentiality)
	checkEnum(&ps, "integrity", a.Integrity)
	checkEnum(&ps, "availability", a.Availability)
	if len(ps) == 0 {
		return nil
	}
	if incomplete {
		return problemsError{ps, ErrIncomplete}
	}
	return ps
}

// sum adds decimals, skipping zeros (each addition allocates).
func sum(parts ...decimal.Decimal) decimal.Decimal {
	total := zero
	for _, p := range parts {
		if p.IsZero() {
			continue
		}
		if total.IsZero() {
			total = p
		} else {
			total = total.Add(p)
		}
	}
	return total
}

// problemsError is a gdpr.Problems that also matches a sentinel error.
type problemsError struct {
	gdpr.Problems
	sentinel error
}

// Unwrap gives both the problems and the sentinel to errors.Is and errors.As.
func (e problemsError) Unwrap() []error { return []error{e.Problems, e.sentinel} }

// checkEnum adds a problem for a set but invalid enumeration value.
func checkEnum[T interface {
	~uint8
	Valid() bool
	String() string
}](ps *gdpr.Problems, path string, v T) {
	if v != 0 && !v.Valid() {
		ps.Add(path, gdpr.CodeUnknown, "unknown code "+v.String())
	}
}

// String gives the score and its parts on one line, for logs:
// "SE = 2 × 1 + 0.25 = 2.25 (medium)". A zero Score prints as
// "SE not assessed".
func (s Score) String() string {
	if !s.Level.Valid() {
		return "SE not assessed"
	}
	return "SE = " + s.DPC.String() + " × " + s.EI.String() + " + " + s.CB.String() + " = " + s.SE.String() + " (" + s.Level.String() + ")"
}

// Explain gives the parts of the score as lines a DPO can read, in Danish
// or English: the DPC with each context and adjustment, the EI, the CB
// with each circumstance, and the sum with its level.
func (s Score) Explain(tag language.Tag) []string {
	if !s.Level.Valid() {
		return []string{tr(tag, "Alvorligheden er ikke vurderet.", "The severity is not assessed.")}
	}
	num := func(d decimal.Decimal) string { return formatDecimal(d, tag) }
	lines := make([]string, 0, 4)

	var b strings.Builder
	b.WriteString(tr(tag, "Databehandlingskontekst (DPC) ", "Data processing context (DPC) "))
	b.WriteString(num(s.DPC))
	b.WriteString(tr(tag, ", den højeste af: ", ", the highest of: "))
	for i, c := range s.Assessment.Contexts {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(c.Kind.Label(tag))
		b.WriteString(" ")
		b.WriteString(strconv.Itoa(c.Kind.Base()))
		for _, a := range c.Adjustments {
			if a.Steps < 0 {
				b.WriteString(" − ")
				b.WriteString(strconv.Itoa(-a.Steps))
			} else {
				b.WriteString(" + ")
				b.WriteString(strconv.Itoa(a.Steps))
			}
			b.WriteString(" (")
			b.WriteString(lower(a.Factor.Label(tag)))
			b.WriteString(")")
		}
		if len(c.Adjustments) > 0 {
			b.WriteString(" = ")
			b.WriteString(strconv.Itoa(c.Raw()))
			if c.Raw() != c.Score() {
				b.WriteString(tr(tag, ", begrænset til ", ", clamped to "))
				b.WriteString(strconv.Itoa(c.Score()))
			}
		}
	}
	lines = append(lines, b.String())

	lines = append(lines, tr(tag, "Identificerbarhed (EI) ", "Ease of identification (EI) ")+num(s.EI)+": "+lower(s.Assessment.Identification.Label(tag)))

	b.Reset()
	b.WriteString(tr(tag, "Omstændigheder (CB) ", "Circumstances of the breach (CB) "))
	b.WriteString(num(s.CB))
	parts := 0
	part := func(name string, points decimal.Decimal, label string) {
		if parts == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString(", ")
		}
		parts++
		b.WriteString(name)
		b.WriteString(" ")
		b.WriteString(num(points))
		if label != "" {
			b.WriteString(" (")
			b.WriteString(lower(label))
			b.WriteString(")")
		}
	}
	a := s.Assessment
	if a.Confidentiality.Valid() {
		part(tr(tag, "fortrolighed", "confidentiality"), s.Confidentiality, a.Confidentiality.Label(tag))
	}
	if a.Integrity.Valid() {
		part(tr(tag, "integritet", "integrity"), s.Integrity, a.Integrity.Label(tag))
	}
	if a.Availability.Valid() {
		part(tr(tag, "tilgængelighed", "availability"), s.Availability, a.Availability.Label(tag))
	}
	if a.Malicious {
		part(tr(tag, "ondsindet hensigt", "malicious intent"), s.Malice, "")
	}
	lines = append(lines, b.String())

	lines = append(lines, tr(tag, "Alvorlighed (SE) = ", "Severity (SE) = ")+num(s.DPC)+" × "+num(s.EI)+" + "+num(s.CB)+" = "+num(s.SE)+": "+lower(s.Level.Label(tag)))
	return lines
}

// formatDecimal writes d with a decimal comma in Danish, a point in English.
func formatDecimal(d decimal.Decimal, tag language.Tag) string {
	s := d.String()
	if !gdpr.English(tag) {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// tr picks the Danish or English text.
func tr(tag language.Tag, da, en string) string {
	if gdpr.English(tag) {
		return en
	}
	return da
}

// lower lower-cases the first letter of a label used inside a sentence.
func lower(s string) string {
	for i, r := range s {
		if i == 0 {
			return strings.ToLower(string(r)) + s[len(string(r)):]
		}
	}
	return s
}

// levelOf is the severity level of inc by the same formula as [Score], in
// exact integer quarter-points: every ENISA value is a multiple of 0.25, so
// 4 × SE = DPC × (4 × EI) + 4 × CB is a whole number. It allocates nothing
// and takes a pointer so the log does not copy, which lets the breach log
// count 10,000 incidents fast; a test checks it against Score for every
// combination of the inputs. ok is false exactly when Score fails.
func levelOf(inc *Incident) (l Level, ok bool) {
	dpc := 0
	if len(inc.Contexts) == 0 {
		dpc = suggestedDPC(inc.DataTypes)
	} else {
		for _, c := range inc.Contexts {
			if c.Validate() != nil {
				return 0, false
			}
			dpc = max(dpc, c.Score())
		}
	}
	if dpc == 0 || !inc.Identification.Valid() ||
		(inc.Confidentiality != 0 && !inc.Confidentiality.Valid()) ||
		(inc.Integrity != 0 && !inc.Integrity.Valid()) ||
		(inc.Availability != 0 && !inc.Availability.Valid()) {
		return 0, false
	}
	cb := lossQuarters[inc.Confidentiality] + lossQuarters[inc.Integrity] + lossQuarters[inc.Availability]
	if inc.Malicious {
		cb += 2
	}
	switch se4 := dpc*int(inc.Identification) + cb; {
	case se4 >= 16:
		return VeryHigh, true
	case se4 >= 12:
		return High, true
	case se4 >= 8:
		return Medium, true
	}
	return Low, true
}

// suggestedDPC is the DPC of [SuggestContexts] of types without building
// them: the highest basic score, with financial data that are only CPR
// numbers at 2.
func suggestedDPC(types []gdpr.DataType) int {
	dpc, cpr, financial := 0, false, false
	for _, t := range types {
		switch k := KindOf(t); {
		case t == gdpr.CPRNumber:
			cpr = true
		case k == FinancialData:
			financial = true
		default:
			dpc = max(dpc, k.Base())
		}
	}
	switch {
	case financial:
		dpc = max(dpc, 3)
	case cpr:
		dpc = max(dpc, 2)
	}
	return dpc
}
