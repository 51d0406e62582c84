// Command enumgen writes the method set of every enumeration of a package
// from its one table, an enum.Def literal.
//
// A table looks like this:
//
//	var consequenceDef = enum.Def[Consequence]{Type: "Consequence", Kind: "risk: consequence", ...}
//
// For each such table it writes String, Valid, Label, MarshalText,
// UnmarshalText, Scan, Value and ParseT into enum_gen.go, each one call into
// the table, leaving out any method the package writes by hand (a scale that
// also accepts digits, say). Run it with go generate in the package's
// directory:
//
//	//go:generate go run github.com/dkgdpr/gdpr/internal/cmd/enumgen
package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// genFile is the name of the generated file in each package.
const genFile = "enum_gen.go"

func main() {
	dir, err := os.Getwd()
	if err == nil {
		err = writeDir(dir)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "enumgen:", err)
		os.Exit(1)
	}
}

// writeDir generates the enum methods of the package in dir, or removes the
// generated file when the package has no table.
func writeDir(dir string) error {
	src, err := generate(dir)
	if err != nil {
		return err
	}
	path := filepath.Join(dir, genFile)
	if src == nil {
		if err := os.Remove(path); err != nil && !os.IsNotExist(err) {
			return err
		}
		return nil
	}
	return os.WriteFile(path, src, 0o644)
}

// table is one enum.Def literal: the name of its variable and of its type.
type table struct {
	Var, Type string
}

// pkgInfo is what the generator reads of a package.
type pkgInfo struct {
	Name    string
	Tables  []table
	Methods map[string]map[string]bool // type -> method names written by hand
	Recv    map[string]string          // type -> receiver name of its hand-written methods
	Funcs   map[string]bool            // package-level functions written by hand
	Uint8s  []string                   // exported types whose underlying type is uint8
}

// read parses the non-test Go files of dir, except the generated one.
func read(dir string) (*pkgInfo, error) {
	fset := token.NewFileSet()
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	info := &pkgInfo{Methods: map[string]map[string]bool{}, Recv: map[string]string{}, Funcs: map[string]bool{}}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") || name == genFile {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		info.Name = f.Name.Name
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					info.Funcs[d.Name.Name] = true
					continue
				}
				t := recvType(d.Recv.List[0].Type)
				if info.Methods[t] == nil {
					info.Methods[t] = map[string]bool{}
				}
				info.Methods[t][d.Name.Name] = true
				if names := d.Recv.List[0].Names; len(names) == 1 && names[0].Name != "_" {
					info.Recv[t] = names[0].Name
				}
			case *ast.GenDecl:
				for _, s := range d.Specs {
					switch s := s.(type) {
					case *ast.TypeSpec:
						if id, ok := s.Type.(*ast.Ident); ok && id.Name == "uint8" && s.Name.IsExported() && s.Assign == 0 {
							info.Uint8s = append(info.Uint8s, s.Name.Name)
						}
					case *ast.ValueSpec:
						for i, v := range s.Values {
							if t, ok := defType(v); ok {
								info.Tables = append(info.Tables, table{Var: s.Names[i].Name, Type: t})
							}
						}
					}
				}
			}
		}
	}
	sort.Slice(info.Tables, func(i, j int) bool { return info.Tables[i].Type < info.Tables[j].Type })
	sort.Strings(info.Uint8s)
	return info, nil
}

// recvType returns the name of a receiver's type, T or *T.
func recvType(e ast.Expr) string {
	if s, ok := e.(*ast.StarExpr); ok {
		e = s.X
	}
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// defType reports whether e is an enum.Def[T]{...} literal (or &enum.Def...)
// and returns T.
func defType(e ast.Expr) (string, bool) {
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = u.X
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return "", false
	}
	ix, ok := lit.Type.(*ast.IndexExpr)
	if !ok {
		return "", false
	}
	sel, ok := ix.X.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Def" {
		return "", false
	}
	if pkg, ok := sel.X.(*ast.Ident); !ok || pkg.Name != "enum" {
		return "", false
	}
	t, ok := ix.Index.(*ast.Ident)
	if !ok {
		return "", false
	}
	return t.Name, true
}

