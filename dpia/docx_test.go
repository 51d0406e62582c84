package dpia_test

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/internal/ooxml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func writeDOCX(t testing.TB, a dpia.Assessment, lang language.Tag) []byte {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, a.WriteDOCX(&b, dpia.ReportOptions{Lang: lang, Agreements: []dpa.Agreement{trafficAgreement()}}))
	return b.Bytes()
}

func writeMD(t testing.TB, a dpia.Assessment, lang language.Tag) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, a.WriteMarkdown(&b, dpia.ReportOptions{Lang: lang, Agreements: []dpa.Agreement{trafficAgreement()}}))
	return b.String()
}

// TestDOCXGolden fixes the Word report of the worked example in Danish and
// English, part by part (the main document one paragraph or table row a
// line).
func TestDOCXGolden(t *testing.T) {
	for _, tc := range []struct {
		file string
		lang language.Tag
	}{
		{"report_da.docx.txt", language.Danish},
		{"report_en.docx.txt", language.English},
	} {
		t.Run(tc.file, func(t *testing.T) {
			data := writeDOCX(t, startedDPIA(), tc.lang)
			parts, err := ooxml.Check(data)
			require.NoError(t, err)
			golden(t, tc.file, []byte(ooxml.Dump(parts)))
			assert.Equal(t, data, writeDOCX(t, startedDPIA(), tc.lang), "two writes give the same bytes")
		})
	}
}

// mdHeading matches a Markdown heading of the report.
var mdHeading = regexp.MustCompile(`(?m)^(#{1,3}) (.*)$`)

