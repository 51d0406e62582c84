package overview_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/overview"
)

// BenchmarkBuildAge builds the overview of 2,000 open requests received on
// 1 June 2018 at now = 2026, 2030 and 2060: Build should cost the same
// however old the data are (it counts the horizon's working days with
// gdpr.WorkingDays; the requests' deadlines are package rights' work).
func BenchmarkBuildAge(b *testing.B) {
	m := overview.Municipality{}
	received := time.Date(2018, time.June, 1, 10, 0, 0, 0, gdprtest.Copenhagen())
	for i := range 2000 {
		rq := gdprtest.Request()
		rq.ID = "ANM-" + strconv.Itoa(i)
		rq.ReceivedAt, rq.IdentityConfirmedAt = received, received
		m.Requests = append(m.Requests, overview.Request{Request: rq})
	}
	for _, year := range []int{2026, 2030, 2060} {
		now := time.Date(year, time.June, 1, 10, 0, 0, 0, gdprtest.Copenhagen())
		b.Run(strconv.Itoa(year), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := overview.Build(m, now, 30); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
