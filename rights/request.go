package rights

import (
	"log/slog"
	"strconv"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/shopspring/decimal"
)

// Request is one data-subject request, a record a host stores and edits: its
// kind, when and how it came in, who made it, the legal basis of the
// processing it concerns, and the events of its life (GDPR art. 12). Every instant is an absolute time.Time; deadlines are worked out
// in Europe/Copenhagen. A zero time.Time means "has not happened".
//
// The zero value is an empty request and does not validate: a request needs
// at least its Kind and ReceivedAt.
type Request struct {
	// ID is the host's reference, e.g. the case or journal number. It must
	// not be personal data: it appears in logs.
	ID string `json:"id,omitempty"`
	// Kind is the right exercised.
	Kind Kind `json:"kind"`
	// ReceivedAt is the first receipt of the request anywhere in the
	// authority, not when it reached the right office, the identity was
	// confirmed or the scope clarified: the month runs from here (GDPR art.
	// 12(3); EDPB Guidelines 01/2022 on the right of access). A receipt on a weekend or at night counts from its
	// date.
	ReceivedAt time.Time `json:"receivedAt"`
	// Channel is how the request came in; any channel but
	// gdpr.PublicNotice, which is only outbound.
	Channel gdpr.Channel `json:"channel,omitempty"`
	// Requester is who made the request; it holds personal data and
	// redacts itself in fmt and log/slog.
	Requester Requester `json:"requester,omitzero"`
	// AuthorityCheckedAt is when the authority checked and documented the
	// right of a requester acting for the data subject (a power of
	// attorney, parental custody and the child's own wish). Rights are
	// personal; a request on another's behalf is not simply accepted.
	AuthorityCheckedAt time.Time `json:"authorityCheckedAt,omitzero"`
	// Basis is the legal basis of the processing the request concerns;
	// [Request.Applicability] needs it.
	Basis gdpr.LegalBasis `json:"basis,omitempty"`
	// Facts about the processing that some rights depend on.
	Facts Facts `json:"facts,omitzero"`
	// IdentityRequestedAt is when the authority asked for what it needed to
	// confirm the requester's identity, in case of reasonable doubt and no
	// more than needed (GDPR art. 12(6)). Asking does not stop the clock.
	IdentityRequestedAt time.Time `json:"identityRequestedAt,omitzero"`
	// IdentityConfirmedAt is when the identity was confirmed.
	IdentityConfirmedAt time.Time `json:"identityConfirmedAt,omitzero"`
	// ScopeClarifiedAt is when the requester clarified what the request
	// covers. Asking does not stop the clock either.
	ScopeClarifiedAt time.Time `json:"scopeClarifiedAt,omitzero"`
	// Extension, when not nil, is the extension by two further months
	// (GDPR art. 12(3)).
	Extension *Extension `json:"extension,omitempty"`
	// Pauses are documented pauses of the clock, in order. The clock is
	// never paused by itself; see [Pause].
	Pauses []Pause `json:"pauses,omitempty"`
	// Answer, when not nil, is the answer or the refusal sent.
	Answer *Answer `json:"answer,omitempty"`
	// WithdrawnAt is when the requester withdrew the request.
	WithdrawnAt time.Time `json:"withdrawnAt,omitzero"`
	// Fee, when not nil, is the fee charged.
	Fee *Fee `json:"fee,omitempty"`
}

// Extension is the extension of the deadline by two further months where
// necessary, taking into account the complexity and number of the requests
// (GDPR art. 12(3)). The data subject must be told of it, with the reasons,
// within one month of receipt; an extension notified later is invalid and
// does not move the deadline (status [ExtensionNoticeOverdue]).
type Extension struct {
	// NotifiedAt is when the data subject was told of the extension.
	NotifiedAt time.Time `json:"notifiedAt"`
	// Reason is the reason given to the data subject: why the request is
	// complex or why there are many requests. A free text that may describe
	// the person: redacted in String, fmt, log/slog and errors; JSON keeps
	// it.
	Reason gdpr.Personal `json:"reason"`
}

// Pause is a documented pause of the clock: an explicit, recorded act with
// a reason, never automatic. The deadline moves by the number of calendar
// days from the day the pause begins to the day it ends; a pause that
// begins after the deadline in force has expired stops no clock and moves
// nothing. Datatilsynet counts the month from the first receipt, also
// while identity or scope are being clarified, so a pause is at the
// authority's own risk; rule rights.paused flags every request that has
// one.
type Pause struct {
	// From is when the pause began.
	From time.Time `json:"from"`
	// Until is when it ended; zero while it lasts.
	Until time.Time `json:"until,omitzero"`
	// Reason is why the clock was paused. A free text that may describe
	// the person: redacted like [Extension.Reason].
	Reason gdpr.Personal `json:"reason"`
}

