package ooxml

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The page: A4 portrait (210 × 297 mm) in twentieths of a point, with
// margins of 18 mm at the top, 20 mm at the bottom and 16 mm at the sides.
const (
	pageWidth    = 11906
	pageHeight   = 16838
	marginTop    = 1021
	marginBottom = 1134
	marginSide   = 907
	textWidth    = pageWidth - 2*marginSide
)

// Run is text with one set of character formats. A line break ("\n")
// breaks the line; a tab is a tab.
type Run struct {
	Text   string
	Bold   bool
	Italic bool
}

// Align is the horizontal alignment of a table cell's text.
type Align uint8

// The alignments.
const (
	Left Align = iota
	Right
	Center
)

// Cell is one cell of a table row.
type Cell struct {
	// Text is the cell's text; line breaks ("\n") break lines.
	Text string
	// Bold sets the whole cell in bold.
	Bold bool
	// Fill is the background colour as six hexadecimal digits ("DDE6EF",
	// a leading "#" is allowed); anything else is no fill.
	Fill string
	// Span is the number of grid columns the cell spans; 0 is 1.
	Span int
	// Align aligns the text.
	Align Align
}

// Row is one row of a table.
type Row struct {
	Cells []Cell
	// Header marks a header row: repeated at the top of each page the
	// table runs onto, its cells bold and filled with the table's
	// HeaderFill. Header rows come first.
	Header bool
	// KeepWithNext keeps the row on the same page as the next one (for a
	// row that heads a group of rows).
	KeepWithNext bool
}

// Table is a table with single borders, as wide as the text.
type Table struct {
	Rows []Row
	// Widths are the relative widths of the columns; nil or a count that
	// does not match the columns derives them from the content.
	Widths []int
	// HeaderFill is the fill of header cells with no fill of their own.
	HeaderFill string
	// Small sets the text in 8 pt instead of 9 pt, for wide tables.
	Small bool
	// KeepRows keeps each row on one page, as far as a row fits on one.
	KeepRows bool
}

// Document is a Word document being built: blocks are added in order, then
// [Document.Write] writes the file. The zero value is an empty document in
// English; set Properties.Language to "da-DK" for Danish.
type Document struct {
	// Properties are the document properties; their Language is also the
	// language of the text (for spelling and hyphenation) and of the page
	// footer.
	Properties Properties
	// Footer is text at the left of each page's footer (the title, say);
	// the page number and count are at the right.
	Footer string

	body       bytes.Buffer
	afterTable bool
	headings   int
	paragraphs int
}

// Heading adds a heading of level 1 to 3 (a level outside clamps) in the
// built-in heading style, kept with the next paragraph.
func (d *Document) Heading(level int, text string) {
	level = min(max(level, 1), 3)
	d.start()
	d.headings++
	d.body.WriteString(`<w:p><w:pPr><w:pStyle w:val="Heading`)
	d.body.WriteString(strconv.Itoa(level))
	d.body.WriteString(`"/></w:pPr>`)
	writeRuns(&d.body, []Run{{Text: oneLine(text)}}, "")
	d.body.WriteString(`</w:p>`)
}

// Paragraph adds a paragraph of runs. A blank line in a run's text does
// not start a new paragraph; split the text first.
func (d *Document) Paragraph(runs ...Run) { d.paragraph("", runs) }

// Note adds a paragraph in the style "Note": smaller, italic and grey, for
// instructions and remarks that are not the document's content.
func (d *Document) Note(runs ...Run) { d.paragraph("Note", runs) }

func (d *Document) paragraph(style string, runs []Run) {
	d.start()
	d.paragraphs++
	d.body.WriteString(`<w:p>`)
	if style != "" {
		d.body.WriteString(`<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`)
	}
	writeRuns(&d.body, runs, "")
	d.body.WriteString(`</w:p>`)
}

// Bullets adds a bulleted list, one item a paragraph.
func (d *Document) Bullets(items ...string) {
	for _, it := range items {
		d.start()
		d.paragraphs++
		d.body.WriteString(`<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>`)
		writeRuns(&d.body, []Run{{Text: it}}, "")
		d.body.WriteString(`</w:p>`)
	}
}

// start closes a table with a small empty paragraph, which Word needs
// between two tables (else it joins them) and at the end of the body.
func (d *Document) start() {
	if d.afterTable {
		d.body.WriteString(`<w:p><w:pPr><w:pStyle w:val="Spacer"/></w:pPr></w:p>`)
		d.afterTable = false
	}
}

