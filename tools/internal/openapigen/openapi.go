package openapigen

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"github.com/dkgdpr/gdpr/api"
	"github.com/dkgdpr/gdpr/tools/internal/schemagen"
)

// Version is the version of the contract, the "v1" of its paths.
const Version = "1"

// document is an OpenAPI 3.1 document; its fields are in the order they
// are written.
type document struct {
	OpenAPI           string              `json:"openapi"`
	JSONSchemaDialect string              `json:"jsonSchemaDialect"`
	Info              info                `json:"info"`
	Servers           []server            `json:"servers"`
	Security          []map[string][]any  `json:"security"`
	Tags              []tag               `json:"tags"`
	Paths             map[string]pathItem `json:"paths"`
	Components        components          `json:"components"`
}

type info struct {
	Title       string  `json:"title"`
	Version     string  `json:"version"`
	Description string  `json:"description"`
	License     license `json:"license"`
}

type license struct {
	Name       string `json:"name"`
	Identifier string `json:"identifier,omitempty"`
	URL        string `json:"url,omitempty"`
}

type server struct {
	URL         string `json:"url"`
	Description string `json:"description"`
}

type tag struct {
	Name        string `json:"name"`
	Description string `json:"description,omitempty"`
}

type pathItem struct {
	Get  *operation `json:"get,omitempty"`
	Post *operation `json:"post,omitempty"`
}

type operation struct {
	OperationID string              `json:"operationId"`
	Summary     string              `json:"summary"`
	Description string              `json:"description,omitempty"`
	Tags        []string            `json:"tags"`
	Security    []map[string][]any  `json:"security,omitempty"`
	RequestBody *requestBody        `json:"requestBody,omitempty"`
	Responses   map[string]response `json:"responses"`
}

type requestBody struct {
	Required bool                 `json:"required"`
	Content  map[string]mediaType `json:"content"`
}

type response struct {
	Ref         string               `json:"$ref,omitempty"`
	Description string               `json:"description,omitempty"`
	Content     map[string]mediaType `json:"content,omitempty"`
}

type mediaType struct {
	Schema  *schemagen.Schema `json:"schema"`
	Example json.RawMessage   `json:"example,omitempty"`
}

type components struct {
	Schemas         map[string]*schemagen.Schema `json:"schemas"`
	Responses       map[string]response          `json:"responses"`
	SecuritySchemes map[string]securityScheme    `json:"securitySchemes"`
}

type securityScheme struct {
	Type        string `json:"type"`
	Scheme      string `json:"scheme"`
	Description string `json:"description"`
}

const about = "The GDPR compliance rules of Danish public authorities as operations: JSON in, JSON out. " +
	"Every operation is POST /v1/<package>/<operation> with a JSON request; the instant to evaluate at (\"now\"), " +
	"the policy and the language are members of the request. A request that leaves \"now\" out is evaluated at the " +
	"server's clock and the response's nowSource says \"server\". Requests are decoded strictly: an unknown member, " +
	"a duplicate key, a value of the wrong type or an unknown code is a 400 problem (RFC 9457) naming the JSON field " +
	"path of each problem and a stable code. Findings (compliance gaps) are results, not errors."

// problemResponses are the error responses every operation shares.
var problemResponses = []struct {
	status, name, description string
}{
	{"400", "Invalid", "The request is invalid: every problem with its JSON field path and stable code."},
	{"401", "Unauthorized", "A bearer token is required and was missing or wrong."},
	{"404", "NotFound", "No such operation."},
	{"405", "MethodNotAllowed", "Operations are called with POST."},
	{"413", "TooLarge", "The request body is larger than the server accepts."},
	{"415", "UnsupportedMediaType", "The request body must be application/json."},
	{"500", "Internal", "A fault of the server, not of the request."},
	{"503", "Unavailable", "Too many requests in flight, or the server is shutting down; try again."},
}

