package overview_test

import (
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHorizonWorkingDaysEitherWay: Build counts the working days of its
// horizon with gdpr.WorkingDays (constant time) under the default
// calendar, and day by day when the authority has closed days of its own;
// a closed date outside the horizon changes nothing, so both give the
// same report, at any now (Regulation 1182/71 art. 2(2)).
func TestHorizonWorkingDaysEitherWay(t *testing.T) {
	for _, now := range []time.Time{gdprtest.Now(), gdprtest.ChristmasEve(), gdprtest.Easter(), gdprtest.Now().AddDate(30, 0, 0)} {
		m := clean()
		plain, err := overview.Build(m, now, 45)
		require.NoError(t, err)
		m.Policy.Rights.ClosedDates = []gdpr.Date{gdpr.DateOf(now).AddDays(-400)}
		walked, err := overview.Build(m, now, 45)
		require.NoError(t, err)
		assert.Equal(t, plain.Upcoming, walked.Upcoming, now)
		assert.Equal(t, plain.Requests, walked.Requests, now)
	}
}
