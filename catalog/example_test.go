package catalog_test

import (
	"fmt"

	"github.com/dkgdpr/gdpr"

	"github.com/dkgdpr/gdpr/catalog"
	"golang.org/x/text/language"
)

// Look a rule up by the id a finding carries, to show its reference and
// text in the user's language.
func ExampleLookup() {
	r, ok := catalog.Lookup("gdpr.cpr_basis_missing")
	fmt.Println(ok, r.Severity, r.Reference.En)
	fmt.Println(r.Text.In(language.Danish))

	_, ok = catalog.Lookup("ropa.no_such_rule")
	fmt.Println(ok)
	// Output:
	// true error databeskyttelsesloven § 11
	// Der behandles CPR-numre uden hjemmel i databeskyttelsesloven § 11.
	// false
}

// The rules of the root package: the legal bases a set of data types
// needs (GDPR art. 6, 9 and 10). ropa lists them too, since its Record.Check applies
// them; the catalogue lists them once.
func ExampleByPackage() {
	for _, p := range catalog.ByPackage() {
		if p.Name != "gdpr" {
			continue
		}
		fmt.Println(p.Path)
		for _, r := range p.Rules {
			fmt.Printf("  %-26s %-8s %s\n", r.ID, r.Severity, r.Reference.En)
		}
	}
	// Output:
	// github.com/dkgdpr/gdpr
	//   gdpr.art10_basis_missing   error    GDPR art. 10; databeskyttelsesloven § 8
	//   gdpr.art6_basis_missing    error    GDPR art. 6(1)
	//   gdpr.art9_basis_missing    error    GDPR art. 9(2); databeskyttelsesloven § 7
	//   gdpr.cpr_basis_missing     error    databeskyttelsesloven § 11
}

// A host that shows findings in its own user interface can build its table
// of rule texts from the catalogue, in the user's language, and list the
// rules per severity.
func ExampleAll() {
	texts := make(map[string]string)
	bySeverity := make(map[gdpr.Severity][]string)
	for _, r := range catalog.All() {
		texts[r.ID] = r.Text.In(language.Danish)
		bySeverity[r.Severity] = append(bySeverity[r.Severity], r.ID)
	}
	fmt.Println(texts["ropa.retention_missing"])
	fmt.Println(bySeverity[gdpr.Critical][0], "is critical")
	// Output:
	// Der er ingen slettefrist for denne type personoplysninger.
	// breach.notification_overdue is critical
}
