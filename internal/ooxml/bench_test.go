package ooxml_test

import (
	"io"
	"strconv"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr/internal/ooxml"
)

func BenchmarkDocumentWrite(b *testing.B) {
	d := sampleDocument("da-DK")
	b.ReportAllocs()
	for b.Loop() {
		if err := d.Write(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWorkbookWrite writes a register of 10,000 rows of five columns.
func BenchmarkWorkbookWrite(b *testing.B) {
	wb := &ooxml.Workbook{}
	s, err := wb.AddSheet("Behandlinger")
	if err != nil {
		b.Fatal(err)
	}
	s.Header("ID", "Navn", "Antal", "Dato", "Note")
	for i := range 10000 {
		s.Row(ooxml.Text("B-"+strconv.Itoa(i)), ooxml.Text("Behandling af personoplysninger"), ooxml.Int(int64(i)),
			ooxml.Date(2026, time.March, 1+i%28), ooxml.Text("Linje 1\nLinje 2"))
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := wb.Write(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
