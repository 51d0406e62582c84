package ooxml_test

import (
	"bytes"
	"flag"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/ooxml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "missing golden file; run go test -update")
	require.Equal(t, string(want), string(got), "output differs from %s; run go test -update if the change is intended", path)
}

// hostile is text with everything XML or a writer could trip on: markup,
// entities, control characters, invalid UTF-8, characters XML forbids, a
// CDATA end, Excel's escapes.
const hostile = "<b>&amp; \"quoted\" 'single' ]]> \x00\x01\x08\x0b\x0c\x1b\x7f \u0085 \xff\xfe invalid \xed\xa0\x80 \uFFFE \uFFFF _x0041_ ☐☒ tab\there\r\nCRLF\rCR"

func sampleDocument(lang string) *ooxml.Document {
	d := &ooxml.Document{
		Properties: ooxml.Properties{
			Title: "Konsekvensanalyse af trafikanalyse", Subject: "DPIA", Creator: "Eksempel Kommune", Company: "Eksempel Kommune",
			Version: "1.2", Revision: 3, Language: lang,
			Created: time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC), Modified: time.Date(2026, 2, 20, 0, 0, 0, 0, time.UTC),
		},
		Footer: "Konsekvensanalyse af trafikanalyse",
	}
	d.Heading(1, "Konsekvensanalyse")
	d.Paragraph(ooxml.Run{Text: "Almindelig tekst, "}, ooxml.Run{Text: "fed", Bold: true}, ooxml.Run{Text: " og "}, ooxml.Run{Text: "kursiv", Italic: true}, ooxml.Run{Text: ".\nNy linje."})
	d.Heading(2, "Risici")
	d.Note(ooxml.Run{Text: "En vejledning fra skabelonen."})
	d.Bullets("Første punkt", "Andet punkt")
	d.Heading(3, "Risikomatrix")
	d.Table(ooxml.Table{HeaderFill: "DDE6EF", Rows: []ooxml.Row{
		{Header: true, Cells: []ooxml.Cell{{Text: "#", Align: ooxml.Right}, {Text: "Spørgsmål"}, {Text: "Svar"}}},
		{KeepWithNext: true, Cells: []ooxml.Cell{{Text: "Gruppe", Span: 3, Bold: true, Fill: "#EEF2F6"}}},
		{Cells: []ooxml.Cell{{Text: "1", Align: ooxml.Right}, {Text: "Er kriteriet opfyldt?"}, {Text: "☒ Ja\n☐ Nej", Fill: "FA0020"}}},
		{Cells: []ooxml.Cell{{Text: "2", Align: ooxml.Center}}},
	}})
	d.Table(ooxml.Table{Small: true, Widths: []int{1, 3}, Rows: []ooxml.Row{{Cells: []ooxml.Cell{{Text: "a"}, {Text: "b", Fill: "not a colour"}}}}})
	return d
}

func sampleWorkbook(t *testing.T) *ooxml.Workbook {
	wb := &ooxml.Workbook{Properties: ooxml.Properties{Title: "Fortegnelse", Creator: "Eksempel Kommune", Language: "da-DK",
		Created: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)}}
	s, err := wb.AddSheet("Behandlinger")
	require.NoError(t, err)
	s.Header("ID", "Navn", "Antal", "Senest revideret")
	s.Row(ooxml.Text("B-1"), ooxml.Text("Trafikanalyse"), ooxml.Int(120000), ooxml.Date(2026, time.February, 20))
	s.Row(ooxml.Text("B-2"), ooxml.Text("Linje 1\nLinje 2"), ooxml.Number(0.25), ooxml.Value{})
	s2, err := wb.AddSheet("Aftaler 'DPA' 2026")
	require.NoError(t, err)
	s2.Widths = []float64{20}
	s2.Header("Aftale")
	s2.Row(ooxml.Text("A-1"), ooxml.Date(1899, time.December, 31))
	_, err = wb.AddSheet("Tom")
	require.NoError(t, err)
	return wb
}

func docx(t testing.TB, d *ooxml.Document) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, d.Write(&b))
	return b.Bytes()
}

func xlsx(t testing.TB, wb *ooxml.Workbook) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, wb.Write(&b))
	return b.Bytes()
}

