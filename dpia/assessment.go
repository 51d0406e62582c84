package dpia

import (
	"fmt"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/dkgdpr/gdpr/screening"
)

// Assessment is a data protection impact assessment (konsekvensanalyse
// vedrørende databeskyttelse, GDPR art. 35) in the order of the municipal
// DPIA template: identification and revision history, the
// screening, the summary's notes, the introduction and scope, the processing
// (sections 1-8), the risks and the time and action plan, lawfulness and the
// data subjects' rights, the data subjects' views, prior consultation,
// monitoring, the data protection officer's recommendations and involvement,
// the conclusion, the approval and the annexes.
//
// The facts of the processing (what, about whom, why, on which basis, by
// which processors) are those of the record of processing activities,
// [ropa.Record], which the assessment refers to by RecordID and may embed as
// a snapshot in Record. Questions the record answers are rendered from it;
// the assessment holds only what the record does not: the elaborations,
// the attachments, and the answers to the other questions.
//
// It is a plain struct that hosts store and edit. [Assessment.Validate]
// reports malformed input; [Assessment.Check] reports what is missing or
// contradicts the record, the screening, the risks and the agreements;
// [Assessment.Decide] derives the decisions; [Assessment.Transition] moves it
// through its lifecycle. The zero value is an empty draft that does not
// validate (it needs an ID and a record ID).
type Assessment struct {
	// ID identifies the assessment stably in the host (a case number).
	ID string `json:"id"`
	// Name names the system or processing assessed, the template's
	// "Konsekvensanalyse af [SYSTEM / BEHANDLING]"; empty means the
	// record's name.
	Name string `json:"name,omitempty"`
	// Controller names the authority (and unit) responsible; empty means
	// the record's controller.
	Controller string `json:"controller,omitempty"`
	// Status is where the assessment is in its lifecycle; zero counts as
	// a draft.
	Status Status `json:"status,omitempty"`
	// Revisions is the revision history of the front page, oldest first.
	Revisions []Revision `json:"revisions,omitempty"`

	// Screening is the screening that led to the assessment (the municipal DPIA template,
	// first table); nil while it has not been carried out.
	Screening *screening.Screening `json:"screening,omitempty"`
	// SummaryNotes elaborate the answers to the seven key questions of
	// the summary ("Begrundelse / uddybning"); the answers themselves are
	// derived ([Assessment.KeyAnswers]).
	SummaryNotes map[KeyQuestion]string `json:"summaryNotes,omitempty"`

	// Introduction holds the introduction: purpose, the application and
	// the processing.
	Introduction Introduction `json:"introduction,omitzero"`
	// Scope holds the rows of the scope table that have been filled in,
	// at most one per kind.
	Scope []ScopeItem `json:"scope,omitempty"`

	// RecordID is the ID of the record of processing activities (package
	// ropa) that describes the processing. Required.
	RecordID string `json:"recordId"`
	// Record is a snapshot of that record embedded in the assessment, so
	// the document stands on its own when it is journalised; nil when the
	// assessment only refers to it (see [Assessment.WithRecord]).
	Record *ropa.Record `json:"record,omitempty"`
	// Processing holds the responses to the questions of the processing
	// part (sections 1-8), keyed by question number ("2.10").
	Processing map[string]Response `json:"processing,omitempty"`
	// AgreementIDs are the data processing agreements (package dpa) that
	// sections 7.1-7.4 refer to besides those the record names.
	AgreementIDs []string `json:"agreementIds,omitempty"`
	// Sharing holds, per processor and sub-processor of the record, the
	// purposes and the data it receives (questions 7.1 and 7.2).
	Sharing []Sharing `json:"sharing,omitempty"`

	// RiskBasis describes the risk assessments the DPIA rests on, with
	// case numbers and links ("Risikovurdering(er)").
	RiskBasis string `json:"riskBasis,omitempty"`
	// Matrix is the risk matrix used ("Metodik for risikovurderingerne");
	// the zero Matrix means the template's, risk.DefaultMatrix.
	Matrix risk.Matrix `json:"matrix,omitzero"`
	// Risks are the assessed risks, rows of the template's risk table.
	Risks []risk.Assessment `json:"risks,omitempty"`
	// NotRelevant are threat categories of the template's catalogue
	// marked not relevant, each with the reason.
	NotRelevant []ThreatNote `json:"notRelevant,omitempty"`
	// ActionPlan says how each measure not yet implemented will be
	// implemented ("Plan for implementering"); what, for which risk, when
	// and by whom are the measures' own (risk.Measure).
	ActionPlan []PlanStep `json:"actionPlan,omitempty"`

	// Lawfulness holds the responses to the questions of the lawfulness
	// part (legal basis 1.1, duty to inform 2.1-2.5, principles 3.1-3.9,
	// rights 4.1-4.15), keyed by question number.
	Lawfulness map[string]Response `json:"lawfulness,omitempty"`

	// Views records whether the data subjects' views were sought (GDPR
	// art. 35(9)).
	Views Views `json:"views,omitzero"`
	// Consultation records the prior consultation of Datatilsynet (GDPR
	// art. 36).
	Consultation Consultation `json:"consultation,omitzero"`
	// Monitoring holds the monitoring interval, the owner, the log of
	// reviews and the changes recorded since (GDPR art. 35(11)).
	Monitoring Monitoring `json:"monitoring,omitzero"`
	// DPO holds the data protection officer's recommendations with the
	// authority's responses, the DPO's conclusion and the log of the DPO's
	// involvement (GDPR art. 35(2), 39(1)(c)).
	DPO DPO `json:"dpo,omitzero"`
	// Conclusion is the assessment's conclusion ("Konklusion").
	Conclusion string `json:"conclusion,omitempty"`
	// Approval is the controller's decision ("Godkendelse").
	Approval Approval `json:"approval,omitzero"`
	// Annexes are the annexes ("Bilag"); responses refer to them by ID.
	Annexes []Annex `json:"annexes,omitempty"`
}

