package breach

import (
	"strings"
	"time"

	"github.com/dkgdpr/gdpr/internal/enum"
)

// ParseLocal parses an instant as a case worker or a host system writes
// it:
//
//   - RFC 3339 with an offset or Z ("2025-03-28T14:30:00+01:00"): that
//     instant, as given.
//   - A wall-clock time in Europe/Copenhagen without an offset
//     ("2025-03-28T14:30", "2025-03-28T14:30:05", a space instead of the T
//     is accepted): that local time, in Europe/Copenhagen.
//
// A local time that does not exist because the clocks were put forward
// (2025-03-30T02:30) fails with [ErrNonexistentTime], and one that happened
// twice because the clocks were put back (2025-10-26T02:30) fails with
// [ErrAmbiguousTime]: the 72-hour clock must not guess an hour. Both name the value and say how to fix it; give the offset to say
// which instant is meant. Anything else that does not parse, or an instant
// outside the years 1 to 9999 in UTC, or with an offset outside -23:59
// to +23:59 or in seconds (a local time before 1894, in local mean time),
// which JSON and RFC 3339 cannot carry, fails with [ErrBadTime]. Every error satisfies errors.Is(err, gdpr.ErrInvalid).
func ParseLocal(s string) (time.Time, error) {
	t, err := parseLocal(s)
	if err == nil {
		if y := t.UTC().Year(); y < 1 || y > 9999 {
			return time.Time{}, &timeError{input: s, err: ErrBadTime, detail: "is out of range: the years 1 to 9999 in UTC"}
		}
		if _, off := t.Zone(); off%60 != 0 {
			return time.Time{}, &timeError{input: s, err: ErrBadTime,
				detail: "falls in local mean time (before 1894), whose offset in seconds RFC 3339 and JSON cannot carry; give an offset"}
		}
	}
	return t, err
}

func parseLocal(s string) (time.Time, error) {
	in := strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339Nano, in); err == nil {
		if !storableOffset(in, t) {
			return time.Time{}, &timeError{input: s, err: ErrBadTime,
				detail: "has an offset outside -23:59 to +23:59, or minutes of 60 or more: RFC 3339 and JSON cannot carry it"}
		}
		return t, nil
	}
	local := in
	if len(local) > 10 && local[10] == ' ' {
		local = local[:10] + "T" + local[11:]
	}
	var wall time.Time
	var err error
	for _, layout := range [...]string{"2006-01-02T15:04", "2006-01-02T15:04:05"} {
		if wall, err = time.Parse(layout, local); err == nil {
			break
		}
	}
	if err != nil {
		return time.Time{}, &timeError{input: s, err: ErrBadTime,
			detail: "is not a time: use RFC 3339 with an offset (2025-03-28T14:30:00+01:00) or a local time in Europe/Copenhagen (2025-03-28T14:30)"}
	}
	return resolveLocal(s, wall, copenhagen())
}

// storableOffset reports whether the offset of t, parsed from in, is one
// RFC 3339 and encoding/json can write back as it was given: hours from
// -23 to +23 and minutes from 0 to 59. time.Parse accepts "+24:00" (which
// Time.MarshalJSON then refuses) and "+01:60" (which it reads as +02:00).
func storableOffset(in string, t time.Time) bool {
	if n := len(in); n > 0 && (in[n-1] == 'Z' || in[n-1] == 'z') {
		return true
	}
	_, off := t.Zone()
	if off <= -24*60*60 || off >= 24*60*60 {
		return false
	}
	return len(in) >= 6 && t.Format("-07:00") == in[len(in)-6:]
}

// resolveLocal finds the instants whose wall clock in loc reads wall (given
// as a UTC time with the same fields): none in a gap, two in an overlap.
func resolveLocal(input string, wall time.Time, loc *time.Location) (time.Time, error) {
	// The offsets in force half a day either side cover the transition, if
	// any; transitions in Europe/Copenhagen are months apart.
	_, before := wall.Add(-12 * time.Hour).In(loc).Zone()
	_, after := wall.Add(12 * time.Hour).In(loc).Zone()
	var found [2]time.Time
	n := 0
	for _, off := range [...]int{before, after} {
		u := wall.Add(-time.Duration(off) * time.Second)
		if _, o := u.In(loc).Zone(); o != off {
			continue
		}
		if n == 1 && found[0].Equal(u) {
			continue
		}
		found[n] = u.In(loc)
		n++
	}
	switch n {
	case 0:
		return time.Time{}, &timeError{input: input, err: ErrNonexistentTime,
			detail: "does not exist in Europe/Copenhagen: the clocks were put forward (daylight-saving gap); give an offset to say which instant is meant"}
	case 2:
		return time.Time{}, &timeError{input: input, err: ErrAmbiguousTime,
			detail: "is ambiguous in Europe/Copenhagen: it happened twice, at " + found[0].Format("-07:00") + " and at " + found[1].Format("-07:00") + ", when the clocks were put back (daylight-saving overlap); give the offset"}
	}
	return found[0], nil
}

// timeError names the input and wraps one of the sentinel errors.
type timeError struct {
	input, detail string
	err           error
}

// Error names the input and says what is wrong with it.
func (e *timeError) Error() string { return "breach: time " + enum.Quote(e.input) + " " + e.detail }

// Unwrap returns the sentinel error.
func (e *timeError) Unwrap() error { return e.err }
