package dpia

import (
	"strconv"
	"strings"
)

// reportCSS is the style sheet of the HTML report: readable on screen,
// clean on A4 paper (page margins, page numbers, no split table rows,
// headings kept with what follows, table headers repeated on each page).
const reportCSS = `@page { size: A4; margin: 18mm 16mm 20mm 16mm;
  @bottom-right { content: counter(page) " / " counter(pages); font: 9pt Arial, Helvetica, sans-serif; color: #444; } }
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #f3f3f1; color: #111; font: 11pt/1.45 Arial, Helvetica, "Liberation Sans", sans-serif; }
main { max-width: 210mm; margin: 0 auto; padding: 14mm 16mm; background: #fff; }
h1 { font-size: 20pt; margin: 0 0 6mm; line-height: 1.2; }
h2 { font-size: 15pt; margin: 9mm 0 3mm; padding-bottom: 1mm; border-bottom: 2px solid #1f4e79; color: #1f4e79; }
h3 { font-size: 12pt; margin: 6mm 0 2mm; color: #1f4e79; }
h1, h2, h3 { break-after: avoid; page-break-after: avoid; overflow-wrap: break-word; }
p { margin: 0 0 3mm; }
p.note { color: #444; font-style: italic; }
ul { margin: 0 0 3mm; padding-left: 6mm; }
li { margin: 0 0 1mm; }
table { width: 100%; border-collapse: collapse; margin: 0 0 4mm; font-size: 9.5pt; table-layout: auto; }
th, td { border: 1px solid #9aa5b1; padding: 1.2mm 1.6mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; hyphens: auto; }
table.fixed { table-layout: fixed; font-size: 8pt; }
table.fixed th, table.fixed td { padding: 1mm 1.1mm; }
table.fixed td.num, table.fixed th.num { white-space: normal; }
th, thead td { background: #dde6ef; font-weight: bold; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.group td { background: #eef2f6; font-weight: bold; }
tr.group { break-after: avoid; page-break-after: avoid; }
thead { display: table-header-group; }
tr, td, th { break-inside: avoid; page-break-inside: avoid; }
.heatmap { margin: 0 0 4mm; break-inside: avoid; page-break-inside: avoid; }
.heatmap svg { display: block; max-width: 100%; height: auto; }
footer { margin-top: 10mm; font-size: 8.5pt; color: #555; border-top: 1px solid #ccc; padding-top: 2mm; }
@media print {
  body { background: #fff; font-size: 10pt; }
  main { max-width: none; margin: 0; padding: 0; }
  h2 { break-before: auto; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`

// html writes the document as one self-contained HTML page.
func (d *document) html() []byte {
	var w strings.Builder
	w.Grow(96 << 10)
	lang := "da"
	if d.lang.String() == "en" {
		lang = "en"
	}
	w.WriteString("<!DOCTYPE html>\n<html lang=\"")
	w.WriteString(lang)
	w.WriteString("\">\n<head>\n<meta charset=\"utf-8\">\n")
	w.WriteString("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n")
	w.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	w.WriteString("<meta name=\"generator\" content=\"github.com/dkgdpr/gdpr/dpia\">\n<title>")
	htmlEscape(&w, oneLine(d.title))
	w.WriteString("</title>\n<style>\n")
	w.WriteString(reportCSS)
	w.WriteString("</style>\n</head>\n<body>\n<main>\n")
	inSection := false
	last := 0 // the level of the last heading written
	for _, bl := range d.blocks {
		switch bl.kind {
		case bHeading:
			// A heading never skips a level (WCAG 2.1, 1.3.1; axe-core's
			// heading-order): the revision history right after the title
			// is a sub-heading in the template and an h2 here.
			level := max(1, min(bl.level, last+1))
			last = level
			if level <= 2 {
				if inSection {
					w.WriteString("</section>\n")
				}
				w.WriteString("<section id=\"")
				w.WriteString(bl.id)
				w.WriteString("\">\n")
				inSection = true
			}
			tag := "h" + strconv.Itoa(level)
			w.WriteString("<" + tag)
			if level > 2 {
				w.WriteString(" id=\"" + bl.id + "\"")
			}
			w.WriteString(">")
			htmlEscape(&w, oneLine(bl.text))
			w.WriteString("</" + tag + ">\n")
		case bPara:
			if bl.note {
				w.WriteString("<p class=\"note\">")
			} else {
				w.WriteString("<p>")
			}
			htmlLines(&w, strings.TrimSpace(bl.text), true)
			w.WriteString("</p>\n")
		case bList:
			w.WriteString("<ul>\n")
			for _, it := range bl.items {
				w.WriteString("<li>")
				htmlLines(&w, it, false)
				w.WriteString("</li>\n")
			}
			w.WriteString("</ul>\n")
		case bHeatMap:
			w.WriteString("<figure class=\"heatmap\">\n")
			w.Write(bl.svg)
			if len(bl.svg) > 0 && bl.svg[len(bl.svg)-1] != '\n' {
				w.WriteByte('\n')
			}
			w.WriteString("</figure>\n")
		case bTable:
			htmlTable(&w, bl.table)
		}
	}
	if inSection {
		w.WriteString("</section>\n")
	}
	w.WriteString("<footer>")
	htmlEscape(&w, d.title)
	w.WriteString("</footer>\n</main>\n</body>\n</html>\n")
	return []byte(w.String())
}

