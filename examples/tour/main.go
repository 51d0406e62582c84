// Command tour walks through the dkgdpr packages on one small municipality
// and prints what each rule says, in Danish by default:
//
//	go run ./examples/tour
//	go run ./examples/tour -lang en
//
// Every date is fixed, so the output is the same on every run.
package main

import (
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
	flag.Parse()
	tag, err := language.Parse(*lang)
	if err != nil {
		fmt.Fprintf(os.Stderr, "tour: unknown language %q\n", *lang)
		os.Exit(2)
	}
	if err := run(os.Stdout, tag); err != nil {
		fmt.Fprintln(os.Stderr, "tour:", err)
		os.Exit(1)
	}
}

// run prints the whole tour to w.
func run(w io.Writer, tag language.Tag) error {
	t := &tour{w: w, lang: tag, now: time.Date(2026, time.March, 2, 9, 0, 0, 0, time.UTC)}
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
			return err
		}
	}
	return t.err
}

// tour holds the output, the language and the fixed "now" of the walk.
type tour struct {
	w    io.Writer
	lang language.Tag
	now  time.Time
	err  error
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
