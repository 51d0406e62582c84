// Command tour walks through the dkgdpr packages on one small municipality
// and prints what each rule says, in Danish by default.
//
// Usage:
//
//	go run ./examples/tour
//	go run ./examples/tour -lang en
//	go run ./examples/tour -json > tour.json
//
// With -json it prints, instead of the text, every record it builds and every
// result it gets (findings included) as JSON, grouped by the name of the JSON
// Schema in the schema directory that describes it, so the published schemas
// can be tested against what the library writes. Every date is fixed, so the
// output is the same on every run.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/dkgdpr/gdpr"
	"golang.org/x/text/language"
)

func main() {
	lang := flag.String("lang", "da", "language of the output: da or en")
	asJSON := flag.Bool("json", false, "print the records and results as JSON, by schema, instead of the text")
	flag.Parse()
	tag, err := language.Parse(*lang)
	if err != nil {
		fmt.Fprintf(os.Stderr, "tour: unknown language %q\n", *lang)
		os.Exit(2)
	}
	do := run
	if *asJSON {
		do = runJSON
	}
	if err := do(os.Stdout, tag); err != nil {
		fmt.Fprintln(os.Stderr, "tour:", err)
		os.Exit(1)
	}
}

// run prints the whole tour to w.
func run(w io.Writer, tag language.Tag) error {
	_, err := walk(w, tag)
	return err
}

// runJSON walks the tour and prints what it kept as one JSON object: the
// file name of a schema ("dpia.assessment.schema.json") to the list of
// documents it describes.
func runJSON(w io.Writer, tag language.Tag) error {
	t, err := walk(io.Discard, tag)
	if err != nil {
		return err
	}
	b, err := json.MarshalIndent(t.docs, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// walk walks the whole tour, printing to w.
func walk(w io.Writer, tag language.Tag) (*tour, error) {
	t := &tour{w: w, lang: tag, now: time.Date(2026, time.March, 2, 9, 0, 0, 0, time.UTC), docs: map[string][]any{}}
	t.printf("%s\n", t.tr("Rundvisning i dkgdpr - Eksempel Kommune", "A tour of dkgdpr - Example Municipality"))
	t.printf("%s %s\n", t.tr("Dato for vurderingen:", "Date of the assessment:"), gdpr.DateOf(t.now))
	for _, step := range []func() error{
		t.vocabulary,
		t.screening,
		t.risk,
		t.ropa,
		t.rights,
		t.breach,
		t.dpa,
		t.dpia,
	} {
		if err := step(); err != nil {
			return nil, err
		}
	}
	return t, t.err
}

// tour holds the output, the language and the fixed "now" of the walk,
// and the records and results it keeps for -json.
type tour struct {
	w    io.Writer
	lang language.Tag
	now  time.Time
	err  error
	docs map[string][]any
}

// keep keeps v, a record or a result, for -json under the schema that
// describes it.
func (t *tour) keep(schema string, v any) {
	t.docs[schema] = append(t.docs[schema], v)
}

// tr picks the Danish or the English text.
func (t *tour) tr(da, en string) string {
	return gdpr.Text{Da: da, En: en}.In(t.lang)
}

// yes prints a boolean as ja/nej or yes/no.
func (t *tour) yes(b bool) string {
	if b {
		return t.tr("ja", "yes")
	}
	return t.tr("nej", "no")
}

// section prints a heading.
func (t *tour) section(da, en string) {
	title := t.tr(da, en)
	t.printf("\n%s\n%s\n", title, strings.Repeat("=", len([]rune(title))))
}

// printf writes to the output and keeps the first error.
func (t *tour) printf(format string, args ...any) {
	if t.err != nil {
		return
	}
	_, t.err = fmt.Fprintf(t.w, format, args...)
}

// ref prints a legal reference in the tour's language: a bilingual
// gdpr.Text (the references of findings and reasons) in the tour's
// language, a plain citation as it is written.
func (t *tour) ref(r any) string {
	switch r := r.(type) {
	case gdpr.Text:
		return r.In(t.lang)
	case string:
		return r
	}
	return fmt.Sprint(r)
}
