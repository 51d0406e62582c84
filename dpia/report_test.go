package dpia_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// hostile is user text that would be markup if it were not escaped.
const hostile = `<script>alert(1)</script><img src=x onerror=alert(2)> "'&amp; [link](javascript:alert(3)) **bold** | pipe
# heading
- item
1. ordered`

// hostileLine is hostile text for fields that hold one line.
const hostileLine = `<script>alert(1)</script> "'&amp; [link](javascript:alert(3)) | pipe`

// hostileDPIA puts hostile text in every free-text field a user fills in.
func hostileDPIA() dpia.Assessment {
	a := startedDPIA()
	h := hostile
	a.Name, a.Controller, a.Conclusion, a.RiskBasis = h, h, h, h
	a.Revisions[0].Author, a.Revisions[0].Changes, a.Revisions[0].Version = gdpr.NewPersonal(h), h, h
	a.Screening.Answers[0].Justification = gdpr.NewPersonal(h)
	a.Screening.Triggers[0].Justification = gdpr.NewPersonal(h)
	a.Screening.DecisionReason = gdpr.NewPersonal(h)
	a.SummaryNotes[dpia.DPOInvolved] = h
	a.Introduction = dpia.Introduction{Purpose: h, Application: h, Processing: h}
	a.Scope[0].Description = h
	for n, r := range a.Processing {
		r.Comment = h
		if r.Text != "" {
			r.Text = h
		}
		a.Processing[n] = r
	}
	for n, r := range a.Lawfulness {
		r.Comment = h
		a.Lawfulness[n] = r
	}
	a.Risks[0].Description, a.Risks[0].Consequences, a.Risks[0].CurrentMeasures = gdpr.NewPersonal(h), gdpr.NewPersonal(h), gdpr.NewPersonal(h)
	a.Risks[0].Measures[0].Description, a.Risks[0].Measures[0].Owner = gdpr.NewPersonal(h), gdpr.NewPersonal(hostileLine)
	a.Risks[riskBlurring].Threat = risk.CustomThreat("<b>Trussel</b> & co")
	a.NotRelevant[0].Reason = h
	a.ActionPlan[0].How = h
	a.Views.Description = h
	a.Consultation = dpia.Consultation{Assessment: h, Submitted: date("2026-02-01"), Answered: date("2026-02-20"), Response: h}
	a.Monitoring.Owner = h
	a.Monitoring.Reviews = []dpia.Review{{Date: date("2026-03-01"), By: gdpr.NewPersonal(h), Note: h}}
	a.Monitoring.Changes = []dpia.Change{{Date: date("2026-03-02"), Kind: dpia.RiskChanged, Description: h}}
	a.DPO.Recommendations[0] = dpia.Recommendation{Topic: h, Recommendation: h, Response: h}
	a.DPO.Respondent, a.DPO.Conclusion, a.DPO.Involvement[0].Description = gdpr.NewPersonal(h), h, h
	a.Approval.By = gdpr.NewPersonal(h)
	a.Annexes[0].Title, a.Annexes[0].Reference = h, h
	a.Record.Name, a.Record.Description, a.Record.Security = hostileLine, h, h
	a.Record.Purposes[0].Description = h
	a.Record.Technologies[2].Details = h
	a.Record.Processors[0].Service = h
	return a
}

