package ooxml

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dkgdpr/gdpr/internal/invalid"
)

// The errors of the spreadsheet writer; each also matches gdpr.ErrInvalid.
var (
	// ErrSheetName is a sheet name that Excel does not accept: empty,
	// longer than 31 characters, with one of [ ] : * ? / \, starting or
	// ending with an apostrophe, "History", or the name of another sheet
	// of the workbook (in any case).
	ErrSheetName = invalid.New("ooxml: invalid sheet name")
	// ErrNumber is a number that is not finite.
	ErrNumber = invalid.New("ooxml: number is not finite")
	// ErrNoSheets is a workbook with no sheets, which Excel does not open.
	ErrNoSheets = invalid.New("ooxml: workbook has no sheets")
	// ErrSheetSize is a sheet with more rows or columns than Excel holds
	// ([MaxRows], [MaxColumns]).
	ErrSheetSize = invalid.New("ooxml: sheet too large")
)

// The size of a sheet in Excel (ECMA-376 Part 1, §18.3.1.73 and
// §18.3.1.13: rows 1 to 1,048,576, columns A to XFD).
const (
	MaxRows    = 1 << 20
	MaxColumns = 1 << 14
)

// MaxSheetName is the longest sheet name, in characters.
const MaxSheetName = 31

// maxCellText is the most characters a cell holds.
const maxCellText = 32767

type valueKind uint8

const (
	kEmpty valueKind = iota
	kText
	kNumber
	kDate
)

// Value is the content of one cell: text, a number or a date. The zero
// Value is an empty cell.
type Value struct {
	kind valueKind
	text string
	num  float64
	date time.Time
}

// Text is a cell of text. Text longer than a cell holds (32,767
// characters) is cut.
func Text(s string) Value { return Value{kind: kText, text: s} }

// Number is a numeric cell; a number that is not finite is an error when
// the workbook is written.
func Number(f float64) Value { return Value{kind: kNumber, num: f} }

// Int is a numeric cell of an integer. Excel keeps 15 significant digits;
// write identifiers as [Text].
func Int(n int64) Value { return Value{kind: kNumber, num: float64(n)} }

// Date is a cell with a day, shown as 2026-03-02 and stored as Excel's
// serial day number, so it sorts and filters as a date. A day before
// 1 March 1900 or after 9999 is written as text.
func Date(year int, month time.Month, day int) Value {
	return Value{kind: kDate, date: time.Date(year, month, day, 0, 0, 0, 0, time.UTC)}
}

// Sheet is one worksheet of a [Workbook].
type Sheet struct {
	name string
	// Widths are the widths of the first columns in characters; a column
	// without a width (or a width of 0) is as wide as its content, within
	// limits. Text with a line longer than its column is wrapped, the row
	// growing to fit.
	Widths []float64
	header []string
	rows   [][]Value
}

// Name returns the sheet's name.
func (s *Sheet) Name() string { return s.name }

// Header sets the header row: bold and shaded, frozen at the top when the
// sheet scrolls, with an autofilter over it and the rows below.
func (s *Sheet) Header(names ...string) { s.header = names }

// Row adds a row.
func (s *Sheet) Row(cells ...Value) { s.rows = append(s.rows, cells) }

// Workbook is a spreadsheet being built: add sheets, fill them, then
// [Workbook.Write] writes the file. The zero value is an empty workbook.
type Workbook struct {
	// Properties are the document properties.
	Properties Properties
	sheets     []*Sheet
}

// AddSheet adds a sheet named name, after the others; an invalid name is
// an error that wraps [ErrSheetName] and adds no sheet.
func (wb *Workbook) AddSheet(name string) (*Sheet, error) {
	if err := ValidSheetName(name); err != nil {
		return nil, err
	}
	for _, s := range wb.sheets {
		if strings.EqualFold(s.name, name) {
			return nil, fmt.Errorf("%w: two sheets of the same name", ErrSheetName)
		}
	}
	s := &Sheet{name: name}
	wb.sheets = append(wb.sheets, s)
	return s, nil
}

