// Package rights models data-subject requests (de registreredes
// rettigheder) as Danish public authorities handle them under Articles 12
// and 15 to 22 of the GDPR and databeskyttelsesloven.
//
// It covers the request, its legal deadline and extension, its status at
// any instant, whether the right applies to the processing's legal basis,
// the grounds for refusing it, the duty to inform of GDPR art. 14(3), and a
// register over many requests.
//
// # Requests and deadlines
//
// A [Request] records one request: its [Kind] (indsigt [Access], art. 15;
// berigtigelse [Rectification], 16; sletning [Erasure], 17; begrænsning
// [Restriction], 18; dataportabilitet [Portability], 20; indsigelse
// [Objection], 21; manuel vurdering [AutomatedDecision], 22; and
// tilbagetrækning af samtykke [WithdrawConsent], 7(3)), the first receipt
// anywhere in the authority, the channel, the [Requester] (personal data,
// redacted in fmt, log/slog and errors), the legal basis of the processing,
// and the events of its life: identity asked for and confirmed, scope
// clarified, an [Extension], documented [Pause]s, the [Answer] or refusal
// with its [Ground]s, a withdrawal, a [Fee]. The reasons of an extension,
// a pause and a fee, and the documented exception to the duty to inform,
// are free texts that may describe the person: they are gdpr.Personal,
// redacted like the requester everywhere but JSON, which is storage.
//
// [Request.Deadline] gives the deadline in force as a [Deadline]: the last
// day and the instant it ends in Europe/Copenhagen. The month runs from the
// first receipt per Regulation 1182/71: the day of receipt is not counted,
// 31 January plus one month is 28 (or 29) February, a last day on a
// Saturday, Sunday or Danish public holiday moves to the next working day,
// and the period ends when that day ends. An extension (fristforlængelse)
// notified within the first month makes it three months from receipt; one
// notified later is invalid ([ExtensionNoticeOverdue]). A refusal in whole
// or in part stays due within the first month, extension or not (art.
// 12(4)).
// [Request.State] gives the [State] at an instant: its [Status], with the
// time and working days left. State and Check see a request as it stood at
// that instant: an answer, an extension notice or a pause recorded later
// has not happened yet.
//
// # Policy choices
//
// Where the law leaves room, a [Policy] holds the authority's choice, and
// its zero value is the default: three months from receipt for
// an extension (the stricter chained reading, the unmoved end of the first
// month plus two months, is [Policy.ChainedExtension]), and no closed days
// beyond weekends and public holidays ([Policy.ClosedDays] such as 24 and
// 31 December, and [Policy.ClosedDates], only ever give later deadlines).
// A documented pause of the clock is an explicit act, never automatic, and
// rule rights.paused flags it, since Datatilsynet counts from the first
// receipt; a pause that begins after the deadline has expired moves
// nothing. For the duty to inform, [Policy.LocalInformLimit] turns on the
// municipal DPIA template's local limit of 10 days ([TemplateInformDays]),
// which never makes the deadline later than the law. The functions that
// depend on a policy are its methods ([Policy.Deadline], [Policy.State],
// [Policy.Check], [Policy.Review], [Policy.InformDue]); the plain forms
// use the zero Policy.
//
// # Decisions
//
// [Applicable] tells whether a right applies to a legal basis
// (gdpr.LegalBasis) and the [Facts] of the processing with a [Verdict],
// reasons and references: portability only for consent or contract and
// automated processing, never a public task; objection to direct marketing
// always and absolutely (art. 21(2)-(3)), to research or statistics unless
// it is a task in the public interest (art. 21(6)), and otherwise only for
// art. 6(1)(e) or (f); erasure limited for an authority by the duty to
// record and archive (art. 17(3)(b), (d)), whatever the basis, to the
// extent the duty covers the data. The condition of art. 18(1) and the
// exception of art. 22(2) relied on are recorded in the Facts. A refusal
// names its grounds, those of art. 17(3)(a), 20(4) and 21(6) included, and
// the right to complain to Datatilsynet ([Request.RefusalNotice]); a
// refusal in whole or in part is due within one month even under an
// extension, and a partial grant and its partial refusal may go at
// different times ([Answer].RefusedAt), each judged against its own
// deadline. The duty to inform has the exceptions of art. 14(5) and
// databeskyttelsesloven § 22 ([InformException]).
// [Request.Check] and [Collection.Check] return compliance gaps as
// gdpr.Finding values, never nil, and report an invalid record as findings
// of rule rights.invalid; [Rules] lists them all. [Review] and [ReviewSeq]
// go through a register of requests without copying them. [ParseJSON]
// decodes a stored request, collection or policy strictly.
//
// The zero values: a zero time.Time is an event that has not happened; a
// nil Extension, Answer or Fee is none; the zero Kind, gdpr.Channel, Relation,
// Outcome, Status, Ground, Verdict, ClosedDay and Trigger mean "not set".
//
//	r := rights.Request{
//		Kind:       rights.Access,
//		ReceivedAt: time.Date(2025, time.January, 31, 14, 5, 0, 0, time.UTC),
//		Basis:      gdpr.Art6PublicTask,
//	}
//	d := r.Deadline()                 // 2025-02-28, expires 2025-03-01 00:00 CET
//	s := r.State(now)                 // open, overdue, answered in time, ...
//	a, err := rights.Applicable(rights.Erasure, r.Basis, rights.Facts{})
//
// Everything is a value or a read-only table: safe for concurrent use, and
// nothing reads the clock; the caller passes now.
package rights

//go:generate go run github.com/dkgdpr/gdpr/internal/cmd/enumgen
