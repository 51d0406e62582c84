package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/dkgdpr/gdpr/internal/ooxml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRegisterWorkbook: -xlsx writes the registers as a workbook of five
// sheets, a row per record, consent and agreement of the municipality.
func TestRegisterWorkbook(t *testing.T) {
	file := filepath.Join(t.TempDir(), "fortegnelse.xlsx")
	o := testOptions(t, "-xlsx", file)
	require.NoError(t, run(&bytes.Buffer{}, o))
	b, err := os.ReadFile(file)
	require.NoError(t, err)
	sheets, err := ooxml.ReadSheets(b)
	require.NoError(t, err)
	var names []string
	for _, s := range sheets {
		names = append(names, s.Name)
	}
	require.Equal(t, []string{"Behandlinger", "Formål", "Slettefrister", "Samtykker", "Databehandleraftaler"}, names)
	m := generate(o.seed, o.n, o.now, nil)
	assert.Len(t, sheets[0].Rows, 1+len(m.Records))
	assert.Len(t, sheets[3].Rows, 1+len(m.Consents))
	assert.Len(t, sheets[4].Rows, 1+len(m.Agreements))
}
