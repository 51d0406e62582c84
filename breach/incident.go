package breach

import (
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Incident records one personal data breach (brud på
// persondatasikkerheden), GDPR art. 4(12), as the controller documents it
// under art. 33(5): what happened, when, to which data and about whom, what
// it is likely to lead to, what was done, and the notifications made.
//
// It is a plain record: hosts store and edit it, JSON carries every field
// with camelCase names and enumeration codes, and [Incident.Validate]
// checks it. An incident holds no personal data of the people affected:
// numbers and categories, not names. Free texts (Description,
// Consequences, the measures, the rationale, a delay's reasons, an
// exemption's reason, an adjustment's note) should be written that way
// too, but may still describe a person, so they are gdpr.Personal: String,
// every fmt verb (also as a nested or unexported field), log/slog and
// errors never print them, nor the contact person's name; JSON keeps them.
//
// The zero value is an empty record; it is not valid until AwareAt and the
// nature (one of Confidentiality, Integrity, Availability) are set.
type Incident struct {
	// ID is the host's case or journal number; no personal data.
	ID string `json:"id,omitempty"`
	// Description says what happened. A free text that may describe a person: redacted in String, fmt,
	// log/slog and errors; JSON keeps it.
	Description gdpr.Personal `json:"description,omitzero"`

	// OccurredAt is when the breach happened: unknown (zero), an instant
	// (From only) or a range.
	OccurredAt Span `json:"occurredAt,omitzero"`
	// DiscoveredAt is when someone at the controller first noticed it.
	DiscoveredAt time.Time `json:"discoveredAt,omitzero"`
	// AwareAt is when the controller became aware of the breach: had a
	// reasonable degree of certainty that personal data were compromised
	// (EDPB Guidelines 9/2022, para. 31). The 72 hours run
	// from here. For a breach at a processor it is when the processor told
	// the controller.
	AwareAt time.Time `json:"awareAt,omitzero"`
	// Processors is the processor chain of a breach at a processor, from
	// the party where it happened up to the processor that told the
	// controller (art. 33(2)). Empty for a breach at the controller.
	Processors []ProcessorNotice `json:"processors,omitempty"`

	// Confidentiality, Integrity and Availability say what was lost: the
	// nature of the breach (art. 33(3)(a)); at least one is set.
	Confidentiality Confidentiality `json:"confidentiality,omitempty"`
	Integrity       Integrity       `json:"integrity,omitempty"`
	Availability    Availability    `json:"availability,omitempty"`
	// Malicious is set when the breach was intentional and malicious
	// (theft, hacking, ransomware), not an error.
	Malicious bool `json:"malicious,omitempty"`

	// DataTypes are the types of personal data concerned (the categories
	// of records, art. 33(3)(a)).
	DataTypes []gdpr.DataType `json:"dataTypes,omitempty"`
	// SubjectCategories are the categories of data subjects concerned.
	SubjectCategories []gdpr.DataSubjectCategory `json:"subjectCategories,omitempty"`
	// ApproxSubjects and ApproxRecords are the approximate numbers of data
	// subjects and of personal data records concerned; 0 is not known yet.
	ApproxSubjects int `json:"approxSubjects,omitempty"`
	ApproxRecords  int `json:"approxRecords,omitempty"`
	// SubjectsUnidentified is set when the people actually affected cannot
	// be pinned down; then everyone potentially affected must be told when
	// the data subjects are to be told (Datatilsynet's guidance on personal
	// data breaches).
	SubjectsUnidentified bool `json:"subjectsUnidentified,omitempty"`

	// Consequences are the likely consequences of the breach (art.
	// 33(3)(c)); redacted like Description.
	Consequences gdpr.Personal `json:"consequences,omitzero"`
	// MeasuresTaken and MeasuresProposed are the measures taken or proposed
	// to address the breach and mitigate its effects (art. 33(3)(d)).
	// Each is redacted like Description.
	MeasuresTaken    []gdpr.Personal `json:"measuresTaken,omitempty"`
	MeasuresProposed []gdpr.Personal `json:"measuresProposed,omitempty"`

	// Contexts are the data processing context of ENISA's severity method.
	// When empty, [SuggestContexts] of DataTypes is used.
	Contexts []DataContext `json:"dataContexts,omitempty"`
	// Identification is ENISA's ease of identification; zero is not
	// assessed.
	Identification Identification `json:"identification,omitempty"`
	// Risk is the controller's own assessment of the risk, the legal test
	// of art. 33 and 34. When set it decides; when zero the severity
	// decides through the [Policy].
	Risk Risk `json:"risk,omitempty"`
	// Rationale is the controller's reasoning for its assessment, which
	// art. 33(5) asks to document, above all for a decision not to notify.
	// Redacted like Description.
	Rationale gdpr.Personal `json:"rationale,omitzero"`

	// Unintelligible is set when the data were unintelligible to anyone
	// not authorised, e.g. encrypted with a key that was not compromised
	// (art. 34(3)(a)). It answers the loss of confidentiality only: it does
	// not spare telling the data subjects of data altered or lost.
	Unintelligible bool `json:"unintelligible,omitempty"`
	// HighRiskRemoved is set when measures taken after the breach ensure
	// that the high risk is no longer likely to materialise (art.
	// 34(3)(b)); describe them in MeasuresTaken.
	HighRiskRemoved bool `json:"highRiskRemoved,omitempty"`
	// DisproportionateEffort is set when telling each data subject would
	// involve disproportionate effort; a public communication is made
	// instead (art. 34(3)(c)).
	DisproportionateEffort bool `json:"disproportionateEffort,omitempty"`

	// Backup is set when a backup held apart from the breached systems
	// restores the data, so that their loss of availability does not last.
	// With Unintelligible it is the fact [UnintelligibleData].
	Backup bool `json:"backup,omitempty"`
	// TrustedRecipients is set when the only recipients of the data are
	// bound by professional secrecy or a duty of confidentiality (an
	// employee, another authority, an insurance agent, a lawyer) and acted
	// in good faith. With [RetrievalConfirmed] it is the fact
	// [TrustedRecipient].
	TrustedRecipients bool `json:"trustedRecipients,omitempty"`
	// Retrieval records what was done to get the data back from the
	// recipients of a disclosure; zero when nothing was.
	Retrieval Retrieval `json:"retrieval,omitempty"`
	// ExtensiveData is set when the data about each person are extensive:
	// a CV, a case file, a medical record (EDPB Guidelines 9/2022, section
	// IV.B: a combination of data is more sensitive than a single piece).
	ExtensiveData bool `json:"extensiveData,omitempty"`
	// Harm is the controller's assessment of how severe the likely
	// consequences are for the people; zero is not assessed.
	Harm Harm `json:"harm,omitempty"`
	// Permanent is set when the consequences cannot be undone (EDPB
	// Guidelines 9/2022, section IV.B, "permanence").
	Permanent bool `json:"permanent,omitempty"`
	// CommunicationOrderedAt is when Datatilsynet required the controller
	// to communicate the breach to the data subjects (GDPR art. 34(4));
	// the order binds whatever the controller's own assessment.
	CommunicationOrderedAt time.Time `json:"communicationOrderedAt,omitzero"`
	// Exemption, when not nil, is a decision under databeskyttelsesloven §
	// 22 not to tell the data subjects, with its ground and reason.
	Exemption *Exemption `json:"exemption,omitempty"`

	// Contact is the DPO or other contact point (art. 33(3)(b)).
	Contact Contact `json:"contact,omitzero"`

	// Notifications are the notifications to Datatilsynet, in time order:
	// the initial one first, then follow-ups (art. 33(4)).
	Notifications []Notification `json:"notifications,omitempty"`
	// SubjectNotices are the communications to the data subjects (art. 34).
	SubjectNotices []SubjectNotice `json:"subjectNotices,omitempty"`
}

// Span is a time that may be unknown, an instant or a range. The zero
// value is unknown; From alone is an instant; From and To are a range
// (both inclusive). To alone means "at the latest then".
type Span struct {
	// From is the earliest instant, or zero when not known.
	From time.Time `json:"from,omitzero"`
	// To is the latest instant, or zero for an instant or when not known.
	To time.Time `json:"to,omitzero"`
}

// IsZero reports whether the time is unknown.
func (s Span) IsZero() bool { return s.From.IsZero() && s.To.IsZero() }

// Exact reports whether the span is a known instant.
func (s Span) Exact() bool { return !s.From.IsZero() && (s.To.IsZero() || s.To.Equal(s.From)) }

// Earliest returns the earliest possible instant (From, or To when only
// To is known; zero when unknown).
func (s Span) Earliest() time.Time {
	if !s.From.IsZero() {
		return s.From
	}
	return s.To
}

// ProcessorNotice is one link of the processor chain: a processor (or
// sub-processor) that learned of the breach and told the next party up,
// which must happen without undue delay (art. 33(2)) and, where the data
// processing agreement sets a number of hours, within them.
type ProcessorNotice struct {
	// Name is the organisation (not a person).
	Name string `json:"name"`
	// AwareAt is when this party became aware of the breach.
	AwareAt time.Time `json:"awareAt"`
	// NotifiedAt is when it told the next party up (the controller for the
	// last link); zero while it has not.
	NotifiedAt time.Time `json:"notifiedAt,omitzero"`
	// AgreedHours is the number of hours the agreement gives it to tell the
	// next party; 0 when the agreement only says "without undue delay". At
	// most [MaxAgreedHours].
	AgreedHours int `json:"agreedHours,omitempty"`
}

// MaxAgreedHours bounds [ProcessorNotice.AgreedHours]: a year. More is no
// term on telling "without undue delay" (art. 33(2)), and would overflow
// the arithmetic on instants.
const MaxAgreedHours = 365 * 24

// Deadline returns AwareAt plus the agreed hours, or zero when no hours are
// agreed (or more than [MaxAgreedHours], which Validate rejects) or AwareAt
// is not known.
func (p ProcessorNotice) Deadline() time.Time {
	if p.AgreedHours <= 0 || p.AgreedHours > MaxAgreedHours || p.AwareAt.IsZero() {
		return time.Time{}
	}
	return p.AwareAt.Add(time.Duration(p.AgreedHours) * time.Hour)
}

// Natures returns the natures of the breach in order: confidentiality,
// integrity and availability for each loss that is set.
func (inc Incident) Natures() []Nature {
	out := make([]Nature, 0, 3)
	for _, n := range Natures() {
		if inc.Has(n) {
			out = append(out, n)
		}
	}
	return out
}

// Has reports whether the breach has nature n.
func (inc Incident) Has(n Nature) bool {
	switch n {
	case ConfidentialityBreach:
		return inc.Confidentiality != 0
	case IntegrityBreach:
		return inc.Integrity != 0
	case AvailabilityBreach:
		return inc.Availability != 0
	}
	return false
}

// Category returns the highest category of the data concerned (the
// municipal DPIA template, section 1.1), or 0 when no valid data type is recorded.
func (inc Incident) Category() gdpr.DataCategory { return gdpr.HighestCategory(inc.DataTypes...) }

// Assessment returns the input of ENISA's method for the incident: its
// data contexts (or those [SuggestContexts] gives for its data types), its
// ease of identification and the circumstances of the breach. The
// contexts are a copy: editing the result (or the Score and Decision made
// from it) never edits the incident.
func (inc Incident) Assessment() Assessment {
	contexts := cloneContexts(inc.Contexts)
	if len(contexts) == 0 {
		contexts = SuggestContexts(inc.DataTypes)
	}
	return Assessment{
		Contexts:        contexts,
		Identification:  inc.Identification,
		Confidentiality: inc.Confidentiality,
		Integrity:       inc.Integrity,
		Availability:    inc.Availability,
		Malicious:       inc.Malicious,
	}
}

// Severity computes ENISA's severity of the incident (see
// [Assessment.Score]).
func (inc Incident) Severity() (Score, error) { return inc.Assessment().Score() }

// FirstNotification returns the earliest notification to Datatilsynet and
// true, or false when none is recorded. The result is a copy, its Items
// included: editing it never edits the incident.
func (inc Incident) FirstNotification() (Notification, bool) {
	best := -1
	for i, n := range inc.Notifications {
		if n.At.IsZero() {
			continue
		}
		if best < 0 || n.At.Before(inc.Notifications[best].At) {
			best = i
		}
	}
	if best < 0 {
		return Notification{}, false
	}
	n := inc.Notifications[best]
	n.Items = slices.Clone(n.Items)
	return n, true
}

// cloneContexts returns a deep copy of cs (nil for none), so that a result
// shares no memory with the incident it was made from.
func cloneContexts(cs []DataContext) []DataContext {
	if len(cs) == 0 {
		return nil
	}
	out := make([]DataContext, len(cs))
	for i, c := range cs {
		c.Types = slices.Clone(c.Types)
		c.Adjustments = slices.Clone(c.Adjustments)
		out[i] = c
	}
	return out
}

// Validate reports every problem of the record at once, as gdpr.Problems
// with field paths such as "notifications[1].at": missing awareness or
// nature, unknown codes, negative numbers, instants in an impossible
// order, a first notification that is not the initial phase, and a
// notification after the 72-hour deadline without reasons for the delay
// (art. 33(1)). Gaps that are not errors in the record, such as missing
// content, are findings of [Policy.Check].
func (inc Incident) Validate() error {
	var ps gdpr.Problems
	aware := inc.AwareAt
	if aware.IsZero() {
		ps.Add("awareAt", gdpr.CodeRequired, "the instant of awareness is required: the 72 hours run from it")
	}
	if !inc.DiscoveredAt.IsZero() && !aware.IsZero() && inc.DiscoveredAt.After(aware) {
		ps.Add("discoveredAt", gdpr.CodeOrder, "discoveredAt is after awareAt")
	}
	o := inc.OccurredAt
	if !o.From.IsZero() && !o.To.IsZero() && o.To.Before(o.From) {
		ps.Add("occurredAt.to", gdpr.CodeOrder, "the end of the range is before its start")
	}
	if first := o.Earliest(); !first.IsZero() {
		if !aware.IsZero() && first.After(aware) {
			ps.Add("occurredAt", gdpr.CodeOrder, "the breach cannot occur after the controller became aware of it")
		} else if !inc.DiscoveredAt.IsZero() && first.After(inc.DiscoveredAt) {
			ps.Add("occurredAt", gdpr.CodeOrder, "the breach cannot occur after it was discovered")
		}
	}

	if inc.Confidentiality == 0 && inc.Integrity == 0 && inc.Availability == 0 {
		ps.Add("confidentiality", gdpr.CodeRequired, "a breach needs a nature: set confidentiality, integrity or availability")
	}
	checkEnum(&ps, "confidentiality", inc.Confidentiality)
	checkEnum(&ps, "integrity", inc.Integrity)
	checkEnum(&ps, "availability", inc.Availability)
	checkEnum(&ps, "identification", inc.Identification)
	checkEnum(&ps, "risk", inc.Risk)

	checkEnum(&ps, "harm", inc.Harm)
	checkEnum(&ps, "retrieval", inc.Retrieval)
	if inc.Confidentiality == 0 && inc.Retrieval != 0 {
		ps.Add("retrieval", gdpr.CodeConflict, "a retrieval needs a loss of confidentiality: the data went somewhere")
	}
	switch {
	case inc.TrustedRecipients && inc.Confidentiality == 0:
		ps.Add("trustedRecipients", gdpr.CodeConflict, "trusted recipients need a loss of confidentiality")
	case inc.TrustedRecipients && inc.Confidentiality == ConfidentialityUnknownRecipients:
		ps.Add("trustedRecipients", gdpr.CodeConflict, "the recipients cannot be both trusted and unknown")
	}
	if at := inc.CommunicationOrderedAt; !at.IsZero() && !aware.IsZero() && at.Before(aware) {
		ps.Add("communicationOrderedAt", gdpr.CodeOrder, "Datatilsynet cannot order a communication before the controller is aware")
	}
	if e := inc.Exemption; e != nil {
		switch {
		case e.Ground == 0:
			ps.Add("exemption.ground", gdpr.CodeRequired, "an exemption needs its ground in databeskyttelsesloven § 22")
		case !e.Ground.Valid():
			ps.Add("exemption.ground", gdpr.CodeUnknown, "unknown ground "+e.Ground.String())
		}
		if blank(e.Reason) {
			ps.Add("exemption.reason", gdpr.CodeRequired, "an exemption needs a concrete reason")
		}
	}

	for i, t := range inc.DataTypes {
		p := "dataTypes[" + strconv.Itoa(i) + "]"
		switch {
		case !t.Valid():
			ps.Add(p, gdpr.CodeUnknown, "unknown data type "+enum.Quote(string(t)))
		case indexOf(inc.DataTypes[:i], t) >= 0:
			ps.Add(p, gdpr.CodeDuplicate, "data type "+enum.Quote(string(t))+" is listed twice")
		}
	}
	for i, c := range inc.SubjectCategories {
		ps.Merge("subjectCategories["+strconv.Itoa(i)+"]", c.Validate())
	}
	if inc.ApproxSubjects < 0 {
		ps.Add("approxSubjects", gdpr.CodeOutOfRange, "the number of data subjects cannot be negative")
	}
	if inc.ApproxRecords < 0 {
		ps.Add("approxRecords", gdpr.CodeOutOfRange, "the number of records cannot be negative")
	}
	for i, c := range inc.Contexts {
		ps.Merge("dataContexts["+strconv.Itoa(i)+"]", c.Validate())
	}
	for i, m := range inc.MeasuresTaken {
		if blank(m) {
			ps.Add("measuresTaken["+strconv.Itoa(i)+"]", gdpr.CodeRequired, "a measure is empty")
		}
	}
	for i, m := range inc.MeasuresProposed {
		if blank(m) {
			ps.Add("measuresProposed["+strconv.Itoa(i)+"]", gdpr.CodeRequired, "a measure is empty")
		}
	}

	for i, p := range inc.Processors {
		validateProcessor(&ps, "processors["+strconv.Itoa(i)+"]", p)
	}
	inc.validateNotifications(&ps)
	for i, n := range inc.SubjectNotices {
		p := "subjectNotices[" + strconv.Itoa(i) + "]"
		switch {
		case n.At.IsZero():
			ps.Add(p+".at", gdpr.CodeRequired, "the instant of the communication is required")
		case !aware.IsZero() && n.At.Before(aware):
			ps.Add(p+".at", gdpr.CodeOrder, "the data subjects cannot be told before the controller is aware")
		}
		switch {
		case n.Channel == 0:
			ps.Add(p+".channel", gdpr.CodeRequired, "the channel is required")
		case !n.Channel.Valid():
			ps.Add(p+".channel", gdpr.CodeUnknown, "unknown channel "+n.Channel.String())
		}
		if n.Count < 0 {
			ps.Add(p+".count", gdpr.CodeOutOfRange, "the number told cannot be negative")
		}
		validateItems(&ps, p+".items", n.Items)
	}
	inc.validateStorable(&ps)
	return ps.Err()
}

func validateProcessor(ps *gdpr.Problems, p string, n ProcessorNotice) {
	if strings.TrimSpace(n.Name) == "" {
		ps.Add(p+".name", gdpr.CodeRequired, "the processor's name is required")
	}
	if n.AwareAt.IsZero() {
		ps.Add(p+".awareAt", gdpr.CodeRequired, "when the processor became aware is required")
	} else if !n.NotifiedAt.IsZero() && n.NotifiedAt.Before(n.AwareAt) {
		ps.Add(p+".notifiedAt", gdpr.CodeOrder, "notifiedAt is before awareAt")
	}
	if n.AgreedHours < 0 || n.AgreedHours > MaxAgreedHours {
		ps.Add(p+".agreedHours", gdpr.CodeOutOfRange, "agreed hours must be between 0 and "+strconv.Itoa(MaxAgreedHours))
	}
}

func (inc Incident) validateNotifications(ps *gdpr.Problems) {
	aware := inc.AwareAt
	var prev time.Time
	for i, n := range inc.Notifications {
		p := "notifications[" + strconv.Itoa(i) + "]"
		switch {
		case n.Phase == 0:
			ps.Add(p+".phase", gdpr.CodeRequired, "the phase is required")
		case !n.Phase.Valid():
			ps.Add(p+".phase", gdpr.CodeUnknown, "unknown phase "+n.Phase.String())
		case i == 0 && n.Phase != Initial:
			ps.Add(p+".phase", gdpr.CodeOrder, "the first notification must be the initial one")
		case i > 0 && n.Phase == Initial:
			ps.Add(p+".phase", gdpr.CodeConflict, "only the first notification is the initial one; later ones are follow-ups (art. 33(4))")
		}
		switch {
		case n.At.IsZero():
			ps.Add(p+".at", gdpr.CodeRequired, "the instant of the notification is required")
		case !aware.IsZero() && n.At.Before(aware):
			ps.Add(p+".at", gdpr.CodeOrder, "a notification cannot come before the controller is aware")
		case !prev.IsZero() && n.At.Before(prev):
			ps.Add(p+".at", gdpr.CodeOrder, "notifications must be in time order")
		}
		if !n.At.IsZero() {
			prev = n.At
		}
		validateItems(ps, p+".items", n.Items)
		// GDPR art. 33(1), second sentence.
		if i == 0 && !aware.IsZero() && n.At.After(inc.NotificationDeadline()) && blank(n.DelayReasons) {
			ps.Add(p+".delayReasons", gdpr.CodeRequired, "the notification came after the 72-hour deadline and must state the reasons for the delay (GDPR art. 33(1))")
		}
	}
}

func validateItems(ps *gdpr.Problems, p string, items []Item) {
	for j, it := range items {
		q := p + "[" + strconv.Itoa(j) + "]"
		switch {
		case !it.Valid():
			ps.Add(q, gdpr.CodeUnknown, "unknown item "+it.String())
		case indexOf(items[:j], it) >= 0:
			ps.Add(q, gdpr.CodeDuplicate, "item "+it.String()+" is listed twice")
		}
	}
}

func indexOf[T comparable](s []T, v T) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

// String identifies the incident for logs without its free texts or any
// personal data: `breach.Incident{id: "2025-17", awareAt:
// 2025-03-28T14:30:00+01:00, nature: [confidentiality]}`.
func (inc Incident) String() string {
	var b strings.Builder
	b.WriteString("breach.Incident{")
	if inc.ID != "" {
		b.WriteString("id: " + enum.Quote(inc.ID) + ", ")
	}
	b.WriteString("awareAt: ")
	if inc.AwareAt.IsZero() {
		b.WriteString("unknown")
	} else {
		b.WriteString(inc.AwareAt.Format(time.RFC3339))
	}
	b.WriteString(", nature: [")
	for i, n := range inc.Natures() {
		if i > 0 {
			b.WriteString(" ")
		}
		b.WriteString(n.String())
	}
	b.WriteString("]}")
	return b.String()
}

// Format prints String for every verb, %#v and %+v included, so no format
// string prints the free texts or the contact person.
func (inc Incident) Format(f fmt.State, verb rune) { _, _ = f.Write([]byte(inc.String())) }

// LogValue logs the identifying facts and counts, never the free texts;
// the contact is redacted.
func (inc Incident) LogValue() slog.Value {
	natures := make([]string, 0, 3)
	for _, n := range inc.Natures() {
		natures = append(natures, n.String())
	}
	category := ""
	if c := inc.Category(); c.Valid() {
		category = c.String()
	}
	return slog.GroupValue(
		slog.String("id", inc.ID),
		slog.Time("awareAt", inc.AwareAt),
		slog.Any("nature", natures),
		slog.String("category", category),
		slog.Int("approxSubjects", inc.ApproxSubjects),
		slog.Int("notifications", len(inc.Notifications)),
		slog.Any("contact", inc.Contact),
	)
}

// validateStorable reports every timestamp that encoding/json could not
// write (a year outside 0-9999, an offset beyond ±23:59), however the
// incident was made: what validates can be stored.
func (inc Incident) validateStorable(ps *gdpr.Problems) {
	ps.AddUnstorable("occurredAt.from", inc.OccurredAt.From)
	ps.AddUnstorable("occurredAt.to", inc.OccurredAt.To)
	ps.AddUnstorable("discoveredAt", inc.DiscoveredAt)
	ps.AddUnstorable("awareAt", inc.AwareAt)
	ps.AddUnstorable("communicationOrderedAt", inc.CommunicationOrderedAt)
	for i, p := range inc.Processors {
		path := "processors[" + strconv.Itoa(i) + "]"
		ps.AddUnstorable(path+".awareAt", p.AwareAt)
		ps.AddUnstorable(path+".notifiedAt", p.NotifiedAt)
	}
	for i, n := range inc.Notifications {
		ps.AddUnstorable("notifications["+strconv.Itoa(i)+"].at", n.At)
	}
	for i, n := range inc.SubjectNotices {
		ps.AddUnstorable("subjectNotices["+strconv.Itoa(i)+"].at", n.At)
	}
}
