package main

import (
	"strings"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/rights"
)

// rights shows a data-subject request's deadline and status, whether a
// right applies to a legal basis, and a refusal with its grounds.
func (t *tour) rights() error {
	t.section("5. Registreredes rettigheder: frister og status", "5. Data-subject rights: deadlines and status")
	utc := func(m time.Month, d, h int) time.Time { return time.Date(2026, m, d, h, 0, 0, 0, time.UTC) }

	// An access request from a parent on a child's behalf, received on a
	// Friday: the month ends on Saturday 28 February, so on Monday 2 March.
	access := rights.Request{
		ID:         "2026-0117",
		Kind:       rights.Access,
		ReceivedAt: utc(time.January, 30, 13),
		Channel:    gdpr.DigitalPost,
		Requester:  rights.NewRequester(rights.Parent, "Jens Hansen", "jens@example.dk").WithSubject("Ida Hansen"),
		Basis:      gdpr.Art6PublicTask,
	}
	if err := access.Validate(); err != nil {
		return err
	}
	s := access.State(t.now)
	t.keep("rights.request.schema.json", access)
	t.keep("rights.state.schema.json", s)
	t.keep("gdpr.findings.schema.json", access.Check(t.now))
	t.printf("  %s %s %s (%s): %s %s, %s, %d %s\n", access.Kind.Label(t.lang), t.tr("modtaget", "received"),
		access.ReceivedAt.Format(time.DateOnly), access.Channel.Label(t.lang), t.tr("frist", "deadline"), s.Deadline,
		s.Status.Label(t.lang), s.WorkingDaysLeft, t.tr("arbejdsdage tilbage", "working days left"))
	for _, f := range access.Check(t.now) {
		t.printf("    %s: %s\n", f.Rule, f.Text.In(t.lang))
	}

	// Received today: Easter 2026 moves the deadline from Maundy Thursday
	// 2 April to Tuesday 7 April; an extension would make it 2 June.
	today := rights.Request{Kind: rights.Access, ReceivedAt: t.now}
	t.printf("  %s %s %s: %s %s (%s)\n", today.Kind.Label(t.lang), t.tr("modtaget", "received"), t.now.Format(time.DateOnly),
		t.tr("frist", "deadline"), today.Deadline(), t.tr("påsken flytter fristen", "Easter moves the deadline"))

	// Erasure of a case resting on a public task: limited by the duty to
	// archive, refused in time with the grounds and the right to complain.
	erasure := rights.Request{
		Kind:       rights.Erasure,
		ReceivedAt: utc(time.January, 20, 9),
		Basis:      gdpr.Art6PublicTask,
		Answer: &rights.Answer{At: utc(time.February, 10, 14), Outcome: rights.Refused,
			Grounds: []rights.Ground{rights.Archiving}, ComplaintNotice: true},
	}
	a, err := rights.Applicable(erasure.Kind, erasure.Basis, rights.Facts{})
	if err != nil {
		return err
	}
	t.keep("rights.request.schema.json", erasure)
	t.keep("rights.request.schema.json", today)
	t.keep("rights.applicability.schema.json", a)
	t.keep("rights.state.schema.json", erasure.State(t.now))
	t.printf("  %s (%s), %s: %s; %s\n", erasure.Kind.Label(t.lang), erasure.Kind.Reference(t.lang), erasure.Basis.Label(t.lang),
		a.Verdict.Label(t.lang), erasure.State(t.now).Status.Label(t.lang))
	t.printf("    %s\n", strings.ReplaceAll(erasure.RefusalNotice(t.lang), "\n", "\n    "))

	p, err := rights.Applicable(rights.Portability, gdpr.Art6PublicTask, rights.Facts{AutomatedMeans: true})
	if err != nil {
		return err
	}
	t.keep("rights.applicability.schema.json", p)
	t.printf("  %s, %s: %s (%s)\n", p.Kind.Label(t.lang), p.Basis.Reference(t.lang), p.Verdict.Label(t.lang), p.Reasons[0].Reference.In(t.lang))
	return nil
}
