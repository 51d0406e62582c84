package breach

import (
	"strconv"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// DataKind is ENISA's classification of breached data for the data
// processing context (DPC), with its basic score (ENISA,
// Recommendations for a methodology of the assessment of severity of
// personal data breaches, 2013, annex 1). The zero value means "not set".
type DataKind uint8

// The four kinds, with their basic DPC score.
const (
	// SimpleData (basic score 1): biographical data, contact details, full
	// name, education, family life, professional experience.
	SimpleData DataKind = iota + 1
	// BehaviouralData (2): location, traffic data, personal preferences and
	// habits.
	BehaviouralData
	// FinancialData (3): income, transactions, bank statements, invoices,
	// and social welfare data related to financial matters.
	FinancialData
	// SensitiveData (4): the special categories of GDPR art. 9 and criminal
	// offence data (art. 10).
	SensitiveData
)

var dataKindDef = enum.Def[DataKind]{
	Type: "DataKind",
	Kind: "breach: data kind",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		SimpleData:      {Code: "simple", Da: "Simple oplysninger", En: "Simple data"},
		BehaviouralData: {Code: "behavioural", Da: "Adfærdsoplysninger", En: "Behavioural data"},
		FinancialData:   {Code: "financial", Da: "Økonomiske oplysninger", En: "Financial data"},
		SensitiveData:   {Code: "sensitive", Da: "Følsomme oplysninger", En: "Sensitive data"},
	},
}

// DataKinds returns the four kinds in order.
func DataKinds() []DataKind {
	return []DataKind{SimpleData, BehaviouralData, FinancialData, SensitiveData}
}

// Base returns the basic DPC score of k (1 to 4), or 0 when k is not valid.
func (k DataKind) Base() int {
	if !k.Valid() {
		return 0
	}
	return int(k)
}

// Factor is a contextual factor that moves a DPC score up or down from the
// basic score of its kind (ENISA 2013, annex 2). Some factors only raise
// the score, some only lower it. The zero value means "not set".
type Factor uint8

// The contextual factors of ENISA's DPC.
const (
	// Volume raises the score: much data about each person, e.g. a year of
	// history instead of a week.
	Volume Factor = iota + 1
	// ControllerCharacteristics raises the score: who the controller is
	// reveals more, e.g. a list of the clients of a psychiatric unit or of
	// a family-law department.
	ControllerCharacteristics
	// IndividualCharacteristics raises the score: the people are vulnerable
	// or at risk, e.g. children, people with a secret address, victims of
	// violence.
	IndividualCharacteristics
	// Invalidity lowers the score: the data are inaccurate or out of date.
	Invalidity
	// PublicAvailability lowers the score: the data were publicly available
	// before the breach.
	PublicAvailability
	// DataNature raises or lowers the score: the data reveal more or less
	// than their kind usually does, e.g. only that a blood test was taken.
	DataNature
)

var factorDef = enum.Def[Factor]{
	Type: "Factor",
	Kind: "breach: contextual factor",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Volume:                    {Code: "volume", Da: "Mængden af oplysninger", En: "Volume of data"},
		ControllerCharacteristics: {Code: "controller", Da: "Den dataansvarliges karakter", En: "Characteristics of the controller"},
		IndividualCharacteristics: {Code: "individuals", Da: "De registreredes karakter (fx sårbare personer)", En: "Characteristics of the individuals (e.g. vulnerable people)"},
		Invalidity:                {Code: "invalidity", Da: "Oplysningerne er ugyldige eller forældede", En: "Invalid or outdated data"},
		PublicAvailability:        {Code: "public", Da: "Oplysningerne var offentligt tilgængelige", En: "Data publicly available before the breach"},
		DataNature:                {Code: "nature", Da: "Oplysningernes karakter", En: "Nature of the data"},
	},
}

// factorSigns: +1 only raises, -1 only lowers, 0 either way.
var factorSigns = [...]int{0, 1, 1, 1, -1, -1, 0}

