package ropa_test

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/internal/mutate"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/require"
)

// interesting are the values of the package a mutation puts in place of
// a JSON value, besides mutate.Edges: instants and days at and beyond
// what JSON can store, codes of its fields and of others, numbers at the
// edges, and values of the wrong type.
var interesting = []any{
	"2026-01-01T00:00:00+24:00", "2026-01-01T00:00:00-23:59", "2026-01-01T00:00:00+01:60", "0000-01-01T00:00:00Z",
	"9999-12-31T23:59:59Z", "10000-01-01T00:00:00Z", "2026-01-01T00:00:00", "2026-02-30T10:00:00+01:00",
	"2026-02-30", "9999-12-31", "0001-01-01", "10000-01-01", "2026-1-1",
	"a\nb", "active", "template", "ended", "scc", "derogation", "P5Y", "P0D", "P10000Y", "case_closed",
	"B", "K", "email", "digital_post", "17.01", "17", "99.99.99", "art6_1_e", "art9_2_a", "law:x", "US", "DK", "XK",
	"un", "name", "health", "cpr", "markus@example.org",
	1e9, 9.5, false,
	[]any{"x", "x"}, []any{map[string]any{}},
}

// mutationDocs are the golden documents of the package's record types.
func mutationDocs(t *testing.T) map[string][]byte {
	golden, err := os.ReadFile(filepath.Join("testdata", "register.golden.json"))
	require.NoError(t, err)
	reg := consentRegister(t)
	return map[string][]byte{
		"register":        golden,
		"consentRegister": mustJSON(t, reg),
		"record":          mustJSON(t, fullRecord()),
		"sample":          mustJSON(t, gdprtest.Record()),
		"consent":         mustJSON(t, reg.Consents[0]),
		"processorRecord": mustJSON(t, processorRecord()),
	}
}

// sampleReaches are the reaches of an agreement that serves every record
// (listing two records, naming none) from a third country and an
// international organisation.
var sampleReaches = []gdpr.Reach{
	{Agreement: "dpa-it-1", Records: []string{"skole-elevadm", "x"}, Path: []string{"IT", "Support"}, Country: gdpr.MustParseCountry("US")},
	{Agreement: "dpa-it-1", Path: []string{"IT"}, Organisation: gdpr.EuropeanPatentOrganisation},
}

// TestMutatedDocuments mutates the golden document of every record type of
// the package a thousand times each (6,000 in all), deterministically
// (PCG), and runs
// Validate, Check and every decision and query on whatever decodes,
// strictly (ParseJSON) or with encoding/json: nothing panics, Check is
// never nil, and what ParseJSON accepts, or Validate passes, can be stored.
func TestMutatedDocuments(t *testing.T) {
	n := 1000
	if testing.Short() {
		n = 300
	}
	docs := mutationDocs(t)
	names := slices.Sorted(func(yield func(string) bool) {
		for k := range docs {
			if !yield(k) {
				return
			}
		}
	})
	for k, name := range names {
		m := mutate.New(18, uint64(k), interesting...)
		accepted := 0
		for i := range n {
			doc := m.Mutate(docs[name])
			where := name + " mutation " + strconv.Itoa(i) + ": " + string(doc)
			var ok bool
			switch name {
			case "register", "consentRegister":
				ok = mutatedRegister(t, where, doc)
			case "record", "sample":
				ok = mutatedRecord(t, where, doc)
			case "consent":
				ok = mutatedConsent(t, where, doc)
			case "processorRecord":
				ok = mutatedProcessorRecord(t, where, doc)
			}
			if ok {
				accepted++
			}
		}
		t.Logf("%s: %d of %d mutations decode", name, accepted, n)
		if accepted == 0 {
			t.Errorf("%s: no mutation decodes; the test tests nothing", name)
		}
	}
}

func mutatedRegister(t *testing.T, where string, doc []byte) bool {
	reg, ok := mutate.Decode[ropa.Register](t, where, doc)
	if !ok {
		return false
	}
	valid := reg.Validate() == nil
	require.NotNil(t, reg.Check(now), where)
	require.NotNil(t, reg.Check(now, sampleReaches...), where)
	require.NotNil(t, reg.CheckTemplates(now), where)
	_ = reg.ByName()
	_ = reg.Select(ropa.Query{MinCategory: gdpr.Sensitive, Country: gdpr.MustParseCountry("US")})
	_ = reg.AffectedBy("dpa-it-1")
	if len(reg.Records) > 0 {
		_, _ = reg.Get(reg.Records[0].ID)
	}
	for _, c := range reg.Consents {
		_ = c.State(now)
	}
	mutate.Stored(t, where, reg, valid)
	return true
}

func mutatedRecord(t *testing.T, where string, doc []byte) bool {
	r, ok := mutate.Decode[ropa.Record](t, where, doc)
	if !ok {
		return false
	}
	valid := r.Validate() == nil
	require.NotNil(t, r.Check(now), where)
	require.NotNil(t, r.Check(now, sampleReaches...), where)
	_ = r.DataTypes()
	_ = r.HighestCategory()
	_ = r.TransferStatuses(gdpr.DateOf(now))
	_ = r.ThirdCountries()
	_ = r.KLENumbers()
	_ = r.NextReview()
	_ = r.TemplateTechnologies()
	for i := range r.Purposes {
		_ = r.PurposeActive(i, gdpr.DateOf(now))
	}
	require.Equal(t, r, r.Clone(), where)
	mutate.Stored(t, where, r, valid)
	return true
}

func mutatedConsent(t *testing.T, where string, doc []byte) bool {
	c, ok := mutate.Decode[ropa.Consent](t, where, doc)
	if !ok {
		return false
	}
	valid := c.Validate() == nil
	_ = c.State(now)
	require.NotNil(t, c.Check(now, compliantRecord()), where)
	require.NotNil(t, c.Check(now, ropa.Record{}), where)
	mutate.Stored(t, where, c, valid)
	return true
}

func mutatedProcessorRecord(t *testing.T, where string, doc []byte) bool {
	p, ok := mutate.Decode[ropa.ProcessorRecord](t, where, doc)
	if !ok {
		return false
	}
	valid := p.Validate() == nil
	require.NotNil(t, p.Check(now), where)
	mutate.Stored(t, where, p, valid)
	return true
}
