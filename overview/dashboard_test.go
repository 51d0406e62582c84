package overview_test

import (
	"bytes"
	"errors"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// goldenSizes are the sizes of the municipality of the golden dashboards:
// every section has something to show, and the files stay small.
var goldenSizes = sizes{records: 40, agreements: 30, screenings: 5, breaches: 10, requests: 60}

// note is the line under the title of the test dashboards.
var note = gdpr.Text{Da: "Syntetiske data til test.", En: "Synthetic data for tests."}

// dashboards returns the HTML and the text dashboard of m at gdprtest.Now().
func dashboards(t testing.TB, m overview.Municipality, o overview.DashboardOptions) (html, text string) {
	t.Helper()
	r := build(t, m)
	var h, x bytes.Buffer
	require.NoError(t, r.WriteHTML(&h, m, o))
	require.NoError(t, r.WriteText(&x, m, o))
	return h.String(), x.String()
}

// TestDashboardGolden fixes the dashboards of a synthetic municipality in
// Danish and in English (golden files; refresh with
// go test ./overview -run TestDashboardGolden -update).
func TestDashboardGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		lang language.Tag
	}{{"da", language.Danish}, {"en", language.English}} {
		t.Run(tc.name, func(t *testing.T) {
			html, text := dashboards(t, synthetic(goldenSizes), overview.DashboardOptions{Lang: tc.lang, Note: note})
			for file, got := range map[string]string{"dashboard." + tc.name + ".html": html, "dashboard." + tc.name + ".txt": text} {
				golden := filepath.Join("testdata", file)
				if *update {
					require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
				}
				want, err := os.ReadFile(golden)
				require.NoError(t, err)
				assert.Equal(t, string(want), got, "%s differs from the golden file (run with -update if the change is intended)", file)
			}
			checkPage(t, html, tc.name)
		})
	}
}

// TestDashboardLanguagesNeverMix: a Danish dashboard has no English
// heading or word of the page's own, and an English one no Danish.
func TestDashboardLanguagesNeverMix(t *testing.T) {
	m := synthetic(goldenSizes)
	da, daText := dashboards(t, m, overview.DashboardOptions{Note: note})
	en, enText := dashboards(t, m, overview.DashboardOptions{Lang: language.English, Note: note})
	danish := []string{"overblik over databeskyttelse", "Omfang", "Fund pr. område og alvor", "Krydshenvisninger",
		"De alvorligste fund", "Overskredet", "Forfalder inden for", "Risici", "Anmodninger fra registrerede", "Forklaring",
		"Restrisiko", "Ældste frist", "Første frist", "Opgjort", "Syntetiske data", "I alt", "Antal", "Beskrivelse"}
	english := []string{"data protection overview", "Scope", "Findings by area and severity", "Cross-references",
		"The most serious findings", "Overdue", "Due within", "Risks", "Data-subject requests", "Legend",
		"Residual risk", "Oldest due", "Soonest due", "As of", "Synthetic data", "Total", "Count", "Description"}
	for _, s := range danish {
		assert.Contains(t, da, s)
		assert.NotContains(t, en, s, "a Danish text in the English dashboard: %q", s)
		for _, v := range []string{s, strings.ToUpper(s)} {
			assert.NotContains(t, enText, v, "a Danish text in the English text dashboard: %q", v)
		}
	}
	for _, s := range english {
		assert.Contains(t, en, s)
		assert.NotContains(t, da, s, "an English text in the Danish dashboard: %q", s)
		for _, v := range []string{s, strings.ToUpper(s)} {
			assert.NotContains(t, daText, v, "an English text in the Danish text dashboard: %q", v)
		}
	}
	assert.Contains(t, da, `<html lang="da">`)
	assert.Contains(t, en, `<html lang="en">`)
}