// Factors returns the contextual factors in order.
func Factors() []Factor {
	return []Factor{Volume, ControllerCharacteristics, IndividualCharacteristics, Invalidity, PublicAvailability, DataNature}
}

// Raises reports whether f may raise a score; Lowers whether it may lower
// one. [DataNature] does both.
func (f Factor) Raises() bool { return f.Valid() && factorSigns[f] >= 0 }

// Lowers reports whether f may lower a score.
func (f Factor) Lowers() bool { return f.Valid() && factorSigns[f] <= 0 }

// Adjustment moves a DPC score by a number of whole steps because of a
// contextual factor. Steps are -3..-1 or 1..3, in the direction the factor
// allows.
type Adjustment struct {
	// Factor is the contextual factor.
	Factor Factor `json:"factor"`
	// Steps is how many whole points it moves the score: -3..-1 or 1..3.
	Steps int `json:"steps"`
	// Note says why, in the case worker's words. A free text that may
	// describe a person: redacted in String, fmt, log/slog and errors;
	// JSON keeps it.
	Note gdpr.Personal `json:"note,omitzero"`
}

// Validate reports a missing or unknown factor, steps out of -3..3 or zero,
// and steps in a direction the factor does not allow.
func (a Adjustment) Validate() error {
	var ps gdpr.Problems
	switch {
	case a.Factor == 0:
		ps.Add("factor", gdpr.CodeRequired, "an adjustment needs a factor")
	case !a.Factor.Valid():
		ps.Add("factor", gdpr.CodeUnknown, "unknown factor "+a.Factor.String())
	}
	switch {
	case a.Steps == 0 || a.Steps < -3 || a.Steps > 3:
		ps.Add("steps", gdpr.CodeOutOfRange, "steps must be -3..-1 or 1..3, got "+strconv.Itoa(a.Steps))
	case a.Steps > 0 && a.Factor.Valid() && !a.Factor.Raises():
		ps.Add("steps", gdpr.CodeConflict, "factor "+a.Factor.String()+" can only lower the score")
	case a.Steps < 0 && a.Factor.Valid() && !a.Factor.Lowers():
		ps.Add("steps", gdpr.CodeConflict, "factor "+a.Factor.String()+" can only raise the score")
	}
	return ps.Err()
}

// DataContext is one kind of breached data with its contextual adjustments:
// one line of ENISA's DPC. Its score is the kind's basic score plus the
// adjustments, clamped to 1..4; with several contexts the DPC is the
// highest score.
type DataContext struct {
	// Kind is the kind of data, which gives the basic score.
	Kind DataKind `json:"kind"`
	// Types are the data types this line covers, for the record.
	Types []gdpr.DataType `json:"types,omitempty"`
	// Adjustments move the basic score up or down.
	Adjustments []Adjustment `json:"adjustments,omitempty"`
}

// Score returns the DPC score of c: the basic score of its kind plus its
// adjustments, clamped to 1..4; 0 when the kind is not valid.
func (c DataContext) Score() int {
	if !c.Kind.Valid() {
		return 0
	}
	return min(max(c.Raw(), 1), 4)
}

// Raw returns the basic score plus the adjustments before clamping (an
// adjustment with steps off -3..3 counts as none).
func (c DataContext) Raw() int {
	raw := c.Kind.Base()
	for _, a := range c.Adjustments {
		if a.Steps >= -3 && a.Steps <= 3 {
			raw += a.Steps
		}
	}
	return raw
}

// Validate reports a missing or unknown kind, an unknown data type and
// every invalid adjustment.
func (c DataContext) Validate() error {
	var ps gdpr.Problems
	switch {
	case c.Kind == 0:
		ps.Add("kind", gdpr.CodeRequired, "a data context needs a kind")
	case !c.Kind.Valid():
		ps.Add("kind", gdpr.CodeUnknown, "unknown data kind "+c.Kind.String())
	}
	for i, t := range c.Types {
		if !t.Valid() {
			ps.Add("types["+strconv.Itoa(i)+"]", gdpr.CodeUnknown, "unknown data type "+enum.Quote(string(t)))
		}
	}
	for i, a := range c.Adjustments {
		if err := a.Validate(); err != nil {
			ps.Merge("adjustments["+strconv.Itoa(i)+"]", err)
		}
	}
	return ps.Err()
}

