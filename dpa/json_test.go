package dpa_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create it")
	assert.Equal(t, string(want), string(got))
}

// fullAgreement uses every field, for the JSON contract.
func fullAgreement() dpa.Agreement {
	a := payroll()
	a.Template = dpa.KLTemplate
	a.Indefinite = false
	a.End = date("2029-12-31")
	a.ProcessingEnded = gdpr.Date{}
	a.OwnUse = dpa.OwnUse{Uses: gdpr.Yes, Purpose: "Anonymiseret benchmarking", Basis: gdpr.Art6LegitimateInterest}
	a.Locations = []dpa.Location{
		{Country: country("DK"), Place: "Driftscenter, Aarhus"},
		{Country: country("IN"), Access: dpa.ReadOnlyAccess, Place: "Overvågning",
			Basis: dpa.TransferBasis{Mechanism: dpa.SCCMechanism, Module: dpa.ProcessorToProcessor,
				TIA: dpa.TIA{Date: date("2025-11-03"), Conclusion: dpa.AdequateWithMeasures,
					Measures: []string{"Pseudonymisering"}, Reference: "25/1234"}, Note: "Bilag C"}},
		{Country: country("CH"), Access: dpa.StorageAccess, Basis: dpa.TransferBasis{Mechanism: dpa.DerogationMechanism, Derogation: dpa.LegalClaims}},
	}
	a.Supervisions[0] = dpa.Supervision{
		Date: date("2025-10-01"), Method: dpa.ISAE3402,
		PeriodFrom: date("2024-10-01"), PeriodTo: date("2025-09-30"),
		Remarks:   []string{"Forbehold om adgangsstyring"},
		Actions:   []dpa.Action{{Text: "Indhent redegørelse", Due: date("2025-12-01"), Status: dpa.ActionDone, Completed: date("2025-11-20")}},
		Reference: "25/2222",
	}
	a.Changes = []dpa.Change{{
		Kind: dpa.Replacement, SubProcessor: "ms-ie", Name: "Microsoft Ireland Operations Limited", Replaces: "old-host",
		Announced: date("2025-05-01"), Effective: date("2025-06-01"),
		Objection: dpa.Objection{Date: date("2025-05-10"), Outcome: dpa.ObjectionWithdrawn, Note: "Afklaret efter møde"},
	}}
	return a
}

func TestAgreementJSONGolden(t *testing.T) {
	a := fullAgreement()
	require.NoError(t, a.Validate())
	got, err := json.MarshalIndent(a, "", "  ")
	require.NoError(t, err)
	golden(t, "agreement.json", append(got, '\n'))

	var back dpa.Agreement
	require.NoError(t, json.Unmarshal(got, &back))
	assert.Equal(t, a, back, "JSON round trip is lossless")
	require.NoError(t, back.Validate())
}

func TestFindingsJSONGolden(t *testing.T) {
	a := fullAgreement()
	a.Clauses[dpa.DeletionClause] = false
	a.SubProcessors[0].Listed = false
	a.Locations[1].Basis.TIA = dpa.TIA{}
	got, err := json.MarshalIndent(a.Check(testNow), "", "  ")
	require.NoError(t, err)
	golden(t, "findings.json", append(got, '\n'))
}

func TestRegisterJSONGolden(t *testing.T) {
	r := testRegister(t)
	out := map[string]any{
		"parties":        r.Parties(),
		"reach":          r.Reach(),
		"supervisionDue": r.SupervisionDue(testNow, 30),
		"exposure":       r.Exposure(dpa.Match{Name: "Microsoft"}),
	}
	got, err := json.MarshalIndent(out, "", "  ")
	require.NoError(t, err)
	golden(t, "register.json", append(got, '\n'))
}

func TestAgreementJSONRejects(t *testing.T) {
	cases := []struct {
		name, json, field string
	}{
		{"unknown template", `{"template":"word_doc"}`, "template"},
		{"unknown clause key", `{"clauses":{"instructions":true,"vibes":true}}`, "clause"},
		{"unknown access", `{"subProcessors":[{"id":"x","access":"telepathy"}]}`, "access"},
		{"unknown mechanism", `{"locations":[{"country":"US","basis":{"mechanism":"handshake"}}]}`, "mechanism"},
		{"unknown SCC module", `{"locations":[{"country":"US","basis":{"module":"module_5"}}]}`, "SCC module"},
		{"unknown supervision method", `{"plan":{"method":"vibes"}}`, "supervision method"},
		{"unknown objection outcome", `{"changes":[{"objection":{"outcome":"sulk"}}]}`, "objection outcome"},
		{"unknown country", `{"processor":{"name":"X","country":"UK"}}`, "country"},
		{"malformed date", `{"signed":"2025-02-30"}`, "date"},
		{"malformed CVR", `{"processor":{"name":"X","cvr":"12345678"}}`, "CVR"},
		{"unknown data type", `{"dataTypes":["shoe_size"]}`, "data type"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var a dpa.Agreement
			err := json.Unmarshal([]byte(tc.json), &a)
			require.Error(t, err)
			assert.ErrorIs(t, err, gdpr.ErrInvalid)
			assert.Contains(t, err.Error(), tc.field, "the error names the kind of value")
		})
	}
}

// TestEmptyClausesKey: "" decodes as the zero clause, which Validate
// rejects, so decoding plus Validate accepts only what a constructor would.
func TestEmptyClausesKey(t *testing.T) {
	var a dpa.Agreement
	require.NoError(t, json.Unmarshal([]byte(`{"clauses":{"":true}}`), &a))
	assert.Error(t, a.Validate())
}

func TestAgreementJSONShape(t *testing.T) {
	b, err := json.Marshal(dpa.Agreement{ID: "x"})
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"x","controller":{"name":"","publicAuthority":false},"processor":{"name":""}}`, string(b),
		"zero values are left out")
	assert.False(t, bytes.Contains(b, []byte("null")))
}
