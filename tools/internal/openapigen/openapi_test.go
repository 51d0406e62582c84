package openapigen

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr/api"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const moduleRoot = "../../.."

const regenerate = "run `cd tools && go run ./cmd/genopenapi` and commit the result"

var generated = sync.OnceValues(func() ([]byte, error) { return Generate(moduleRoot) })

func doc(t *testing.T) []byte {
	t.Helper()
	b, err := generated()
	require.NoError(t, err)
	return b
}

// The committed document is exactly what the generator makes of the
// registry now; the command dkgdpr embeds and serves that file.
func TestOpenAPIUpToDate(t *testing.T) {
	got, err := os.ReadFile(filepath.Join(moduleRoot, "schema", "openapi.json"))
	require.NoError(t, err, "schema/openapi.json is missing: %s", regenerate)
	assert.True(t, bytes.Equal(doc(t), got), "schema/openapi.json is out of date with the registry: %s", regenerate)
}

// Generating twice gives the same bytes.
func TestGenerateIsDeterministic(t *testing.T) {
	again, err := Generate(moduleRoot)
	require.NoError(t, err)
	assert.True(t, bytes.Equal(doc(t), again))
}

// Every operation of the registry has its path, and no path is left
// without one.
func TestEveryOperationHasAPath(t *testing.T) {
	var d struct {
		Paths map[string]map[string]struct {
			OperationID string `json:"operationId"`
		} `json:"paths"`
	}
	require.NoError(t, json.Unmarshal(doc(t), &d))
	want := map[string]bool{"/healthz": true, "/openapi.json": true}
	for _, op := range api.Operations() {
		want["/v1/"+op.Name] = true
		post, ok := d.Paths["/v1/"+op.Name]["post"]
		if assert.True(t, ok, "no POST /v1/%s", op.Name) {
			assert.Equal(t, operationID(op.Name), post.OperationID)
		}
	}
	for p := range d.Paths {
		assert.True(t, want[p], "%s is no operation of the registry", p)
	}
}

func TestOperationID(t *testing.T) {
	for name, want := range map[string]string{
		"rights/deadline":           "rightsDeadline",
		"ropa/import-os2compliance": "ropaImportOs2compliance",
		"catalog/rules":             "catalogRules",
	} {
		assert.Equal(t, want, operationID(name), name)
	}
}

// compiler holds the document, so that its component schemas can be
// compiled by reference, with format assertions on.
func compiler(t *testing.T) *jsonschema.Compiler {
	t.Helper()
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc(t)))
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	require.NoError(t, c.AddResource("openapi.json", v))
	return c
}

func validate(t *testing.T, c *jsonschema.Compiler, schema string, body []byte) {
	t.Helper()
	s, err := c.Compile("openapi.json#/components/schemas/" + schema)
	require.NoError(t, err)
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(body))
	require.NoError(t, err)
	assert.NoError(t, s.Validate(v), "%s: %s", schema, body)
}

// Each operation's example request, its response and the problems of an
// invalid request are valid against the document's schemas.
func TestDocumentDescribesRealOutput(t *testing.T) {
	c := compiler(t)
	now := time.Date(2025, 2, 3, 9, 0, 0, 0, time.UTC)
	for _, op := range api.Operations() {
		t.Run(op.Name, func(t *testing.T) {
			name := func(t interface{ Name() string }) string { return "api." + t.Name() }
			validate(t, c, name(op.Request), []byte(op.Example))
			r, err := op.Call([]byte(op.Example), now)
			require.NoError(t, err)
			b, err := json.Marshal(r.Response)
			require.NoError(t, err)
			validate(t, c, name(op.Response), b)

			bad := strings.Replace(op.Example, "{", `{"unknownMember": 1, `, 1)
			_, err = op.Call([]byte(bad), now)
			require.Error(t, err)
			b, err = json.Marshal(api.Invalid(err))
			require.NoError(t, err)
			validate(t, c, "api.ProblemDetails", b)
		})
	}
}
