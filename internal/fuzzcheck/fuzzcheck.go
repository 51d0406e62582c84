// Package fuzzcheck holds the fuzz machinery the record packages share:
// a lister that reads a package's source for its exported decoders and
// validators and checks that a fuzz target covers each, and fuzz bodies
// for the decoders of enumerations.
//
// A package keeps its own table of fuzz targets and the decisions it runs
// on a decoded value:
//
//	func TestEveryDecoderHasAFuzzTarget(t *testing.T) {
//		fuzzcheck.Targets(t, fuzzTargets, func(name string) bool { return strings.HasPrefix(name, "Parse") })
//	}
//
//	func FuzzBand(f *testing.F) {
//		fuzzcheck.AddCodes(f, risk.Bands())
//		f.Fuzz(func(t *testing.T, s string) { fuzzcheck.Code(t, s, risk.ParseBand, risk.ErrUnknownCode) })
//	}
package fuzzcheck

import (
	"database/sql"
	"encoding"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Targets lists the exported decoders and validators of the package in
// the working directory (see [Decoders]) and requires each to be named by
// a fuzz target in targets (a map from the target's name to the decoders
// it reaches), each target to exist, and each named decoder to be one.
func Targets(t *testing.T, targets map[string][]string, isDecoder func(name string) bool) {
	t.Helper()
	decoders, found := Decoders(t, isDecoder)
	var covered []string
	for target, ds := range targets {
		assert.True(t, found[target], "fuzz target %s does not exist", target)
		covered = append(covered, ds...)
	}
	for _, d := range decoders {
		assert.Contains(t, covered, d, "%s has no fuzz target", d)
	}
	for _, d := range covered {
		assert.Contains(t, decoders, d, "the fuzz targets name %s, which is not an exported decoder or validator", d)
	}
	t.Logf("%d decoders and validators, %d fuzz targets", len(decoders), len(targets))
}

// Decoders parses the Go files of the working directory (the package
// under test) and returns its exported decoders and validators, sorted,
// as "ParseX" (and any other function isDecoder accepts), "ParseJSON[T]"
// for each type of ParseJSON's constraint, "(*T).UnmarshalText",
// "(*T).UnmarshalJSON", "(*T).Scan" and "(T).ValidateX"; and the Fuzz
// functions of its tests.
func Decoders(t *testing.T, isDecoder func(name string) bool) (decoders []string, targets map[string]bool) {
	t.Helper()
	fset := token.NewFileSet()
	entries, err := os.ReadDir(".")
	require.NoError(t, err)
	targets = map[string]bool{}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") {
			continue
		}
		f, err := parser.ParseFile(fset, e.Name(), nil, 0)
		require.NoError(t, err)
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || !fn.Name.IsExported() {
				continue
			}
			name := fn.Name.Name
			if strings.HasSuffix(e.Name(), "_test.go") {
				if strings.HasPrefix(name, "Fuzz") {
					targets[name] = true
				}
				continue
			}
			if fn.Recv == nil {
				switch {
				case name == "ParseJSON" && fn.Type.TypeParams != nil:
					for _, typ := range unionTypes(fn.Type.TypeParams.List[0].Type) {
						decoders = append(decoders, "ParseJSON["+typ+"]")
					}
				case isDecoder(name):
					decoders = append(decoders, name)
				}
				continue
			}
			switch {
			case name == "UnmarshalText", name == "UnmarshalJSON", name == "Scan", strings.HasPrefix(name, "Validate"):
				decoders = append(decoders, "("+recvName(fn.Recv.List[0].Type)+")."+name)
			}
		}
	}
	slices.Sort(decoders)
	return slices.Compact(decoders), targets
}

func unionTypes(e ast.Expr) []string {
	switch x := e.(type) {
	case *ast.BinaryExpr:
		return append(unionTypes(x.X), unionTypes(x.Y)...)
	case *ast.Ident:
		return []string{x.Name}
	}
	return nil
}

func recvName(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.StarExpr:
		return "*" + recvName(x.X)
	case *ast.Ident:
		return x.Name
	}
	return "?"
}

// Codec is an enumeration as its decoders see it: the pointer side of T.
type Codec[T any] interface {
	*T
	encoding.TextMarshaler
	encoding.TextUnmarshaler
	sql.Scanner
}

// Code checks every decoder of one enumeration on s: ParseT (parse),
// UnmarshalText and Scan (string and []byte) agree; an error wraps
// gdpr.ErrInvalid and unknown (the package's ErrUnknownCode) and describes
// s rather than quote it unless s is [CodeLike]; a value that decodes
// encodes and decodes back to itself.
func Code[T comparable, P Codec[T]](t *testing.T, s string, parse func(string) (T, error), unknown error) {
	t.Helper()
	v, err := parse(s)
	var fromText, fromScan, fromBytes T
	terr := P(&fromText).UnmarshalText([]byte(s))
	serr := P(&fromScan).Scan(s)
	berr := P(&fromBytes).Scan([]byte(s))
	if (err == nil) != (terr == nil) || (err == nil) != (serr == nil) || (err == nil) != (berr == nil) {
		t.Fatalf("decoders disagree on %q: %v, %v, %v, %v", s, err, terr, serr, berr)
	}
	if err != nil {
		for _, e := range []error{err, terr, serr, berr} {
			if !errors.Is(e, gdpr.ErrInvalid) || !errors.Is(e, unknown) {
				t.Fatalf("error %v does not wrap gdpr.ErrInvalid and ErrUnknownCode", e)
			}
		}
		_, neutral := parse("\x01")
		if len(s) >= 8 && strings.Contains(err.Error(), s) && !strings.Contains(neutral.Error(), s) && !CodeLike(s) {
			t.Fatalf("the error quotes an input that is not code-like: %v", err)
		}
		return
	}
	if fromText != v || fromScan != v || fromBytes != v {
		t.Fatalf("decoders disagree on %q: %v, %v, %v, %v", s, v, fromText, fromScan, fromBytes)
	}
	b, err := P(&v).MarshalText()
	if err != nil {
		t.Fatalf("%q decodes but does not encode: %v", s, err)
	}
	if back, err := parse(string(b)); err != nil || back != v {
		t.Fatalf("%q decodes, encodes as %q, decodes to %v, %v", s, b, back, err)
	}
}

// CodeLike mirrors the rule of what an error may quote: at most 40 bytes
// of letters of one case, digits (at most four) and "_-.:/()".
func CodeLike(s string) bool {
	if len(s) > 40 {
		return false
	}
	digits, lower, upper := 0, false, false
	for _, c := range []byte(s) {
		switch {
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= '0' && c <= '9':
			digits++
		case strings.IndexByte("_-.:/()", c) >= 0:
		default:
			return false
		}
	}
	return digits <= 4 && !(lower && upper)
}

// AddCodes seeds f with the codes of an enumeration, each also in upper
// case, then extra, then inputs no code is: empty, blank, a NUL, a name
// and a CPR number.
func AddCodes[T interface{ String() string }](f *testing.F, values []T, extra ...string) {
	for _, v := range values {
		f.Add(v.String())
		f.Add(strings.ToUpper(v.String()))
	}
	for _, s := range append(extra, "", " ", "x", "\x00", "Markus Markersen", "070761-4285") {
		f.Add(s)
	}
}
