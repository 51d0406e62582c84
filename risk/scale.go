package risk

import (
	"fmt"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// MinLevels and MaxLevels bound the number of steps a [Matrix] has on
// either axis: from 3x3 to 6x6. The template's scales have four steps;
// other authorities use three, five (OS2compliance's 5x5 matrices) or six.
const (
	MinLevels = 3
	MaxLevels = 6
)

// Consequence is how hard a risk would hit the data subjects (konsekvens,
// K), on the four-step scale of the municipal DPIA template ("Metodik for
// risikovurderingerne"). The zero value means "not assessed" and is not
// valid.
//
// The named steps are the template's. A [Matrix] with five or six steps
// uses Consequence(5) and Consequence(6) too: they are valid values whose
// code is their digit ("5", "6"), and only a matrix with that many steps
// rates them.
type Consequence uint8

// The template's consequence scale.
const (
	Insignificant Consequence = iota + 1 // 1 Ubetydelig
	Minor                                // 2 Mindre alvorlig
	Serious                              // 3 Meget alvorlig
	Severe                               // 4 Graverende / ødelæggende
)

// consequenceDef is the table of Consequence: the template's names of its
// four steps, and the digits of the steps of a larger matrix.
var consequenceDef = enum.Def[Consequence]{
	Type: "Consequence",
	Kind: "risk: consequence",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Insignificant: {Code: "insignificant", Da: "Ubetydelig", En: "Insignificant"},
		Minor:         {Code: "minor", Da: "Mindre alvorlig", En: "Minor"},
		Serious:       {Code: "serious", Da: "Meget alvorlig", En: "Serious"},
		Severe:        {Code: "severe", Da: "Graverende / ødelæggende", En: "Severe / devastating"},
		5:             {Code: "5", Da: "5", En: "5"},
		6:             {Code: "6", Da: "6", En: "6"},
	},
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

// InTemplate reports whether c is a step of the template's scale (1-4).
func (c Consequence) InTemplate() bool { return c >= Insignificant && c <= Severe }

// Description returns the template's explanation of step c, in Danish or
// English, or "" for a step beyond the template's scale.
func (c Consequence) Description(tag language.Tag) string {
	if !c.InTemplate() {
		return ""
	}
	return consequenceDescriptions[c].In(tag)
}

// ParseConsequence parses a code ("serious") or a digit ("3"; "5" and "6"
// for a caller's larger matrix); "" gives the zero value (not assessed).
// Whether the step is on the scale of a given matrix is for
// [Matrix.Rate] to say.
func ParseConsequence(s string) (Consequence, error) { return parseLevel(&consequenceDef, s) }

// UnmarshalText decodes a code or a digit; anything else is an error.
func (c *Consequence) UnmarshalText(b []byte) (err error) {
	*c, err = ParseConsequence(string(b))
	return err
}

// Scan implements sql.Scanner: NULL is not assessed; text is parsed as by
// [ParseConsequence]; an integer column is taken as the step.
func (c *Consequence) Scan(src any) error { return scanLevel(&consequenceDef, c, src) }

// Probability is how likely a threat is to happen with the measures already
// in place (sandsynlighed, S), on the four-step scale of the municipal DPIA
// template ("Metodik for risikovurderingerne"). The zero value means "not
// assessed" and is not valid. Steps 5 and 6 of a larger matrix work as for
// [Consequence].
type Probability uint8

// The template's probability scale.
const (
	Unlikely   Probability = iota + 1 // 1 Usandsynlig
	LessLikely                        // 2 Mindre sandsynlig
	Likely                            // 3 Sandsynligt
	Expected                          // 4 Forventet
)

// probabilityDef is the table of Probability, as consequenceDef.
var probabilityDef = enum.Def[Probability]{
	Type: "Probability",
	Kind: "risk: probability",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Unlikely:   {Code: "unlikely", Da: "Usandsynlig", En: "Unlikely"},
		LessLikely: {Code: "less_likely", Da: "Mindre sandsynlig", En: "Less likely"},
		Likely:     {Code: "likely", Da: "Sandsynligt", En: "Likely"},
		Expected:   {Code: "expected", Da: "Forventet", En: "Expected"},
		5:          {Code: "5", Da: "5", En: "5"},
		6:          {Code: "6", Da: "6", En: "6"},
	},
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

// InTemplate reports whether p is a step of the template's scale (1-4).
func (p Probability) InTemplate() bool { return p >= Unlikely && p <= Expected }

// Description returns the template's explanation of step p, in Danish or
// English, or "" for a step beyond the template's scale.
func (p Probability) Description(tag language.Tag) string {
	if !p.InTemplate() {
		return ""
	}
	return probabilityDescriptions[p].In(tag)
}

// ParseProbability parses a code ("likely") or a digit ("3"; "5" and "6"
// for a caller's larger matrix); "" gives the zero value (not assessed).
func ParseProbability(s string) (Probability, error) { return parseLevel(&probabilityDef, s) }

// UnmarshalText decodes a code or a digit; anything else is an error.
func (p *Probability) UnmarshalText(b []byte) (err error) {
	*p, err = ParseProbability(string(b))
	return err
}

// Scan implements sql.Scanner: NULL is not assessed; text is parsed as by
// [ParseProbability]; an integer column is taken as the step.
func (p *Probability) Scan(src any) error { return scanLevel(&probabilityDef, p, src) }

// parseLevel parses a code of a scale, or the digit of a step ("3"; "5" and
// "6" of a larger matrix); "" gives zero (not assessed).
func parseLevel[T ~uint8](def *enum.Def[T], s string) (T, error) {
	if len(s) == 1 && s[0] >= '1' && s[0] <= '0'+MaxLevels {
		return T(s[0] - '0'), nil
	}
	return def.Parse(s)
}

// scanLevel scans a step of a scale: NULL is not assessed, text is parsed
// by parseLevel, an integer column is the step.
func scanLevel[T ~uint8](def *enum.Def[T], v *T, src any) error {
	if x, ok := src.(int64); ok {
		if x < 1 || x > MaxLevels {
			return &enum.Error{Msg: fmt.Sprintf("%s %d is off the scale 1-%d", def.Kind, x, MaxLevels), Code: gdpr.CodeOutOfRange, Err: ErrInvalidScale}
		}
		*v = T(x)
		return nil
	}
	if s, ok := src.(string); ok {
		src = []byte(s)
	}
	if b, ok := src.([]byte); ok {
		p, err := parseLevel(def, string(b))
		if err != nil {
			return err
		}
		*v = p
		return nil
	}
	return def.Scan(v, src)
}