// Table adds a table. Rows with fewer cells than the table has columns
// are filled with empty cells; a table with no rows adds nothing.
func (d *Document) Table(t Table) {
	cols := 0
	for _, r := range t.Rows {
		n := 0
		for _, c := range r.Cells {
			n += max(c.Span, 1)
		}
		cols = max(cols, n)
	}
	if cols == 0 {
		return
	}
	d.start()
	widths := columnWidths(t, cols)
	b := &d.body
	b.WriteString(`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="`)
	b.WriteString(strconv.Itoa(textWidth))
	b.WriteString(`" w:type="dxa"/><w:tblBorders>`)
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		b.WriteString(`<w:` + side + ` w:val="single" w:sz="4" w:space="0" w:color="9AA5B1"/>`)
	}
	b.WriteString(`</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>`)
	b.WriteString(`<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, w := range widths {
		b.WriteString(`<w:gridCol w:w="` + strconv.Itoa(w) + `"/>`)
	}
	b.WriteString(`</w:tblGrid>`)
	style := "TableText"
	if t.Small {
		style = "TableTextSmall"
	}
	header := true
	for _, r := range t.Rows {
		header = header && r.Header
		b.WriteString(`<w:tr>`)
		if header || t.KeepRows {
			b.WriteString(`<w:trPr><w:cantSplit/>`)
			if header {
				b.WriteString(`<w:tblHeader/>`)
			}
			b.WriteString(`</w:trPr>`)
		}
		col := 0
		cells := r.Cells
		for col < cols {
			var c Cell
			if len(cells) > 0 {
				c, cells = cells[0], cells[1:]
			}
			span := min(max(c.Span, 1), cols-col)
			w := 0
			for _, x := range widths[col : col+span] {
				w += x
			}
			col += span
			b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(w) + `" w:type="dxa"/>`)
			if span > 1 {
				b.WriteString(`<w:gridSpan w:val="` + strconv.Itoa(span) + `"/>`)
			}
			fill := hexColour(c.Fill)
			if fill == "" && header {
				fill = hexColour(t.HeaderFill)
			}
			if fill != "" {
				b.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="` + fill + `"/>`)
			}
			b.WriteString(`</w:tcPr><w:p><w:pPr><w:pStyle w:val="` + style + `"/>`)
			if r.KeepWithNext || header {
				b.WriteString(`<w:keepNext/>`)
			}
			switch c.Align {
			case Right:
				b.WriteString(`<w:jc w:val="right"/>`)
			case Center:
				b.WriteString(`<w:jc w:val="center"/>`)
			}
			b.WriteString(`</w:pPr>`)
			rpr := ""
			if c.Bold || header {
				rpr = `<w:b/>`
			}
			writeRuns(b, []Run{{Text: strings.TrimSpace(c.Text)}}, rpr)
			b.WriteString(`</w:p></w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
	d.afterTable = true
}

// hexColour returns s as six upper-case hexadecimal digits, or "".
func hexColour(s string) string {
	s = strings.TrimPrefix(s, "#")
	if len(s) != 6 {
		return ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return ""
		}
	}
	return strings.ToUpper(s)
}

// columnWidths divides the text width among the columns in twips: by the
// given weights, else by the content, each column at least as wide as its
// longest word (up to a limit) and the rest shared by the length of the
// longest line.
func columnWidths(t Table, cols int) []int {
	weights := make([]int, cols)
	if len(t.Widths) == cols {
		for i, w := range t.Widths {
			weights[i] = min(max(w, 1), 1<<20)
		}
		return scaleWidths(weights, textWidth)
	}
	char := 100 // twips per character at 9 pt, on average
	if t.Small {
		char = 90
	}
	minW := make([]int, cols)
	want := make([]int, cols)
	for _, r := range t.Rows {
		col := 0
		for _, c := range r.Cells {
			span := max(c.Span, 1)
			if span == 1 && col < cols {
				text := clean(c.Text)
				for _, line := range strings.Split(text, "\n") {
					want[col] = max(want[col], min(utf8.RuneCountInString(line), 70))
					for _, word := range strings.Fields(line) {
						minW[col] = max(minW[col], min(utf8.RuneCountInString(word), 16))
					}
				}
			}
			col += span
		}
	}
	total := textWidth / char
	sumMin, sumWant := 0, 0
	for i := range cols {
		minW[i] += 2
		want[i] = max(want[i]+2, minW[i])
		sumMin += minW[i]
		sumWant += want[i]
	}
	switch {
	case sumWant <= total:
		copy(weights, want)
	case sumMin >= total:
		copy(weights, minW)
	default:
		// Everyone gets the minimum; the rest goes by what is wanted beyond it.
		rest := total - sumMin
		extra := sumWant - sumMin
		for i := range cols {
			weights[i] = minW[i]*extra + (want[i]-minW[i])*rest
		}
	}
	return scaleWidths(weights, textWidth)
}

