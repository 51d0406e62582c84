package dpia

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// KeyQuestion is one of the seven key questions of the template's summary
// (seed 002, "Sammenfatning af konsekvensanalysen", "Væsentligste spørgsmål i
// konsekvensanalysen"). [Assessment.KeyAnswers] answers them from the document.
// The zero value means "not set" and is not valid.
type KeyQuestion uint8

// The seven key questions, in the template's order.
const (
	RisksConsidered         KeyQuestion = iota + 1 // risks_considered: 1
	DPOInvolved                                    // dpo_involved: 2
	ManagementApproval                             // management_approval: 3
	MeasuresPending                                // measures_pending: 4
	SubjectsHeard                                  // subjects_heard: 5
	PriorConsultationNeeded                        // prior_consultation: 6
	FollowUp                                       // follow_up: 7
)

var keyQuestionCodes = [...]string{"", "risks_considered", "dpo_involved", "management_approval", "measures_pending", "subjects_heard", "prior_consultation", "follow_up"}

var keyQuestionLabels = [...]gdpr.Text{
	{},
	{Da: "Er der taget stilling til de væsentligste risici ved behandlingen?", En: "Have the most significant risks of the processing been considered?"},
	{Da: "Er databeskyttelsesrådgiveren blevet inddraget?", En: "Has the data protection officer been involved?"},
	{Da: "Kan ledelsen godkende konsekvensanalysen?", En: "Can management approve the impact assessment?"},
	{Da: "Er der mitigerende foranstaltninger, der mangler at blive implementeret?", En: "Are there mitigating measures still to be implemented?"},
	{Da: "Er de registrerede eller de registreredes repræsentanter blevet hørt?", En: "Have the data subjects or their representatives been heard?"},
	{Da: "Skal Datatilsynet forudgående høres inden behandlingen påbegyndes?", En: "Must Datatilsynet be consulted before the processing starts?"},
	{Da: "Er der implementeret en proces for ajourføring og kontrol af, om implementeringen af de mitigerende foranstaltninger er foretaget og foretages korrekt?", En: "Is there a process for updating and checking that the mitigating measures have been and are being implemented correctly?"},
}

// KeyQuestions returns the seven key questions in the template's order, in a fresh slice.
func KeyQuestions() []KeyQuestion {
	return []KeyQuestion{RisksConsidered, DPOInvolved, ManagementApproval, MeasuresPending, SubjectsHeard, PriorConsultationNeeded, FollowUp}
}

// Valid reports whether q is one of the defined values.
func (q KeyQuestion) Valid() bool { return enum.Valid(q, keyQuestionCodes[:]) }

// String returns the stable code ("risks_considered"), or "KeyQuestion(n)" for an invalid value.
func (q KeyQuestion) String() string { return enum.String(q, "KeyQuestion", keyQuestionCodes[:]) }

// Label returns the Danish wording of q (the template's where it has one),
// or English for an English tag.
func (q KeyQuestion) Label(tag language.Tag) string {
	if !q.Valid() {
		return q.String()
	}
	return keyQuestionLabels[q].In(tag)
}

// ParseKeyQuestion parses a code; "" gives the zero value. An unknown code is an
// error wrapping [ErrUnknownCode].
func ParseKeyQuestion(code string) (KeyQuestion, error) {
	return enum.Parse[KeyQuestion](code, "dpia: key question", keyQuestionCodes[:], ErrUnknownCode)
}

// MarshalText encodes q as its code; the zero value encodes as "".
func (q KeyQuestion) MarshalText() ([]byte, error) {
	return enum.Marshal(q, "dpia: KeyQuestion", keyQuestionCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code as [ParseKeyQuestion] does.
func (q *KeyQuestion) UnmarshalText(b []byte) (err error) {
	*q, err = ParseKeyQuestion(string(b))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (q *KeyQuestion) Scan(src any) error {
	return enum.Scan(q, src, "dpia: key question", keyQuestionCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (q KeyQuestion) Value() (driver.Value, error) {
	return enum.Value(q, "dpia: KeyQuestion", keyQuestionCodes[:], ErrUnknownCode)
}
