package gdpr_test

import (
	"encoding/json"
	"testing"

	"github.com/dkgdpr/gdpr"
	"golang.org/x/text/language"
)

// FuzzDecodeVocabulary feeds arbitrary text to every decoder of the shared
// vocabulary: none may panic, and whatever decodes must encode back to the
// same text.
func FuzzDecodeVocabulary(f *testing.F) {
	for _, s := range []string{"", "sensitive", "cpr_number", "custom:ordinary:Karakterer", "art6_1_e",
		"law:serviceloven § 50", "children", "warning", "custom:x:y", "law:", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		check := func(kind string, v interface {
			UnmarshalText([]byte) error
			MarshalText() ([]byte, error)
		}) {
			if err := v.UnmarshalText([]byte(s)); err != nil {
				return
			}
			out, err := v.MarshalText()
			if err != nil {
				t.Fatalf("%s %q decoded but does not encode: %v", kind, s, err)
			}
			if string(out) != s {
				t.Fatalf("%s %q encodes as %q", kind, s, out)
			}
		}
		check("category", new(gdpr.DataCategory))
		check("data type", new(gdpr.DataType))
		check("legal basis", new(gdpr.LegalBasis))
		check("subject group", new(gdpr.SubjectGroup))
		check("severity", new(gdpr.Severity))
	})
}

// FuzzDataSubjectCategory decodes arbitrary JSON into a category and
// validates it: never a panic, and a valid category has a label.
func FuzzDataSubjectCategory(f *testing.F) {
	f.Add([]byte(`{"group":"children","vulnerable":true}`))
	f.Add([]byte(`{"name":"Plejefamilier"}`))
	f.Add([]byte(`{"group":"nobody"}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var c gdpr.DataSubjectCategory
		if json.Unmarshal(b, &c) != nil {
			return
		}
		if c.Validate() == nil && c.Label(language.Danish) == "" {
			t.Fatalf("valid category %+v has no label", c)
		}
	})
}
