package ooxml

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"slices"
	"strings"
)

// Part is one file of a package, as [Check] reads it.
type Part struct {
	Name string
	Data []byte
}

// Check reads a package (a .docx or .xlsx file) and checks its structure:
// every part is well-formed XML, [Content_Types].xml gives every part a
// type, every relationship's target is a part, and every part but the
// content types and the relationships is the target of one. It returns
// the parts in the order of the archive, for tests and for review.
func Check(data []byte) ([]Part, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	var parts []Part
	names := map[string]bool{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(io.LimitReader(rc, 64<<20))
		rc.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.Name, err)
		}
		if names[f.Name] {
			return nil, fmt.Errorf("%s: twice in the archive", f.Name)
		}
		names[f.Name] = true
		if err := wellFormed(b); err != nil {
			return nil, fmt.Errorf("%s: %w", f.Name, err)
		}
		parts = append(parts, Part{f.Name, b})
	}
	var types struct {
		Default []struct {
			Extension string `xml:",attr"`
		}
		Override []struct {
			PartName string `xml:",attr"`
		}
	}
	ct := find(parts, "[Content_Types].xml")
	if ct == nil {
		return nil, errors.New("no [Content_Types].xml")
	}
	if err := xml.Unmarshal(ct, &types); err != nil {
		return nil, err
	}
	targeted := map[string]bool{}
	for _, p := range parts {
		if p.Name == "[Content_Types].xml" {
			continue
		}
		typed := slices.ContainsFunc(types.Override, func(o struct {
			PartName string `xml:",attr"`
		}) bool {
			return o.PartName == "/"+p.Name
		})
		ext := path.Ext(p.Name)
		if ext == ".rels" {
			typed = typed || slices.ContainsFunc(types.Default, func(d struct {
				Extension string `xml:",attr"`
			}) bool {
				return d.Extension == "rels"
			})
			var rels struct {
				Relationship []struct {
					Target     string `xml:",attr"`
					TargetMode string `xml:",attr"`
				}
			}
			if err := xml.Unmarshal(p.Data, &rels); err != nil {
				return nil, fmt.Errorf("%s: %w", p.Name, err)
			}
			// word/_rels/document.xml.rels is relative to word/.
			base := path.Dir(path.Dir(p.Name))
			for _, r := range rels.Relationship {
				if r.TargetMode == "External" {
					continue
				}
				target := strings.TrimPrefix(path.Join(base, r.Target), "/")
				if strings.HasPrefix(r.Target, "/") {
					target = strings.TrimPrefix(r.Target, "/")
				}
				if !names[target] {
					return nil, fmt.Errorf("%s: relationship to missing part %s", p.Name, target)
				}
				targeted[target] = true
			}
		} else if !typed {
			return nil, fmt.Errorf("%s: no content type", p.Name)
		}
	}
	for _, p := range parts {
		if p.Name != "[Content_Types].xml" && path.Ext(p.Name) != ".rels" && !targeted[p.Name] {
			return nil, fmt.Errorf("%s: no relationship names it", p.Name)
		}
	}
	for _, o := range types.Override {
		if !names[strings.TrimPrefix(o.PartName, "/")] {
			return nil, fmt.Errorf("[Content_Types].xml: type of missing part %s", o.PartName)
		}
	}
	return parts, nil
}

func find(parts []Part, name string) []byte {
	for _, p := range parts {
		if p.Name == name {
			return p.Data
		}
	}
	return nil
}

// wellFormed reads b as XML to the end.
func wellFormed(b []byte) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	roots := 0
	depth := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			if roots != 1 {
				return errors.New("not one root element")
			}
			return nil
		}
		if err != nil {
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
			}
			depth++
		case xml.EndElement:
			depth--
		}
	}
}

// Paragraph is a paragraph of a Word document as [Paragraphs] reads it.
type Paragraph struct {
	// Style is the paragraph style's ID ("Heading2"), or "".
	Style string
	// Text is the paragraph's text, line breaks as "\n" and tabs as "\t".
	Text string
	// InTable tells a paragraph in a table cell.
	InTable bool
}

// Paragraphs reads the paragraphs of a .docx file's main document, in
// order, for tests and for review.
func Paragraphs(docx []byte) ([]Paragraph, error) {
	parts, err := Check(docx)
	if err != nil {
		return nil, err
	}
	doc := find(parts, "word/document.xml")
	if doc == nil {
		return nil, errors.New("no word/document.xml")
	}
	const w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	d := xml.NewDecoder(bytes.NewReader(doc))
	var out []Paragraph
	var cur *Paragraph
	var text strings.Builder
	tables, inT, inTabs := 0, false, false
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Space != w {
				continue
			}
			switch t.Name.Local {
			case "tbl":
				tables++
			case "p":
				cur = &Paragraph{InTable: tables > 0}
				text.Reset()
			case "pStyle":
				if cur != nil {
					for _, a := range t.Attr {
						if a.Name.Local == "val" {
							cur.Style = a.Value
						}
					}
				}
			case "t":
				inT = true
			case "br":
				text.WriteByte('\n')
			case "tabs":
				inTabs = true
			case "tab":
				if !inTabs {
					text.WriteByte('\t')
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "tbl":
				tables--
			case "t":
				inT = false
			case "tabs":
				inTabs = false
			case "p":
				if cur != nil {
					cur.Text = text.String()
					out = append(out, *cur)
					cur = nil
				}
			}
		case xml.CharData:
			if inT {
				text.Write(t)
			}
		}
	}
}

// Dump renders parts as text for golden files and review: the main
// document one paragraph, table and row a line, the other parts one tag a
// line.
func Dump(parts []Part) string {
	var b strings.Builder
	for _, p := range parts {
		b.WriteString("== ")
		b.WriteString(p.Name)
		b.WriteByte('\n')
		if p.Name == "word/document.xml" {
			b.WriteString(blockLines.Replace(string(p.Data)))
		} else {
			b.WriteString(strings.ReplaceAll(string(p.Data), "><", ">\n<"))
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// blockLines starts a line at each block of a main document.
var blockLines = strings.NewReplacer("<w:p>", "\n<w:p>", "<w:tbl>", "\n<w:tbl>", "<w:tr>", "\n<w:tr>", "</w:tbl>", "\n</w:tbl>",
	"<w:sectPr>", "\n<w:sectPr>", "<w:body>", "\n<w:body>")