// generate returns the source of the generated file of dir, or nil when
// the package has no table.
func generate(dir string) ([]byte, error) {
	info, err := read(dir)
	if err != nil {
		return nil, err
	}
	if len(info.Tables) == 0 {
		return nil, nil
	}
	var body bytes.Buffer
	needDriver, needLanguage := false, false
	for _, t := range info.Tables {
		has := info.Methods[t.Type]
		r := info.Recv[t.Type]
		if r == "" {
			r = strings.ToLower(t.Type[:1])
		}
		w := func(name, format string, args ...any) {
			if has[name] {
				return
			}
			fmt.Fprintf(&body, format, args...)
			body.WriteString("\n")
		}
		w("String", "// String returns the stable code of %[2]s, or %[1]q plus its number for an\n// invalid value.\nfunc (%[2]s %[1]s) String() string { return %[3]s.String(%[2]s) }\n", t.Type, r, t.Var)
		w("Valid", "// Valid reports whether %[2]s is a defined %[1]s; the zero value (not set) is\n// not.\nfunc (%[2]s %[1]s) Valid() bool { return %[3]s.Valid(%[2]s) }\n", t.Type, r, t.Var)
		if !has["Label"] {
			needLanguage = true
		}
		w("Label", "// Label returns the Danish name of %[2]s, or the English one for an English\n// tag.\nfunc (%[2]s %[1]s) Label(tag language.Tag) string { return %[3]s.Label(%[2]s, tag) }\n", t.Type, r, t.Var)
		w("MarshalText", "// MarshalText encodes %[2]s as its code; the zero value encodes as \"\".\nfunc (%[2]s %[1]s) MarshalText() ([]byte, error) { return %[3]s.Marshal(%[2]s) }\n", t.Type, r, t.Var)
		w("UnmarshalText", "// UnmarshalText decodes a code; \"\" gives the zero value and an unknown\n// code is an error.\nfunc (%[2]s *%[1]s) UnmarshalText(b []byte) error { return %[3]s.Unmarshal(%[2]s, b) }\n", t.Type, r, t.Var)
		w("Scan", "// Scan implements sql.Scanner: NULL is the zero value, text is a code.\nfunc (%[2]s *%[1]s) Scan(src any) error { return %[3]s.Scan(%[2]s, src) }\n", t.Type, r, t.Var)
		if !has["Value"] {
			needDriver = true
		}
		w("Value", "// Value implements driver.Valuer: the code, or NULL for the zero value.\nfunc (%[2]s %[1]s) Value() (driver.Value, error) { return %[3]s.Value(%[2]s) }\n", t.Type, r, t.Var)
		if !info.Funcs["Parse"+t.Type] {
			fmt.Fprintf(&body, "// Parse%[1]s parses a code of %[1]s; \"\" gives the zero value and an\n// unknown code is an error that matches gdpr.ErrInvalid.\nfunc Parse%[1]s(s string) (%[1]s, error) { return %[2]s.Parse(s) }\n\n", t.Type, t.Var)
		}
	}
	var out bytes.Buffer
	fmt.Fprintf(&out, "// Code generated by enumgen from the enum.Def tables; DO NOT EDIT.\n\npackage %s\n\n", info.Name)
	switch {
	case needDriver && needLanguage:
		out.WriteString("import (\n\t\"database/sql/driver\"\n\n\t\"golang.org/x/text/language\"\n)\n\n")
	case needDriver:
		out.WriteString("import \"database/sql/driver\"\n\n")
	case needLanguage:
		out.WriteString("import \"golang.org/x/text/language\"\n\n")
	}
	out.Write(body.Bytes())
	return format.Source(out.Bytes())
}
