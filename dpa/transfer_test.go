package dpa_test

import (
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAssessTransfer(t *testing.T) {
	dpf := gdpr.TransferRecipient{DPFCertified: true}
	scc := dpa.TransferBasis{Mechanism: dpa.SCCMechanism, Module: dpa.ProcessorToProcessor,
		TIA: dpa.TIA{Date: date("2024-05-01"), Conclusion: dpa.Adequate}}
	cases := []struct {
		name      string
		country   string
		basis     dpa.TransferBasis
		on        string
		public    bool
		status    gdpr.TransferStatus
		mechanism dpa.Mechanism
		lawful    bool
		rules     []string
	}{
		{"Denmark: no transfer", "DK", dpa.TransferBasis{}, "2026-03-02", true, gdpr.TransferEEA, 0, true, nil},
		{"Iceland: EEA", "IS", dpa.TransferBasis{}, "2026-03-02", true, gdpr.TransferEEA, 0, true, nil},
		{"Switzerland: adequacy found without being recorded", "CH", dpa.TransferBasis{}, "2026-03-02", true, gdpr.TransferAdequate, dpa.AdequacyMechanism, true, nil},
		// rules.md §8: UK renewed to 2031-12-27.
		{"UK on 2031-12-27", "GB", dpa.TransferBasis{}, "2031-12-27", true, gdpr.TransferAdequate, dpa.AdequacyMechanism, true, nil},
		{"UK on 2031-12-28", "GB", dpa.TransferBasis{}, "2031-12-28", true, gdpr.TransferThirdCountry, 0, false, []string{"dpa.transfer_basis_missing"}},
		{"UK on 2031-12-28 with SCC and TIA", "GB", scc, "2031-12-28", true, gdpr.TransferThirdCountry, dpa.SCCMechanism, true, nil},
		// rules.md §8: DPF from 2023-07-10, only for certified organisations.
		{"US certified on 2023-07-10", "US", dpa.TransferBasis{Recipient: dpf}, "2023-07-10", true, gdpr.TransferAdequate, dpa.AdequacyMechanism, true, nil},
		{"US certified on 2023-07-09", "US", dpa.TransferBasis{Recipient: dpf}, "2023-07-09", true, gdpr.TransferThirdCountry, 0, false, []string{"dpa.transfer_basis_missing"}},
		{"US certified claims adequacy on 2023-07-09", "US", dpa.TransferBasis{Mechanism: dpa.AdequacyMechanism, Recipient: dpf}, "2023-07-09", true,
			gdpr.TransferThirdCountry, dpa.AdequacyMechanism, false, []string{"dpa.adequacy_not_in_force"}},
		{"US not certified claims adequacy", "US", dpa.TransferBasis{Mechanism: dpa.AdequacyMechanism}, "2026-03-02", true,
			gdpr.TransferThirdCountry, dpa.AdequacyMechanism, false, []string{"dpa.adequacy_out_of_scope"}},
		{"US with SCC and a TIA concluded before the date", "US", scc, "2024-06-01", true, gdpr.TransferThirdCountry, dpa.SCCMechanism, true, nil},
		{"US with SCC, TIA concluded the day after the date", "US", scc, "2024-04-30", true, gdpr.TransferThirdCountry, dpa.SCCMechanism, false, []string{"dpa.tia_missing"}},
		{"module 4 warns but stays lawful", "US", dpa.TransferBasis{Mechanism: dpa.SCCMechanism, Module: dpa.ProcessorToController,
			TIA: scc.TIA}, "2026-03-02", true, gdpr.TransferThirdCountry, dpa.SCCMechanism, true, []string{"dpa.scc_module_mismatch"}},
		{"inadequate TIA", "CN", dpa.TransferBasis{Mechanism: dpa.BCRMechanism, TIA: dpa.TIA{Date: date("2025-01-01"), Conclusion: dpa.Inadequate}},
			"2026-03-02", true, gdpr.TransferThirdCountry, dpa.BCRMechanism, false, []string{"dpa.tia_negative"}},
		// GDPR art. 49(3).
		{"public authority, art. 49(1)(c)", "US", dpa.TransferBasis{Mechanism: dpa.DerogationMechanism, Derogation: dpa.ContractInInterest},
			"2026-03-02", true, gdpr.TransferThirdCountry, dpa.DerogationMechanism, false, []string{"dpa.derogation_not_available"}},
		{"private controller, art. 49(1)(c)", "US", dpa.TransferBasis{Mechanism: dpa.DerogationMechanism, Derogation: dpa.ContractInInterest},
			"2026-03-02", false, gdpr.TransferThirdCountry, dpa.DerogationMechanism, true, nil},
		{"public authority, art. 49(1)(f) vital interests", "US", dpa.TransferBasis{Mechanism: dpa.DerogationMechanism, Derogation: dpa.VitalInterests},
			"2026-03-02", true, gdpr.TransferThirdCountry, dpa.DerogationMechanism, true, nil},
		{"derogation mechanism without a derogation", "US", dpa.TransferBasis{Mechanism: dpa.DerogationMechanism},
			"2026-03-02", true, gdpr.TransferThirdCountry, dpa.DerogationMechanism, false, []string{"dpa.transfer_basis_missing"}},
		{"no country", "", dpa.TransferBasis{}, "2026-03-02", true, 0, 0, false, []string{"dpa.location_unknown"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var c gdpr.Country
			if tc.country != "" {
				c = country(tc.country)
			}
			d := dpa.AssessTransfer(c, tc.basis, date(tc.on), tc.public)
			assert.Equal(t, tc.status, d.Transfer.Status)
			assert.Equal(t, tc.mechanism, d.Mechanism)
			assert.Equal(t, tc.lawful, d.Lawful)
			var rules []string
			for _, f := range d.Findings {
				rules = append(rules, f.Rule)
				assert.Empty(t, f.Path)
			}
			assert.Equal(t, tc.rules, rules)
		})
	}
}

// TestUKRenewalIsSeamless: the 2021 decision ends 2025-12-27 and its
// renewal applies from 2025-12-28 (rules.md §8).
func TestUKRenewalIsSeamless(t *testing.T) {
	for day, id := range map[string]string{"2025-12-27": "gb_2021", "2025-12-28": "gb_2025", "2031-12-27": "gb_2025", "2031-12-28": ""} {
		d := dpa.AssessTransfer(country("GB"), dpa.TransferBasis{}, date(day), true)
		assert.Equal(t, id, d.Transfer.Decision.ID, day)
		assert.Equal(t, id != "", d.Lawful, day)
	}
}

func TestAssessTransferExplains(t *testing.T) {
	d := dpa.AssessTransfer(country("GB"), dpa.TransferBasis{}, date("2031-12-28"), true)
	require.Len(t, d.Findings, 1)
	assert.Contains(t, d.Findings[0].Text.Da, "Storbritannien")
	assert.Contains(t, d.Findings[0].Text.En, "2031-12-28")

	d = dpa.AssessTransfer(country("US"), dpa.TransferBasis{Mechanism: dpa.DerogationMechanism, Derogation: dpa.ExplicitConsent}, date("2026-03-02"), true)
	require.Len(t, d.Findings, 1)
	assert.Equal(t, "GDPR art. 49(3); GDPR art. 49(1)(a)", d.Findings[0].Reference.En)
}

func TestAssessTransferNoDate(t *testing.T) {
	d := dpa.AssessTransfer(country("US"), dpa.TransferBasis{}, gdpr.Date{}, true)
	assert.False(t, d.Lawful)
	assert.Empty(t, d.Findings)
	assert.Zero(t, d.Transfer.Status)
}
