package catalog

import (
	"cmp"
	"slices"
	"strings"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/dkgdpr/gdpr/screening"
)

// Module is the module path; a package's import path is Module + "/" +
// its name, the root package's is Module itself.
const Module = "github.com/dkgdpr/gdpr"

// source is one package that lists rules: its name (the prefix of its rule
// ids), what it covers, and its rule list function.
type source struct {
	name  string
	title gdpr.Text
	rules func() []gdpr.Rule
}

// sources lists every package with rules, by name. Read-only. A package
// may list rules of a package below it (ropa lists the gdpr.* rules its
// Check applies); each rule is catalogued once, under the package its id
// names.
var sources = [...]source{
	{"breach", gdpr.Text{
		Da: "Brud på persondatasikkerheden: 72-timersfristen, anmeldelse og underretning (GDPR art. 33 og 34)",
		En: "Personal data breaches: the 72-hour clock, notification and communication (GDPR art. 33 and 34)",
	}, breach.Rules},
	{"dpa", gdpr.Text{
		Da: "Databehandleraftaler, underdatabehandlere, overførsler og tilsyn (GDPR art. 28 og 44-49)",
		En: "Data processing agreements, sub-processors, transfers and supervision (GDPR art. 28 and 44-49)",
	}, dpa.Rules},
	{"dpia", gdpr.Text{
		Da: "Konsekvensanalyser vedrørende databeskyttelse: indhold, forudgående høring og opfølgning (GDPR art. 35 og 36)",
		En: "Data protection impact assessments: content, prior consultation and review (GDPR art. 35 and 36)",
	}, dpia.Rules},
	{"gdpr", gdpr.Text{
		Da: "Det fælles ordforråd: behandlingsgrundlag for datatyperne (GDPR art. 6, 9 og 10; databeskyttelsesloven §§ 7, 8 og 11)",
		En: "The shared vocabulary: legal bases for the data types (GDPR art. 6, 9 and 10; Danish Data Protection Act ss. 7, 8 and 11)",
	}, gdpr.Rules},
	{"overview", gdpr.Text{
		Da: "Overblik over en myndigheds samlede dokumentation: henvisningerne mellem fortegnelser, aftaler, screeninger, analyser og brud",
		En: "An authority's documentation as a whole: the references between records, agreements, screenings, assessments and breaches",
	}, overview.Rules},
	{"rights", gdpr.Text{
		Da: "De registreredes rettigheder: anmodninger, frister og oplysningspligt (GDPR art. 12-22)",
		En: "Data-subject rights: requests, deadlines and the duty to inform (GDPR art. 12-22)",
	}, rights.Rules},
	{"risk", gdpr.Text{
		Da: "Risikovurdering: konsekvens, sandsynlighed, restrisiko og handlingsplan",
		En: "Risk assessment: consequence, probability, residual risk and action plan",
	}, risk.Rules},
	{"ropa", gdpr.Text{
		Da: "Fortegnelser over behandlingsaktiviteter og samtykker (GDPR art. 30)",
		En: "Records of processing activities and consents (GDPR art. 30)",
	}, ropa.Rules},
	{"screening", gdpr.Text{
		Da: "Screening: kræver behandlingen en konsekvensanalyse? (GDPR art. 35(1), (3) og (4))",
		En: "Screening: does the processing need a DPIA? (GDPR art. 35(1), (3) and (4))",
	}, screening.Rules},
}

// Package is the rules of one package of the module.
type Package struct {
	// Name is the package name and the prefix of its rule ids ("ropa");
	// "gdpr" is the module's root package.
	Name string `json:"name"`
	// Path is the import path ("github.com/dkgdpr/gdpr/ropa").
	Path string `json:"path"`
	// Title says what the package's rules are about, in Danish and English.
	Title gdpr.Text `json:"title"`
	// Rules are the package's rules, sorted by id.
	Rules []gdpr.Rule `json:"rules"`
}

// Names returns the names of the packages in the catalogue, sorted.
func Names() []string {
	out := make([]string, len(sources))
	for i, s := range sources {
		out[i] = s.name
	}
	return out
}

// ByPackage returns the catalogue grouped by package: every package with
// rules, sorted by name, each with its rules sorted by id. A rule is listed
// under the package its id names, once, even when several packages' rule
// lists contain it (ropa lists the gdpr.* rules its Check applies). The
// result is a fresh copy.
func ByPackage() []Package {
	out := make([]Package, len(sources))
	for i, s := range sources {
		out[i] = Package{Name: s.name, Path: importPath(s.name), Title: s.title}
	}
	seen := make(map[string]bool)
	for _, s := range sources {
		for _, r := range s.rules() {
			if seen[r.ID] {
				continue
			}
			i := slices.IndexFunc(out, func(p Package) bool { return p.Name == Prefix(r.ID) })
			if i < 0 {
				// A rule whose id names no catalogued package stays
				// with the package that lists it; the catalogue's test
				// rejects it.
				i = slices.IndexFunc(out, func(p Package) bool { return p.Name == s.name })
			}
			seen[r.ID] = true
			out[i].Rules = append(out[i].Rules, r)
		}
	}
	for i := range out {
		slices.SortFunc(out[i].Rules, func(a, b gdpr.Rule) int { return cmp.Compare(a.ID, b.ID) })
	}
	return out
}

// All returns every rule any package of the module can report, once each,
// sorted by package name and then by id. The result is a fresh copy.
func All() []gdpr.Rule {
	var out []gdpr.Rule
	for _, p := range ByPackage() {
		out = append(out, p.Rules...)
	}
	return out
}

// Lookup returns the rule with the given id ("ropa.retention_missing"),
// and false when no package has such a rule.
func Lookup(id string) (gdpr.Rule, bool) {
	for _, s := range sources {
		if s.name != Prefix(id) {
			continue
		}
		for _, r := range s.rules() {
			if r.ID == id {
				return r, true
			}
		}
	}
	// A rule listed by a package other than the one its id names.
	for _, s := range sources {
		for _, r := range s.rules() {
			if r.ID == id {
				return r, true
			}
		}
	}
	return gdpr.Rule{}, false
}

// Prefix returns the package part of a rule id: "ropa" for
// "ropa.retention_missing", "" for an id without a dot.
func Prefix(id string) string {
	pkg, _, ok := strings.Cut(id, ".")
	if !ok {
		return ""
	}
	return pkg
}

// importPath returns the import path of the package named name.
func importPath(name string) string {
	if name == "gdpr" {
		return Module
	}
	return Module + "/" + name
}