// KindOf returns the ENISA kind the library starts a data type at (a
// policy choice, documented here; a case worker can always set another
// kind or adjust the score):
//
//   - name, contact details, position and education, workplace: simple.
//   - user names and passwords: simple. ENISA scores credentials as the
//     data they give access to; set the kind of that data when it is more.
//   - recordings of conversations: behavioural.
//   - significant social conditions: financial (ENISA counts social
//     welfare data related to financial matters as financial data).
//   - the CPR number: financial, lowered one step by the nature of the data
//     ([SuggestContexts] adds the adjustment), so DPC 2. ENISA has no class
//     for a national identity number; Danish practice treats it as
//     confidential (the municipal DPIA template, section 1.1) because it opens for identity misuse,
//     which puts it above simple data but below full financial records.
//   - the art. 9 types and criminal offences: sensitive.
//   - a custom type: by its category (ordinary simple, confidential
//     financial, sensitive and criminal sensitive).
//
// An invalid type gives 0.
func KindOf(t gdpr.DataType) DataKind {
	switch t {
	case gdpr.PersonName, gdpr.ContactDetails, gdpr.PositionEducation, gdpr.Workplace, gdpr.Credentials:
		return SimpleData
	case gdpr.Recordings:
		return BehaviouralData
	case gdpr.CPRNumber, gdpr.SocialConditions:
		return FinancialData
	case gdpr.Race, gdpr.Ethnicity, gdpr.PoliticalOpinion, gdpr.Belief, gdpr.TradeUnion,
		gdpr.SexLife, gdpr.Health, gdpr.Genetic, gdpr.Biometric, gdpr.CriminalOffences:
		return SensitiveData
	}
	switch t.Category() {
	case gdpr.Ordinary:
		return SimpleData
	case gdpr.Confidential:
		return FinancialData
	case gdpr.Sensitive, gdpr.Criminal:
		return SensitiveData
	}
	return 0
}

// SuggestContexts returns a starting DPC, one context per kind among
// types (in kind order, each with the types it covers), using [KindOf]. A
// financial context holding only CPR numbers gets one step down for the
// nature of the data (see [KindOf]). Invalid types are left out. The
// result is a suggestion for the case worker, who adds what the context of
// the breach calls for (vulnerable people, volume, ...).
func SuggestContexts(types []gdpr.DataType) []DataContext {
	var count [5]int
	n := 0
	for _, t := range types {
		if k := KindOf(t); k != 0 {
			if count[k] == 0 {
				n++
			}
			count[k]++
		}
	}
	if n == 0 {
		return nil
	}
	// One backing array for the types of every context, in kind order.
	all := make([]gdpr.DataType, 0, count[1]+count[2]+count[3]+count[4])
	out := make([]DataContext, 0, n)
	for k := SimpleData; k <= SensitiveData; k++ {
		if count[k] == 0 {
			continue
		}
		start := len(all)
		for _, t := range types {
			if KindOf(t) == k {
				all = append(all, t)
			}
		}
		c := DataContext{Kind: k, Types: all[start:len(all):len(all)]}
		if k == FinancialData && onlyCPR(c.Types) {
			c.Adjustments = []Adjustment{{Factor: DataNature, Steps: -1, Note: gdpr.NewPersonal("CPR-nummer uden yderligere økonomiske oplysninger")}}
		}
		out = append(out, c)
	}
	return out
}

func onlyCPR(types []gdpr.DataType) bool {
	for _, t := range types {
		if t != gdpr.CPRNumber {
			return false
		}
	}
	return true
}