// hostile is text a user could type into any field: markup, an attribute
// that breaks out of its quotes, an entity, a closing tag, terminal escape
// sequences and a NUL.
const hostile = `<script>alert(1)</script><img src=x onerror=alert(2)>"' onmouseover="alert(3)" &amp; </td></table><svg onload=alert(4)>` + "\x1b[2J\x07\x00"

// TestDashboardEscapesHostileInput puts hostile text in every text field
// the dashboards show (the name of the municipality, the note, the ids of
// every kind of piece, the names of records and sub-processors that
// findings quote) and checks that none of it becomes markup, and that no
// control character reaches a terminal.
func TestDashboardEscapesHostileInput(t *testing.T) {
	m := synthetic(goldenSizes)
	m.Name = hostile
	for i := range m.Records {
		m.Records[i].Name = hostile + strconv.Itoa(i)
	}
	m.Records[3].ID = hostile + "rec"
	m.Agreements[0].ID = hostile + "dba"
	m.Agreements[1].SubProcessors = append(m.Agreements[1].SubProcessors, dpa.SubProcessor{ID: "sub-x", Party: dpa.Party{Name: hostile + "sub"}})
	m.Risks[0].ID = hostile + "risk"
	m.Screenings[0].ID = hostile + "scr"
	m.Breaches[0].Incident.ID = hostile + "brud"
	m.Requests[0].Request.ID = hostile + "anm"
	m.Consents[0].ID = hostile + "samtykke"
	m.DPIAs[0].ID = hostile + "dpia"
	for _, lang := range []language.Tag{language.Danish, language.English} {
		o := overview.DashboardOptions{Lang: lang, Note: gdpr.Text{Da: hostile, En: hostile}, Items: 1000, Top: 1000}
		html, text := dashboards(t, m, o)
		for _, bad := range []string{"<script", "<img", "<svg onload", `" onmouseover="`, "</td></table>", "\x00", "\x1b"} {
			assert.NotContains(t, html, bad, "hostile input became markup: %q", bad)
		}
		assert.Equal(t, 1, strings.Count(html, "<svg"), "one SVG: the heat map")
		assert.Contains(t, html, "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;")
		assert.Greater(t, strings.Count(html, "&lt;script&gt;"), 10, "the hostile text is shown, escaped, in many places")
		checkPage(t, html, lang.String())

		assert.Contains(t, text, "<script>alert(1)</script>", "the text dashboard shows the text as it is")
		for _, c := range []string{"\x1b", "\x07", "\x00"} {
			assert.NotContains(t, text, c, "a control character reached the terminal")
		}
	}
}

