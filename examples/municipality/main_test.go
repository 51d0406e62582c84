package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// small are the sizes of the test municipality: big enough for every kind
// of gap, small enough to run in a blink.
var small = sizes{records: 120, agreements: 90, screenings: 25, dpias: 25, breaches: 40, requests: 1500}

func TestGenerateIsDeterministic(t *testing.T) {
	encode := func(seed uint64) string {
		b, err := json.Marshal(generate(seed, small, defaultNow, nil))
		require.NoError(t, err)
		return string(b)
	}
	first := encode(7)
	assert.Equal(t, first, encode(7), "the same seed gives the same municipality")
	assert.NotEqual(t, first, encode(8), "another seed gives another")
}

func TestGenerateSizes(t *testing.T) {
	m := generate(1, small, defaultNow, nil)
	assert.Len(t, m.Records, small.records)
	assert.Len(t, m.Agreements, small.agreements)
	assert.Len(t, m.Screenings, small.screenings)
	assert.Len(t, m.DPIAs, small.dpias)
	assert.Len(t, m.Breaches, small.breaches)
	assert.Len(t, m.Requests, small.requests)
	assert.NotEmpty(t, m.Risks)
	assert.NotEmpty(t, m.Consents)

	empty := generate(1, sizes{}, defaultNow, nil)
	assert.Empty(t, empty.Records)
	r, err := overview.Build(empty, defaultNow, 30)
	require.NoError(t, err)
	assert.Empty(t, r.Findings)
}

// TestOverviewOfTheGeneratedMunicipality: the generated pieces validate
// (but for the deliberate gap of screenings with an answer no person has
// confirmed) and the overview finds the gaps the generator puts in.
func TestOverviewOfTheGeneratedMunicipality(t *testing.T) {
	m := generate(1, defaultSizes.scaled(0.1), defaultNow, nil)
	r, err := overview.Build(m, defaultNow, 30)
	require.NoError(t, err)
	for _, f := range r.Findings {
		if f.Rule == "overview.invalid" {
			assert.Contains(t, f.Text.En, "not confirmed by a person", "only the deliberate gap: %s at %s", f.Text.En, f.Path)
		}
	}
	for _, id := range []string{"ropa.retention_missing", "ropa.review_overdue", "dpa.clause_missing", "dpa.supervision_overdue",
		"rights.overdue", "rights.answered_late", "risk.measure_overdue", "overview.screening_missing", "overview.dpia_missing",
		"overview.agreement_unknown", "overview.record_unknown"} {
		assert.Positive(t, r.CountRule(id), "the municipality has %s", id)
	}
	assert.NotEmpty(t, r.Overdue)
	assert.NotEmpty(t, r.Upcoming)
	kinds := map[overview.DueKind]bool{}
	for _, d := range append(append([]overview.Due{}, r.Overdue...), r.Upcoming...) {
		kinds[d.Kind] = true
	}
	for _, k := range []overview.DueKind{overview.RequestAnswer, overview.RecordReview, overview.Supervision, overview.MeasureDue,
		overview.DPIAReview} {
		assert.True(t, kinds[k], "something of kind %s falls due", k)
	}
}

func (n sizes) scaled(f float64) sizes {
	s := func(x int) int { return max(1, int(float64(x)*f)) }
	return sizes{s(n.records), s(n.agreements), s(n.screenings), s(n.dpias), s(n.breaches), s(n.requests)}
}

func TestTerminalDashboard(t *testing.T) {
	tests := []struct {
		lang     string
		sections []string
	}{
		{"da", []string{"Fjordby Kommune – overblik over databeskyttelse", "OMFANG", "FUND PR. OMRÅDE OG ALVOR",
			"KRYDSHENVISNINGER, DER ER BRUDTE ELLER MANGLER", "DE ALVORLIGSTE FUND", "OVERSKREDET", "FORFALDER INDEN FOR 30 DAGE",
			"RISICI", "Risikomatrix", "ANMODNINGER FRA REGISTREREDE", "Fortegnelser", "Kritisk", "overview.", "Besvaret rettidigt"}},
		{"en", []string{"Fjordby Kommune – data protection overview", "SCOPE", "FINDINGS BY AREA AND SEVERITY",
			"CROSS-REFERENCES BROKEN OR MISSING", "THE MOST SERIOUS FINDINGS", "OVERDUE", "DUE WITHIN 30 DAYS",
			"RISKS", "Risk matrix", "DATA-SUBJECT REQUESTS", "Records of processing", "Critical", "Answered in time"}},
	}
	for _, tc := range tests {
		t.Run(tc.lang, func(t *testing.T) {
			o := testOptions(t, "-lang", tc.lang)
			var out bytes.Buffer
			require.NoError(t, run(&out, o))
			text := out.String()
			for _, s := range tc.sections {
				assert.Contains(t, text, s)
			}
			for _, line := range strings.Split(text, "\n") {
				assert.LessOrEqual(t, len([]rune(line)), o.width, "line fits the width: %q", line)
			}
		})
	}
}

