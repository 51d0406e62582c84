// Command municipality generates a realistic synthetic Danish municipality
// and prints the compliance overview of package overview as a dashboard
// (overview.Report.WriteText, and overview.Report.WriteHTML with -html), in
// Danish by default.
//
// Usage:
//
//	go run ./examples/municipality
//	go run ./examples/municipality -lang en -html overblik.html
//	go run ./examples/municipality -records 200 -agreements 150 -requests 10000
//
// The municipality (records of processing, consents, data processing
// agreements with sub-processors, DPIA screenings, impact assessments, risk
// assessments, breaches and data-subject requests, with a realistic share of
// gaps) is
// the same for the same seed, sizes and instant: the generator draws every
// choice from one math/rand/v2 source. Every name in it is made up.
//
// Flags:
//
//	-seed N         the seed (default 1)
//	-records N      records of processing (default 2000)
//	-agreements N   data processing agreements (default 1500)
//	-screenings N   DPIA screenings (default 200)
//	-dpias N        impact assessments, DPIAs (default 200)
//	-breaches N     breaches (default 300)
//	-requests N     data-subject requests (default 100000)
//	-days N         the horizon of what falls due, in days (default 30)
//	-now TIME       the instant of the overview, RFC 3339 or 2006-01-02
//	                (default 2026-03-02T10:00 in Copenhagen; "now" for the clock)
//	-lang da|en     the language of the dashboard (default da)
//	-html FILE      also write a self-contained HTML dashboard to FILE
//	-width N        the width of the terminal dashboard (default 110)
//	-json FILE      also write the municipality, the overview and its findings
//	                to FILE as JSON, grouped by the name of the JSON Schema in
//	                the schema directory that describes each
//	-xlsx FILE      also write the registers (records, purposes, erasure time
//	                limits, consents, data processing agreements) as an Excel
//	                workbook, in the language of -lang
//
// Progress is shown on stderr when a run takes more than a second.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/overview"
	"golang.org/x/text/language"
)

// options are the command's settings.
type options struct {
	seed   uint64
	n      sizes
	days   int
	now    time.Time
	lang   language.Tag
	html   string
	json   string
	xlsx   string
	width  int
	stderr io.Writer
}

// defaultNow is the instant of the overview unless -now says otherwise:
// Monday 2 March 2026, 10:00 in Copenhagen, as in the tour.
var defaultNow = time.Date(2026, time.March, 2, 9, 0, 0, 0, time.UTC)

func main() {
	o, err := parseFlags(os.Args[1:], os.Stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return
		}
		fmt.Fprintln(os.Stderr, "municipality:", err)
		os.Exit(2)
	}
	if err := run(os.Stdout, o); err != nil {
		fmt.Fprintln(os.Stderr, "municipality:", err)
		os.Exit(1)
	}
}

// parseFlags reads the command line.
func parseFlags(args []string, stderr io.Writer) (options, error) {
	fs := flag.NewFlagSet("municipality", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := options{stderr: stderr}
	fs.Uint64Var(&o.seed, "seed", 1, "seed of the generator")
	fs.IntVar(&o.n.records, "records", defaultSizes.records, "records of processing")
	fs.IntVar(&o.n.agreements, "agreements", defaultSizes.agreements, "data processing agreements")
	fs.IntVar(&o.n.screenings, "screenings", defaultSizes.screenings, "DPIA screenings")
	fs.IntVar(&o.n.dpias, "dpias", defaultSizes.dpias, "impact assessments (DPIAs)")
	fs.IntVar(&o.n.breaches, "breaches", defaultSizes.breaches, "breaches")
	fs.IntVar(&o.n.requests, "requests", defaultSizes.requests, "data-subject requests")
	fs.IntVar(&o.days, "days", 30, "horizon of what falls due, in days")
	now := fs.String("now", "", `instant of the overview: RFC 3339, 2006-01-02 or "now" (default 2026-03-02T10:00 Copenhagen)`)
	lang := fs.String("lang", "da", "language of the dashboard: da or en")
	fs.StringVar(&o.html, "html", "", "write a self-contained HTML dashboard to this file")
	fs.StringVar(&o.xlsx, "xlsx", "", "also write the registers as an Excel workbook to this file")
	fs.IntVar(&o.width, "width", 110, "width of the terminal dashboard")
	fs.StringVar(&o.json, "json", "", "also write the municipality, the report and its findings as JSON, by schema, to this file")
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		return o, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	switch *lang {
	case "da":
		o.lang = language.Danish
	case "en":
		o.lang = language.English
	default:
		return o, fmt.Errorf("unknown language %q: use da or en", *lang)
	}
	for _, n := range []int{o.n.records, o.n.agreements, o.n.screenings, o.n.dpias, o.n.breaches, o.n.requests, o.days} {
		if n < 0 || n > 10_000_000 {
			return o, fmt.Errorf("sizes and days must be from 0 to 10000000, got %d", n)
		}
	}
	if o.n.records == 0 && (o.n.requests > 0 || o.n.breaches > 0) {
		return o, errors.New("requests and breaches concern records: give at least one record")
	}
	switch *now {
	case "":
		o.now = defaultNow
	case "now":
		o.now = time.Now()
	default:
		t, err := time.Parse(time.RFC3339, *now)
		if err != nil {
			d, derr := gdpr.ParseDate(*now)
			if derr != nil {
				return o, fmt.Errorf("-now %q is neither RFC 3339 nor a date 2006-01-02", *now)
			}
			t = d.Start().Add(10 * time.Hour)
		}
		o.now = t
	}
	o.width = max(o.width, 60)
	return o, nil
}

// run generates the municipality, builds the overview and writes the
// dashboards.
func run(w io.Writer, o options) error {
	p := startProgress(o.stderr, o.lang, time.Second)
	defer p.Done()
	m := generate(o.seed, o.n, o.now, p.Step)
	p.Step("Bygger overblikket", "Building the overview")
	r, err := overview.Build(m, o.now, o.days)
	if err != nil {
		return err
	}
	p.Step("Skriver dashboardet", "Writing the dashboard")
	do := overview.DashboardOptions{Lang: o.lang, Width: o.width, Note: gdpr.Text{
		Da: fmt.Sprintf("Syntetiske data genereret med frø %d. Alle navne er opdigtede.", o.seed),
		En: fmt.Sprintf("Synthetic data generated with seed %d. Every name is made up.", o.seed),
	}}
	if err := r.WriteText(w, m, do); err != nil {
		return err
	}
	if o.json != "" {
		if err := writeJSON(o.json, &m, &r, o.now); err != nil {
			return err
		}
	}
	if o.xlsx != "" {
		if err := writeRegisterXLSX(o.xlsx, &m, o.now, o.lang); err != nil {
			return err
		}
	}
	if o.html == "" {
		return nil
	}
	f, err := os.Create(o.html)
	if err != nil {
		return err
	}
	if err := r.WriteHTML(f, m, do); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// writeJSON writes the municipality, its overview and its findings to file
// as one JSON object from the file name of a schema to the documents it
// describes.
func writeJSON(file string, m *overview.Municipality, r *overview.Report, now time.Time) error {
	docs := map[string][]any{
		"overview.municipality.schema.json": {m},
		"overview.report.schema.json":       {r},
		"gdpr.findings.schema.json":         {m.Check(now)},
	}
	b, err := json.Marshal(docs)
	if err != nil {
		return err
	}
	return os.WriteFile(file, append(b, '\n'), 0o644)
}