// checkPage checks what a browser and a screen reader rely on, and what
// axe-core checks in CI: a language, the Content-Security-Policy, nothing
// fetched or run, one h1 and headings that never skip a level, unique ids,
// every aria-labelledby and in-page link pointing at an id that exists,
// and every table with a head whose cells have a scope.
func checkPage(t *testing.T, html, lang string) {
	t.Helper()
	assert.True(t, strings.HasPrefix(html, "<!DOCTYPE html>\n<html lang=\""+lang+"\">\n"), "doctype and language first")
	assert.Contains(t, html, `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`)
	for _, s := range []string{"<script", "<link", "<img", "<iframe", "<object", "@import", "url(", "ZgotmplZ"} {
		assert.NotContains(t, html, s, "self-contained: nothing fetched, nothing run")
	}
	for _, tag := range regexp.MustCompile(`<[a-zA-Z][^>]*>`).FindAllString(html, -1) {
		assert.NotRegexp(t, `\s(src|on[a-z]+)=|href="[^#]`, tag, "self-contained: nothing fetched, nothing run")
	}
	for _, s := range []string{"header", "nav", "main", "footer"} {
		assert.Equal(t, 1, strings.Count(html, "<"+s+">")+strings.Count(html, "<"+s+" "), "one %s landmark", s)
	}

	level := 0
	for _, h := range regexp.MustCompile(`<h([1-6])[ >]`).FindAllStringSubmatch(html, -1) {
		n := int(h[1][0] - '0')
		if level == 0 {
			assert.Equal(t, 1, n, "the first heading is the h1")
		} else {
			assert.LessOrEqual(t, n, level+1, "a heading skips a level after h%d", level)
			assert.NotEqual(t, 1, n, "one h1")
		}
		level = n
	}
	require.NotZero(t, level)

	ids := map[string]bool{}
	for _, id := range regexp.MustCompile(`\sid="([^"]*)"`).FindAllStringSubmatch(html, -1) {
		assert.False(t, ids[id[1]], "id %q used twice", id[1])
		ids[id[1]] = true
	}
	for _, ref := range regexp.MustCompile(`aria-labelledby="([^"]*)"`).FindAllStringSubmatch(html, -1) {
		for _, id := range strings.Fields(ref[1]) {
			assert.True(t, ids[id], "aria-labelledby names %q, which does not exist", id)
		}
	}
	for _, ref := range regexp.MustCompile(`href="#([^"]*)"`).FindAllStringSubmatch(html, -1) {
		assert.True(t, ids[ref[1]], "a link to #%s, which does not exist", ref[1])
	}
	for _, sec := range regexp.MustCompile(`<section[^>]*>`).FindAllString(html, -1) {
		assert.Contains(t, sec, "aria-labelledby=", "a section is a region with a name")
	}

	tables := strings.Count(html, "<table")
	assert.Equal(t, tables, strings.Count(html, "</table>"))
	assert.Equal(t, tables, strings.Count(html, "<thead>"), "every table has a head")
	ths := regexp.MustCompile(`<th[ >][^>]*`).FindAllString(html, -1)
	assert.NotEmpty(t, ths)
	for _, th := range ths {
		assert.Regexp(t, `scope="(col|row)"`, th)
	}
	for _, th := range regexp.MustCompile(`<th[^>]*></th>`).FindAllString(html, -1) {
		assert.Fail(t, "an empty table header", th)
	}
}

// TestDashboardLengths: the options bound the lists, and out-of-range
// values fall back to defaults and bounds instead of failing.
func TestDashboardLengths(t *testing.T) {
	m := synthetic(sizes{records: 200, agreements: 150, screenings: 20, breaches: 30, requests: 2000})
	rows := func(html, section string) int {
		start := strings.Index(html, `<section id="`+section+`"`)
		require.GreaterOrEqual(t, start, 0, section)
		end := strings.Index(html[start:], "</section>")
		return strings.Count(html[start:start+end], "<tr>")
	}
	for _, tc := range []struct {
		name          string
		o             overview.DashboardOptions
		top, legend   int
		more, widthOK bool
	}{
		{"defaults", overview.DashboardOptions{}, 20, 12, false, true},
		{"short", overview.DashboardOptions{Top: 3, Items: 2, HeatMap: 4, Width: 80}, 3, 4, true, true},
		{"negative is the default", overview.DashboardOptions{Top: -1, Items: -5, HeatMap: -2, Width: -1}, 20, 12, false, true},
		{"too long is the bound", overview.DashboardOptions{Top: math.MaxInt, Items: math.MaxInt, HeatMap: math.MaxInt, Width: 10}, 1000, 99, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := build(t, m)
			html, text := dashboards(t, m, tc.o)
			top := min(tc.top, len(r.Findings))
			assert.Equal(t, top+1, rows(html, "top"), "the head and %d findings", top)
			assert.LessOrEqual(t, rows(html, "risk")-7, tc.legend, "the bands and at most %d risks in the legend", tc.legend)
			assert.Equal(t, tc.more, strings.Contains(html, `class="more"`), "the items beyond Items are counted")
			width := max(tc.o.Width, 60)
			if tc.o.Width <= 0 {
				width = 110
			}
			for _, line := range strings.Split(text, "\n") {
				assert.LessOrEqual(t, len([]rune(line)), width, "line fits the width: %q", line)
			}
		})
	}
}

