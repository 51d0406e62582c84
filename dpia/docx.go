package dpia

import (
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/ooxml"
	"github.com/dkgdpr/gdpr/risk"
	"golang.org/x/text/language"
)

// WriteDOCX writes the whole assessment as a Word document (.docx, Office
// Open XML) with the same content as [Assessment.WriteMarkdown] and
// [Assessment.WriteHTML], in the template's order and wording: the
// template's headings in Word's heading styles (so the navigation pane and
// a table of contents find them), its tables as Word tables with a header
// row repeated on every page, ticked and unticked boxes as ☒ and ☐, and the
// risk matrix as a table shaded in the colours of the bands. The page is
// A4 with a footer "Side X af Y" ("Page X of Y" in English); the document
// properties hold the title, the authority, the version and the date of
// the last revision. The output is the same for the same input. An
// assessment that does not validate is an error and nothing is written.
func (a Assessment) WriteDOCX(w io.Writer, o ReportOptions) error {
	d, err := a.document(o)
	if err != nil {
		return err
	}
	return d.docx(&a).Write(w)
}

// The fills of the Word report, as in the HTML report's style sheet.
const (
	docxHeaderFill = "DDE6EF"
	docxGroupFill  = "EEF2F6"
)

// docx renders the document as a Word document; the heat map is drawn
// from a's risks on a's matrix.
func (d *document) docx(a *Assessment) *ooxml.Document {
	tag := language.Danish
	lang := "da-DK"
	if d.lang != language.Danish {
		tag, lang = language.English, "en-GB"
	}
	tr := func(da, en string) string { return gdpr.Text{Da: da, En: en}.In(tag) }
	doc := &ooxml.Document{
		Properties: ooxml.Properties{
			Title:    oneLine(d.title),
			Subject:  tr("Konsekvensanalyse vedrørende databeskyttelse (GDPR artikel 35)", "Data protection impact assessment (GDPR article 35)"),
			Creator:  oneLine(a.controller()),
			Company:  oneLine(a.controller()),
			Keywords: oneLine(a.ID),
			Language: lang,
			Revision: len(a.Revisions),
		},
		Footer: oneLine(d.title),
	}
	if n := len(a.Revisions); n > 0 {
		doc.Properties.Version = a.Revisions[n-1].Version
		doc.Properties.Created = dayTime(a.Revisions[0].Date)
		doc.Properties.Modified = dayTime(a.Revisions[n-1].Date)
	}
	for _, bl := range d.blocks {
		switch bl.kind {
		case bHeading:
			doc.Heading(bl.level, oneLine(bl.text))
		case bPara:
			for _, para := range strings.Split(strings.TrimSpace(normalise(bl.text)), "\n\n") {
				run := ooxml.Run{Text: strings.TrimSpace(para)}
				if bl.note {
					doc.Note(run)
				} else {
					doc.Paragraph(run)
				}
			}
		case bList:
			items := make([]string, len(bl.items))
			for i, it := range bl.items {
				items[i] = normalise(it)
			}
			doc.Bullets(items...)
		case bTable:
			doc.Table(docxTable(bl.table))
		case bHeatMap:
			docxHeatMap(doc, a, bl.plain, tag)
		}
	}
	return doc
}

// controller is the authority responsible, as the report's front names it.
func (a *Assessment) controller() string {
	if a.Controller == "" && a.Record != nil {
		return a.Record.Controller.Name
	}
	return a.Controller
}

// dayTime is midnight UTC of a valid day, else the zero time.
func dayTime(d gdpr.Date) time.Time {
	if !d.Valid() || d.IsZero() {
		return time.Time{}
	}
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
}

// docxTable converts a report table: the head as a header row, group rows
// spanning the table, numeric columns right-aligned, small type for the
// widest tables, rows kept on one page as the HTML report keeps them.
func docxTable(t *table) ooxml.Table {
	n := len(t.head)
	out := ooxml.Table{HeaderFill: docxHeaderFill, Small: n >= 7, KeepRows: true}
	head := ooxml.Row{Header: true}
	for i, h := range t.head {
		head.Cells = append(head.Cells, ooxml.Cell{Text: normalise(h), Align: align(t, i)})
	}
	out.Rows = append(out.Rows, head)
	for _, r := range t.rows {
		switch {
		case r.group:
			text := ""
			if len(r.cells) > 0 {
				text = normalise(r.cells[0])
			}
			out.Rows = append(out.Rows, ooxml.Row{KeepWithNext: true, Cells: []ooxml.Cell{{Text: text, Span: n, Bold: true, Fill: docxGroupFill}}})
		case r.span && len(r.cells) == 2 && n > 2:
			out.Rows = append(out.Rows, ooxml.Row{Cells: []ooxml.Cell{{}, {Text: normalise(r.cells[1]), Span: n - 1}}})
		default:
			row := ooxml.Row{}
			for i := 0; i < n; i++ {
				c := ooxml.Cell{Align: align(t, i)}
				if i < len(r.cells) {
					c.Text = normalise(r.cells[i])
				}
				row.Cells = append(row.Cells, c)
			}
			out.Rows = append(out.Rows, row)
		}
	}
	return out
}

