package dpa_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"github.com/dkgdpr/gdpr/gdprtest"
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

func TestParseJSONRejects(t *testing.T) {
	cases := []struct {
		name, json, path, code string
	}{
		{"unknown template", `{"template":"word_doc"}`, "template", gdpr.CodeUnknown},
		{"unknown clause key", `{"clauses":{"instructions":true,"vibes":true}}`, "clauses.vibes", gdpr.CodeUnknown},
		{"unknown access", `{"subProcessors":[{"id":"x","access":"telepathy"}]}`, "subProcessors[0].access", gdpr.CodeUnknown},
		{"unknown mechanism", `{"locations":[{"country":"US","basis":{"mechanism":"handshake"}}]}`, "locations[0].basis.mechanism", gdpr.CodeUnknown},
		{"unknown SCC module", `{"locations":[{"country":"US","basis":{"module":"module_5"}}]}`, "locations[0].basis.module", gdpr.CodeUnknown},
		{"unknown supervision method", `{"plan":{"method":"vibes"}}`, "plan.method", gdpr.CodeUnknown},
		{"unknown objection outcome", `{"changes":[{"objection":{"outcome":"sulk"}}]}`, "changes[0].objection.outcome", gdpr.CodeUnknown},
		{"unknown country", `{"processor":{"name":"X","country":"UK"}}`, "processor.country", ""},
		{"malformed date", `{"signed":"2025-02-30"}`, "signed", ""},
		{"malformed CVR", `{"processor":{"name":"X","cvr":"12345678"}}`, "processor.cvr", ""},
		{"unknown data type", `{"dataTypes":["shoe_size"]}`, "dataTypes[0]", ""},
		{"unknown field", `{"colour":"blue"}`, "colour", "unknown_field"},
		{"PascalCase", `{"ID":"x"}`, "ID", "unknown_field"},
		{"duplicate key", `{"id":"x","id":"y"}`, "id", gdpr.CodeDuplicate},
		{"wrong type", `{"indefinite":"yes"}`, "indefinite", "wrong_type"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := dpa.ParseJSON[dpa.Agreement]([]byte(tc.json))
			require.Error(t, err)
			assert.ErrorIs(t, err, gdpr.ErrInvalid)
			var ps gdpr.Problems
			require.ErrorAs(t, err, &ps)
			assert.Equal(t, tc.path, ps[0].Path, "%v", ps)
			if tc.code != "" {
				assert.Equal(t, tc.code, ps[0].Code, "%v", ps)
			}
		})
	}
	// Decoding, then Validate: an agreement without an id.
	_, err := dpa.ParseJSON[dpa.Agreement]([]byte(`{"controller":{"name":"K"},"processor":{"name":"P"}}`))
	var ps gdpr.Problems
	require.ErrorAs(t, err, &ps)
	assert.Equal(t, "id", ps[0].Path)
}

// TestGoldenJSONRoundTrips decodes the golden agreement with ParseJSON,
// encodes it again with encoding/json and finds the same document; a
// register and the gdprtest sample round-trip too.
func TestGoldenJSONRoundTrips(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "agreement.json"))
	require.NoError(t, err)
	a, err := dpa.ParseJSON[dpa.Agreement](b)
	require.NoError(t, err)
	again, err := json.MarshalIndent(a, "", "  ")
	require.NoError(t, err)
	assert.Equal(t, string(b), string(again)+"\n")

	sample := gdprtest.Agreement()
	sb, err := json.Marshal(sample)
	require.NoError(t, err)
	back, err := dpa.ParseJSON[dpa.Agreement](sb)
	require.NoError(t, err)
	assert.Equal(t, sample, back)

	ended := compliant()
	ended.ProcessingEnded = date("2026-02-27")
	ended.Deletion = dpa.Deletion{Method: dpa.Returned, Confirmed: date("2026-02-28"), Reference: "26/77"}
	eb, err := json.Marshal(ended)
	require.NoError(t, err)
	eback, err := dpa.ParseJSON[dpa.Agreement](eb)
	require.NoError(t, err)
	assert.Equal(t, ended, eback)

	r := testRegister(t)
	rb, err := json.Marshal(r)
	require.NoError(t, err)
	rback, err := dpa.ParseJSON[dpa.Register](rb)
	require.NoError(t, err)
	assert.Equal(t, r.Agreements(), rback.Agreements())
	assert.Equal(t, r.Reach(), rback.Reach())
}

// TestRegisterJSONRejects: a register's agreements are validated, and an
// ID used twice is an error, at the paths of the register's JSON.
func TestRegisterJSONRejects(t *testing.T) {
	a, err := json.Marshal(compliant())
	require.NoError(t, err)
	_, err = dpa.ParseJSON[dpa.Register]([]byte(`{"agreements":[` + string(a) + `,` + string(a) + `]}`))
	var ps gdpr.Problems
	require.ErrorAs(t, err, &ps)
	assert.Equal(t, "agreements[1].id", ps[0].Path)
	assert.ErrorIs(t, err, gdpr.ErrInvalid)

	_, err = dpa.ParseJSON[dpa.Register]([]byte(`{"agreements":[{"id":"x","controller":{"name":"K"},"processor":{"name":""}}]}`))
	require.ErrorAs(t, err, &ps)
	assert.Equal(t, "agreements[0].processor.name", ps[0].Path)

	_, err = dpa.ParseJSON[dpa.Register]([]byte(`{"agreements":[],"extra":1}`))
	require.ErrorAs(t, err, &ps)
	assert.Equal(t, "extra", ps[0].Path)

	empty, err := json.Marshal(dpa.Register{})
	require.NoError(t, err)
	assert.JSONEq(t, `{"agreements":[]}`, string(empty))
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
	assert.JSONEq(t, `{"id":"x","controller":{"name":""},"processor":{"name":""}}`, string(b),
		"zero values are left out")
	assert.False(t, bytes.Contains(b, []byte("null")))
}
