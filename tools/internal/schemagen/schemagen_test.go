package schemagen

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// moduleRoot is the library's root directory, seen from this package.
const moduleRoot = "../../.."

// schemaDir is the committed schema directory.
var schemaDir = filepath.Join(moduleRoot, "schema")

const regenerate = "run `cd tools && go run ./cmd/genschema` and commit the result"

// generated runs the generator once for all tests.
var generated = sync.OnceValues(func() (result, error) {
	files, used, err := generate(moduleRoot)
	return result{files: files, used: used}, err
})

type result struct {
	files map[string][]byte
	used  map[string]bool
}

func generatedFiles(t *testing.T) result {
	t.Helper()
	r, err := generated()
	require.NoError(t, err)
	return r
}

// The committed schemas and README are exactly what the generator makes of
// the Go types now, and no stale schema file is left.
func TestSchemasUpToDate(t *testing.T) {
	r := generatedFiles(t)
	for name, want := range r.files {
		got, err := os.ReadFile(filepath.Join(schemaDir, name))
		if !assert.NoError(t, err, "schema/%s is missing: %s", name, regenerate) {
			continue
		}
		assert.True(t, bytes.Equal(want, got), "schema/%s is out of date with the Go types: %s", name, regenerate)
	}
	committed, err := filepath.Glob(filepath.Join(schemaDir, "*.schema.json"))
	require.NoError(t, err)
	for _, f := range committed {
		_, ok := r.files[filepath.Base(f)]
		assert.True(t, ok, "schema/%s is no longer generated: %s", filepath.Base(f), regenerate)
	}
}

// Generating twice gives the same bytes.
func TestGenerateIsDeterministic(t *testing.T) {
	r := generatedFiles(t)
	again, err := Generate(moduleRoot)
	require.NoError(t, err)
	require.Equal(t, len(r.files), len(again))
	for name, b := range r.files {
		assert.True(t, bytes.Equal(b, again[name]), "%s differs between two runs", name)
	}
}

// compiler holds every generated schema, checked against the draft 2020-12
// meta-schema when compiled, with format assertions on (date, date-time).
func compiler(t *testing.T) *jsonschema.Compiler {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	for name, b := range generatedFiles(t).files {
		if !strings.HasSuffix(name, ".schema.json") {
			continue
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(b))
		require.NoError(t, err, name)
		require.NoError(t, c.AddResource(BaseID+name, doc), name)
	}
	return c
}

// compile compiles the schema at loc, a file name with an optional
// fragment ("ropa.record.schema.json#/$defs/gdpr.Date").
func compile(t *testing.T, c *jsonschema.Compiler, loc string) *jsonschema.Schema {
	t.Helper()
	s, err := c.Compile(BaseID + loc)
	require.NoError(t, err, loc)
	return s
}

func validate(s *jsonschema.Schema, doc []byte) error {
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		return err
	}
	return s.Validate(v)
}

// Every schema is valid JSON Schema draft 2020-12, names the dialect and
// its $id, and every $ref in it resolves.
func TestSchemasCompile(t *testing.T) {
	c := compiler(t)
	for _, d := range Documents() {
		t.Run(d.File, func(t *testing.T) {
			compile(t, c, d.File)
			var head struct {
				Schema string `json:"$schema"`
				ID     string `json:"$id"`
			}
			require.NoError(t, json.Unmarshal(generatedFiles(t).files[d.File], &head))
			assert.Equal(t, Draft, head.Schema)
			assert.Equal(t, BaseID+d.File, head.ID)
		})
	}
}

// golden says how a golden JSON document is validated: against the schema
// of its type, or, with members set, each member of the document (a
// JSON object keyed by the test that wrote it) against that schema.
type golden struct {
	schema  string
	members bool
}

// goldenSchemas maps each golden JSON document of the module, by its path
// from the module root, to the schema of its type.
var goldenSchemas = map[string]golden{
	"breach/testdata/decision_cpr_email.json": {schema: "breach.decision.schema.json"},
	"breach/testdata/incident.json":           {schema: "breach.incident.schema.json"},
	"dpa/testdata/agreement.json":             {schema: "dpa.agreement.schema.json"},
	"dpa/testdata/findings.json":              {schema: "gdpr.findings.schema.json"},
	"dpia/testdata/assessment_draft.json":     {schema: "dpia.assessment.schema.json"},
	"dpia/testdata/assessment_started.json":   {schema: "dpia.assessment.schema.json"},
	"dpia/testdata/decisions_started.json":    {schema: "dpia.decisions.schema.json"},
	// The questions of two parts, keyed "processing" and "lawfulness".
	"dpia/testdata/questions.json":            {schema: "dpia.questions.schema.json", members: true},
	"overview/testdata/report.golden.json":    {schema: "overview.report.schema.json"},
	"rights/testdata/applicability.json":      {schema: "rights.applicability.schema.json"},
	"rights/testdata/request-minimal.json":    {schema: "rights.request.schema.json"},
	"rights/testdata/request.json":            {schema: "rights.request.schema.json"},
	"rights/testdata/state.json":              {schema: "rights.state.schema.json"},
	"risk/testdata/assessment.json":           {schema: "risk.assessment.schema.json"},
	"risk/testdata/set.json":                  {schema: "risk.set.schema.json"},
	"risk/testdata/decision.json":             {schema: "risk.decision.schema.json"},
	"risk/testdata/matrix_default.json":       {schema: "risk.matrix.schema.json"},
	"risk/testdata/policy_default.json":       {schema: "risk.policy.schema.json"},
	"risk/testdata/summary.json":              {schema: "risk.summary.schema.json"},
	"ropa/testdata/register.golden.json":      {schema: "ropa.register.schema.json"},
	"screening/testdata/facts.json":           {schema: "screening.facts.schema.json"},
	"screening/testdata/policy.json":          {schema: "screening.policy.schema.json"},
	"screening/testdata/result-declined.json": {schema: "screening.result.schema.json"},
	"screening/testdata/result.json":          {schema: "screening.result.schema.json"},
	"screening/testdata/screening.json":       {schema: "screening.screening.schema.json"},
	"screening/testdata/suggestions.json":     {schema: "screening.suggestions.schema.json"},
}

