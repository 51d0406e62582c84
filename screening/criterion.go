package screening

import (
	"database/sql/driver"
	"strconv"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Criterion is one of the criteria for processing "likely to result in a
// high risk" (rules.md §2; WP248 rev.01 III.B.a). The first eight are the
// rows of the screening table of the municipal DPIA template (seed 002), in
// its order; the ninth is WP248's "processing that in itself prevents data
// subjects from exercising a right or using a service or a contract", which
// the template leaves out and a [Screening] uses only when it asks for it
// ([Screening.NinthCriterion]).
//
// The zero value means "not set" and is not valid.
type Criterion uint8

// The criteria, in the template's order (which is WP248's).
const (
	// Evaluation: evaluation or scoring, including profiling and prediction
	// (Evaluering eller analyse, herunder profilering og forudsigelse).
	Evaluation Criterion = iota + 1
	// AutomatedDecision: automated decisions with legal or similarly
	// significant effect (Automatiske afgørelser med retsvirkning ...).
	AutomatedDecision
	// Monitoring: systematic monitoring (Systematisk overvågning).
	Monitoring
	// SensitiveData: sensitive data or data of a highly personal or
	// confidential nature (Følsomme personoplysninger eller oplysninger af
	// personlig eller fortrolig karakter).
	SensitiveData
	// LargeScale: processing on a large scale (Behandling af omfattende
	// karakter).
	LargeScale
	// Matching: matching or combining datasets (Matching eller kombination
	// af datasæt).
	Matching
	// VulnerableSubjects: data about vulnerable data subjects
	// (Personoplysninger vedrørende sårbare registrerede).
	VulnerableSubjects
	// InnovativeUse: innovative use or new technological or organisational
	// solutions (Innovativ brug eller anvendelse af ny teknologi eller
	// organisatoriske løsninger).
	InnovativeUse
	// PreventsRights is WP248's ninth criterion: processing that in itself
	// prevents data subjects from exercising a right or using a service or a
	// contract. Not in the seed template; off unless a screening asks for it.
	PreventsRights
)

// numCriteria is the number of criteria, the ninth included.
const numCriteria = 9

// templateCriteria is the number of criteria in the seed template.
const templateCriteria = 8

var criterionCodes = [...]string{
	"",
	"evaluation_scoring",
	"automated_decision",
	"systematic_monitoring",
	"sensitive_data",
	"large_scale",
	"matching_combining",
	"vulnerable_subjects",
	"innovative_use",
	"prevents_rights",
}

// criterionNames are the criteria's names: Danish verbatim from the seed
// template's screening table (seed 002), English from WP248 rev.01. The
// ninth is not in the template; its Danish name follows seed 003.
var criterionNames = [...]gdpr.Text{
	{},
	{Da: "Evaluering eller analyse, herunder profilering og forudsigelse", En: "Evaluation or scoring, including profiling and predicting"},
	{Da: "Automatiske afgørelser med retsvirkning eller som på tilsvarende vis betydeligt påvirker de pågældende", En: "Automated decision-making with legal or similarly significant effect"},
	{Da: "Systematisk overvågning", En: "Systematic monitoring"},
	{Da: "Følsomme personoplysninger eller oplysninger af personlig eller fortrolig karakter", En: "Sensitive data or data of a highly personal or confidential nature"},
	{Da: "Behandling af omfattende karakter", En: "Data processed on a large scale"},
	{Da: "Matching eller kombination af datasæt", En: "Matching or combining datasets"},
	{Da: "Personoplysninger vedrørende sårbare registrerede", En: "Data concerning vulnerable data subjects"},
	{Da: "Innovativ brug eller anvendelse af ny teknologi eller organisatoriske løsninger", En: "Innovative use or applying new technological or organisational solutions"},
	{Da: "Behandling, der i sig selv forhindrer de registrerede i at udøve en rettighed eller gøre brug af en tjeneste eller en kontrakt", En: "Processing that in itself prevents data subjects from exercising a right or using a service or a contract"},
}

// criterionHelp are the help texts under each criterion: Danish verbatim
// from the seed template, English after WP248 rev.01 (whose Danish version
// the template quotes). The ninth's Danish text is ours, after seed 003 and
// WP248.
var criterionHelp = [...]gdpr.Text{
	{},
	{
		Da: "F.eks. opbygning af adfærds- eller markedsføringsprofiler ud fra brug af en hjemmeside.",
		En: "For example building behavioural or marketing profiles based on the use of a website.",
	},
	{
		Da: `F.eks. behandlingsaktiviteter med henblik på beslutningstagning, der har "retsvirkning for den fysiske person", eller som "på tilsvarende vis betydeligt påvirker den fysiske person" (og som f.eks. kan føre til udelukkelse eller forskelsbehandling af fysiske personer).`,
		En: `For example processing that aims at taking decisions on data subjects producing "legal effects concerning the natural person" or which "similarly significantly affects the natural person" (and which may, for example, lead to the exclusion of or discrimination against individuals).`,
	},
	{
		Da: "F.eks. behandling af personoplysninger med henblik på at observere, overvåge eller kontrollere de registrerede, herunder oplysninger indsamlet gennem netværk. Indsamling af personoplysninger under omstændigheder, hvor de registrerede, muligvis ikke er klar over, hvem der indsamler deres oplysninger, og hvordan oplysningerne vil blive brugt.",
		En: "For example processing used to observe, monitor or control data subjects, including data collected through networks. Collection of personal data in circumstances where data subjects may not be aware of who is collecting their data and how they will be used.",
	},
	{
		Da: "Behandling af følsomme personoplysninger, personoplysninger om straffedomme eller lovovertrædelser eller andre oplysninger, der måtte øge den potentielle risiko for fysiske personers rettigheder og frihedsrettigheder.",
		En: "Processing of special categories of personal data, personal data relating to criminal convictions or offences, or other data that may increase the possible risk to the rights and freedoms of individuals.",
	},
	{
		Da: "Når det vurderes, om der er tale om behandling i stort omfang, skal der især tages hensyn til følgende faktorer: Antal berørte registrerede, mængden af oplysninger og/eller de forskellige oplysninger, der behandles, behandlingsaktivitetens varighed eller regelmæssighed samt behandlingsaktivitetens geografiske omfang.",
		En: "When determining whether processing is carried out on a large scale, the following factors in particular should be considered: the number of data subjects concerned, the volume of data and/or the range of different data items being processed, the duration or permanence of the processing activity, and its geographical extent.",
	},
	{
		Da: "F.eks. oplysninger hidrørende fra to eller flere behandlingsaktiviteter med forskellige formål og/eller foretaget af forskellige dataansvarlige på en måde, som ville overstige den registreredes rimelige forventninger. Det kan f.eks. være for at forebygge svindel eller i forbindelse med direkte markedsføring.",
		En: "For example data originating from two or more processing operations performed for different purposes and/or by different controllers in a way that would exceed the reasonable expectations of the data subject. This may be, for example, to prevent fraud or for direct marketing.",
	},
	{
		Da: "F.eks. børn, medarbejdere, psykisk syge personer eller ældre personer. Der vil ofte være tale om sårbare registrerede, når der er skævhed i magtbalancen mellem den registrerede og den dataansvarlige. Den registrerede er ofte ikke i stand til uden besvær at give sit samtykke eller modsætte sig behandlingen af sine personoplysninger eller udøve sine rettigheder.",
		En: "For example children, employees, mentally ill persons or elderly people. Data subjects will often be vulnerable where there is an imbalance of power between the data subject and the controller. The data subject is often unable to consent to, or oppose, the processing of his or her data, or to exercise his or her rights, without difficulty.",
	},
	{
		Da: "F.eks. kombinationen af forskellige teknologier, såsom fingeraftryk og ansigtsgenkendelse med henblik på bedre kontrol med fysisk adgang osv. Andre former for ny teknologi er Iris-scanning, kunstig intelligens, kommunikation med f.eks. det offentlige via apps på mobile enheder, kreditvurderinger og brug af elektroniske identiteter.",
		En: "For example combining different technologies, such as fingerprint and face recognition for improved physical access control. Other forms of new technology are iris scanning, artificial intelligence, communication with e.g. public authorities through apps on mobile devices, credit scoring and the use of electronic identities.",
	},
	{
		Da: "F.eks. behandlinger, der skal give, ændre eller nægte de registrerede adgang til en tjeneste eller indgåelse af en kontrakt, som når en bank screener sine kunder mod en kreditoplysningsdatabase for at afgøre, om de skal tilbydes et lån.",
		En: "This includes processing operations that aim at allowing, modifying or refusing data subjects' access to a service or entry into a contract, for example when a bank screens its customers against a credit reference database in order to decide whether to offer them a loan.",
	},
}

// Criteria returns the seed template's eight criteria in its order.
func Criteria() []Criterion {
	out := make([]Criterion, templateCriteria)
	for i := range out {
		out[i] = Criterion(i + 1)
	}
	return out
}

// AllCriteria returns the nine criteria of WP248 rev.01: the template's
// eight and [PreventsRights].
func AllCriteria() []Criterion {
	return append(Criteria(), PreventsRights)
}

// Valid reports whether c is one of the nine criteria.
func (c Criterion) Valid() bool { return enum.Valid(c, criterionCodes[:]) }

// String returns the stable code ("large_scale"), or "Criterion(12)".
func (c Criterion) String() string { return enum.String(c, "Criterion", criterionCodes[:]) }

// Label returns the criterion's name: the seed template's Danish wording,
// or English.
func (c Criterion) Label(tag language.Tag) string {
	if !c.Valid() {
		return c.String()
	}
	return criterionNames[c].In(tag)
}

// Help returns the help text the template prints under the criterion, in
// Danish or English, or "" for an invalid criterion.
func (c Criterion) Help(tag language.Tag) string {
	if !c.Valid() {
		return ""
	}
	return criterionHelp[c].In(tag)
}

// Number returns the criterion's number in the template (1-8) and in
// WP248 (1-9), or 0 for an invalid criterion.
func (c Criterion) Number() int {
	if !c.Valid() {
		return 0
	}
	return int(c)
}

// InTemplate reports whether c is one of the seed template's eight
// criteria (every valid criterion but [PreventsRights]).
func (c Criterion) InTemplate() bool { return c.Valid() && c != PreventsRights }

// Reference returns the source of the criterion, e.g.
// "WP248 rev.01 III.B.a, criterion 5".
func (c Criterion) Reference() string {
	if !c.Valid() {
		return ""
	}
	return "WP248 rev.01 III.B.a, criterion " + strconv.Itoa(int(c))
}

// ParseCriterion parses a criterion code; "" gives the zero value.
func ParseCriterion(code string) (Criterion, error) {
	return parseCode[Criterion](code, "criterion", criterionCodes[:])
}

// MarshalText encodes c as its code; the zero value encodes as "".
func (c Criterion) MarshalText() ([]byte, error) {
	return marshalCode(c, "Criterion", criterionCodes[:])
}

// UnmarshalText decodes a code; an unknown code is an error.
func (c *Criterion) UnmarshalText(b []byte) (err error) {
	*c, err = ParseCriterion(string(b))
	return err
}

// Scan implements sql.Scanner.
func (c *Criterion) Scan(src any) error { return scanCode(c, src, "criterion", criterionCodes[:]) }

// Value implements driver.Valuer.
func (c Criterion) Value() (driver.Value, error) {
	return valueCode(c, "Criterion", criterionCodes[:])
}
