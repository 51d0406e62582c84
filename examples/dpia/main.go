// Command dpia writes the report of a data protection impact assessment
// (konsekvensanalyse) to a file, as one self-contained HTML page (A4 print,
// the risk heat map inline) or as Markdown, in Danish by default, and
// optionally also as a Word document:
//
//	go run ./examples/dpia -o dpia.html
//	go run ./examples/dpia -o dpia.md -format md -lang en
//	go run ./examples/dpia -o dpia.html -docx dpia.docx
//	go run ./examples/dpia -in my-dpia.json -o my-dpia.html
//
// Without -in it reports the worked example of the dpia package: an
// AI-supported traffic camera analysis in a city, with anonymisation on the
// camera and no face recognition, approved on 2026-02-20. The input is JSON
// of the form {"assessment": {...}, "agreements": [...]}, the assessment in
// the shape of dpia.Assessment and the agreements of dpa.Agreement.
package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/dpia"
	"golang.org/x/text/language"
)

//go:embed traffic.json
var example []byte

// input is the file the command reads.
type input struct {
	Assessment json.RawMessage `json:"assessment"`
	Agreements []dpa.Agreement `json:"agreements"`
}

func main() {
	out := flag.String("o", "dpia.html", "the file to write")
	in := flag.String("in", "", "a JSON file with an assessment and its agreements (default: the worked example)")
	lang := flag.String("lang", "da", "language of the report: da or en")
	format := flag.String("format", "", "html or md (default: from the extension of -o, else html)")
	docx := flag.String("docx", "", "also write the report as a Word document (.docx) to this file")
	flag.Parse()
	if err := run(*in, *out, *lang, *format, *docx); err != nil {
		fmt.Fprintln(os.Stderr, "dpia:", err)
		os.Exit(1)
	}
}

// run reads the input, renders the report and writes it to out, and to
// docx as a Word document when docx is not empty.
func run(in, out, lang, format, docx string) error {
	tag, err := language.Parse(lang)
	if err != nil {
		return fmt.Errorf("unknown language %q", lang)
	}
	if format == "" {
		format = "html"
		if ext := filepath.Ext(out); ext == ".md" || ext == ".markdown" {
			format = "md"
		}
	}
	data := example
	if in != "" {
		if data, err = os.ReadFile(in); err != nil {
			return err
		}
	}
	var doc input
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		return fmt.Errorf("reading the input: %w", err)
	}
	a, err := dpia.ParseJSON(doc.Assessment)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := write(&buf, a, format, dpia.ReportOptions{Lang: tag, Agreements: doc.Agreements}); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	if docx != "" {
		var file bytes.Buffer
		if err := a.WriteDOCX(&file, dpia.ReportOptions{Lang: tag, Agreements: doc.Agreements}); err != nil {
			return err
		}
		if err := os.WriteFile(docx, file.Bytes(), 0o644); err != nil {
			return err
		}
		fmt.Printf("%s: docx, %d bytes\n", docx, file.Len())
	}
	d := a.Decide()
	fmt.Printf("%s: %s, %d bytes; status %s, may start: %t, next review %s\n",
		out, format, buf.Len(), d.Status, d.Start.Allowed, d.Review.Due)
	return nil
}

func write(w io.Writer, a dpia.Assessment, format string, o dpia.ReportOptions) error {
	switch format {
	case "html":
		return a.WriteHTML(w, o)
	case "md", "markdown":
		return a.WriteMarkdown(w, o)
	}
	return errors.New("unknown format " + format + ": use html or md")
}
