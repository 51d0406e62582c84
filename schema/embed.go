package schema

import (
	_ "embed"
)

//go:embed openapi.json
var openAPI []byte

// OpenAPI returns the OpenAPI 3.1 document of the operations of package
// api, schema/openapi.json, in a fresh slice.
func OpenAPI() []byte { return append([]byte(nil), openAPI...) }
