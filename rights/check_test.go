package rights_test

import (
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enumtest"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

type checkCase struct {
	name string
	req  func() rights.Request
	now  time.Time
	want []string
}

var checkCases = []checkCase{
	{"a complete request answered in time, authority checked", validRequest, at(2025, 5, 1, 9, 0), []string{"rights.paused"}},
	{"overdue (art. 12(3))", func() rights.Request {
		return rights.Request{Kind: rights.Access, ReceivedAt: at(2025, 1, 31, 10, 0)}
	}, at(2025, 3, 3, 9, 0), []string{"rights.overdue"}},
	{"not yet due", func() rights.Request {
		return rights.Request{Kind: rights.Access, ReceivedAt: at(2025, 1, 31, 10, 0)}
	}, at(2025, 2, 28, 23, 59), nil},
	{"answered late (art. 12(3))", func() rights.Request {
		return rights.Request{Kind: rights.Access, ReceivedAt: at(2025, 1, 31, 10, 0), Answer: &rights.Answer{At: at(2025, 3, 3, 9, 0), Outcome: rights.Granted}}
	}, at(2025, 3, 10, 9, 0), []string{"rights.answered_late"}},
	{"refused late and without the notice of the right to complain (art. 12(4))", func() rights.Request {
		return rights.Request{Kind: rights.Access, ReceivedAt: at(2025, 1, 31, 10, 0),
			Answer: &rights.Answer{At: at(2025, 3, 3, 9, 0), Outcome: rights.Refused, Grounds: []rights.Ground{rights.Excessive}}}
	}, at(2025, 3, 10, 9, 0), []string{"rights.answered_late", "rights.complaint_notice_missing"}},
	// GDPR art. 12(4): the reasons for not taking action are due within one
	// month of receipt; a valid extension does not move that.
	{"refused in full after the first month of an extended request (art. 12(4))", func() rights.Request {
		return rights.Request{Kind: rights.Access, ReceivedAt: at(2025, 1, 31, 10, 0),
			Extension: &rights.Extension{NotifiedAt: at(2025, 2, 20, 9, 0), Reason: gdpr.NewPersonal("complex")},
			Answer:    &rights.Answer{At: at(2025, 3, 3, 9, 0), Outcome: rights.Refused, Grounds: []rights.Ground{rights.Excessive}, ComplaintNotice: true}}
	}, at(2025, 3, 10, 9, 0), []string{"rights.answered_late"}},
	{"extension notified too late: overdue and the notice itself", func() rights.Request {
		return rights.Request{Kind: rights.Access, ReceivedAt: at(2025, 1, 31, 10, 0),
			Extension: &rights.Extension{NotifiedAt: at(2025, 3, 3, 9, 0), Reason: gdpr.NewPersonal("complex")}}
	}, at(2025, 3, 10, 9, 0), []string{"rights.overdue", "rights.extension_notice_late"}},
	{"a parent asks for a child's data, authority not checked (Datatilsynet's guidance)", func() rights.Request {
		return rights.Request{Kind: rights.Access, ReceivedAt: at(2025, 1, 31, 10, 0), Requester: rights.NewRequester(rights.Parent, "Jens", "")}
	}, at(2025, 2, 3, 9, 0), []string{"rights.on_behalf_unchecked"}},
	{"a lawyer whose power of attorney is checked only after now", func() rights.Request {
		return rights.Request{Kind: rights.Access, ReceivedAt: at(2025, 1, 31, 10, 0), Requester: rights.NewRequester(rights.Representative, "Advokat", ""),
			AuthorityCheckedAt: at(2025, 2, 10, 9, 0)}
	}, at(2025, 2, 3, 9, 0), []string{"rights.on_behalf_unchecked"}},
	{"erasure without a legal basis", func() rights.Request {
		return rights.Request{Kind: rights.Erasure, ReceivedAt: at(2025, 1, 31, 10, 0)}
	}, at(2025, 2, 3, 9, 0), []string{"rights.basis_missing"}},
	{"access does not depend on the basis", func() rights.Request {
		return rights.Request{Kind: rights.Access, ReceivedAt: at(2025, 1, 31, 10, 0)}
	}, at(2025, 2, 3, 9, 0), nil},
	{"withdrawn: no deadline findings", func() rights.Request {
		return rights.Request{Kind: rights.Objection, Basis: gdpr.Art6PublicTask, ReceivedAt: at(2025, 1, 31, 10, 0), WithdrawnAt: at(2025, 2, 2, 10, 0)}
	}, at(2025, 6, 3, 9, 0), nil},
}

func TestCheck(t *testing.T) {
	for _, tc := range checkCases {
		t.Run(tc.name, func(t *testing.T) {
			fs := tc.req().Check(tc.now)
			assert.Equal(t, tc.want, nilIfEmpty(ruleIDs(fs)))
			for _, f := range fs {
				assert.True(t, f.Severity.Valid())
				assert.NotEmpty(t, f.Reference)
				assert.NotEmpty(t, f.Text.Da)
				assert.NotEmpty(t, f.Text.En)
			}
		})
	}
}

func nilIfEmpty(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

type informCase struct {
	name   string
	c      rights.Collection
	policy rights.Policy
	now    time.Time
	want   []string
}

var informCases = []informCase{
	{"informed within a week", rights.Collection{ObtainedAt: at(2025, 1, 31, 10, 0), InformedAt: at(2025, 2, 6, 10, 0)},
		rights.Policy{LocalInformLimit: true}, at(2025, 3, 10, 0, 0), nil},
	{"informed after a month (art. 14(3)(a))", rights.Collection{ObtainedAt: at(2025, 1, 31, 10, 0), InformedAt: at(2025, 3, 3, 10, 0)},
		rights.Policy{}, at(2025, 3, 10, 0, 0), []string{"rights.inform_late"}},
	{"not informed, and the month has passed", rights.Collection{ObtainedAt: at(2025, 1, 31, 10, 0)},
		rights.Policy{}, at(2025, 3, 10, 0, 0), []string{"rights.inform_late"}},
	{"not informed, month not passed", rights.Collection{ObtainedAt: at(2025, 1, 31, 10, 0)},
		rights.Policy{}, at(2025, 2, 20, 0, 0), nil},
	{"informed after the first letter (art. 14(3)(b))", rights.Collection{ObtainedAt: at(2025, 1, 31, 10, 0), FirstCommunicationAt: at(2025, 2, 3, 10, 0), InformedAt: at(2025, 2, 4, 10, 0)},
		rights.Policy{}, at(2025, 2, 10, 0, 0), []string{"rights.inform_late"}},
	{"informed in the first letter", rights.Collection{ObtainedAt: at(2025, 1, 31, 10, 0), FirstCommunicationAt: at(2025, 2, 3, 10, 0), InformedAt: at(2025, 2, 3, 10, 0)},
		rights.Policy{}, at(2025, 2, 10, 0, 0), nil},
	{"informed on day 12: late by the template's 10 days only (the municipal DPIA template, section 2.3)", rights.Collection{ObtainedAt: at(2025, 1, 31, 10, 0), InformedAt: at(2025, 2, 12, 10, 0)},
		rights.Policy{LocalInformLimit: true}, at(2025, 3, 1, 0, 0), []string{"rights.inform_local_late"}},
	{"no collection: invalid, nothing else", rights.Collection{}, rights.Policy{}, at(2025, 3, 1, 0, 0), []string{"rights.invalid"}},
	{"obtained under special legislation: no duty, never late (art. 14(5)(c))",
		rights.Collection{ObtainedAt: at(2025, 1, 31, 10, 0), Exception: rights.LaidDownByLaw, ExceptionReason: gdpr.NewPersonal("Oplysningerne indhentes efter retssikkerhedslovens § 11 c")},
		rights.Policy{LocalInformLimit: true}, at(2025, 6, 1, 0, 0), nil},
	{"the data subject already knows: no duty (art. 14(5)(a))",
		rights.Collection{ObtainedAt: at(2025, 1, 31, 10, 0), Exception: rights.AlreadyInformed, ExceptionReason: gdpr.NewPersonal("Borgeren har selv bedt lægen sende erklæringen")},
		rights.Policy{}, at(2025, 6, 1, 0, 0), nil},
	{"an exemption under databeskyttelsesloven § 22(2): no duty",
		rights.Collection{ObtainedAt: at(2025, 1, 31, 10, 0), Exception: rights.OverridingPublicInterests, ExceptionReason: gdpr.NewPersonal("Underretning vil forhindre efterforskningen")},
		rights.Policy{}, at(2025, 6, 1, 0, 0), nil},
	{"an exception without its documentation is invalid, and the duty stays",
		rights.Collection{ObtainedAt: at(2025, 1, 31, 10, 0), Exception: rights.ProfessionalSecrecy},
		rights.Policy{}, at(2025, 6, 1, 0, 0), []string{"rights.invalid"}},
}

func TestInformException(t *testing.T) {
	assert.Equal(t, len(enumtest.Check(t, rights.ParseInformException)), 6)
	c := rights.Collection{ObtainedAt: at(2025, 1, 31, 10, 0), Exception: rights.LaidDownByLaw, ExceptionReason: gdpr.NewPersonal("sundhedsloven § 43")}
	d := c.InformDue()
	assert.Equal(t, rights.LaidDownByLaw, d.Exception)
	assert.True(t, d.Legal.IsZero() && d.Due.IsZero(), "no duty, no deadline")
	assert.Equal(t, "GDPR art. 14(5)(c)", rights.LaidDownByLaw.Reference(language.English))
	assert.Equal(t, "databeskyttelsesforordningen art. 14, stk. 5, litra c", rights.LaidDownByLaw.Reference(language.Danish))
	assert.Equal(t, "databeskyttelsesloven § 22, stk. 2", rights.OverridingPublicInterests.Reference(language.Danish))
	c.ExceptionReason = gdpr.NewPersonal("")
	assert.Equal(t, []string{"exceptionReason"}, problemPaths(t, c.Validate()))
}

func TestCollectionCheck(t *testing.T) {
	for _, tc := range informCases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, nilIfEmpty(ruleIDs(tc.policy.CheckCollection(tc.c, tc.now))))
		})
	}
}

