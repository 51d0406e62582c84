package gdpr_test

import (
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/calendar"
	"github.com/stretchr/testify/assert"
)

func TestStorable(t *testing.T) {
	cph := calendar.Copenhagen()
	for _, tc := range []struct {
		name string
		t    time.Time
		want bool
	}{
		{"the zero time", time.Time{}, true},
		{"a Copenhagen instant", time.Date(2026, 3, 29, 2, 30, 0, 0, cph), true},
		{"a Copenhagen instant past the zone data's last rule", time.Date(2090, 7, 1, 12, 0, 0, 0, cph), true},
		{"UTC in year 9999", time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC), true},
		{"UTC in year 10000", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), false},
		{"a negative year", time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC), false},
		{"+23:59", time.Date(2026, 1, 1, 0, 0, 0, 0, time.FixedZone("", 23*3600+59*60)), true},
		{"+24:00, which RFC 3339 cannot write", time.Date(2026, 1, 1, 0, 0, 0, 0, time.FixedZone("", 24*3600)), false},
		{"an offset with seconds (local mean time), which would not read back", time.Date(1890, 1, 1, 0, 0, 0, 0, time.FixedZone("LMT", 50*60+20)), false},
		{"Copenhagen before 1894 is local mean time, +00:50:20, which would not read back", time.Date(1800, 6, 1, 12, 0, 0, 0, cph), false},
	} {
		_, err := tc.t.MarshalText()
		if tc.want {
			assert.NoError(t, err, tc.name)
		}
		assert.Equal(t, tc.want, gdpr.Storable(tc.t), tc.name)
	}
}