// TestReportEscapesEverything renders hostile text in every field: the
// HTML has no element, attribute or script of the user's, and the Markdown
// no heading, list, link or raw HTML.
func TestReportEscapesEverything(t *testing.T) {
	a := hostileDPIA()
	require.NoError(t, a.Validate())
	for _, lang := range []language.Tag{language.Danish, language.English} {
		var h, m bytes.Buffer
		o := dpia.ReportOptions{Lang: lang, Agreements: []dpa.Agreement{trafficAgreement()}, Now: tourNow}
		require.NoError(t, a.WriteHTML(&h, o))
		require.NoError(t, a.WriteMarkdown(&m, o))
		html, md := h.String(), m.String()

		assert.NotContains(t, html, "<script")
		assert.NotContains(t, html, "<img")
		assert.NotContains(t, html, "<b>")
		assert.NotRegexp(t, `<[a-z]+[^>]*\son[a-z]+=`, html, "no event handler attributes")
		assert.Contains(t, html, "&lt;script&gt;alert(1)&lt;/script&gt;")
		assert.Contains(t, html, "&#34;&#39;&amp;amp;")
		assert.Contains(t, html, "default-src 'none'", "a Content-Security-Policy forbids scripts even if escaping failed")
		// Only the report's own tags appear.
		for _, tag := range regexp.MustCompile(`<([a-zA-Z][a-zA-Z0-9]*)`).FindAllStringSubmatch(html, -1) {
			assert.Contains(t, []string{"html", "head", "meta", "title", "style", "body", "main", "section", "h1", "h2", "h3", "p", "ul", "li",
				"table", "colgroup", "col", "thead", "tbody", "tr", "th", "td", "br", "figure", "footer", "svg", "desc", "rect", "text", "line", "circle", "g", "tspan", "path"}, tag[1])
		}

		assert.NotContains(t, md, "<script")
		assert.NotRegexp(t, `[^\\]\]\(javascript`, md, "no link")
		assert.Contains(t, md, `&lt;script&gt;`)
		assert.Contains(t, md, `\[link\]`)
		assert.Contains(t, md, `\*\*bold\*\*`)
		assert.Contains(t, md, `\| pipe`)
		for _, line := range strings.Split(md, "\n") {
			assert.False(t, strings.HasPrefix(line, "# heading"), "user text cannot start a heading")
			assert.False(t, strings.HasPrefix(line, "- item"), "user text cannot start a list")
			assert.False(t, strings.HasPrefix(line, "1. ordered"), "user text cannot start a list")
		}
	}
}

// TestReportDeterministic: the same input gives the same bytes, whatever
// the order maps iterate in.
func TestReportDeterministic(t *testing.T) {
	var first []byte
	for range 5 {
		var b bytes.Buffer
		require.NoError(t, hostileDPIA().WriteHTML(&b, dpia.ReportOptions{Agreements: []dpa.Agreement{trafficAgreement()}, Now: tourNow}))
		if first == nil {
			first = b.Bytes()
			continue
		}
		require.Equal(t, first, b.Bytes())
	}
}

// TestReportContents checks that the report follows the template: every
// part in order, every question, the heat map, the decisions.
func TestReportContents(t *testing.T) {
	var b bytes.Buffer
	require.NoError(t, startedDPIA().WriteHTML(&b, dpia.ReportOptions{Agreements: []dpa.Agreement{trafficAgreement()}}))
	html := b.String()
	last := -1
	for _, heading := range []string{
		"Konsekvensanalyse af AI-understøttet trafikanalyse (pilot)", "Revisionshistorik",
		"Behovet for udarbejdelse af konsekvensanalyser", "Sammenfatning af konsekvensanalysen", "Indledning",
		"Afgrænsning af konsekvensanalysen", "Behandling af personoplysninger", "1. Typer af personoplysninger og kategorier af registrerede",
		"8. Sikkerhed", "Risici og mitigerende foranstaltninger", "Metodik for risikovurderingerne", "Risikomatrix",
		"Tids- og handlingsplan for implementering af mitigerende foranstaltninger", "Lovlighed og de registreredes rettigheder",
		"4. Rettigheder", "De registreredes synspunkter", "Behov for forudgående høring af Datatilsynet", "Monitorering og opdatering",
		"Databeskyttelsesrådgiverens anbefalinger og involvering", "Konklusion</h2", "Godkendelse", "Bilag",
	} {
		if !strings.Contains(heading, "</h") {
			heading += "</h"
		}
		i := strings.Index(html, heading)
		require.GreaterOrEqual(t, i, 0, "heading %q", heading)
		assert.Greater(t, i, last, "heading %q is in the template's order", heading)
		last = i
	}
	assert.Equal(t, 1, strings.Count(html, "<svg"), "the heat map is inline SVG")
	assert.NotContains(t, html, "<?xml")
	for _, p := range dpia.Parts() {
		for _, q := range dpia.Questions(p) {
			assert.Contains(t, html, "<td class=\"num\">"+q.Number+"</td>", "%s %s", p, q.Number)
		}
	}
	assert.Contains(t, html, "Godkendt ☒")
	assert.Contains(t, html, "Behandlingen må påbegyndes: ja.")
	assert.Contains(t, html, "Trafiksyn ApS, CVR 12345674, Havnegade 1, 8000 Aarhus C (databehandleraftale DBA-2026-003)", "7.1 from the agreement")
	assert.Contains(t, html, "DBA-2026-003: tilsyn hver 12. måned", "7.3 from the agreement")
	assert.NotContains(t, html, "Mangler og fund", "no findings section without Now")

	b.Reset()
	require.NoError(t, startedDPIA().WriteMarkdown(&b, dpia.ReportOptions{Lang: language.English}))
	assert.Contains(t, b.String(), "## Approval")
	assert.Contains(t, b.String(), "```text\n")
}