// Answer is the answer to a request: its grant, or its refusal with the
// grounds. A refusal in whole or in part is due within one month of
// receipt, which an extension does not move, and must tell of the right to
// complain to Datatilsynet and to seek a judicial remedy (GDPR art. 12(4));
// a partial grant and its partial refusal may go at different times
// (RefusedAt), each judged against its own deadline.
type Answer struct {
	// At is when the answer was sent.
	At time.Time `json:"at"`
	// Outcome is what the answer decided.
	Outcome Outcome `json:"outcome"`
	// Grounds are the grounds of a refusal in whole or in part; required
	// for a refusal, not allowed for a grant in full.
	Grounds []Ground `json:"grounds,omitempty"`
	// RefusedAt is when the refusal part of a partial grant was sent, when
	// it went apart from the grant (At); zero when it went with it. A
	// refusal in whole or in part is due within one month of receipt even
	// when the deadline is extended (GDPR art. 12(4)), while the grant has
	// the deadline in force: each part is judged against its own deadline.
	RefusedAt time.Time `json:"refusedAt,omitzero"`
	// ComplaintNotice records that the answer told of the right to complain
	// to Datatilsynet and to seek a judicial remedy (art. 12(4), 77 and
	// 79); a refusal without it breaks art. 12(4) (rule
	// rights.complaint_notice_missing). [RefusalNotice] gives the text.
	ComplaintNotice bool `json:"complaintNotice,omitempty"`
}

// refusedAt returns when the refusal part of a was sent: RefusedAt, or At
// when it went with the answer.
func (a *Answer) refusedAt() time.Time {
	if !a.RefusedAt.IsZero() {
		return a.RefusedAt
	}
	return a.At
}

// Fee is a fee charged for a request, in Danish kroner. Information and
// actions under art. 15-22 are free of charge; a reasonable fee may be
// charged only for a manifestly unfounded or excessive request (art.
// 12(5)) or for further copies (art. 15(3)), and the authority must be able
// to show why.
type Fee struct {
	// Amount is the fee in DKK; it must be positive.
	Amount decimal.Decimal `json:"amount"`
	// Reason is why the fee is charged. A free text that may describe the
	// person: redacted like [Extension.Reason].
	Reason gdpr.Personal `json:"reason"`
}

// gdprApplies is the day the GDPR applies from (art. 99(2)). A request
// received earlier falls under the old Danish act with other deadlines.
var gdprApplies = time.Date(2018, time.May, 25, 0, 0, 0, 0, time.FixedZone("CEST", 2*60*60))

// lastYear bounds receipts: a deadline must fall in a year dates can encode.
const lastYear = 9999

// lastYearStarts is the first instant of lastYear anywhere on Earth (its
// New Year at UTC+14), compared as an instant so that validating a
// receipt needs no time-zone look-up.
var lastYearStarts = time.Date(lastYear, time.January, 1, 0, 0, 0, 0, time.FixedZone("", 14*3600))