// ValidSheetName reports why Excel would not accept name as a sheet's name
// (wrapping [ErrSheetName]), or nil.
func ValidSheetName(name string) error {
	switch {
	case name == "":
		return fmt.Errorf("%w: empty", ErrSheetName)
	case !utf8.ValidString(name):
		return fmt.Errorf("%w: not UTF-8", ErrSheetName)
	case utf8.RuneCountInString(name) > MaxSheetName:
		return fmt.Errorf("%w: longer than %d characters", ErrSheetName, MaxSheetName)
	case strings.ContainsAny(name, `[]:*?/\`):
		return fmt.Errorf("%w: contains one of [ ] : * ? / \\", ErrSheetName)
	case name[0] == '\'' || name[len(name)-1] == '\'':
		return fmt.Errorf("%w: starts or ends with an apostrophe", ErrSheetName)
	case strings.EqualFold(name, "History"):
		return fmt.Errorf("%w: History is reserved", ErrSheetName)
	}
	for _, r := range name {
		if !validRune(r) || r >= 0x7f && r <= 0x9f {
			return fmt.Errorf("%w: contains a control character", ErrSheetName)
		}
	}
	return nil
}

// Sheets returns the workbook's sheets in order.
func (wb *Workbook) Sheets() []*Sheet { return wb.sheets }

// Cell styles (the order of cellXfs in stylesXLSX).
const (
	styleDefault = 0
	styleDate    = 1
	styleHeader  = 2
	styleWrap    = 3
)

// Write writes the workbook as an .xlsx file. A workbook with no sheets, a
// sheet larger than Excel holds or a number that is not finite is an error
// and nothing is written.
func (wb *Workbook) Write(w io.Writer) error {
	if len(wb.sheets) == 0 {
		return ErrNoSheets
	}
	n := len(wb.sheets)
	overrides := [][2]string{{"xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"}}
	var rels []relationship
	var book bytes.Buffer
	book.WriteString(xmlHeader)
	book.WriteString(`<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`)
	book.WriteString(`<bookViews><workbookView activeTab="0"/></bookViews><sheets>`)
	var names bytes.Buffer
	sheetParts := make([]part, 0, n)
	for i, s := range wb.sheets {
		id := strconv.Itoa(i + 1)
		file := "worksheets/sheet" + id + ".xml"
		overrides = append(overrides, [2]string{"xl/" + file, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"})
		rels = append(rels, relationship{"rId" + id, relWorksheet, file})
		book.WriteString(`<sheet name="`)
		escape(&book, s.name, true)
		book.WriteString(`" sheetId="` + id + `" r:id="rId` + id + `"/>`)
		data, ref, err := s.xml(i)
		if err != nil {
			return err
		}
		sheetParts = append(sheetParts, part{"xl/" + file, data})
		if ref != "" {
			names.WriteString(`<definedName name="_xlnm._FilterDatabase" localSheetId="` + strconv.Itoa(i) + `" hidden="1">`)
			escape(&names, "'"+strings.ReplaceAll(s.name, "'", "''")+"'!"+ref, false)
			names.WriteString(`</definedName>`)
			// The header row is printed at the top of every page.
			names.WriteString(`<definedName name="_xlnm.Print_Titles" localSheetId="` + strconv.Itoa(i) + `">`)
			escape(&names, "'"+strings.ReplaceAll(s.name, "'", "''")+"'!$1:$1", false)
			names.WriteString(`</definedName>`)
		}
	}
	book.WriteString(`</sheets>`)
	if names.Len() > 0 {
		book.WriteString(`<definedNames>`)
		book.Write(names.Bytes())
		book.WriteString(`</definedNames>`)
	}
	book.WriteString(`</workbook>`)
	rels = append(rels, relationship{"rId" + strconv.Itoa(n+1), relStyles, "styles.xml"})
	overrides = append(overrides,
		[2]string{"xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"},
		[2]string{"docProps/core.xml", ctCoreProps},
		[2]string{"docProps/app.xml", ctExtendedProps})

	parts := []part{
		{"[Content_Types].xml", contentTypes(overrides)},
		{"_rels/.rels", relationships([]relationship{
			{"rId1", relOfficeDocument, "xl/workbook.xml"},
			{"rId2", relCoreProps, "docProps/core.xml"},
			{"rId3", relExtendedProps, "docProps/app.xml"},
		})},
		{"docProps/core.xml", wb.Properties.coreXML()},
		{"docProps/app.xml", wb.Properties.appXML("")},
		{"xl/_rels/workbook.xml.rels", relationships(rels)},
		{"xl/workbook.xml", book.Bytes()},
		{"xl/styles.xml", []byte(xmlHeader + stylesXLSX)},
	}
	return writeZip(w, append(parts, sheetParts...))
}

// xml renders the worksheet; ref is the range of its autofilter, if any.
func (s *Sheet) xml(index int) (data []byte, ref string, err error) {
	cols := len(s.header)
	for _, r := range s.rows {
		cols = max(cols, len(r))
	}
	nrows := len(s.rows)
	if len(s.header) > 0 {
		nrows++
	}
	if nrows > MaxRows || cols > MaxColumns {
		return nil, "", fmt.Errorf("%w: sheet %d has %d rows and %d columns", ErrSheetSize, index+1, nrows, cols)
	}
	var b bytes.Buffer
	b.WriteString(xmlHeader)
	b.WriteString(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`)
	dim := "A1"
	if cols > 0 && nrows > 0 {
		dim = "A1:" + cellRef(cols-1, nrows)
	}
	b.WriteString(`<dimension ref="` + dim + `"/><sheetViews><sheetView workbookViewId="0"`)
	if index == 0 {
		b.WriteString(` tabSelected="1"`)
	}
	b.WriteString(`>`)
	if len(s.header) > 0 {
		b.WriteString(`<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>`)
	}
	b.WriteString(`</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>`)
	widths := s.widths(cols)
	if cols > 0 {
		b.WriteString(`<cols>`)
		for i, w := range widths {
			c := strconv.Itoa(i + 1)
			b.WriteString(`<col min="` + c + `" max="` + c + `" width="` + strconv.FormatFloat(w, 'f', -1, 64) + `" customWidth="1"/>`)
		}
		b.WriteString(`</cols>`)
	}
	b.WriteString(`<sheetData>`)
	row := 0
	if len(s.header) > 0 {
		row++
		b.WriteString(`<row r="1">`)
		for i, h := range s.header {
			writeCell(&b, i, row, Text(h), styleHeader)
		}
		b.WriteString(`</row>`)
	}
	for _, r := range s.rows {
		row++
		b.WriteString(`<row r="` + strconv.Itoa(row) + `"`)
		if n := rowLines(r, widths); n > 1 {
			// Not every reader fits a row's height to wrapped text on
			// opening (LibreOffice does not), so the height is set.
			b.WriteString(` ht="` + strconv.FormatFloat(float64(n)*lineHeight+2, 'f', -1, 64) + `" customHeight="1"`)
		}
		b.WriteString(`>`)
		for i, v := range r {
			if v.kind == kNumber && (math.IsNaN(v.num) || math.IsInf(v.num, 0)) {
				return nil, "", fmt.Errorf("%w: sheet %d, cell %s", ErrNumber, index+1, cellRef(i, row))
			}
			style := -1
			if v.kind == kText && tooWide(v.text, widths[i]) {
				style = styleWrap // wrapped within the column, the row growing to fit
			}
			writeCell(&b, i, row, v, style)
		}
		b.WriteString(`</row>`)
	}
	b.WriteString(`</sheetData>`)
	if len(s.header) > 0 {
		ref = "$A$1:$" + colName(cols-1) + "$" + strconv.Itoa(nrows)
		b.WriteString(`<autoFilter ref="A1:` + cellRef(cols-1, nrows) + `"/>`)
	}
	b.WriteString(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape"/></worksheet>`)
	return b.Bytes(), ref, nil
}

// widths returns the width of each column in characters.
func (s *Sheet) widths(cols int) []float64 {
	out := make([]float64, cols)
	for i := range out {
		if i < len(s.Widths) && s.Widths[i] > 0 && !math.IsInf(s.Widths[i], 0) {
			out[i] = min(s.Widths[i], 255)
			continue
		}
		n := 0
		if i < len(s.header) {
			n = utf8.RuneCountInString(oneLine(s.header[i])) + 3 // the filter button
		}
		for _, r := range s.rows {
			if i >= len(r) {
				continue
			}
			switch v := r[i]; v.kind {
			case kText:
				for _, line := range strings.Split(v.text, "\n") {
					n = max(n, utf8.RuneCountInString(line))
				}
			case kNumber:
				n = max(n, len(strconv.FormatFloat(v.num, 'g', 15, 64)))
			case kDate:
				n = max(n, 10)
			}
		}
		out[i] = float64(min(max(n, 6), 60) + 2)
	}
	return out
}

// maxRowLines keeps a row within Excel's greatest height, 409 points.
const maxRowLines = 31

// lineHeight is the height of a line of 10-point Arial, in points.
const lineHeight = 12.75

// rowLines estimates how many lines the row's tallest cell takes when its
// text wraps within its column: words are laid out greedily on lines that
// hold about as many characters as the column is wide (letters are
// narrower than the digits a width counts).
func rowLines(r []Value, widths []float64) int {
	most := 1
	for i, v := range r {
		if v.kind != kText || i >= len(widths) {
			continue
		}
		per := max(int(widths[i]), 1)
		if len(v.text) <= per && strings.IndexByte(v.text, '\n') < 0 {
			continue // one line
		}
		n := 0
		for line := range strings.SplitSeq(v.text, "\n") {
			n += wrappedLines(line, per)
		}
		most = max(most, n)
	}
	return min(most, maxRowLines)
}

// wrappedLines counts the lines of text wrapped at per characters.
func wrappedLines(text string, per int) int {
	lines, cur := 1, 0
	for w := range strings.FieldsSeq(text) {
		n := utf8.RuneCountInString(w)
		switch {
		case cur == 0:
		case cur+1+n <= per:
			cur++
		default:
			lines++
			cur = 0
		}
		for n > per { // a word longer than the line is broken
			lines++
			n -= per
		}
		cur += n
	}
	return lines
}

// tooWide reports text with a line longer than a column of width
// characters holds.
func tooWide(text string, width float64) bool {
	if utf8.RuneCountInString(text) <= int(width) {
		return false
	}
	for _, line := range strings.Split(text, "\n") {
		if float64(utf8.RuneCountInString(line)) > width {
			return true
		}
	}
	return false
}

// writeCell writes one cell; style -1 picks the value's own style.
func writeCell(b *bytes.Buffer, col, row int, v Value, style int) {
	if v.kind == kDate {
		if serial, ok := serialDay(v.date); ok {
			b.WriteString(`<c r="` + cellRef(col, row) + `" s="` + strconv.Itoa(styleDate) + `"><v>` + strconv.Itoa(serial) + `</v></c>`)
			return
		}
		v = Text(v.date.Format("2006-01-02"))
	}
	switch v.kind {
	case kEmpty:
		if style >= 0 {
			b.WriteString(`<c r="` + cellRef(col, row) + `" s="` + strconv.Itoa(style) + `"/>`)
		}
	case kNumber:
		b.WriteString(`<c r="` + cellRef(col, row) + `"><v>` + strconv.FormatFloat(v.num, 'g', -1, 64) + `</v></c>`)
	case kText:
		text := clean(v.text)
		if utf8.RuneCountInString(text) > maxCellText {
			text = string([]rune(text)[:maxCellText])
		}
		if style < 0 {
			style = styleDefault
			if strings.Contains(text, "\n") {
				style = styleWrap
			}
		}
		b.WriteString(`<c r="` + cellRef(col, row) + `"`)
		if style != styleDefault {
			b.WriteString(` s="` + strconv.Itoa(style) + `"`)
		}
		b.WriteString(` t="inlineStr"><is><t xml:space="preserve">`)
		escape(b, escapeUnderscores(text), false)
		b.WriteString(`</t></is></c>`)
	}
}

// escapeUnderscores escapes "_x" before four hexadecimal digits and "_",
// which Excel would otherwise read as an escaped character
// (ECMA-376 Part 1, §22.9.2.19 ST_Xstring).
func escapeUnderscores(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '_' && i+6 < len(s) && s[i+1] == 'x' && s[i+6] == '_' && isHex(s[i+2:i+6]) {
			b.WriteString("_x005F_")
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isHex(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// serialDay is Excel's serial number of a day (1900 date system): days
// since 30 December 1899, right from 1 March 1900 on.
func serialDay(t time.Time) (int, bool) {
	if t.Before(time.Date(1900, time.March, 1, 0, 0, 0, 0, time.UTC)) || t.Year() > 9999 {
		return 0, false
	}
	return int(t.Sub(time.Date(1899, time.December, 30, 0, 0, 0, 0, time.UTC)) / (24 * time.Hour)), true
}

// colName is the letters of column i from 0 ("A", "AA").
func colName(i int) string {
	var b [8]byte
	n := len(b)
	for i++; i > 0; i = (i - 1) / 26 {
		n--
		b[n] = byte('A' + (i-1)%26)
	}
	return string(b[n:])
}

// cellRef is the reference of column col from 0 and row from 1 ("B3").
func cellRef(col, row int) string { return colName(col) + strconv.Itoa(row) }

// stylesXLSX: cell formats 0 default, 1 date (ISO 8601), 2 header (bold,
// shaded), 3 wrapped text; all at the top of the cell, so that a
// row grown by a wrapped cell reads from its top line.
const stylesXLSX = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
	`<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/></numFmts>` +
	`<fonts count="2"><font><sz val="10"/><name val="Arial"/><family val="2"/></font><font><b/><sz val="10"/><name val="Arial"/><family val="2"/></font></fonts>` +
	`<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDE6EF"/><bgColor indexed="64"/></patternFill></fill></fills>` +
	`<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
	`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" applyAlignment="1"><alignment vertical="top"/></xf></cellStyleXfs>` +
	`<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf>` +
	`<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>` +
	`<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top"/></xf>` +
	`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf></cellXfs>` +
	`<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
	`</styleSheet>`