// Revision is one entry of the revision history: the version, the day,
// who made it and what changed.
// Author names who made it, a unit or a person: a person's name is personal
// data, so it is a [gdpr.Personal], redacted in String, fmt, slog and
// errors and kept in clear in JSON.
type Revision struct {
	Version string        `json:"version"`
	Date    gdpr.Date     `json:"date"`
	Author  gdpr.Personal `json:"author,omitzero"`
	Changes string        `json:"changes,omitempty"`
}

// Introduction is the template's introduction ("Indledning"): the purpose
// of the assessment beyond the template's standard text, the application and
// its use in the authority ("Vurdering af applikationen"), and the processing,
// its purpose and workflow ("Behandlingen").
type Introduction struct {
	Purpose     string `json:"purpose,omitempty"`
	Application string `json:"application,omitempty"`
	Processing  string `json:"processing,omitempty"`
}

// ScopeItem is one row of the scope table ("Afgrænsning af
// konsekvensanalysen"): whether the assessment covers a process, a system,
// an application, a cloud platform or a special technology, and how.
type ScopeItem struct {
	Kind ScopeKind `json:"kind"`
	// Included is yes or no ("Omfattet af konsekvensanalysen?").
	Included Answer `json:"included,omitempty"`
	// Description elaborates the scope and focus ("Uddyb
	// konsekvensanalysens omfang og fokusområder").
	Description string `json:"description,omitempty"`
}

// Response answers one question of the catalogue ([Questions]): the
// answer where the question has boxes, the choices ticked, a number or a
// text as its kind asks, the free-text elaboration ("Eventuelle
// kommentarer", "[UDDYB]") and attachments by reference to the assessment's
// annexes. Where the record answers the question, only Comment and
// Attachments are needed; the other fields are used while the record is
// silent.
type Response struct {
	Answer      Answer   `json:"answer,omitempty"`
	Choices     []string `json:"choices,omitempty"`
	Number      int      `json:"number,omitempty"`
	Text        string   `json:"text,omitempty"`
	Comment     string   `json:"comment,omitempty"`
	Attachments []string `json:"attachments,omitempty"`
}

