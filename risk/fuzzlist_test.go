package risk_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEveryDecoderHasAFuzzTarget lists the package's exported decoders and
// validators from its source (ParseX functions and each type of ParseJSON,
// NewX constructors that validate, UnmarshalText, UnmarshalJSON, Scan and
// Validate methods) and requires each to be named by a fuzz target in
// fuzzTargets, and each target to exist.
func TestEveryDecoderHasAFuzzTarget(t *testing.T) {
	decoders, targets := exportedDecoders(t, func(name string) bool {
		return strings.HasPrefix(name, "Parse") || name == "NewMatrix" || name == "OS2Preset"
	})
	var covered []string
	for target, ds := range fuzzTargets {
		assert.True(t, targets[target], "fuzz target %s does not exist", target)
		covered = append(covered, ds...)
	}
	for _, d := range decoders {
		assert.Contains(t, covered, d, "%s has no fuzz target", d)
	}
	for _, d := range covered {
		assert.Contains(t, decoders, d, "fuzzTargets names %s, which is not an exported decoder or validator", d)
	}
	t.Logf("%d decoders and validators, %d fuzz targets", len(decoders), len(fuzzTargets))
}

// exportedDecoders parses the package's source and returns its exported
// decoders and validators as "ParseX", "ParseJSON[T]", "(*T).Scan",
// "(T).Validate", and the Fuzz functions of its tests.
func exportedDecoders(t *testing.T, decoderFunc func(string) bool) (decoders []string, targets map[string]bool) {
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
				case name == "ParseJSON":
					for _, typ := range unionTypes(fn.Type.TypeParams.List[0].Type) {
						decoders = append(decoders, "ParseJSON["+typ+"]")
					}
				case decoderFunc(name):
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
	sort.Strings(decoders)
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
	if s, ok := e.(*ast.StarExpr); ok {
		return "*" + recvName(s.X)
	}
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return "?"
}
