package schemagen

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// Module is the import path of the module whose types are described.
const Module = "github.com/dkgdpr/gdpr"

// docs holds the doc comments of the module's types and struct fields, read
// from the source, keyed "pkg.Type" and "pkg.Type.Field" (Go names; pkg is
// the last element of the import path, "gdpr" for the root package).
type docs map[string]string

// readDocs parses the non-test Go files of the given package directories
// (relative to root, "" for the root package) and collects their type and
// field doc comments.
func readDocs(root string, dirs []string) (docs, error) {
	d := make(docs)
	fset := token.NewFileSet()
	for _, dir := range dirs {
		full := filepath.Join(root, filepath.FromSlash(dir))
		entries, err := os.ReadDir(full)
		if err != nil {
			return nil, fmt.Errorf("schemagen: reading the sources of %q: %w", dir, err)
		}
		for _, e := range entries {
			name := e.Name()
			if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, filepath.Join(full, name), nil, parser.ParseComments|parser.SkipObjectResolution)
			if err != nil {
				return nil, fmt.Errorf("schemagen: %w", err)
			}
			d.add(f)
		}
	}
	return d, nil
}

func (d docs) add(f *ast.File) {
	pkg := f.Name.Name
	for _, decl := range f.Decls {
		gen, ok := decl.(*ast.GenDecl)
		if !ok || gen.Tok != token.TYPE {
			continue
		}
		for _, spec := range gen.Specs {
			ts := spec.(*ast.TypeSpec)
			doc := ts.Doc
			if doc == nil && len(gen.Specs) == 1 {
				doc = gen.Doc
			}
			key := pkg + "." + ts.Name.Name
			d[key] = cleanDoc(doc.Text())
			st, ok := ts.Type.(*ast.StructType)
			if !ok {
				continue
			}
			for _, field := range st.Fields.List {
				text := cleanDoc(field.Doc.Text())
				if c := cleanDoc(field.Comment.Text()); c != "" {
					text = joinText(text, c)
				}
				for _, n := range fieldNames(field) {
					d[key+"."+n] = text
				}
			}
		}
	}
}

// fieldNames returns the names a struct field declares; an embedded field
// is named by its type.
func fieldNames(f *ast.Field) []string {
	if len(f.Names) > 0 {
		out := make([]string, len(f.Names))
		for i, n := range f.Names {
			out[i] = n.Name
		}
		return out
	}
	t := f.Type
	if s, ok := t.(*ast.StarExpr); ok {
		t = s.X
	}
	switch t := t.(type) {
	case *ast.Ident:
		return []string{t.Name}
	case *ast.SelectorExpr:
		return []string{t.Sel.Name}
	}
	return nil
}

// docLink matches a Go doc link such as [Record.Validate] or [gdpr.Date].
var docLink = regexp.MustCompile(`\[((?:[a-z]\w*\.)?\*?[A-Z]\w*(?:\.[A-Z]\w*)?)\]`)

// cleanDoc turns a doc comment into paragraphs of single lines, separated
// by blank lines, with doc links written as plain names. Lines indented as
// code or list items keep their own line.
func cleanDoc(text string) string {
	text = strings.TrimSpace(text)
	if text == "" {
		return ""
	}
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = nil
		}
	}
	for _, line := range strings.Split(text, "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			flush()
		case strings.HasPrefix(line, " ") || strings.HasPrefix(line, "\t"):
			// A list item or a code line: its own line; a list item's
			// continuation joins it.
			last := ""
			if len(cur) > 0 {
				last = cur[len(cur)-1]
			}
			if !strings.HasPrefix(trimmed, "- ") && strings.HasPrefix(last, "\n- ") {
				cur[len(cur)-1] += " " + trimmed
			} else {
				cur = append(cur, "\n"+trimmed)
			}
		default:
			cur = append(cur, trimmed)
		}
	}
	flush()
	out := strings.Join(paras, "\n\n")
	out = strings.ReplaceAll(out, " \n", "\n")
	out = strings.TrimPrefix(out, "\n")
	out = strings.ReplaceAll(out, "\n\n\n", "\n\n")
	return docLink.ReplaceAllString(out, "$1")
}

// firstParagraph returns the text up to the first blank line.
func firstParagraph(s string) string {
	p, _, _ := strings.Cut(s, "\n\n")
	return p
}

// firstSentence returns the first sentence of s: up to the first ". "
// outside parentheses, or the first paragraph.
func firstSentence(s string) string {
	p := firstParagraph(s)
	p, _, _ = strings.Cut(p, "\n")
	depth := 0
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case '.':
			if depth == 0 && i+1 < len(p) && p[i+1] == ' ' && !abbreviation(p[:i]) {
				return p[:i+1]
			}
		}
	}
	return p
}

// abbreviation reports whether the text before a full stop ends with an
// abbreviation that does not end a sentence ("art.", "e.g.", "stk.").
func abbreviation(before string) bool {
	i := strings.LastIndexAny(before, " (")
	w := strings.ToLower(before[i+1:])
	switch w {
	case "art", "e.g", "i.e", "stk", "nr", "no", "f", "ff", "jf", "fx", "bl.a", "cf", "vs", "etc", "mv", "pkt":
		return true
	}
	return len(w) == 1
}

func joinText(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "\n\n" + b
}
