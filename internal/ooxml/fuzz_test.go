package ooxml_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr/internal/ooxml"
	"github.com/stretchr/testify/require"
)

// FuzzDocument puts arbitrary text in every place of a document: the
// writer never panics and every part is well-formed, with the content
// types and relationships complete.
func FuzzDocument(f *testing.F) {
	f.Add("Overskrift", "tekst", "DDE6EF", 2, 1)
	f.Add(hostile, hostile, "#fa0020", 1, 3)
	f.Add("", "\x00", "", 9, -4)
	f.Fuzz(func(t *testing.T, text, other, fill string, level, span int) {
		d := &ooxml.Document{Properties: ooxml.Properties{Title: text, Creator: other, Language: other, Version: text}, Footer: text}
		d.Heading(level, text)
		d.Paragraph(ooxml.Run{Text: text, Bold: true}, ooxml.Run{Text: other, Italic: true})
		d.Note(ooxml.Run{Text: other})
		d.Bullets(text, other)
		d.Table(ooxml.Table{HeaderFill: fill, Small: span%2 == 0, Rows: []ooxml.Row{
			{Header: true, Cells: []ooxml.Cell{{Text: text}, {Text: other, Fill: fill}}},
			{Cells: []ooxml.Cell{{Text: other, Span: span % 8, Fill: fill, Align: ooxml.Align(span % 3)}}},
			{},
		}})
		var b bytes.Buffer
		require.NoError(t, d.Write(&b))
		_, err := ooxml.Paragraphs(b.Bytes())
		require.NoError(t, err)
	})
}

// FuzzWorkbook puts arbitrary text, numbers and days in a workbook: a
// sheet name is accepted or refused, never a panic, and what is written is
// well-formed.
func FuzzWorkbook(f *testing.F) {
	f.Add("Ark", "tekst", 1.5, 2026, 2, 20)
	f.Add("Ark 'x'", hostile, -0.0, 1900, 2, 29)
	f.Add("[]", "", 1e308, 0, 0, 0)
	f.Fuzz(func(t *testing.T, name, text string, num float64, y, m, d int) {
		wb := &ooxml.Workbook{Properties: ooxml.Properties{Title: text, Creator: name}}
		s, err := wb.AddSheet(name)
		if err != nil {
			require.ErrorIs(t, err, ooxml.ErrSheetName)
			s, err = wb.AddSheet("Ark")
			require.NoError(t, err)
		}
		s.Header(text, name)
		s.Widths = []float64{num}
		s.Row(ooxml.Text(text), ooxml.Number(num), ooxml.Date(y, time.Month(m), d), ooxml.Value{}, ooxml.Int(int64(y)))
		var b bytes.Buffer
		if err := wb.Write(&b); err != nil {
			require.ErrorIs(t, err, ooxml.ErrNumber)
			return
		}
		_, err = ooxml.Check(b.Bytes())
		require.NoError(t, err)
	})
}
