package rights_test

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The register at Monday 2 March 2026 09:00 (the tour's "now").
func TestReview(t *testing.T) {
	now := at(2026, 3, 2, 9, 0)
	requests := []rights.Request{
		// 0: received 2026-02-02, due Monday 2 March: due today.
		{ID: "due-today", Kind: rights.Access, ReceivedAt: at(2026, 2, 2, 10, 0)},
		// 1: received 2026-01-30, due Monday 2 March (28 Feb is a Saturday): due today too, by an earlier receipt.
		{ID: "due-today-2", Kind: rights.Erasure, ReceivedAt: at(2026, 1, 30, 10, 0)},
		// 2: received 2026-02-04, due Wednesday 4 March: 2 working days.
		{ID: "due-wednesday", Kind: rights.Access, ReceivedAt: at(2026, 2, 4, 10, 0)},
		// 3: received 2026-02-10, due Tuesday 10 March: 6 working days.
		{ID: "due-next-week", Kind: rights.Objection, ReceivedAt: at(2026, 2, 10, 10, 0)},
		// 4: received 2026-01-26, due Thursday 26 February: overdue.
		{ID: "overdue", Kind: rights.Access, ReceivedAt: at(2026, 1, 26, 10, 0)},
		// 5: received 2025-12-01, due 2 January; extension notified 2026-01-10, too late.
		{ID: "late-notice", Kind: rights.Rectification, ReceivedAt: at(2025, 12, 1, 10, 0),
			Extension: &rights.Extension{NotifiedAt: at(2026, 1, 10, 10, 0), Reason: gdpr.NewPersonal("complex")}},
		// 6: received 2025-12-20, extended in time to 20 March.
		{ID: "extended", Kind: rights.Access, ReceivedAt: at(2025, 12, 20, 10, 0),
			Extension: &rights.Extension{NotifiedAt: at(2026, 1, 5, 10, 0), Reason: gdpr.NewPersonal("complex")}},
		// 7: answered in time.
		{ID: "answered", Kind: rights.Access, ReceivedAt: at(2026, 1, 5, 10, 0), Answer: &rights.Answer{At: at(2026, 1, 20, 10, 0), Outcome: rights.Granted}},
		// 8: refused in time.
		{ID: "refused", Kind: rights.Erasure, ReceivedAt: at(2026, 1, 5, 10, 0), Basis: gdpr.Art6PublicTask,
			Answer: &rights.Answer{At: at(2026, 1, 20, 10, 0), Outcome: rights.Refused, Grounds: []rights.Ground{rights.Archiving}, ComplaintNotice: true}},
		// 9: paused since 20 February, due 2 March + 10 days: not due within 2 days.
		{ID: "paused", Kind: rights.Access, ReceivedAt: at(2026, 2, 2, 10, 0), Pauses: []rights.Pause{{From: at(2026, 2, 20, 10, 0), Reason: gdpr.NewPersonal("identity")}}},
		// 10: no receipt: counted, never listed.
		{ID: "no-receipt", Kind: rights.Access},
		// 11: an invalid kind is counted under the zero Kind.
		{ID: "bad-kind", Kind: 99, ReceivedAt: at(2026, 1, 5, 10, 0), WithdrawnAt: at(2026, 1, 6, 10, 0)},
	}
	o := rights.Policy{}.Review(requests, now, 2)
	assert.Equal(t, now, o.Now)
	assert.Equal(t, 2, o.Within)
	assert.Equal(t, len(requests), o.Total)
	assert.Equal(t, []string{"late-notice", "overdue"}, ids(o.Overdue), "the earliest deadline first")
	assert.Equal(t, []string{"due-today", "due-today-2", "due-wednesday"}, ids(o.DueSoon), "the earliest deadline first; ties in input order")
	for _, it := range append(slices.Clone(o.Overdue), o.DueSoon...) {
		assert.Same(t, &requests[it.Index], it.Request, "items point into the slice")
		assert.Equal(t, requests[it.Index].State(now), it.State)
	}
	assert.Equal(t, rights.ExtensionNoticeOverdue, o.Overdue[0].State.Status)
	assert.Equal(t, -41, o.Overdue[0].State.WorkingDaysLeft, "20 working days in January after the 2nd, 20 in February, Monday 2 March")
	assert.Equal(t, -2, o.Overdue[1].State.WorkingDaysLeft, "Friday 27 February and Monday 2 March")
	assert.Equal(t, 0, o.DueSoon[0].State.WorkingDaysLeft)
	assert.Equal(t, 2, o.DueSoon[2].State.WorkingDaysLeft)

	assert.Equal(t, 4, o.Count(rights.Access, rights.Open), "due-today, due-wednesday, extended, no-receipt")
	assert.Equal(t, 1, o.Count(rights.Access, rights.Overdue))
	assert.Equal(t, 1, o.Count(rights.Access, rights.Paused))
	assert.Equal(t, 1, o.Count(rights.Access, rights.AnsweredInTime))
	assert.Equal(t, 1, o.Count(rights.Erasure, rights.RefusedInTime))
	assert.Equal(t, 1, o.Count(rights.Rectification, rights.ExtensionNoticeOverdue))
	assert.Equal(t, 1, o.Count(0, rights.Withdrawn), "an invalid kind counts under the zero Kind")
	assert.Equal(t, 0, o.Count(200, rights.Open))
	assert.Equal(t, 0, o.Count(rights.Access, 200))
	assert.Equal(t, 7, o.CountKind(rights.Access))
	assert.Equal(t, 6, o.CountStatus(rights.Open))
	total := 0
	for _, c := range o.Counts() {
		assert.Equal(t, c.N, o.Count(c.Kind, c.Status))
		total += c.N
	}
	assert.Equal(t, o.Total, total)

	seq := rights.Policy{}.ReviewSeq(func(yield func(*rights.Request) bool) {
		for i := range requests {
			if !yield(&requests[i]) || !yield(nil) {
				return
			}
		}
	}, now, 2)
	assert.Equal(t, o.Counts(), seq.Counts())
	assert.Equal(t, ids(o.Overdue), ids(seq.Overdue))
	assert.Equal(t, ids(o.DueSoon), ids(seq.DueSoon))
	assert.Equal(t, 2*4, seq.Overdue[1].Index, "the index counts every element of the sequence, nil included")

	wide := rights.Policy{}.Review(requests, now, 10)
	// The pause counts up to now: 2 March + 10 days is Thursday 12 March,
	// within the 10 working days up to Monday 16 March.
	assert.Equal(t, []string{"due-today", "due-today-2", "due-wednesday", "due-next-week", "paused"}, ids(wide.DueSoon))
	none := rights.Policy{}.Review(requests, now, -5)
	assert.Equal(t, []string{"due-today", "due-today-2"}, ids(none.DueSoon), "a negative look-ahead is today only")
	huge := rights.Policy{}.Review(requests, now, 1<<40)
	assert.Equal(t, rights.MaxWithin, huge.Within)
	assert.Len(t, huge.DueSoon, 6)
}

func ids(items []rights.Item) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.Request.ID
	}
	return out
}

