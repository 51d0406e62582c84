package ooxml

import (
	"encoding/xml"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// SheetContent is one worksheet as [ReadSheets] reads it back.
type SheetContent struct {
	Name string
	// Frozen reports a pane frozen below the first row.
	Frozen bool
	// Filter is the range of the autofilter ("A1:D3"), or "".
	Filter string
	// Widths are the widths of the columns in characters, in order.
	Widths []float64
	// Rows are the rows in order, each cell at its column (a missing cell
	// is the zero ReadCell).
	Rows [][]ReadCell
}

// ReadCell is one cell read back: its text (a string cell's text, or a
// number as written), whether it is a number, and whether its style is
// the date format.
type ReadCell struct {
	Text   string
	Number bool
	Date   bool
}

// ReadSheets reads the sheets of a workbook written by [Workbook.Write],
// for tests and review: names, frozen panes, autofilters, widths and
// cells. It reads inline strings only, as the writer writes them.
func ReadSheets(data []byte) ([]SheetContent, error) {
	parts, err := Check(data)
	if err != nil {
		return nil, err
	}
	var book struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := xml.Unmarshal(find(parts, "xl/workbook.xml"), &book); err != nil {
		return nil, err
	}
	out := make([]SheetContent, 0, len(book.Sheets))
	for i, s := range book.Sheets {
		b := find(parts, "xl/worksheets/sheet"+strconv.Itoa(i+1)+".xml")
		if b == nil {
			return nil, fmt.Errorf("no part for sheet %d", i+1)
		}
		var ws struct {
			Pane *struct {
				State string `xml:"state,attr"`
				Y     int    `xml:"ySplit,attr"`
			} `xml:"sheetViews>sheetView>pane"`
			Cols []struct {
				Width float64 `xml:"width,attr"`
			} `xml:"cols>col"`
			Rows []struct {
				Cells []struct {
					R  string `xml:"r,attr"`
					S  int    `xml:"s,attr"`
					T  string `xml:"t,attr"`
					V  string `xml:"v"`
					T2 []struct {
						Text string `xml:",chardata"`
					} `xml:"is>t"`
				} `xml:"c"`
			} `xml:"sheetData>row"`
			Filter *struct {
				Ref string `xml:"ref,attr"`
			} `xml:"autoFilter"`
		}
		if err := xml.Unmarshal(b, &ws); err != nil {
			return nil, err
		}
		sc := SheetContent{Name: s.Name, Frozen: ws.Pane != nil && ws.Pane.State == "frozen" && ws.Pane.Y == 1}
		if ws.Filter != nil {
			sc.Filter = ws.Filter.Ref
		}
		for _, c := range ws.Cols {
			sc.Widths = append(sc.Widths, c.Width)
		}
		for _, r := range ws.Rows {
			var row []ReadCell
			for _, c := range r.Cells {
				col, err := columnIndex(c.R)
				if err != nil {
					return nil, err
				}
				for len(row) <= col {
					row = append(row, ReadCell{})
				}
				switch c.T {
				case "inlineStr":
					var t strings.Builder
					for _, x := range c.T2 {
						t.WriteString(x.Text)
					}
					row[col] = ReadCell{Text: unescapeUnderscores(t.String())}
				case "":
					row[col] = ReadCell{Text: c.V, Number: c.V != "", Date: c.S == styleDate}
				default:
					return nil, fmt.Errorf("cell %s: type %q", c.R, c.T)
				}
			}
			sc.Rows = append(sc.Rows, row)
		}
		out = append(out, sc)
	}
	return out, nil
}

// columnIndex is the column from 0 of a cell reference ("B3" is 1).
func columnIndex(ref string) (int, error) {
	n := 0
	i := 0
	for ; i < len(ref) && 'A' <= ref[i] && ref[i] <= 'Z'; i++ {
		n = n*26 + int(ref[i]-'A'+1)
	}
	if i == 0 || n > MaxColumns {
		return 0, errors.New("bad cell reference " + strconv.Quote(ref))
	}
	return n - 1, nil
}

// unescapeUnderscores undoes [escapeUnderscores].
func unescapeUnderscores(s string) string { return strings.ReplaceAll(s, "_x005F_", "_") }
