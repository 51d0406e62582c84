package ropa_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"github.com/dkgdpr/gdpr/gdprtest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create %s", path)
	assert.Equal(t, string(want), string(got), "%s differs; run go test -update if the change is intended", path)
}

func writeCSV(t *testing.T, records []ropa.Record, tag language.Tag) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, ropa.WriteCSV(&buf, records, tag))
	return buf.Bytes()
}

func TestFullRecordValidates(t *testing.T) {
	require.NoError(t, fullRecord().Validate())
}

func TestCSVRoundTrip(t *testing.T) {
	records := []ropa.Record{fullRecord(), compliantRecord(), {ID: "minimal", Name: "Kun navn"}}
	for _, tag := range []language.Tag{language.Danish, language.English, language.Und} {
		t.Run(tag.String(), func(t *testing.T) {
			data := writeCSV(t, records, tag)
			back, err := ropa.ReadCSV(bytes.NewReader(data))
			require.NoError(t, err)
			assert.Equal(t, records, back)
		})
	}
}

func TestCSVIsForDanishExcel(t *testing.T) {
	data := writeCSV(t, []ropa.Record{compliantRecord()}, language.Danish)
	require.True(t, bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")), "UTF-8 byte order mark")
	header, _, ok := strings.Cut(string(data[3:]), "\r\n")
	require.True(t, ok, "CRLF line ends")
	assert.Equal(t, strings.Join(ropa.CSVHeaders(language.Danish), ";"), header, "semicolons, Danish headers")
	assert.True(t, strings.HasPrefix(header, "ID;Navn;Beskrivelse;Status;Dataansvarlig;"))
	en := writeCSV(t, []ropa.Record{compliantRecord()}, language.English)
	assert.True(t, strings.HasPrefix(string(en[3:]), "ID;Name;Description;Status;Controller;"))
	assert.Len(t, ropa.CSVHeaders(language.Danish), len(ropa.CSVHeaders(language.English)))
}

func TestCSVGolden(t *testing.T) {
	golden(t, "register.da.csv", writeCSV(t, []ropa.Record{compliantRecord(), fullRecord()}, language.Danish))
	golden(t, "register.en.csv", writeCSV(t, []ropa.Record{compliantRecord()}, language.English))
}

func TestCSVGuardsAgainstFormulas(t *testing.T) {
	// OWASP: a cell Excel would run as a formula gets an apostrophe.
	for _, name := range []string{"=SUM(A1)", "+1", "-1", "@x", "\tx", "'quoted'"} {
		r := ropa.Record{ID: "f", Name: name}
		data := string(writeCSV(t, []ropa.Record{r}, language.Danish))
		assert.Contains(t, data, ";'"+name, name)
		back, err := ropa.ReadCSV(strings.NewReader(data))
		require.NoError(t, err)
		assert.Equal(t, name, back[0].Name)
	}
}

func TestReadCSVAcceptsVariants(t *testing.T) {
	// No BOM, English headers, columns in another order, columns left out.
	data := "Name;ID;Purposes\r\nSkole;s1;p1 | Elevadm. |  | art6_1_e, dbl_11 | 17.01 | \r\n"
	got, err := ropa.ReadCSV(strings.NewReader(data))
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, "s1", got[0].ID)
	assert.Equal(t, []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.DBL11}, got[0].Purposes[0].LegalBases)
	// LF line ends and Danish headers in any case.
	got, err = ropa.ReadCSV(strings.NewReader("id;NAVN\nx;Y\n"))
	require.NoError(t, err)
	assert.Equal(t, "Y", got[0].Name)
	// A header alone is an empty register.
	got, err = ropa.ReadCSV(strings.NewReader("ID;Navn\r\n"))
	require.NoError(t, err)
	assert.Empty(t, got)
}