// Allocations do not grow with the number of requests, apart from the
// result.
func TestReviewAllocations(t *testing.T) {
	now := at(2026, 3, 2, 9, 0)
	answered := func(n int) []rights.Request {
		rs := make([]rights.Request, n)
		for i := range rs {
			rs[i] = rights.Request{Kind: rights.Access, ReceivedAt: at(2025, 6, 1, 10, 0),
				Answer: &rights.Answer{At: at(2025, 6, 10, 10, 0), Outcome: rights.Granted}}
		}
		return rs
	}
	small, large := answered(10), answered(10000)
	a := testing.AllocsPerRun(5, func() { _ = rights.Policy{}.Review(small, now, 5) })
	b := testing.AllocsPerRun(5, func() { _ = rights.Policy{}.Review(large, now, 5) })
	assert.Equal(t, a, b, "allocations with 10 and with 10000 requests")
	assert.LessOrEqual(t, b, 2.0)
}

// registerOf makes n requests received over two years before now, as an
// authority's register looks: nearly every request older than a few months
// is closed (answered, refused or withdrawn, a few of them late), a few
// are overdue, and the recent ones are open, extended or paused.
func registerOf(n int, now time.Time) []rights.Request {
	rng := rand.New(rand.NewPCG(7, 11))
	kinds := rights.Kinds()
	dur := func(days int) time.Duration { return time.Duration(rng.Int64N(int64(days) * int64(24*time.Hour))) }
	rs := make([]rights.Request, n)
	for i := range rs {
		received := now.Add(-dur(730))
		r := rights.Request{Kind: kinds[rng.IntN(len(kinds))], ReceivedAt: received, Basis: gdpr.Art6PublicTask}
		old := now.Sub(received) > 100*24*time.Hour
		switch x := rng.IntN(100); {
		case x < 2: // overdue, or extended too late
			if x == 1 {
				r.Extension = &rights.Extension{NotifiedAt: received.Add(40 * 24 * time.Hour), Reason: gdpr.NewPersonal("complex")}
			}
		case x < 10 && !old: // extended in time, open
			r.Extension = &rights.Extension{NotifiedAt: received.Add(dur(25)), Reason: gdpr.NewPersonal("complex")}
		case x < 13 && !old: // paused
			from := received.Add(48 * time.Hour)
			r.Pauses = []rights.Pause{{From: from, Reason: gdpr.NewPersonal("identity")}}
			if rng.IntN(2) == 0 {
				r.Pauses[0].Until = from.Add(dur(10))
			}
		case x < 25 && !old: // open
		case x < 27: // withdrawn
			r.WithdrawnAt = received.Add(48 * time.Hour)
		case x < 35: // refused, sometimes late
			r.Answer = &rights.Answer{At: received.Add(dur(35)), Outcome: rights.Refused,
				Grounds: []rights.Ground{rights.ManifestlyUnfounded}, ComplaintNotice: true}
		default: // answered, sometimes late
			r.Answer = &rights.Answer{At: received.Add(dur(33)), Outcome: rights.Granted}
		}
		if r.Answer != nil && r.Answer.At.After(now) {
			r.Answer = nil // not answered yet
		}
		rs[i] = r
	}
	return rs
}