// Validate checks the request and returns every problem at once as
// [gdpr.Problems] (errors.Is(err, gdpr.ErrInvalid) holds), with field paths
// such as "answer.grounds[1]". It rejects contradictions: an event before
// the receipt, an answer before receipt, an extension without a reason or
// notified after the answer, a refusal without grounds or with grounds that
// do not fit the kind, a kind or a code that does not exist, overlapping
// pauses. Problem messages never contain personal data.
func (r Request) Validate() error {
	var ps gdpr.Problems
	switch {
	case r.Kind == 0:
		ps.Add("kind", gdpr.CodeRequired, "the kind of request is required")
	case !r.Kind.Valid():
		ps.Add("kind", gdpr.CodeUnknown, "unknown kind of request "+r.Kind.String())
	}
	received := !r.ReceivedAt.IsZero()
	switch {
	case !received:
		ps.Add("receivedAt", gdpr.CodeRequired, "the time of first receipt is required")
	case r.ReceivedAt.Before(gdprApplies):
		ps.Add("receivedAt", gdpr.CodeOutOfRange, "received before 25 May 2018, when the GDPR began to apply")
	case !r.ReceivedAt.Before(lastYearStarts):
		ps.Add("receivedAt", gdpr.CodeOutOfRange, "received too far in the future to have a deadline")
	}
	switch {
	case r.Channel != 0 && !r.Channel.Valid():
		ps.Add("channel", gdpr.CodeUnknown, "unknown channel "+r.Channel.String())
	case r.Channel == gdpr.PublicNotice:
		ps.Add("channel", gdpr.CodeUnsupported, "a request cannot come in by a public communication")
	}
	if r.Requester.Relation != 0 && !r.Requester.Relation.Valid() {
		ps.Add("requester.relation", gdpr.CodeUnknown, "unknown relation "+r.Requester.Relation.String())
	}
	if r.Basis != "" && !r.Basis.Valid() {
		ps.Add("basis", gdpr.CodeUnknown, "unknown legal basis")
	}
	switch c := r.Facts.Condition; {
	case c != 0 && !c.Valid():
		ps.Add("facts.condition", gdpr.CodeUnknown, "unknown condition "+c.String())
	case c != 0 && r.Kind.Valid() && r.Kind != Restriction:
		ps.Add("facts.condition", gdpr.CodeConflict, "a condition of art. 18(1) belongs to a request for restriction")
	}
	switch e := r.Facts.Exception; {
	case e != 0 && !e.Valid():
		ps.Add("facts.exception", gdpr.CodeUnknown, "unknown exception "+e.String())
	case e != 0 && r.Kind.Valid() && r.Kind != AutomatedDecision:
		ps.Add("facts.exception", gdpr.CodeConflict, "an exception of art. 22(2) belongs to a request for human review")
	}
	notBefore := func(path string, t time.Time, what string) {
		if received && !t.IsZero() && t.Before(r.ReceivedAt) {
			ps.Add(path, gdpr.CodeOrder, what+" is before the receipt")
		}
	}
	notBefore("identityRequestedAt", r.IdentityRequestedAt, "the request for identification")
	notBefore("identityConfirmedAt", r.IdentityConfirmedAt, "the confirmation of identity")
	if !r.IdentityRequestedAt.IsZero() && !r.IdentityConfirmedAt.IsZero() && r.IdentityConfirmedAt.Before(r.IdentityRequestedAt) {
		ps.Add("identityConfirmedAt", gdpr.CodeOrder, "the identity is confirmed before it was asked for")
	}
	notBefore("scopeClarifiedAt", r.ScopeClarifiedAt, "the clarification of scope")
	if e := r.Extension; e != nil {
		if e.NotifiedAt.IsZero() {
			ps.Add("extension.notifiedAt", gdpr.CodeRequired, "an extension needs the time the data subject was told")
		}
		notBefore("extension.notifiedAt", e.NotifiedAt, "the notice of extension")
		if blank(e.Reason) {
			ps.Add("extension.reason", gdpr.CodeRequired, "an extension needs the reasons given to the data subject (art. 12(3))")
		}
		if r.Answer != nil && !r.Answer.At.IsZero() && e.NotifiedAt.After(r.Answer.At) {
			ps.Add("extension.notifiedAt", gdpr.CodeConflict, "an extension is notified after the request was answered")
		}
	}
	r.validatePauses(&ps, notBefore)
	if a := r.Answer; a != nil {
		r.validateAnswer(&ps, a, notBefore)
	}
	notBefore("withdrawnAt", r.WithdrawnAt, "the withdrawal")
	if !r.WithdrawnAt.IsZero() && r.Answer != nil {
		ps.Add("withdrawnAt", gdpr.CodeConflict, "a request is both answered and withdrawn")
	}
	if f := r.Fee; f != nil {
		if !f.Amount.IsPositive() {
			ps.Add("fee.amount", gdpr.CodeOutOfRange, "a fee must be a positive amount")
		}
		if blank(f.Reason) {
			ps.Add("fee.reason", gdpr.CodeRequired, "a fee needs a reason (art. 12(5), 15(3))")
		}
	}
	r.validateStorable(&ps)
	return ps.Err()
}

// validateStorable reports every timestamp that encoding/json could not
// write (a year outside 0-9999, an offset beyond ±23:59), however the
// request was made: what validates can be stored.
func (r Request) validateStorable(ps *gdpr.Problems) {
	ps.AddUnstorable("receivedAt", r.ReceivedAt)
	ps.AddUnstorable("authorityCheckedAt", r.AuthorityCheckedAt)
	ps.AddUnstorable("identityRequestedAt", r.IdentityRequestedAt)
	ps.AddUnstorable("identityConfirmedAt", r.IdentityConfirmedAt)
	ps.AddUnstorable("scopeClarifiedAt", r.ScopeClarifiedAt)
	ps.AddUnstorable("withdrawnAt", r.WithdrawnAt)
	if e := r.Extension; e != nil {
		ps.AddUnstorable("extension.notifiedAt", e.NotifiedAt)
	}
	for i, p := range r.Pauses {
		path := "pauses[" + strconv.Itoa(i) + "]"
		ps.AddUnstorable(path+".from", p.From)
		ps.AddUnstorable(path+".until", p.Until)
	}
	if a := r.Answer; a != nil {
		ps.AddUnstorable("answer.at", a.At)
		ps.AddUnstorable("answer.refusedAt", a.RefusedAt)
	}
}

