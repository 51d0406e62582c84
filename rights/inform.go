package rights

import (
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/calendar"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Collection records personal data obtained from someone other than the
// data subject (another authority, a doctor, a school), for the duty to
// inform (oplysningspligt), GDPR art. 14(3): the data subject must be told
// within a reasonable period and at the latest one month after the data
// were obtained, or at the first communication to the data subject if the
// data are used for it, or at the first disclosure to another recipient,
// whichever comes first. There is no duty where an exception of art. 14(5)
// or databeskyttelsesloven § 22 applies ([Collection.Exception]), which is
// common for data collected under special legislation (art. 14(5)(c)).
//
// A zero time.Time means "has not happened and is not planned".
type Collection struct {
	// ObtainedAt is when the authority obtained the data; for a
	// municipality, typically when the case was created.
	ObtainedAt time.Time `json:"obtainedAt"`
	// FirstCommunicationAt is the first communication to the data subject
	// that uses the data, done or planned (art. 14(3)(b)).
	FirstCommunicationAt time.Time `json:"firstCommunicationAt,omitzero"`
	// FirstDisclosureAt is the first disclosure of the data to another
	// recipient, done or planned (art. 14(3)(c)).
	FirstDisclosureAt time.Time `json:"firstDisclosureAt,omitzero"`
	// InformedAt is when the data subject was informed.
	InformedAt time.Time `json:"informedAt,omitzero"`
	// Exception is the exception that lifts the duty to inform; zero when
	// the duty applies.
	Exception InformException `json:"exception,omitempty"`
	// ExceptionReason documents the exception: the law that lays down the
	// obtaining, what makes informing impossible or disproportionate and
	// the measures taken instead, or the concrete interests of § 22.
	// Required with an Exception. A free text that may describe the
	// person: redacted in String, fmt, log/slog and errors; JSON keeps it.
	ExceptionReason gdpr.Personal `json:"exceptionReason,omitzero"`
}

// InformException is an exception to the duty to inform of GDPR art. 14
// for data not obtained from the data subject. The zero value means "none".
type InformException uint8

// The exceptions of GDPR art. 14(5) and databeskyttelsesloven § 22.
const (
	// AlreadyInformed, art. 14(5)(a): the data subject already has the
	// information.
	AlreadyInformed InformException = iota + 1
	// DisproportionateEffort, art. 14(5)(b): informing is impossible or
	// would take disproportionate effort (in particular for archiving,
	// research or statistics), and the controller protects the data
	// subject's interests otherwise, such as by making the information
	// public.
	DisproportionateEffort
	// LaidDownByLaw, art. 14(5)(c): obtaining or disclosing the data is
	// expressly laid down by Union or Danish law that provides measures to
	// protect the data subject's interests; common for an authority that
	// collects data under special legislation.
	LaidDownByLaw
	// ProfessionalSecrecy, art. 14(5)(d): the data must stay confidential
	// under a statutory obligation of professional secrecy.
	ProfessionalSecrecy
	// OverridingPrivateInterests, databeskyttelsesloven § 22, stk. 1: the
	// data subject's interest yields to overriding private interests, the
	// data subject's own included.
	OverridingPrivateInterests
	// OverridingPublicInterests, databeskyttelsesloven § 22, stk. 2:
	// overriding public interests, such as public security or the
	// prevention and prosecution of criminal offences.
	OverridingPublicInterests
)

var informExceptionDef = enum.Def[InformException]{
	Type: "InformException",
	Kind: "rights: exception to the duty to inform",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		AlreadyInformed:            {Code: "already_informed", Da: "Den registrerede har allerede oplysningerne", En: "The data subject already has the information"},
		DisproportionateEffort:     {Code: "disproportionate_effort", Da: "Umuligt eller uforholdsmæssigt vanskeligt", En: "Impossible or disproportionate effort"},
		LaidDownByLaw:              {Code: "laid_down_by_law", Da: "Indsamlingen eller videregivelsen er fastsat ved lov", En: "Obtaining or disclosure laid down by law"},
		ProfessionalSecrecy:        {Code: "professional_secrecy", Da: "Lovbestemt tavshedspligt", En: "Statutory professional secrecy"},
		OverridingPrivateInterests: {Code: "private_interests", Da: "Afgørende hensyn til private interesser", En: "Overriding private interests"},
		OverridingPublicInterests:  {Code: "public_interests", Da: "Afgørende hensyn til offentlige interesser", En: "Overriding public interests"},
	},
}