// TestReportOfInvalidAssessment: an invalid assessment is an error and
// nothing is written.
func TestReportOfInvalidAssessment(t *testing.T) {
	a := startedDPIA()
	a.Processing["9.9"] = dpia.Response{}
	var b bytes.Buffer
	assert.ErrorIs(t, a.WriteHTML(&b, dpia.ReportOptions{}), gdpr.ErrInvalid)
	assert.ErrorIs(t, a.WriteMarkdown(&b, dpia.ReportOptions{}), gdpr.ErrInvalid)
	assert.Zero(t, b.Len())
	assert.Error(t, startedDPIA().WriteHTML(failingWriter{}, dpia.ReportOptions{}))
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestReportOfSparseAssessments renders assessments with most sections
// empty, a custom matrix and no record, without panicking.
func TestReportOfSparseAssessments(t *testing.T) {
	five, err := risk.NewMatrix(risk.MatrixSpec{Name: "5x5", Bands: [][]risk.Band{
		{1, 1, 1, 2, 2}, {1, 2, 2, 3, 3}, {1, 2, 3, 4, 4}, {2, 3, 4, 5, 5}, {2, 3, 4, 5, 5}}})
	require.NoError(t, err)
	scr := trafficScreening()
	scr.Triggers = nil
	for _, a := range []dpia.Assessment{
		{ID: "x", RecordID: "r"},
		{ID: "x", RecordID: "r", Screening: &scr, Matrix: five, Risks: []risk.Assessment{{Threat: risk.Physical, Description: gdpr.NewPersonal("d"),
			Inherent: risk.Estimate{Consequence: 5, Probability: 5}}}},
		func() dpia.Assessment { a := draftDPIA(); a.Record = nil; return a }(),
		func() dpia.Assessment {
			a := draftDPIA()
			a.Record.Subjects[0].DataTypes = append(a.Record.Subjects[0].DataTypes, gdpr.Health, gdpr.CPRNumber)
			a.Record.Recipients = []ropa.Recipient{{Category: ropa.PublicAuthorities, LegalBases: []gdpr.LegalBasis{gdpr.Art6LegalObligation}}}
			a.Record.Transfers = []ropa.Transfer{{Country: gdpr.MustParseCountry("US"), Recipient: "Support Inc.", Safeguard: ropa.SCC, TIA: "TIA-1"}}
			a.Approval = dpia.Approval{Verdict: dpia.ConditionallyApproved, Conditions: "Skilte først."}
			a.Views = dpia.Views{Sought: dpia.No, Reasons: []dpia.NoViewReason{dpia.NoContact}}
			return a
		}(),
	} {
		require.NoError(t, a.Validate())
		for _, lang := range []language.Tag{language.Danish, language.English} {
			var b bytes.Buffer
			require.NoError(t, a.WriteHTML(&b, dpia.ReportOptions{Lang: lang, Now: tourNow}))
			require.NoError(t, a.WriteMarkdown(&b, dpia.ReportOptions{Lang: lang, Now: tourNow}))
		}
	}
}

// TestReportOpensInChromium opens the HTML report in headless Chromium and
// checks that it loads without errors, that the DOM has the template's
// headings and the heat map, and that nothing the user wrote became markup.
// It runs only when DKGDPR_CHROMIUM names a Chromium binary:
//
//	DKGDPR_CHROMIUM=/usr/bin/chromium go test -run TestReportOpensInChromium ./dpia
func TestReportOpensInChromium(t *testing.T) {
	bin := os.Getenv("DKGDPR_CHROMIUM")
	if bin == "" {
		t.Skip("set DKGDPR_CHROMIUM to a Chromium binary (e.g. /usr/bin/chromium from Debian's package chromium) to open the report in a browser")
	}
	for _, tc := range []struct {
		name string
		a    dpia.Assessment
		lang language.Tag
		want []string
	}{
		{"the worked example in Danish", startedDPIA(), language.Danish, []string{"Sammenfatning af konsekvensanalysen", "Risikomatrix", "Godkendelse"}},
		{"hostile input in English", hostileDPIA(), language.English, []string{"Summary of the impact assessment", "Risk matrix", "Approval"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			file := filepath.Join(dir, "dpia.html")
			var b bytes.Buffer
			require.NoError(t, tc.a.WriteHTML(&b, dpia.ReportOptions{Lang: tc.lang, Agreements: []dpa.Agreement{trafficAgreement()}, Now: tourNow}))
			require.NoError(t, os.WriteFile(file, b.Bytes(), 0o600))

			ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
			defer cancel()
			cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
				"--user-data-dir="+filepath.Join(dir, "profile"), "--enable-logging=stderr", "--v=0",
				"--virtual-time-budget=2000", "--dump-dom", "file://"+file)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err := cmd.Run()
			require.NoError(t, err, "chromium failed: %s", stderr.String())
			dom := stdout.String()
			for _, h := range tc.want {
				assert.Regexp(t, `<h[23][^>]*>`+regexp.QuoteMeta(h)+`</h[23]>`, dom)
			}
			assert.Contains(t, dom, "<svg")
			assert.Contains(t, dom, "</figure>")
			assert.NotContains(t, dom, "<script")
			assert.NotContains(t, dom, "<img")
			log := stderr.String()
			for _, bad := range []string{"CONSOLE", "Uncaught", "Refused to", "Content Security Policy"} {
				assert.NotContains(t, log, bad, "the browser logged an error")
			}

			// Every table and the heat map lie inside the page: on screen
			// at 1280 px, and with the print style sheet on the width A4
			// leaves between its margins (210 mm less 2 x 16 mm, 673 px).
			for _, layout := range []struct {
				name  string
				width int
				print bool
			}{{"screen at 1280 px", 1280, false}, {"print on A4", 673, true}} {
				m := measure(t, bin, dir, b.Bytes(), layout.width, layout.print)
				assert.Empty(t, m.Over, "%s: every table inside the page's column", layout.name)
				assert.LessOrEqual(t, m.Doc, m.Win, "%s: the page does not scroll sideways", layout.name)
				assert.Positive(t, m.Tables, "%s: the tables were measured", layout.name)
			}
		})
	}
}

