package ooxml_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr/internal/ooxml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadSheets reads the sample workbook back: names, frozen header,
// autofilter, widths and cells, a date with the date style.
func TestReadSheets(t *testing.T) {
	sheets, err := ooxml.ReadSheets(xlsx(t, sampleWorkbook(t)))
	require.NoError(t, err)
	require.Len(t, sheets, 3)
	s := sheets[0]
	assert.Equal(t, "Behandlinger", s.Name)
	assert.True(t, s.Frozen)
	assert.Equal(t, "A1:D3", s.Filter)
	assert.Len(t, s.Widths, 4)
	assert.Equal(t, []ooxml.ReadCell{{Text: "B-1"}, {Text: "Trafikanalyse"}, {Text: "120000", Number: true}, {Text: "46073", Number: true, Date: true}}, s.Rows[1])
	assert.Equal(t, "Linje 1\nLinje 2", s.Rows[2][1].Text)
	assert.Equal(t, "Aftaler 'DPA' 2026", sheets[1].Name)
	assert.False(t, sheets[2].Frozen, "no header, nothing frozen")
	assert.Empty(t, sheets[2].Filter)
	_, err = ooxml.ReadSheets([]byte("not a zip"))
	assert.Error(t, err)
}

// TestWrapAndRowHeight: text longer than its column wraps and its row is
// as tall as the wrapped lines (words are not broken); a short row keeps
// the default height; the header prints on every page, landscape.
func TestWrapAndRowHeight(t *testing.T) {
	wb := &ooxml.Workbook{Properties: ooxml.Properties{Created: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)}}
	s, err := wb.AddSheet("Ark")
	require.NoError(t, err)
	s.Widths = []float64{10, 10}
	s.Header("A", "B")
	s.Row(ooxml.Text("kort"), ooxml.Text("også kort"))
	s.Row(ooxml.Text("et to tre fire fem seks"), ooxml.Text("x"))        // 3 lines of at most 10
	s.Row(ooxml.Text("a\nb\nc\nd"), ooxml.Text(strings.Repeat("y", 25))) // 4 lines; a long word breaks into 3
	s.Row(ooxml.Text(strings.Repeat("ord ", 200)), ooxml.Text("x"))      // capped at Excel's 409 points
	parts, err := ooxml.Check(xlsx(t, wb))
	require.NoError(t, err)
	sheet := part(parts, "xl/worksheets/sheet1.xml")
	assert.Contains(t, sheet, `<row r="2">`, "one line: the default height")
	assert.Contains(t, sheet, `<row r="3" ht="40.25" customHeight="1">`, "three lines of 12.75 points")
	assert.Contains(t, sheet, `<c r="A3" s="3" t="inlineStr">`, "wrapped")
	assert.Contains(t, sheet, `<row r="4" ht="53" customHeight="1">`)
	assert.Contains(t, sheet, `<c r="B4" s="3" t="inlineStr">`)
	assert.Contains(t, sheet, `<row r="5" ht="397.25" customHeight="1">`)
	assert.Contains(t, sheet, `<pageSetup paperSize="9" orientation="landscape"/>`)
	assert.Contains(t, part(parts, "xl/workbook.xml"), `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Ark'!$1:$1</definedName>`)
}
