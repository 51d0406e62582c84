package main

import (
	"fmt"
	"unicode"

	"github.com/dkgdpr/gdpr"
)

// vocabulary shows the shared vocabulary of the root package: categories,
// a redacted CPR number and a transfer status.
func (t *tour) vocabulary() error {
	t.section("1. Fælles begreber: personoplysninger, CPR-numre og overførsler", "1. Shared vocabulary: personal data, CPR numbers and transfers")
	types := []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber, gdpr.Health}
	for _, dt := range types {
		t.printf("  %-45s %s\n", dt.Label(t.lang), dt.Category().Label(t.lang))
	}
	c := gdpr.HighestCategory(types...)
	t.printf("  %s %s; %s %s\n", t.tr("Behandlingens kategori:", "Category of the processing:"), c.Label(t.lang),
		t.tr("kryptering ved forsendelse over internettet:", "encryption when sent over the internet:"), t.yes(c.NeedsEncryptionInTransit()))

	cpr, err := gdpr.ParseCPR("070761-4285")
	if err != nil {
		return err
	}
	t.printf("  %s %v (%s %s)\n", t.tr("CPR-nummer i log og udskrift:", "CPR number in logs and output:"), cpr,
		t.tr("fødselsdato", "birth date"), cpr.BirthDate())

	today := gdpr.DateOf(t.now)
	for _, code := range []string{"NO", "GL", "FO", "GB", "US"} {
		tr := gdpr.TransferTo(gdpr.MustParseCountry(code), today)
		line := fmt.Sprintf("%-16s %s", tr.Country.Label(t.lang), tr.Status.Label(t.lang))
		if tr.Conditional() {
			// The condition continues the status: "…; only organisations
			// certified under the EU-US Data Privacy Framework".
			cond := []rune(tr.Condition.Label(t.lang))
			if len(cond) > 0 {
				cond[0] = unicode.ToLower(cond[0])
			}
			line += "; " + string(cond)
		}
		t.printf("  %s\n", line)
	}
	return nil
}
