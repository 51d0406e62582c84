// Package catalog lists every rule of every package of the module: the
// catalogue of the compliance gaps (gdpr.Finding) that the Check functions
// of screening, risk, rights, breach, ropa, dpa, dpia, overview and the root
// package gdpr can report.
//
// Each rule has a stable id of the form package.snake_case
// ("ropa.retention_missing", "dpa.tia_missing"), a [gdpr.Severity], a legal
// reference ("GDPR art. 30(1)(f)"; a seed document or a local policy where
// the rule is one) and a Danish and English text. Each package lists its own
// rules in a function (ropa.Rules, dpa.Rules, ...); this package puts them
// together:
//
//   - [All] returns every rule once, sorted by package and then by id;
//   - [ByPackage] returns them grouped by [Package];
//   - [Lookup] finds a rule by its id.
//
// A package's list may include rules of a package below it: ropa.Rules
// includes the gdpr.* rules of gdpr.CheckBases, which ropa's Record.Check
// applies, and dpia.Rules the risk.* and screening.* rules its Check passes
// on. The catalogue lists each rule once, under the package its id names.
//
// The catalogue sits above the domain packages in the import graph: it
// imports them all, and none of them imports it. Its tests prove that it is
// well formed (ids unique and well formed, each with a severity, a
// reference and both texts) and complete (each package's rule list, and
// every package of the module that has one). Each package's own tests prove
// that its list is complete against what it emits and that every rule can
// be triggered.
//
// RULES.md at the module root is generated from the catalogue by
//
//	go generate ./catalog
//
// and a test fails when it is stale. Everything here is pure: the results
// are fresh copies, built from the packages' read-only tables, and safe for
// concurrent use.
//
// Usage:
//
//	r, ok := catalog.Lookup("ropa.retention_missing")
//	if ok {
//		fmt.Println(r.Severity, r.Reference, r.Text.In(language.Danish))
//	}
//	for _, p := range catalog.ByPackage() {
//		fmt.Println(p.Name, len(p.Rules))
//	}
package catalog
