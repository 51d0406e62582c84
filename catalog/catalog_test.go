package catalog_test

import (
	"cmp"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
	"github.com/dkgdpr/gdpr/catalog"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/dkgdpr/gdpr/screening"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// lists are the rule lists of the packages, named here independently of
// the catalogue's own table, so a package left out of the catalogue fails
// the test.
var lists = map[string]func() []gdpr.Rule{
	"breach":    breach.Rules,
	"dpa":       dpa.Rules,
	"gdpr":      gdpr.Rules,
	"overview":  overview.Rules,
	"rights":    rights.Rules,
	"risk":      risk.Rules,
	"ropa":      ropa.Rules,
	"screening": screening.Rules,
	"dpia":      dpia.Rules,
}

// idPattern is a rule id: package.snake_case (style.md; architecture.md).
var idPattern = regexp.MustCompile(`^[a-z][a-z0-9]*\.[a-z][a-z0-9]*(_[a-z0-9]+)*$`)

func TestCatalogueIsWellFormed(t *testing.T) {
	all := catalog.All()
	require.NotEmpty(t, all)
	names := catalog.Names()
	seen := map[string]bool{}
	for _, r := range all {
		t.Run(r.ID, func(t *testing.T) {
			assert.Regexp(t, idPattern, r.ID, "an id is package.snake_case")
			assert.Contains(t, names, catalog.Prefix(r.ID), "the id names a catalogued package")
			assert.False(t, seen[r.ID], "id %s is listed twice", r.ID)
			seen[r.ID] = true
			assert.True(t, r.Severity.Valid(), "severity %v", r.Severity)
			for what, s := range map[string]string{"reference": r.Reference.En, "Danish text": r.Text.Da, "English text": r.Text.En} {
				assert.NotEmpty(t, s, "the rule has a %s", what)
				assert.Equal(t, strings.TrimSpace(s), s, "the %s has no leading or trailing space", what)
				assert.False(t, strings.ContainsFunc(s, unicode.IsControl), "the %s has no line breaks or control characters", what)
			}
			assert.NotEqual(t, r.Text.Da, r.Text.En, "the Danish text is not the English one")
		})
	}
	sorted := slices.IsSortedFunc(all, func(a, b gdpr.Rule) int {
		return cmp.Or(cmp.Compare(catalog.Prefix(a.ID), catalog.Prefix(b.ID)), cmp.Compare(a.ID, b.ID))
	})
	assert.True(t, sorted, "All is sorted by package, then by id")
}

func TestEachPackageIsCatalogued(t *testing.T) {
	names := catalog.Names()
	assert.True(t, slices.IsSorted(names), "packages are sorted by name")
	keys := make([]string, 0, len(lists))
	for name := range lists {
		keys = append(keys, name)
	}
	slices.Sort(keys)
	assert.Equal(t, keys, names, "the catalogue has exactly the packages with rule lists")

	byName := map[string]catalog.Package{}
	for _, p := range catalog.ByPackage() {
		byName[p.Name] = p
	}
	for name, list := range lists {
		t.Run(name, func(t *testing.T) {
			p, ok := byName[name]
			require.True(t, ok, "package %s is in the catalogue", name)
			wantPath := catalog.Module + "/" + name
			if name == "gdpr" {
				wantPath = catalog.Module
			}
			assert.Equal(t, wantPath, p.Path)
			assert.NotEmpty(t, p.Title.Da)
			assert.NotEmpty(t, p.Title.En)

			rules := list()
			ids := map[string]bool{}
			var own []gdpr.Rule
			for _, r := range rules {
				assert.False(t, ids[r.ID], "%s.Rules lists %s twice", name, r.ID)
				ids[r.ID] = true
				if catalog.Prefix(r.ID) == name {
					own = append(own, r)
					continue
				}
				// A rule of a package below (ropa lists gdpr.*): the
				// catalogue has it, identical, under its own package.
				got, ok := catalog.Lookup(r.ID)
				if assert.True(t, ok, "%s.Rules lists %s, which the catalogue lacks", name, r.ID) {
					assert.Equal(t, r, got, "%s.Rules and the catalogue disagree on %s", name, r.ID)
				}
				assert.Contains(t, byName[catalog.Prefix(r.ID)].Rules, r)
			}
			assert.ElementsMatch(t, own, p.Rules, "the catalogue's %s rules are the package's Rules()", name)
		})
	}
}

func TestAllIsByPackageFlattened(t *testing.T) {
	var flat []gdpr.Rule
	for _, p := range catalog.ByPackage() {
		assert.True(t, slices.IsSortedFunc(p.Rules, func(a, b gdpr.Rule) int { return cmp.Compare(a.ID, b.ID) }),
			"the rules of %s are sorted by id", p.Name)
		flat = append(flat, p.Rules...)
	}
	assert.Equal(t, flat, catalog.All())
}

func TestResultsAreFreshCopies(t *testing.T) {
	want := catalog.All()
	all := catalog.All()
	all[0].ID = "changed.by_a_caller"
	all[0].Text.Da = "ændret"
	pkgs := catalog.ByPackage()
	pkgs[0].Rules[0].Reference = gdpr.Cite("changed")
	pkgs[0].Rules = nil
	names := catalog.Names()
	names[0] = "changed"
	assert.Equal(t, want, catalog.All(), "changing a result does not change the catalogue")
	assert.NotEqual(t, "changed", catalog.Names()[0])
}

func TestLookup(t *testing.T) {
	for _, r := range catalog.All() {
		got, ok := catalog.Lookup(r.ID)
		if assert.True(t, ok, r.ID) {
			assert.Equal(t, r, got)
		}
	}
	for _, id := range []string{"", "ropa", "ropa.", ".retention_missing", "ropa.no_such_rule", "nopkg.retention_missing",
		"ROPA.RETENTION_MISSING", " ropa.retention_missing", "gdpr.art6_basis_missing.x"} {
		_, ok := catalog.Lookup(id)
		assert.False(t, ok, "%q is not a rule", id)
	}
	r, ok := catalog.Lookup("gdpr.art6_basis_missing")
	require.True(t, ok, "a gdpr.* rule listed by the root package and by ropa")
	assert.Equal(t, "GDPR art. 6(1)", r.Reference.En)
}

func TestPrefix(t *testing.T) {
	tests := []struct{ name, id, want string }{
		{"a package rule", "ropa.retention_missing", "ropa"},
		{"a root rule", "gdpr.cpr_basis_missing", "gdpr"},
		{"no dot", "retention", ""},
		{"empty", "", ""},
		{"the first dot counts", "a.b.c", "a"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, catalog.Prefix(tc.id))
		})
	}
}

