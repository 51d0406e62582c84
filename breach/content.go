package breach

import (
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Item is one part of what a notification to Datatilsynet must contain
// (GDPR art. 33(3)), plus the reasons for a delay (art. 33(1)). The zero
// value means "not set".
type Item uint8

// The parts of a notification.
const (
	ItemNature            Item = iota + 1 // art. 33(3)(a): the nature of the breach
	ItemSubjectCategories                 // art. 33(3)(a): categories of data subjects
	ItemSubjectCount                      // art. 33(3)(a): approximate number of data subjects
	ItemRecordCategories                  // art. 33(3)(a): categories of personal data records
	ItemRecordCount                       // art. 33(3)(a): approximate number of records
	ItemContact                           // art. 33(3)(b): the DPO or other contact point
	ItemConsequences                      // art. 33(3)(c): likely consequences
	ItemMeasures                          // art. 33(3)(d): measures taken or proposed
	ItemDelayReasons                      // art. 33(1): reasons for a delay beyond 72 hours
)

var itemDef = enum.Def[Item]{
	Type: "Item",
	Kind: "breach: notification item",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		ItemNature:            {Code: "nature", Da: "Bruddets karakter", En: "Nature of the breach"},
		ItemSubjectCategories: {Code: "subject_categories", Da: "Kategorier af berørte registrerede", En: "Categories of data subjects concerned"},
		ItemSubjectCount:      {Code: "subject_count", Da: "Omtrentligt antal berørte registrerede", En: "Approximate number of data subjects concerned"},
		ItemRecordCategories:  {Code: "record_categories", Da: "Kategorier af berørte registreringer af personoplysninger", En: "Categories of personal data records concerned"},
		ItemRecordCount:       {Code: "record_count", Da: "Omtrentligt antal berørte registreringer af personoplysninger", En: "Approximate number of personal data records concerned"},
		ItemContact:           {Code: "contact", Da: "Navn og kontaktoplysninger på databeskyttelsesrådgiveren eller et andet kontaktpunkt", En: "Name and contact details of the DPO or other contact point"},
		ItemConsequences:      {Code: "consequences", Da: "Sandsynlige konsekvenser af bruddet", En: "Likely consequences of the breach"},
		ItemMeasures:          {Code: "measures", Da: "Foranstaltninger, der er truffet eller foreslået", En: "Measures taken or proposed"},
		ItemDelayReasons:      {Code: "delay_reasons", Da: "Begrundelse for forsinkelsen", En: "Reasons for the delay"},
	},
}

var itemReferences = [...]string{"",
	"GDPR art. 33(3)(a)", "GDPR art. 33(3)(a)", "GDPR art. 33(3)(a)", "GDPR art. 33(3)(a)", "GDPR art. 33(3)(a)",
	"GDPR art. 33(3)(b)", "GDPR art. 33(3)(c)", "GDPR art. 33(3)(d)", "GDPR art. 33(1)",
}

// itemTodos say what to record when an item is missing.
var itemTodos = [...]gdpr.Text{
	{},
	{Da: "Angiv, om bruddet har ramt fortroligheden, integriteten eller tilgængeligheden", En: "State whether the breach hit confidentiality, integrity or availability"},
	{Da: "Angiv, hvilke kategorier af registrerede der er berørt (fx borgere, børn, medarbejdere)", En: "State which categories of data subjects are concerned (e.g. citizens, children, employees)"},
	{Da: "Angiv det omtrentlige antal berørte registrerede", En: "State the approximate number of data subjects concerned"},
	{Da: "Angiv, hvilke typer personoplysninger der er berørt", En: "State which types of personal data are concerned"},
	{Da: "Angiv det omtrentlige antal berørte registreringer", En: "State the approximate number of records concerned"},
	{Da: "Angiv databeskyttelsesrådgiveren eller et andet kontaktpunkt med e-mail eller telefon", En: "Name the DPO or another contact point with an e-mail address or phone number"},
	{Da: "Beskriv de sandsynlige konsekvenser for de registrerede", En: "Describe the likely consequences for the data subjects"},
	{Da: "Beskriv de foranstaltninger, der er truffet eller foreslået for at håndtere bruddet og begrænse dets virkninger", En: "Describe the measures taken or proposed to address the breach and mitigate its effects"},
	{Da: "Begrund, hvorfor anmeldelsen ikke kunne ske inden for 72 timer", En: "State why the notification could not be made within 72 hours"},
}

// numItems is the number of items plus one (index 0 is "not set").
const numItems = int(ItemDelayReasons) + 1

// Items returns every item in order.
func Items() []Item {
	return itemDef.Values()
}

// Reference returns the article that asks for the item ("GDPR art.
// 33(3)(a)"), or "" when it is not valid.
func (it Item) Reference() string {
	if !it.Valid() {
		return ""
	}
	return itemReferences[it]
}

