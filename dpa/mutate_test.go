package dpa_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/internal/mutate"
	"github.com/dkgdpr/gdpr/internal/roundtrip"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestValidatorSamples: the seed of every validator's fuzz target decodes
// and validates, so the target reaches the validator's accepting path.
func TestValidatorSamples(t *testing.T) {
	for _, v := range validators {
		b, err := json.Marshal(v.sample())
		require.NoError(t, err, v.name)
		decoded, err := v.validate(b)
		assert.True(t, decoded, v.name)
		assert.NoError(t, err, v.name)
	}
}

// interesting are the values of the package a mutation puts in place of
// a JSON value, besides mutate.Edges: instants and days at and beyond
// what JSON can store, codes of its fields and of others, numbers at the
// edges, and values of the wrong type.
var interesting = []any{
	"2026-02-30", "9999-12-31", "0001-01-01", "10000-01-01", "2026-1-1", "2026-03-02T10:00:00+24:00",
	"a\nb", "kl", "datatilsynet", "scc", "adequacy", "derogation", "bcr", "module_3", "read_only",
	"support", "storage", "processing", "explicit_consent", "with_measures", "general", "specific", "pending",
	"replacement", "isae_3402", "open", "done", "returned", "US", "DK", "IN", "GB", "XK", "un", "health", "cpr",
	"dpo@example.org",
	1e9, 9.5, false,
	[]any{"x", "x"}, []any{map[string]any{}}, map[string]any{"id": "x"},
}

// TestMutatedDocuments mutates the golden agreement, the sample agreement
// and a register of agreements 1,500 times each, deterministically (PCG),
// and runs Validate, Check, CheckData, the routes and reaches, the
// supervision dates, every register query and the transfer decision of
// every location on whatever decodes, strictly (ParseJSON) or with
// encoding/json: nothing panics, Check is never nil, and what ParseJSON
// accepts, or Validate passes, can be stored.
func TestMutatedDocuments(t *testing.T) {
	n := 1500
	if testing.Short() {
		n = 300
	}
	golden, err := os.ReadFile(filepath.Join("testdata", "agreement.json"))
	require.NoError(t, err)
	all := []dpa.Agreement{compliant(), payroll(), archive()}
	reg, err := dpa.NewRegister(all)
	require.NoError(t, err)
	docs := []struct {
		name string
		doc  []byte
	}{{"golden", golden}, {"sample", mustJSON(t, gdprtest.Agreement())}, {"register", mustJSON(t, reg)}}
	types := []gdpr.DataType{gdpr.Health, gdpr.CPRNumber, gdpr.PersonName}
	for k, d := range docs {
		m := mutate.New(18, uint64(k), interesting...)
		accepted := 0
		for i := range n {
			doc := m.Mutate(d.doc)
			where := d.name + " mutation " + strconv.Itoa(i) + ": " + string(doc)
			if d.name == "register" {
				r, ok := mutate.Decode[dpa.Register](t, where, doc)
				if !ok {
					continue
				}
				accepted++
				mutatedRegister(t, where, &r)
				continue
			}
			a, ok := mutate.Decode[dpa.Agreement](t, where, doc)
			if !ok {
				continue
			}
			accepted++
			valid := a.Validate() == nil
			require.NotNil(t, a.Check(testNow), where)
			require.NotNil(t, a.CheckData(types), where)
			_ = a.Routes()
			_ = a.Reaches()
			_ = a.NextSupervision()
			_, _ = a.LastSupervision()
			require.Equal(t, a, a.Clone(), where)
			for _, l := range a.Locations {
				_ = dpa.AssessTransfer(l.Country, l.Basis, gdpr.DateOf(testNow), a.Controller.PublicPowers)
			}
			r, rerr := dpa.NewRegister([]dpa.Agreement{a})
			require.Equal(t, valid, rerr == nil, where)
			if valid {
				mutatedRegister(t, where, r)
				if err := roundtrip.Value(a); err != nil {
					t.Fatalf("%s: valid, but %v", where, err)
				}
			}
		}
		t.Logf("%s: %d of %d mutations decode", d.name, accepted, n)
		if accepted == 0 {
			t.Errorf("%s: no mutation decodes; the test tests nothing", d.name)
		}
	}
}

// mutatedRegister runs every query of r.
func mutatedRegister(t *testing.T, where string, r *dpa.Register) {
	require.NotNil(t, r.Check(testNow, func(string) []gdpr.DataType { return []gdpr.DataType{gdpr.Health} }), where)
	_ = r.Parties()
	_ = r.Reach()
	_ = r.Reaches()
	_ = r.SupervisionDue(testNow, 30)
	_ = r.Exposure(dpa.Match{Name: "Microsoft Corporation"})
	for _, a := range r.Agreements() {
		_ = r.ServingRecord(a.ID)
		_, _ = r.Agreement(a.ID)
	}
}