func htmlTable(w *strings.Builder, t *table) {
	n := len(t.head)
	if len(t.widths) == n {
		w.WriteString("<table class=\"fixed\">\n<colgroup>")
		for _, pct := range t.widths {
			w.WriteString("<col style=\"width:")
			w.WriteString(strconv.Itoa(pct))
			w.WriteString("%\">")
		}
		w.WriteString("</colgroup>\n<thead><tr>")
	} else {
		w.WriteString("<table>\n<thead><tr>")
	}
	for i, h := range t.head {
		// A column without a heading has an empty cell, not an empty
		// header (axe-core's empty-table-header).
		if strings.TrimSpace(h) == "" {
			w.WriteString("<td></td>")
			continue
		}
		if i < len(t.numeric) && t.numeric[i] {
			w.WriteString("<th scope=\"col\" class=\"num\">")
		} else {
			w.WriteString("<th scope=\"col\">")
		}
		htmlEscape(w, h)
		w.WriteString("</th>")
	}
	w.WriteString("</tr></thead>\n<tbody>\n")
	for _, r := range t.rows {
		if r.group {
			w.WriteString("<tr class=\"group\"><td colspan=\"")
			w.WriteString(strconv.Itoa(n))
			w.WriteString("\">")
			if len(r.cells) > 0 {
				htmlLines(w, r.cells[0], false)
			}
			w.WriteString("</td></tr>\n")
			continue
		}
		w.WriteString("<tr>")
		if r.span && len(r.cells) == 2 && n > 2 {
			w.WriteString("<td></td><td colspan=\"")
			w.WriteString(strconv.Itoa(n - 1))
			w.WriteString("\">")
			htmlLines(w, strings.TrimSpace(r.cells[1]), false)
			w.WriteString("</td></tr>\n")
			continue
		}
		for i := 0; i < n; i++ {
			if i < len(t.numeric) && t.numeric[i] {
				w.WriteString("<td class=\"num\">")
			} else {
				w.WriteString("<td>")
			}
			if i < len(r.cells) {
				htmlLines(w, strings.TrimSpace(r.cells[i]), false)
			}
			w.WriteString("</td>")
		}
		w.WriteString("</tr>\n")
	}
	w.WriteString("</tbody>\n</table>\n")
}

// htmlLines writes text with its line breaks as <br>; in a paragraph, a
// blank line starts a new paragraph.
func htmlLines(w *strings.Builder, s string, para bool) {
	s = normalise(s)
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			if para && line == "" {
				w.WriteString("</p>\n<p>")
				continue
			}
			w.WriteString("<br>")
		}
		htmlEscape(w, line)
	}
}

// htmlEscape writes s with the five characters that have a meaning in HTML
// escaped, in text and attribute values alike.
func htmlEscape(w *strings.Builder, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '&':
			esc = "&amp;"
		case '"':
			esc = "&#34;"
		case '\'':
			esc = "&#39;"
		default:
			continue
		}
		w.WriteString(s[last:i])
		w.WriteString(esc)
		last = i + 1
	}
	w.WriteString(s[last:])
}
