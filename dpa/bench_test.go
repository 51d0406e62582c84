package dpa_test

import (
	"fmt"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
)

// benchAgreements makes n agreements with 10 sub-processors each (five
// with a sub-sub-processor of their own), spread over EEA, adequate and
// third countries, some with gaps, so that Check has real work and real
// findings.
func benchAgreements(n int) []dpa.Agreement {
	sites := []struct {
		country string
		access  dpa.Access
		basis   dpa.TransferBasis
	}{
		{"DK", dpa.StorageAccess, dpa.TransferBasis{}},
		{"IE", dpa.ProcessingAccess, dpa.TransferBasis{}},
		{"SE", dpa.StorageAccess, dpa.TransferBasis{}},
		{"US", dpa.SupportAccess, dpa.TransferBasis{Mechanism: dpa.SCCMechanism, Module: dpa.ProcessorToProcessor,
			TIA: dpa.TIA{Date: date("2025-06-01"), Conclusion: dpa.Adequate}}},
		{"US", dpa.ReadOnlyAccess, dpa.TransferBasis{Recipient: gdpr.TransferRecipient{DPFCertified: true}}},
		{"GB", dpa.SupportAccess, dpa.TransferBasis{}},
		{"IN", dpa.ReadOnlyAccess, dpa.TransferBasis{}}, // no basis: a finding
		{"CH", dpa.StorageAccess, dpa.TransferBasis{}},
		{"NO", dpa.ProcessingAccess, dpa.TransferBasis{}},
		{"DE", dpa.StorageAccess, dpa.TransferBasis{}},
	}
	out := make([]dpa.Agreement, n)
	for i := range out {
		a := compliant()
		a.ID = fmt.Sprintf("DBA-%05d", i)
		a.Processor.Name = fmt.Sprintf("Leverandør %d A/S", i%700)
		a.SubProcessors = make([]dpa.SubProcessor, 10)
		for j := range a.SubProcessors {
			s := sites[(i+j)%len(sites)]
			sp := dpa.SubProcessor{
				ID: fmt.Sprintf("sp-%d", j), Party: dpa.Party{Name: fmt.Sprintf("Underleverandør %d", (i*7+j)%300), Country: country(s.country)},
				Service: "Drift", Access: s.access, Listed: (i+j)%13 != 0,
				Locations: []dpa.Location{{Country: country(s.country), Basis: s.basis}},
			}
			if j%2 == 0 {
				sp.SubProcessors = []dpa.SubProcessor{{ID: fmt.Sprintf("sp-%d-1", j),
					Party: dpa.Party{Name: "Datacenter ApS", Country: country("DK")}, Access: dpa.StorageAccess, Listed: true}}
			}
			a.SubProcessors[j] = sp
		}
		if i%10 == 0 {
			a.Supervisions[0].Actions = []dpa.Action{{Text: "Opfølgning", Due: date("2026-01-15"), Status: dpa.ActionOpen}}
		}
		out[i] = a
	}
	return out
}

// BenchmarkRegisterCheck checks a register of 5,000 agreements with 10
// sub-processors each; the target is under 50 ms on one core.
func BenchmarkRegisterCheck(b *testing.B) {
	r, err := dpa.NewRegister(benchAgreements(5000))
	if err != nil {
		b.Fatal(err)
	}
	processed := func(string) []gdpr.DataType { return []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber} }
	b.ReportAllocs()
	for b.Loop() {
		r.Check(testNow, processed)
	}
}

func BenchmarkAgreementCheck(b *testing.B) {
	a := benchAgreements(1)[0]
	b.ReportAllocs()
	for b.Loop() {
		a.Check(testNow)
	}
}

func BenchmarkAssessTransfer(b *testing.B) {
	basis := dpa.TransferBasis{Mechanism: dpa.SCCMechanism, Module: dpa.ProcessorToProcessor,
		TIA: dpa.TIA{Date: date("2025-06-01"), Conclusion: dpa.Adequate}}
	us, day := country("US"), date("2026-03-02")
	b.ReportAllocs()
	for b.Loop() {
		dpa.AssessTransfer(us, basis, day, gdpr.Yes)
	}
}

func BenchmarkRegisterReach(b *testing.B) {
	r, err := dpa.NewRegister(benchAgreements(5000))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		r.Reach()
	}
}

func BenchmarkRegisterParties(b *testing.B) {
	r, err := dpa.NewRegister(benchAgreements(5000))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		r.Parties()
	}
}

func BenchmarkRegisterExposure(b *testing.B) {
	r, err := dpa.NewRegister(benchAgreements(5000))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		r.Exposure(dpa.Match{Name: "Underleverandør 42"})
	}
}

func BenchmarkRegisterSupervisionDue(b *testing.B) {
	r, err := dpa.NewRegister(benchAgreements(5000))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		r.SupervisionDue(testNow, 200)
	}
}
