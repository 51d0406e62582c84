package screening_test

import (
	"testing"

	"github.com/dkgdpr/gdpr/screening"
)

// BenchmarkAssess assesses a complete screening: eight answers, three
// triggers (two fire), an uncertain answer.
func BenchmarkAssess(b *testing.B) {
	s := homeCareScreening()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := screening.Assess(s); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAssessNotRequired assesses the school newsletter: nothing fires.
func BenchmarkAssessNotRequired(b *testing.B) {
	s := newsletterScreening()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := screening.Assess(s); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkValidate validates a complete screening.
func BenchmarkValidate(b *testing.B) {
	s := homeCareScreening()
	b.ReportAllocs()
	for b.Loop() {
		if err := s.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSuggest suggests answers from the home-care facts.
func BenchmarkSuggest(b *testing.B) {
	f := homeCareFacts()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := (screening.Policy{}).Suggest(f); err != nil {
			b.Fatal(err)
		}
	}
}