// TestDocumentGolden fixes the parts of a small document (ECMA-376 Part 1,
// §17): styles, numbering, footer with PAGE and NUMPAGES fields, A4 page,
// properties.
func TestDocumentGolden(t *testing.T) {
	data := docx(t, sampleDocument("da-DK"))
	parts, err := ooxml.Check(data)
	require.NoError(t, err)
	var names []string
	for _, p := range parts {
		names = append(names, p.Name)
	}
	assert.Equal(t, []string{"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "word/_rels/document.xml.rels",
		"word/document.xml", "word/styles.xml", "word/settings.xml", "word/numbering.xml", "word/footer1.xml"}, names)
	golden(t, "document.txt", []byte(ooxml.Dump(parts)))
	assert.Equal(t, data, docx(t, sampleDocument("da-DK")), "two writes give the same bytes")
}

// TestDocumentContent reads the document back: headings in the built-in
// styles, the page, the footer in the document's language.
func TestDocumentContent(t *testing.T) {
	for _, tc := range []struct{ lang, page, of string }{
		{"da-DK", "Side ", " af "},
		{"en-GB", "Page ", " of "},
		{"", "Page ", " of "},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			data := docx(t, sampleDocument(tc.lang))
			ps, err := ooxml.Paragraphs(data)
			require.NoError(t, err)
			var headings []string
			for _, p := range ps {
				if strings.HasPrefix(p.Style, "Heading") {
					headings = append(headings, p.Style+": "+p.Text)
				}
			}
			assert.Equal(t, []string{"Heading1: Konsekvensanalyse", "Heading2: Risici", "Heading3: Risikomatrix"}, headings)
			assert.Contains(t, ps, ooxml.Paragraph{Style: "TableText", Text: "☒ Ja\n☐ Nej", InTable: true})
			assert.Contains(t, ps, ooxml.Paragraph{Text: "Almindelig tekst, fed og kursiv.\nNy linje."})
			parts, err := ooxml.Check(data)
			require.NoError(t, err)
			doc, footer := part(parts, "word/document.xml"), part(parts, "word/footer1.xml")
			assert.Contains(t, doc, `<w:pgSz w:w="11906" w:h="16838"/>`, "A4 portrait")
			assert.Contains(t, footer, tc.page+"</w:t>")
			assert.Contains(t, footer, ">"+tc.of+"</w:t>")
			assert.Contains(t, footer, " PAGE ")
			assert.Contains(t, footer, " NUMPAGES ")
			lang := tc.lang
			if lang == "" {
				lang = "en-GB"
			}
			assert.Contains(t, part(parts, "word/styles.xml"), `<w:lang w:val="`+lang+`"`)
			assert.Contains(t, part(parts, "word/styles.xml"), `<w:name w:val="heading 1"/>`)
			assert.Contains(t, part(parts, "docProps/core.xml"), "<dc:language>"+lang+"</dc:language>")
		})
	}
}

func part(parts []ooxml.Part, name string) string {
	for _, p := range parts {
		if p.Name == name {
			return string(p.Data)
		}
	}
	return ""
}

// TestDocumentHostileText: text with markup, control characters and
// invalid UTF-8 in every place a caller can put text leaves every part
// well-formed and shows as text.
func TestDocumentHostileText(t *testing.T) {
	d := &ooxml.Document{Properties: ooxml.Properties{Title: hostile, Creator: hostile, Company: hostile, Subject: hostile,
		Keywords: hostile, Description: hostile, Version: hostile, Language: hostile}, Footer: hostile}
	d.Heading(2, hostile)
	d.Paragraph(ooxml.Run{Text: hostile, Bold: true})
	d.Note(ooxml.Run{Text: hostile})
	d.Bullets(hostile)
	d.Table(ooxml.Table{HeaderFill: hostile, Rows: []ooxml.Row{{Header: true, Cells: []ooxml.Cell{{Text: hostile, Fill: hostile}}}}})
	data := docx(t, d)
	ps, err := ooxml.Paragraphs(data)
	require.NoError(t, err)
	require.NotEmpty(t, ps)
	assert.Equal(t, "<b>&amp; \"quoted\" 'single' ]]>", ps[0].Text[:30], "markup stays text")
	assert.NotContains(t, ps[1].Text, "\x00")
	assert.Contains(t, ps[1].Text, "\uFFFD", "invalid UTF-8 becomes U+FFFD")
	assert.Contains(t, ps[1].Text, "tab\there\nCRLF\nCR", "tabs and line breaks survive, CR LF is one break")
	parts, err := ooxml.Check(data)
	require.NoError(t, err)
	assert.Contains(t, part(parts, "word/styles.xml"), `w:val="en-GB"`, "an unusable language tag falls back")
}

