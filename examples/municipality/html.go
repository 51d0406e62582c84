package main

import (
	"bytes"
	"html/template"
	"io"
)

// htmlItems is the number of items the HTML dashboard lists per kind of
// what falls due; the rest are counted.
const htmlItems = 200

// writeHTML writes the dashboard as one self-contained HTML page: inline
// CSS, the heat map as inline SVG, no scripts and nothing fetched. Every
// text goes through html/template's escaping; the heat map is the SVG of
// risk.HeatMap, which escapes the text it draws.
func (d *dashboard) writeHTML(w io.Writer) error {
	type kind struct {
		kindRow
		Shown []dueRow
		More  int
	}
	type section struct {
		dueSection
		ID    string
		Kinds []kind
	}
	sections := []section{{dueSection: d.Overdue, ID: "overdue"}, {dueSection: d.Upcoming, ID: "upcoming"}}
	for i := range sections {
		for _, k := range sections[i].dueSection.Kinds {
			n := min(htmlItems, len(k.Items))
			sections[i].Kinds = append(sections[i].Kinds, kind{kindRow: k, Shown: k.Items[:n], More: len(k.Items) - n})
		}
	}
	var buf bytes.Buffer
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

var page = template.Must(template.New("dashboard").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body { font-family: system-ui, -apple-system, "Segoe UI", Arial, sans-serif; margin: 0; color: #1b1b1b; background: #f5f6f8; }
header { background: #1d3557; color: #fff; padding: 1.2rem 2rem; }
header h1 { margin: 0 0 .3rem; font-size: 1.5rem; }
header p { margin: .2rem 0; opacity: .9; }
main { padding: 1rem 2rem 3rem; max-width: 1200px; }
section { background: #fff; border-radius: 6px; padding: 1rem 1.4rem; margin: 1rem 0; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
h2 { font-size: 1.15rem; margin: .2rem 0 .8rem; color: #1d3557; }
h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #e3e6ea; vertical-align: top; }
th { background: #eef1f5; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: bold; border-top: 2px solid #1d3557; }
.sev { display: inline-block; padding: .05rem .45rem; border-radius: 3px; font-size: .8rem; white-space: nowrap; }
.critical { background: #b00020; color: #fff; }
.error { background: #e4572e; color: #fff; }
.warning { background: #f3c13a; color: #1b1b1b; }
.info { background: #d6e4f0; color: #1b1b1b; }
code { font-size: .85rem; color: #444; }
td.id { white-space: nowrap; }
.swatch { display: inline-block; width: .9rem; height: .9rem; border: 1px solid #999; vertical-align: middle; margin-right: .4rem; }
svg { max-width: 100%; height: auto; }
.more { color: #555; font-style: italic; }
footer { color: #666; font-size: .8rem; padding: 0 2rem 2rem; }
</style>
</head>
<body>
<header>
<h1>{{.Title}}</h1>
<p>{{.Subtitle}}</p>
<p>{{.Note}}</p>
</header>
<main>
<section id="scope">
<h2>{{.Headings.Sizes}}</h2>
<table>{{range .Sizes}}<tr><td>{{.Label}}</td><td class="n">{{.N}}</td></tr>{{end}}</table>
</section>

<section id="findings">
<h2>{{.Headings.Findings}}</h2>
<table>
<tr>{{range $i, $h := .Severity}}<th{{if $i}} class="n"{{end}}>{{$h}}</th>{{end}}</tr>
{{range .Areas}}<tr><td>{{.Label}}</td>{{range .Counts}}<td class="n">{{.}}</td>{{end}}</tr>
{{end}}<tr class="total"><td>{{.Total.Label}}</td>{{range .Total.Counts}}<td class="n">{{.}}</td>{{end}}</tr>
</table>
</section>

<section id="links">
<h2>{{.Headings.Links}}</h2>
<table>
<tr><th class="n">{{.Headings.Count}}</th><th>{{.Headings.Severity}}</th><th>{{.Headings.Rule}}</th><th>{{.Headings.Text}}</th></tr>
{{range .Links}}<tr><td class="n">{{.N}}</td><td><span class="sev {{.SevCode}}">{{.Severity}}</span></td><td><code>{{.Rule}}</code></td><td>{{.Text}}</td></tr>
{{end}}</table>
</section>

<section id="top">
<h2>{{.TopTitle}}</h2>
<table>
<tr><th>{{.Headings.Severity}}</th><th>{{.Headings.Area}}</th><th>{{.Headings.ID}}</th><th>{{.Headings.Rule}}</th><th>{{.Headings.Text}}</th></tr>
{{range .Top}}<tr><td><span class="sev {{.SevCode}}">{{.Severity}}</span></td><td>{{.Area}}</td><td class="id">{{.ID}}</td><td><code>{{.Rule}}</code><br><code>{{.Path}}</code></td><td>{{.Text}}</td></tr>
{{end}}</table>
</section>

{{range .Due}}<section id="{{.ID}}">
<h2>{{.Title}} ({{.N}})</h2>
<table>{{range .Kinds}}<tr><td>{{.Kind}}</td><td class="n">{{.N}}</td><td>{{.First}}</td></tr>{{end}}</table>
{{range .Kinds}}<h3>{{.Kind}} ({{.N}})</h3>
<table>
<tr><th>{{$.Headings.Day}}</th><th class="n">{{$.Headings.DaysLeft}}</th><th>{{$.Headings.ID}}</th><th>{{$.Headings.Path}}</th></tr>
{{range .Shown}}<tr><td class="id">{{.Day}}</td><td class="n">{{.DaysLeft}}</td><td class="id">{{.ID}}</td><td><code>{{.Path}}</code></td></tr>
{{end}}{{if .More}}<tr><td colspan="4" class="more">… {{.More}} {{$.Headings.More}}</td></tr>{{end}}
</table>
{{end}}</section>
{{end}}
<section id="risk">
<h2>{{.Headings.Risk}}</h2>
{{range .Risk.Summary}}<p>{{.}}</p>{{end}}
<table>
<tr><th>{{.Headings.Band}}</th><th class="n">{{.Headings.Before}}</th><th class="n">{{.Headings.After}}</th></tr>
{{range .Risk.Bands}}<tr><td><span class="swatch" style="background: {{.Colour}}"></span>{{.Band}}</td><td class="n">{{.Before}}</td><td class="n">{{.After}}</td></tr>
{{end}}</table>
<h3>{{.Headings.HeatMap}}</h3>
<figure>{{.SVG}}</figure>
<h3>{{.Headings.Legend}}</h3>
<table>
<tr><th>#</th><th>{{.Headings.ID}}</th><th>{{.Headings.Record}}</th><th>{{.Headings.Threat}}</th><th>{{.Headings.After}}</th></tr>
{{range .Risk.Legend}}<tr><td>{{.Label}}</td><td class="id">{{.Assessment}}</td><td>{{.Record}}</td><td>{{.Threat}}</td><td>{{.Residual}}</td></tr>
{{end}}</table>
</section>

<section id="requests">
<h2>{{.Headings.Requests}}</h2>
<table>{{range .Requests}}<tr><td>{{.Label}}</td><td class="n">{{.N}}</td></tr>{{end}}</table>
</section>
</main>
<footer>{{.Generated}} · github.com/dkgdpr/gdpr/overview</footer>
</body>
</html>
`))