func TestRegisterOfHasEveryStatus(t *testing.T) {
	now := at(2026, 3, 2, 9, 0)
	o := rights.Policy{}.Review(registerOf(20000, now), now, 5)
	for _, s := range rights.Statuses() {
		assert.Positive(t, o.CountStatus(s), "status %v occurs in the benchmark's register", s)
	}
	require.NotEmpty(t, o.Overdue)
}

// BenchmarkReview: the target in BENCHMARKS.md is 100,000 requests in under 50 ms
// on one core, with allocations independent of the number of requests
// apart from the result.
func BenchmarkReview(b *testing.B) {
	now := at(2026, 3, 2, 9, 0)
	rs := registerOf(100000, now)
	b.ReportAllocs()
	start, ok := processCPU()
	for b.Loop() {
		o := rights.Policy{}.Review(rs, now, 5)
		if o.Total != len(rs) {
			b.Fatal(o.Total)
		}
	}
	reportCPU(b, start, ok, 1e6, "cpu-ms/op")
}

// reportCPU adds the process's CPU time per operation since start, in the
// given unit (1e6 for milliseconds), as a metric: on a machine shared with
// other work the wall time of ns/op overstates what the code costs. Run
// with -cpu=1 for "one core".
func reportCPU(b *testing.B, start time.Duration, ok bool, unit float64, name string) {
	end, ok2 := processCPU()
	if ok && ok2 && b.N > 0 {
		b.ReportMetric(float64(end-start)/float64(b.N)/unit, name)
	}
}

func BenchmarkReviewSeq(b *testing.B) {
	now := at(2026, 3, 2, 9, 0)
	rs := registerOf(100000, now)
	seq := func(yield func(*rights.Request) bool) {
		for i := range rs {
			if !yield(&rs[i]) {
				return
			}
		}
	}
	b.ReportAllocs()
	start, ok := processCPU()
	for b.Loop() {
		_ = rights.Policy{}.ReviewSeq(seq, now, 5)
	}
	reportCPU(b, start, ok, 1e6, "cpu-ms/op")
}

