package gdpr_test

import (
	"encoding/json"
	"github.com/dkgdpr/gdpr/internal/enum"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDateOfIsTheDayInCopenhagen(t *testing.T) {
	tests := []struct {
		name string
		at   time.Time
		want string
	}{
		// Regulation 1182/71 art. 3(1): receipt late at night still counts from that date, in Copenhagen.
		{"23:30 UTC in winter is the next day in Copenhagen", time.Date(2025, 1, 31, 23, 30, 0, 0, time.UTC), "2025-02-01"},
		{"22:30 UTC in summer is the next day in Copenhagen", time.Date(2025, 6, 30, 22, 30, 0, 0, time.UTC), "2025-07-01"},
		{"22:59 UTC in winter is still the same day", time.Date(2025, 1, 31, 22, 59, 0, 0, time.UTC), "2025-01-31"},
		{"an instant in another zone is converted", time.Date(2025, 3, 1, 1, 0, 0, 0, time.FixedZone("EST", -5*3600)), "2025-03-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, gdpr.DateOf(tt.at).String())
		})
	}
}

func TestDateArithmeticAndBounds(t *testing.T) {
	d := gdpr.MustParseDate("2024-01-31")
	assert.Equal(t, "2024-02-29", d.AddMonths(1).String(), "leap year clamps to 29 February")
	assert.Equal(t, "2025-02-28", gdpr.MustParseDate("2025-01-31").AddMonths(1).String())
	assert.Equal(t, "2024-03-01", d.AddDays(30).String())
	assert.Equal(t, 30, d.AddDays(30).DaysSince(d))
	assert.Equal(t, time.Wednesday, d.Weekday())
	assert.True(t, d.Before(d.AddDays(1)) && d.AddDays(1).After(d))

	// The day of the spring DST change is 23 hours long in Copenhagen.
	dst := gdpr.MustParseDate("2025-03-30")
	assert.Equal(t, 23*time.Hour, dst.End().Sub(dst.Start()))
	assert.Equal(t, "2025-03-31T00:00:00+02:00", dst.End().Format(time.RFC3339))
}

func TestDateEncoding(t *testing.T) {
	type doc struct {
		Due gdpr.Date `json:"due"`
	}
	b, err := json.Marshal(doc{Due: gdpr.MustParseDate("2026-01-02")})
	require.NoError(t, err)
	assert.JSONEq(t, `{"due":"2026-01-02"}`, string(b))
	var back doc
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, gdpr.Date{Year: 2026, Month: time.January, Day: 2}, back.Due)

	b, err = json.Marshal(doc{})
	require.NoError(t, err)
	assert.JSONEq(t, `{"due":""}`, string(b), "the zero date is empty")

	for _, bad := range []string{"2025-02-29", "2025-2-1", "25-01-01", "2025-01-01T00:00", "2025-13-01", "+2025-01-01"} {
		err := json.Unmarshal([]byte(`{"due":"`+bad+`"}`), &back)
		require.ErrorIs(t, err, gdpr.ErrInvalid, bad)
		assert.Contains(t, err.Error(), enum.Quote(bad), "a date-like input is quoted, anything else described")
	}
	_, err = gdpr.Date{Year: 2025, Month: 2, Day: 30}.MarshalText()
	assert.ErrorIs(t, err, gdpr.ErrInvalid, "an impossible date does not encode")

	for _, d := range []gdpr.Date{{}, gdpr.MustParseDate("2024-02-29"), gdpr.MustParseDate("0001-01-01"), gdpr.MustParseDate("9999-12-31")} {
		roundTrip(t, d)
	}

	var fromSQL gdpr.Date
	require.NoError(t, fromSQL.Scan(time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC)))
	assert.Equal(t, "2025-05-01", fromSQL.String(), "a DATE column is read as the day it shows")
	require.NoError(t, fromSQL.Scan(time.Date(2025, 5, 1, 0, 0, 0, 0, time.FixedZone("", 14*3600))))
	assert.Equal(t, "2025-05-01", fromSQL.String(), "not converted to Copenhagen, where it is still 30 April")
	assert.ErrorIs(t, fromSQL.Scan(int64(20250501)), gdpr.ErrInvalid, "an integer is not a date")
	require.NoError(t, fromSQL.Scan("2025-05-02"))
	assert.Equal(t, "2025-05-02", fromSQL.String())
	require.NoError(t, fromSQL.Scan(nil))
	assert.True(t, fromSQL.IsZero())
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2025-01-31", "2024-02-29", "2025-02-29", "0000-01-01", "9999-12-31", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := gdpr.ParseDate(s)
		if err != nil {
			return
		}
		if !d.Valid() || d.String() != s {
			t.Fatalf("%q parsed as %v (valid %v)", s, d, d.Valid())
		}
	})
}