var informExceptionRefs = [...]string{"", "GDPR art. 14(5)(a)", "GDPR art. 14(5)(b)", "GDPR art. 14(5)(c)", "GDPR art. 14(5)(d)",
	"databeskyttelsesloven § 22(1)", "databeskyttelsesloven § 22(2)"}

// Reference returns the provision of e in the language of tag ("GDPR art.
// 14(5)(c)", "databeskyttelsesforordningen art. 14, stk. 5, litra c"), or
// "" for an invalid value.
func (e InformException) Reference(tag language.Tag) string {
	if !e.Valid() {
		return ""
	}
	return gdpr.Cite(informExceptionRefs[e]).In(tag)
}

// TemplateInformDays is the local limit the DPIA template asks about:
// "Informeres de registrerede inden for 10 dage ...?" (the municipal DPIA
// template, section 2.3).
const TemplateInformDays = 10

// informDays returns the local limit to inform in days, 0 when off.
func (p Policy) informDays() int {
	switch {
	case !p.LocalInformLimit:
		return 0
	case p.LocalInformDays <= 0:
		return TemplateInformDays
	}
	return p.LocalInformDays
}

// Trigger is the rule that sets a deadline to inform. The zero value means
// "no deadline".
type Trigger uint8

// The triggers.
const (
	// OneMonth: one month after the data were obtained, GDPR art. 14(3)(a).
	OneMonth Trigger = iota + 1
	// FirstCommunication: the first communication to the data subject,
	// art. 14(3)(b).
	FirstCommunication
	// FirstDisclosure: the first disclosure to another recipient, art.
	// 14(3)(c).
	FirstDisclosure
	// LocalPolicy: the authority's own limit in days (the municipal DPIA
	// template, section 2.3).
	LocalPolicy
)

var triggerDef = enum.Def[Trigger]{
	Type: "Trigger",
	Kind: "rights: trigger",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		OneMonth:           {Code: "one_month", Da: "Senest en måned efter indsamlingen", En: "One month after obtaining the data at the latest"},
		FirstCommunication: {Code: "first_communication", Da: "Senest ved første kommunikation med den registrerede", En: "At the first communication with the data subject at the latest"},
		FirstDisclosure:    {Code: "first_disclosure", Da: "Senest ved første videregivelse", En: "At the first disclosure at the latest"},
		LocalPolicy:        {Code: "local_policy", Da: "Lokal frist", En: "Local limit"},
	},
}

var triggerReferences = [...]gdpr.Text{
	{},
	gdpr.Cite("GDPR art. 14(3)(a)"),
	gdpr.Cite("GDPR art. 14(3)(b)"),
	gdpr.Cite("GDPR art. 14(3)(c)"),
	gdpr.Cite("Local policy (the municipal DPIA template, section 2.3)"),
}

// Triggers returns every trigger, in the order of the constants.
func Triggers() []Trigger {
	return []Trigger{OneMonth, FirstCommunication, FirstDisclosure, LocalPolicy}
}

// Reference returns the provision behind t; "" for an invalid trigger.
func (t Trigger) Reference(tag language.Tag) string {
	if !t.Valid() {
		return ""
	}
	return triggerReferences[t].In(tag)
}

// InformDue is the answer of [Collection.InformDue]: by when the data
// subject must be told, and which rule says so.
type InformDue struct {
	// Legal is the legal deadline, the earliest of art. 14(3)(a)-(c), and
	// LegalTrigger the rule that set it.
	Legal        Deadline `json:"legal"`
	LegalTrigger Trigger  `json:"legalTrigger"`
	// Due is the deadline to meet: Legal, or the local limit when that is
	// earlier; Trigger is the rule that set it.
	Due     Deadline `json:"due"`
	Trigger Trigger  `json:"trigger"`
	// Exception is the exception that lifts the duty; the deadlines are
	// then zero.
	Exception InformException `json:"exception,omitempty"`
}

// InTime reports whether informing at t meets the deadline d set by
// trigger: before the end of the last day for a period, at or before the
// instant itself for a first communication or disclosure (informing in the
// first letter is in time).
func inTime(d Deadline, trigger Trigger, t time.Time) bool {
	if trigger == FirstCommunication || trigger == FirstDisclosure {
		return !t.After(d.Expires)
	}
	return d.InTime(t)
}

// InTime reports whether informing at t meets Due.
func (d InformDue) InTime(t time.Time) bool { return inTime(d.Due, d.Trigger, t) }