// Generate returns the OpenAPI document of the operations of api's
// registry, indented, with a final newline. root is the module's root
// directory, whose sources give the doc comments.
func Generate(root string) ([]byte, error) {
	ops := api.Operations()
	types := []reflect.Type{reflect.TypeFor[api.ProblemDetails]()}
	for _, op := range ops {
		types = append(types, op.Request, op.Response)
	}
	refs, schemas, err := schemagen.Components(root, []string{"api"}, types)
	if err != nil {
		return nil, err
	}
	problem := map[string]mediaType{"application/problem+json": {Schema: refs[0]}}
	doc := document{
		OpenAPI:           "3.1.0",
		JSONSchemaDialect: schemagen.Draft,
		Info: info{
			Title:       "dkgdpr",
			Version:     Version,
			Description: about,
			License:     license{Name: "See the repository", URL: "https://github.com/dkgdpr/gdpr"},
		},
		Servers: []server{{URL: "http://127.0.0.1:8080", Description: "dkgdpr serve, on its default address"}},
		// The token is optional: a server started without -token-file
		// needs none.
		Security: []map[string][]any{{}, {"bearer": {}}},
		Paths:    make(map[string]pathItem),
		Components: components{
			Schemas:   schemas,
			Responses: make(map[string]response),
			SecuritySchemes: map[string]securityScheme{"bearer": {
				Type: "http", Scheme: "bearer",
				Description: "The token of the server's -token-file, when it was started with one.",
			}},
		},
	}
	for _, p := range problemResponses {
		doc.Components.Responses[p.name] = response{Description: p.description, Content: problem}
	}
	seenTag := map[string]bool{}
	for i, op := range ops {
		pkg, _, _ := strings.Cut(op.Name, "/")
		if !seenTag[pkg] {
			seenTag[pkg] = true
			doc.Tags = append(doc.Tags, tag{Name: pkg})
		}
		responses := map[string]response{
			"200": {Description: "The answer.", Content: map[string]mediaType{"application/json": {Schema: refs[2+2*i]}}},
		}
		for _, p := range problemResponses {
			responses[p.status] = response{Ref: "#/components/responses/" + p.name}
		}
		doc.Paths["/v1/"+op.Name] = pathItem{Post: &operation{
			OperationID: operationID(op.Name),
			Summary:     op.Summary,
			Tags:        []string{pkg},
			RequestBody: &requestBody{Required: true, Content: map[string]mediaType{"application/json": {
				Schema: refs[1+2*i], Example: json.RawMessage(op.Example),
			}}},
			Responses: responses,
		}}
	}
	doc.Tags = append(doc.Tags, tag{Name: "service", Description: "The service itself."})
	text := map[string]mediaType{"text/plain": {Schema: &schemagen.Schema{Type: "string"}}}
	doc.Paths["/healthz"] = pathItem{Get: &operation{
		OperationID: "healthz", Summary: "Whether the server is up; needs no token.", Tags: []string{"service"},
		Security:  []map[string][]any{{}},
		Responses: map[string]response{"200": {Description: "The server is up.", Content: text}},
	}}
	doc.Paths["/openapi.json"] = pathItem{Get: &operation{
		OperationID: "openapi", Summary: "This document.", Tags: []string{"service"},
		Responses: map[string]response{
			"200": {Description: "The OpenAPI document.", Content: map[string]mediaType{"application/json": {Schema: &schemagen.Schema{Type: "object"}}}},
			"401": {Ref: "#/components/responses/Unauthorized"},
		},
	}}
	return encode(doc)
}

// operationID is the camelCase identifier of an operation name that code
// generators make method names of: "rights/deadline" gives
// "rightsDeadline", "ropa/import-os2compliance" "ropaImportOs2compliance".
func operationID(name string) string {
	var b strings.Builder
	upper := false
	for _, r := range name {
		switch {
		case r == '/' || r == '-':
			upper = true
		case upper:
			b.WriteString(strings.ToUpper(string(r)))
			upper = false
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// encode writes doc indented with a final newline, without HTML escaping.
func encode(doc document) ([]byte, error) {
	var raw bytes.Buffer
	enc := json.NewEncoder(&raw)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return nil, fmt.Errorf("openapigen: %w", err)
	}
	var b bytes.Buffer
	if err := json.Indent(&b, bytes.TrimSuffix(raw.Bytes(), []byte("\n")), "", "  "); err != nil {
		return nil, fmt.Errorf("openapigen: %w", err)
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}