func (r Request) validatePauses(ps *gdpr.Problems, notBefore func(string, time.Time, string)) {
	var prevEnd time.Time
	prevOpen := false
	for i, p := range r.Pauses {
		path := "pauses[" + strconv.Itoa(i) + "]"
		if p.From.IsZero() {
			ps.Add(path+".from", gdpr.CodeRequired, "a pause needs its start")
		}
		notBefore(path+".from", p.From, "the pause")
		if blank(p.Reason) {
			ps.Add(path+".reason", gdpr.CodeRequired, "a pause needs a documented reason")
		}
		if !p.Until.IsZero() && p.Until.Before(p.From) {
			ps.Add(path+".until", gdpr.CodeOrder, "the pause ends before it begins")
		}
		if i > 0 && (prevOpen || p.From.Before(prevEnd)) {
			ps.Add(path+".from", gdpr.CodeOrder, "the pause begins before the previous one ended")
		}
		if r.Answer != nil && !r.Answer.At.IsZero() && (p.Until.IsZero() || p.Until.After(r.Answer.At)) {
			ps.Add(path, gdpr.CodeConflict, "the pause lasts beyond the answer")
		}
		prevEnd, prevOpen = p.Until, p.Until.IsZero()
	}
}

func (r Request) validateAnswer(ps *gdpr.Problems, a *Answer, notBefore func(string, time.Time, string)) {
	if a.At.IsZero() {
		ps.Add("answer.at", gdpr.CodeRequired, "an answer needs the time it was sent")
	}
	notBefore("answer.at", a.At, "the answer")
	notBefore("answer.refusedAt", a.RefusedAt, "the refusal")
	if !a.RefusedAt.IsZero() && a.Outcome != PartlyGranted {
		ps.Add("answer.refusedAt", gdpr.CodeConflict, "only a partial grant has a refusal part of its own")
	}
	switch {
	case a.Outcome == 0:
		ps.Add("answer.outcome", gdpr.CodeRequired, "an answer needs its outcome")
	case !a.Outcome.Valid():
		ps.Add("answer.outcome", gdpr.CodeUnknown, "unknown outcome "+a.Outcome.String())
	case a.Outcome.Refuses() && len(a.Grounds) == 0:
		ps.Add("answer.grounds", gdpr.CodeRequired, "a refusal needs its grounds")
	case a.Outcome == Granted && len(a.Grounds) > 0:
		ps.Add("answer.grounds", gdpr.CodeConflict, "a request granted in full has no refusal grounds")
	}
	var seen uint32
	for i, g := range a.Grounds {
		path := "answer.grounds[" + strconv.Itoa(i) + "]"
		switch {
		case !g.Valid():
			ps.Add(path, gdpr.CodeUnknown, "unknown refusal ground "+g.String())
		case seen&(1<<g) != 0:
			ps.Add(path, gdpr.CodeDuplicate, "the ground "+g.String()+" is given twice")
		case r.Kind.Valid() && !g.AppliesTo(r.Kind):
			ps.Add(path, gdpr.CodeUnsupported, "the ground "+g.String()+" cannot refuse a request of kind "+r.Kind.String())
		}
		if g.Valid() {
			seen |= 1 << g
		}
	}
}

// LogValue implements slog.LogValuer: the request's id, kind, receipt,
// channel and the requester's relation, and nothing personal. Log a request
// with slog rather than its JSON, which carries the requester's identity.
func (r Request) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", r.ID),
		slog.String("kind", codeOrEmpty(r.Kind != 0, r.Kind.String())),
		slog.Time("receivedAt", r.ReceivedAt),
		slog.String("channel", codeOrEmpty(r.Channel != 0, r.Channel.String())),
		slog.Any("requester", r.Requester),
	)
}

// codeOrEmpty returns code, or "" for a value that is not set.
func codeOrEmpty(set bool, code string) string {
	if !set {
		return ""
	}
	return code
}

// blank reports whether a free text is empty or only white space.
func blank(p gdpr.Personal) bool { return p.Blank() }
