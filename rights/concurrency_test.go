package rights_test

import (
	"sync"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/stretchr/testify/assert"
)

// Everything is a value or a read-only table: many goroutines may work on
// the same requests and policy at once (run with -race).
func TestConcurrentUse(t *testing.T) {
	now := at(2026, 3, 2, 9, 0)
	rs := registerOf(2000, now)
	p := rights.Policy{ChainedExtension: true, ClosedDays: []rights.ClosedDay{rights.ChristmasEve}, ClosedDates: []gdpr.Date{day(2026, 3, 3)}}
	want := p.Review(rs, now, 5)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			o := p.Review(rs, now, 5)
			assert.Equal(t, want.Counts(), o.Counts())
			for i := range rs[:200] {
				_ = p.Deadline(rs[i])
				_ = p.State(rs[i], now)
				_ = p.Check(rs[i], now)
				_, _ = rights.Applicable(rs[i].Kind, rs[i].Basis, rights.Facts{})
			}
		}()
	}
	wg.Wait()
}

// Results share nothing with each other or with the policy they came from:
// goroutines edit their own reviews' items, counts and states while others
// review the same requests under the same policy (run with -race). An
// item's Request is documented as pointing into the caller's slice; it is
// read here, never written.
func TestEditingResultsConcurrently(t *testing.T) {
	now := at(2026, 3, 2, 9, 0)
	rs := registerOf(500, now)
	p := rights.Policy{ChainedExtension: true, ClosedDays: []rights.ClosedDay{rights.ChristmasEve}, ClosedDates: []gdpr.Date{day(2026, 3, 3)}}
	want := p.Review(rs, now, 5)
	var wg sync.WaitGroup
	for g := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			o := p.Review(rs, now, 5)
			for i := range o.Overdue {
				o.Overdue[i].State.WorkingDaysLeft = g
				o.Overdue[i].Index = -g
			}
			for i := range o.DueSoon {
				o.DueSoon[i].State.Status = rights.Withdrawn
			}
			cs := o.Counts()
			for i := range cs {
				cs[i].N = g
			}
			s := p.State(rs[g], now)
			s.WorkingDaysLeft = g
			_ = p.Check(rs[g], now)
		}()
	}
	wg.Wait()
	after := p.Review(rs, now, 5)
	assert.Equal(t, want.Counts(), after.Counts(), "no edit of a result reached the requests or the policy")
	assert.Equal(t, want.Overdue, after.Overdue)
}