// Every rule in Rules() is triggered by some test input, and every id
// emitted is in Rules().
func TestRulesCovered(t *testing.T) {
	rules := rights.Rules()
	known := map[string]gdpr.Rule{}
	for _, r := range rules {
		require.NotContains(t, known, r.ID, "rule %s listed twice", r.ID)
		known[r.ID] = r
		assert.Regexp(t, `^rights\.[a-z]+(_[a-z]+)*$`, r.ID)
		assert.True(t, r.Severity.Valid())
		assert.NotEmpty(t, r.Reference)
		assert.NotEmpty(t, r.Text.Da)
		assert.NotEmpty(t, r.Text.En)
	}
	fired := map[string]bool{}
	emit := func(fs []gdpr.Finding) {
		for _, f := range fs {
			r, ok := known[f.Rule]
			require.True(t, ok, "emitted rule %s is not in Rules()", f.Rule)
			assert.Equal(t, r.Finding(f.Path), f)
			fired[f.Rule] = true
		}
	}
	for _, tc := range checkCases {
		emit(tc.req().Check(tc.now))
	}
	for _, tc := range informCases {
		emit(tc.policy.CheckCollection(tc.c, tc.now))
	}
	for id := range known {
		assert.True(t, fired[id], "rule %s is never triggered", id)
	}
	rules[0].ID = "changed"
	assert.NotEqual(t, "changed", rights.Rules()[0].ID, "Rules returns a fresh copy")
}

