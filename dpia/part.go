package dpia

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
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

var partCodes = [...]string{"", "processing", "lawfulness"}

var partLabels = [...]gdpr.Text{
	{},
	{Da: "Behandling af personoplysninger", En: "Processing of personal data"},
	{Da: "Lovlighed og de registreredes rettigheder", En: "Lawfulness and the data subjects' rights"},
}

// Parts returns the two parts in the template's order, in a fresh slice.
func Parts() []Part { return []Part{Processing, Lawfulness} }

// Valid reports whether p is one of the defined values.
func (p Part) Valid() bool { return enum.Valid(p, partCodes[:]) }

// String returns the stable code ("processing"), or "Part(n)" for an invalid value.
func (p Part) String() string { return enum.String(p, "Part", partCodes[:]) }

// Label returns the Danish wording of p (the template's where it has one),
// or English for an English tag.
func (p Part) Label(tag language.Tag) string {
	if !p.Valid() {
		return p.String()
	}
	return partLabels[p].In(tag)
}

// ParsePart parses a code; "" gives the zero value. An unknown code is an
// error wrapping [ErrUnknownCode].
func ParsePart(code string) (Part, error) {
	return enum.Parse[Part](code, "dpia: part", partCodes[:], ErrUnknownCode)
}

// MarshalText encodes p as its code; the zero value encodes as "".
func (p Part) MarshalText() ([]byte, error) {
	return enum.Marshal(p, "dpia: Part", partCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code as [ParsePart] does.
func (p *Part) UnmarshalText(b []byte) (err error) {
	*p, err = ParsePart(string(b))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (p *Part) Scan(src any) error {
	return enum.Scan(p, src, "dpia: part", partCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (p Part) Value() (driver.Value, error) {
	return enum.Value(p, "dpia: Part", partCodes[:], ErrUnknownCode)
}

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

var answerKindCodes = [...]string{"", "yes_no", "yes_no_not_relevant", "multiple_choice", "single_choice", "number", "free_text", "data_subjects", "legal_basis"}

var answerKindLabels = [...]gdpr.Text{
	{},
	{Da: "Ja/nej", En: "Yes/no"},
	{Da: "Ja/nej/ikke relevant", En: "Yes/no/not relevant"},
	{Da: "Flere valg", En: "Multiple choice"},
	{Da: "Ét valg", En: "Single choice"},
	{Da: "Antal", En: "Number"},
	{Da: "Fritekst", En: "Free text"},
	{Da: "Registrerede og personoplysninger", En: "Data subjects and personal data"},
	{Da: "Retsgrundlag", En: "Legal basis"},
}

// AnswerKinds returns every kind of answer, in a fresh slice.
func AnswerKinds() []AnswerKind {
	return []AnswerKind{YesNo, YesNoNotRelevant, MultipleChoice, SingleChoice, Number, FreeText, DataSubjects, LegalBasis}
}

// Valid reports whether k is one of the defined values.
func (k AnswerKind) Valid() bool { return enum.Valid(k, answerKindCodes[:]) }

// String returns the stable code ("yes_no"), or "AnswerKind(n)" for an invalid value.
func (k AnswerKind) String() string { return enum.String(k, "AnswerKind", answerKindCodes[:]) }

// Label returns the Danish wording of k (the template's where it has one),
// or English for an English tag.
func (k AnswerKind) Label(tag language.Tag) string {
	if !k.Valid() {
		return k.String()
	}
	return answerKindLabels[k].In(tag)
}

// ParseAnswerKind parses a code; "" gives the zero value. An unknown code is an
// error wrapping [ErrUnknownCode].
func ParseAnswerKind(code string) (AnswerKind, error) {
	return enum.Parse[AnswerKind](code, "dpia: answer kind", answerKindCodes[:], ErrUnknownCode)
}

// MarshalText encodes k as its code; the zero value encodes as "".
func (k AnswerKind) MarshalText() ([]byte, error) {
	return enum.Marshal(k, "dpia: AnswerKind", answerKindCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code as [ParseAnswerKind] does.
func (k *AnswerKind) UnmarshalText(b []byte) (err error) {
	*k, err = ParseAnswerKind(string(b))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (k *AnswerKind) Scan(src any) error {
	return enum.Scan(k, src, "dpia: answer kind", answerKindCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (k AnswerKind) Value() (driver.Value, error) {
	return enum.Value(k, "dpia: AnswerKind", answerKindCodes[:], ErrUnknownCode)
}
