package overview

import (
	"bytes"
	"html/template"
	"io"
)

// WriteHTML writes the dashboard of the report r on the municipality m it
// was built from as one self-contained HTML page, in Danish unless o.Lang
// is English:
//
//   - the scope: how many records, consents, agreements, ... m holds;
//   - the findings per area and severity, with the totals;
//   - the cross-references that are broken or missing (the overview's own
//     rules), the most serious first;
//   - the most serious findings (o.Top of them; of each severity at most two
//     of a rule before the next rule gets its turn, so that one frequent gap
//     does not fill the list);
//   - what is overdue and what falls due within the report's horizon, per
//     kind, with up to o.Items items of each kind;
//   - the risks per band before and after the further measures, and the
//     o.HeatMap highest residual risks on the template's matrix as an SVG
//     heat map (risk.HeatMap) with its legend;
//   - the data-subject requests per status.
//
// The page has inline CSS (print: A4, page numbers, table headers repeated
// on each page), no scripts and nothing fetched, and a
// Content-Security-Policy that forbids both. It is built to pass axe-core
// with no serious or critical violation: a language, landmarks (header,
// navigation, main, regions, footer), headings in order, tables with
// column and row headers, colours of sufficient contrast and severities
// written out, not only coloured. Every text of m and o goes through
// html/template's contextual escaping; the heat map is the SVG of
// risk.HeatMap, which escapes the text it draws.
//
// The output depends only on r, m and o: the same input gives the same
// bytes. m must be the municipality r was built from; another gives a page
// that mixes the two, never a panic. WriteHTML returns only the writer's
// error.
func (r Report) WriteHTML(w io.Writer, m Municipality, o DashboardOptions) error {
	o = o.normalised()
	d := newDashboard(&m, &r, o)
	return d.writeHTML(w)
}

// writeHTML writes the dashboard as HTML.
func (d *dashboard) writeHTML(w io.Writer) error {
	type kind struct {
		kindRow
		More string
	}
	type section struct {
		dueSection
		Kinds []kind
	}
	sections := []section{{dueSection: d.Overdue}, {dueSection: d.Upcoming}}
	shown := 0
	for i := range sections {
		for _, k := range sections[i].dueSection.Kinds {
			more := ""
			if k.Count > len(k.Items) {
				more = number(k.Count-len(k.Items), d.tag)
			}
			sections[i].Kinds = append(sections[i].Kinds, kind{kindRow: k, More: more})
			shown += len(k.Items)
		}
	}
	var buf bytes.Buffer
	buf.Grow(24<<10 + len(d.Risk.SVG) + shown*200 + len(d.Top)*400)
	err := page.Execute(&buf, struct {
		*dashboard
		Due []section
		SVG template.HTML
	}{d, sections, template.HTML(d.Risk.SVG)}) // trusted: risk.HeatMap.SVG escapes every text it draws
	if err != nil {
		return err
	}
	_, err = buf.WriteTo(w)
	return err
}

// dashboardCSS is the style sheet of the HTML dashboard: readable on
// screen, clean on A4 paper. Every pair of text and background colours has
// a contrast of at least 4.5:1 (WCAG 2.1, success criterion 1.4.3); the
// severity badges, 7:1 (1.4.6).
const dashboardCSS = `@page { size: A4; margin: 14mm 12mm 16mm 12mm;
  @bottom-right { content: counter(page) " / " counter(pages); font: 8pt Arial, Helvetica, sans-serif; color: #444; } }
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; margin: 0; color: #1b1b1b; background: #f5f6f8; line-height: 1.4; }
header { background: #1d3557; color: #fff; padding: 1.2rem 2rem; }
header h1 { margin: 0 0 .3rem; font-size: 1.5rem; }
header p { margin: .2rem 0; color: #e6e6e6; }
nav { background: #fff; border-bottom: 1px solid #d0d5dc; padding: .5rem 2rem; }
nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .2rem 1.2rem; }
a { color: #1d3557; }
a:focus-visible { outline: 3px solid #1d3557; outline-offset: 2px; }
main { padding: 1rem 2rem 2rem; max-width: 1200px; }
section { background: #fff; border-radius: 6px; padding: 1rem 1.4rem; margin: 1rem 0; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
h2 { font-size: 1.15rem; margin: .2rem 0 .8rem; color: #1d3557; }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
h1, h2, h3 { overflow-wrap: break-word; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: 0 0 .6rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #e3e6ea; vertical-align: top; overflow-wrap: break-word; }
thead th { background: #eef1f5; }
tbody th { font-weight: normal; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.sub th { padding-left: 1.6rem; }
tr.total th, tr.total td { font-weight: bold; border-top: 2px solid #1d3557; }
.sev { display: inline-block; padding: .05rem .45rem; border-radius: 3px; font-size: .8rem; white-space: nowrap; }
.critical { background: #b00020; color: #fff; }
.error { background: #a0300f; color: #fff; }
.warning { background: #f3c13a; color: #1b1b1b; }
.info { background: #d6e4f0; color: #1b1b1b; }
code { font-size: .85rem; color: #333; }
.id { white-space: nowrap; }
.swatch { display: inline-block; width: .9rem; height: .9rem; border: 1px solid #767676; vertical-align: middle; margin-right: .4rem; }
figure { margin: 0 0 .6rem; }
svg { display: block; max-width: 100%; height: auto; }
.more { color: #444; font-style: italic; }
footer { color: #444; font-size: .8rem; padding: 0 2rem 2rem; }
@media print {
  body { background: #fff; font-size: 9pt; }
  header { background: none; color: #1b1b1b; padding: 0 0 3mm; border-bottom: 2px solid #1d3557; }
  header p { color: #1b1b1b; }
  nav { display: none; }
  main { padding: 0; max-width: none; }
  section { box-shadow: none; border-radius: 0; padding: 0; margin: 5mm 0 0; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  thead { display: table-header-group; }
  tr, figure { break-inside: avoid; page-break-inside: avoid; }
  footer { padding: 4mm 0 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`

