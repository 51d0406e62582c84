package catalog_test

import (
	"testing"

	"github.com/dkgdpr/gdpr/catalog"
)

func BenchmarkAll(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = catalog.All()
	}
}

func BenchmarkLookup(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = catalog.Lookup("screening.suggestion_disagrees")
	}
}
