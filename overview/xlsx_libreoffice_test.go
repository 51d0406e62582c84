package overview_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/internal/ooxml"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestRegisterXLSXInLibreOffice opens the register workbook in LibreOffice
// Calc and converts every sheet to CSV: each sheet's cells come back as
// written, text as text (quotes, commas, line breaks, a leading = and
// Danish letters included), numbers as numbers and days in the ISO format.
// It runs only when DKGDPR_SOFFICE names LibreOffice's soffice (7.2 or
// later, for the export of every sheet):
//
//	DKGDPR_SOFFICE=/usr/bin/soffice go test -run TestRegisterXLSXInLibreOffice ./overview
func TestRegisterXLSXInLibreOffice(t *testing.T) {
	soffice := os.Getenv("DKGDPR_SOFFICE")
	if soffice == "" {
		t.Skip("set DKGDPR_SOFFICE to LibreOffice's soffice (Debian's package libreoffice-calc) to open the register workbook in LibreOffice")
	}
	odd := gdprtest.Record()
	odd.ID = "odd-1"
	odd.Name = `=Æblegrød; "citat", komma`
	odd.Description = "Linje 1\nLinje 2 med ø og å"
	odd.SubjectsPerYear = 123456
	reg := ropa.Register{Records: []ropa.Record{gdprtest.Record(), odd}, Consents: []ropa.Consent{consent(t, "c1"), consent(t, "c2")}}
	var b bytes.Buffer
	require.NoError(t, overview.WriteRegisterXLSX(&b, reg, []dpa.Agreement{gdprtest.Agreement()},
		overview.XLSXOptions{Lang: language.Danish, Now: gdprtest.Now(), Created: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)}))
	sheets, err := ooxml.ReadSheets(b.Bytes())
	require.NoError(t, err)

	dir := t.TempDir()
	file := filepath.Join(dir, "register.xlsx")
	require.NoError(t, os.WriteFile(file, b.Bytes(), 0o600))
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	// Comma, double quote, UTF-8, cells as shown, every sheet (-1) to a
	// file of its own.
	out, err := exec.CommandContext(ctx, soffice, "--headless", "--norestore", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", "--outdir", dir, file).CombinedOutput()
	require.NoError(t, err, "soffice: %s", out)
	require.Len(t, sheets, 5)
	for _, s := range sheets {
		t.Run(s.Name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, "register-"+s.Name+".csv"))
			require.NoError(t, err, "soffice: %s", out)
			r := csv.NewReader(bytes.NewReader(data))
			r.FieldsPerRecord = -1
			got, err := r.ReadAll()
			require.NoError(t, err)
			require.Greater(t, len(s.Rows), 1, "a header and rows")
			want := make([][]string, len(s.Rows))
			for i, row := range s.Rows {
				for _, c := range row {
					want[i] = append(want[i], shown(t, c))
				}
			}
			require.Equal(t, trim(want), trim(got))
		})
	}
}

// shown is a cell as LibreOffice shows it: a day in the ISO format.
func shown(t *testing.T, c ooxml.ReadCell) string {
	if !c.Date {
		return c.Text
	}
	n, err := strconv.Atoi(c.Text)
	require.NoError(t, err)
	return time.Date(1899, time.December, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n).Format("2006-01-02")
}

// trim drops the empty cells at the end of each row.
func trim(rows [][]string) [][]string {
	out := make([][]string, len(rows))
	for i, r := range rows {
		n := len(r)
		for n > 0 && r[n-1] == "" {
			n--
		}
		out[i] = append([]string{}, r[:n]...)
	}
	return out
}