// layout is what the measuring script finds: the tables and figures that
// stick out of the page's column, the width of the document and of the
// window, and how many tables it measured.
type layout struct {
	Over []struct {
		Tag, ID     string
		Left, Right float64
	} `json:"over"`
	Doc    float64 `json:"doc"`
	Win    float64 `json:"win"`
	Tables int     `json:"tables"`
}

// measureScript measures, after layout, every table and figure of the
// report against the content box of its main element.
const measureScript = `<script>
(function () {
  var main = document.querySelector("main"), cs = getComputedStyle(main), r = main.getBoundingClientRect();
  var left = r.left + parseFloat(cs.paddingLeft), right = r.right - parseFloat(cs.paddingRight);
  var over = [], n = 0;
  document.querySelectorAll("main table, main figure").forEach(function (t) {
    var b = t.getBoundingClientRect();
    if (t.tagName === "TABLE") n++;
    if (b.right > right + 1 || b.left < left - 1) {
      over.push({tag: t.tagName, id: (t.closest("section") || {}).id || "", left: b.left, right: b.right});
    }
  });
  var pre = document.createElement("pre");
  pre.id = "measure";
  pre.textContent = JSON.stringify({over: over, doc: document.documentElement.scrollWidth, win: window.innerWidth, tables: n});
  document.body.appendChild(pre);
})();
</script>
`

// measure opens a copy of the report whose only change is the measuring
// script (its Content-Security-Policy, which forbids scripts, is left out
// of the copy), at the given window width, with the print style sheet
// applied on screen when print is set, and returns what the script found.
func measure(t *testing.T, bin, dir string, report []byte, width int, print bool) layout {
	t.Helper()
	page := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy"[^>]*>\n`).ReplaceAll(report, nil)
	if print {
		page = bytes.Replace(page, []byte("@media print {"), []byte("@media all {"), 1)
	}
	page = bytes.Replace(page, []byte("</body>"), []byte(measureScript+"</body>"), 1)
	file := filepath.Join(dir, "measure.html")
	require.NoError(t, os.WriteFile(file, page, 0o600))
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--window-size="+strconv.Itoa(width)+",900", "--hide-scrollbars",
		"--virtual-time-budget=2000", "--dump-dom", "file://"+file)
	out, err := cmd.Output()
	require.NoError(t, err)
	m := regexp.MustCompile(`<pre id="measure">([^<]*)</pre>`).FindSubmatch(out)
	require.NotNil(t, m, "the measuring script ran")
	var l layout
	require.NoError(t, json.Unmarshal([]byte(html.UnescapeString(string(m[1]))), &l))
	return l
}
