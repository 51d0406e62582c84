package main

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// handWritten lists the exported enumerations whose method sets are still
// written by hand, as "package.Type" ("gdpr" for the root package). It may
// only shrink: every entry is a type to move onto an enum.Def table.
var handWritten = map[string]bool{
	"breach.Availability":    true,
	"breach.Channel":         true,
	"breach.Clock":           true,
	"breach.Confidentiality": true,
	"breach.DataKind":        true,
	"breach.Exception":       true,
	"breach.Factor":          true,
	"breach.Identification":  true,
	"breach.Integrity":       true,
	"breach.Item":            true,
	"breach.Level":           true,
	"breach.Nature":          true,
	"breach.Phase":           true,
	"breach.Risk":            true,
	"dpa.Access":             true,
	"dpa.ActionStatus":       true,
	"dpa.Answer":             true,
	"dpa.AuthorisationKind":  true,
	"dpa.ChangeKind":         true,
	"dpa.Clause":             true,
	"dpa.Derogation":         true,
	"dpa.Mechanism":          true,
	"dpa.ObjectionOutcome":   true,
	"dpa.SCCModule":          true,
	"dpa.SupervisionMethod":  true,
	"dpa.TIAConclusion":      true,
	"dpa.Template":           true,
	"dpia.Answer":            true,
	"dpia.AnswerKind":        true,
	"dpia.ChangeKind":        true,
	"dpia.KeyQuestion":       true,
	"dpia.NoViewReason":      true,
	"dpia.Part":              true,
	"dpia.ScopeKind":         true,
	"dpia.Status":            true,
	"dpia.Verdict":           true,
	"dpia.ViewMethod":        true,
	"overview.Area":          true,
	"overview.DueKind":       true,
	"rights.Channel":         true,
	"rights.ClosedDay":       true,
	"rights.Ground":          true,
	"rights.Kind":            true,
	"rights.Outcome":         true,
	"rights.Relation":        true,
	"rights.Status":          true,
	"rights.Trigger":         true,
	"rights.Verdict":         true,
	"risk.Action":            true,
	"risk.Band":              true,
	"risk.Consequence":       true,
	"risk.MeasureStatus":     true,
	"risk.Probability":       true,
	"ropa.Answer":            true,
	"ropa.ArchiveCode":       true,
	"ropa.ChannelKind":       true,
	"ropa.ConsentStatus":     true,
	"ropa.Operation":         true,
	"ropa.PeriodUnit":        true,
	"ropa.PurposeKind":       true,
	"ropa.RecipientCategory": true,
	"ropa.Safeguard":         true,
	"ropa.Source":            true,
	"ropa.Status":            true,
	"ropa.Technology":        true,
	"ropa.Trigger":           true,
	"ropa.Volume":            true,
	"screening.Answer":       true,
	"screening.Criterion":    true,
	"screening.Decision":     true,
	"screening.Outcome":      true,
	"screening.RuleSet":      true,
	"screening.Technology":   true,
	"screening.Trigger":      true,
}

// moduleRoot finds the directory of the module's go.mod above the test.
func moduleRoot(t *testing.T) string {
	dir, err := os.Getwd()
	require.NoError(t, err)
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		require.NotEqual(t, parent, dir, "no go.mod above the test")
		dir = parent
	}
}

// packageDirs lists the module's package directories, leaving out the tools
// module, test data and hidden folders.
func packageDirs(t *testing.T, root string) []string {
	var dirs []string
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return err
		}
		name := d.Name()
		if path != root && (strings.HasPrefix(name, ".") || name == "testdata" || name == "tools" || name == "node_modules") {
			return filepath.SkipDir
		}
		dirs = append(dirs, path)
		return nil
	})
	require.NoError(t, err)
	sort.Strings(dirs)
	return dirs
}

// TestGeneratedFilesAreFresh fails when a package's enum_gen.go differs from
// what go generate would write: run "go generate ./..." and commit.
func TestGeneratedFilesAreFresh(t *testing.T) {
	root := moduleRoot(t)
	for _, dir := range packageDirs(t, root) {
		want, err := generate(dir)
		require.NoError(t, err, dir)
		got, err := os.ReadFile(filepath.Join(dir, genFile))
		if want == nil {
			assert.True(t, os.IsNotExist(err), "%s: %s has no enum.Def table to generate from", dir, genFile)
			continue
		}
		require.NoError(t, err, "%s: run go generate", dir)
		assert.Equal(t, string(want), string(got), "%s: %s is stale; run go generate", dir, genFile)
	}
}

// TestEveryEnumHasATable fails when an exported enumeration (a type whose
// underlying type is uint8) of a public package has no enum.Def table, and
// so no generated method set. Packages under internal/ are not public API
// and are left out.
func TestEveryEnumHasATable(t *testing.T) {
	root := moduleRoot(t)
	for _, dir := range packageDirs(t, root) {
		info, err := read(dir)
		require.NoError(t, err, dir)
		if info.Name == "" || info.Name == "main" {
			continue
		}
		rel, err := filepath.Rel(root, dir)
		require.NoError(t, err)
		pkg := filepath.ToSlash(rel)
		if pkg == "." {
			pkg = "gdpr"
		}
		if strings.HasPrefix(pkg, "internal/") {
			continue // not public API
		}
		tables := map[string]bool{}
		for _, tb := range info.Tables {
			tables[tb.Type] = true
		}
		for _, typ := range info.Uint8s {
			key := pkg + "." + typ
			if handWritten[key] {
				assert.False(t, tables[typ], "%s has a table now: remove it from handWritten", key)
				continue
			}
			assert.True(t, tables[typ], "%s is an exported enumeration without an enum.Def table", key)
		}
	}
}
