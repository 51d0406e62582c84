package ropa_test

import (
	"encoding/json"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestParsePeriod(t *testing.T) {
	good := map[string]ropa.Period{
		"":       {},
		"P5Y":    {Count: 5, Unit: ropa.Years},
		"p6m":    {Count: 6, Unit: ropa.Months},
		"P30D":   {Count: 30, Unit: ropa.Days},
		"P1Y":    {Count: 1, Unit: ropa.Years},
		"P9999D": {Count: 9999, Unit: ropa.Days},
		"P005Y":  {Count: 5, Unit: ropa.Years},
	}
	for s, want := range good {
		got, err := ropa.ParsePeriod(s)
		require.NoError(t, err, s)
		assert.Equal(t, want, got, s)
	}
	for _, s := range []string{"P", "5Y", "P0Y", "P10000Y", "P-1Y", "P1W", "P1Y2M", "PT5H", "P 5Y", "P5", "P5Y ", "1 år"} {
		_, err := ropa.ParsePeriod(s)
		require.ErrorIs(t, err, ropa.ErrMalformedPeriod, s)
		require.ErrorIs(t, err, gdpr.ErrInvalid, s)
	}
}

func TestPeriodText(t *testing.T) {
	p := ropa.Period{Count: 5, Unit: ropa.Years}
	assert.Equal(t, "P5Y", p.String())
	assert.Equal(t, "5 år", p.Label(language.Danish))
	assert.Equal(t, "5 years", p.Label(language.English))
	assert.Equal(t, "1 måned", ropa.Period{Count: 1, Unit: ropa.Months}.Label(language.Danish))
	assert.Equal(t, "1 day", ropa.Period{Count: 1, Unit: ropa.Days}.Label(language.English))
	assert.Equal(t, "30 dage", ropa.Period{Count: 30, Unit: ropa.Days}.Label(language.Danish))
	assert.Equal(t, "", ropa.Period{}.Label(language.Danish))
	bad := ropa.Period{Count: 0, Unit: ropa.Years}
	assert.Equal(t, "Period(0, years)", bad.String())
	assert.Equal(t, bad.String(), bad.Label(language.Danish))
	_, err := bad.MarshalText()
	require.ErrorIs(t, err, gdpr.ErrInvalid)

	b, err := json.Marshal(struct {
		P ropa.Period `json:"p"`
		Z ropa.Period `json:"z,omitzero"`
	}{P: p})
	require.NoError(t, err)
	assert.Equal(t, `{"p":"P5Y"}`, string(b))
	var back struct{ P ropa.Period }
	require.NoError(t, json.Unmarshal([]byte(`{"P":"P5Y"}`), &back))
	assert.Equal(t, p, back.P)
}

func TestPeriodEnd(t *testing.T) {
	d := gdpr.MustParseDate
	cases := []struct {
		name  string
		p     ropa.Period
		start string
		want  string
	}{
		// Regulation 1182/71 art. 3(2)(c): the same day of the month...
		{"five years after the case closed", ropa.Period{Count: 5, Unit: ropa.Years}, "2026-03-02", "2031-03-02"},
		// ... or the last day of the month when that day does not exist.
		{"a month from 31 January", ropa.Period{Count: 1, Unit: ropa.Months}, "2025-01-31", "2025-02-28"},
		{"a month from 31 January in a leap year", ropa.Period{Count: 1, Unit: ropa.Months}, "2028-01-31", "2028-02-29"},
		{"a year from 29 February", ropa.Period{Count: 1, Unit: ropa.Years}, "2024-02-29", "2025-02-28"},
		{"13 months", ropa.Period{Count: 13, Unit: ropa.Months}, "2025-12-15", "2027-01-15"},
		// Art. 3(2)(b): the day of the event is not counted.
		{"30 days", ropa.Period{Count: 30, Unit: ropa.Days}, "2026-02-01", "2026-03-03"},
		{"days across a year end", ropa.Period{Count: 1, Unit: ropa.Days}, "2025-12-31", "2026-01-01"},
		// Not moved off a weekend: 2031-03-01 is a Saturday.
		{"ends on a Saturday", ropa.Period{Count: 5, Unit: ropa.Years}, "2026-03-01", "2031-03-01"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, d(tc.want), tc.p.End(d(tc.start)))
		})
	}
	assert.True(t, ropa.Period{Count: 5, Unit: ropa.Years}.End(gdpr.Date{}).IsZero(), "no start")
	assert.True(t, ropa.Period{}.End(d("2026-01-01")).IsZero(), "no period")
	assert.True(t, ropa.Period{Count: 1, Unit: ropa.Years}.End(gdpr.Date{Year: 2025, Month: 2, Day: 30}).IsZero(), "invalid start")
	assert.True(t, ropa.Period{Count: 9999, Unit: ropa.Years}.End(d("2026-01-01")).IsZero(), "beyond 9999")
}

func TestDefaultReviewInterval(t *testing.T) {
	// GDPR art. 24(1): an annual cycle (årshjul).
	assert.Equal(t, ropa.Period{Count: 1, Unit: ropa.Years}, ropa.DefaultReviewInterval())
	r := ropa.Record{LastReview: gdpr.MustParseDate("2025-06-30")}
	assert.Equal(t, ropa.DefaultReviewInterval(), r.Interval())
	assert.Equal(t, gdpr.MustParseDate("2026-06-30"), r.NextReview())
	r.ReviewInterval = ropa.Period{Count: 3, Unit: ropa.Months}
	assert.Equal(t, gdpr.MustParseDate("2025-09-30"), r.NextReview())
	assert.True(t, ropa.Record{}.NextReview().IsZero())
}

func TestRetentionLabel(t *testing.T) {
	r := ropa.Retention{Period: ropa.Period{Count: 5, Unit: ropa.Years}, Trigger: ropa.CaseClosed, Archive: ropa.Discard}
	assert.Equal(t, "5 år efter sagens afslutning, K (kasseres)", r.Label(language.Danish))
	assert.Equal(t, "5 years after the closing of the case, K (discarded)", r.Label(language.English))
	assert.Equal(t, "B (bevares)", ropa.Retention{Archive: ropa.Preserve}.Label(language.Danish))
	assert.Equal(t, "modtagelse", ropa.Retention{Trigger: ropa.Received}.Label(language.Danish))
}
