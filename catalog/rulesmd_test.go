package catalog_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr/catalog"
	"github.com/dkgdpr/gdpr/catalog/internal/rulesmd"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRulesMDIsUpToDate renders the catalogue in memory and compares it
// with ../RULES.md: a rule added, changed or removed in any package makes
// the file stale until go generate ./catalog is run.
func TestRulesMDIsUpToDate(t *testing.T) {
	want := rulesmd.Render(catalog.ByPackage())
	got, err := os.ReadFile("../RULES.md")
	require.NoError(t, err, "RULES.md is missing: run go generate ./catalog")
	if bytes.Equal(got, want) {
		return
	}
	gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	line := 0
	for line < len(gl) && line < len(wl) && gl[line] == wl[line] {
		line++
	}
	var have, should string
	if line < len(gl) {
		have = gl[line]
	}
	if line < len(wl) {
		should = wl[line]
	}
	t.Fatalf("RULES.md is stale: run go generate ./catalog\nfirst difference at line %d:\n  file:      %q\n  catalogue: %q", line+1, have, should)
}

func TestRulesMDHasATablePerPackage(t *testing.T) {
	pkgs := catalog.ByPackage()
	md := string(rulesmd.Render(pkgs))
	assert.True(t, strings.HasPrefix(md, rulesmd.Header+"\n"), "the file says it is generated")
	assert.Equal(t, string(rulesmd.Render(pkgs)), md, "the output is deterministic")
	assert.Equal(t, len(pkgs), strings.Count(md, "\n| id | severity | reference | dansk | English |\n"), "one table per package")
	for _, p := range pkgs {
		assert.Contains(t, md, "\n## "+p.Name+"\n")
		for _, r := range p.Rules {
			row := "| `" + r.ID + "` | " + r.Severity.String() + " | " + rulesmd.Cell(r.Reference.En) + " | " +
				rulesmd.Cell(r.Text.Da) + " | " + rulesmd.Cell(r.Text.En) + " |\n"
			assert.Contains(t, md, row, "a row for %s", r.ID)
		}
	}
	for i, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "| `") {
			assert.Equal(t, 6, strings.Count(line, "|")-strings.Count(line, `\|`), "line %d has five cells", i+1)
		}
	}
}