// TestEveryPackageWithRulesIsInTheCatalogue scans the module for packages
// that declare a rule list (an exported function without parameters that
// returns []gdpr.Rule) and fails for any the catalogue leaves out: a new
// package (dpia) cannot land without its rules being catalogued.
func TestEveryPackageWithRulesIsInTheCatalogue(t *testing.T) {
	root := ".."
	found := map[string]string{} // package name -> directory
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		switch base := d.Name(); {
		case path == root:
		case strings.HasPrefix(base, ".") || strings.HasPrefix(base, "_"),
			base == "testdata", base == "internal", base == "examples", base == "catalog", base == "gdprtest":
			return filepath.SkipDir
		}
		name, ok, err := declaresRules(path)
		if err != nil {
			return err
		}
		if ok {
			found[name] = path
		}
		return nil
	})
	require.NoError(t, err)
	require.Contains(t, found, "gdpr", "the root package declares the gdpr.* rules")
	require.Contains(t, found, "ropa")
	names := catalog.Names()
	for name, dir := range found {
		assert.Contains(t, names, name, "package %s (%s) has a rule list that the catalogue lacks: add it to catalog.go and to this test's lists", name, dir)
	}
}

// declaresRules reports whether the non-test Go files in dir declare an
// exported function without parameters returning []gdpr.Rule ([]Rule in
// package gdpr), and the package's name.
func declaresRules(dir string) (string, bool, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return "", false, err
	}
	fset := token.NewFileSet()
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, file, nil, parser.SkipObjectResolution)
		if err != nil {
			return "", false, err
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Recv != nil || !fn.Name.IsExported() || fn.Type.Params.NumFields() != 0 ||
				fn.Type.Results.NumFields() != 1 {
				continue
			}
			arr, ok := fn.Type.Results.List[0].Type.(*ast.ArrayType)
			if !ok || arr.Len != nil {
				continue
			}
			switch elt := arr.Elt.(type) {
			case *ast.SelectorExpr:
				if x, ok := elt.X.(*ast.Ident); ok && x.Name == "gdpr" && elt.Sel.Name == "Rule" {
					return f.Name.Name, true, nil
				}
			case *ast.Ident:
				if f.Name.Name == "gdpr" && elt.Name == "Rule" {
					return f.Name.Name, true, nil
				}
			}
		}
	}
	return "", false, nil
}
