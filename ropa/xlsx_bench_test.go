package ropa_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/dkgdpr/gdpr/ropa"
	"golang.org/x/text/language"
)

// BenchmarkWriteXLSX: the workbook of 10,000 records.
func BenchmarkWriteXLSX(b *testing.B) {
	reg := benchRegister(10000)
	b.ReportAllocs()
	for b.Loop() {
		if err := ropa.WriteXLSX(io.Discard, reg, ropa.XLSXOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteCSVLabels: the labelled CSV of 10,000 records, each
// labelled cell checked to read back (compare BenchmarkWriteCSV).
func BenchmarkWriteCSVLabels(b *testing.B) {
	reg := benchRegister(10000)
	b.ReportAllocs()
	for b.Loop() {
		if err := ropa.WriteCSVLabels(io.Discard, reg.Records, language.Danish); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadCSVLabels: reading the labelled CSV of 10,000 records.
func BenchmarkReadCSVLabels(b *testing.B) {
	reg := benchRegister(10000)
	var buf bytes.Buffer
	if err := ropa.WriteCSVLabels(&buf, reg.Records, language.Danish); err != nil {
		b.Fatal(err)
	}
	data := buf.Bytes()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ropa.ReadCSV(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
