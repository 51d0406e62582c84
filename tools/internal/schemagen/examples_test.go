package schemagen

import (
	"encoding/json"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExamplesValidate runs the module's examples with -json and validates
// every record and result they write, clean and faulty (the tour's records
// with their gaps, the synthetic municipality's share of broken data, the
// findings of each), against the published schema named for it.
func TestExamplesValidate(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the examples")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not available:", err)
	}
	dir := t.TempDir()
	runs := []struct {
		name string
		args []string
		file string // where the command writes the JSON; "" for stdout
	}{
		{"tour", []string{"./examples/tour", "-json"}, ""},
		{"tour in English", []string{"./examples/tour", "-json", "-lang", "en"}, ""},
		{"dpia", []string{"./examples/dpia", "-o", filepath.Join(dir, "dpia.html"), "-json", filepath.Join(dir, "dpia.json")}, filepath.Join(dir, "dpia.json")},
		{"municipality", []string{"./examples/municipality", "-records", "60", "-agreements", "45", "-screenings", "10", "-dpias", "10",
			"-breaches", "12", "-requests", "300", "-json", filepath.Join(dir, "municipality.json")}, filepath.Join(dir, "municipality.json")},
	}
	c := compiler(t)
	covered := map[string]bool{}
	for _, r := range runs {
		t.Run(r.name, func(t *testing.T) {
			cmd := exec.Command(gobin, append([]string{"run"}, r.args...)...)
			cmd.Dir = moduleRoot
			out, err := cmd.Output()
			var stderr []byte
			if ee, ok := err.(*exec.ExitError); ok {
				stderr = ee.Stderr
			}
			require.NoError(t, err, "go run %v: %s", r.args, stderr)
			if r.file != "" {
				out, err = os.ReadFile(r.file)
				require.NoError(t, err)
			}
			var docs map[string][]json.RawMessage
			require.NoError(t, json.Unmarshal(out, &docs))
			require.NotEmpty(t, docs)
			for _, name := range slices.Sorted(maps.Keys(docs)) {
				s := compile(t, c, name)
				for i, doc := range docs[name] {
					assert.NoError(t, validate(s, doc), "%s[%d]", name, i)
				}
				covered[name] = true
			}
		})
	}
	for _, name := range []string{"overview.municipality.schema.json", "overview.report.schema.json", "gdpr.findings.schema.json",
		"dpia.assessment.schema.json", "dpia.decisions.schema.json", "dpa.agreement.schema.json"} {
		assert.True(t, covered[name], "no example wrote a %s document", name)
	}
}
