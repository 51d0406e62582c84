package rights_test

import (
	"fmt"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/rights"
	"golang.org/x/text/language"
)

// An access request received by e-mail on Friday 31 January 2025: the
// month ends on 28 February (31 February does not exist), at midnight in
// Copenhagen. On 3 March, unanswered, it is overdue.
func ExampleRequest_Deadline() {
	cph := time.FixedZone("CET", 3600) // Copenhagen in winter
	r := rights.Request{
		Kind:       rights.Access,
		ReceivedAt: time.Date(2025, time.January, 31, 16, 45, 0, 0, cph),
		Channel:    gdpr.Email,
		Basis:      gdpr.Art6PublicTask,
	}
	d := r.Deadline()
	fmt.Println("deadline:", d.Day, "expires", d.Expires.Format(time.RFC3339))

	s := r.State(time.Date(2025, time.February, 24, 9, 0, 0, 0, cph))
	fmt.Println(s.Status, "-", s.WorkingDaysLeft, "working days left")
	s = r.State(time.Date(2025, time.March, 3, 9, 0, 0, 0, cph))
	fmt.Println(s.Status.Label(language.Danish))

	// Extended within the first month: three months from receipt, or the
	// stricter chained reading.
	r.Extension = &rights.Extension{NotifiedAt: time.Date(2025, time.February, 20, 10, 0, 0, 0, cph), Reason: gdpr.NewPersonal("many documents")}
	fmt.Println("extended:", r.Deadline(), "chained:", rights.Policy{ChainedExtension: true}.Deadline(r))
	// Output:
	// deadline: 2025-02-28 expires 2025-03-01T00:00:00+01:00
	// open - 4 working days left
	// Fristen er overskredet
	// extended: 2025-04-30 chained: 2025-04-28
}

// A citizen asks the municipality to erase a case about her. The case rests
// on a public task, so the right to erasure is limited by the duty to
// record and archive; the municipality refuses, in time, on those grounds,
// and the refusal names the right to complain to Datatilsynet.
func ExampleRequest_RefusalNotice() {
	cet, cest := time.FixedZone("CET", 3600), time.FixedZone("CEST", 2*3600) // Copenhagen, winter and summer
	r := rights.Request{
		Kind:       rights.Erasure,
		ReceivedAt: time.Date(2025, time.March, 20, 11, 0, 0, 0, cet),
		Basis:      gdpr.Art6PublicTask,
	}
	a, err := rights.Applicable(r.Kind, r.Basis, rights.Facts{})
	if err != nil {
		panic(err)
	}
	fmt.Println(a.Verdict, a.Grounds)
	fmt.Println(a.Reasons[0].Reference.En)

	r.Answer = &rights.Answer{
		At:              time.Date(2025, time.April, 10, 14, 0, 0, 0, cest),
		Outcome:         rights.Refused,
		Grounds:         []rights.Ground{rights.Archiving},
		ComplaintNotice: true,
	}
	if err := r.Validate(); err != nil {
		panic(err)
	}
	fmt.Println(r.State(time.Date(2025, time.May, 1, 9, 0, 0, 0, cest)).Status, "by", r.Deadline())
	fmt.Println(r.RefusalNotice(language.English))
	// Output:
	// limited [legal_obligation archiving]
	// GDPR art. 17(3)(b) and (d); offentlighedsloven; arkivloven
	// refused_in_time by 2025-04-22
	// Your request for erasure (GDPR art. 17) is refused.
	// Grounds:
	// - Duty to archive (GDPR art. 17(3)(d))
	// You may complain about the decision to Datatilsynet, the Danish Data Protection Agency (www.datatilsynet.dk), and you may bring the matter before the courts (GDPR art. 12(4), 77 and 79).
}

// Portability never applies to processing for a public task.
func ExampleApplicable() {
	a, _ := rights.Applicable(rights.Portability, gdpr.Art6PublicTask, rights.Facts{AutomatedMeans: true})
	fmt.Println(a.Explain(language.Danish))
	// Output:
	// Dataportabilitet: Gælder ikke. Dataportabilitet gælder ikke behandling, der er nødvendig for at udføre en opgave i samfundets interesse eller som henhører under offentlig myndighedsudøvelse. (databeskyttelsesforordningen art. 20, stk. 3)
}

// A parent's request for a child's data: the identity stays out of logs,
// and the request is flagged until the parent's authority is checked.
func ExampleRequester() {
	r := rights.Request{
		ID:         "2025-0042",
		Kind:       rights.Access,
		ReceivedAt: time.Date(2025, time.March, 3, 9, 0, 0, 0, time.UTC),
		Requester:  rights.NewRequester(rights.Parent, "Jens Hansen", "jens@example.dk").WithSubject("Ida Hansen"),
	}
	fmt.Printf("%v\n", r.Requester)
	for _, f := range r.Check(time.Date(2025, time.March, 4, 9, 0, 0, 0, time.UTC)) {
		fmt.Println(f.Rule, "-", f.Reference.En)
	}
	// Output:
	// rights.Requester(parent, identity redacted)
	// rights.on_behalf_unchecked - GDPR art. 12(2) and (6)
}

// The register on Monday 2 March 2026: which requests are overdue, which
// are due within two working days, and how many there are of each kind.
func ExampleReview() {
	cph := time.FixedZone("CET", 3600) // Copenhagen in winter
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 10, 0, 0, 0, cph) }
	requests := []rights.Request{
		{ID: "A", Kind: rights.Access, ReceivedAt: day(time.January, 26)},
		{ID: "B", Kind: rights.Access, ReceivedAt: day(time.February, 3)},
		{ID: "C", Kind: rights.Erasure, ReceivedAt: day(time.February, 20)},
		{ID: "D", Kind: rights.Access, ReceivedAt: day(time.January, 5), Answer: &rights.Answer{At: day(time.January, 30), Outcome: rights.Granted}},
	}
	o := rights.Policy{}.Review(requests, day(time.March, 2), 2)
	for _, it := range o.Overdue {
		fmt.Println("overdue:", it.Request.ID, it.State.Deadline, it.State.WorkingDaysLeft)
	}
	for _, it := range o.DueSoon {
		fmt.Println("due soon:", it.Request.ID, it.State.Deadline, it.State.WorkingDaysLeft)
	}
	for _, c := range o.Counts() {
		fmt.Println(c.Kind, c.Status, c.N)
	}
	// Output:
	// overdue: A 2026-02-26 -2
	// due soon: B 2026-03-03 1
	// access open 1
	// access overdue 1
	// access answered_in_time 1
	// erasure open 1
}

// Data about a citizen obtained from a hospital: the citizen must be told
// within a month, or at the first letter if that comes first; with the
// template's local limit, within 10 days.
func ExampleCollection_InformDue() {
	cph := time.FixedZone("CET", 3600) // Copenhagen in winter
	c := rights.Collection{
		ObtainedAt:           time.Date(2025, time.January, 31, 10, 0, 0, 0, cph),
		FirstCommunicationAt: time.Date(2025, time.February, 14, 12, 0, 0, 0, cph),
	}
	due := rights.Policy{}.InformDue(c)
	fmt.Println(due.Trigger, due.Due.Day, "-", due.Trigger.Reference(language.English))
	due = rights.Policy{LocalInformLimit: true}.InformDue(c)
	fmt.Println(due.Trigger, due.Due.Day, "- legal:", due.Legal.Day)
	// Output:
	// first_communication 2025-02-14 - GDPR art. 14(3)(b)
	// local_policy 2025-02-10 - legal: 2025-02-14
}
