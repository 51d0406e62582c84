package main

import (
	"encoding/json"
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestTourWalksEveryPackage runs the tour in both languages and checks that
// every package has its section and that the output does not depend on the
// machine (it is the README's main example).
func TestTourWalksEveryPackage(t *testing.T) {
	sections := map[string][]string{
		"da": {"1. Fælles begreber", "2. Screening", "3. Risikovurdering", "4. Fortegnelser", "5. Registreredes rettigheder", "6. Databrud", "7. Databehandleraftaler", "8. Konsekvensanalyse"},
		"en": {"1. Shared vocabulary", "2. Screening", "3. Risk", "4. Records", "5. Data-subject", "6. Breaches", "7. Data processing", "8. Impact assessment"},
	}
	for lang, want := range sections {
		var first, second strings.Builder
		if err := run(&first, language.MustParse(lang)); err != nil {
			t.Fatalf("tour -lang %s: %v", lang, err)
		}
		if err := run(&second, language.MustParse(lang)); err != nil {
			t.Fatalf("tour -lang %s, second run: %v", lang, err)
		}
		if first.String() != second.String() {
			t.Errorf("tour -lang %s: two runs differ", lang)
		}
		for i, heading := range want {
			if !strings.Contains(first.String(), "\n"+heading) {
				t.Errorf("tour -lang %s: section %d %q missing", lang, i+1, heading)
			}
		}
		// The record states no transfer; its agreement's US support
		// sub-processor reads the data (GDPR art. 30(1)(e), 44).
		if !strings.Contains(first.String(), "ropa.agreement_transfer_not_recorded") {
			t.Errorf("tour -lang %s does not reconcile the record with its agreement", lang)
		}
		if strings.Contains(first.String(), "-4285") {
			t.Errorf("tour -lang %s prints the serial part of a CPR number", lang)
		}
	}
}

// TestTourJSON: -json prints every record and result the tour keeps, by
// the schema that describes it, the same on every run; the tools module
// validates them against the schemas.
func TestTourJSON(t *testing.T) {
	var first, second strings.Builder
	if err := runJSON(&first, language.Danish); err != nil {
		t.Fatal(err)
	}
	if err := runJSON(&second, language.Danish); err != nil {
		t.Fatal(err)
	}
	if first.String() != second.String() {
		t.Error("two runs differ")
	}
	var docs map[string][]json.RawMessage
	if err := json.Unmarshal([]byte(first.String()), &docs); err != nil {
		t.Fatal(err)
	}
	for _, schema := range []string{"screening.screening.schema.json", "risk.assessment.schema.json", "ropa.record.schema.json",
		"rights.request.schema.json", "breach.incident.schema.json", "dpa.agreement.schema.json", "dpia.assessment.schema.json",
		"gdpr.findings.schema.json"} {
		if len(docs[schema]) == 0 {
			t.Errorf("no %s document", schema)
		}
	}
}