// The duty to inform (art. 14(3); GDPR art. 12(3)): the earliest of one month,
// the first communication and the first disclosure; the local limit only
// ever earlier.
func TestInformDue(t *testing.T) {
	obtained := at(2025, 1, 31, 10, 0)
	tests := []struct {
		name         string
		c            rights.Collection
		policy       rights.Policy
		legal        rights.Trigger
		legalDay     gdpr.Date
		trigger      rights.Trigger
		due          gdpr.Date
		dueExpiresAt time.Time
	}{
		{"one month, by Regulation 1182/71 (art. 14(3)(a))", rights.Collection{ObtainedAt: obtained}, rights.Policy{},
			rights.OneMonth, day(2025, 2, 28), rights.OneMonth, day(2025, 2, 28), endOf(day(2025, 2, 28))},
		{"the first letter comes first (art. 14(3)(b))", rights.Collection{ObtainedAt: obtained, FirstCommunicationAt: at(2025, 2, 3, 13, 0)}, rights.Policy{},
			rights.FirstCommunication, day(2025, 2, 3), rights.FirstCommunication, day(2025, 2, 3), at(2025, 2, 3, 13, 0)},
		{"a disclosure before the letter (art. 14(3)(c))", rights.Collection{ObtainedAt: obtained, FirstCommunicationAt: at(2025, 2, 10, 13, 0), FirstDisclosureAt: at(2025, 2, 4, 9, 0)}, rights.Policy{},
			rights.FirstDisclosure, day(2025, 2, 4), rights.FirstDisclosure, day(2025, 2, 4), at(2025, 2, 4, 9, 0)},
		{"a letter after the month does not postpone it", rights.Collection{ObtainedAt: obtained, FirstCommunicationAt: at(2025, 3, 10, 9, 0)}, rights.Policy{},
			rights.OneMonth, day(2025, 2, 28), rights.OneMonth, day(2025, 2, 28), endOf(day(2025, 2, 28))},
		{"the template's 10 days: 10 February (the municipal DPIA template, section 2.3)", rights.Collection{ObtainedAt: obtained}, rights.Policy{LocalInformLimit: true},
			rights.OneMonth, day(2025, 2, 28), rights.LocalPolicy, day(2025, 2, 10), endOf(day(2025, 2, 10))},
		{"10 days ending on a Sunday move to Monday", rights.Collection{ObtainedAt: at(2025, 2, 6, 10, 0)}, rights.Policy{LocalInformLimit: true},
			rights.OneMonth, day(2025, 3, 6), rights.LocalPolicy, day(2025, 2, 17), endOf(day(2025, 2, 17))},
		{"a local 5 days", rights.Collection{ObtainedAt: obtained}, rights.Policy{LocalInformLimit: true, LocalInformDays: 5},
			rights.OneMonth, day(2025, 2, 28), rights.LocalPolicy, day(2025, 2, 5), endOf(day(2025, 2, 5))},
		{"LocalDays without LocalLimit is off", rights.Collection{ObtainedAt: obtained}, rights.Policy{LocalInformDays: 5},
			rights.OneMonth, day(2025, 2, 28), rights.OneMonth, day(2025, 2, 28), endOf(day(2025, 2, 28))},
		{"a local limit never later than the law: 31 days against February", rights.Collection{ObtainedAt: obtained}, rights.Policy{LocalInformLimit: true, LocalInformDays: 31},
			rights.OneMonth, day(2025, 2, 28), rights.OneMonth, day(2025, 2, 28), endOf(day(2025, 2, 28))},
		{"a letter before the local limit binds", rights.Collection{ObtainedAt: obtained, FirstCommunicationAt: at(2025, 2, 3, 13, 0)}, rights.Policy{LocalInformLimit: true},
			rights.FirstCommunication, day(2025, 2, 3), rights.FirstCommunication, day(2025, 2, 3), at(2025, 2, 3, 13, 0)},
		{"a local limit ending at the instant of the letter binds", rights.Collection{ObtainedAt: obtained, FirstCommunicationAt: at(2025, 2, 11, 0, 0)}, rights.Policy{LocalInformLimit: true},
			rights.FirstCommunication, day(2025, 2, 11), rights.LocalPolicy, day(2025, 2, 10), endOf(day(2025, 2, 10))},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := tc.policy.InformDue(tc.c)
			assert.Equal(t, tc.legal, d.LegalTrigger)
			assert.Equal(t, tc.legalDay, d.Legal.Day)
			assert.Equal(t, tc.trigger, d.Trigger)
			assert.Equal(t, tc.due, d.Due.Day)
			assert.True(t, d.Due.Expires.Equal(tc.dueExpiresAt), "expires %v, want %v", d.Due.Expires, tc.dueExpiresAt)
			assert.False(t, d.Due.Day.After(d.Legal.Day), "never later than the law")
			assert.NotEmpty(t, d.Trigger.Reference(language.English))
		})
	}
	assert.Equal(t, rights.InformDue{}, rights.Policy{}.InformDue(rights.Collection{}))
}

