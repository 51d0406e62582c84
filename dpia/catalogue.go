package dpia

import (
	"slices"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/ropa"
	"golang.org/x/text/language"
)

// Question is one numbered question of the template's processing part
// (sections 1-8) or its lawfulness part (sections 1-4), as the read-only
// catalogue [Questions] returns it: the number, the template's Danish
// wording and an English one, the kind of answer, the boxes to tick where
// there are any, and the field of the record of processing (package ropa)
// that answers it, if one does.
type Question struct {
	// Part is the part of the template the question belongs to.
	Part Part `json:"part"`
	// Section is the section number within the part (1-8 or 1-4).
	Section int `json:"section"`
	// Number is the question's number, unique within its part ("2.10").
	// The template prints two questions of the lawfulness part as 3.4:
	// the second is "3.4b" here.
	Number string `json:"number"`
	// Text is the question in the template's Danish wording and in English.
	Text gdpr.Text `json:"text"`
	// Kind is the kind of answer the question takes.
	Kind AnswerKind `json:"kind"`
	// Options are the boxes a choice question offers, in the template's
	// order; a response's choices are their codes.
	Options []Option `json:"options,omitempty"`
	// RecordField is the JSON name of the field of [ropa.Record] that
	// answers the question ("technologies"), or "" when the assessment
	// holds the answer itself. Where the record answers, the assessment
	// holds only the elaboration and the attachments; an answer of its own
	// is used only while the record is silent, and [Assessment.Check]
	// reports one that contradicts the record.
	RecordField string `json:"recordField,omitempty"`
	// Note says how the library reads a question where the template is
	// ambiguous or misnumbered.
	Note gdpr.Text `json:"note,omitzero"`
}

// Option is one box of a choice question: a stable code and the template's
// wording.
type Option struct {
	Code string    `json:"code"`
	Text gdpr.Text `json:"text"`
}

// Section is a numbered section of a part of the template, with its title.
type Section struct {
	Part   Part      `json:"part"`
	Number int       `json:"number"`
	Title  gdpr.Text `json:"title"`
}

// option returns the option with the given code.
func (q Question) option(code string) (Option, bool) {
	for _, o := range q.Options {
		if o.Code == code {
			return o, true
		}
	}
	return Option{}, false
}

// Questions returns the catalogue of part p in the template's order, in a
// fresh slice that the caller may change; nil for an invalid part. Every
// question of the part is there, so a report renders every question even
// when it is unanswered.
func Questions(p Part) []Question {
	if !p.Valid() {
		return nil
	}
	src := catalogue[p]
	out := make([]Question, len(src))
	for i, q := range src {
		q.Options = slices.Clone(q.Options)
		out[i] = q
	}
	return out
}

// LookupQuestion returns the question of part p with the given number.
func LookupQuestion(p Part, number string) (Question, bool) {
	i, ok := questionIndex(p, number)
	if !ok {
		return Question{}, false
	}
	q := catalogue[p][i]
	q.Options = slices.Clone(q.Options)
	return q, true
}

// questionIndex finds a question without copying it.
func questionIndex(p Part, number string) (int, bool) {
	if !p.Valid() {
		return 0, false
	}
	for i := range catalogue[p] {
		if catalogue[p][i].Number == number {
			return i, true
		}
	}
	return 0, false
}

// Sections returns the numbered sections of part p with the template's
// titles, in order, in a fresh slice; nil for an invalid part.
func Sections(p Part) []Section {
	if !p.Valid() {
		return nil
	}
	out := make([]Section, len(sectionTitles[p]))
	for i, t := range sectionTitles[p] {
		out[i] = Section{Part: p, Number: i + 1, Title: t}
	}
	return out
}

// sectionTitles holds the titles of the sections of each part. Read-only.
var sectionTitles = [...][]gdpr.Text{
	Processing: {
		{Da: "Typer af personoplysninger og kategorier af registrerede", En: "Types of personal data and categories of data subjects"},
		{Da: "Indsamlingen af personoplysninger og teknologier", En: "Collection of personal data and technologies"},
		{Da: "Behandlingsformer", En: "Forms of processing"},
		{Da: "Behandlingsomfang", En: "Extent of the processing"},
		{Da: "Behandlingsformål", En: "Purposes of the processing"},
		{Da: "Videregivelse af personoplysninger til selvstændige eller fælles dataansvarlige", En: "Disclosure of personal data to independent or joint controllers"},
		{Da: "Deling af personoplysninger til databehandlere og underdatabehandlere", En: "Sharing of personal data with processors and sub-processors"},
		{Da: "Sikkerhed", En: "Security"},
	},
	Lawfulness: {
		{Da: "Retsgrundlag", En: "Legal basis"},
		{Da: "Oplysningspligt", En: "Duty to inform"},
		{Da: "Dataprincipper", En: "Data protection principles"},
		{Da: "Rettigheder", En: "Rights"},
	},
}

