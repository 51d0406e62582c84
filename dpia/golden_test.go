package dpia_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/internal/jsonstrict"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "missing golden file; run go test -update")
	require.Equal(t, string(want), string(got), "output differs from %s; run go test -update if the change is intended", path)
}

// tourNow is the fixed "now" of the reports: 2026-03-02 09:00 UTC.
var tourNow = time.Date(2026, time.March, 2, 9, 0, 0, 0, time.UTC)

func marshal(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	require.NoError(t, err)
	return append(b, '\n')
}

// TestJSONGolden fixes the JSON shape of a whole assessment (the contract
// for case systems in other languages) and of the derived decisions, and
// checks that decoding gives back the same value.
func TestJSONGolden(t *testing.T) {
	for _, tc := range []struct {
		name string
		a    dpia.Assessment
	}{
		{"a draft: screening, record, risks, no DPO advice yet", draftDPIA()},
		{"the approved assessment with the anonymisation in place", startedDPIA()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.NoError(t, tc.a.Validate())
			b := marshal(t, tc.a)
			var back dpia.Assessment
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, tc.a, back, "the JSON round trip is lossless")
			assert.Equal(t, b, marshal(t, back))
		})
	}
	golden(t, "assessment_draft.json", marshal(t, draftDPIA()))
	golden(t, "assessment_started.json", marshal(t, startedDPIA()))
	golden(t, "decisions_started.json", marshal(t, startedDPIA().Decide()))
	golden(t, "questions.json", marshal(t, map[string][]dpia.Question{
		"processing": dpia.Questions(dpia.Processing), "lawfulness": dpia.Questions(dpia.Lawfulness)}))
}

// TestGoldenJSONRoundTrips: every golden JSON document decodes strictly
// into its type and encodes again to the same bytes: the stored
// assessments with ParseJSON, the derived decisions and the catalogue with
// the same strict decoder.
func TestGoldenJSONRoundTrips(t *testing.T) {
	for _, tc := range []struct {
		file   string
		decode func([]byte) (any, error)
	}{
		{"assessment_draft.json", func(b []byte) (any, error) { return dpia.ParseJSON[dpia.Assessment](b) }},
		{"assessment_started.json", func(b []byte) (any, error) { return dpia.ParseJSON[dpia.Assessment](b) }},
		{"decisions_started.json", strictly[dpia.Decisions]},
		{"questions.json", strictly[map[string][]dpia.Question]},
	} {
		t.Run(tc.file, func(t *testing.T) {
			want, err := os.ReadFile(filepath.Join("testdata", tc.file))
			require.NoError(t, err)
			v, err := tc.decode(want)
			require.NoError(t, err)
			assert.Equal(t, string(want), string(marshal(t, v)))
		})
	}
}

// strictly decodes data strictly into a T.
func strictly[T any](data []byte) (any, error) {
	var v T
	err := jsonstrict.Decode(data, &v)
	return v, err
}

// TestParseJSONRejects: an unknown code, field or malformed value fails to
// decode, never decoding as "not set"; the error says what and where, and
// means invalid input.
func TestParseJSONRejects(t *testing.T) {
	for _, tc := range []struct{ name, json, says string }{
		{"unknown status", `{"id":"x","recordId":"r","status":"approved"}`, "unknown status"},
		{"unknown answer", `{"id":"x","recordId":"r","processing":{"2.2":{"answer":"maybe"}}}`, "unknown answer"},
		{"unknown verdict", `{"id":"x","recordId":"r","approval":{"verdict":"ok"}}`, "unknown verdict"},
		{"unknown key question in the notes", `{"id":"x","recordId":"r","summaryNotes":{"risks":"x"}}`, "unknown key question"},
		{"unknown view method", `{"id":"x","recordId":"r","views":{"methods":["poll"]}}`, "unknown view method"},
		{"unknown change kind", `{"id":"x","recordId":"r","monitoring":{"changes":[{"date":"2026-01-01","kind":"law"}]}}`, "unknown change kind"},
		{"malformed interval", `{"id":"x","recordId":"r","monitoring":{"interval":"1Y"}}`, "malformed period"},
		{"impossible date", `{"id":"x","recordId":"r","approval":{"verdict":"approved","date":"2026-02-30"}}`, "malformed date"},
		{"unknown field", `{"id":"x","recordId":"r","riskz":[]}`, "riskz"},
		{"wrong type names the field", `{"id":"x","recordId":"r","revisions":{}}`, "revisions"},
		{"data after the assessment", `{"id":"x","recordId":"r"} {}`, "data after"},
		{"not JSON", `<script>`, "near byte"},
		{"valid JSON, invalid assessment", `{"id":"","recordId":"r"}`, "id: required"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := dpia.ParseJSON[dpia.Assessment]([]byte(tc.json))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.says)
			assert.ErrorIs(t, err, gdpr.ErrInvalid)
		})
	}
	a, err := dpia.ParseJSON[dpia.Assessment](marshal(t, startedDPIA()))
	require.NoError(t, err)
	assert.Equal(t, startedDPIA(), a)
}

// TestReportGolden fixes the Markdown and HTML reports of the worked
// example in Danish and English.
func TestReportGolden(t *testing.T) {
	agreements := []dpa.Agreement{trafficAgreement()}
	for _, tc := range []struct {
		file string
		lang language.Tag
		a    dpia.Assessment
		now  time.Time
	}{
		{"report_da.md", language.Danish, startedDPIA(), time.Time{}},
		{"report_en.md", language.English, startedDPIA(), time.Time{}},
		{"report_da.html", language.Danish, startedDPIA(), time.Time{}},
		{"report_en.html", language.English, startedDPIA(), time.Time{}},
		{"report_draft_findings_da.md", language.Danish, draftDPIA(), tourNow},
	} {
		t.Run(tc.file, func(t *testing.T) {
			var buf bytes.Buffer
			o := dpia.ReportOptions{Lang: tc.lang, Agreements: agreements, Now: tc.now}
			if filepath.Ext(tc.file) == ".html" {
				require.NoError(t, tc.a.WriteHTML(&buf, o))
			} else {
				require.NoError(t, tc.a.WriteMarkdown(&buf, o))
			}
			golden(t, tc.file, buf.Bytes())
		})
	}
}
