package ooxml

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// zipTime is the modification time of every entry: the earliest time the
// zip format can hold, so the archive does not depend on the clock.
var zipTime = time.Date(1980, time.January, 1, 0, 0, 0, 0, time.UTC)

// xmlHeader starts every part.
const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// part is one file of a package.
type part struct {
	name string
	data []byte
}

// writeZip writes the parts in their order as a zip archive.
func writeZip(w io.Writer, parts []part) error {
	zw := zip.NewWriter(w)
	// One compressor for all parts: the archive writes one part at a time.
	var fw *flate.Writer
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		if fw == nil {
			var err error
			fw, err = flate.NewWriter(w, flate.DefaultCompression)
			return fw, err
		}
		fw.Reset(w)
		return fw, nil
	})
	for _, p := range parts {
		f, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: zipTime})
		if err != nil {
			return err
		}
		if _, err := f.Write(p.data); err != nil {
			return err
		}
	}
	return zw.Close()
}

// contentTypes is the [Content_Types].xml of a package whose parts are
// named with their types; rels and xml are the default types.
func contentTypes(overrides [][2]string) []byte {
	var b bytes.Buffer
	b.WriteString(xmlHeader)
	b.WriteString(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
	b.WriteString(`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`)
	b.WriteString(`<Default Extension="xml" ContentType="application/xml"/>`)
	for _, o := range overrides {
		b.WriteString(`<Override PartName="/`)
		b.WriteString(o[0])
		b.WriteString(`" ContentType="`)
		b.WriteString(o[1])
		b.WriteString(`"/>`)
	}
	b.WriteString(`</Types>`)
	return b.Bytes()
}

// relationship is one entry of a .rels part.
type relationship struct {
	id, typ, target string
}

const (
	relOfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
	relCoreProps      = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
	relExtendedProps  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
	relStyles         = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
	relSettings       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"
	relNumbering      = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
	relFooter         = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
	relWorksheet      = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"

	ctCoreProps     = "application/vnd.openxmlformats-package.core-properties+xml"
	ctExtendedProps = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
)

func relationships(rels []relationship) []byte {
	var b bytes.Buffer
	b.WriteString(xmlHeader)
	b.WriteString(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for _, r := range rels {
		b.WriteString(`<Relationship Id="`)
		b.WriteString(r.id)
		b.WriteString(`" Type="`)
		b.WriteString(r.typ)
		b.WriteString(`" Target="`)
		b.WriteString(r.target)
		b.WriteString(`"/>`)
	}
	b.WriteString(`</Relationships>`)
	return b.Bytes()
}

// Properties are the document properties a reader sees in File > Info (core
// and extended properties, ECMA-376 Part 2 §11 and Part 1 §22.2).
type Properties struct {
	// Title is the document's title.
	Title string
	// Subject is what the document is about.
	Subject string
	// Creator is the author: a person or, for a public authority's document,
	// the authority.
	Creator string
	// Company is the organisation the document belongs to.
	Company string
	// Keywords are search terms, separated by commas or semicolons.
	Keywords string
	// Description is a short summary.
	Description string
	// Version is the document's own version ("1.2").
	Version string
	// Revision counts the document's revisions; 0 leaves it out.
	Revision int
	// Created and Modified are when the document was written and last
	// changed; the zero time leaves them out. Pass dates, never the clock,
	// for output that does not change from run to run.
	Created, Modified time.Time
	// Language is the document's language as a BCP 47 tag ("da-DK").
	Language string
}

// coreXML is docProps/core.xml.
func (p *Properties) coreXML() []byte {
	var b bytes.Buffer
	b.WriteString(xmlHeader)
	b.WriteString(`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	elem := func(name, v string) {
		v = oneLine(v)
		if v == "" {
			return
		}
		b.WriteString("<" + name + ">")
		escape(&b, v, true)
		b.WriteString("</" + name + ">")
	}
	elem("dc:title", p.Title)
	elem("dc:subject", p.Subject)
	elem("dc:creator", p.Creator)
	elem("cp:keywords", p.Keywords)
	elem("dc:description", p.Description)
	elem("cp:lastModifiedBy", p.Creator)
	if p.Revision > 0 {
		elem("cp:revision", strconv.Itoa(p.Revision))
	}
	for _, t := range []struct {
		name string
		t    time.Time
	}{{"dcterms:created", p.Created}, {"dcterms:modified", p.Modified}} {
		if !t.t.IsZero() {
			b.WriteString("<" + t.name + ` xsi:type="dcterms:W3CDTF">`)
			b.WriteString(t.t.UTC().Format("2006-01-02T15:04:05Z"))
			b.WriteString("</" + t.name + ">")
		}
	}
	elem("dc:language", p.Language)
	elem("cp:version", p.Version)
	b.WriteString(`</cp:coreProperties>`)
	return b.Bytes()
}

// appXML is docProps/app.xml.
func (p *Properties) appXML(extra string) []byte {
	var b bytes.Buffer
	b.WriteString(xmlHeader)
	b.WriteString(`<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`)
	b.WriteString(`<Application>github.com/dkgdpr/gdpr</Application><DocSecurity>0</DocSecurity>`)
	b.WriteString(extra)
	if c := oneLine(p.Company); c != "" {
		b.WriteString("<Company>")
		escape(&b, c, true)
		b.WriteString("</Company>")
	}
	b.WriteString(`</Properties>`)
	return b.Bytes()
}

// oneLine joins the words of s with single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// escape writes s as XML character data: the markup characters as
// references (quotes too when attr), invalid UTF-8 as U+FFFD, and the
// characters XML 1.0 forbids dropped. Tabs and line breaks are kept.
func escape(b *bytes.Buffer, s string, attr bool) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == '<':
				b.WriteString("&lt;")
			case c == '>':
				b.WriteString("&gt;")
			case c == '&':
				b.WriteString("&amp;")
			case c == '"' && attr:
				b.WriteString("&quot;")
			case c == '\n' || c == '\t' || c == '\r':
				if attr {
					b.WriteString("&#" + strconv.Itoa(int(c)) + ";")
				} else {
					b.WriteByte(c)
				}
			case c < 0x20 || c == 0x7f:
				// dropped
			default:
				b.WriteByte(c)
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if validRune(r) && !(r >= 0x80 && r <= 0x9f) {
			b.WriteRune(r)
		}
	}
}

// validRune reports whether r is a character of XML 1.0 (§2.2) at or
// above U+0020.
func validRune(r rune) bool {
	return (r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF)
}

// clean returns s as text that escape writes unchanged apart from the
// markup characters: CR LF and CR become LF, invalid UTF-8 becomes U+FFFD,
// other control characters except tabs and forbidden characters are
// dropped.
func clean(s string) string {
	ok := true
	for _, r := range s {
		if r == utf8.RuneError || r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r <= 0x9f || !validRune(r) && r >= 0x20 {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var b strings.Builder
	for _, r := range strings.ToValidUTF8(s, "\uFFFD") {
		switch {
		case r == '\r':
			b.WriteByte('\n')
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r < 0x20 || r >= 0x7f && r <= 0x9f || !validRune(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
