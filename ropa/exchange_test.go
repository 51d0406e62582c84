package ropa_test

import (
	"bytes"
	"encoding/json"
	"flag"
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
	stored, err := ropa.EncodeJSON(reg)
	require.NoError(t, err)
	var pretty bytes.Buffer
	require.NoError(t, json.Indent(&pretty, stored, "", "  "))
	pretty.WriteByte('\n')
	golden(t, "register.golden.json", pretty.Bytes())

	back, err := ropa.ParseJSON(pretty.Bytes())
	require.NoError(t, err)
	assert.Equal(t, reg, back)

	// encoding/json gives the same shape, with the subject redacted.
	plain, err := json.Marshal(reg)
	require.NoError(t, err)
	assert.Equal(t, strings.Replace(string(stored), `"`+secretKey+`"`, `"[redacted]"`, 1), string(plain))

	// A single record round-trips through encoding/json.
	r := fullRecord()
	b, err := json.Marshal(r)
	require.NoError(t, err)
	var rb ropa.Record
	require.NoError(t, json.Unmarshal(b, &rb))
	assert.Equal(t, r, rb)
}

func TestParseJSONErrors(t *testing.T) {
	cases := []struct{ name, data string }{
		{"not JSON", "{"},
		{"unknown field", `{"records": [], "colour": "blue"}`},
		{"unknown enum code names the field", `{"records": [{"id": "x", "name": "y", "status": "running"}]}`},
		{"malformed KLE", `{"records": [{"id": "x", "name": "y", "purposes": [{"description": "d", "kle": ["4."]}]}]}`},
		{"malformed period", `{"records": [{"id": "x", "name": "y", "reviewInterval": "1 year"}]}`},
		{"malformed date", `{"records": [{"id": "x", "name": "y", "lastReview": "2025-02-30"}]}`},
		{"trailing data", `{"records": []} {}`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ropa.ParseJSON([]byte(tc.data))
			require.ErrorIs(t, err, ropa.ErrMalformedJSON)
			require.ErrorIs(t, err, gdpr.ErrInvalid)
			assert.Contains(t, err.Error(), "near byte")
		})
	}
	_, err := ropa.ParseJSON([]byte(`{"records": [{"id": "x", "name": ""}]}`))
	assertProblems(t, err, map[string]string{"records[0].name": gdpr.CodeRequired})
}
