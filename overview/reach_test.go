package overview_test

import (
	"slices"
	"testing"

	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBuildReconcilesRecordsWithTheirAgreements: the sample agreement's
// sub-processor gives third-line support from the United States (read
// access is a transfer, GDPR art. 44). Every record the agreement serves
// must list that transfer (GDPR art. 30(1)(e)): the record that names the
// agreement and the one the agreement lists. Build passes the agreements'
// reaches (dpa.Agreement.Reaches) to each record's check.
func TestBuildReconcilesRecordsWithTheirAgreements(t *testing.T) {
	const rule = "ropa.agreement_transfer_not_recorded"
	m := clean()
	require.Empty(t, withRule(build(t, m), rule), "the sample record lists the US transfer")

	m.Records[0].Transfers = nil
	listed := gdprtest.Record()
	listed.ID, listed.Name, listed.Transfers, listed.Processors = "hjemmepleje-udfoerelse", "Udførelse af hjemmepleje", nil, nil
	m.Records = append(m.Records, listed)
	m.Agreements[0].Records = append(m.Agreements[0].Records, listed.ID)

	fs := withRule(build(t, m), rule)
	var paths []string
	for _, f := range fs {
		paths = append(paths, f.Path)
		assert.Equal(t, overview.Records, f.Area)
	}
	assert.ElementsMatch(t, []string{"records[0].transfers", "records[1].transfers"}, paths, lines(fs))

	// A record the agreement neither lists nor is named by is not concerned.
	m.Agreements[0].Records = m.Agreements[0].Records[:1]
	paths = paths[:0]
	for _, f := range withRule(build(t, m), rule) {
		paths = append(paths, f.Path)
	}
	assert.Equal(t, []string{"records[0].transfers"}, paths)
}

// TestBuildReportsTemplatesApart: a template record (ropa.Template, a
// standard record not yet adopted) is checked, but its findings go to
// Report.Templates, as ropa.Register.CheckTemplates gives them, and are
// neither among the findings nor counted; no review falls due for it.
func TestBuildReportsTemplatesApart(t *testing.T) {
	m := clean()
	tpl := ropa.Record{ID: "kl-skabelon-1", Name: "KL-skabelon: Elevadministration", Status: ropa.Template}
	m.Records = append(m.Records, tpl)
	r := build(t, m)
	clean := build(t, clean())

	require.NotEmpty(t, r.Templates)
	assert.Equal(t, clean.Findings, r.Findings, "the template adds no finding to the authority's own")
	assert.Equal(t, clean.Counts, r.Counts)
	assert.Equal(t, clean.Rules, r.Rules)
	assert.False(t, slices.ContainsFunc(append(r.Overdue, r.Upcoming...), func(d overview.Due) bool { return d.ID == tpl.ID }),
		"no review is due for a template")

	want := ropa.Register{Records: m.Records}.CheckTemplates(gdprtest.Now())
	var got, wantRules []string
	for _, f := range r.Templates {
		assert.Equal(t, tpl.ID, f.ID)
		assert.Equal(t, 1, f.Index)
		if f.Rule[:5] == "ropa." {
			got = append(got, f.Rule+" "+f.Path)
		}
	}
	for _, f := range want {
		wantRules = append(wantRules, f.Rule+" "+f.Path)
	}
	assert.ElementsMatch(t, wantRules, got, "the template's ropa findings are CheckTemplates'")
	assert.Empty(t, clean.Templates)
	assert.NotNil(t, clean.Templates, "[] in JSON")
}
