package rights

import (
	"cmp"
	"iter"
	stdbits "math/bits"
	"slices"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/calendar"
)

// MaxWithin caps the number of working days [Review] looks ahead; larger
// values are taken as MaxWithin (about forty years).
const MaxWithin = 10000

// Item is one request picked out by [Review]: where it is in the input,
// the request itself (not a copy), and its state.
type Item struct {
	// Index is the request's position in the slice or the sequence.
	Index int `json:"index"`
	// Request points at the request in the caller's slice, or is the
	// pointer the sequence yielded: a view of the caller's data, not a
	// copy, so that a host can act on the request it finds. Editing it
	// edits the caller's request; the rest of the Overview is the
	// Overview's own.
	Request *Request `json:"request"`
	// State is the request's state at the review's instant.
	State State `json:"state"`
}

// Count is the number of requests of one kind with one status.
type Count struct {
	Kind   Kind   `json:"kind"`
	Status Status `json:"status"`
	N      int    `json:"n"`
}

// Overview is the answer of [Review]: the requests overdue, those due soon,
// and the counts per kind and status, at one instant.
type Overview struct {
	// Now is the instant of the review.
	Now time.Time `json:"now"`
	// Within is the number of working days looked ahead for DueSoon.
	Within int `json:"within"`
	// Total is the number of requests reviewed.
	Total int `json:"total"`
	// Overdue holds the requests not answered by the deadline in force
	// (status [Overdue] or [ExtensionNoticeOverdue]), the earliest deadline
	// first.
	Overdue []Item `json:"overdue"`
	// DueSoon holds the requests still open or paused whose deadline falls
	// within Within working days after Now's day (0: today), the earliest
	// deadline first.
	DueSoon []Item `json:"dueSoon"`

	counts [numKinds][numStatuses]int
}

// Count returns the number of requests of kind k with status s. Requests
// whose kind is not valid are counted under the zero Kind.
func (o Overview) Count(k Kind, s Status) int {
	if int(k) >= numKinds || int(s) >= numStatuses {
		return 0
	}
	return o.counts[k][s]
}

// CountKind returns the number of requests of kind k, any status.
func (o Overview) CountKind(k Kind) int {
	n := 0
	for _, s := range Statuses() {
		n += o.Count(k, s)
	}
	return n
}

// CountStatus returns the number of requests with status s, any kind.
func (o Overview) CountStatus(s Status) int {
	n := 0
	for k := range numKinds {
		n += o.Count(Kind(k), s)
	}
	return n
}

// Counts returns the non-zero counts, by kind and then status in the order
// of their constants, in a fresh slice.
func (o Overview) Counts() []Count {
	var out []Count
	for k := range numKinds {
		for s := range numStatuses {
			if n := o.counts[k][s]; n > 0 {
				out = append(out, Count{Kind: Kind(k), Status: Status(s), N: n})
			}
		}
	}
	return out
}

// Review goes through requests at now under the default policy:
// [Policy.Review] of the zero Policy. The result is a value:
// rights.Review(requests, now, 5).Count(rights.Access, rights.Overdue)
// reads a count straight off it.
func Review(requests []Request, now time.Time, within int) Overview {
	return Policy{}.Review(requests, now, within)
}

// ReviewSeq is [Policy.ReviewSeq] under the default policy.
func ReviewSeq(requests iter.Seq[*Request], now time.Time, within int) Overview {
	return Policy{}.ReviewSeq(requests, now, within)
}

// Review goes through requests at now under p and returns those overdue,
// those due within the given number of working days, and the counts per
// kind and status. It reads the requests in place through pointers and
// copies none: the items point into requests. Each request is planned
// once. It allocates nothing that grows with the number of requests
// reviewed, only with those picked out: the result (the two lists), 32
// bytes a request while the review runs, and a count per day of the span of
// their deadlines, or the keys to sort them by when that span is long;
// and, when p has closed dates, once for p's calendar.
func (p Policy) Review(requests []Request, now time.Time, within int) Overview {
	r := newReviewer(now, within, p)
	r.base = requests
	for i := range requests {
		r.add(i, &requests[i])
	}
	return r.done()
}

// ReviewSeq is [Policy.Review] over a sequence of requests, such as rows read from
// a database one at a time; nil pointers are skipped. The items hold the
// pointers the sequence yielded, so a sequence that reuses one Request for
// every row must not be reviewed this way if the items are to be kept.
func (p Policy) ReviewSeq(requests iter.Seq[*Request], now time.Time, within int) Overview {
	r := newReviewer(now, within, p)
	i := 0
	for req := range requests {
		if req != nil {
			r.add(i, req)
		}
		i++
	}
	return r.done()
}

