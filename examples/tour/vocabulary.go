package main

import "github.com/dkgdpr/gdpr"

// vocabulary shows the shared vocabulary of the root package.
func (t *tour) vocabulary() error {
	t.section("1. Fælles begreber: kategorier af personoplysninger", "1. Shared vocabulary: categories of personal data")
	types := []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber, gdpr.Health}
	for _, dt := range types {
		t.printf("  %-45s %s\n", dt.Label(t.lang), dt.Category().Label(t.lang))
	}
	c := gdpr.HighestCategory(types...)
	t.printf("  %s %s; %s %s\n", t.tr("Behandlingens kategori:", "Category of the processing:"), c.Label(t.lang),
		t.tr("kryptering ved forsendelse over internettet:", "encryption when sent over the internet:"), t.yes(c.NeedsEncryptionInTransit()))
	return nil
}