var page = template.Must(template.New("dashboard").Funcs(template.FuncMap{"css": func() template.CSS {
	return template.CSS(dashboardCSS) // a constant of this package
}}).Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="github.com/dkgdpr/gdpr/overview">
<title>{{.Title}}</title>
<style>
{{css}}</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
<p>{{.Subtitle}}</p>
{{if .Note}}<p>{{.Note}}</p>
{{end}}</header>
<nav aria-label="{{.Headings.Contents}}">
<ul>
<li><a href="#scope">{{.Headings.Sizes}}</a></li>
<li><a href="#findings">{{.Headings.Findings}}</a></li>
<li><a href="#links">{{.Headings.Links}}</a></li>
<li><a href="#top">{{.TopTitle}}</a></li>
{{range .Due}}<li><a href="#{{.ID}}">{{.Title}} ({{.N}})</a></li>
{{end}}<li><a href="#risk">{{.Headings.Risk}}</a></li>
<li><a href="#requests">{{.Headings.Requests}}</a></li>
</ul>
</nav>
<main>
<section id="scope" aria-labelledby="scope-title">
<h2 id="scope-title">{{.Headings.Sizes}}</h2>
<table>
<thead><tr><th scope="col">{{.Headings.Area}}</th><th scope="col" class="n">{{.Headings.Count}}</th></tr></thead>
<tbody>
{{range .Sizes}}<tr{{if .Sub}} class="sub"{{end}}><th scope="row">{{.Label}}</th><td class="n">{{.N}}</td></tr>
{{end}}</tbody>
</table>
</section>

<section id="findings" aria-labelledby="findings-title">
<h2 id="findings-title">{{.Headings.Findings}}</h2>
<table>
<thead><tr>{{range $i, $h := .Severity}}<th scope="col"{{if $i}} class="n"{{end}}>{{$h}}</th>{{end}}</tr></thead>
<tbody>
{{range .Areas}}<tr><th scope="row">{{.Label}}</th>{{range .Counts}}<td class="n">{{.}}</td>{{end}}</tr>
{{end}}<tr class="total"><th scope="row">{{.Total.Label}}</th>{{range .Total.Counts}}<td class="n">{{.}}</td>{{end}}</tr>
</tbody>
</table>
</section>

<section id="links" aria-labelledby="links-title">
<h2 id="links-title">{{.Headings.Links}}</h2>
{{if .Links}}<table>
<thead><tr><th scope="col" class="n">{{.Headings.Count}}</th><th scope="col">{{.Headings.Severity}}</th><th scope="col">{{.Headings.Rule}}</th><th scope="col">{{.Headings.Text}}</th></tr></thead>
<tbody>
{{range .Links}}<tr><td class="n">{{.N}}</td><td><span class="sev {{.SevCode}}">{{.Severity}}</span></td><td><code>{{.Rule}}</code></td><td>{{.Text}}</td></tr>
{{end}}</tbody>
</table>
{{else}}<p>{{.Headings.None}}</p>
{{end}}</section>

<section id="top" aria-labelledby="top-title">
<h2 id="top-title">{{.TopTitle}}</h2>
{{if .Top}}<table>
<thead><tr><th scope="col">{{.Headings.Severity}}</th><th scope="col">{{.Headings.Area}}</th><th scope="col">{{.Headings.ID}}</th><th scope="col">{{.Headings.Rule}} · {{.Headings.Path}}</th><th scope="col">{{.Headings.Text}}</th></tr></thead>
<tbody>
{{range .Top}}<tr><td><span class="sev {{.SevCode}}">{{.Severity}}</span></td><td>{{.Area}}</td><td class="id">{{.ID}}</td><td><code>{{.Rule}}</code><br><code>{{.Path}}</code></td><td>{{.Text}}</td></tr>
{{end}}</tbody>
</table>
{{else}}<p>{{.Headings.None}}</p>
{{end}}</section>

{{range .Due}}<section id="{{.ID}}" aria-labelledby="{{.ID}}-title">
<h2 id="{{.ID}}-title">{{.Title}} ({{.N}})</h2>
{{if .Kinds}}<table>
<thead><tr><th scope="col">{{$.Headings.Kind}}</th><th scope="col" class="n">{{$.Headings.Count}}</th><th scope="col">{{.FirstHead}}</th></tr></thead>
<tbody>
{{range .Kinds}}<tr><th scope="row"><a href="#{{.ID}}">{{.Kind}}</a></th><td class="n">{{.N}}</td><td class="id">{{.FirstDay}}</td></tr>
{{end}}</tbody>
</table>
{{range .Kinds}}<h3 id="{{.ID}}">{{.Kind}} ({{.N}})</h3>
<table>
<thead><tr><th scope="col">{{$.Headings.Day}}</th><th scope="col" class="n">{{$.Headings.DaysLeft}}</th><th scope="col">{{$.Headings.ID}}</th><th scope="col">{{$.Headings.Path}}</th></tr></thead>
<tbody>
{{range .Items}}<tr><td class="id">{{.Day}}</td><td class="n">{{.DaysLeft}}</td><td class="id">{{.ID}}</td><td><code>{{.Path}}</code></td></tr>
{{end}}{{if .More}}<tr><td colspan="4" class="more">… {{.More}} {{$.Headings.More}}</td></tr>
{{end}}</tbody>
</table>
{{end}}{{else}}<p>{{$.Headings.None}}</p>
{{end}}</section>

{{end}}<section id="risk" aria-labelledby="risk-section-title">
<h2 id="risk-section-title">{{.Headings.Risk}}</h2>
{{range .Risk.Summary}}<p>{{.}}</p>
{{end}}<table>
<thead><tr><th scope="col">{{.Headings.Band}}</th><th scope="col" class="n">{{.Headings.Before}}</th><th scope="col" class="n">{{.Headings.After}}</th></tr></thead>
<tbody>
{{range .Risk.Bands}}<tr><th scope="row"><span class="swatch" style="background: {{.Colour}}" aria-hidden="true"></span>{{.Band}}</th><td class="n">{{.Before}}</td><td class="n">{{.After}}</td></tr>
{{end}}</tbody>
</table>
<h3>{{.Headings.HeatMap}}</h3>
<figure>
{{.SVG}}
</figure>
{{if .Risk.Legend}}<h3>{{.Headings.Legend}}</h3>
<table>
<thead><tr><th scope="col" class="n">{{.Headings.No}}</th><th scope="col">{{.Headings.ID}}</th><th scope="col">{{.Headings.Record}}</th><th scope="col">{{.Headings.Threat}}</th><th scope="col">{{.Headings.Residual}}</th></tr></thead>
<tbody>
{{range .Risk.Legend}}<tr><th scope="row" class="n">{{.Label}}</th><td class="id">{{.Assessment}}</td><td>{{.Record}}</td><td>{{.Threat}}</td><td>{{.Residual}}</td></tr>
{{end}}</tbody>
</table>
{{end}}</section>

<section id="requests" aria-labelledby="requests-title">
<h2 id="requests-title">{{.Headings.Requests}}</h2>
{{if .Requests}}<table>
<thead><tr><th scope="col">{{.Headings.Status}}</th><th scope="col" class="n">{{.Headings.Count}}</th></tr></thead>
<tbody>
{{range .Requests}}<tr><th scope="row">{{.Label}}</th><td class="n">{{.N}}</td></tr>
{{end}}</tbody>
</table>
{{else}}<p>{{.Headings.None}}</p>
{{end}}</section>
</main>
<footer>
<p>{{.Generated}} · github.com/dkgdpr/gdpr/overview</p>
</footer>
</body>
</html>
`))