func TestReadCSVErrors(t *testing.T) {
	cases := []struct {
		name, data, want string
	}{
		{"empty", "", "no header row"},
		{"unknown column", "ID;Farve\r\n", `unknown column "Farve"`},
		{"column twice", "ID;Name;Navn\r\n", "appears twice"},
		{"short row", "ID;Navn\r\nx\r\n", "line 2"},
		{"unknown code", "ID;Navn;Status\r\nx;y;kørende\r\n", `column "Status"`},
		{"element with too few fields", "ID;Navn;Formål\r\nx;y;a | b\r\n", "want 6 fields"},
		{"element without spaces", "ID;Navn;Formål\r\nx;y;a|b|c|d|e|f\r\n", "want a space"},
		{"dangling backslash", "ID;Navn\r\nx\\;y\r\n", "backslash"},
		{"bad number", "ID;Navn;Antal registrerede pr. år\r\nx;y;mange\r\n", "whole number"},
		{"bad boolean", "ID;Navn;Forsendelse\r\nx;y;email | måske | \r\n", "ja or nej"},
		{"bad KLE in a sub-list", "ID;Navn;Formål\r\nx;y;p | d |  |  | 4. | \r\n", "KLE"},
		{"bad quotes", "ID;Navn\r\nx;\"y\r\n", "ropa: malformed CSV"},
		{"second element bad", "ID;Navn;Systemer\r\nx;y;a\\\r\n", "backslash"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ropa.ReadCSV(strings.NewReader(tc.data))
			require.ErrorIs(t, err, ropa.ErrMalformedCSV)
			require.ErrorIs(t, err, gdpr.ErrInvalid)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

func TestReadCSVValidates(t *testing.T) {
	_, err := ropa.ReadCSV(strings.NewReader("ID;Navn\r\nx;\r\nx;y\r\n"))
	assertProblems(t, err, map[string]string{"records[0].name": gdpr.CodeRequired, "records[1].id": gdpr.CodeDuplicate})
}

func TestWriteCSVRejectsAnInvalidPeriod(t *testing.T) {
	var buf bytes.Buffer
	err := ropa.WriteCSV(&buf, []ropa.Record{{ID: "x", Name: "y", ReviewInterval: ropa.Period{Count: -1, Unit: ropa.Years}}}, language.Danish)
	require.ErrorIs(t, err, gdpr.ErrInvalid)
}

func TestJSONGoldenAndRoundTrip(t *testing.T) {
	reg := consentRegister(t)
	reg.Records = append(reg.Records, fullRecord())
	pretty, err := json.MarshalIndent(reg, "", "  ")
	require.NoError(t, err)
	pretty = append(pretty, '\n')
	golden(t, "register.golden.json", pretty)

	back, err := ropa.ParseJSON[ropa.Register](pretty)
	require.NoError(t, err)
	assert.Equal(t, reg, back)
	assert.Contains(t, string(pretty), secretKey, "JSON keeps the subject in clear")

	// A single record round-trips through encoding/json and ParseJSON.
	r := fullRecord()
	b, err := json.Marshal(r)
	require.NoError(t, err)
	rb, err := ropa.ParseJSON[ropa.Record](b)
	require.NoError(t, err)
	assert.Equal(t, r, rb)
}

// TestGoldenJSONRoundTrips decodes every golden JSON document of the
// package with ParseJSON, encodes it again with encoding/json and finds the
// same document.
func TestGoldenJSONRoundTrips(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "register.golden.json"))
	require.NoError(t, err)
	reg, err := ropa.ParseJSON[ropa.Register](b)
	require.NoError(t, err)
	again, err := json.MarshalIndent(reg, "", "  ")
	require.NoError(t, err)
	assert.Equal(t, string(b), string(again)+"\n")

	sample := gdprtest.Record()
	sb, err := json.Marshal(sample)
	require.NoError(t, err)
	sback, err := ropa.ParseJSON[ropa.Record](sb)
	require.NoError(t, err)
	assert.Equal(t, sample, sback)

	p := processorRecord()
	pb, err := json.Marshal(p)
	require.NoError(t, err)
	pback, err := ropa.ParseJSON[ropa.ProcessorRecord](pb)
	require.NoError(t, err)
	assert.Equal(t, p, pback)
}

func TestParseJSONErrors(t *testing.T) {
	cases := []struct{ name, data, path, code string }{
		{"not JSON", "{", "", gdpr.CodeMalformed},
		{"unknown field", `{"records": [], "colour": "blue"}`, "colour", "unknown_field"},
		{"PascalCase", `{"Records": []}`, "Records", "unknown_field"},
		{"duplicate key", `{"records": [], "records": []}`, "records", gdpr.CodeDuplicate},
		{"unknown enum code names the field", `{"records": [{"id": "x", "name": "y", "status": "running"}]}`, "records[0].status", gdpr.CodeUnknown},
		{"malformed KLE", `{"records": [{"id": "x", "name": "y", "purposes": [{"description": "d", "kle": ["4."]}]}]}`, "records[0].purposes[0].kle[0]", gdpr.CodeMalformed},
		{"malformed period", `{"records": [{"id": "x", "name": "y", "reviewInterval": "1 year"}]}`, "records[0].reviewInterval", gdpr.CodeMalformed},
		{"malformed date", `{"records": [{"id": "x", "name": "y", "lastReview": "2025-02-30"}]}`, "records[0].lastReview", gdpr.CodeMalformed},
		{"timestamp without an offset", `{"records": [], "consents": [{"given": "2026-03-02T10:00:00"}]}`, "consents[0].given", gdpr.CodeMalformed},
		{"trailing data", `{"records": []} {}`, "", gdpr.CodeMalformed},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ropa.ParseJSON[ropa.Register]([]byte(tc.data))
			require.ErrorIs(t, err, gdpr.ErrInvalid)
			var ps gdpr.Problems
			require.ErrorAs(t, err, &ps)
			require.NotEmpty(t, ps)
			assert.Equal(t, tc.path, ps[0].Path, "%v", ps)
		})
	}
	_, err := ropa.ParseJSON[ropa.Register]([]byte(`{"records": [{"id": "x", "name": ""}]}`))
	assertProblems(t, err, map[string]string{"records[0].name": gdpr.CodeRequired})
}

// TestReadCSVOldTransferLayout: a transfer cell written before the suitable
// safeguards of GDPR art. 49(1), second subparagraph, had eight fields; it
// still reads.
func TestReadCSVOldTransferLayout(t *testing.T) {
	in := "ID;Navn;Overførsler til tredjelande\r\nx;y;US | Cloud | scc | nej | nej | nej | tia-1 | Support\r\n"
	got, err := ropa.ReadCSV(strings.NewReader(in))
	require.NoError(t, err)
	require.Len(t, got, 1)
	assert.Equal(t, []ropa.Transfer{{Country: gdpr.MustParseCountry("US"), Recipient: "Cloud", Safeguard: ropa.SCC,
		TIA: "tia-1", Description: "Support"}}, got[0].Transfers)
}
