package dpa_test

import (
	"errors"
	"sync"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// payroll is a payroll service whose storage is with Microsoft in Ireland,
// with Microsoft Corporation in the US as sub-sub-processor for support.
func payroll() dpa.Agreement {
	a := compliant()
	a.ID = "DBA-2024-003"
	a.Processor = dpa.Party{Name: "Ærø Løn ApS", CVR: gdpr.MustParseCVR("55555559"), Country: country("DK")}
	a.Systems = []string{"Løn", "Fravær"}
	a.Records = []string{"ropa-81.00", "ropa-27.24.00"}
	a.Plan = dpa.Plan{IntervalMonths: 6, Method: dpa.Questionnaire}
	a.Supervisions = []dpa.Supervision{{Date: date("2025-10-01"), Method: dpa.Questionnaire}}
	a.SubProcessors = []dpa.SubProcessor{{
		ID: "ms-ie", Party: dpa.Party{Name: "Microsoft Ireland Operations Limited", Country: country("IE")},
		Service: "Azure", Access: dpa.StorageAccess, Listed: true,
		SubProcessors: []dpa.SubProcessor{{
			ID: "ms-us", Party: dpa.Party{Name: "Microsoft Corporation", Country: country("US")},
			Service: "Support", Access: dpa.SupportAccess, Listed: true,
			Locations: []dpa.Location{{Country: country("US"), Basis: dpa.TransferBasis{
				Mechanism: dpa.AdequacyMechanism, Recipient: gdpr.TransferRecipient{DPFCertified: true}}}},
		}},
	}}
	return a
}

// archive is processed in Åbenrå and Greenland, with no supervision done
// since its start.
func archive() dpa.Agreement {
	a := compliant()
	a.ID = "DBA-2023-001"
	a.Processor = dpa.Party{Name: "Aabenraa Arkiv A/S", Country: country("DK")}
	a.Systems = []string{"Arkiv"}
	a.Records = []string{"ropa-arkiv"}
	a.Start = date("2025-03-10")
	a.Supervisions = nil
	a.Locations = []dpa.Location{{Country: country("DK")}, {Country: country("GL"), Access: dpa.ReadOnlyAccess, Place: "Nuuk"}}
	a.SubProcessors = nil
	a.Authorisation = dpa.Authorisation{Kind: dpa.SpecificAuthorisation}
	return a
}

func testRegister(t *testing.T) *dpa.Register {
	t.Helper()
	r, err := dpa.NewRegister([]dpa.Agreement{compliant(), payroll(), archive()})
	require.NoError(t, err)
	return r
}

func TestNewRegisterRejects(t *testing.T) {
	bad := compliant()
	bad.Processor.Name = ""
	_, err := dpa.NewRegister([]dpa.Agreement{compliant(), bad, compliant()})
	require.Error(t, err)
	assert.ErrorIs(t, err, dpa.ErrInvalidRegister)
	assert.ErrorIs(t, err, gdpr.ErrInvalid)
	var ps gdpr.Problems
	require.True(t, errors.As(err, &ps))
	var paths []string
	for _, p := range ps {
		paths = append(paths, p.Path+" "+p.Code)
	}
	assert.Equal(t, []string{"[1].processor.name required", "[1].id duplicate", "[2].id duplicate"}, paths)
}

func TestRegisterCopies(t *testing.T) {
	as := []dpa.Agreement{compliant()}
	r, err := dpa.NewRegister(as)
	require.NoError(t, err)
	as[0].SubProcessors[1].Listed = false // the caller's copy
	a, ok := r.Agreement("DBA-2025-014")
	require.True(t, ok)
	assert.True(t, a.SubProcessors[1].Listed)
	a.SubProcessors[1].Locations[0].Basis.TIA.Measures[0] = "changed" // the returned copy
	b, _ := r.Agreement("DBA-2025-014")
	assert.Equal(t, "Screen sharing only", b.SubProcessors[1].Locations[0].Basis.TIA.Measures[0])
	assert.Equal(t, 1, r.Len())
	assert.Len(t, r.Agreements(), 1)
	_, ok = r.Agreement("missing")
	assert.False(t, ok)
}

func TestRegisterCheck(t *testing.T) {
	r := testRegister(t)
	processed := map[string][]gdpr.DataType{
		"ropa-81.00":    {gdpr.PersonName, gdpr.TradeUnion, gdpr.Health},
		"ropa-27.24.00": {gdpr.CPRNumber},
	}
	var rules []string
	for _, f := range r.Check(testNow, func(id string) []gdpr.DataType { return processed[id] }) {
		rules = append(rules, f.Rule+" "+f.Path)
	}
	assert.Equal(t, []string{
		// GDPR art. 28(3): payroll processes trade union and health data it does not list.
		"dpa.data_not_listed agreements[1].dataTypes", "dpa.data_not_listed agreements[1].dataTypes",
		// GDPR art. 44: read access from Greenland is a transfer; the first
		// supervision is due 2026-03-10.
		"dpa.transfer_basis_missing agreements[2].locations[1].basis",
	}, rules)

	// Without record data, only Check.
	rules = nil
	for _, f := range r.Check(testNow, nil) {
		rules = append(rules, f.Rule+" "+f.Path)
	}
	assert.Equal(t, []string{"dpa.transfer_basis_missing agreements[2].locations[1].basis"}, rules)

	var nilReg *dpa.Register
	got := nilReg.Check(testNow, nil)
	require.NotNil(t, got, "[] in JSON, not null")
	assert.Empty(t, got)
	assert.Zero(t, nilReg.Len())
}

func TestRegisterParties(t *testing.T) {
	r := testRegister(t)
	var got []string
	for _, p := range r.Parties() {
		role := "sub"
		if p.Processor {
			role = "proc"
		}
		got = append(got, p.Party.Name+" "+role)
	}
	// Danish order: æ, ø, å after z, and "Aa" as å.
	assert.Equal(t, []string{
		"CaseCloud Inc. sub",
		"Microsoft Corporation sub",
		"Microsoft Ireland Operations Limited sub",
		"Nordisk Hosting ApS sub",
		"Sagsskyen A/S proc",
		"Ærø Løn ApS proc",
		"Aabenraa Arkiv A/S proc",
	}, got)
	ps := r.Parties()
	assert.Equal(t, []string{"DBA-2025-014"}, ps[0].Agreements)
	assert.Equal(t, []string{"Fravær", "Løn"}, ps[1].Systems)
}

func TestRegisterPartiesByCVR(t *testing.T) {
	// The same CVR number under two spellings is one party.
	a, b := compliant(), compliant()
	b.ID = "DBA-2"
	b.Processor.Name = "SAGSSKYEN A/S (tidl. Sager ApS)"
	b.Systems = []string{"Borgerservice"}
	r, err := dpa.NewRegister([]dpa.Agreement{a, b})
	require.NoError(t, err)
	var found *dpa.PartyUse
	ps := r.Parties()
	for i := range ps {
		if ps[i].Party.CVR == a.Processor.CVR {
			require.Nil(t, found, "one entry per CVR number")
			found = &ps[i]
		}
	}
	require.NotNil(t, found)
	assert.Equal(t, []string{"DBA-2025-014", "DBA-2"}, found.Agreements)
	assert.Equal(t, []string{"Borgerservice", "Sagsskyen ESDH"}, found.Systems)
}

func TestRegisterReach(t *testing.T) {
	r := testRegister(t)
	var got []string
	for _, c := range r.Reach() {
		got = append(got, c.Country.String())
	}
	// Danish names in Danish order: Danmark, Grønland, Irland, USA.
	assert.Equal(t, []string{"DK", "GL", "IE", "US"}, got)
	reach := r.Reach()
	us := reach[3]
	assert.True(t, us.ThirdCountry)
	require.Len(t, us.Routes, 2)
	assert.Equal(t, []string{"Sagsskyen A/S", "CaseCloud Inc."}, us.Routes[0].Path)
	assert.Equal(t, dpa.SupportAccess, us.Routes[0].Access)
	assert.Equal(t, []string{"Ærø Løn ApS", "Microsoft Ireland Operations Limited", "Microsoft Corporation"}, us.Routes[1].Path,
		"the path of sub-processors that leads to the country")
	assert.Equal(t, "ms-us", us.Routes[1].SubProcessor)
	assert.Equal(t, dpa.AdequacyMechanism, us.Routes[1].Mechanism)
	gl := reach[1]
	require.Len(t, gl.Routes, 1)
	assert.Equal(t, dpa.ReadOnlyAccess, gl.Routes[0].Access, "read access counts (GDPR art. 44)")
	assert.Equal(t, "Nuuk", gl.Routes[0].Place)
	assert.False(t, reach[0].ThirdCountry)
}

func TestRoutesOwnPaths(t *testing.T) {
	a := payroll()
	rs := a.Routes()
	require.Len(t, rs, 3)
	rs[1].Path[0] = "changed"
	assert.Equal(t, "Ærø Løn ApS", rs[2].Path[0], "routes do not share paths")
	assert.Equal(t, "Ærø Løn ApS", a.Processor.Name)
}

func TestRegisterSupervisionDue(t *testing.T) {
	r := testRegister(t)
	// compliant: yearly from 2025-09-15, due 2026-09-15.
	// payroll: every 6 months from 2025-10-01, due 2026-04-01.
	// archive: yearly from the start 2025-03-10, never supervised, due 2026-03-10.
	due := r.SupervisionDue(testNow, 30)
	require.Len(t, due, 2)
	assert.Equal(t, "DBA-2023-001", due[0].Agreement)
	assert.Equal(t, date("2026-03-10"), due[0].Due)
	assert.Equal(t, 8, due[0].DaysLeft)
	assert.False(t, due[0].Overdue())
	assert.True(t, due[0].Last.IsZero())
	assert.Equal(t, "DBA-2024-003", due[1].Agreement)
	assert.Equal(t, date("2025-10-01"), due[1].Last)
	assert.Equal(t, dpa.Questionnaire, due[1].Method)

	assert.Len(t, r.SupervisionDue(testNow, 7), 0, "2026-03-10 is 8 days away")
	assert.Len(t, r.SupervisionDue(testNow, 8), 1)
	assert.Len(t, r.SupervisionDue(testNow, 365), 3)
	late := r.SupervisionDue(at("2026-04-02"), 0)
	require.Len(t, late, 2)
	assert.True(t, late[0].Overdue())
	assert.Equal(t, -23, late[0].DaysLeft)
	assert.Equal(t, r.SupervisionDue(testNow, 0), r.SupervisionDue(testNow, -5), "negative days count as 0")
}

func TestNextSupervision(t *testing.T) {
	cases := []struct {
		name     string
		interval int
		last     string
		start    string
		signed   string
		want     string
	}{
		{"yearly after the last supervision", 12, "2025-09-15", "2025-02-01", "", "2026-09-15"},
		// Regulation 1182/71 art. 3(2)(c): 31 January + 1 month is the end of February.
		{"month end in a common year", 1, "2025-01-31", "", "", "2025-02-28"},
		{"month end in a leap year", 1, "2024-01-31", "", "", "2024-02-29"},
		{"half-yearly from 31 August", 6, "2025-08-31", "", "", "2026-02-28"},
		{"from the start before the first supervision", 12, "", "2025-02-01", "2025-01-10", "2026-02-01"},
		{"from the signing day without a start", 3, "", "", "2025-01-10", "2025-04-10"},
		{"no interval", 0, "2025-01-01", "", "", ""},
		{"nothing to count from", 12, "", "", "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := dpa.Agreement{Plan: dpa.Plan{IntervalMonths: tc.interval, Method: dpa.SOC2}}
			if tc.last != "" {
				a.Supervisions = []dpa.Supervision{{Date: date("2020-01-01")}, {Date: date(tc.last)}}
			}
			if tc.start != "" {
				a.Start = date(tc.start)
			}
			if tc.signed != "" {
				a.Signed = date(tc.signed)
			}
			got := a.NextSupervision()
			if tc.want == "" {
				assert.True(t, got.IsZero(), "got %v", got)
				return
			}
			assert.Equal(t, date(tc.want), got)
		})
	}
}

