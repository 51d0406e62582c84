package dpia_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/dpia"
)

// The targets: Validate and the derived decisions for a full DPIA
// under 100 µs; rendering the HTML report under 5 ms.

func BenchmarkValidate(b *testing.B) {
	a := startedDPIA()
	b.ReportAllocs()
	for b.Loop() {
		if err := a.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecide(b *testing.B) {
	a := startedDPIA()
	b.ReportAllocs()
	for b.Loop() {
		_ = a.Decide()
	}
}

func BenchmarkValidateAndDecide(b *testing.B) {
	a := startedDPIA()
	b.ReportAllocs()
	for b.Loop() {
		if err := a.Validate(); err != nil {
			b.Fatal(err)
		}
		_ = a.Decide()
	}
}

func BenchmarkCheck(b *testing.B) {
	a := startedDPIA()
	ag := trafficAgreement()
	b.ReportAllocs()
	for b.Loop() {
		_ = a.Check(tourNow, ag)
	}
}

func BenchmarkWriteHTML(b *testing.B) {
	a := startedDPIA()
	o := dpia.ReportOptions{Agreements: []dpa.Agreement{trafficAgreement()}}
	b.ReportAllocs()
	for b.Loop() {
		if err := a.WriteHTML(io.Discard, o); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWriteMarkdown(b *testing.B) {
	a := startedDPIA()
	o := dpia.ReportOptions{Agreements: []dpa.Agreement{trafficAgreement()}}
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := a.WriteMarkdown(&buf, o); err != nil {
			b.Fatal(err)
		}
	}
}
