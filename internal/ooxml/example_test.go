package ooxml_test

import (
	"bytes"
	"fmt"
	"time"

	"github.com/dkgdpr/gdpr/internal/ooxml"
)

// A register as a spreadsheet: one sheet per kind of entry, a header row
// that stays in view and filters, dates that sort as dates.
func ExampleWorkbook() {
	wb := &ooxml.Workbook{Properties: ooxml.Properties{Title: "Fortegnelse over behandlingsaktiviteter", Creator: "Eksempel Kommune", Language: "da-DK"}}
	records, err := wb.AddSheet("Behandlinger")
	if err != nil {
		fmt.Println(err)
		return
	}
	records.Header("ID", "Behandling", "Registrerede", "Senest opdateret")
	records.Row(ooxml.Text("B-17"), ooxml.Text("Trafikanalyse med kameraer"), ooxml.Int(120000), ooxml.Date(2026, time.February, 20))

	if _, err := wb.AddSheet("Aftaler: databehandlere"); err != nil {
		fmt.Println(err) // a colon is not allowed in a sheet name
	}

	var file bytes.Buffer
	if err := wb.Write(&file); err != nil {
		fmt.Println(err)
		return
	}
	parts, err := ooxml.Check(file.Bytes())
	fmt.Println(len(parts), "parts, error:", err)
	// Output:
	// ooxml: invalid sheet name: contains one of [ ] : * ? / \
	// 8 parts, error: <nil>
}

// A Word document: headings in Word's heading styles, a table with a header
// row repeated on each page, ballot boxes, a footer that counts the pages.
func ExampleDocument() {
	d := &ooxml.Document{
		Properties: ooxml.Properties{Title: "Konsekvensanalyse", Creator: "Eksempel Kommune", Version: "1.0", Language: "da-DK"},
		Footer:     "Konsekvensanalyse",
	}
	d.Heading(1, "Konsekvensanalyse")
	d.Paragraph(ooxml.Run{Text: "Behandlingen må påbegyndes: "}, ooxml.Run{Text: "ja.", Bold: true})
	d.Table(ooxml.Table{HeaderFill: "DDE6EF", Rows: []ooxml.Row{
		{Header: true, Cells: []ooxml.Cell{{Text: "Beslutning"}, {Text: "Dato"}}},
		{Cells: []ooxml.Cell{{Text: "Godkendt ☒"}, {Text: "2026-02-20"}}},
	}})
	var file bytes.Buffer
	if err := d.Write(&file); err != nil {
		fmt.Println(err)
		return
	}
	ps, _ := ooxml.Paragraphs(file.Bytes())
	for _, p := range ps {
		fmt.Printf("%s %q\n", p.Style, p.Text)
	}
	// Output:
	// Heading1 "Konsekvensanalyse"
	//  "Behandlingen må påbegyndes: ja."
	// TableText "Beslutning"
	// TableText "Dato"
	// TableText "Godkendt ☒"
	// TableText "2026-02-20"
	// Spacer ""
}