// Entry is one line of the [Checklist]: an item, whether the incident
// records it, whether a notification has sent it, and what to do next.
type Entry struct {
	// Item is the part of the notification.
	Item Item `json:"item"`
	// Reference is the article that asks for it ("GDPR art. 33(3)(c)").
	Reference string `json:"reference"`
	// Recorded reports whether the incident holds the information.
	Recorded bool `json:"recorded"`
	// Sent reports whether a notification to Datatilsynet has given it.
	Sent bool `json:"sent"`
	// Action says what to do, in Danish and English; empty when nothing is
	// to be done now.
	Action gdpr.Text `json:"action,omitzero"`
}

// Checklist is what a notification to Datatilsynet must contain (art.
// 33(3)) against what the incident records and what has been sent, in
// item order. Information may be given in phases (art. 33(4)): after the
// initial notification, what was not in it goes in a follow-up.
type Checklist []Entry

// Checklist returns the checklist of the incident at now. It lists the
// eight parts of art. 33(3), and the reasons for the delay when the first
// notification came after the deadline or none has come and the deadline
// has passed (art. 33(1)).
func (inc Incident) Checklist(now time.Time) Checklist {
	inc = inc.asOf(now)
	notified := false
	var sent [numItems]bool
	for _, n := range inc.Notifications {
		if n.At.IsZero() {
			continue
		}
		notified = true
		for _, it := range n.Items {
			if it.Valid() {
				sent[it] = true
			}
		}
	}
	recorded := [numItems]bool{
		ItemNature:            inc.Confidentiality != 0 || inc.Integrity != 0 || inc.Availability != 0,
		ItemSubjectCategories: len(inc.SubjectCategories) > 0,
		ItemSubjectCount:      inc.ApproxSubjects > 0,
		ItemRecordCategories:  len(inc.DataTypes) > 0,
		ItemRecordCount:       inc.ApproxRecords > 0,
		ItemContact:           inc.Contact.Reachable(),
		ItemConsequences:      !blank(inc.Consequences),
		ItemMeasures:          hasText(inc.MeasuresTaken) || hasText(inc.MeasuresProposed),
	}
	last := ItemMeasures
	if st := inc.State(now); st.Status == NotifiedLate || st.Status == Overdue {
		last = ItemDelayReasons
		if first, ok := inc.FirstNotification(); ok && !blank(first.DelayReasons) {
			recorded[ItemDelayReasons], sent[ItemDelayReasons] = true, true
		}
	}
	out := make(Checklist, 0, last)
	for it := ItemNature; it <= last; it++ {
		e := Entry{Item: it, Reference: itemReferences[it], Recorded: recorded[it], Sent: sent[it]}
		switch {
		case !e.Recorded:
			e.Action = itemTodos[it]
		case notified && !e.Sent:
			e.Action = gdpr.Text{
				Da: "Send i en opfølgende anmeldelse til Datatilsynet (art. 33, stk. 4): " + lower(itemDef.Entries[it].Da),
				En: "Send in a follow-up notification to Datatilsynet (art. 33(4)): " + lower(itemDef.Entries[it].En),
			}
		}
		out = append(out, e)
	}
	return out
}

// Todo returns the entries that call for action: information the incident
// does not record yet, and, once a notification is made, information
// recorded but not yet sent.
func (c Checklist) Todo() []Entry {
	var out []Entry
	for _, e := range c {
		if e.Action != (gdpr.Text{}) {
			out = append(out, e)
		}
	}
	return out
}

// Missing returns the items the incident does not record yet.
func (c Checklist) Missing() []Item {
	var out []Item
	for _, e := range c {
		if !e.Recorded {
			out = append(out, e.Item)
		}
	}
	return out
}

// Complete reports whether every item has been sent to Datatilsynet.
func (c Checklist) Complete() bool {
	for _, e := range c {
		if !e.Sent {
			return false
		}
	}
	return len(c) > 0
}

// Lines gives the to-do list as lines a case worker can act on, in Danish
// or English, each citing its article in that language: "Beskriv de
// sandsynlige konsekvenser for de registrerede (databeskyttelsesforordningen
// art. 33, stk. 3, litra c)".
func (c Checklist) Lines(tag language.Tag) []string {
	var out []string
	for _, e := range c.Todo() {
		out = append(out, e.Action.In(tag)+" ("+gdpr.Cite(e.Reference).In(tag)+")")
	}
	return out
}

func hasText(ss []gdpr.Personal) bool {
	for _, s := range ss {
		if !blank(s) {
			return true
		}
	}
	return false
}

// blank reports whether a free text is empty or only white space.
func blank(p gdpr.Personal) bool { return p.Blank() }
