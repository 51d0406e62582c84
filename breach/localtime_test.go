package breach_test

import (
	"encoding/json"
	"errors"
	"github.com/dkgdpr/gdpr/internal/enum"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseLocal(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // RFC 3339 in Copenhagen, or "" for an error
		err  error
	}{
		{name: "RFC 3339 with an offset is taken as given", in: "2025-03-28T14:30:00+01:00", want: "2025-03-28T14:30:00+01:00"},
		{name: "RFC 3339 in UTC", in: "2025-03-28T13:30:00Z", want: "2025-03-28T14:30:00+01:00"},
		{name: "RFC 3339 with fractions", in: "2025-03-28T13:30:00.5Z", want: "2025-03-28T14:30:00+01:00"},
		{name: "local winter time", in: "2025-03-28T14:30", want: "2025-03-28T14:30:00+01:00"},
		{name: "local summer time with seconds", in: "2025-07-01T09:15:30", want: "2025-07-01T09:15:30+02:00"},
		{name: "a space instead of the T", in: "2025-07-01 09:15", want: "2025-07-01T09:15:00+02:00"},
		{name: "surrounding spaces are trimmed", in: "  2025-07-01T09:15 ", want: "2025-07-01T09:15:00+02:00"},
		{name: "midnight", in: "2025-06-01T00:00", want: "2025-06-01T00:00:00+02:00"},
		{name: "the last minute before the spring gap", in: "2025-03-30T01:59", want: "2025-03-30T01:59:00+01:00"},
		{name: "the first minute after the spring gap", in: "2025-03-30T03:00", want: "2025-03-30T03:00:00+02:00"},
		{name: "spring gap start: 02:00 never happened", in: "2025-03-30T02:00", err: breach.ErrNonexistentTime},
		{name: "spring gap: 02:30 never happened", in: "2025-03-30T02:30", err: breach.ErrNonexistentTime},
		{name: "spring gap in 2026", in: "2026-03-29T02:59:59", err: breach.ErrNonexistentTime},
		{name: "autumn overlap: 02:30 happened twice", in: "2025-10-26T02:30", err: breach.ErrAmbiguousTime},
		{name: "autumn overlap start: 02:00 happened twice", in: "2025-10-26T02:00", err: breach.ErrAmbiguousTime},
		{name: "after the autumn overlap: 03:00 happened once", in: "2025-10-26T03:00", want: "2025-10-26T03:00:00+01:00"},
		{name: "before the autumn overlap: 01:59 happened once", in: "2025-10-26T01:59", want: "2025-10-26T01:59:00+02:00"},
		{name: "the overlap with an offset is fine: first 02:30", in: "2025-10-26T02:30:00+02:00", want: "2025-10-26T02:30:00+02:00"},
		{name: "the overlap with an offset is fine: second 02:30", in: "2025-10-26T02:30:00+01:00", want: "2025-10-26T02:30:00+01:00"},
		{name: "a date alone is not an instant", in: "2025-03-28", err: breach.ErrBadTime},
		{name: "empty", in: "", err: breach.ErrBadTime},
		{name: "nonsense", in: "i går ved frokost", err: breach.ErrBadTime},
		{name: "a day that does not exist", in: "2025-02-30T10:00", err: breach.ErrBadTime},
		{name: "hour 24", in: "2025-02-03T24:00", err: breach.ErrBadTime},
		{name: "local mean time of year 1 is in year 0 UTC: out of range", in: "0001-01-01T00:00", err: breach.ErrBadTime},
		{name: "year 0 with an offset: out of range", in: "0000-06-01T00:00:00Z", err: breach.ErrBadTime},
		{name: "the last instant of 9999 in UTC", in: "9999-12-31T23:59:59Z", want: "10000-01-01T00:59:59+01:00"},
		// RFC 3339 (section 5.6) offsets are 00:00 to 23:59; Time.MarshalJSON refuses hour 24.
		{name: "offset +23:59 is storable", in: "2025-03-28T14:30:00+23:59", want: "2025-03-27T15:31:00+01:00"},
		{name: "offset -23:59 is storable", in: "2025-03-28T14:30:00-23:59", want: "2025-03-29T15:29:00+01:00"},
		{name: "offset +24:00 cannot be stored", in: "2025-03-28T14:30:00+24:00", err: breach.ErrBadTime},
		{name: "offset -24:00 cannot be stored", in: "2025-03-28T14:30:00-24:00", err: breach.ErrBadTime},
		{name: "offset minutes of 60 are not minutes", in: "2025-03-28T14:30:00+01:60", err: breach.ErrBadTime},
		{name: "local mean time before 1894 has an offset in seconds, which JSON cannot carry", in: "1850-06-01T12:00", err: breach.ErrBadTime},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := breach.ParseLocal(tc.in)
			if tc.err != nil {
				require.Error(t, err)
				assert.ErrorIs(t, err, tc.err)
				assert.ErrorIs(t, err, gdpr.ErrInvalid)
				assert.Contains(t, err.Error(), "breach: ")
				if tc.in != "" {
					assert.Contains(t, err.Error(), enum.Quote(tc.in), "the error names a time-like value and describes anything else")
				}
				assert.True(t, got.IsZero())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got.In(cph).Format(time.RFC3339))
			_, err = json.Marshal(got)
			assert.NoError(t, err, "what ParseLocal accepts can be stored")
		})
	}
}

