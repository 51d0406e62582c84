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
	"github.com/dkgdpr/gdpr/internal/roundtrip"
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

// FuzzEnumText feeds arbitrary text to every code parser of the package
// (enumParsers): no panic, an error matches gdpr.ErrInvalid, and what
// parses encodes to a code that parses to the same value (a parser may
// accept an alias, such as the archive code "B" for "preserve"). The
// seeds are every code of every enumeration.
func FuzzEnumText(f *testing.F) {
	f.Add("")
	f.Add("\xff")
	f.Add("ACTIVE")
	for _, p := range enumParsers {
		for _, c := range p.codes() {
			f.Add(c)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range enumParsers {
			v, err := p.parse(s)
			if err != nil {
				require.ErrorIs(t, err, gdpr.ErrInvalid, p.name)
				continue
			}
			out, err := v.MarshalText()
			require.NoError(t, err, p.name)
			back, err := p.parse(string(out))
			require.NoError(t, err, p.name)
			again, err := back.MarshalText()
			require.NoError(t, err, p.name)
			require.Equal(t, string(out), string(again), p.name)
		}
		if _, err := gdpr.ParseTechnology(s); err != nil {
			require.ErrorIs(t, err, gdpr.ErrInvalid)
		}
	})
}

// FuzzParseJSONRecord, FuzzParseJSONConsent and FuzzParseJSONProcessorRecord
// feed arbitrary JSON to the other instantiations of ParseJSON (Register's
// is FuzzParseJSON): no panic, Check is never nil, and what is accepted can
// be stored (internal/roundtrip).
func FuzzParseJSONRecord(f *testing.F) {
	for _, r := range []ropa.Record{compliantRecord(), fullRecord(), {}} {
		b, _ := json.Marshal(r)
		f.Add(b)
	}
	f.Add([]byte(`{"id":"x","name":"y","lastReview":"2026-02-30","transfers":[{"country":"US","safeguard":"scc"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		require.NoError(t, roundtrip.Check[ropa.Record](data))
		if r, err := ropa.ParseJSON[ropa.Record](data); err == nil {
			require.NotNil(t, r.Check(now, sampleReaches...))
		}
	})
}

func FuzzParseJSONConsent(f *testing.F) {
	b, _ := json.Marshal(ropa.Consent{ID: "c", RecordID: "r", PurposeID: "p", Given: now, Expires: now.AddDate(1, 0, 0)})
	f.Add(b)
	f.Add([]byte(`{"id":"c","recordId":"r","purposeId":"p","subject":"0101801234","given":"2026-01-01T00:00:00+24:00"}`))
	f.Add([]byte(`{"id":"c","recordId":"r","purposeId":"p","subject":"s","given":"2026-01-01T10:00:00+01:00","withdrawn":"2025-01-01T00:00:00Z"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		require.NoError(t, roundtrip.Check[ropa.Consent](data))
		if c, err := ropa.ParseJSON[ropa.Consent](data); err == nil {
			_ = c.State(now)
			require.NotNil(t, c.Check(now, compliantRecord()))
		}
	})
}

func FuzzParseJSONProcessorRecord(f *testing.F) {
	b, _ := json.Marshal(processorRecord())
	f.Add(b)
	f.Add([]byte(`{"id":"p","name":"n","controllers":[{"controller":{"name":"c"},"categories":[""]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		require.NoError(t, roundtrip.Check[ropa.ProcessorRecord](data))
		if p, err := ropa.ParseJSON[ropa.ProcessorRecord](data); err == nil {
			require.NotNil(t, p.Check(now))
		}
	})
}

// FuzzValidate decodes arbitrary JSON with plain encoding/json (which lets
// through what the strict decoder rejects) into each record type and
// validates it: Record, Register, Consent and ProcessorRecord. No panic; an
// error matches gdpr.ErrInvalid; what validates can be stored.
func FuzzValidate(f *testing.F) {
	reg := ropa.Register{Records: []ropa.Record{fullRecord()}, Consents: []ropa.Consent{{ID: "c", RecordID: "full|1", PurposeID: "p", Given: now}}}
	for kind, v := range []any{fullRecord(), reg, reg.Consents[0], processorRecord()} {
		b, _ := json.Marshal(v)
		f.Add(uint8(kind), b)
	}
	f.Add(uint8(2), []byte(`{"id":"c","recordId":"r","purposeId":"p","subject":"s","given":"2026-01-01T00:00:00+24:00"}`))
	f.Fuzz(func(t *testing.T, kind uint8, data []byte) {
		switch kind % 4 {
		case 0:
			fuzzValidate[ropa.Record](t, data)
		case 1:
			fuzzValidate[ropa.Register](t, data)
		case 2:
			fuzzValidate[ropa.Consent](t, data)
		case 3:
			fuzzValidate[ropa.ProcessorRecord](t, data)
		}
	})
}

func fuzzValidate[T interface{ Validate() error }](t *testing.T, data []byte) {
	var v T
	if json.Unmarshal(data, &v) != nil {
		return
	}
	if err := v.Validate(); err != nil {
		require.ErrorIs(t, err, gdpr.ErrInvalid)
		return
	}
	require.NoError(t, roundtrip.Value(v))
}