// scaleWidths scales weights to add up to total exactly.
func scaleWidths(weights []int, total int) []int {
	sum := 0
	for _, w := range weights {
		sum += w
	}
	out := make([]int, len(weights))
	left := total
	for i, w := range weights {
		if i == len(weights)-1 {
			out[i] = left
			break
		}
		out[i] = int(int64(w) * int64(total) / int64(sum))
		left -= out[i]
	}
	return out
}

// symbolFont sets the ballot boxes in a font that has them.
const symbolFont = `<w:rFonts w:ascii="Segoe UI Symbol" w:hAnsi="Segoe UI Symbol" w:cs="Segoe UI Symbol"/>`

// writeRuns writes runs: line breaks as breaks, tabs as tabs and the
// ballot boxes ☐ ☒ ☑ in a symbol font; rpr is added to every run's
// properties.
func writeRuns(b *bytes.Buffer, runs []Run, rpr string) {
	for _, r := range runs {
		props := rpr
		if r.Bold && !strings.Contains(rpr, "<w:b/>") {
			props += `<w:b/>`
		}
		if r.Italic {
			props += `<w:i/>`
		}
		text := clean(r.Text)
		for len(text) > 0 {
			// The next piece: a ballot box alone, or text up to one.
			i := strings.IndexAny(text, "☐☒☑")
			var piece string
			symbol := i == 0
			switch {
			case i < 0:
				piece, text = text, ""
			case i == 0:
				_, n := utf8.DecodeRuneInString(text)
				piece, text = text[:n], text[n:]
			default:
				piece, text = text[:i], text[i:]
			}
			b.WriteString(`<w:r>`)
			if p := props; p != "" || symbol {
				b.WriteString(`<w:rPr>`)
				if symbol {
					b.WriteString(symbolFont)
				}
				b.WriteString(p)
				b.WriteString(`</w:rPr>`)
			}
			for j, line := range strings.Split(piece, "\n") {
				if j > 0 {
					b.WriteString(`<w:br/>`)
				}
				for k, seg := range strings.Split(line, "\t") {
					if k > 0 {
						b.WriteString(`<w:tab/>`)
					}
					if seg != "" {
						if seg[0] == ' ' || seg[len(seg)-1] == ' ' || strings.Contains(seg, "  ") {
							b.WriteString(`<w:t xml:space="preserve">`)
						} else {
							b.WriteString(`<w:t>`)
						}
						escape(b, seg, false)
						b.WriteString(`</w:t>`)
					}
				}
			}
			b.WriteString(`</w:r>`)
		}
	}
}

// danish reports whether a language tag is Danish.
func danish(tag string) bool {
	return tag == "da" || strings.HasPrefix(tag, "da-") || strings.HasPrefix(tag, "da_")
}

// lang is the document's language for w:lang.
func (d *Document) lang() string {
	tag := oneLine(d.Properties.Language)
	if tag == "" || len(tag) > 35 || strings.ContainsAny(tag, `<>&"' `) {
		return "en-GB"
	}
	return tag
}