// ThreatNote marks a threat category of the template's catalogue as not
// relevant to the processing, with the reason.
type ThreatNote struct {
	Threat risk.Threat `json:"threat"`
	Reason string      `json:"reason"`
}

// PlanStep is how one further measure of one risk will be implemented, a
// row of the template's time and action plan ("Tids- og handlingsplan for
// implementering af mitigerende foranstaltninger"): Risk and Measure are
// indexes into [Assessment.Risks] and that risk's Measures.
type PlanStep struct {
	Risk    int    `json:"risk"`
	Measure int    `json:"measure"`
	How     string `json:"how"`
}

// Views records the data subjects' views ("De registreredes synspunkter";
// GDPR art. 35(9)): whether it was possible to seek them (Sought: yes or
// no), how (Methods, Description, including whether the processor took
// part), or why not (Reasons, Explanation).
type Views struct {
	Sought      Answer         `json:"sought,omitempty"`
	Methods     []ViewMethod   `json:"methods,omitempty"`
	Description string         `json:"description,omitempty"`
	Reasons     []NoViewReason `json:"reasons,omitempty"`
	Explanation string         `json:"explanation,omitempty"`
}

// Consultation is the prior consultation of Datatilsynet ("Behov for
// forudgående høring af Datatilsynet"; GDPR art. 36): the assessment of the
// need, when the request was submitted, when Datatilsynet extended its
// period, and when it answered, with what outcome and on which conditions.
type Consultation struct {
	// Assessment is the controller's assessment of the need for prior
	// consultation, from the DPIA.
	Assessment string `json:"assessment,omitempty"`
	// Submitted is the day the request was sent to Datatilsynet.
	Submitted gdpr.Date `json:"submitted,omitzero"`
	// Extended is the day Datatilsynet told the controller that it extends
	// its eight weeks by six (art. 36(2)); zero when it did not.
	Extended gdpr.Date `json:"extended,omitzero"`
	// Answered is the day Datatilsynet's written answer was received.
	Answered gdpr.Date `json:"answered,omitzero"`
	// Outcome is what the answer says: advice to proceed, with or without
	// conditions, or a corrective power of art. 58(2). Required with an
	// answer; the processing may start only when it allows it.
	Outcome Outcome `json:"outcome,omitempty"`
	// Conditions are what an answer on conditions, an order or a
	// limitation requires, each with the day it was met.
	Conditions []Condition `json:"conditions,omitempty"`
	// Response summarises the answer.
	Response string `json:"response,omitempty"`
}

// Monitoring is the template's "Monitorering og opdatering" (GDPR art.
// 35(11)): how often the assessment is reviewed, who is responsible, the log
// of reviews and the changes recorded since.
type Monitoring struct {
	// Interval is the review interval the controller chose; zero means
	// none was recorded (the default policy then counts three years, WP248
	// rev.01). Its JSON form is ISO 8601: "P1Y".
	Interval ropa.Period `json:"interval,omitzero"`
	// Owner is the role responsible for reviewing and updating the
	// assessment.
	Owner string `json:"owner,omitempty"`
	// Reviews is the log of reviews carried out, oldest first.
	Reviews []Review `json:"reviews,omitempty"`
	// Changes are changes of the processing, its risks or a processor
	// recorded since the assessment was made; one after the latest review
	// makes a review due at once (art. 35(11)).
	Changes []Change `json:"changes,omitempty"`
}

// Review is one review of the assessment: when, by whom (a
// [gdpr.Personal], as a person's name may be given) and what it found.
type Review struct {
	Date gdpr.Date     `json:"date"`
	By   gdpr.Personal `json:"by,omitzero"`
	Note string        `json:"note,omitempty"`
}

// Change is a recorded change of the processing, its risks or a processor.
type Change struct {
	Date        gdpr.Date  `json:"date"`
	Kind        ChangeKind `json:"kind"`
	Description string     `json:"description,omitempty"`
}