func TestRegisterExposure(t *testing.T) {
	r := testRegister(t)
	ex := r.Exposure(dpa.Match{Name: "microsoft"})
	require.Len(t, ex, 2)
	assert.Equal(t, []string{"Ærø Løn ApS", "Microsoft Ireland Operations Limited"}, ex[0].Path, "a parent before its children")
	assert.Equal(t, []gdpr.Country{country("IE"), country("US")}, ex[0].Countries,
		"data reaches the US through the Irish sub-processor's own sub-processor")
	assert.Equal(t, "ms-ie", ex[0].SubProcessor)
	assert.Equal(t, dpa.StorageAccess, ex[0].Access)
	assert.Equal(t, []string{"Løn", "Fravær"}, ex[0].Systems)
	assert.Equal(t, []string{"Ærø Løn ApS", "Microsoft Ireland Operations Limited", "Microsoft Corporation"}, ex[1].Path)
	assert.Equal(t, []gdpr.Country{country("US")}, ex[1].Countries)
	assert.Equal(t, dpa.SupportAccess, ex[1].Access)

	ex = r.Exposure(dpa.Match{CVR: gdpr.MustParseCVR("55555559")})
	require.Len(t, ex, 1, "the processor itself by CVR number")
	assert.Equal(t, []gdpr.Country{country("DK"), country("IE"), country("US")}, ex[0].Countries)
	assert.Empty(t, ex[0].SubProcessor)

	assert.Empty(t, r.Exposure(dpa.Match{Name: "  "}), "an empty name matches nothing")
	assert.Empty(t, r.Exposure(dpa.Match{CVR: gdpr.MustParseCVR("29189854")}))
}

