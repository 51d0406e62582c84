package risk

import (
	"database/sql/driver"
	"fmt"
	"strconv"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// MaxLevels is the largest number of steps a [Matrix] may have on either
// axis. The template's scales have four steps; other authorities use three
// or five, so a caller's matrix may have from 2 to MaxLevels.
const MaxLevels = 6

// Consequence is how hard a risk would hit the data subjects (konsekvens,
// K), on the four-step scale of the DPIA template (seed 002, "Metodik for
// risikovurderingerne"; rules.md §3). The zero value means "not assessed"
// and is not valid.
//
// The named steps are the template's. A caller's [Matrix] with five or six
// steps uses Consequence(5) and Consequence(6): they are not [Consequence.Valid]
// on the template's scale, encode as "5" and "6", and only a matrix with
// that many steps rates them.
type Consequence uint8

// The template's consequence scale.
const (
	Insignificant Consequence = iota + 1 // 1 Ubetydelig
	Minor                                // 2 Mindre alvorlig
	Serious                              // 3 Meget alvorlig
	Severe                               // 4 Graverende / ødelæggende
)

var consequenceCodes = [...]string{"", "insignificant", "minor", "serious", "severe"}

var consequenceLabels = [...]gdpr.Text{
	{},
	{Da: "Ubetydelig", En: "Insignificant"},
	{Da: "Mindre alvorlig", En: "Minor"},
	{Da: "Meget alvorlig", En: "Serious"},
	{Da: "Graverende / ødelæggende", En: "Severe / devastating"},
}

// consequenceDescriptions are the template's explanations of each step,
// with "the controller" where the template names a municipality.
var consequenceDescriptions = [...]gdpr.Text{
	{},
	{
		Da: "Personer kan opleve få mindre ulemper, som de kan overkomme uden større indsats (tid brugt på at genindtaste oplysninger, dårlig brugeroplevelse, brud på fortrolighed til interne personer med tavshedspligt, irritation og lignende).",
		En: "People may meet a few minor inconveniences that they can overcome without much effort (time spent re-entering data, a poor user experience, a breach of confidentiality towards internal persons bound by professional secrecy, annoyance and the like).",
	},
	{
		Da: "Personer kan opleve betydelige ulemper, som de kan overkomme med få besværligheder (ekstra udgifter, manglende adgang til service, frygt, brud på fortrolighed til eksterne personer med tavshedspligt, mangel på forståelse, mindre fysiske lidelser, mindre sociale konsekvenser).",
		En: "People may meet significant inconveniences that they can overcome with a few difficulties (extra costs, denial of access to a service, fear, a breach of confidentiality towards external persons bound by professional secrecy, lack of understanding, minor physical ailments, minor social consequences).",
	},
	{
		Da: "Personer kan opleve betydelige konsekvenser, som de kun kan overkomme med alvorlige vanskeligheder (økonomiske konsekvenser, betydelige sociale konsekvenser, fejlkontering af midler, skade på omdømme, brud på fortrolighed til eksterne personer uden tavshedspligt, fysiske skader på aktiver, påvirkning af arbejdssituation, stævning, dårligere helbred og lignende).",
		En: "People may meet significant consequences that they can overcome only with serious difficulties (financial consequences, significant social consequences, misappropriation of funds, damage to reputation, a breach of confidentiality towards external persons not bound by secrecy, physical damage to property, effects on their work situation, a summons, worse health and the like).",
	},
	{
		Da: "Personer kan opleve betydelige eller endog uoprettelige konsekvenser, som de måske ikke overvinder (mistet erhvervsevne, brud på fortrolighed til personer, hvor det volder skade på den registrerede (fx i en forældremyndighedssag), have væsentlige sociale konsekvenser, identitetstyveri, langvarige fysiske og psykiske lidelser, død og lignende).",
		En: "People may meet significant or even irreversible consequences that they may not overcome (loss of the ability to work, a breach of confidentiality towards persons where it harms the data subject (e.g. in a custody case), significant social consequences, identity theft, long-term physical or mental ailments, death and the like).",
	},
}

// Consequences returns the template's four consequence steps in order.
func Consequences() []Consequence { return []Consequence{Insignificant, Minor, Serious, Severe} }

// Valid reports whether c is a step of the template's scale (1-4).
func (c Consequence) Valid() bool { return enum.Valid(c, consequenceCodes[:]) }

// String returns the stable code ("serious"), the digit of a step beyond
// the template's scale ("5"), or "Consequence(9)" for anything else.
func (c Consequence) String() string {
	return levelString(uint8(c), "Consequence", consequenceCodes[:])
}

// Label returns the template's Danish name of c ("Meget alvorlig"), or the
// English one; a step beyond the template's scale gives its digit.
func (c Consequence) Label(tag language.Tag) string {
	if !c.Valid() {
		return c.String()
	}
	return consequenceLabels[c].In(tag)
}

// Description returns the template's explanation of step c, in Danish or
// English, or "" for a step beyond the template's scale.
func (c Consequence) Description(tag language.Tag) string {
	if !c.Valid() {
		return ""
	}
	return consequenceDescriptions[c].In(tag)
}

// ParseConsequence parses a code ("serious") or a digit ("3"; "5" and "6"
// for a caller's larger matrix); "" gives the zero value (not assessed).
// Whether the step is on the scale of a given matrix is for
// [Matrix.Rate] to say.
func ParseConsequence(s string) (Consequence, error) {
	v, err := parseLevel(s, "risk: consequence", consequenceCodes[:])
	return Consequence(v), err
}

// MarshalText encodes c as its code, a step beyond the template's scale as
// its digit; the zero value encodes as "".
func (c Consequence) MarshalText() ([]byte, error) {
	return marshalLevel(uint8(c), "Consequence", consequenceCodes[:])
}

// UnmarshalText decodes a code or a digit; anything else is an error.
func (c *Consequence) UnmarshalText(b []byte) (err error) {
	*c, err = ParseConsequence(string(b))
	return err
}

// Scan implements sql.Scanner: NULL is not assessed; text is parsed as by
// [ParseConsequence]; an integer column is taken as the step.
func (c *Consequence) Scan(src any) error {
	v, err := scanLevel(src, "risk: consequence", consequenceCodes[:])
	if err != nil {
		return err
	}
	*c = Consequence(v)
	return nil
}

// Value implements driver.Valuer: the code, or NULL when not assessed.
func (c Consequence) Value() (driver.Value, error) {
	return enum.TextValue(c.MarshalText)
}

// Probability is how likely a threat is to happen with the measures already
// in place (sandsynlighed, S), on the four-step scale of the DPIA template
// (seed 002, "Metodik for risikovurderingerne"; rules.md §3). The zero
// value means "not assessed" and is not valid. Steps beyond the template's
// scale work as for [Consequence].
type Probability uint8

// The template's probability scale.
const (
	Unlikely   Probability = iota + 1 // 1 Usandsynlig
	LessLikely                        // 2 Mindre sandsynlig
	Likely                            // 3 Sandsynligt
	Expected                          // 4 Forventet
)

var probabilityCodes = [...]string{"", "unlikely", "less_likely", "likely", "expected"}

var probabilityLabels = [...]gdpr.Text{
	{},
	{Da: "Usandsynlig", En: "Unlikely"},
	{Da: "Mindre sandsynlig", En: "Less likely"},
	{Da: "Sandsynligt", En: "Likely"},
	{Da: "Forventet", En: "Expected"},
}

// probabilityDescriptions are the template's explanations of each step; the
// template names Jammerbugt Kommune, the library says "the controller".
var probabilityDescriptions = [...]gdpr.Text{
	{},
	{
		Da: "Det anses for næsten udelukket, at truslen nogensinde kan forekomme. Ingen erfaring med truslen. Kendes fra ingen eller kun få offentlige og private virksomheder.",
		En: "The threat is considered almost impossible. No experience with the threat. Known from no or only a few public and private organisations.",
	},
	{
		Da: "Truslen forventes ikke at ske. Mindre erfaring med truslen. Kendes fra offentlige og private virksomheder.",
		En: "The threat is not expected to happen. Little experience with the threat. Known from public and private organisations.",
	},
	{
		Da: "Det er sandsynligt, at truslen vil forekomme. Den dataansvarlige har erfaring med truslen, men ikke inden for de sidste 12 måneder. Det hænder ofte, men ikke årligt hos andre aktører, som anvender samme system eller har samme databehandlinger. Hænder ofte, men ikke årligt i andre offentlige og private virksomheder fx på baggrund af omtale i pressen eller hos Datatilsynet.",
		En: "The threat is likely to happen. The controller has experience with the threat, but not within the last 12 months. It happens often, but not every year, at others who use the same system or carry out the same processing, and in other public and private organisations, e.g. as reported in the press or by Datatilsynet.",
	},
	{
		Da: "Det forventes, at truslen vil forekomme. Den dataansvarlige har erfaring med truslen inden for de sidste 12 måneder, eller det hænder jævnligt hos andre aktører, som anvender samme system eller har samme databehandlinger. Hænder jævnligt i andre offentlige og private virksomheder fx på baggrund af omtale i pressen eller hos Datatilsynet.",
		En: "The threat is expected to happen. The controller has experienced the threat within the last 12 months, or it happens regularly at others who use the same system or carry out the same processing, and in other public and private organisations, e.g. as reported in the press or by Datatilsynet.",
	},
}

// Probabilities returns the template's four probability steps in order.
func Probabilities() []Probability { return []Probability{Unlikely, LessLikely, Likely, Expected} }

// Valid reports whether p is a step of the template's scale (1-4).
func (p Probability) Valid() bool { return enum.Valid(p, probabilityCodes[:]) }

// String returns the stable code ("less_likely"), the digit of a step
// beyond the template's scale ("5"), or "Probability(9)" for anything else.
func (p Probability) String() string {
	return levelString(uint8(p), "Probability", probabilityCodes[:])
}

// Label returns the template's Danish name of p ("Mindre sandsynlig"), or
// the English one; a step beyond the template's scale gives its digit.
func (p Probability) Label(tag language.Tag) string {
	if !p.Valid() {
		return p.String()
	}
	return probabilityLabels[p].In(tag)
}

// Description returns the template's explanation of step p, in Danish or
// English, or "" for a step beyond the template's scale.
func (p Probability) Description(tag language.Tag) string {
	if !p.Valid() {
		return ""
	}
	return probabilityDescriptions[p].In(tag)
}

// ParseProbability parses a code ("likely") or a digit ("3"; "5" and "6"
// for a caller's larger matrix); "" gives the zero value (not assessed).
func ParseProbability(s string) (Probability, error) {
	v, err := parseLevel(s, "risk: probability", probabilityCodes[:])
	return Probability(v), err
}

// MarshalText encodes p as its code, a step beyond the template's scale as
// its digit; the zero value encodes as "".
func (p Probability) MarshalText() ([]byte, error) {
	return marshalLevel(uint8(p), "Probability", probabilityCodes[:])
}

// UnmarshalText decodes a code or a digit; anything else is an error.
func (p *Probability) UnmarshalText(b []byte) (err error) {
	*p, err = ParseProbability(string(b))
	return err
}

// Scan implements sql.Scanner: NULL is not assessed; text is parsed as by
// [ParseProbability]; an integer column is taken as the step.
func (p *Probability) Scan(src any) error {
	v, err := scanLevel(src, "risk: probability", probabilityCodes[:])
	if err != nil {
		return err
	}
	*p = Probability(v)
	return nil
}

// Value implements driver.Valuer: the code, or NULL when not assessed.
func (p Probability) Value() (driver.Value, error) {
	return enum.TextValue(p.MarshalText)
}

// levelString is String for a scale: the code on the template's scale, the
// digit for a larger matrix's step, "Type(n)" otherwise.
func levelString(v uint8, typeName string, codes []string) string {
	if v >= uint8(len(codes)) && v <= MaxLevels {
		return strconv.Itoa(int(v))
	}
	return enum.String(v, typeName, codes)
}

func marshalLevel(v uint8, typeName string, codes []string) ([]byte, error) {
	if v >= uint8(len(codes)) && v <= MaxLevels {
		return []byte{'0' + v}, nil
	}
	if v > MaxLevels {
		return nil, fmt.Errorf("risk: cannot encode %s(%d): %w", typeName, v, ErrInvalidScale)
	}
	return enum.Marshal(v, typeName, codes, ErrInvalidScale)
}

func parseLevel(s, kind string, codes []string) (uint8, error) {
	if len(s) == 1 && s[0] >= '1' && s[0] <= '0'+MaxLevels {
		return s[0] - '0', nil
	}
	return enum.Parse[uint8](s, kind, codes, ErrUnknownCode)
}

func scanLevel(src any, kind string, codes []string) (uint8, error) {
	switch x := src.(type) {
	case int64:
		if x < 1 || x > MaxLevels {
			return 0, fmt.Errorf("%s %d is off the scale 1-%d: %w", kind, x, MaxLevels, ErrInvalidScale)
		}
		return uint8(x), nil
	case nil, string, []byte:
		var v uint8
		err := enum.ScanText(src, kind, func(b []byte) (err error) {
			v, err = parseLevel(string(b), kind, codes)
			return err
		}, ErrUnknownCode)
		return v, err
	}
	return 0, fmt.Errorf("cannot scan %T into %s: %w", src, kind, ErrUnknownCode)
}
