package ropa_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRulesAreAllTriggered proves that every rule in Rules() is emitted by
// some test input, and that every rule emitted is in Rules().
func TestRulesAreAllTriggered(t *testing.T) {
	emitted := map[string]bool{}
	note := func(fs []gdpr.Finding) {
		for _, f := range fs {
			emitted[f.Rule] = true
		}
	}
	for _, tc := range recordRuleCases {
		r := compliantRecord()
		tc.change(&r)
		note(r.Check(now))
	}
	note(ropa.Record{}.Check(now))
	note(withoutTransfers().Check(now, supportReach("skole-elevadm"), gdpr.Reach{Agreement: "x", Records: []string{"skole-elevadm"}, Path: []string{"X"}}))
	note(ropa.ProcessorRecord{}.Check(now))
	note(ropa.ProcessorRecord{Controllers: []ropa.ControllerEntry{{}}}.Check(now))
	pr := processorRecord()
	pr.Controllers[0].Controller.Email = gdpr.Personal{}
	pr.Controllers[0].Representative = ropa.Party{Name: "Repræsentant"}
	pr.SubProcessors[0].Countries = []gdpr.Country{us()}
	note(pr.Check(now))

	reg := consentRegister(t)
	withdrawn := reg.Consents[0]
	withdrawn.Withdrawn = now.AddDate(0, -1, 0)
	noExpiry := reg.Consents[0]
	noExpiry.ID, noExpiry.Expires = "c2", time.Time{}
	reg.Consents = []ropa.Consent{withdrawn, noExpiry}
	note(reg.Check(now))

	for _, name := range []string{"kle-defect.json", "no-kle.json", "unknown-basis.json"} {
		data, err := os.ReadFile(filepath.Join("testdata", "os2compliance", name))
		require.NoError(t, err)
		rec, fs, err := ropa.ImportOS2compliance(name, data)
		require.NoError(t, err)
		note(fs)
		note(rec.Check(now))
	}

	catalogue := map[string]bool{}
	for _, r := range ropa.Rules() {
		assert.False(t, catalogue[r.ID], "rule %s listed twice", r.ID)
		catalogue[r.ID] = true
		assert.True(t, emitted[r.ID], "rule %s is never triggered by a test", r.ID)
	}
	for id := range emitted {
		assert.True(t, catalogue[id], "emitted rule %s is not in Rules()", id)
	}
}

func TestRulesAreWellFormed(t *testing.T) {
	for _, r := range ropa.Rules() {
		t.Run(r.ID, func(t *testing.T) {
			assert.True(t, strings.HasPrefix(r.ID, "ropa.") || strings.HasPrefix(r.ID, "gdpr."))
			assert.Equal(t, strings.ToLower(r.ID), r.ID)
			assert.True(t, r.Severity.Valid())
			assert.NotEmpty(t, r.Reference)
			assert.NotEmpty(t, r.Text.Da)
			assert.NotEmpty(t, r.Text.En)
			assert.NotEqual(t, r.Text.Da, r.Text.En)
		})
	}
}

func TestRulesReturnsAFreshCopy(t *testing.T) {
	a := ropa.Rules()
	a[0].ID = "changed"
	a[0].Text.Da = "ændret"
	b := ropa.Rules()
	assert.NotEqual(t, "changed", b[0].ID)
	assert.NotEqual(t, "ændret", b[0].Text.Da)
}