func TestInformPolicyAndCollectionValidate(t *testing.T) {
	require.NoError(t, rights.Policy{}.Validate())
	require.NoError(t, rights.Policy{LocalInformLimit: true, LocalInformDays: 10}.Validate())
	err := rights.Policy{LocalInformDays: 40, ClosedDays: []rights.ClosedDay{9}}.Validate()
	require.ErrorIs(t, err, rights.ErrInvalidPolicy)
	require.ErrorIs(t, err, gdpr.ErrInvalid)
	assert.Equal(t, []string{"closedDays[0]", "localInformDays"}, problemPaths(t, err))

	require.NoError(t, rights.Collection{ObtainedAt: at(2025, 1, 31, 10, 0)}.Validate())
	err = rights.Collection{}.Validate()
	assert.Equal(t, []string{"obtainedAt"}, problemPaths(t, err))
	err = rights.Collection{ObtainedAt: at(2025, 1, 31, 10, 0), FirstCommunicationAt: at(2025, 1, 30, 10, 0), FirstDisclosureAt: at(2025, 1, 1, 10, 0)}.Validate()
	assert.Equal(t, []string{"firstCommunicationAt", "firstDisclosureAt"}, problemPaths(t, err))
}

func TestInformDueInTime(t *testing.T) {
	letter := at(2025, 2, 3, 13, 0)
	d := rights.Policy{}.InformDue(rights.Collection{ObtainedAt: at(2025, 1, 31, 10, 0), FirstCommunicationAt: letter})
	assert.True(t, d.InTime(letter), "informing in the first letter is in time")
	assert.False(t, d.InTime(letter.Add(time.Second)))
	m := rights.Policy{}.InformDue(rights.Collection{ObtainedAt: at(2025, 1, 31, 10, 0)})
	assert.True(t, m.InTime(at(2025, 2, 28, 23, 59)))
	assert.False(t, m.InTime(at(2025, 3, 1, 0, 0)))
}