// LegallyInTime reports whether informing at t meets the legal deadline.
func (d InformDue) LegallyInTime(t time.Time) bool { return inTime(d.Legal, d.LegalTrigger, t) }

// InformDue returns by when the data subject must be informed under the
// default policy, which applies the legal limit only: [Policy.InformDue]
// of the zero Policy.
func (c Collection) InformDue() InformDue { return Policy{}.InformDue(c) }

// InformDue returns by when the data subject must be informed of data
// obtained from someone else (GDPR art. 14(3)):
//
//   - (a) one month after the data were obtained, counted as
//     [Request.Deadline] counts a month (Regulation 1182/71);
//   - (b) the instant of the first communication to the data subject;
//   - (c) the instant of the first disclosure to another recipient;
//
// whichever is first; and, when p turns it on, the local limit in days
// (the template's 10 days by default), which only ever makes the deadline
// earlier. For (b) and (c) the deadline's Expires is the instant itself. A
// Collection without ObtainedAt has no deadline: the zero InformDue. Nor
// has one with an exception to the duty (art. 14(5), databeskyttelsesloven
// § 22): the InformDue names it and its deadlines are zero.
func (p Policy) InformDue(c Collection) InformDue {
	if c.Exception.Valid() {
		return InformDue{Exception: c.Exception}
	}
	if c.ObtainedAt.IsZero() {
		return InformDue{}
	}
	cal := p.calendar()
	due := InformDue{Legal: fromCalendar(cal.Period(c.ObtainedAt, 1, calendar.Months)), LegalTrigger: OneMonth}
	for _, ev := range [...]struct {
		at      time.Time
		trigger Trigger
	}{{c.FirstCommunicationAt, FirstCommunication}, {c.FirstDisclosureAt, FirstDisclosure}} {
		// Informing at the instant itself is in time, while the month ends
		// just before its Expires; so an instant binds when it is before the
		// deadline found so far.
		if !ev.at.IsZero() && ev.at.Before(due.Legal.Expires) {
			due.Legal = Deadline{Day: gdpr.Date(calendar.DateOf(ev.at)), Expires: ev.at}
			due.LegalTrigger = ev.trigger
		}
	}
	due.Due, due.Trigger = due.Legal, due.LegalTrigger
	if n := p.informDays(); n > 0 {
		local := fromCalendar(cal.Period(c.ObtainedAt, n, calendar.Days))
		stricter := local.Expires.Before(due.Due.Expires)
		if due.Trigger != OneMonth {
			// The local day ends just before its Expires; the instant
			// itself is still in time.
			stricter = !local.Expires.After(due.Due.Expires)
		}
		if stricter {
			due.Due, due.Trigger = local, LocalPolicy
		}
	}
	return due
}

// Validate checks the collection: ObtainedAt is required, and the first
// communication and disclosure cannot come before the data were obtained.
func (c Collection) Validate() error {
	var ps gdpr.Problems
	if c.ObtainedAt.IsZero() {
		ps.Add("obtainedAt", gdpr.CodeRequired, "the time the data were obtained is required")
	} else {
		if !c.FirstCommunicationAt.IsZero() && c.FirstCommunicationAt.Before(c.ObtainedAt) {
			ps.Add("firstCommunicationAt", gdpr.CodeOrder, "the first communication is before the data were obtained")
		}
		if !c.FirstDisclosureAt.IsZero() && c.FirstDisclosureAt.Before(c.ObtainedAt) {
			ps.Add("firstDisclosureAt", gdpr.CodeOrder, "the first disclosure is before the data were obtained")
		}
	}
	switch {
	case c.Exception != 0 && !c.Exception.Valid():
		ps.Add("exception", gdpr.CodeUnknown, "unknown exception "+c.Exception.String())
	case c.Exception != 0 && blank(c.ExceptionReason):
		ps.Add("exceptionReason", gdpr.CodeRequired, "an exception to the duty to inform must be documented")
	case c.Exception == 0 && !blank(c.ExceptionReason):
		ps.Add("exceptionReason", gdpr.CodeConflict, "a documented exception needs its kind")
	}
	ps.AddUnstorable("obtainedAt", c.ObtainedAt)
	ps.AddUnstorable("firstCommunicationAt", c.FirstCommunicationAt)
	ps.AddUnstorable("firstDisclosureAt", c.FirstDisclosureAt)
	ps.AddUnstorable("informedAt", c.InformedAt)
	return ps.Err()
}