// goldenExcluded are golden JSON files that are not the JSON of one type of
// the module, by path pattern (path.Match), with the reason.
var goldenExcluded = map[string]string{
	"ropa/testdata/os2compliance/*.json": "OS2compliance's own register format, the input of ropa.ImportOS2compliance, not a JSON shape of this module",
	"dpa/testdata/register.json":         "a test fixture that bundles the results of four register queries (parties, reach, supervisionDue, exposure) in one map, not one type",
	"internal/mutate/testdata/*.json":    "the mutator's own test document, arbitrary JSON, not a record of the module",
}

// goldenFiles lists the JSON files in testdata directories of the module,
// by their slash-separated path from the module root. The tools module and
// the schema directory are not the library's.
func goldenFiles(t *testing.T) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(moduleRoot, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(moduleRoot, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel != "." && (strings.HasPrefix(d.Name(), ".") || rel == "tools" || rel == "schema") {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(rel, ".json") && slices.Contains(strings.Split(rel, "/"), "testdata") {
			out = append(out, rel)
		}
		return nil
	})
	require.NoError(t, err)
	sort.Strings(out)
	return out
}

func excluded(rel string) (string, bool) {
	for pattern, reason := range goldenExcluded {
		if ok, _ := path.Match(pattern, rel); ok {
			return reason, true
		}
	}
	return "", false
}

// Every golden JSON document of the module validates against the schema of
// its type. A golden file that is neither mapped nor excluded with a reason
// fails, so a new golden file cannot be skipped silently.
func TestGoldenDocumentsValidate(t *testing.T) {
	c := compiler(t)
	files := goldenFiles(t)
	require.NotEmpty(t, files, "no golden files found under %s", moduleRoot)
	validated := 0
	for _, rel := range files {
		t.Run(rel, func(t *testing.T) {
			g, mapped := goldenSchemas[rel]
			reason, skip := excluded(rel)
			switch {
			case mapped && skip:
				t.Fatalf("%s is both mapped to %s and excluded", rel, g.schema)
			case skip:
				t.Logf("not validated: %s", reason)
				return
			case !mapped:
				t.Fatalf("golden file %s has no schema: map it in goldenSchemas, or exclude it in goldenExcluded with a reason", rel)
			}
			doc, err := os.ReadFile(filepath.Join(moduleRoot, filepath.FromSlash(rel)))
			require.NoError(t, err)
			s := compile(t, c, g.schema)
			if !g.members {
				require.NoError(t, validate(s, doc), "%s against %s", rel, g.schema)
				validated++
				return
			}
			var members map[string]json.RawMessage
			require.NoError(t, json.Unmarshal(doc, &members))
			require.NotEmpty(t, members)
			for name, m := range members {
				require.NoError(t, validate(s, m), "%s, member %q, against %s", rel, name, g.schema)
			}
			validated++
		})
	}
	// The map names no file that is gone.
	for rel := range goldenSchemas {
		assert.Contains(t, files, rel, "goldenSchemas names %s, which does not exist", rel)
	}
	for pattern := range goldenExcluded {
		matched := slices.ContainsFunc(files, func(f string) bool { ok, _ := path.Match(pattern, f); return ok })
		assert.True(t, matched, "goldenExcluded names %s, which matches no file", pattern)
	}
	assert.Equal(t, len(goldenSchemas), validated)
}

// Each document of Documents has at least one golden document, so that
// every schema is tested against real output of the library.
func TestEveryDocumentHasAGolden(t *testing.T) {
	covered := make(map[string]bool)
	for _, g := range goldenSchemas {
		covered[g.schema] = true
	}
	for _, d := range Documents() {
		assert.True(t, covered[d.File] || extraSamples[d.File], "%s has no golden document and no sample test", d.File)
	}
}

// extraSamples are documents without a golden file of the module that a
// test here validates with values it builds.
var extraSamples = map[string]bool{
	"ropa.record.schema.json":           true, // the records of register.golden.json; TestSamplesValidate
	"ropa.processor-record.schema.json": true, // TestSamplesValidate
	"overview.municipality.schema.json": true, // the examples' municipalities; TestExamplesValidate
}

// Every entry of the terms table is used, so that none is misspelt or
// left behind by a rename.
func TestTermsAreUsed(t *testing.T) {
	used := generatedFiles(t).used
	for key := range terms() {
		assert.True(t, used[key], "terms() has %q, which no type or member has", key)
	}
}
