// Command dkgdpr serves the module's operations over HTTP and runs them on
// the command line, both from the one registry of package api.
//
//	dkgdpr serve [-addr 127.0.0.1:8080] [-token-file f] [-max-body n] [-max-inflight n]
//	dkgdpr <package> <operation> [-in request.json]
//
// serve answers POST /v1/<package>/<operation> with JSON, GET
// /openapi.json with the OpenAPI 3.1 document and GET /healthz. The second
// form reads one request (from -in or standard input) and writes the
// response to standard output. Its exit status is 0 for a valid request
// without findings, 1 when the response reports findings, 2 for invalid
// input (the problems are written to standard output as RFC 9457 JSON), and
// 3 for a usage error or a fault.
package main
