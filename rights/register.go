package rights

import (
	"cmp"
	"iter"
	stdbits "math/bits"
	"slices"
	"time"

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
// copies none: the items point into requests. It allocates only for the
// result (the two lists, which grow with the number of requests picked
// out), once for a table of working days over the span of the items'
// deadlines (at most 29 KB) and, when p has closed dates, once for p's
// calendar.
func (p Policy) Review(requests []Request, now time.Time, within int) Overview {
	r := newReviewer(now, within, p)
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
	today   calendar.Date
	limit   calendar.Date // the last day counted as due soon
	overdue []entry
	dueSoon []entry
}

// entry is a request picked out, kept small while the review runs and
// sorted; the items are made from the sorted entries.
type entry struct {
	req     *Request
	pos     int
	expires int64 // Unix seconds; deadlines expire at whole seconds
}

func newReviewer(now time.Time, within int, p Policy) reviewer {
	within = max(0, min(within, MaxWithin))
	r := reviewer{o: Overview{Now: now, Within: within}, cal: p.calendar(), p: p, today: calendar.DateOf(now)}
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
		r.overdue = append(r.overdue, entry{req, i, pl.final.Expires.Unix()})
	case (s == Open || s == Paused) && !req.ReceivedAt.IsZero() && !pl.final.Day.After(r.limit):
		r.dueSoon = append(r.dueSoon, entry{req, i, pl.final.Expires.Unix()})
	}
}

func (r *reviewer) done() Overview {
	r.o.Overdue = r.items(r.overdue)
	r.o.DueSoon = r.items(r.dueSoon)
	if len(r.o.Overdue) == 0 && len(r.o.DueSoon) == 0 {
		return r.o
	}
	for _, items := range [...][]Item{r.o.Overdue, r.o.DueSoon} {
		for i := range items {
			items[i].State.WorkingDaysLeft = workingDaysLeft(r.cal, r.today, calendar.Date(items[i].State.Deadline.Day))
		}
	}
	return r.o
}

// items sorts the entries by deadline, the earliest first and ties in
// input order, and makes their items with the requests' states (all but
// the working days left). Planning a request again here is cheaper than
// carrying each plan through the sort.
func (r *reviewer) items(es []entry) []Item {
	if len(es) == 0 {
		return nil
	}
	order := sortEntries(es)
	out := make([]Item, len(es))
	for i, j := range order {
		e := es[j]
		pl := e.req.plan(r.cal, r.p.ChainedExtension, r.o.Now, true)
		out[i] = Item{Index: e.pos, Request: e.req, State: e.req.stateOf(&pl, e.req.status(&pl, r.o.Now), r.o.Now)}
	}
	return out
}

// sortEntries returns the order of es by deadline, the earliest first and
// ties in input order (es is in input order). It sorts one integer key per
// entry, the deadline's offset from the earliest above the entry's index,
// which is several times faster than sorting the entries with a
// comparison; where the keys do not fit in 64 bits it sorts with one.
func sortEntries(es []entry) []int {
	order := make([]int, len(es))
	lo, hi := es[0].expires, es[0].expires
	for _, e := range es {
		lo, hi = min(lo, e.expires), max(hi, e.expires)
	}
	bits := 64 - stdbits.LeadingZeros64(uint64(len(es)))
	if span := uint64(hi - lo); hi >= lo && span < 1<<(63-bits) {
		keys := make([]uint64, len(es))
		for i, e := range es {
			keys[i] = uint64(e.expires-lo)<<bits | uint64(i)
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
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(es[a].expires, es[b].expires) })
	return order
}
