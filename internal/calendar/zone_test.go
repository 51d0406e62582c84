package calendar

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCopenhagenOffsets(t *testing.T) {
	loc := Copenhagen()
	require.NotNil(t, loc)
	assert.Equal(t, "Europe/Copenhagen", loc.String())
	assert.Same(t, loc, Copenhagen(), "Copenhagen returns one location")

	tests := []struct {
		name     string
		at       time.Time
		wantName string
		wantOff  int
	}{
		{"winter time in January", time.Date(2025, time.January, 15, 12, 0, 0, 0, time.UTC), "CET", 3600},
		{"summer time in July", time.Date(2025, time.July, 15, 12, 0, 0, 0, time.UTC), "CEST", 7200},
		{"just before the spring switch 2025-03-30 01:00 UTC", time.Date(2025, time.March, 30, 0, 59, 59, 0, time.UTC), "CET", 3600},
		{"at the spring switch", time.Date(2025, time.March, 30, 1, 0, 0, 0, time.UTC), "CEST", 7200},
		{"just before the autumn switch 2025-10-26 01:00 UTC", time.Date(2025, time.October, 26, 0, 59, 59, 0, time.UTC), "CEST", 7200},
		{"at the autumn switch", time.Date(2025, time.October, 26, 1, 0, 0, 0, time.UTC), "CET", 3600},
		{"far future follows the EU rule", time.Date(2150, time.July, 1, 0, 0, 0, 0, time.UTC), "CEST", 7200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name, off := tt.at.In(loc).Zone()
			assert.Equal(t, tt.wantName, name)
			assert.Equal(t, tt.wantOff, off)
		})
	}

	t.Run("2025 switches are where the zone bounds say", func(t *testing.T) {
		start, end := time.Date(2025, time.June, 1, 0, 0, 0, 0, loc).ZoneBounds()
		assert.True(t, start.Equal(time.Date(2025, time.March, 30, 1, 0, 0, 0, time.UTC)), "got %v", start.UTC())
		assert.True(t, end.Equal(time.Date(2025, time.October, 26, 1, 0, 0, 0, time.UTC)), "got %v", end.UTC())
	})
}

// zoneSamples returns instants at which the offset table must agree with the
// time package: every table boundary and a second either side, every hour
// from 1899 to 2201 (all transitions in the table's range are on a whole
// hour of UTC or at a boundary), and random instants.
func zoneSamples() []int64 {
	z := cph()
	var us []int64
	for _, s := range z.starts {
		us = append(us, s-1, s, s+1)
	}
	for u := int64(tableLo); u < tableHi; u += 3600 {
		us = append(us, u)
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		us = append(us, tableLo+r.Int64N(tableHi-tableLo))
	}
	return us
}

func TestOffsetTableAgreesWithTimePackage(t *testing.T) {
	z := cph()
	require.Greater(t, len(z.starts), 400, "about two transitions a year since 1980")
	for _, u := range zoneSamples() {
		if u < tableLo || u >= tableHi {
			continue
		}
		tm := time.Unix(u, 0).In(z.loc)
		_, want := tm.Zone()
		off, start, end, ok := z.lookup(u)
		if !ok || off != int64(want) || u < start || u >= end {
			require.Failf(t, "offset table", "at %v (%d): got offset %d in [%d, %d) ok=%v, want %d",
				tm, u, off, start, end, ok, want)
		}
	}
	_, _, _, ok := z.lookup(tableLo - 1)
	assert.False(t, ok, "before the table")
	_, _, _, ok = z.lookup(tableHi)
	assert.False(t, ok, "after the table")
}

func TestDateOfAgreesWithTimePackage(t *testing.T) {
	loc := Copenhagen()
	samples := zoneSamples()
	// Also instants outside the table, which take the time package's path.
	samples = append(samples,
		time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC).Unix(),
		time.Date(1850, time.June, 1, 23, 30, 0, 0, time.UTC).Unix(),
		time.Date(1899, time.December, 29, 23, 30, 0, 0, time.UTC).Unix(),
		time.Date(2201, time.January, 3, 0, 0, 0, 0, time.UTC).Unix(),
		time.Date(2500, time.July, 1, 22, 30, 0, 0, time.UTC).Unix(),
		time.Date(9999, time.December, 31, 23, 30, 0, 0, time.UTC).Unix(),
	)
	for _, u := range samples {
		tm := time.Unix(u, 0)
		y, m, d := tm.In(loc).Date()
		if got := DateOf(tm); got != (Date{y, m, d}) {
			require.Failf(t, "DateOf", "DateOf(%v) = %v, want %04d-%02d-%02d", tm.In(loc), got, y, m, d)
		}
	}
}

