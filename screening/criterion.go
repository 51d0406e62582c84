package screening

import (
	"strconv"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Criterion is one of the criteria for processing "likely to result in a
// high risk" (WP248 rev.01 III.B.a). The first eight are the rows of the
// screening table of the municipal DPIA template, in its order; the ninth is WP248's "processing that in itself prevents data
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
	// SensitiveData: sensitive data or data of a highly personal nature, in
	// WP248 rev.01's words (the template: Følsomme personoplysninger eller
	// oplysninger af personlig eller fortrolig karakter).
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
	// contract. Not in the municipal DPIA template; off unless a screening asks for it.
	PreventsRights
)

// numCriteria is the number of criteria, the ninth included.
const numCriteria = 9

// templateCriteria is the number of criteria in the municipal DPIA template.
const templateCriteria = 8

// criterionDef is the table of Criterion. Names: Danish verbatim from the
// screening table of the municipal DPIA template, English from WP248
// rev.01 III.B.a. The ninth is not in the template; its Danish name follows
// the Danish version of WP248.
var criterionDef = enum.Def[Criterion]{
	Type: "Criterion",
	Kind: "screening: criterion",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Evaluation:         {Code: "evaluation_scoring", Da: "Evaluering eller analyse, herunder profilering og forudsigelse", En: "Evaluation or scoring, including profiling and predicting"},
		AutomatedDecision:  {Code: "automated_decision", Da: "Automatiske afgørelser med retsvirkning eller som på tilsvarende vis betydeligt påvirker de pågældende", En: "Automated decision-making with legal or similarly significant effect"},
		Monitoring:         {Code: "systematic_monitoring", Da: "Systematisk overvågning", En: "Systematic monitoring"},
		SensitiveData:      {Code: "sensitive_data", Da: "Følsomme personoplysninger eller oplysninger af personlig eller fortrolig karakter", En: "Sensitive data or data of a highly personal nature"},
		LargeScale:         {Code: "large_scale", Da: "Behandling af omfattende karakter", En: "Data processed on a large scale"},
		Matching:           {Code: "matching_combining", Da: "Matching eller kombination af datasæt", En: "Matching or combining datasets"},
		VulnerableSubjects: {Code: "vulnerable_subjects", Da: "Personoplysninger vedrørende sårbare registrerede", En: "Data concerning vulnerable data subjects"},
		InnovativeUse:      {Code: "innovative_use", Da: "Innovativ brug eller anvendelse af ny teknologi eller organisatoriske løsninger", En: "Innovative use or applying new technological or organisational solutions"},
		PreventsRights:     {Code: "prevents_rights", Da: "Behandling, der i sig selv forhindrer de registrerede i at udøve en rettighed eller gøre brug af en tjeneste eller en kontrakt", En: "Processing that in itself prevents data subjects from exercising a right or using a service or a contract"},
	},
}

// criterionHelp are the help texts under each criterion: Danish verbatim
// from the municipal DPIA template, English after WP248 rev.01 (whose Danish version
// the template quotes). The ninth's Danish text is ours, after
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

// Criteria returns the municipal DPIA template's eight criteria in its order.
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

// InTemplate reports whether c is one of the municipal DPIA template's eight
// criteria (every valid criterion but [PreventsRights]).
func (c Criterion) InTemplate() bool { return c.Valid() && c != PreventsRights }

// Reference returns the source of the criterion, e.g. "WP248 rev.01
// III.B.a, criterion 5", in Danish and English; the zero Text for an
// invalid criterion.
func (c Criterion) Reference() gdpr.Text {
	if !c.Valid() {
		return gdpr.Text{}
	}
	return criterionReferences[c]
}

// criterionReferences are the criteria's sources, cited once. Read-only.
var criterionReferences = func() (out [numCriteria + 1]gdpr.Text) {
	for c := Criterion(1); c <= numCriteria; c++ {
		out[c] = gdpr.Cite("WP248 rev.01 III.B.a, criterion " + strconv.Itoa(int(c)))
	}
	return out
}()
