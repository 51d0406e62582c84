package gdprtest

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/catalog"
)

// HasRules reports whether findings include at least one finding of each
// rule in ids ("ropa.retention_missing"). When one is missing it marks the
// test failed and lists every finding: severity, rule id, path and English
// text. An id that is in no package's rule list (see RULES.md) is an
// error too, so a misspelt id cannot pass unnoticed, and so is a call
// without ids.
func HasRules(t testing.TB, findings []gdpr.Finding, ids ...string) bool {
	t.Helper()
	if !knownIDs(t, "HasRules", ids) {
		return false
	}
	var missing []string
	for _, id := range ids {
		if !slices.ContainsFunc(findings, func(f gdpr.Finding) bool { return f.Rule == id }) {
			missing = append(missing, id)
		}
	}
	if len(missing) > 0 {
		t.Errorf("findings lack %s\n%s", strings.Join(missing, ", "), findingLines(findings))
		return false
	}
	return true
}

// LacksRules reports whether findings include no finding of any rule in
// ids. When some do, it marks the test failed and lists every finding. An
// unknown id, or a call without ids, is an error: a test that checks for a
// misspelt rule's absence would always pass.
func LacksRules(t testing.TB, findings []gdpr.Finding, ids ...string) bool {
	t.Helper()
	if !knownIDs(t, "LacksRules", ids) {
		return false
	}
	var present []string
	for _, id := range ids {
		if slices.ContainsFunc(findings, func(f gdpr.Finding) bool { return f.Rule == id }) {
			present = append(present, id)
		}
	}
	if len(present) > 0 {
		t.Errorf("findings include %s, want none\n%s", strings.Join(present, ", "), findingLines(findings))
		return false
	}
	return true
}

// HasFinding reports whether findings include a finding of rule id at the
// field path ("subProcessors[1].locations[0].basis"; "" for a finding about
// the whole value). Otherwise it marks the test failed and lists every
// finding.
func HasFinding(t testing.TB, findings []gdpr.Finding, id, path string) bool {
	t.Helper()
	if !knownIDs(t, "HasFinding", []string{id}) {
		return false
	}
	if slices.ContainsFunc(findings, func(f gdpr.Finding) bool { return f.Rule == id && f.Path == path }) {
		return true
	}
	t.Errorf("findings lack %s at %s\n%s", id, pathOrWhole(path), findingLines(findings))
	return false
}

// NoFindings reports whether findings is empty, and otherwise marks the
// test failed and lists every finding.
func NoFindings(t testing.TB, findings []gdpr.Finding) bool {
	t.Helper()
	if len(findings) == 0 {
		return true
	}
	t.Errorf("want no findings\n%s", findingLines(findings))
	return false
}

// RuleIDs returns the rule id of each finding, in order, for comparing a
// whole list: slices.Equal(gdprtest.RuleIDs(fs), []string{...}).
func RuleIDs(findings []gdpr.Finding) []string {
	out := make([]string, len(findings))
	for i, f := range findings {
		out[i] = f.Rule
	}
	return out
}

// knownIDs fails the test and returns false when ids is empty or holds an
// id that no package's rule list contains.
func knownIDs(t testing.TB, fn string, ids []string) bool {
	t.Helper()
	if len(ids) == 0 {
		t.Errorf("%s: no rule ids given", fn)
		return false
	}
	var unknown []string
	for _, id := range ids {
		if _, ok := catalog.Lookup(id); !ok {
			unknown = append(unknown, fmt.Sprintf("%q", id))
		}
	}
	if len(unknown) > 0 {
		t.Errorf("%s: unknown rule id %s: no package has it (see RULES.md)", fn, strings.Join(unknown, ", "))
		return false
	}
	return true
}

// findingLines lists findings one per line, indented: what was found,
// for the message of a failed assertion.
func findingLines(findings []gdpr.Finding) string {
	if len(findings) == 0 {
		return "got no findings"
	}
	var b strings.Builder
	if len(findings) == 1 {
		b.WriteString("got 1 finding:")
	} else {
		fmt.Fprintf(&b, "got %d findings:", len(findings))
	}
	for _, f := range findings {
		fmt.Fprintf(&b, "\n\t%s %s at %s: %s", f.Severity, f.Rule, pathOrWhole(f.Path), f.Text.En)
	}
	return b.String()
}

// pathOrWhole returns path, or a word for the empty path.
func pathOrWhole(path string) string {
	if path == "" {
		return "(the whole value)"
	}
	return path
}