type reviewer struct {
	o       Overview
	cal     calendar.Calendar
	p       Policy
	loc     *time.Location // Europe/Copenhagen, where deadlines expire
	today   calendar.Date
	limit   calendar.Date // the last day counted as due soon
	base    []Request     // the requests of Review; nil for ReviewSeq
	overdue entries
	dueSoon entries

	// The working days left to the last deadline day counted, packed by
	// packDay: neighbouring items often share their day.
	wdlDay, wdl int32
}

// entry is a request picked out, with what its item needs of its plan, so
// that the request is planned once: the day and the expiry of the deadline
// in force, and the status, extension and paused days of its state. It is
// kept small (32 bytes) and free of pointers, which the garbage collector
// need not scan, while the review runs; the items are made from the
// entries in the order of their deadlines. Its request is base[pos] or,
// for ReviewSeq, the pointer its list keeps beside it.
type entry struct {
	pos      int
	expires  int64 // Unix seconds; deadlines expire at whole seconds
	day      int32 // the deadline's day, packed by packDay
	paused   int32 // the state's PausedDays
	status   Status
	extended bool
	// replan is set when the fields above cannot hold the state exactly
	// (a day or a count out of their range, an expiry not at a whole
	// second in Copenhagen): the item then plans the request again.
	replan bool
}

// firstChunk is the size of the first chunk of an entries list.
const firstChunk = 16

// entries is a list of entries in chunks that double in size, so that it
// grows without copying what it holds: the chunks hold at most twice the
// entries, and a list of none allocates nothing.
type entries struct {
	chunks [][]entry
	reqs   [][]*Request // for ReviewSeq, the request of each entry, in chunks alike
	n      int
	lo, hi int64 // the earliest and the latest expiry
}

// next returns a place for the next entry.
func (l *entries) next() *entry {
	c := len(l.chunks) - 1
	if c < 0 || len(l.chunks[c]) == cap(l.chunks[c]) {
		c++
		l.chunks = append(l.chunks, make([]entry, 0, firstChunk<<c))
	}
	k := len(l.chunks[c])
	l.chunks[c] = l.chunks[c][:k+1]
	l.n++
	return &l.chunks[c][k]
}

// place returns the chunk and the place in it of the j-th entry: chunk c
// holds the entries from firstChunk*(2^c-1) on.
func place(j int) (c, i int) {
	q := j + firstChunk
	c = stdbits.Len(uint(q)) - stdbits.Len(firstChunk)
	return c, q - firstChunk<<c
}

// at returns the j-th entry.
func (l *entries) at(j int) *entry {
	c, i := place(j)
	return &l.chunks[c][i]
}

func newReviewer(now time.Time, within int, p Policy) reviewer {
	within = max(0, min(within, MaxWithin))
	r := reviewer{o: Overview{Now: now, Within: within}, cal: p.calendar(), p: p, loc: calendar.Copenhagen(), today: calendar.DateOf(now)}
	r.limit = nthWorkingDay(r.cal, r.today, within)
	return r
}

func (r *reviewer) add(i int, req *Request) {
	pl := req.plan(r.cal, r.p.ChainedExtension, r.o.Now, true)
	s := req.status(&pl, r.o.Now)
	k := req.Kind
	if !k.Valid() {
		k = 0
	}
	r.o.counts[k][s]++
	r.o.Total++
	switch {
	case s == Overdue || s == ExtensionNoticeOverdue:
		r.pick(&r.overdue, i, req, &pl, s)
	case (s == Open || s == Paused) && !req.ReceivedAt.IsZero() && !pl.final.Day.After(r.limit):
		r.pick(&r.dueSoon, i, req, &pl, s)
	}
}

// pick adds to l the entry of the request req at position i, whose plan is
// pl and status s (one that is not closed: its deadline is pl.final).
func (r *reviewer) pick(l *entries, i int, req *Request, pl *plan, s Status) {
	expires := pl.final.Expires.Unix()
	day, ok := packDay(pl.final.Day)
	paused := int32(pl.pausedDays)
	replan := !ok || int(paused) != pl.pausedDays || s.Closed() || time.Unix(expires, 0).In(r.loc) != pl.final.Expires
	*l.next() = entry{pos: i, expires: expires, day: day, paused: paused, status: s, extended: pl.extended, replan: replan}
	if r.base == nil {
		c := len(l.chunks) - 1
		if len(l.reqs) == c {
			l.reqs = append(l.reqs, make([]*Request, 0, cap(l.chunks[c])))
		}
		l.reqs[c] = append(l.reqs[c], req)
	}
	if l.n == 1 {
		l.lo, l.hi = expires, expires
	}
	l.lo, l.hi = min(l.lo, expires), max(l.hi, expires)
}

// packDay packs d, a real date of a year from 0 to 2^22-1, into an int32
// that unpackDay turns back into d.
func packDay(d calendar.Date) (int32, bool) {
	if d.Year < 0 || d.Year >= 1<<22 || d.Month < time.January || d.Month > time.December || d.Day < 1 || d.Day > 31 {
		return 0, false
	}
	return int32(d.Year<<9 | int(d.Month)<<5 | d.Day), true
}