func TestHTMLDashboard(t *testing.T) {
	file := filepath.Join(t.TempDir(), "overblik.html")
	o := testOptions(t, "-html", file)
	require.NoError(t, run(&bytes.Buffer{}, o))
	b, err := os.ReadFile(file)
	require.NoError(t, err)
	html := string(b)
	for _, s := range []string{"<!DOCTYPE html>", `<html lang="da">`, "<style>", `<section id="findings"`,
		`<section id="links"`, `<section id="overdue"`, `<section id="upcoming"`, `<section id="risk"`, "<svg",
		"Risikomatrix", "Overskredet", "Gennemgang af fortegnelse", "Svar på anmodning fra registreret"} {
		assert.Contains(t, html, s)
	}
	for _, s := range []string{"<script", "<link", "<img", "@import", "url(", `src="`, `href="h`, "ZgotmplZ"} {
		assert.NotContains(t, html, s, "self-contained: nothing fetched, nothing run")
	}
}

func testOptions(t *testing.T, args ...string) options {
	t.Helper()
	o, err := parseFlags(append([]string{"-records", "120", "-agreements", "90", "-screenings", "25", "-dpias", "25",
		"-breaches", "40", "-requests", "1500"}, args...), &bytes.Buffer{})
	require.NoError(t, err)
	return o
}

func TestParseFlags(t *testing.T) {
	o, err := parseFlags(nil, &bytes.Buffer{})
	require.NoError(t, err)
	assert.Equal(t, defaultSizes, o.n, "the issue's default sizes")
	assert.Equal(t, uint64(1), o.seed)
	assert.Equal(t, 30, o.days)
	assert.True(t, o.now.Equal(defaultNow))
	assert.Equal(t, language.Danish, o.lang)

	o, err = parseFlags([]string{"-now", "2025-12-24", "-lang", "en", "-seed", "42"}, &bytes.Buffer{})
	require.NoError(t, err)
	assert.Equal(t, gdpr.MustParseDate("2025-12-24"), gdpr.DateOf(o.now))
	assert.Equal(t, language.English, o.lang)
	assert.Equal(t, uint64(42), o.seed)
	o, err = parseFlags([]string{"-now", "2025-12-24T08:00:00Z"}, &bytes.Buffer{})
	require.NoError(t, err)
	assert.True(t, o.now.Equal(time.Date(2025, 12, 24, 8, 0, 0, 0, time.UTC)))

	for _, bad := range [][]string{
		{"-lang", "sv"}, {"-records", "-1"}, {"-requests", "20000000"}, {"-now", "i går"}, {"extra"},
		{"-records", "0", "-requests", "5"}, {"-unknown"},
	} {
		_, err := parseFlags(bad, &bytes.Buffer{})
		assert.Error(t, err, "%v", bad)
	}
}

func TestProgress(t *testing.T) {
	var quiet bytes.Buffer
	p := startProgress(&quiet, language.Danish, time.Hour)
	p.Step("Genererer", "Generating")
	p.Done()
	assert.Empty(t, quiet.String(), "a run within the delay prints nothing")

	var loud bytes.Buffer
	p = startProgress(&loud, language.English, 0)
	time.Sleep(20 * time.Millisecond)
	p.Step("Genererer", "Generating")
	p.Step("Bygger", "Building")
	p.Done()
	assert.Contains(t, loud.String(), "Generating ...")
	assert.Contains(t, loud.String(), "Building ...")
	assert.Contains(t, loud.String(), "Done in ")
}

// BenchmarkOverview builds the overview of the default synthetic
// municipality of this generator: the target is under 200 ms and
// 256 MB on one core (run with -cpu=1).
func BenchmarkOverview(b *testing.B) {
	m := generate(1, defaultSizes, defaultNow, nil)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := overview.Build(m, defaultNow, 30); err != nil {
			b.Fatal(err)
		}
	}
}
