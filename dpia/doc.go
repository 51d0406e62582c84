// Package dpia models the whole data protection impact assessment
// (konsekvensanalyse vedrørende databeskyttelse, DPIA; Articles 35 and 36 of
// the GDPR) of the municipal DPIA template: its lifecycle, the decisions the
// library derives from it, its checks, and its report as Markdown, as one
// self-contained HTML file and as a Word document.
//
// # The document
//
// An [Assessment] holds everything the template asks for, in its order:
// identification and the revision history (revisionshistorik); the
// [screening.Screening] that led to it; notes to the summary's seven key
// questions (væsentligste spørgsmål); the introduction (formål, vurdering af
// applikationen, behandlingen) and the scope (afgrænsning: process, system,
// application, cloud platform, special technology); the processing,
// sections 1-8; the risks ([risk.Assessment], rated on a [risk.Matrix],
// the template's by default) with the threat categories marked not relevant
// and the time and action plan (tids- og handlingsplan); lawfulness and the
// data subjects' rights (retsgrundlag 1.1, oplysningspligt 2.1-2.5,
// dataprincipper 3.1-3.9, rettigheder 4.1-4.15); the data subjects' views
// (de registreredes synspunkter, art. 35(9)); prior consultation of
// Datatilsynet (forudgående høring, art. 36); monitoring (monitorering og
// opdatering, art. 35(11)); the data protection officer's recommendations
// with the authority's response to each, conclusion and involvement (art.
// 35(2)); the conclusion; the approval (godkendt, betinget godkendt, ikke
// godkendt); and the annexes (bilag).
//
// The numbered questions are a read-only catalogue ([Questions],
// [LookupQuestion], [Sections]): number, the template's Danish wording and an
// English one, the kind of answer ([AnswerKind]) and the boxes to tick.
// Responses ([Response]: yes, no or not relevant where the template has the
// boxes, choices, a number or a text, the elaboration and attachments by
// reference to an [Annex]) are keyed by question number in
// Assessment.Processing and Assessment.Lawfulness, so every question is
// rendered in order even when it is unanswered, and [Assessment.Validate]
// rejects a response to a question the template does not have, with its
// path (`processing["9.9"]`).
//
// # One description of the processing
//
// Sections 1-7 of the processing and the legal basis are the facts of the
// record of processing activities, [ropa.Record]. The assessment refers to
// it (RecordID) and may embed it as a snapshot (Record, or
// [Assessment.WithRecord]); it keeps no second copy. [Assessment.Entries]
// gives each question its effective answer: the record's where the record
// answers it (each [Question] names the record's field), else the
// assessment's own, and [Assessment.Check] reports an answer of the
// assessment that contradicts the record. Sections 7.1-7.4 refer to the data
// processing agreements ([dpa.Agreement]) the record names and those in
// Assessment.AgreementIDs; Check and the report take them as arguments and
// report one that is missing.
//
// # Decisions
//
// [Assessment.Decide] derives, each with its reasons ([gdpr.Reason]: rule,
// legal reference and text, in Danish and English):
//
//   - the seven key questions of the summary ([Assessment.KeyAnswers]),
//     answered from the document where it can, unanswered where not;
//   - whether Datatilsynet must be consulted: a residual risk that stays
//     high after the measures (art. 36(1)), a high risk read as the
//     authority's risk policy reads it (by default the highest band, or the
//     highest consequence when likely: K4 x S3 as well as K4 x S4, after
//     WP248 rev.01 III.C), with the day its answer is due,
//     eight weeks after the request or fourteen when extended, as periods of
//     Regulation 1182/71 moved off closed days (art. 36(2), [AnswerDue]),
//     and whether its answer lets the processing start: the answer's
//     [Outcome] (advice to proceed, with or without conditions, or a power
//     of art. 58(2): an order, a limitation, a warning, a ban) must allow
//     it, with every condition met ([Assessment.PriorConsultation]);
//   - whether the processing may start: only when approved, with the DPO
//     consulted (art. 35(2)) and a response to each of the DPO's
//     recommendations (art. 39(1)(c)), the further measures the policy
//     names in place (every one by default; see Policy below), no residual
//     risk that the risk policy calls to reduce or to stop for without the
//     exception the policy asks for (by default top management's,
//     [Exception]), and no prior consultation pending or refused
//     ([Assessment.MayStart]);
//   - when the next review is due: the recorded interval (three years when
//     none is recorded, the longest WP248 rev.01 recommends) from the latest
//     approval or review, earlier on the day of a change of the processing,
//     its risks or a processor recorded since (art. 35(11))
//     ([Assessment.NextReview]).
//
// # Policy
//
// Where the template says two things, the authority chooses with a
// [Policy]; the zero Policy is the default and takes the stricter reading.
// It holds which further measures must be in place before the processing
// starts: every one ([AllMeasures], the default, as the template's
// "Godkendt" box and the DPO's model conclusion say), or only those that
// bring a high risk down ([HighRiskMeasures], as its time and action plan
// says, "høje risikotilfælde", a high risk read as the risk policy reads
// it); and the authority's risk appetite, a risk.Policy (the zero value is
// risk.DefaultPolicy: accept Lav and Under middel, monitor Middel, reduce
// Over middel and stop at Høj, an exception to either needing top
// management, and as a high residual risk the highest band or the highest
// consequence when likely, after WP248 rev.01 III.C). [Policy.Decide], [Policy.MayStart] and [Policy.Check]
// apply a policy; the plain methods of Assessment are the zero Policy's; the
// report states the reading it applies ([ReportOptions].Policy).
//
// # Personal data
//
// An assessment describes a processing and the categories of persons it
// concerns, not individuals; what may identify a person is the name of
// who signed or answered for the authority: [Approval].By,
// [Exception].By, [DPO].Respondent, [Revision].Author and [Review].By.
// Those are [gdpr.Personal]: redacted in String, every fmt verb, slog and
// errors, masked in memory, in clear in JSON (storage); the reasons of the
// decisions leave them out. The free texts (the conclusion, the DPO's
// recommendations, the responses' comments) are the document's content
// about the processing: they never appear in [Assessment.String], fmt of an
// Assessment, [Assessment.LogValue] or an error of the package, but they
// are plain strings, so a reflection dump of a bare struct field (fmt of an
// unexported field, a debugger) shows them. The embedded record and
// screening follow their own packages' rules. The data protection
// officer's contact details are public (GDPR art. 37(7)); the assessment
// holds none.
//
// # Lifecycle
//
// A [Status] moves draft → dpo_review → decided → under_revision → dpo_review
// (and dpo_review → draft). [Assessment.Transition] refuses a move that
// breaks a rule with a *[TransitionError] that names each rule: submitting
// needs the record, the screening and every threat category considered;
// deciding needs the verdict with name and date, the DPO's advice and the
// response to each recommendation, the data subjects' views documented, a
// valid document, a decision dated no earlier than the latest recorded
// change, and for "approved" no prior consultation pending.
//
// # Errors and findings
//
// Malformed input is an error: Validate returns every problem at once as
// gdpr.Problems with field paths, and errors.Is(err, gdpr.ErrInvalid) holds;
// [ParseJSON] decodes strictly, with the JSON field path of each problem, and
// validates. Gaps are [gdpr.Finding]s of [Assessment.Check] at an instant the
// caller passes; [Rules] lists them. Check never fails and never returns nil:
// an invalid assessment gives a finding of dpia.invalid per problem, and what
// is dated after the instant (Datatilsynet's answer, a review, a change, the
// decision) is not yet known to it.
//
// # The report
//
// [Assessment.WriteMarkdown] and [Assessment.WriteHTML] render the whole
// assessment in the template's order and wording, Danish by default and
// English on request ([ReportOptions]). The HTML is one file with inline CSS
// for A4 print, the risk heat map as inline SVG and a Content-Security-Policy
// that allows no script or external resource, so it can be journalised as it
// is; everything user-entered is escaped in both. Every table fits the page:
// the eleven columns of the risk table are laid out on the page's width, on
// screen and on A4, and long words break inside a cell. Numbers are written
// as the language writes them (7,83 and 250.000 in Danish).
// [Assessment.WriteDOCX] writes the same content as a Word document. The
// output is deterministic.
//
// # Zero values
//
// Every enumeration's zero value means "not set" (an Answer of zero is "not
// answered", not "no"). A zero Status counts as draft; a zero Matrix is the
// template's; a zero monitoring interval counts as three years; a nil
// Screening or Record means not yet there. The zero Assessment does not
// validate: it needs an ID and a record ID.
//
// # Usage
//
//	a, err := dpia.ParseJSON[dpia.Assessment](data) // or build one; a.Record = &rec
//	if err != nil {
//		return err // every problem with its path
//	}
//	d := a.Decide()
//	if !d.Start.Allowed {
//		for _, r := range d.Start.Reasons {
//			fmt.Println(r.Rule, r.Text.In(language.Danish))
//		}
//	}
//	for _, f := range a.Check(now, agreements...) {
//		fmt.Println(f.Rule, f.Path, f.Text.In(language.Danish))
//	}
//	err = a.WriteHTML(w, dpia.ReportOptions{Agreements: agreements})
//
// Everything is pure and safe for concurrent use.
package dpia

//go:generate go run github.com/dkgdpr/gdpr/internal/cmd/enumgen
