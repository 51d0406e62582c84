package dpa_test

import (
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReachesIncludeReadAccess: the case system's US sub-processor only
// supports, yet it reaches the data from the United States, a transfer for
// every record the agreement serves (GDPR art. 30(1)(e), 44).
func TestReachesIncludeReadAccess(t *testing.T) {
	a := caseSystem()
	var transfers []gdpr.Reach
	for _, r := range a.Reaches() {
		assert.Equal(t, "DBA-2025-014", r.Agreement)
		assert.Equal(t, []string{"ropa-27.24.00"}, r.Records)
		if r.Transfer() {
			transfers = append(transfers, r)
		}
	}
	require.Len(t, transfers, 1)
	us := transfers[0]
	assert.Equal(t, country("US"), us.Country)
	assert.Equal(t, "support-us", us.SubProcessor)
	assert.Equal(t, []string{"Sagsskyen A/S", "CaseCloud Inc."}, us.Path)
	assert.Equal(t, "CaseCloud Inc.", us.Party())
	assert.Equal(t, "USA", us.Destination().Da)

	// Each reach owns its slices.
	rs := a.Reaches()
	rs[0].Records[0] = "changed"
	rs[0].Path[0] = "changed"
	assert.Equal(t, "ropa-27.24.00", a.Reaches()[0].Records[0])
	assert.Equal(t, "Sagsskyen A/S", a.Reaches()[0].Path[0])

	var nilReg *dpa.Register
	assert.NotNil(t, nilReg.Reaches())
	reg, err := dpa.NewRegister([]dpa.Agreement{a})
	require.NoError(t, err)
	assert.Equal(t, a.Reaches(), reg.Reaches())
}

// TestInternationalOrganisationLocation: an international organisation is
// a destination as a country is (GDPR art. 44); the European Patent
// Organisation has an adequacy decision from 15 July 2025 (Commission
// Implementing Decision (EU) 2025/1382), so no other basis is needed from
// then, and before it one is.
func TestInternationalOrganisationLocation(t *testing.T) {
	a := compliant()
	a.SubProcessors = append(a.SubProcessors, dpa.SubProcessor{ID: "epo", Party: dpa.Party{Name: "EPO"},
		Service: "Patent filings", Access: dpa.ProcessingAccess, Listed: true,
		Locations: []dpa.Location{{Organisation: gdpr.EuropeanPatentOrganisation}}})
	require.NoError(t, a.Validate())
	assert.Empty(t, a.Check(testNow), "adequate since 2025-07-15")
	before := a.Check(at("2025-07-14"))
	assert.Contains(t, ruleIDsOf(before), "dpa.transfer_basis_missing")

	var org []gdpr.Reach
	for _, r := range a.Reaches() {
		if r.Organisation != 0 {
			org = append(org, r)
		}
	}
	require.Len(t, org, 1)
	assert.True(t, org[0].Transfer())
	assert.Equal(t, "European Patent Organisation", org[0].Destination().En)

	reg, err := dpa.NewRegister([]dpa.Agreement{a})
	require.NoError(t, err)
	var found bool
	for _, c := range reg.Reach() {
		if c.Organisation == gdpr.EuropeanPatentOrganisation {
			found = true
			assert.True(t, c.ThirdCountry)
			assert.True(t, c.Country.IsZero())
		}
	}
	assert.True(t, found)

	// A location is a country or an organisation, not both nor neither.
	a.SubProcessors[len(a.SubProcessors)-1].Locations[0].Country = country("DE")
	assert.Error(t, a.Validate())
	a.SubProcessors[len(a.SubProcessors)-1].Locations[0] = dpa.Location{}
	assert.Error(t, a.Validate())
}

func ruleIDsOf(fs []gdpr.Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Rule
	}
	return out
}
