package ropa_test

import (
	"bytes"
	"strconv"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/ooxml"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// workbookRegister is a register with every kind of row: a compliant
// record, a record with every field set, a bare one, and consents in each
// state.
func workbookRegister(t *testing.T) ropa.Register {
	reg := consentRegister(t)
	reg.Records = append(reg.Records, fullRecord(), ropa.Record{ID: "minimal", Name: "Kun navn", Status: ropa.Planned})
	withdrawn := reg.Consents[0]
	withdrawn.ID, withdrawn.Withdrawn, withdrawn.Stopped = "c2", now.AddDate(0, -1, 0), now.AddDate(0, -1, 2)
	reg.Consents = append(reg.Consents, withdrawn)
	return reg
}

var xlsxCreated = time.Date(2026, time.March, 2, 0, 0, 0, 0, time.UTC)

func writeXLSX(t testing.TB, reg ropa.Register, o ropa.XLSXOptions) []byte {
	t.Helper()
	if o.Created.IsZero() {
		o.Created = xlsxCreated
	}
	var b bytes.Buffer
	require.NoError(t, ropa.WriteXLSX(&b, reg, o))
	return b.Bytes()
}

func readSheets(t *testing.T, data []byte) map[string]ooxml.SheetContent {
	t.Helper()
	sheets, err := ooxml.ReadSheets(data)
	require.NoError(t, err)
	out := map[string]ooxml.SheetContent{}
	for _, s := range sheets {
		out[s.Name] = s
	}
	return out
}

// column returns the cells of the column with the given header, below it.
func column(t *testing.T, s ooxml.SheetContent, header string) []ooxml.ReadCell {
	t.Helper()
	require.NotEmpty(t, s.Rows)
	for i, h := range s.Rows[0] {
		if h.Text == header {
			var out []ooxml.ReadCell
			for _, r := range s.Rows[1:] {
				if i < len(r) {
					out = append(out, r[i])
				} else {
					out = append(out, ooxml.ReadCell{})
				}
			}
			return out
		}
	}
	require.Failf(t, "no column", "sheet %s has no column %q", s.Name, header)
	return nil
}

func texts(cells []ooxml.ReadCell) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = c.Text
	}
	return out
}

// TestXLSXStructure: the sheets in each language, each with a header
// row frozen above an autofilter, every record's id on the records sheet,
// days as Excel dates and periods as numbers beside their unit.
func TestXLSXStructure(t *testing.T) {
	reg := workbookRegister(t)
	for _, tc := range []struct {
		lang   language.Tag
		sheets []string
		id     string
	}{
		{language.Danish, []string{"Behandlinger", "Formål", "Slettefrister", "Samtykker"}, "ID"},
		{language.English, []string{"Records", "Purposes", "Erasure time limits", "Consents"}, "ID"},
		{language.Und, []string{"Behandlinger", "Formål", "Slettefrister", "Samtykker"}, "ID"},
	} {
		t.Run(tc.lang.String(), func(t *testing.T) {
			sheets, err := ooxml.ReadSheets(writeXLSX(t, reg, ropa.XLSXOptions{Lang: tc.lang, Now: now}))
			require.NoError(t, err)
			var names []string
			for _, s := range sheets {
				names = append(names, s.Name)
				assert.True(t, s.Frozen, "%s: header row frozen", s.Name)
				require.NotEmpty(t, s.Rows, s.Name)
				require.LessOrEqual(t, len(s.Rows[0]), 26)
				assert.Equal(t, "A1:"+string(rune('A'+len(s.Rows[0])-1))+strconv.Itoa(len(s.Rows)), s.Filter, "%s: autofilter over header and rows", s.Name)
				assert.Len(t, s.Widths, len(s.Rows[0]), "%s: a width per column", s.Name)
				for _, h := range s.Rows[0] {
					assert.NotEmpty(t, h.Text, "%s: every column has a header", s.Name)
				}
			}
			assert.Equal(t, tc.sheets, names)
			records := sheets[0]
			var ids []string
			for _, r := range reg.Records {
				ids = append(ids, r.ID)
			}
			assert.Equal(t, ids, texts(column(t, records, tc.id)), "every record's id, in register order")
		})
	}
}

