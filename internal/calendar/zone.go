package calendar

import (
	_ "embed"
	"sync"
	"time"
)

// copenhagenTZif is the TZif data of Europe/Copenhagen (see tzdata/README.md).
//
//go:embed tzdata/Europe_Copenhagen
var copenhagenTZif []byte

// zone is Europe/Copenhagen with a precomputed table of its UTC offsets, so
// that the hot paths (DateOf, Date.Start, Date.End) avoid the time package's
// zone lookup, which re-parses the TZ rule string for every instant after the
// last transition stored in the TZif data (about 100 ns a call).
type zone struct {
	loc *time.Location

	// starts[i] is the Unix second at which offsets[i] (seconds east of UTC)
	// takes effect; it lasts until starts[i+1]. Consecutive entries have
	// different offsets. The last entry only closes the one before it.
	starts  []int64
	offsets []int32

	// first[b] is the index of the entry in force at the start of bucket b,
	// the bucket of Unix second u being (u-tableLo)>>bucketShift.
	first []uint16

	// summer has bit i set when 00:00 on the day with ordinal dayLo+i
	// begins at UTC+2 rather than UTC+1 (the start of a day is
	// o*secondsPerDay minus that offset). It covers every day of the offset
	// table; it is nil if some day of it begins at another offset, and then
	// the time package's path is taken.
	summer []uint64
}

const (
	// The offset table covers the instants in [tableLo, tableHi): every day
	// of the years 1900 to 2200 in Copenhagen, with a day to spare each side.
	tableLo = -2208988800 - 2*secondsPerDay // 1899-12-30 00:00 UTC
	tableHi = 7289654400 + 2*secondsPerDay  // 2201-01-03 00:00 UTC

	// Buckets of 2^22 s (about 48.5 days) hold at most a few transitions.
	bucketShift = 22

	secondsPerDay = 86400

	// The days whose midnight, and the instants either side of it, are in
	// the offset table: the days of the summer bits.
	dayLo = tableLo/secondsPerDay + 1
	dayHi = tableHi/secondsPerDay - 1 // exclusive
)

// cph loads the zone once, on first use. The embedded data is part of the
// build, so failing to load it is a broken build, not bad input.
var cph = sync.OnceValue(func() *zone {
	loc, err := time.LoadLocationFromTZData("Europe/Copenhagen", copenhagenTZif)
	if err != nil {
		panic("calendar: embedded Europe/Copenhagen tzdata: " + err.Error())
	}
	return newZone(loc)
})

// Copenhagen returns the Europe/Copenhagen location, loaded from the tzdata
// embedded in this package. It does not depend on the host's zoneinfo files
// or local zone. Every call returns the same *time.Location.
func Copenhagen() *time.Location { return cph().loc }

// newZone builds the offset table of loc for [tableLo, tableHi) by walking
// its zone bounds.
func newZone(loc *time.Location) *zone {
	z := &zone{loc: loc}
	offsetAt := func(u int64) int32 {
		_, off := time.Unix(u, 0).In(loc).Zone()
		return int32(off)
	}
	u := int64(tableLo)
	if start, _ := time.Unix(u, 0).In(loc).ZoneBounds(); !start.IsZero() {
		u = start.Unix()
	}
	for u < tableHi {
		off := offsetAt(u)
		if n := len(z.offsets); n == 0 || z.offsets[n-1] != off {
			z.starts = append(z.starts, u)
			z.offsets = append(z.offsets, off)
		}
		_, end := time.Unix(u, 0).In(loc).ZoneBounds()
		switch {
		case end.IsZero():
			u = 1<<63 - 1 // the offset lasts forever
		case end.Unix() > u:
			u = end.Unix()
		default:
			// The time package can report an interval that ends before
			// the instant asked about, right after the seam between the
			// stored transitions and the TZ rule string (1996-12-31 to
			// 1997-03-30 for this zone). Find the next change by looking.
			u = nextChange(u, off, offsetAt)
		}
	}
	// A sentinel closes the last interval.
	z.starts = append(z.starts, u)
	z.offsets = append(z.offsets, z.offsets[len(z.offsets)-1])

	nb := (tableHi-tableLo)>>bucketShift + 1
	z.first = make([]uint16, nb)
	i := 0
	for b := range z.first {
		u := tableLo + int64(b)<<bucketShift
		for i+1 < len(z.starts)-1 && z.starts[i+1] <= u {
			i++
		}
		z.first[b] = uint16(i)
	}
	z.summer = z.summerBits()
	return z
}

// summerBits computes the summer bits from the offset table, or returns nil
// if some day in it begins at an offset other than UTC+1 or UTC+2.
func (z *zone) summerBits() []uint64 {
	bits := make([]uint64, (dayHi-dayLo+63)/64)
	for o := int64(dayLo); o < dayHi; o++ {
		u, ok := z.localToUnix(o * secondsPerDay)
		switch off := o*secondsPerDay - u; {
		case !ok:
			return nil
		case off == 7200:
			i := o - dayLo
			bits[i/64] |= 1 << (i % 64)
		case off != 3600:
			return nil
		}
	}
	return bits
}