var sinkDeadline rights.Deadline

// BenchmarkDeadline: the target in BENCHMARKS.md is under 150 ns with no allocation.
func BenchmarkDeadline(b *testing.B) {
	rs := []rights.Request{
		{Kind: rights.Access, ReceivedAt: at(2025, 3, 20, 10, 0)},
		{Kind: rights.Access, ReceivedAt: at(2025, 1, 31, 10, 0), Extension: &rights.Extension{NotifiedAt: at(2025, 2, 10, 10, 0), Reason: gdpr.NewPersonal("x")}},
	}
	for _, r := range rs {
		b.Run(map[bool]string{false: "one_month", true: "extended"}[r.Extension != nil], func(b *testing.B) {
			b.ReportAllocs()
			start, ok := processCPU()
			for b.Loop() {
				sinkDeadline = r.Deadline()
			}
			reportCPU(b, start, ok, 1, "cpu-ns/op")
		})
	}
}

func TestDeadlineDoesNotAllocate(t *testing.T) {
	r := rights.Request{Kind: rights.Access, ReceivedAt: at(2025, 1, 31, 10, 0), Extension: &rights.Extension{NotifiedAt: at(2025, 2, 10, 10, 0), Reason: gdpr.NewPersonal("x")},
		Pauses: []rights.Pause{{From: at(2025, 2, 3, 10, 0), Until: at(2025, 2, 5, 10, 0), Reason: gdpr.NewPersonal("x")}}}
	assert.Zero(t, testing.AllocsPerRun(100, func() { sinkDeadline = r.Deadline() }))
	p := rights.Policy{ChainedExtension: true, ClosedDays: []rights.ClosedDay{rights.ChristmasEve}}
	assert.Zero(t, testing.AllocsPerRun(100, func() { sinkDeadline = p.Deadline(r) }))
}

// BenchmarkReviewAllOverdue is the worst case: every request unanswered and
// overdue, so every one is in the result.
func BenchmarkReviewAllOverdue(b *testing.B) {
	now := at(2026, 3, 2, 9, 0)
	rs := registerOf(100000, now)
	for i := range rs {
		rs[i].Answer, rs[i].WithdrawnAt, rs[i].Pauses, rs[i].Extension = nil, time.Time{}, nil, nil
		rs[i].ReceivedAt = rs[i].ReceivedAt.Add(-60 * 24 * time.Hour)
	}
	b.ReportAllocs()
	start, ok := processCPU()
	for b.Loop() {
		o := rights.Policy{}.Review(rs, now, 5)
		if len(o.Overdue) != len(rs) {
			b.Fatal(len(o.Overdue))
		}
	}
	reportCPU(b, start, ok, 1e6, "cpu-ms/op")
}

// Review counts working days from one table for all its items
// (register.go, workdays); each item's state must be the request's own
// State under the same policy, counted day by day, under every kind of
// policy and for items far in the past and the future.
func TestReviewItemsAgreeWithState(t *testing.T) {
	now := at(2026, 3, 2, 9, 0)
	rs := registerOf(3000, now)
	// Two requests beyond the table's reach of about ten years either way.
	rs = append(rs,
		rights.Request{ID: "ancient", Kind: rights.Access, ReceivedAt: at(2012, 6, 1, 10, 0)},
		rights.Request{ID: "received-in-the-future", Kind: rights.Access, ReceivedAt: at(2040, 1, 1, 10, 0)})
	far := 0
	policies := []rights.Policy{
		{},
		{ChainedExtension: true, ClosedDays: rights.ClosedDays()},
		{ClosedDates: []gdpr.Date{day(2026, 3, 3), day(2025, 12, 31), day(2025, 5, 2)}},
	}
	for i, p := range policies {
		for _, within := range []int{0, 5, rights.MaxWithin} {
			o := p.Review(rs, now, within)
			require.NotEmpty(t, o.Overdue)
			require.NotEmpty(t, o.DueSoon)
			require.Equal(t, o, p.ReviewSeq(func(yield func(*rights.Request) bool) {
				for i := range rs {
					if !yield(&rs[i]) {
						return
					}
				}
			}, now, within), "policy %d, within %d: ReviewSeq is Review", i, within)
			for _, it := range append(slices.Clone(o.Overdue), o.DueSoon...) {
				require.Equal(t, p.State(rs[it.Index], now), it.State, "policy %d, within %d, request %d", i, within, it.Index)
				if it.Index >= 3000 {
					far++
				}
			}
		}
	}
	assert.Equal(t, len(policies)*4, far, "the ancient request is overdue under every look-ahead, the future one due within MaxWithin")
}