// TestWorkbookGolden fixes the parts of a small workbook (ECMA-376 Part 1,
// §18): inline strings, numbers, dates as serial numbers with a date
// format, a frozen header with an autofilter, column widths.
func TestWorkbookGolden(t *testing.T) {
	data := xlsx(t, sampleWorkbook(t))
	parts, err := ooxml.Check(data)
	require.NoError(t, err)
	golden(t, "workbook.txt", []byte(ooxml.Dump(parts)))
	assert.Equal(t, data, xlsx(t, sampleWorkbook(t)), "two writes give the same bytes")
	sheet := part(parts, "xl/worksheets/sheet1.xml")
	assert.Contains(t, sheet, `<c r="D2" s="1"><v>46073</v></c>`, "2026-02-20 is serial day 46073")
	assert.Contains(t, sheet, `<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>`)
	assert.Contains(t, sheet, `<autoFilter ref="A1:D3"/>`)
	assert.Contains(t, part(parts, "xl/workbook.xml"), `'Aftaler ''DPA'' 2026'!$A$1:$B$2`)
	assert.Contains(t, part(parts, "xl/worksheets/sheet2.xml"), `<t xml:space="preserve">1899-12-31</t>`, "a day before 1 March 1900 is text")
}

// TestWorkbookHostileText: hostile text in sheets and properties stays
// well-formed; Excel's _xHHHH_ escapes in text are escaped themselves.
func TestWorkbookHostileText(t *testing.T) {
	wb := &ooxml.Workbook{Properties: ooxml.Properties{Title: hostile, Creator: hostile}}
	s, err := wb.AddSheet("Ark")
	require.NoError(t, err)
	s.Header(hostile, hostile)
	s.Row(ooxml.Text(hostile), ooxml.Text(strings.Repeat("x", 40000)))
	parts, err := ooxml.Check(xlsx(t, wb))
	require.NoError(t, err)
	sheet := part(parts, "xl/worksheets/sheet1.xml")
	assert.Contains(t, sheet, "_x005F_x0041_")
	assert.Contains(t, sheet, "&lt;b&gt;&amp;amp;")
	assert.NotContains(t, sheet, strings.Repeat("x", 32768), "a cell holds at most 32,767 characters")
}

// TestSheetNames: Excel's rules for sheet names (at most 31 characters,
// none of [ ] : * ? / \, no apostrophe at either end, unique in any case).
func TestSheetNames(t *testing.T) {
	for _, tc := range []struct {
		name string
		ok   bool
	}{
		{"Behandlinger", true},
		{strings.Repeat("æ", 31), true},
		{strings.Repeat("æ", 32), false},
		{"", false},
		{"a[b", false}, {"a]b", false}, {"a:b", false}, {"a*b", false}, {"a?b", false}, {"a/b", false}, {`a\b`, false},
		{"'quoted", false}, {"quoted'", false}, {"it's", true},
		{"history", false},
		{"tab\there", false},
		{"bad\xff", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := ooxml.ValidSheetName(tc.name)
			if tc.ok {
				assert.NoError(t, err)
				return
			}
			assert.ErrorIs(t, err, ooxml.ErrSheetName)
			assert.ErrorIs(t, err, gdpr.ErrInvalid)
		})
	}
	wb := &ooxml.Workbook{}
	_, err := wb.AddSheet("Ark")
	require.NoError(t, err)
	_, err = wb.AddSheet("ARK")
	assert.ErrorIs(t, err, ooxml.ErrSheetName, "names are unique in any case")
	_, err = wb.AddSheet("a/b")
	assert.ErrorIs(t, err, ooxml.ErrSheetName)
	assert.Len(t, wb.Sheets(), 1)
}

// TestWorkbookErrors: no sheets, a number that is not finite or a sheet
// wider than Excel's is an error and writes nothing.
func TestWorkbookErrors(t *testing.T) {
	var b bytes.Buffer
	assert.ErrorIs(t, (&ooxml.Workbook{}).Write(&b), ooxml.ErrNoSheets)
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		wb := &ooxml.Workbook{}
		s, err := wb.AddSheet("Ark")
		require.NoError(t, err)
		s.Row(ooxml.Number(f))
		err = wb.Write(&b)
		assert.ErrorIs(t, err, ooxml.ErrNumber)
		assert.ErrorIs(t, err, gdpr.ErrInvalid)
	}
	wb := &ooxml.Workbook{}
	s, err := wb.AddSheet("Ark")
	require.NoError(t, err)
	s.Row(make([]ooxml.Value, ooxml.MaxColumns+1)...)
	assert.ErrorIs(t, wb.Write(&b), ooxml.ErrSheetSize, "more columns than Excel's XFD")
	assert.Zero(t, b.Len())
}

// TestCheckFindsFaults: Check tells a broken package.
func TestCheckFindsFaults(t *testing.T) {
	_, err := ooxml.Check([]byte("not a zip"))
	assert.Error(t, err)
}
