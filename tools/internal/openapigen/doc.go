// Package openapigen writes the OpenAPI 3.1 document of the operation
// contract from the registry of package api: one POST /v1/<operation> per
// operation, whose request and response schemas the schema generator
// derives from the Go types by reflection, and the routes of the service
// (GET /openapi.json, GET /healthz).
//
// It lives in the tools module so that the library's go.mod stays free of
// it; cmd/genopenapi writes its output to schema/openapi.json, which the
// command dkgdpr embeds and serves.
package openapigen

//go:generate go run ../../cmd/genopenapi -root ../../.. -out ../../../schema/openapi.json