// Write writes the document as a .docx file.
func (d *Document) Write(w io.Writer) error {
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	var doc bytes.Buffer
	doc.Grow(d.body.Len() + 1024)
	doc.WriteString(xmlHeader)
	doc.WriteString(`<w:document ` + ns + `><w:body>`)
	doc.Write(d.body.Bytes())
	if d.afterTable || d.body.Len() == 0 {
		doc.WriteString(`<w:p><w:pPr><w:pStyle w:val="Spacer"/></w:pPr></w:p>`)
	}
	doc.WriteString(`<w:sectPr><w:footerReference w:type="default" r:id="rId4"/>`)
	doc.WriteString(`<w:pgSz w:w="` + strconv.Itoa(pageWidth) + `" w:h="` + strconv.Itoa(pageHeight) + `"/>`)
	doc.WriteString(`<w:pgMar w:top="` + strconv.Itoa(marginTop) + `" w:right="` + strconv.Itoa(marginSide) + `" w:bottom="` + strconv.Itoa(marginBottom) +
		`" w:left="` + strconv.Itoa(marginSide) + `" w:header="567" w:footer="510" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>`)
	doc.WriteString(`</w:body></w:document>`)

	lang := d.lang()
	page, of := "Page ", " of "
	if danish(lang) {
		page, of = "Side ", " af "
	}
	var ftr bytes.Buffer
	ftr.WriteString(xmlHeader)
	ftr.WriteString(`<w:ftr ` + ns + `><w:p><w:pPr><w:pStyle w:val="Footer"/><w:tabs><w:tab w:val="clear" w:pos="4819"/><w:tab w:val="clear" w:pos="9638"/><w:tab w:val="right" w:pos="` + strconv.Itoa(textWidth) + `"/></w:tabs></w:pPr>`)
	if f := oneLine(d.Footer); f != "" {
		writeRuns(&ftr, []Run{{Text: f}}, "")
	}
	ftr.WriteString(`<w:r><w:tab/><w:t xml:space="preserve">` + page + `</w:t></w:r>`)
	field(&ftr, "PAGE", "1")
	ftr.WriteString(`<w:r><w:t xml:space="preserve">` + of + `</w:t></w:r>`)
	field(&ftr, "NUMPAGES", "1")
	ftr.WriteString(`</w:p></w:ftr>`)

	var lp bytes.Buffer
	escape(&lp, lang, true)
	p := d.Properties
	p.Language = lang
	parts := []part{
		{"[Content_Types].xml", contentTypes([][2]string{
			{"word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"},
			{"word/styles.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"},
			{"word/settings.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"},
			{"word/numbering.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"},
			{"word/footer1.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"},
			{"docProps/core.xml", ctCoreProps},
			{"docProps/app.xml", ctExtendedProps},
		})},
		{"_rels/.rels", relationships([]relationship{
			{"rId1", relOfficeDocument, "word/document.xml"},
			{"rId2", relCoreProps, "docProps/core.xml"},
			{"rId3", relExtendedProps, "docProps/app.xml"},
		})},
		{"docProps/core.xml", p.coreXML()},
		{"docProps/app.xml", p.appXML(`<Paragraphs>` + strconv.Itoa(d.paragraphs+d.headings) + `</Paragraphs>`)},
		{"word/_rels/document.xml.rels", relationships([]relationship{
			{"rId1", relStyles, "styles.xml"},
			{"rId2", relSettings, "settings.xml"},
			{"rId3", relNumbering, "numbering.xml"},
			{"rId4", relFooter, "footer1.xml"},
		})},
		{"word/document.xml", doc.Bytes()},
		{"word/styles.xml", []byte(xmlHeader + strings.ReplaceAll(stylesXML, "LANG", lp.String()))},
		{"word/settings.xml", []byte(xmlHeader + strings.ReplaceAll(settingsXML, "LANG", lp.String()))},
		{"word/numbering.xml", []byte(xmlHeader + numberingXML)},
		{"word/footer1.xml", ftr.Bytes()},
	}
	return writeZip(w, parts)
}

// field writes a simple field with its cached result.
func field(b *bytes.Buffer, instr, result string) {
	b.WriteString(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ` + instr + ` </w:instrText></w:r>`)
	b.WriteString(`<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>` + result + `</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`)
}

const wordNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

// stylesXML defines the document's styles; LANG is the language.
const stylesXML = `<w:styles ` + wordNS + `>` +
	`<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="LANG" w:eastAsia="LANG" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
	`<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
	`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>` +
	`<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="0" w:after="240" w:line="240" w:lineRule="auto"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>` +
	`<w:pPr><w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val="single" w:sz="12" w:space="1" w:color="1F4E79"/></w:pBdr><w:spacing w:before="360" w:after="120" w:line="240" w:lineRule="auto"/><w:outlineLvl w:val="1"/></w:pPr>` +
	`<w:rPr><w:b/><w:bCs/><w:color w:val="1F4E79"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/>` +
	`<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80" w:line="240" w:lineRule="auto"/><w:outlineLvl w:val="2"/></w:pPr>` +
	`<w:rPr><w:b/><w:bCs/><w:color w:val="1F4E79"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:customStyle="1" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:i/><w:iCs/><w:color w:val="444444"/><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60"/><w:ind w:left="357" w:hanging="357"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:customStyle="1" w:styleId="TableTextSmall"><w:name w:val="Table Text Small"/><w:basedOn w:val="TableText"/><w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:customStyle="1" w:styleId="Spacer"><w:name w:val="Spacer"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="0" w:after="0" w:line="160" w:lineRule="exact"/></w:pPr><w:rPr><w:sz w:val="8"/><w:szCs w:val="8"/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4819"/><w:tab w:val="right" w:pos="9638"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:color w:val="444444"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>` +
	`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
	`<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:tblPr><w:tblBorders>` +
	`<w:top w:val="single" w:sz="4" w:space="0" w:color="9AA5B1"/><w:left w:val="single" w:sz="4" w:space="0" w:color="9AA5B1"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="9AA5B1"/><w:right w:val="single" w:sz="4" w:space="0" w:color="9AA5B1"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="9AA5B1"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="9AA5B1"/>` +
	`</w:tblBorders></w:tblPr></w:style>` +
	`</w:styles>`

// settingsXML: Word 2013+ layout (no compatibility mode), the document's
// language for the theme fonts.
const settingsXML = `<w:settings ` + wordNS + `><w:zoom w:percent="100"/><w:defaultTabStop w:val="709"/><w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/>` +
	`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="LANG"/></w:settings>`

// numberingXML defines the bullets of lists (numId 1).
const numberingXML = `<w:numbering ` + wordNS + `><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>` +
	`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="357" w:hanging="357"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:lvl>` +
	`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