// mdText undoes the Markdown report's escaping of inline text.
var mdText = strings.NewReplacer(`\#`, "#", `\\`, `\`, "\\`", "`", `\*`, "*", `\_`, "_", `\[`, "[", `\]`, "]", `\|`, "|", `\~`, "~",
	"&lt;", "<", "&gt;", ">", "&amp;", "&")

// TestDOCXStructure: the Word report has the parts of a Word document, the
// Markdown report's headings in the same order and at the same levels as
// Word headings, every ticked box of the Markdown report, the document
// properties of the assessment, and a footer that counts pages in the
// report's language.
func TestDOCXStructure(t *testing.T) {
	for _, tc := range []struct {
		lang                language.Tag
		langTag, page, date string
	}{
		{language.Danish, "da-DK", "Side ", "2026-02-20"},
		{language.English, "en-GB", "Page ", "2026-02-20"},
	} {
		t.Run(tc.langTag, func(t *testing.T) {
			a := startedDPIA()
			data := writeDOCX(t, a, tc.lang)
			md := writeMD(t, a, tc.lang)
			parts, err := ooxml.Check(data)
			require.NoError(t, err)
			byName := map[string]string{}
			for _, p := range parts {
				byName[p.Name] = string(p.Data)
			}
			for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/numbering.xml",
				"word/footer1.xml", "docProps/core.xml", "docProps/app.xml"} {
				assert.Contains(t, byName, name)
			}

			ps, err := ooxml.Paragraphs(data)
			require.NoError(t, err)
			var got, want []string
			var text strings.Builder
			for _, p := range ps {
				if level, ok := strings.CutPrefix(p.Style, "Heading"); ok {
					got = append(got, level+" "+p.Text)
				}
				text.WriteString(p.Text)
				text.WriteByte('\n')
			}
			for _, m := range mdHeading.FindAllStringSubmatch(md, -1) {
				want = append(want, string(rune('0'+len(m[1])))+" "+mdText.Replace(m[2]))
			}
			require.NotEmpty(t, want)
			assert.Equal(t, want, got, "the Markdown report's headings, in order and at their levels")

			// Every ticked box of the Markdown report, with its label.
			ticked := regexp.MustCompile(`☒[^|<]*`)
			var wantTicks, gotTicks []string
			for _, m := range ticked.FindAllString(md, -1) {
				wantTicks = append(wantTicks, strings.TrimSpace(mdText.Replace(m)))
			}
			for _, m := range ticked.FindAllString(strings.ReplaceAll(text.String(), "\n", "<"), -1) {
				gotTicks = append(gotTicks, strings.TrimSpace(m))
			}
			slices.Sort(wantTicks)
			slices.Sort(gotTicks)
			require.NotEmpty(t, wantTicks)
			assert.Equal(t, wantTicks, gotTicks, "every ticked box")
			assert.Equal(t, strings.Count(md, "☐"), strings.Count(text.String(), "☐"), "every unticked box")

			core := byName["docProps/core.xml"]
			assert.Contains(t, core, "<dc:title>"+oneLineTitle(md)+"</dc:title>")
			assert.Contains(t, core, "<dc:creator>Eksempel Kommune, Teknik- og Miljøforvaltningen</dc:creator>")
			assert.Contains(t, core, "<cp:version>1.0</cp:version>")
			assert.Contains(t, core, `<dcterms:modified xsi:type="dcterms:W3CDTF">`+tc.date+`T00:00:00Z</dcterms:modified>`)
			assert.Contains(t, core, "<dc:language>"+tc.langTag+"</dc:language>")
			assert.Contains(t, byName["word/styles.xml"], `<w:lang w:val="`+tc.langTag+`"`)
			assert.Contains(t, byName["word/footer1.xml"], ">"+tc.page+"</w:t>")
			assert.Contains(t, byName["word/document.xml"], `<w:pgSz w:w="11906" w:h="16838"/>`, "A4 portrait")
			for _, fill := range []string{"1DB255", "93D259", "FDFF3C", "FCC231", "FA0020"} {
				assert.Contains(t, byName["word/document.xml"], `w:fill="`+fill+`"`, "the heat map in the bands' colours")
			}
		})
	}
}

// oneLineTitle is the report's title from the first line of its Markdown.
func oneLineTitle(md string) string {
	line, _, _ := strings.Cut(md, "\n")
	return mdText.Replace(strings.TrimPrefix(line, "# "))
}

// TestDOCXHostile: hostile text in every field gives a well-formed
// document in which it is text, never markup.
func TestDOCXHostile(t *testing.T) {
	data := writeDOCX(t, hostileDPIA(), language.English)
	parts, err := ooxml.Check(data)
	require.NoError(t, err)
	for _, p := range parts {
		assert.NotContains(t, string(p.Data), "<script", p.Name)
		assert.NotContains(t, string(p.Data), "<img", p.Name)
	}
	ps, err := ooxml.Paragraphs(data)
	require.NoError(t, err)
	found := false
	for _, p := range ps {
		found = found || strings.Contains(p.Text, "<script>alert(1)</script>")
	}
	assert.True(t, found, "the hostile text shows as text")
}

// TestDOCXOfInvalidAssessment: an assessment that does not validate is an
// error and nothing is written.
func TestDOCXOfInvalidAssessment(t *testing.T) {
	a := startedDPIA()
	a.ID = ""
	var b bytes.Buffer
	require.Error(t, a.WriteDOCX(&b, dpia.ReportOptions{}))
	assert.Zero(t, b.Len())
}

// TestDOCXInLibreOffice converts the Word report to PDF with LibreOffice
// and checks with pdftotext that the template's headings appear in order.
// It runs only when DKGDPR_SOFFICE names LibreOffice's soffice:
//
//	DKGDPR_SOFFICE=/usr/bin/soffice go test -run TestDOCXInLibreOffice -v ./dpia
func TestDOCXInLibreOffice(t *testing.T) {
	soffice := os.Getenv("DKGDPR_SOFFICE")
	if soffice == "" {
		t.Skip("set DKGDPR_SOFFICE to LibreOffice's soffice (Debian's packages libreoffice-writer and poppler-utils) to open the Word report in LibreOffice")
	}
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext (Debian's package poppler-utils) is not installed")
	}
	for _, tc := range []struct {
		name string
		lang language.Tag
	}{
		{"da", language.Danish},
		{"en", language.English},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			a := startedDPIA()
			file := filepath.Join(dir, "dpia.docx")
			require.NoError(t, os.WriteFile(file, writeDOCX(t, a, tc.lang), 0o600))
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
			defer cancel()
			out, err := exec.CommandContext(ctx, soffice, "--headless", "--norestore", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
				"--convert-to", "pdf", "--outdir", dir, file).CombinedOutput()
			require.NoError(t, err, "soffice: %s", out)
			pdf := filepath.Join(dir, "dpia.pdf")
			text, err := exec.CommandContext(ctx, pdftotext, "-enc", "UTF-8", pdf, "-").Output()
			require.NoError(t, err, "pdftotext")
			pages := bytes.Count(text, []byte("\f"))
			// Without spaces and hyphens: lines wrap, and pdftotext joins a
			// word broken after a hyphen.
			squash := strings.NewReplacer(" ", "", "\n", "", "\f", "", "\t", "", "-", "")
			flat := squash.Replace(string(text))
			at := 0
			for _, m := range mdHeading.FindAllStringSubmatch(writeMD(t, a, tc.lang), -1) {
				h := squash.Replace(mdText.Replace(m[2]))
				i := strings.Index(flat[at:], h)
				if !assert.GreaterOrEqual(t, i, 0, "heading %q after byte %d of the PDF's text", h, at) {
					continue
				}
				at += i + len(h)
			}
			footer := map[string]string{"da": "Side1af", "en": "Page1of"}[tc.name]
			assert.Contains(t, flat, footer, "the footer counts the pages")
			assert.Greater(t, pages, 1)
			t.Logf("%s: %d pages in LibreOffice", tc.name, pages)
		})
	}
}

func BenchmarkWriteDOCX(b *testing.B) {
	a := startedDPIA()
	o := dpia.ReportOptions{Agreements: []dpa.Agreement{trafficAgreement()}}
	b.ReportAllocs()
	for b.Loop() {
		if err := a.WriteDOCX(io.Discard, o); err != nil {
			b.Fatal(err)
		}
	}
}
