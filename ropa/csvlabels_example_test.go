package ropa_test

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"

	"github.com/dkgdpr/gdpr/ropa"
	"golang.org/x/text/language"
)

// The labelled CSV holds Danish labels where the coded one holds codes,
// and reads back as the same record.
func ExampleWriteCSVLabels() {
	rec := schoolRecord()
	rec.Status = ropa.Active
	var buf bytes.Buffer
	if err := ropa.WriteCSVLabels(&buf, []ropa.Record{rec}, language.Danish); err != nil {
		fmt.Println(err)
		return
	}
	_, row, _ := strings.Cut(buf.String(), "\r\n")
	cells := strings.Split(row, ";")
	fmt.Println(cells[3])
	fmt.Println(strings.Split(strings.ReplaceAll(cells[26], "\r\n", "\n"), "\n")[0])

	back, err := ropa.ReadCSV(&buf)
	fmt.Println("read back unchanged:", err == nil && reflect.DeepEqual(back, []ropa.Record{rec}))
	// Output:
	// Aktiv
	// "Skolesky A/S |  | dpa-2025-014 |  | Danmark | Hosting
	// read back unchanged: true
}
