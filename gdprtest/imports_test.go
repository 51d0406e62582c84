package gdprtest_test

import (
	"go/build"
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const module = "github.com/dkgdpr/gdpr"

// allowedDeps are the modules outside the standard library that the
// module's non-test code may use: a host that imports any package of the
// module has them already.
var allowedDeps = []string{"github.com/shopspring/decimal", "golang.org/x/text"}

// std reports whether an import path is in the standard library: its
// first element has no dot.
func std(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

func within(path, prefix string) bool {
	return path == prefix || strings.HasPrefix(path, prefix+"/")
}

// TestImportsOnlyStdAndThisModule: gdprtest is imported by host test
// suites, so it must add nothing to a host's dependencies. Its own files
// import only the standard library and this module.
func TestImportsOnlyStdAndThisModule(t *testing.T) {
	p, err := build.ImportDir(".", 0)
	require.NoError(t, err)
	require.NotEmpty(t, p.Imports)
	for _, imp := range p.Imports {
		assert.True(t, std(imp) || within(imp, module), "gdprtest imports %s: only the standard library and %s are allowed", imp, module)
	}
}

// TestNoTestifyBehindTheImports: and nothing it imports, however
// indirectly, brings in testify or any module beyond the module's own
// dependencies.
func TestNoTestifyBehindTheImports(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not available:", err)
	}
	out, err := exec.Command(gobin, "list", "-e", "-deps", "-f", "{{if not .Standard}}{{.ImportPath}}{{end}}", ".").Output()
	require.NoError(t, err)
	deps := strings.Fields(string(out))
	require.Contains(t, deps, module+"/gdprtest", "go list lists the package itself")
	for _, dep := range deps {
		ok := within(dep, module)
		for _, a := range allowedDeps {
			ok = ok || within(dep, a)
		}
		assert.True(t, ok, "gdprtest depends on %s, which a host would have to add", dep)
		assert.NotContains(t, dep, "testify")
	}
}
