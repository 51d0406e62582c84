package ooxml_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWorkbookInLibreOffice opens the sample workbook in LibreOffice Calc
// and converts its first sheet to CSV: the header, the text with a line
// break, the number and the date (shown in the ISO format) come back. It
// runs only when DKGDPR_SOFFICE names LibreOffice's soffice:
//
//	DKGDPR_SOFFICE=/usr/bin/soffice go test -run TestWorkbookInLibreOffice ./internal/ooxml
func TestWorkbookInLibreOffice(t *testing.T) {
	soffice := os.Getenv("DKGDPR_SOFFICE")
	if soffice == "" {
		t.Skip("set DKGDPR_SOFFICE to LibreOffice's soffice (Debian's package libreoffice-calc) to open the workbook in LibreOffice")
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "register.xlsx")
	require.NoError(t, os.WriteFile(file, xlsx(t, sampleWorkbook(t)), 0o600))
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, soffice, "--headless", "--norestore", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "csv", "--outdir", dir, file).CombinedOutput()
	require.NoError(t, err, "soffice: %s", out)
	csv, err := os.ReadFile(filepath.Join(dir, "register.csv"))
	require.NoError(t, err, "soffice: %s", out)
	assert.Equal(t, "ID,Navn,Antal,Senest revideret\nB-1,Trafikanalyse,120000,2026-02-20\nB-2,\"Linje 1\nLinje 2\",0.25,\n",
		strings.ReplaceAll(string(csv), "\r\n", "\n"))
}
