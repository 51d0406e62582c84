package dpia

import (
	"github.com/dkgdpr/gdpr/internal/enum"
)

// KeyQuestion is one of the seven key questions of the template's summary
// (the municipal DPIA template, "Sammenfatning af konsekvensanalysen", "Væsentligste spørgsmål i
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

var keyQuestionDef = enum.Def[KeyQuestion]{
	Type: "KeyQuestion",
	Kind: "dpia: key question",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		RisksConsidered:         {Code: "risks_considered", Da: "Er der taget stilling til de væsentligste risici ved behandlingen?", En: "Have the most significant risks of the processing been considered?"},
		DPOInvolved:             {Code: "dpo_involved", Da: "Er databeskyttelsesrådgiveren blevet inddraget?", En: "Has the data protection officer been involved?"},
		ManagementApproval:      {Code: "management_approval", Da: "Kan ledelsen godkende konsekvensanalysen?", En: "Can management approve the impact assessment?"},
		MeasuresPending:         {Code: "measures_pending", Da: "Er der mitigerende foranstaltninger, der mangler at blive implementeret?", En: "Are there mitigating measures still to be implemented?"},
		SubjectsHeard:           {Code: "subjects_heard", Da: "Er de registrerede eller de registreredes repræsentanter blevet hørt?", En: "Have the data subjects or their representatives been heard?"},
		PriorConsultationNeeded: {Code: "prior_consultation", Da: "Skal Datatilsynet forudgående høres inden behandlingen påbegyndes?", En: "Must Datatilsynet be consulted before the processing starts?"},
		FollowUp:                {Code: "follow_up", Da: "Er der implementeret en proces for ajourføring og kontrol af, om implementeringen af de mitigerende foranstaltninger er foretaget og foretages korrekt?", En: "Is there a process for updating and checking that the mitigating measures have been and are being implemented correctly?"},
	},
}

// KeyQuestions returns the seven key questions in the template's order, in a fresh slice.
func KeyQuestions() []KeyQuestion {
	return []KeyQuestion{RisksConsidered, DPOInvolved, ManagementApproval, MeasuresPending, SubjectsHeard, PriorConsultationNeeded, FollowUp}
}
