// Package overview is the compliance overview of a whole authority: one
// place that takes a municipality's records of processing, consents, data
// processing agreements, DPIA screenings, impact assessments, risk
// assessments, breaches and data-subject requests, checks each with its own
// package, checks the references between them, and says what is overdue and
// what falls due soon (overblik over databeskyttelsen i kommunen).
//
// It sits above the domain packages in the import graph: it imports gdpr,
// ropa, dpa, screening, risk, breach, rights and dpia, and none of them
// imports it.
// It re-implements no rule of theirs: each finding of a package keeps its
// rule id ("ropa.retention_missing", "dpa.tia_missing"), and the overview's
// own rules ("overview.*", listed by [Rules]) are only about what no package
// can see alone.
//
// # The linked model
//
// A [Municipality] holds the whole set. The pieces refer to each other by
// stable ids: a ropa.Record names its agreements (ropa.ProcessorRef.
// AgreementID), its screening, its DPIA and its risk assessment; a
// dpa.Agreement lists the records it serves; a ropa.Consent names its record
// and purpose; a dpia.Assessment names its record and may name further
// agreements. Where a package's type has no id or does not record what it
// concerns, a small wrapper adds it: [Screening] gives a screening its id,
// [RiskAssessment] groups the risks of one assessment under an id, [Breach]
// names the records and agreements an incident concerns, and [Request] the
// records a data-subject request concerns.
//
// # The report
//
// [Build] returns a [Report] at an instant, for a horizon of days:
//
//   - every [Finding]: a gdpr.Finding with the area ([Area]: Fortegnelser,
//     Samtykker, Databehandleraftaler, ...), the id and the position of the
//     object it is about, and a path from the municipality
//     ("agreements[3].records[1]");
//   - the references that are broken or missing, as findings of the
//     overview's rules: a record with sensitive data and no screening
//     (GDPR art. 35(1)); a screening that requires a DPIA, or a high
//     risk, and no DPIA; a record that names an agreement, screening, DPIA
//     or risk assessment that does not exist, or the DPIA of another record;
//     an agreement that lists a record that does not exist, or does not list
//     one that names it (art. 28(3)); a DPIA that refers to an agreement that
//     does not exist (dpia.agreement_missing); an open breach at a processor
//     whose agreement lacks the assistance clause of art. 28(3)(f); ids used
//     twice; and every problem of a Validate as overview.invalid;
//   - the counts per area and severity ([Report.Count]) and per rule, and
//     the most serious findings first ([Report.Top]);
//   - what is overdue and what falls due within the horizon ([Due], by
//     [DueKind]): answers to data-subject requests (GDPR art. 12(3)), the
//     72-hour notification of breaches (art. 33(1)), reviews of records
//     (an annual review, GDPR art. 5(2) and 30), supervisions of processors, consents
//     that run out (art. 7(3)), the measures of the risk assessments'
//     action plans and the reviews of impact assessments (art. 35(11));
//   - the requests per kind and status, and the risks per band
//     ([RiskSummary]).
//
// The order of everything depends only on the input, and the work is
// linear in its size: each list is indexed by id once, and every reference is
// a lookup. The default municipality of examples/municipality (2,000
// records, 1,500 agreements, 200 screenings and DPIAs, 300 breaches,
// 100,000 requests) takes about 140 ms and 30 MB of allocations on one core
// of the reference machine; the project's target is 200 ms and 256 MB
// (BenchmarkBuild).
//
// # Dashboards
//
// [Report.WriteHTML] writes a report as one self-contained HTML page for a
// DPO and management, and [Report.WriteText] the same dashboard for a
// terminal: the scope, the findings per area and severity, the broken
// references, the most serious findings, what is overdue and what falls due,
// the risks with a heat map (risk.HeatMap) and the requests per status, in
// Danish unless [DashboardOptions] ask for English. The page has no
// scripts, fetches nothing, prints on A4 and is built for assistive
// technology (landmarks, headings in order, table headers with scopes,
// colours of sufficient contrast, WCAG 2.1 level AA).
//
// # JSON and findings
//
// [ParseJSON] decodes a Municipality strictly, with the JSON field path of
// every problem, as each package's ParseJSON does for its records.
// [Municipality.Check] returns the report's findings as gdpr.Finding values
// whose paths start at the municipality, never nil, as every Check of the
// module does.
//
// # Policy, time and zero values
//
// The municipality's [Policy] holds the choices of the packages whose checks
// take one (breach.Policy, rights.Policy); its zero value is every package's
// default. The caller passes now; days are taken in Europe/Copenhagen. The
// zero Municipality has nothing recorded and no findings; the zero [Area]
// and [DueKind] mean "not set" (and, in [Report.Count], "every").
//
// # Usage
//
//	m := overview.Municipality{
//		Records:    records,    // []ropa.Record
//		Agreements: agreements, // []dpa.Agreement
//		Screenings: []overview.Screening{{ID: "screening-hjemmepleje", Screening: s}},
//		Requests:   requests,   // []overview.Request
//	}
//	r, err := overview.Build(m, now, 30)
//	if err != nil {
//		return err // only an invalid policy
//	}
//	fmt.Println(r.Count(0, gdpr.Critical), "critical findings")
//	for _, f := range r.Top(10) {
//		fmt.Println(f.Area.Label(tag), f.ID, f.Text.In(tag))
//	}
//	for _, d := range r.Overdue {
//		fmt.Println(d.Kind.Label(tag), d.ID, d.Day)
//	}
//
// A record and its agreements must tell the same story: Build checks each
// record with the reaches of the agreements that serve it
// (dpa.Agreement.Reaches), so a sub-processor's access from a third
// country that the record does not list is a finding on the record (GDPR
// art. 30(1)(e)). Template records (ropa.Template) are reported apart, in
// [Report.Templates].
//
// # Personal data
//
// A municipality holds personal data (a requester's name, a breach's
// contact, a processor's contact point); the municipality, its wrappers
// and the report implement slog.LogValuer ([Municipality.LogValue] logs
// only counts), and the pieces redact themselves in fmt and slog as their
// packages do. JSON keeps everything: it is storage.
//
// Everything is pure and safe for concurrent use.
package overview

//go:generate go run github.com/dkgdpr/gdpr/internal/cmd/enumgen
