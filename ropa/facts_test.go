package ropa_test

import (
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
)

// The facts the screening suggests its answers from (the municipal DPIA template, sections 1-7).
func TestFactsForScreening(t *testing.T) {
	r := fullRecord()
	assert.Equal(t, []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber, gdpr.Health, gdpr.ContactDetails,
		gdpr.CustomDataType("Karakterer, fag | niveau", gdpr.Ordinary), gdpr.CriminalOffences}, r.DataTypes())
	assert.Equal(t, gdpr.Criminal, r.HighestCategory())
	assert.True(t, r.Processes(gdpr.Health))
	assert.False(t, r.Processes(gdpr.Biometric))
	assert.True(t, r.ProcessesCategory(gdpr.Confidential))
	assert.False(t, compliantRecord().ProcessesCategory(gdpr.Criminal))
	assert.Equal(t, []gdpr.DataSubjectCategory{
		{Group: gdpr.Pupils, Vulnerable: true},
		{Group: gdpr.Relatives, Name: "Forældre"},
		{Name: "Lærere, pædagoger | andre", Vulnerable: true},
	}, r.SubjectCategories())
	assert.True(t, r.Vulnerable())
	assert.False(t, ropa.Record{Subjects: []ropa.SubjectCategory{{Category: gdpr.Citizens.Category()}}}.Vulnerable())
	assert.Equal(t, 4200, r.SubjectsPerYear)
	assert.Equal(t, []gdpr.LegalBasis{gdpr.Art6LegalObligation, gdpr.Art9SubstantialPublic, gdpr.DBL7, gdpr.DBL11,
		gdpr.SpecialLaw("folkeskoleloven § 40"), gdpr.Art6Consent, gdpr.SpecialLaw("lov om X § 3, stk. 1 | nr. 2 \\ z")}, r.LegalBases())
	assert.Equal(t, []gdpr.KLE{gdpr.MustParseKLE("17"), gdpr.MustParseKLE("17.01"), gdpr.MustParseKLE("17.03.00"),
		gdpr.MustParseKLE("17.03.00 G01")}, r.KLENumbers())
	assert.True(t, r.HasPurposeKind(ropa.Research))
	assert.False(t, r.HasPurposeKind(ropa.Profiling))
	assert.Equal(t, []gdpr.Technology{gdpr.AI, gdpr.MobileApps}, r.UsedTechnologies())
	assert.Equal(t, []ropa.PurposeKind{ropa.LegalCompliance, ropa.Analysis, ropa.Research}, r.PurposeKinds())
	assert.True(t, r.Uses(gdpr.AI))
	assert.False(t, r.Uses(gdpr.CCTV))
	assert.True(t, r.Performs(ropa.Erasure))
	assert.False(t, r.Performs(ropa.Disclosure))
	assert.Equal(t, []string{"dpa-2025-014"}, r.AgreementIDs())

	cs := func(codes ...string) []gdpr.Country {
		out := make([]gdpr.Country, len(codes))
		for i, c := range codes {
			out[i] = gdpr.MustParseCountry(c)
		}
		return out
	}
	assert.Equal(t, cs("CA", "DK", "IE", "NO", "US"), r.Countries())
	assert.Equal(t, cs("CA", "US"), r.ThirdCountries())
	statuses := r.TransferStatuses(gdpr.DateOf(now))
	if assert.Len(t, statuses, 2) {
		// Canada: adequate for PIPEDA organisations, and the recipient is one.
		assert.Equal(t, gdpr.TransferAdequate, statuses[0].Status)
		assert.False(t, statuses[0].NeedsTransferTool())
		// The US: not DPF-certified, so a third country without adequacy.
		assert.Equal(t, gdpr.TransferThirdCountry, statuses[1].Status)
	}
}

func TestActivePurposes(t *testing.T) {
	r := fullRecord()
	today := gdpr.MustParseDate("2027-06-29")
	assert.True(t, r.Active())
	assert.True(t, r.PurposeActive(0, today))
	assert.True(t, r.PurposeActive(1, today))
	assert.False(t, r.PurposeActive(1, gdpr.MustParseDate("2027-06-30")), "ended that day")
	assert.False(t, r.PurposeActive(2, today), "no such purpose")
	assert.False(t, r.PurposeActive(-1, today))
	r.Status = ropa.Planned
	assert.False(t, r.Active())
	assert.False(t, r.PurposeActive(0, today))
	assert.True(t, ropa.Record{}.Active(), "no status counts as active")
}