// technologyQuestions maps questions 2.2-2.13 to the technology of the
// record that answers them. Read-only.
var technologyQuestions = map[string]gdpr.Technology{
	"2.2": gdpr.Servers, "2.3": gdpr.Computers, "2.4": gdpr.MobileDevices, "2.5": gdpr.StorageMedia,
	"2.6": gdpr.SocialMedia, "2.7": gdpr.CCTV, "2.8": gdpr.Tracking, "2.9": gdpr.Biometrics,
	"2.10": gdpr.AI, "2.11": gdpr.IoT, "2.12": gdpr.MobileApps, "2.13": gdpr.OtherTechnology,
}

// Record fields that answer questions (their JSON names in ropa.Record).
const (
	fieldSubjects     = "subjects"
	fieldCollection   = "collection"
	fieldTechnologies = "technologies"
	fieldMatching     = "matching"
	fieldAutomated    = "automatedDecisions"
	fieldOperations   = "operations"
	fieldPerYear      = "subjectsPerYear"
	fieldVolume       = "volume"
	fieldClassified   = "classified"
	fieldSchedule     = "schedule"
	fieldPurposes     = "purposes"
	fieldBeyond       = "beyondNecessary"
	fieldRecipients   = "recipients"
	fieldProcessors   = "processors"
)

// Options of the choice questions.

func sourceOptions() []Option {
	var out []Option
	for _, s := range ropa.Sources() {
		out = append(out, Option{Code: s.String(), Text: gdpr.Text{Da: s.Label(language.Danish), En: s.Label(language.English)}})
	}
	return out
}

func operationOptions() []Option {
	var out []Option
	for _, o := range ropa.Operations() {
		out = append(out, Option{Code: o.String(), Text: gdpr.Text{Da: o.Label(language.Danish), En: o.Label(language.English)}})
	}
	return out
}

// volumeOptions lists the volumes in the template's order: large first.
func volumeOptions() []Option {
	vs := ropa.Volumes()
	slices.Reverse(vs)
	var out []Option
	for _, v := range vs {
		out = append(out, Option{Code: v.String(), Text: gdpr.Text{Da: v.Label(language.Danish), En: v.Label(language.English)}})
	}
	return out
}

func purposeOptions() []Option {
	var out []Option
	for _, k := range ropa.PurposeKinds() {
		out = append(out, Option{Code: k.String(), Text: gdpr.Text{Da: k.Label(language.Danish), En: k.Label(language.English)}})
	}
	return out
}

// socialMediaOptions are the platforms question 2.6 offers.
var socialMediaOptions = []Option{
	{Code: "instagram", Text: gdpr.Text{Da: "Instagram", En: "Instagram"}},
	{Code: "tiktok", Text: gdpr.Text{Da: "TikTok", En: "TikTok"}},
	{Code: "snapchat", Text: gdpr.Text{Da: "Snapchat", En: "Snapchat"}},
	{Code: "facebook", Text: gdpr.Text{Da: "Facebook", En: "Facebook"}},
	{Code: "linkedin", Text: gdpr.Text{Da: "LinkedIn", En: "LinkedIn"}},
}

// informOptions are the ways of informing of lawfulness question 2.1.
var informOptions = []Option{
	{Code: "e_boks", Text: gdpr.Text{Da: "Besked via e-Boks", En: "Message via e-Boks (Digital Post)"}},
	{Code: "email", Text: gdpr.Text{Da: "E-mail", En: "E-mail"}},
	{Code: "website_or_app", Text: gdpr.Text{Da: "Hjemmeside eller app", En: "Website or app"}},
	{Code: "document_annex", Text: gdpr.Text{Da: "Bilag til dokument", En: "Annex to a document"}},
	{Code: "oral", Text: gdpr.Text{Da: "Mundtligt", En: "Orally"}},
	{Code: notInformed, Text: gdpr.Text{Da: "Informeres ikke (skal begrundes)", En: "Not informed (reasons required)"}},
}

// notInformed is the code of the box "Informeres ikke (skal begrundes)".
const notInformed = "not_informed"

