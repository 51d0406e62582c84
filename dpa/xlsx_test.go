package dpa_test

import (
	"bytes"
	"strconv"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/internal/ooxml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func writeXLSX(t *testing.T, as []dpa.Agreement, o dpa.XLSXOptions) []byte {
	t.Helper()
	o.Created = time.Date(2026, time.March, 2, 0, 0, 0, 0, time.UTC)
	var b bytes.Buffer
	require.NoError(t, dpa.WriteXLSX(&b, as, o))
	return b.Bytes()
}

// TestXLSX: one sheet with a frozen header and an autofilter, a row per
// agreement in order, days as Excel dates, the supervision interval as a
// number, labels in Danish by default, English or codes on request; the
// same agreements give the same bytes, fixed by a golden dump.
func TestXLSX(t *testing.T) {
	as := []dpa.Agreement{compliant(), fullAgreement(), payroll()}
	for _, tc := range []struct {
		file, sheet, header string
		o                   dpa.XLSXOptions
	}{
		{"agreements.da.xlsx.txt", "Databehandleraftaler", "Databehandler", dpa.XLSXOptions{}},
		{"agreements.en.xlsx.txt", "Processing agreements", "Processor", dpa.XLSXOptions{Lang: language.English}},
		{"agreements.codes.xlsx.txt", "Databehandleraftaler", "Databehandler", dpa.XLSXOptions{Codes: true}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			data := writeXLSX(t, as, tc.o)
			assert.Equal(t, data, writeXLSX(t, as, tc.o), "two writes give the same bytes")
			parts, err := ooxml.Check(data)
			require.NoError(t, err)
			golden(t, tc.file, []byte(ooxml.Dump(parts)))
			sheets, err := ooxml.ReadSheets(data)
			require.NoError(t, err)
			require.Len(t, sheets, 1)
			s := sheets[0]
			assert.Equal(t, tc.sheet, s.Name)
			assert.True(t, s.Frozen)
			assert.Equal(t, "A1:R4", s.Filter)
			require.Len(t, s.Rows, 1+len(as))
			assert.Equal(t, "ID", s.Rows[0][0].Text)
			assert.Equal(t, tc.header, s.Rows[0][1].Text)
			for i, a := range as {
				row := s.Rows[i+1]
				assert.Equal(t, a.ID, row[0].Text)
				assert.Equal(t, a.Processor.Name, row[1].Text)
				if !a.Signed.IsZero() {
					assert.True(t, row[4].Date, "the signing day is a date")
				}
				if a.Plan.IntervalMonths > 0 {
					assert.Equal(t, ooxml.ReadCell{Text: strconv.Itoa(a.Plan.IntervalMonths), Number: true}, row[14])
				}
			}
		})
	}
}