func TestDateOf(t *testing.T) {
	loc := Copenhagen()
	tests := []struct {
		name string
		at   time.Time
		want string
	}{
		// Regulation 1182/71 art. 3(1): receipt late at night still counts from that date.
		{"23:59 local on 31 January is 31 January though UTC says 22:59", time.Date(2025, time.January, 31, 22, 59, 0, 0, time.UTC), "2025-01-31"},
		{"00:30 local on 1 February is 1 February though UTC says 31 January", time.Date(2025, time.January, 31, 23, 30, 0, 0, time.UTC), "2025-02-01"},
		{"00:00 local is the new day", time.Date(2025, time.February, 1, 0, 0, 0, 0, loc), "2025-02-01"},
		{"the last nanosecond of a day", time.Date(2025, time.January, 31, 23, 59, 59, 999999999, loc), "2025-01-31"},
		{"summer: 00:30 local is 22:30 UTC the day before", time.Date(2025, time.July, 14, 22, 30, 0, 0, time.UTC), "2025-07-15"},
		{"a time in another zone is read in Copenhagen", time.Date(2025, time.March, 1, 20, 0, 0, 0, time.FixedZone("EST", -5*3600)), "2025-03-02"},
		{"spring DST day before the switch", time.Date(2025, time.March, 30, 1, 59, 0, 0, loc), "2025-03-30"},
		{"spring DST day after the switch", time.Date(2025, time.March, 30, 3, 0, 0, 0, loc), "2025-03-30"},
		{"autumn DST day, the second 02:30", time.Date(2025, time.October, 26, 1, 30, 0, 0, time.UTC), "2025-10-26"},
		{"autumn DST day, 23:59", time.Date(2025, time.October, 26, 22, 59, 0, 0, time.UTC), "2025-10-26"},
		{"the zero time", time.Time{}, "0001-01-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, mustDate(tt.want), DateOf(tt.at))
		})
	}
}

func TestStartAndEndAgreeWithTimeDate(t *testing.T) {
	// Every day of the offset table and some outside it.
	loc := Copenhagen()
	check := func(d Date) {
		wantStart := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
		wantEnd := time.Date(d.Year, d.Month, d.Day+1, 0, 0, 0, 0, loc)
		if s, e := d.Start(), d.End(); !s.Equal(wantStart) || !e.Equal(wantEnd) || s.Location() != loc || e.Location() != loc {
			require.Failf(t, "Start/End", "%v: got [%v, %v), want [%v, %v)", d, s, e, wantStart, wantEnd)
		}
	}
	for d := (Date{1899, time.December, 1}); d.Year <= 2201; d = d.AddDays(1) {
		check(d)
	}
	for _, d := range []Date{{1, 1, 1}, {1700, 3, 1}, {2500, 3, 28}, {9999, 12, 31}, {2025, 2, 30}} {
		check(d)
	}
}

func TestStartAndEnd(t *testing.T) {
	tests := []struct {
		name      string
		d         string
		wantStart string
		wantEnd   string
		wantHours float64
	}{
		{"winter day", "2025-01-31", "2025-01-31T00:00:00+01:00", "2025-02-01T00:00:00+01:00", 24},
		{"summer day", "2025-07-15", "2025-07-15T00:00:00+02:00", "2025-07-16T00:00:00+02:00", 24},
		{"spring DST day has 23 hours", "2025-03-30", "2025-03-30T00:00:00+01:00", "2025-03-31T00:00:00+02:00", 23},
		{"autumn DST day has 25 hours", "2025-10-26", "2025-10-26T00:00:00+02:00", "2025-10-27T00:00:00+01:00", 25},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustDate(tt.d)
			assert.Equal(t, tt.wantStart, d.Start().Format(time.RFC3339))
			assert.Equal(t, tt.wantEnd, d.End().Format(time.RFC3339))
			assert.Equal(t, tt.wantHours, d.End().Sub(d.Start()).Hours())
			assert.Equal(t, d, DateOf(d.Start()), "Start is on the day")
			assert.Equal(t, d, DateOf(d.End().Add(-time.Nanosecond)), "the last nanosecond is on the day")
			assert.Equal(t, d.AddDays(1), DateOf(d.End()), "End is on the next day")
		})
	}
}