// TestDashboardIsDeterministic: the same report gives the same bytes, and
// writing leaves the report and the municipality as they were.
func TestDashboardIsDeterministic(t *testing.T) {
	m := synthetic(goldenSizes)
	r := build(t, m)
	again := build(t, synthetic(goldenSizes))
	var a, b, c bytes.Buffer
	require.NoError(t, r.WriteHTML(&a, m, overview.DashboardOptions{}))
	require.NoError(t, r.WriteHTML(&b, m, overview.DashboardOptions{}))
	require.NoError(t, again.WriteHTML(&c, synthetic(goldenSizes), overview.DashboardOptions{}))
	assert.Equal(t, a.String(), b.String())
	assert.Equal(t, a.String(), c.String())
	assert.Equal(t, again, r, "writing does not change the report")
}

// TestDashboardOfNothing: the zero report of the zero municipality, and a
// report written with a municipality it was not built from, give a page,
// never a panic.
func TestDashboardOfNothing(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    overview.Report
		m    overview.Municipality
	}{
		{"zero report, zero municipality", overview.Report{}, overview.Municipality{}},
		{"the report of an empty municipality", build(t, overview.Municipality{}), overview.Municipality{}},
		{"a report with another municipality", build(t, synthetic(goldenSizes)), clean()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var h, x bytes.Buffer
			require.NoError(t, tc.r.WriteHTML(&h, tc.m, overview.DashboardOptions{}))
			require.NoError(t, tc.r.WriteText(&x, tc.m, overview.DashboardOptions{}))
			assert.Contains(t, h.String(), "</html>")
			assert.Contains(t, x.String(), "OMFANG")
			checkPage(t, h.String(), "da")
		})
	}
	var h bytes.Buffer
	require.NoError(t, build(t, overview.Municipality{}).WriteHTML(&h, overview.Municipality{}, overview.DashboardOptions{}))
	assert.Contains(t, h.String(), "<h1>Overblik over databeskyttelse</h1>", "no name, a title all the same")
	assert.Contains(t, h.String(), "<p>Ingen.</p>")
}

// failingWriter fails every write.
type failingWriter struct{}

var errWrite = errors.New("disk full")

func (failingWriter) Write([]byte) (int, error) { return 0, errWrite }

func TestDashboardReturnsTheWritersError(t *testing.T) {
	r := build(t, clean())
	assert.ErrorIs(t, r.WriteHTML(failingWriter{}, clean(), overview.DashboardOptions{}), errWrite)
	assert.ErrorIs(t, r.WriteText(failingWriter{}, clean(), overview.DashboardOptions{}), errWrite)
}

func TestNumber(t *testing.T) {
	for _, tc := range []struct {
		n      int
		da, en string
	}{{0, "0", "0"}, {999, "999", "999"}, {1000, "1.000", "1,000"}, {100000, "100.000", "100,000"},
		{1234567, "1.234.567", "1,234,567"}, {-4500, "-4.500", "-4,500"},
		{math.MinInt64, "-9.223.372.036.854.775.808", "-9,223,372,036,854,775,808"}} {
		assert.Equal(t, tc.da, overview.Number(tc.n, language.Danish))
		assert.Equal(t, tc.en, overview.Number(tc.n, language.English))
	}
}

// BenchmarkWriteHTML writes the HTML dashboard of the default synthetic
// municipality (2,000 records, 100,000 requests; BenchmarkBuild builds its
// report).
func BenchmarkWriteHTML(b *testing.B) {
	m := synthetic(defaultSizes)
	r, err := overview.Build(m, gdprtest.Now(), 30)
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if err := r.WriteHTML(&buf, m, overview.DashboardOptions{}); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if err := r.WriteHTML(io.Discard, m, overview.DashboardOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteText writes the text dashboard of the same municipality.
func BenchmarkWriteText(b *testing.B) {
	m := synthetic(defaultSizes)
	r, err := overview.Build(m, gdprtest.Now(), 30)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := r.WriteText(io.Discard, m, overview.DashboardOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