// pq builds a question of the processing part.
func pq(section int, number string, kind AnswerKind, field, da, en string) Question {
	return Question{Part: Processing, Section: section, Number: number, Kind: kind, RecordField: field, Text: gdpr.Text{Da: da, En: en}}
}

// lq builds a yes/no question of the lawfulness part.
func lq(section int, number, da, en string) Question {
	return Question{Part: Lawfulness, Section: section, Number: number, Kind: YesNo, Text: gdpr.Text{Da: da, En: en}}
}

func withOptions(q Question, opts []Option) Question { q.Options = opts; return q }

func withNote(q Question, da, en string) Question { q.Note = gdpr.Text{Da: da, En: en}; return q }

// catalogue holds the questions of each part in the order of the
// municipal DPIA template. Built once; read-only. The template's wording is kept, with two
// corrections noted on the questions: the security questions are numbered
// 8.1, 8.2 and 8.3 (the template prints 8.1, 8.3, 8.3), and the second
// principle numbered 3.4 is "3.4b".
var catalogue = [...][]Question{
	Processing: {
		withNote(pq(1, "1.1", DataSubjects, fieldSubjects,
			"Hvilke oplysninger behandles og om hvilke personer?",
			"Which personal data are processed, and about whom?"),
			"Skabelonen gentager spørgsmålet som 1.1-1.3, ét for hver kategori af registrerede; her besvares det én gang med alle kategorier.",
			"The template repeats the question as 1.1-1.3, one for each category of data subjects; here it is answered once with every category."),
		withOptions(pq(2, "2.1", MultipleChoice, fieldCollection,
			"Hvordan foregår indsamlingen af personoplysninger?",
			"How are the personal data collected?"), sourceOptions()),
		pq(2, "2.2", YesNo, fieldTechnologies, "Anvendes servere (f.eks. hjemmesider, e-mails og netværk)?", "Are servers used (e.g. websites, e-mail and networks)?"),
		pq(2, "2.3", YesNo, fieldTechnologies, "Anvendes personlige computere mv? (f.eks. bærbar og stationær)", "Are personal computers and the like used? (e.g. laptops and desktops)"),
		pq(2, "2.4", YesNo, fieldTechnologies, "Anvendes mobiltelefoner og tablets m.v.?", "Are mobile phones, tablets and the like used?"),
		pq(2, "2.5", YesNo, fieldTechnologies, "Anvendes lagerenheder (USB, SD kort mv.)?", "Are storage devices used (USB, SD cards and the like)?"),
		withOptions(pq(2, "2.6", YesNo, fieldTechnologies, "Anvendes sociale medier og i så fald hvilke?", "Are social media used, and if so which?"), socialMediaOptions),
		pq(2, "2.7", YesNo, fieldTechnologies, "Anvendes TV-overvågning?", "Is CCTV used?"),
		pq(2, "2.8", YesNo, fieldTechnologies, "Anvendes sporing (GPS, logning, metadata, backup eller sporing af adfærd/resultater)?", "Is tracking used (GPS, logging, metadata, backup or tracking of behaviour or results)?"),
		pq(2, "2.9", YesNo, fieldTechnologies, "Anvendes biometri (ansigtsgenkendelse, fingeraflæser m.v.)?", "Is biometrics used (face recognition, fingerprint readers and the like)?"),
		pq(2, "2.10", YesNo, fieldTechnologies, "Anvendes kunstig intelligens?", "Is artificial intelligence used?"),
		pq(2, "2.11", YesNo, fieldTechnologies, "Anvendes teknologi, der knytter sig til fysiske ting i internettet (IoT) eller andre nye teknologier?", "Is technology tied to physical things on the internet (IoT), or other new technology, used?"),
		pq(2, "2.12", YesNo, fieldTechnologies, "Anvendes applikationer til mobile enheder?", "Are applications for mobile devices used?"),
		pq(2, "2.13", YesNo, fieldTechnologies, "Anvendes andre særlige teknologiformer?", "Are other special forms of technology used?"),
		pq(2, "2.14", YesNo, fieldMatching, "Kombineres eller matches personoplysningerne med personoplysninger fra andre systemer og kilder mv.?", "Are the personal data combined or matched with personal data from other systems, sources and the like?"),
		pq(3, "3.1", YesNo, fieldAutomated, "Træffes automatiske afgørelser eller individuelle afgørelser på baggrund af profilering?", "Are automated decisions, or individual decisions based on profiling, made?"),
		pq(3, "3.2", YesNo, fieldMatching, "Sammenkøres personoplysninger fra forskellige kilder og i så fald hvilke?", "Are personal data from different sources combined, and if so which?"),
		withOptions(pq(3, "3.3", MultipleChoice, fieldOperations, "Hvilken behandling finder sted?", "Which processing takes place?"), operationOptions()),
		pq(4, "4.1", Number, fieldPerYear, "Hvor stor en gruppe af personer bliver berørt årligt (estimat)?", "How many people are affected each year (estimate)?"),
		withOptions(pq(4, "4.2", SingleChoice, fieldVolume, "Hvor stor er mængden af personoplysninger om hver enkelt registrerede?", "How much personal data is there about each data subject?"), volumeOptions()),
		pq(4, "4.3", YesNo, fieldClassified, "Bliver personoplysningerne klassificeret?", "Are the personal data classified?"),
		pq(4, "4.4", FreeText, fieldSchedule, "Hvor lang tid vil behandlingen foregå og hvor ofte?", "How long will the processing go on, and how often?"),
		withOptions(pq(5, "5.1", MultipleChoice, fieldPurposes, "Hvad er formål(ene) med behandlingen?", "What are the purposes of the processing?"), purposeOptions()),
		pq(5, "5.2", YesNo, fieldBeyond, "Bliver personoplysninger indsamlet udover det nødvendige for at opnå formålet?", "Are personal data collected beyond what is necessary to achieve the purpose?"),
		pq(6, "6.1", YesNo, fieldRecipients, "Bliver personoplysningerne videregivet til andre selvstændige eller fælles dataansvarlige?", "Are the personal data disclosed to other independent or joint controllers?"),
		withNote(pq(7, "7.1", YesNo, fieldProcessors, "Bliver personoplysningerne delt med databehandlere, underdatabehandlere og/eller under-underdatabehandlere?", "Are the personal data shared with processors, sub-processors and/or sub-sub-processors?"),
			"Besvares for databehandlerne (og deres underdatabehandlere).", "Answered for the processors (and their sub-processors)."),
		withNote(pq(7, "7.2", YesNo, fieldProcessors, "Bliver personoplysningerne delt med databehandlere, underdatabehandlere og/eller under-underdatabehandlere?", "Are the personal data shared with processors, sub-processors and/or sub-sub-processors?"),
			"Besvares for underdatabehandlerne (og deres under-underdatabehandlere).", "Answered for the sub-processors (and their own sub-processors)."),
		pq(7, "7.3", YesNo, "", "Bliver databehandlerne og underdatabehandlerne, der er nævnt ovenfor, halvårligt/årligt eller løbende kontrolleret?", "Are the processors and sub-processors named above checked half-yearly, yearly or continuously?"),
		pq(7, "7.4", YesNoNotRelevant, "", "Er der sikret et overførselsgrundlag for overførsel af personoplysninger til databehandlere og underdatabehandlere i usikre tredjelande og udarbejdet Transfer Impact Assessments herfor?", "Is there a transfer basis for transfers of personal data to processors and sub-processors in unsafe third countries, and have transfer impact assessments been made for them?"),
		pq(8, "8.1", FreeText, "", "Beskriv den nuværende organisatoriske sikkerhed:", "Describe the current organisational security:"),
		withNote(pq(8, "8.2", FreeText, "", "Beskriv den nuværende tekniske sikkerhed:", "Describe the current technical security:"),
			"Skabelonen nummererer fejlagtigt spørgsmålet 8.3.", "The template misnumbers this question 8.3."),
		pq(8, "8.3", FreeText, "", "Beskriv den nuværende kontraktuelle sikkerhed:", "Describe the current contractual security:"),
	},
	Lawfulness: {
		{Part: Lawfulness, Section: 1, Number: "1.1", Kind: LegalBasis, RecordField: fieldPurposes, Text: gdpr.Text{
			Da: "Med hvilke(t) retsgrundlag behandles personoplysningerne (husk også hjemmel til eventuel videregivelse)?",
			En: "On which legal basis or bases are the personal data processed (remember the basis for any disclosure too)?"}},
		{Part: Lawfulness, Section: 2, Number: "2.1", Kind: MultipleChoice, Options: informOptions, Text: gdpr.Text{
			Da: "Hvordan informeres de registrerede?", En: "How are the data subjects informed?"}},
		lq(2, "2.2", "Informeres de registrerede inden personoplysninger bliver indsamlet i de tilfælde, hvor personoplysningerne indsamles direkte fra de registrerede?",
			"Are the data subjects informed before the personal data are collected, where they are collected from the data subjects themselves?"),
		lq(2, "2.3", "Informeres de registrerede inden for 10 dage i de tilfælde, hvor personoplysninger indsamles fra andre end den registrerede selv?",
			"Are the data subjects informed within 10 days where the personal data are collected from others than the data subject?"),
		lq(2, "2.4", "Modtager den registrerede samtlige af de oplysninger, der er angivet i GDPR artikel 13 og/eller 14?",
			"Does the data subject receive all the information listed in GDPR article 13 and/or 14?"),
		lq(2, "2.5", "Er privatlivspolitikken (politikkerne) skrevet i letforståeligt sprog og suppleret med særskilte, separate oplysninger, der gør det let at forstå for de registrerede (dette er særligt et krav, hvis de registrerede er børn eller ældre)?",
			"Is the privacy policy (are the policies) written in plain language and supplemented with separate information that makes it easy for the data subjects to understand (a requirement in particular where the data subjects are children or elderly people)?"),
		lq(3, "3.1", "Kan formålet opnås med mindre indgribende behandling? (f.eks. er det nødvendigt at behandle oplysninger om identificerede personer eller kan man anvende syntetiske data, anonyme data, pseudonyme personoplysninger eller kan man i nogle af behandlingsaktiviteterne begrænse mulighederne for identifikation)",
			"Can the purpose be achieved with less intrusive processing? (e.g. is it necessary to process data about identified persons, or can synthetic data, anonymous data or pseudonymised personal data be used, or can identification be limited in some of the processing activities)"),
		lq(3, "3.2", "Er det besluttet, hvilke medarbejdere, der kan få adgang til personoplysningerne?",
			"Has it been decided which staff can have access to the personal data?"),
		lq(3, "3.3", "Slettes eller anonymiseres personoplysninger, når der ikke længere er brug for dem i henhold til formålet?",
			"Are personal data erased or anonymised when they are no longer needed for the purpose?"),
		lq(3, "3.4", "Beskrivelse af proceduren for opfølgning på sletning, herunder (1) hvordan det sikres, at en given oplysning er slettet i alle de berørte systemer/medier, (2) hvordan det kontrolleres, at oplysninger er slettet inden for de fastlagte frister, og (3) hvordan det kontrolleres, at oplysninger indgivet til manuel sletning er blevet udført rettidigt (husk logs og backup).",
			"Description of the procedure for following up on erasure, including (1) how it is ensured that a given item is erased in every system and medium concerned, (2) how it is checked that data are erased within the set time limits, and (3) how it is checked that data submitted for manual erasure were erased in time (remember logs and backups)."),
		withNote(lq(3, "3.4b", "Kan det sikres, at personoplysninger ikke senere behandles til uforenelige formål?",
			"Can it be ensured that personal data are not later processed for incompatible purposes?"),
			"Skabelonen nummererer også dette spørgsmål 3.4.", "The template numbers this question 3.4 too."),
		lq(3, "3.5", "Kan der implementeres teknologier, som pseudonymiserer eller anonymiserer personoplysninger?",
			"Can technologies that pseudonymise or anonymise personal data be implemented?"),
		lq(3, "3.6", "Er der implementeret procedurer for, hvordan oplysningerne afgives korrekt og løbende ajourføres?",
			"Are there procedures for how the data are given correctly and kept up to date?"),
		lq(3, "3.7", "Er der implementeret procedurer, der sikrer, at alene relevante og nødvendige personoplysninger indsamles?",
			"Are there procedures ensuring that only relevant and necessary personal data are collected?"),
		lq(3, "3.8", "Er formålet sagligt og rimeligt? (f.eks. er behandlingen inden for rammerne af, hvad borgerne kan forvente i et demokratisk samfund, og er databehandleraftalerne undersøgt for at sikre, at databehandlerne ikke behandler oplysningerne til egne uforenelige formål).",
			"Is the purpose legitimate and fair? (e.g. is the processing within what citizens can expect in a democratic society, and have the data processing agreements been examined to ensure that the processors do not process the data for incompatible purposes of their own)."),
		lq(3, "3.9", "Er alle forpligtelser beskrevet i denne konsekvensanalyse dokumenteret via skriftlige dokumenter, screenshots og procedurer m.v.?",
			"Are all obligations described in this impact assessment documented in written documents, screenshots, procedures and the like?"),
		lq(4, "4.1", "Har de registrerede et kontaktpunkt, som de kan henvende sig til, hvis der er spørgsmål til behandlingen?",
			"Do the data subjects have a contact point to turn to with questions about the processing?"),
		lq(4, "4.2", "Har den registrerede nogen grad af kontrol med personoplysningerne?",
			"Does the data subject have any degree of control over the personal data?"),
		lq(4, "4.3", "Er der en procedure for at vurdere, om den registrerede skal orienteres, hvis der sker et sikkerhedsbrud?",
			"Is there a procedure for assessing whether the data subject must be told of a personal data breach?"),
		lq(4, "4.4", "Er den registrerede blevet informeret om dennes rettigheder på en klar og gennemsigtig måde?",
			"Has the data subject been told of his or her rights in a clear and transparent way?"),
		lq(4, "4.5", "Er det muligt at imødekomme en indsigtsanmodning fra den registrerede?",
			"Can a request for access from the data subject be met?"),
		lq(4, "4.6", "Er det muligt at imødekomme en anmodning om berigtigelse fra den registrerede?",
			"Can a request for rectification from the data subject be met?"),
		lq(4, "4.7", "Er det muligt at imødekomme en anmodning om sletning fra den registrerede?",
			"Can a request for erasure from the data subject be met?"),
		lq(4, "4.8", "Er det muligt at imødekomme en anmodning om begrænsning af behandling fra den registrerede?",
			"Can a request for restriction of processing from the data subject be met?"),
		lq(4, "4.9", "Er det muligt at overholde underretningspligten til de virksomheder, som personoplysningerne er videregivet til, i forbindelse med berigtigelse, sletning eller begrænsning af behandling på baggrund af den registreredes anmodning?",
			"Can the duty to notify the recipients to whom the personal data were disclosed of a rectification, erasure or restriction at the data subject's request be met?"),
		lq(4, "4.10", "Er det muligt at imødekomme den registreredes anmodning om dataportabilitet?",
			"Can the data subject's request for data portability be met?"),
		withNote(lq(4, "4.11", "Er det muligt at gøre indsigelse når behandlingen er baseret på litra f (f.eks. markedsføring og profilering)?",
			"Can the data subject object where the processing is based on point (f) (e.g. marketing and profiling)?"),
			"Skabelonens \"markedsføring of profilering\" er rettet til \"og\". Retten til indsigelse efter GDPR artikel 21, stk. 1, gælder også behandling efter litra e (opgave i samfundets interesse eller myndighedsudøvelse), kommunernes sædvanlige behandlingsgrundlag; besvar spørgsmålet for begge.",
			"The template's typo \"of\" is corrected to \"og\" (and). The right to object of GDPR article 21(1) also covers processing under point (e) (a task in the public interest or the exercise of official authority), the usual basis of a municipality; answer the question for both."),
		lq(4, "4.12", "Er der taget stilling til, at den registrerede som udgangspunkt ikke må være genstand for en afgørelse, der alene er baseret på automatisk behandling, herunder profilering, som har retsvirkning eller betydeligt påvirker den pågældende?",
			"Has it been considered that the data subject as a rule must not be subject to a decision based solely on automated processing, including profiling, which produces legal effects or similarly significantly affects him or her?"),
		lq(4, "4.13", "Hvilke muligheder har de registrerede for selv automatisk at udøve deres rettigheder (design af empowerment) (f.eks. har de registrerede selv direkte adgang til deres personoplysninger, har de registrerede direkte adgang til selv at slette personoplysninger eller direkte adgang til selv at ændre oplysningerne).",
			"Which means do the data subjects have to exercise their rights themselves (design for empowerment) (e.g. do they have direct access to their personal data, can they erase or change the data themselves)."),
		lq(4, "4.14", "Hvis den registrerede tilbagekalder samtykket, kan tilbagekaldelse håndteres i praksis?",
			"If the data subject withdraws consent, can the withdrawal be handled in practice?"),
		lq(4, "4.15", "Hvordan er forholdet mellem den registrerede og den dataansvarlige? (f.eks. tvinges den registrerede til at få sine personoplysninger behandlet eller er behandlingen frivillig, forventer den registrerede behandlingen og har den registrerede særlige forventninger om privatliv).",
			"What is the relationship between the data subject and the controller? (e.g. is the data subject compelled to have the data processed or is it voluntary, does the data subject expect the processing, and does the data subject have particular expectations of privacy)."),
	},
}