func TestParseLocalErrorsSayHowToFix(t *testing.T) {
	_, err := breach.ParseLocal("2025-10-26T02:30")
	require.Error(t, err)
	assert.Equal(t, `breach: time "2025-10-26T02:30" is ambiguous in Europe/Copenhagen: it happened twice, at +02:00 and at +01:00, when the clocks were put back (daylight-saving overlap); give the offset`, err.Error())
	_, err = breach.ParseLocal("2025-03-30T02:30")
	require.Error(t, err)
	assert.Equal(t, `breach: time "2025-03-30T02:30" does not exist in Europe/Copenhagen: the clocks were put forward (daylight-saving gap); give an offset to say which instant is meant`, err.Error())
	assert.False(t, errors.Is(err, breach.ErrAmbiguousTime))
}

func TestParseLocalEveryHourOfAYear(t *testing.T) {
	// Every wall-clock hour of 2025: exactly one nonexistent hour (02:00 on
	// 30 March), exactly one ambiguous hour (02:00 on 26 October), and every
	// other hour reads back as itself.
	var gaps, overlaps []string
	for d := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() == 2025; d = d.Add(time.Hour) {
		s := d.Format("2006-01-02T15:04")
		got, err := breach.ParseLocal(s)
		switch {
		case errors.Is(err, breach.ErrNonexistentTime):
			gaps = append(gaps, s)
		case errors.Is(err, breach.ErrAmbiguousTime):
			overlaps = append(overlaps, s)
		case err != nil:
			t.Fatalf("%s: %v", s, err)
		default:
			if f := got.In(cph).Format("2006-01-02T15:04"); f != s {
				t.Fatalf("%s read back as %s", s, f)
			}
		}
	}
	assert.Equal(t, []string{"2025-03-30T02:00"}, gaps)
	assert.Equal(t, []string{"2025-10-26T02:00"}, overlaps)
}

func FuzzParseLocal(f *testing.F) {
	for _, s := range []string{"2025-03-28T14:30:00+01:00", "2025-03-28T14:30", "2025-03-30T02:30", "2025-10-26T02:30", "2025-07-01 09:15:30", "", "x", "2025-13-01T00:00", "9999-12-31T23:59",
		"0000-01-01 00:00", // local mean time +00:50:20, an offset RFC 3339 cannot write
		"1850-06-01T12:00", "2025-03-28T14:30:00+24:00", "2025-03-28T14:30:00+01:60", "2025-03-28T14:30:00.123456789-23:59"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := breach.ParseLocal(s)
		if err != nil {
			if !errors.Is(err, gdpr.ErrInvalid) {
				t.Fatalf("%q: error %v does not match gdpr.ErrInvalid", s, err)
			}
			return
		}
		// Round trip: the RFC 3339 form in UTC reads back as the same
		// instant (in UTC, since RFC 3339 has no offset seconds).
		utc := got.UTC().Format(time.RFC3339Nano)
		back, err := breach.ParseLocal(utc)
		if err != nil || !back.Equal(got) {
			t.Fatalf("%q: %s reads back as %s, %v", s, utc, back, err)
		}
		// Storage: encoding/json writes it and reads back the same instant
		// with the same offset.
		b, err := json.Marshal(got)
		if err != nil {
			t.Fatalf("%q parsed as %v, which does not encode: %v", s, got, err)
		}
		var stored time.Time
		if err := json.Unmarshal(b, &stored); err != nil || !stored.Equal(got) {
			t.Fatalf("%q parsed as %v, stored as %s, read back as %v: %v", s, got, b, stored, err)
		}
		_, o1 := got.Zone()
		_, o2 := stored.Zone()
		if o1 != o2 {
			t.Fatalf("%q: offset %d stored as %d", s, o1, o2)
		}
	})
}
