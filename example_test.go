package gdpr_test

import (
	"errors"
	"fmt"

	"github.com/dkgdpr/gdpr"
	"golang.org/x/text/language"
)

// The category of a processing is the highest category of its data types,
// and it says whether e-mail needs encryption.
func ExampleHighestCategory() {
	types := []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber, gdpr.CustomDataType("Skolekarakterer", gdpr.Ordinary)}
	c := gdpr.HighestCategory(types...)
	fmt.Println(c.Label(language.Danish))
	fmt.Println(c.Label(language.English), "- encrypt in transit:", c.NeedsEncryptionInTransit())
	// Output:
	// fortrolige oplysninger
	// confidential data - encrypt in transit: true
}

// A health-care processing that names a public task but no art. 9(2)
// condition and no § 11 basis for the CPR number gets two findings.
func ExampleCheckBases() {
	types := []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber, gdpr.Health}
	bases := []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.SpecialLaw("sundhedsloven § 119")}
	for _, f := range gdpr.CheckBases("purposes[0].legalBases", types, bases) {
		fmt.Println(f.Rule, "-", f.Reference.Da)
		fmt.Println(" ", f.Text.Da)
	}
	// Output:
	// gdpr.art9_basis_missing - databeskyttelsesforordningen art. 9, stk. 2; databeskyttelsesloven § 7
	//   Der behandles følsomme personoplysninger uden et grundlag efter GDPR art. 9, stk. 2 (eller databeskyttelsesloven §§ 7 eller 12).
	// gdpr.cpr_basis_missing - databeskyttelsesloven § 11
	//   Der behandles CPR-numre uden hjemmel i databeskyttelsesloven § 11.
}

// Validation returns every problem at once, each with its field path.
func ExampleProblems() {
	var ps gdpr.Problems
	ps.Add("purposes", gdpr.CodeRequired, "at least one purpose is required")
	ps.Add("subjects[1].group", gdpr.CodeUnknown, `unknown subject group "pupil"`)
	err := ps.Err()
	var problems gdpr.Problems
	errors.As(err, &problems)
	for _, p := range problems {
		fmt.Println(p.Path, p.Code)
	}
	// Output:
	// purposes required
	// subjects[1].group unknown_code
}
