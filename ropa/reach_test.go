package ropa_test

import (
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// supportReach is what package dpa's Agreement.Reaches gives for an
// agreement whose sub-processor supports the system from the United
// States: read access, and so a transfer (GDPR art. 44).
func supportReach(records ...string) gdpr.Reach {
	return gdpr.Reach{Agreement: "dpa-2025-030", Records: records, Path: []string{"Sagsskyen A/S", "CaseCloud Inc."},
		SubProcessor: "support-us", Country: gdpr.MustParseCountry("US")}
}

func withoutTransfers() ropa.Record {
	r := compliantRecord()
	r.Transfers = nil
	r.Processors = r.Processors[:1]
	r.Processors[0].AgreementID = "dpa-2025-030"
	return r
}

// TestReconciliation: a record and the agreements of its processors tell
// the same story (GDPR art. 30(1)(d), (e), 44).
func TestReconciliation(t *testing.T) {
	cases := []struct {
		name   string
		record func() ropa.Record
		reach  []gdpr.Reach
		want   []string // rule at path
	}{
		{"US support access with no transfer recorded (art. 30(1)(e), 44)", withoutTransfers,
			[]gdpr.Reach{supportReach()}, []string{"ropa.agreement_transfer_not_recorded transfers"}},
		{"the transfer is recorded", func() ropa.Record {
			r := withoutTransfers()
			r.Transfers = []ropa.Transfer{{Country: gdpr.MustParseCountry("US"), Safeguard: ropa.SCC, TIA: "tia-1"}}
			return r
		}, []gdpr.Reach{supportReach()}, nil},
		{"a reach inside the EEA is no transfer (art. 44)", withoutTransfers,
			[]gdpr.Reach{{Agreement: "dpa-2025-030", Path: []string{"Sagsskyen A/S"}, Country: gdpr.MustParseCountry("DE")}}, nil},
		{"the agreement lists the record but the record does not name the processor (art. 30(1)(d), 4(9))", func() ropa.Record {
			r := withoutTransfers()
			r.Processors[0].AgreementID = "dpa-other"
			return r
		}, []gdpr.Reach{supportReach("skole-elevadm")}, []string{
			"ropa.agreement_processor_not_recorded processors", "ropa.agreement_transfer_not_recorded transfers"}},
		{"a reach of an agreement that does not concern the record is ignored", withoutTransfers,
			[]gdpr.Reach{{Agreement: "dpa-other", Records: []string{"other"}, Path: []string{"X"}, Country: gdpr.MustParseCountry("US")}}, nil},
		{"an international organisation is a destination (art. 44, 45(1))", withoutTransfers,
			[]gdpr.Reach{{Agreement: "dpa-2025-030", Path: []string{"Sagsskyen A/S", "EPO"}, SubProcessor: "epo",
				Organisation: gdpr.EuropeanPatentOrganisation}}, []string{"ropa.agreement_transfer_not_recorded transfers"}},
		{"the same reach twice gives one finding", withoutTransfers,
			[]gdpr.Reach{supportReach(), supportReach("skole-elevadm")}, []string{"ropa.agreement_transfer_not_recorded transfers"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.record()
			require.NoError(t, r.Validate())
			var got []string
			for _, f := range r.Check(now, tc.reach...) {
				if f.Rule == "ropa.agreement_transfer_not_recorded" || f.Rule == "ropa.agreement_processor_not_recorded" {
					got = append(got, f.Rule+" "+f.Path)
				}
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

// TestReconciliationNamesEverything: the finding names the record, the
// agreement, the sub-processor and the country, in Danish and English.
func TestReconciliationNamesEverything(t *testing.T) {
	fs := withoutTransfers().Check(now, supportReach())
	var f gdpr.Finding
	for _, x := range fs {
		if x.Rule == "ropa.agreement_transfer_not_recorded" {
			f = x
		}
	}
	require.NotEmpty(t, f.Rule)
	for _, want := range []string{"skole-elevadm", "dpa-2025-030", "CaseCloud Inc.", "USA", "underdatabehandler"} {
		assert.Contains(t, f.Text.Da, want)
	}
	for _, want := range []string{"skole-elevadm", "dpa-2025-030", "CaseCloud Inc.", "United States", "sub-processor"} {
		assert.Contains(t, f.Text.En, want)
	}
	assert.Equal(t, "GDPR art. 30(1)(e), 44", f.Reference.En)
}

// TestMunicipalityReconciliation: one agreement serves three records of a
// municipality; its sub-processor's US support access is a finding on each
// record that lists no transfer to the United States, at that record's
// path, and on none that does (GDPR art. 30(1)(e), 44).
func TestMunicipalityReconciliation(t *testing.T) {
	reg := ropa.Register{}
	for _, id := range []string{"sag-1", "sag-2", "sag-3", "anden"} {
		r := withoutTransfers()
		r.ID, r.Name = id, "Sagsbehandling "+id
		reg.Records = append(reg.Records, r)
	}
	reg.Records[1].Transfers = []ropa.Transfer{{Country: gdpr.MustParseCountry("US"), Safeguard: ropa.SCC, TIA: "tia-1"}}
	reg.Records[3].Processors[0].AgreementID = "dpa-anden"
	// The agreement lists sag-1 and sag-2; sag-3 names the agreement itself.
	reach := []gdpr.Reach{supportReach("sag-1", "sag-2"),
		{Agreement: "dpa-anden", Records: []string{"anden"}, Path: []string{"Lokal A/S"}, Country: gdpr.MustParseCountry("DK")}}

	var got []string
	for _, f := range reg.Check(now, reach...) {
		if f.Rule == "ropa.agreement_transfer_not_recorded" {
			got = append(got, f.Path)
		}
	}
	assert.Equal(t, []string{"records[0].transfers", "records[2].transfers"}, got)

	// Without the reaches, the register check is what it was.
	for _, f := range reg.Check(now) {
		assert.NotEqual(t, "ropa.agreement_transfer_not_recorded", f.Rule)
	}
}