func TestRefusalNotice(t *testing.T) {
	r := rights.Request{Kind: rights.Erasure, ReceivedAt: at(2025, 1, 31, 10, 0),
		Answer: &rights.Answer{At: at(2025, 2, 10, 10, 0), Outcome: rights.Refused, Grounds: []rights.Ground{rights.LegalObligation, rights.Archiving}, ComplaintNotice: true}}
	assert.Equal(t, "Din anmodning om sletning (databeskyttelsesforordningen art. 17) er afvist.\n"+
		"Begrundelse:\n"+
		"- Retlig forpligtelse eller myndighedsudøvelse (notat- og journaliseringspligt) (databeskyttelsesforordningen art. 17, stk. 3, litra b)\n"+
		"- Arkivpligt (databeskyttelsesforordningen art. 17, stk. 3, litra d)\n"+
		"Du kan klage over afgørelsen til Datatilsynet (www.datatilsynet.dk), og du kan indbringe sagen for domstolene (databeskyttelsesforordningens art. 12, stk. 4, art. 77 og art. 79).",
		r.RefusalNotice(language.Danish))
	r.Answer.Outcome = rights.PartlyGranted
	en := r.RefusalNotice(language.English)
	assert.Contains(t, en, "Your request for erasure (GDPR art. 17) is granted in part and refused in part.")
	assert.Contains(t, en, "Datatilsynet")
	assert.Contains(t, r.RefusalNotice(language.Danish), "delvist imødekommet")
	r.Answer.Outcome = rights.Granted
	assert.Empty(t, r.RefusalNotice(language.Danish), "a grant has no refusal notice")
	r.Answer = nil
	assert.Empty(t, r.RefusalNotice(language.English))
	assert.Contains(t, rights.ComplaintRight().Da, "Datatilsynet")
	assert.Contains(t, rights.ComplaintRight().En, "Datatilsynet")
}