func TestRegisterServingRecord(t *testing.T) {
	r := testRegister(t)
	assert.Equal(t, []string{"DBA-2025-014", "DBA-2024-003"}, r.ServingRecord("ropa-27.24.00"))
	assert.Empty(t, r.ServingRecord("nope"))
}

func TestSortDanish(t *testing.T) {
	names := []string{"Østjysk IT", "Zeta", "Aalborg Data", "Bravo", "Ærø Løn", "Åbenrå", "abe", "Ålborg"}
	dpa.SortDanish(names)
	assert.Equal(t, []string{"abe", "Bravo", "Zeta", "Ærø Løn", "Østjysk IT", "Åbenrå", "Ålborg", "Aalborg Data"}, names)
}

// TestRegisterConcurrent runs every query from many goroutines at once;
// with -race it proves the register and the collation share no state.
func TestRegisterConcurrent(t *testing.T) {
	r := testRegister(t)
	want := r.Parties()
	wantReach := r.Reach()
	wantExposure := r.Exposure(dpa.Match{Name: "micro"})
	wantDue := r.SupervisionDue(testNow, 30)
	wantCheck := r.Check(testNow, nil)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				assert.Equal(t, want, r.Parties())
				assert.Equal(t, wantReach, r.Reach())
				assert.Equal(t, wantExposure, r.Exposure(dpa.Match{Name: "micro"}))
				assert.Equal(t, wantDue, r.SupervisionDue(testNow, 30))
				assert.Equal(t, wantCheck, r.Check(testNow, nil))
				names := []string{"Ø", "A", "Æ"}
				dpa.SortDanish(names)
				assert.Equal(t, []string{"A", "Æ", "Ø"}, names)
			}
		}()
	}
	wg.Wait()
}