// DPO is the template's "Databeskyttelsesrådgiverens anbefalinger og
// involvering": the DPO's recommendations with the authority's response to
// each, who responded, the DPO's conclusion and the log of the DPO's
// involvement (GDPR art. 35(2), 39(1)(c): the advice is documented with
// the authority's response to it).
type DPO struct {
	Recommendations []Recommendation `json:"recommendations,omitempty"`
	// Respondent is who answers for the authority ("Svar fra [INDSÆT
	// NAVN]"): a role or a name, so a [gdpr.Personal].
	Respondent gdpr.Personal `json:"respondent,omitzero"`
	// Conclusion is the DPO's conclusion ("Konklusion fra
	// databeskyttelsesrådgiveren").
	Conclusion string `json:"conclusion,omitempty"`
	// Involvement is the log of the DPO's involvement, oldest first.
	Involvement []Involvement `json:"involvement,omitempty"`
}

// Recommendation is one recommendation of the DPO and the authority's
// response to it.
type Recommendation struct {
	Topic          string `json:"topic"`
	Recommendation string `json:"recommendation"`
	Response       string `json:"response,omitempty"`
}

// Involvement is one entry of the log of the DPO's involvement.
type Involvement struct {
	Date        gdpr.Date `json:"date"`
	Description string    `json:"description"`
}

// Approval is the controller's decision ("Godkendelse"): the verdict,
// the changes required for a conditional approval, who decided (name and
// title) and when.
type Approval struct {
	Verdict Verdict `json:"verdict,omitempty"`
	// Conditions describes the changes a conditional approval requires.
	Conditions string `json:"conditions,omitempty"`
	// By is who decided, the template's "Navn og titel": a person's name,
	// so a [gdpr.Personal].
	By   gdpr.Personal `json:"by,omitzero"`
	Date gdpr.Date     `json:"date,omitzero"`
	// Exception records top management's approval of going ahead although
	// the authority's risk policy calls for reducing a residual risk
	// further or for stopping the processing ([Policy].Risk), where the
	// policy says such an exception needs it; zero when none is recorded.
	Exception Exception `json:"exception,omitzero"`
}

// Exception is top management's approval of an exception from the
// authority's risk policy (for a municipality, kommunaldirektionen's):
// who approved it, when, and why. The zero value means none is recorded.
type Exception struct {
	// By is who approved it for top management: a person's name and
	// title, so a [gdpr.Personal].
	By     gdpr.Personal `json:"by"`
	Date   gdpr.Date     `json:"date"`
	Reason string        `json:"reason,omitempty"`
}

// IsZero reports whether no exception is recorded.
func (e Exception) IsZero() bool { return e == Exception{} }

// Annex is an annex of the assessment ("Bilag"): an ID that responses refer
// to, a title and where the document is (a case number or a link).
type Annex struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Reference string `json:"reference,omitempty"`
}

// matrix returns the matrix the risks are rated on.
func (a *Assessment) matrix() risk.Matrix {
	if a.Matrix.IsZero() {
		return risk.DefaultMatrix()
	}
	return a.Matrix
}

// status returns the status, a draft when none is set.
func (a *Assessment) status() Status {
	if a.Status == 0 {
		return Draft
	}
	return a.Status
}

// title returns the name of what is assessed.
func (a *Assessment) title() string {
	switch {
	case a.Name != "":
		return a.Name
	case a.Record != nil && a.Record.Name != "":
		return a.Record.Name
	}
	return a.ID
}

// WithRecord returns a copy of a that embeds rec as its record, for an
// assessment that only refers to its record by ID. The record's ID must be
// the one the assessment refers to (or the assessment must refer to none
// yet), else the error wraps [ErrRecordMismatch]. The copy is deep
// ([Assessment.Clone]): it shares no slice, map or pointer with a or with
// rec, so either may be edited, in any goroutine, without touching the
// other. On an error the zero Assessment is returned.
func (a Assessment) WithRecord(rec ropa.Record) (Assessment, error) {
	if a.RecordID != "" && rec.ID != a.RecordID {
		return Assessment{}, fmt.Errorf("%w: record %s, assessment refers to %s", ErrRecordMismatch, enum.Quote(rec.ID), enum.Quote(a.RecordID))
	}
	a.Record = &rec
	c := a.Clone()
	c.RecordID = rec.ID
	return c, nil
}
