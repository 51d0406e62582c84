package overview_test

import (
	"bytes"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/internal/ooxml"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func registerXLSX(t *testing.T, lang language.Tag) []byte {
	t.Helper()
	m := clean()
	var b bytes.Buffer
	require.NoError(t, overview.WriteRegisterXLSX(&b, ropa.Register{Records: m.Records, Consents: []ropa.Consent{consent(t, "c1")}},
		[]dpa.Agreement{gdprtest.Agreement()},
		overview.XLSXOptions{Lang: lang, Now: gdprtest.Now(), Creator: m.Name, Created: time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)}))
	return b.Bytes()
}

// TestRegisterXLSX: the records' sheets of package ropa and the
// agreements sheet of package dpa in one workbook, the record and its
// agreement naming each other.
func TestRegisterXLSX(t *testing.T) {
	for _, tc := range []struct {
		lang  language.Tag
		names []string
	}{
		{language.Danish, []string{"Behandlinger", "Formål", "Slettefrister", "Samtykker", "Databehandleraftaler"}},
		{language.English, []string{"Records", "Purposes", "Erasure time limits", "Consents", "Processing agreements"}},
	} {
		t.Run(tc.lang.String(), func(t *testing.T) {
			data := registerXLSX(t, tc.lang)
			assert.Equal(t, data, registerXLSX(t, tc.lang), "two writes give the same bytes")
			sheets, err := ooxml.ReadSheets(data)
			require.NoError(t, err)
			var names []string
			for _, s := range sheets {
				names = append(names, s.Name)
				assert.True(t, s.Frozen, s.Name)
				assert.NotEmpty(t, s.Filter, s.Name)
			}
			assert.Equal(t, tc.names, names)
			assert.Equal(t, gdprtest.RecordID, sheets[0].Rows[1][0].Text)
			assert.Equal(t, gdprtest.Agreement().ID, sheets[4].Rows[1][0].Text)
			assert.Equal(t, gdprtest.RecordID, sheets[4].Rows[1][10].Text, "the agreement names the record it serves")
		})
	}
}