func align(t *table, i int) ooxml.Align {
	if i < len(t.numeric) && t.numeric[i] {
		return ooxml.Right
	}
	return ooxml.Left
}

// maxDocxMarkers is the most markers of one kind a heat map cell lists;
// more are summed up as "+n", as in the other renderings.
const maxDocxMarkers = 4

// docxHeatMap draws the risk matrix as a table: the highest consequence at
// the top, the highest probability to the right, each cell shaded in its
// band's colour with its score, band and the risks' markers (○ inherent,
// ● residual); then a legend of the bands. The title and the explanation
// above it are the first two lines of the text rendering, so all formats
// read the same.
func docxHeatMap(doc *ooxml.Document, a *Assessment, plain string, tag language.Tag) {
	tr := func(da, en string) string { return gdpr.Text{Da: da, En: en}.In(tag) }
	m := a.matrix()
	nc, np := m.Size()
	if lines := strings.SplitN(plain, "\n", 3); len(lines) >= 2 {
		doc.Note(ooxml.Run{Text: lines[0] + ". " + lines[1]})
	}
	var inherent, residual [risk.MaxLevels][risk.MaxLevels][]string
	for i, r := range a.Risks {
		ev, err := m.Evaluate(r)
		if err != nil {
			continue
		}
		label := markerLabel(r.ID, i)
		c, p := ev.Inherent.Consequence-1, ev.Inherent.Probability-1
		inherent[c][p] = append(inherent[c][p], label)
		if ev.ResidualAssessed {
			c, p = ev.Residual.Consequence-1, ev.Residual.Probability-1
			residual[c][p] = append(residual[c][p], label)
		}
	}
	t := ooxml.Table{HeaderFill: docxHeaderFill, KeepRows: true, Widths: make([]int, np+1)}
	t.Widths[0] = 5
	head := ooxml.Row{Header: true, Cells: []ooxml.Cell{{Text: tr("Konsekvens (K) \\ sandsynlighed (S)", "Consequence (K) \\ probability (S)")}}}
	for p := 1; p <= np; p++ {
		t.Widths[p] = 4
		head.Cells = append(head.Cells, ooxml.Cell{Text: stepLabel(p, m.ProbabilityLabel(risk.Probability(p), tag)), Align: ooxml.Center})
	}
	t.Rows = append(t.Rows, head)
	for c := nc; c >= 1; c-- {
		row := ooxml.Row{Cells: []ooxml.Cell{{Text: stepLabel(c, m.ConsequenceLabel(risk.Consequence(c), tag)), Bold: true, Fill: docxHeaderFill}}}
		for p := 1; p <= np; p++ {
			r, err := m.Rate(risk.Consequence(c), risk.Probability(p))
			if err != nil {
				row.Cells = append(row.Cells, ooxml.Cell{})
				continue
			}
			text := strconv.Itoa(r.Score) + " " + r.Band.Label(tag)
			if marks := markers("○", inherent[c-1][p-1]) + " " + markers("●", residual[c-1][p-1]); strings.TrimSpace(marks) != "" {
				text += "\n" + strings.TrimSpace(marks)
			}
			row.Cells = append(row.Cells, ooxml.Cell{Text: text, Fill: r.Band.Colour(), Align: ooxml.Center})
		}
		t.Rows = append(t.Rows, row)
	}
	doc.Table(t)
	legend := ooxml.Table{KeepRows: true}
	var cells []ooxml.Cell
	for _, band := range m.Bands() {
		cells = append(cells, ooxml.Cell{Text: band.Label(tag), Fill: band.Colour(), Align: ooxml.Center})
		legend.Widths = append(legend.Widths, 1)
	}
	legend.Rows = []ooxml.Row{{Cells: cells}}
	doc.Table(legend)
}

// stepLabel is a step's number and label ("3 Høj"), or the number alone
// when the label is the number.
func stepLabel(n int, label string) string {
	digit := strconv.Itoa(n)
	label = oneLine(label)
	if label == digit || label == "" {
		return digit
	}
	return digit + " " + label
}

// markerLabel is the marker of risk i: its ID, else its position from 1,
// cut to five characters as in the heat map's other renderings.
func markerLabel(id string, i int) string {
	s := oneLine(normalise(id))
	if s == "" {
		s = strconv.Itoa(i + 1)
	}
	if utf8.RuneCountInString(s) > 5 {
		s = string([]rune(s)[:4]) + "…"
	}
	return s
}

// markers lists up to maxDocxMarkers labels with mark, then "+n".
func markers(mark string, labels []string) string {
	shown := labels
	if len(labels) > maxDocxMarkers {
		shown = labels[:maxDocxMarkers-1]
	}
	var parts []string
	for _, l := range shown {
		parts = append(parts, mark+l)
	}
	if len(shown) < len(labels) {
		parts = append(parts, mark+"+"+strconv.Itoa(len(labels)-len(shown)))
	}
	return strings.Join(parts, " ")
}