// startUnix returns the Unix second at which the day with ordinal o begins
// in Copenhagen; ok is false if o is outside the summer bits.
func (z *zone) startUnix(o int64) (u int64, ok bool) {
	i := uint64(o - dayLo)
	if i >= dayHi-dayLo || z.summer == nil {
		return 0, false
	}
	return o*secondsPerDay - 3600 - 3600*int64(z.summer[i/64]>>(i%64)&1), true
}

// nextChange returns the first Unix second after u at which the offset is no
// longer off, or tableHi if there is none before it. It assumes the offset
// does not change twice within a day, which holds for Europe/Copenhagen (the
// tests check the table against the time package hour by hour).
func nextChange(u int64, off int32, offsetAt func(int64) int32) int64 {
	lo, hi := u, u
	for {
		hi += secondsPerDay
		if hi >= tableHi {
			return tableHi
		}
		if offsetAt(hi) != off {
			break
		}
		lo = hi
	}
	for hi-lo > 1 { // offsetAt(lo) == off, offsetAt(hi) != off
		mid := lo + (hi-lo)/2
		if offsetAt(mid) == off {
			lo = mid
		} else {
			hi = mid
		}
	}
	return hi
}

// lookup returns the UTC offset in force at Unix second u and the interval
// [start, end) in which it holds. ok is false when u is outside the table.
func (z *zone) lookup(u int64) (off, start, end int64, ok bool) {
	if u < tableLo || u >= tableHi {
		return 0, 0, 0, false
	}
	i := int(z.first[(u-tableLo)>>bucketShift])
	for z.starts[i+1] <= u {
		i++
	}
	return int64(z.offsets[i]), z.starts[i], z.starts[i+1], true
}

// localToUnix converts l, seconds since 1970-01-01 00:00 on Copenhagen's wall
// clock, to a Unix second the way time.Date does: when l falls in a gap or an
// overlap of a daylight-saving change the choice follows time.Date. ok is
// false when l is outside the table.
func (z *zone) localToUnix(l int64) (u int64, ok bool) {
	off, start, end, ok := z.lookup(l)
	if !ok {
		return 0, false
	}
	if off != 0 {
		utc := l - off
		if utc < start || utc >= end {
			if off, _, _, ok = z.lookup(utc); !ok {
				return 0, false
			}
		}
		l -= off
	}
	return l, true
}

// DateOf returns the calendar day of t in Europe/Copenhagen, whatever t's own
// location is: 23:59 on 31 January in Copenhagen (22:59 UTC) is 31 January,
// and 00:30 on 1 February in Copenhagen (23:30 UTC on 31 January) is
// 1 February.
func DateOf(t time.Time) Date { return cph().dateOf(t) }

func (z *zone) dateOf(t time.Time) Date {
	return fromOrdinal(z.dayOf(t))
}

// dayOf returns the ordinal of t's day in Copenhagen.
func (z *zone) dayOf(t time.Time) int {
	u := t.Unix()
	// The offset is UTC+1 or UTC+2, so the day is the one that UTC+1 gives
	// or the next; it is the next if that one has begun. Unix seconds in
	// the table are above tableLo, so the division needs no flooring there.
	if v := u + 3600 - tableLo; v >= 0 {
		o := v/secondsPerDay + tableLo/secondsPerDay
		if s, ok := z.startUnix(o + 1); ok {
			if u >= s {
				o++
			}
			return int(o)
		}
	}
	return z.dayOfSlow(u, t)
}

// dayOfSlow is dayOf for an instant outside the summer bits.
func (z *zone) dayOfSlow(u int64, t time.Time) int {
	if off, _, _, ok := z.lookup(u); ok {
		return int(floorDiv64(u+off, secondsPerDay))
	}
	y, m, d := t.In(z.loc).Date()
	return Date{y, m, d}.ordinal()
}

// Start returns the instant the day d begins: 00:00 in Europe/Copenhagen.
// An invalid d is normalised first, as by [Date.AddDays] with 0.
func (d Date) Start() time.Time { return cph().start(d.ordinal()) }

// End returns the instant the day d ends, which is also the instant the next
// day begins: 00:00 of the following day in Europe/Copenhagen. The day is
// the half-open interval [d.Start(), d.End()), so an act at or after End is
// after the day; 23:59:59.999 on the day itself is still within it. Under
// Regulation 1182/71 a period ends "with the expiry of the last hour" of its
// last day, which is this instant.
func (d Date) End() time.Time { return cph().start(d.ordinal() + 1) }

// start returns 00:00 in Copenhagen of the day with the given ordinal (days
// since 1970-01-01).
func (z *zone) start(o int) time.Time {
	if u, ok := z.startUnix(int64(o)); ok {
		return time.Unix(u, 0).In(z.loc)
	}
	return z.startSlow(o)
}

// startSlow is start for a day outside the summer bits.
func (z *zone) startSlow(o int) time.Time {
	if o > minOrdinal && o < maxOrdinal {
		if u, ok := z.localToUnix(int64(o) * secondsPerDay); ok {
			return time.Unix(u, 0).In(z.loc)
		}
	}
	d := fromOrdinal(o)
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, z.loc)
}

// The ordinals for which o*secondsPerDay cannot overflow and the table may
// apply; others take the time package's path.
const (
	minOrdinal = tableLo / secondsPerDay
	maxOrdinal = tableHi / secondsPerDay
)