func unpackDay(p int32) calendar.Date {
	return calendar.Date{Year: int(p >> 9), Month: time.Month(p >> 5 & 15), Day: int(p & 31)}
}

func (r *reviewer) done() Overview {
	r.o.Overdue = r.items(&r.overdue)
	r.o.DueSoon = r.items(&r.dueSoon)
	return r.o
}

// items makes the items of the entries in l, sorted by deadline, the
// earliest first and ties in input order, with the requests' states.
func (r *reviewer) items(l *entries) []Item {
	if l.n == 0 {
		return nil
	}
	out := make([]Item, l.n)
	if r.placeByDay(l, out) {
		return out
	}
	for k, j := range sortEntries(l) {
		c, i := place(j)
		r.fill(&out[k], l, c, i)
	}
	return out
}

// fill sets *it to the item of the i-th entry of chunk c of l.
func (r *reviewer) fill(it *Item, l *entries, c, i int) {
	e := &l.chunks[c][i]
	var req *Request
	if r.base != nil {
		req = &r.base[e.pos]
	} else {
		req = l.reqs[c][i]
	}
	now := r.o.Now
	if e.replan {
		pl := req.plan(r.cal, r.p.ChainedExtension, now, true)
		*it = Item{Index: e.pos, Request: req, State: req.stateOf(&pl, req.status(&pl, now), now)}
		it.State.WorkingDaysLeft = workingDaysLeft(r.cal, r.today, pl.final.Day)
		return
	}
	day := unpackDay(e.day)
	if e.day != r.wdlDay { // a packed day is never 0
		r.wdlDay, r.wdl = e.day, int32(workingDaysLeft(r.cal, r.today, day))
	}
	expires := time.Unix(e.expires, 0).In(r.loc)
	*it = Item{Index: e.pos, Request: req, State: State{
		Status:          e.status,
		Deadline:        Deadline{Day: gdpr.Date(day), Expires: expires},
		Extended:        e.extended,
		PausedDays:      int(e.paused),
		Left:            expires.Sub(now),
		WorkingDaysLeft: int(r.wdl),
	}}
}

// placeByDay fills out with the items of l in the order of their deadlines
// by a counting sort on the day of each expiry, which is stable and linear
// in the entries and the days they span. It reports false, leaving out to
// be filled again, when the span is too long for the entries to pay for
// it, or when the days did not order the expiries: every deadline expires
// at the start of a day in Copenhagen, so expiries on different days are
// about a day apart, but the order is checked rather than assumed.
func (r *reviewer) placeByDay(l *entries, out []Item) bool {
	const day, half = 24 * 60 * 60, 12 * 60 * 60
	span := uint64(l.hi) - uint64(l.lo)
	if l.hi < l.lo || span > uint64(l.n+512)*day || l.n > 1<<31-1 {
		return false
	}
	// next[b] is where the next item of the entries whose expiry is about b
	// days after the earliest goes: first the count of each day, then,
	// summed up, each day's first place.
	next := make([]int32, (span+half)/day+1)
	for _, c := range l.chunks {
		for i := range c {
			next[(uint64(c[i].expires)-uint64(l.lo)+half)/day]++
		}
	}
	var at int32
	for b, n := range next {
		next[b] = at
		at += n
	}
	for c, chunk := range l.chunks {
		for i := range chunk {
			b := (uint64(chunk[i].expires) - uint64(l.lo) + half) / day
			r.fill(&out[next[b]], l, c, i)
			next[b]++
		}
	}
	for i := 1; i < len(out); i++ {
		if out[i].State.Deadline.Expires.Before(out[i-1].State.Deadline.Expires) {
			return false
		}
	}
	return true
}

// sortEntries returns the order of the entries of l by deadline, the
// earliest first and ties in input order (l is in input order). It sorts
// one integer key per entry, the deadline's offset from the earliest above
// the entry's index, which is several times faster than sorting the
// entries with a comparison; where the keys do not fit in 64 bits it sorts
// with one.
func sortEntries(l *entries) []int {
	order := make([]int, l.n)
	lo, hi := l.lo, l.hi
	bits := 64 - stdbits.LeadingZeros64(uint64(l.n))
	if span := uint64(hi - lo); hi >= lo && span < 1<<(63-bits) {
		keys := make([]uint64, l.n)
		for i := range keys {
			keys[i] = uint64(l.at(i).expires-lo)<<bits | uint64(i)
		}
		slices.Sort(keys)
		mask := uint64(1)<<bits - 1
		for i, k := range keys {
			order[i] = int(k & mask)
		}
		return order
	}
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(l.at(a).expires, l.at(b).expires) })
	return order
}
