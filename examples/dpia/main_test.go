package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRun writes the worked example in both formats and both languages,
// and as a Word document, and refuses an unknown format and a missing input.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ name, file, lang, format, want string }{
		{"HTML from the extension, Danish", "dpia.html", "da", "", "<h2>Godkendelse</h2>"},
		{"Markdown from the extension, English", "dpia.md", "en", "", "## Approval"},
		{"Markdown asked for", "dpia.txt", "en", "md", "## Summary of the impact assessment"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(dir, tc.file)
			require.NoError(t, run("", out, tc.lang, tc.format, ""))
			b, err := os.ReadFile(out)
			require.NoError(t, err)
			assert.Contains(t, string(b), tc.want)
		})
	}
	docx := filepath.Join(dir, "dpia.docx")
	require.NoError(t, run("", filepath.Join(dir, "with-docx.html"), "da", "", docx), "HTML and a Word document")
	b, err := os.ReadFile(docx)
	require.NoError(t, err)
	assert.Equal(t, "PK", string(b[:2]), "the Word document is a zip archive")
	assert.Error(t, run("", filepath.Join(dir, "x"), "da", "pdf", ""), "unknown format")
	assert.Error(t, run(filepath.Join(dir, "missing.json"), filepath.Join(dir, "x"), "da", "", ""), "missing input")
	require.NoError(t, os.WriteFile(filepath.Join(dir, "bad.json"), []byte(`{"assessment":{"id":""}}`), 0o600))
	assert.Error(t, run(filepath.Join(dir, "bad.json"), filepath.Join(dir, "x"), "da", "", ""), "invalid assessment")
}
