package ropa_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/ooxml"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// csvRoundTrip checks that valid records read back from CSV unchanged.
func csvRoundTrip(t *testing.T, records []ropa.Record) {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, ropa.WriteCSV(&buf, records, language.Danish))
	back, err := ropa.ReadCSV(&buf)
	require.NoError(t, err)
	require.Len(t, back, len(records))
	for i := range records {
		assert.Equal(t, records[i], back[i])
	}
	for _, tag := range []language.Tag{language.Danish, language.English} {
		buf.Reset()
		require.NoError(t, ropa.WriteCSVLabels(&buf, records, tag))
		labelled, err := ropa.ReadCSV(&buf)
		require.NoError(t, err)
		assert.Equal(t, back, labelled, "the labelled CSV reads back as the coded one")
	}
}

func FuzzParseJSON(f *testing.F) {
	if b, err := os.ReadFile(filepath.Join("testdata", "register.golden.json")); err == nil {
		f.Add(b)
	}
	f.Add([]byte(`{"records":[{"id":"x","name":"y"}]}`))
	f.Add([]byte(`{"records":[{"id":"x","name":"y","purposes":[{"description":"d","kle":["17.01"],"legalBases":["law:a, b | c"]}]}]}`))
	f.Add([]byte(`{"records":[{"id":"x","name":"y","retention":[{"period":"P5Y","trigger":"case_closed","archive":"B"}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		reg, err := ropa.ParseJSON[ropa.Register](data)
		if err != nil {
			return
		}
		_ = reg.Check(now)
		stored, err := json.Marshal(reg)
		require.NoError(t, err)
		canon, err := ropa.ParseJSON[ropa.Register](stored)
		require.NoError(t, err, "what ParseJSON accepts encodes and parses again")
		again, err := json.Marshal(canon)
		require.NoError(t, err)
		require.Equal(t, string(stored), string(again))
		csvRoundTrip(t, canon.Records)
	})
}

func FuzzReadCSV(f *testing.F) {
	if b, err := os.ReadFile(filepath.Join("testdata", "register.da.csv")); err == nil {
		f.Add(b)
	}
	if b, err := os.ReadFile(filepath.Join("testdata", "register.labels.da.csv")); err == nil {
		f.Add(b)
	}
	f.Add([]byte("ID;Navn\r\nx;y\r\n"))
	f.Add([]byte("ID;Navn;Status;Slettefrister\r\nx;y;Aktiv;\"Navn, CPR-nr. | 5 år | Sagens afslutning | K (kasseres) | \"\r\n"))
	f.Add([]byte("Name;ID;Purposes\r\nSkole;s1;p1 | Elevadm. |  | art6_1_e, dbl_11 | 17.01 | \r\n"))
	f.Add([]byte("ID;Navn;Databehandlere\r\nx;y;\"A |  | d |  | DK, US | \nB |  |  | A |  | \"\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		records, err := ropa.ReadCSV(bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, r := range records {
			require.NoError(t, r.Validate())
			_ = r.Check(now)
		}
		csvRoundTrip(t, records)
		// The workbook of whatever reads is a well-formed package with a
		// row per record.
		sheets, err := ooxml.ReadSheets(writeXLSX(t, ropa.Register{Records: records}, ropa.XLSXOptions{}))
		require.NoError(t, err)
		require.Len(t, sheets[0].Rows, 1+len(records))
	})
}

func FuzzRecordValidate(f *testing.F) {
	full, _ := json.Marshal(fullRecord())
	f.Add(full)
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"id":"x","name":"y","processors":[{"name":"A","under":"B"},{"name":"B","under":"A"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var r ropa.Record
		if json.Unmarshal(data, &r) != nil {
			return
		}
		_ = r.Check(now)
		_ = r.DataTypes()
		_ = r.TransferStatuses(r.LastReview)
		if r.Validate() != nil {
			return
		}
		b, err := json.Marshal(r)
		require.NoError(t, err)
		var canon ropa.Record
		require.NoError(t, json.Unmarshal(b, &canon))
		require.NoError(t, canon.Validate())
		csvRoundTrip(t, []ropa.Record{canon})
	})
}

func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"", "P5Y", "p6m", "P30D", "P0Y", "P10000D", "P1W"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ropa.ParsePeriod(s)
		if err != nil {
			require.NotContains(t, err.Error(), strings.Repeat("x", 50))
			return
		}
		require.True(t, p.IsZero() || p.Valid())
		back, err := ropa.ParsePeriod(p.String())
		require.NoError(t, err)
		require.Equal(t, p, back)
	})
}

func FuzzImportOS2compliance(f *testing.F) {
	for _, name := range []string{"good.json", "kle-defect.json", "no-kle.json", "unknown-basis.json"} {
		if b, err := os.ReadFile(filepath.Join("testdata", "os2compliance", name)); err == nil {
			f.Add(name, b)
		}
	}
	f.Fuzz(func(t *testing.T, file string, data []byte) {
		rec, findings, err := ropa.ImportOS2compliance(file, data)
		if err != nil {
			return
		}
		require.NoError(t, rec.Validate())
		for _, x := range findings {
			require.NotEmpty(t, x.Path)
		}
		_ = rec.Check(now)
	})
}

func FuzzSubjectText(f *testing.F) {
	for _, s := range []string{"", "0101801234", "[redacted]", " x ", "a\nb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var sub ropa.Subject
		if err := sub.UnmarshalText([]byte(s)); err != nil {
			// The message is fixed text: it never quotes the key.
			require.Contains(t, []string{
				"ropa: malformed data subject: empty",
				"ropa: malformed data subject: longer than 200 bytes",
				"ropa: malformed data subject: holds a line break",
				"ropa: malformed data subject: the subject is redacted; store the key as encoding/json writes it",
			}, err.Error())
			return
		}
		if sub.IsZero() {
			return
		}
		require.Equal(t, strings.TrimSpace(s), sub.Reveal())
		require.Equal(t, "[redacted]", sub.String())
		b, err := sub.MarshalText()
		require.NoError(t, err)
		require.Equal(t, sub.Reveal(), string(b), "the store's text is the key")
	})
}

func FuzzEnumText(f *testing.F) {
	for _, s := range []string{"", "active", "scc", "B", "k", "case_closed", "P5Y", "years"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		check := func(v interface {
			String() string
			Valid() bool
		}, err error) {
			if err != nil {
				return
			}
			require.True(t, s == "" || v.Valid())
		}
		check(ropa.ParseStatus(s))
		check(ropa.ParseSafeguard(s))
		check(ropa.ParseArchiveCode(s))
		check(ropa.ParseTrigger(s))
		check(ropa.ParsePeriodUnit(s))
		check(gdpr.ParseTechnology(s))
	})
}
