package dpia

import (
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Part is a part of the template with numbered questions: the processing
// ("Behandling af personoplysninger", sections 1-8) and lawfulness and the
// data subjects' rights ("Lovlighed og de registreredes rettigheder", sections
// 1-4). The two parts number their questions independently, so a question is
// known by its part and its number. The zero value means "not set".
type Part uint8

// The parts with numbered questions, in the template's order.
const (
	Processing Part = iota + 1 // processing: sections 1-8
	Lawfulness                 // lawfulness: sections 1-4
)

var partDef = enum.Def[Part]{
	Type: "Part",
	Kind: "dpia: part",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Processing: {Code: "processing", Da: "Behandling af personoplysninger", En: "Processing of personal data"},
		Lawfulness: {Code: "lawfulness", Da: "Lovlighed og de registreredes rettigheder", En: "Lawfulness and the data subjects' rights"},
	},
}

// Parts returns the two parts in the template's order, in a fresh slice.
func Parts() []Part { return []Part{Processing, Lawfulness} }

// AnswerKind is what kind of answer a question takes, as the template's
// answer column shows it. The zero value means "not set".
type AnswerKind uint8

// The kinds of answer.
const (
	YesNo            AnswerKind = iota + 1 // yes_no: ☐ JA ☐ NEJ, with optional choices (2.6)
	YesNoNotRelevant                       // yes_no_not_relevant: ☐ JA ☐ NEJ ☐ IKKE RELEVANT (7.4)
	MultipleChoice                         // multiple_choice: one or more boxes of a list (2.1, 3.3, 5.1, duty to inform 2.1)
	SingleChoice                           // single_choice: one box of a list (4.2)
	Number                                 // number: a count (4.1)
	FreeText                               // free_text: a description (4.4, 8.1-8.3)
	DataSubjects                           // data_subjects: the categories of data subjects and the data about each (1.1)
	LegalBasis                             // legal_basis: the legal bases per purpose and tier of data (lawfulness 1.1)
)

var answerKindDef = enum.Def[AnswerKind]{
	Type: "AnswerKind",
	Kind: "dpia: answer kind",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		YesNo:            {Code: "yes_no", Da: "Ja/nej", En: "Yes/no"},
		YesNoNotRelevant: {Code: "yes_no_not_relevant", Da: "Ja/nej/ikke relevant", En: "Yes/no/not relevant"},
		MultipleChoice:   {Code: "multiple_choice", Da: "Flere valg", En: "Multiple choice"},
		SingleChoice:     {Code: "single_choice", Da: "Ét valg", En: "Single choice"},
		Number:           {Code: "number", Da: "Antal", En: "Number"},
		FreeText:         {Code: "free_text", Da: "Fritekst", En: "Free text"},
		DataSubjects:     {Code: "data_subjects", Da: "Registrerede og personoplysninger", En: "Data subjects and personal data"},
		LegalBasis:       {Code: "legal_basis", Da: "Retsgrundlag", En: "Legal basis"},
	},
}

// AnswerKinds returns every kind of answer, in a fresh slice.
func AnswerKinds() []AnswerKind {
	return []AnswerKind{YesNo, YesNoNotRelevant, MultipleChoice, SingleChoice, Number, FreeText, DataSubjects, LegalBasis}
}