// agedRegister returns n open requests, all received on 2018-06-01 and
// never answered: at any later now every one of them is overdue, and its
// working days left span the years since.
func agedRegister(n int) []rights.Request {
	rs := make([]rights.Request, n)
	for i := range rs {
		rs[i] = rights.Request{ID: "R-" + strconv.Itoa(i), Kind: rights.Access, ReceivedAt: at(2018, 6, 1, 10, 0).Add(time.Duration(i%97) * time.Hour)}
	}
	return rs
}

// BenchmarkReviewAge: Review must take the same time whatever the age of
// the requests (target: 100,000 requests in under 50 ms at any now from
// 2018 to 2100). Every request is overdue, so every one is in the result
// with its working days left counted over eight to forty-two years.
func BenchmarkReviewAge(b *testing.B) {
	rs := agedRegister(100000)
	for _, year := range []int{2026, 2030, 2060} {
		now := at(year, 6, 1, 9, 0)
		b.Run(strconv.Itoa(year), func(b *testing.B) {
			b.ReportAllocs()
			start, ok := processCPU()
			for b.Loop() {
				o := rights.Policy{}.Review(rs, now, 5)
				if len(o.Overdue) != len(rs) {
					b.Fatal(len(o.Overdue))
				}
			}
			reportCPU(b, start, ok, 1e6, "cpu-ms/op")
		})
	}
}

// The working days left of a request received years ago are the count of
// every working day since its deadline, at any now, in Review as in State.
func TestReviewOfAgedRequests(t *testing.T) {
	rs := agedRegister(50)
	for _, year := range []int{2026, 2029, 2060, 2100} {
		now := at(year, 6, 1, 9, 0)
		o := rights.Policy{}.Review(rs, now, 5)
		require.Len(t, o.Overdue, len(rs))
		for _, it := range o.Overdue {
			require.Equal(t, rights.Policy{}.State(rs[it.Index], now), it.State)
			require.Negative(t, it.State.WorkingDaysLeft)
		}
	}
}

// Review keeps what each item needs of its request's plan in a compact
// record; a deadline whose day or expiry the record cannot hold (a year
// before 0 or after 4,194,303, as no valid request has) is planned again.
// Either way the items are the requests' own States, in the order of their
// deadlines, ties in input order.
func TestReviewOfOutlandishDates(t *testing.T) {
	received := []time.Time{
		at(2026, 1, 5, 10, 0),
		at(-40, 3, 1, 10, 0),
		at(5_000_000, 7, 1, 10, 0),
		at(2026, 1, 5, 11, 0),
		at(1800, 2, 1, 10, 0),
		at(5_000_000, 7, 1, 9, 0),
	}
	rs := make([]rights.Request, len(received))
	for i, t := range received {
		rs[i] = rights.Request{Kind: rights.Access, ReceivedAt: t}
	}
	for _, now := range []time.Time{at(2026, 6, 1, 9, 0), at(6_000_000, 1, 1, 9, 0)} {
		o := rights.Policy{}.Review(rs, now, 5)
		require.NotEmpty(t, o.Overdue)
		for i, it := range o.Overdue {
			require.Equal(t, rights.Policy{}.State(rs[it.Index], now), it.State, "request %d at %v", it.Index, now)
			if i > 0 {
				prev := o.Overdue[i-1]
				require.False(t, it.State.Deadline.Expires.Before(prev.State.Deadline.Expires), "request %d at %v", it.Index, now)
				if it.State.Deadline.Expires.Equal(prev.State.Deadline.Expires) {
					require.Greater(t, it.Index, prev.Index)
				}
			}
		}
	}
}