// TestXLSXCells: labels in Danish by default, English on request, codes
// on request; days are dates; the erasure time limit is a number with a
// unit; the consent's subject is in the register (GDPR art. 7(1)) unless
// left out.
func TestXLSXCells(t *testing.T) {
	reg := workbookRegister(t)
	da := readSheets(t, writeXLSX(t, reg, ropa.XLSXOptions{Now: now}))
	en := readSheets(t, writeXLSX(t, reg, ropa.XLSXOptions{Lang: language.English, Now: now}))
	codes := readSheets(t, writeXLSX(t, reg, ropa.XLSXOptions{Codes: true, Now: now, OmitSubjects: true}))

	assert.Equal(t, []string{"Aktiv", "Aktiv", "Planlagt"}, texts(column(t, da["Behandlinger"], "Status")))
	assert.Equal(t, []string{"Active", "Active", "Planned"}, texts(column(t, en["Records"], "Status")))
	assert.Equal(t, []string{"active", "active", "planned"}, texts(column(t, codes["Behandlinger"], "Status")))

	bases := column(t, da["Formål"], "Retsgrundlag")
	assert.Contains(t, bases[0].Text, gdpr.Art6LegalObligation.Label(language.Danish))
	assert.Contains(t, texts(column(t, codes["Formål"], "Retsgrundlag")), "art6_1_a")

	reviewed := column(t, da["Behandlinger"], "Senest gennemgået")[0]
	assert.Equal(t, ooxml.ReadCell{Text: "45901", Number: true, Date: true}, reviewed, "2025-09-01 as Excel's serial day")
	next := column(t, da["Behandlinger"], "Næste gennemgang")[0]
	assert.Equal(t, ooxml.ReadCell{Text: "46266", Number: true, Date: true}, next, "a year after the last review")

	limits := da["Slettefrister"]
	n, unit := column(t, limits, "Slettefrist"), column(t, limits, "Enhed")
	require.NotEmpty(t, n)
	for i := range n {
		if n[i].Text == "" {
			assert.Empty(t, unit[i].Text, "no unit without a period")
			continue
		}
		assert.True(t, n[i].Number, "a time limit is a number")
		assert.False(t, n[i].Date)
		assert.Contains(t, []string{"dage", "måneder", "år"}, unit[i].Text)
	}
	assert.Contains(t, texts(column(t, codes["Slettefrister"], "Enhed")), "months")

	consents := da["Samtykker"]
	assert.Equal(t, []string{"0101801234", "0101801234"}, texts(column(t, consents, "Registreret")),
		"the data protection officer's register holds whose consent it is")
	assert.Equal(t, []string{"Gyldigt", "Tilbagekaldt"}, texts(column(t, consents, "Status")))
	given := column(t, consents, "Givet")
	assert.True(t, given[0].Date)
	assert.Equal(t, []string{"", ""}, texts(column(t, codes["Samtykker"], "Registreret")), "OmitSubjects")
	assert.Equal(t, []string{"valid", "withdrawn"}, texts(column(t, codes["Samtykker"], "Status")))
	noNow := readSheets(t, writeXLSX(t, reg, ropa.XLSXOptions{}))
	assert.Equal(t, []string{"", ""}, texts(column(t, noNow["Samtykker"], "Status")), "no instant, no status")
}

// TestXLSXGolden fixes the workbook's parts and shows that two writes
// give the same bytes.
func TestXLSXGolden(t *testing.T) {
	reg := workbookRegister(t)
	for _, tc := range []struct {
		file string
		o    ropa.XLSXOptions
	}{
		{"register.da.xlsx.txt", ropa.XLSXOptions{Now: now, Creator: "Eksempel Kommune"}},
		{"register.en.xlsx.txt", ropa.XLSXOptions{Lang: language.English, Now: now}},
		{"register.codes.xlsx.txt", ropa.XLSXOptions{Codes: true, OmitSubjects: true}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			data := writeXLSX(t, reg, tc.o)
			parts, err := ooxml.Check(data)
			require.NoError(t, err)
			golden(t, tc.file, []byte(ooxml.Dump(parts)))
			assert.Equal(t, data, writeXLSX(t, reg, tc.o), "two writes give the same bytes")
		})
	}
}

// TestXLSXEmptyRegister: an empty register is a workbook of header rows.
func TestXLSXEmptyRegister(t *testing.T) {
	sheets, err := ooxml.ReadSheets(writeXLSX(t, ropa.Register{}, ropa.XLSXOptions{}))
	require.NoError(t, err)
	require.Len(t, sheets, 4)
	for _, s := range sheets {
		assert.Len(t, s.Rows, 1, "%s: the header row only", s.Name)
	}
}
