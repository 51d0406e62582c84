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
		public    gdpr.Answer
		status    gdpr.TransferStatus
		mechanism dpa.Mechanism
		lawful    bool
		rules     []string
	}{
		{"Denmark: no transfer", "DK", dpa.TransferBasis{}, "2026-03-02", gdpr.Yes, gdpr.TransferEEA, 0, true, nil},
		{"Iceland: EEA", "IS", dpa.TransferBasis{}, "2026-03-02", gdpr.Yes, gdpr.TransferEEA, 0, true, nil},
		{"Switzerland: adequacy found without being recorded", "CH", dpa.TransferBasis{}, "2026-03-02", gdpr.Yes, gdpr.TransferAdequate, dpa.AdequacyMechanism, true, nil},
		// GDPR art. 45: the United Kingdom, renewed to 2031-12-27.
		{"UK on 2031-12-27", "GB", dpa.TransferBasis{}, "2031-12-27", gdpr.Yes, gdpr.TransferAdequate, dpa.AdequacyMechanism, true, nil},
		{"UK on 2031-12-28", "GB", dpa.TransferBasis{}, "2031-12-28", gdpr.Yes, gdpr.TransferThirdCountry, 0, false, []string{"dpa.transfer_basis_missing"}},
		{"UK on 2031-12-28 with SCC and TIA", "GB", scc, "2031-12-28", gdpr.Yes, gdpr.TransferThirdCountry, dpa.SCCMechanism, true, nil},
		// GDPR art. 45: DPF from 2023-07-10, only for certified organisations.
		{"US certified on 2023-07-10", "US", dpa.TransferBasis{Recipient: dpf}, "2023-07-10", gdpr.Yes, gdpr.TransferAdequate, dpa.AdequacyMechanism, true, nil},
		{"US certified on 2023-07-09", "US", dpa.TransferBasis{Recipient: dpf}, "2023-07-09", gdpr.Yes, gdpr.TransferThirdCountry, 0, false, []string{"dpa.transfer_basis_missing"}},
		{"US certified claims adequacy on 2023-07-09", "US", dpa.TransferBasis{Mechanism: dpa.AdequacyMechanism, Recipient: dpf}, "2023-07-09", gdpr.Yes,
			gdpr.TransferThirdCountry, dpa.AdequacyMechanism, false, []string{"dpa.adequacy_not_in_force"}},
		{"US not certified claims adequacy", "US", dpa.TransferBasis{Mechanism: dpa.AdequacyMechanism}, "2026-03-02", gdpr.Yes,
			gdpr.TransferThirdCountry, dpa.AdequacyMechanism, false, []string{"dpa.adequacy_out_of_scope"}},
		{"US with SCC and a TIA concluded before the date", "US", scc, "2024-06-01", gdpr.Yes, gdpr.TransferThirdCountry, dpa.SCCMechanism, true, nil},
		{"US with SCC, TIA concluded the day after the date", "US", scc, "2024-04-30", gdpr.Yes, gdpr.TransferThirdCountry, dpa.SCCMechanism, false, []string{"dpa.tia_missing"}},
		{"module 4 warns but stays lawful", "US", dpa.TransferBasis{Mechanism: dpa.SCCMechanism, Module: dpa.ProcessorToController,
			TIA: scc.TIA}, "2026-03-02", gdpr.Yes, gdpr.TransferThirdCountry, dpa.SCCMechanism, true, []string{"dpa.scc_module_mismatch"}},
		{"inadequate TIA", "CN", dpa.TransferBasis{Mechanism: dpa.BCRMechanism, TIA: dpa.TIA{Date: date("2025-01-01"), Conclusion: dpa.Inadequate}},
			"2026-03-02", gdpr.Yes, gdpr.TransferThirdCountry, dpa.BCRMechanism, false, []string{"dpa.tia_negative"}},
		// GDPR art. 49(3).
		{"public authority, art. 49(1)(c)", "US", dpa.TransferBasis{Mechanism: dpa.DerogationMechanism, Derogation: dpa.ContractInInterest},
			"2026-03-02", gdpr.Yes, gdpr.TransferThirdCountry, dpa.DerogationMechanism, false, []string{"dpa.derogation_not_available"}},
		{"private controller, art. 49(1)(c)", "US", dpa.TransferBasis{Mechanism: dpa.DerogationMechanism, Derogation: dpa.ContractInInterest},
			"2026-03-02", gdpr.No, gdpr.TransferThirdCountry, dpa.DerogationMechanism, true, nil},
		{"public powers not stated, art. 49(1)(c)", "US", dpa.TransferBasis{Mechanism: dpa.DerogationMechanism, Derogation: dpa.ContractInInterest},
			"2026-03-02", 0, gdpr.TransferThirdCountry, dpa.DerogationMechanism, true, []string{"dpa.derogation_public_powers_unstated"}},
		{"public authority, art. 49(1) second subparagraph", "US", dpa.TransferBasis{Mechanism: dpa.DerogationMechanism, Derogation: dpa.CompellingInterests},
			"2026-03-02", gdpr.Yes, gdpr.TransferThirdCountry, dpa.DerogationMechanism, false, []string{"dpa.derogation_not_available"}},
		{"public authority, art. 49(1)(f) vital interests", "US", dpa.TransferBasis{Mechanism: dpa.DerogationMechanism, Derogation: dpa.VitalInterests},
			"2026-03-02", gdpr.Yes, gdpr.TransferThirdCountry, dpa.DerogationMechanism, true, nil},
		{"derogation mechanism without a derogation", "US", dpa.TransferBasis{Mechanism: dpa.DerogationMechanism},
			"2026-03-02", gdpr.Yes, gdpr.TransferThirdCountry, dpa.DerogationMechanism, false, []string{"dpa.transfer_basis_missing"}},
		{"no country", "", dpa.TransferBasis{}, "2026-03-02", gdpr.Yes, 0, 0, false, []string{"dpa.location_unknown"}},
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
// renewal applies from 2025-12-28 (GDPR art. 45).
func TestUKRenewalIsSeamless(t *testing.T) {
	for day, id := range map[string]string{"2025-12-27": "gb_2021", "2025-12-28": "gb_2025", "2031-12-27": "gb_2025", "2031-12-28": ""} {
		d := dpa.AssessTransfer(country("GB"), dpa.TransferBasis{}, date(day), gdpr.Yes)
		assert.Equal(t, id, d.Transfer.Decision.ID, day)
		assert.Equal(t, id != "", d.Lawful, day)
	}
}

func TestAssessTransferExplains(t *testing.T) {
	d := dpa.AssessTransfer(country("GB"), dpa.TransferBasis{}, date("2031-12-28"), gdpr.Yes)
	require.Len(t, d.Findings, 1)
	assert.Contains(t, d.Findings[0].Text.Da, "Storbritannien")
	assert.Contains(t, d.Findings[0].Text.En, "2031-12-28")

	d = dpa.AssessTransfer(country("US"), dpa.TransferBasis{Mechanism: dpa.DerogationMechanism, Derogation: dpa.ExplicitConsent}, date("2026-03-02"), gdpr.Yes)
	require.Len(t, d.Findings, 1)
	assert.Equal(t, "GDPR art. 49(3); GDPR art. 49(1)(a)", d.Findings[0].Reference.En)
}

func TestAssessTransferNoDate(t *testing.T) {
	d := dpa.AssessTransfer(country("US"), dpa.TransferBasis{}, gdpr.Date{}, gdpr.Yes)
	assert.False(t, d.Lawful)
	assert.Empty(t, d.Findings)
	assert.Zero(t, d.Transfer.Status)
}
