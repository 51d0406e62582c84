// Package api is the operation contract of the module: every rule a system
// written in another language can call, as a named operation with a JSON
// request, a JSON response and a pure function between them.
//
// An operation has a stable name ("rights/deadline"), a request type, a
// response type and a function ([Op]). [Operations] is the one registry: the
// command cmd/dkgdpr serves each operation it lists as POST /v1/<name> and
// runs it as "dkgdpr <package> <operation>", and the tools module writes the
// OpenAPI document from it. Nothing else lists operations.
//
// Everything an operation depends on is in its request: the instant it
// evaluates at ("now", see [At]), the policy and the language of its texts
// ([Lang]). Nothing here reads the clock, a file or the environment. A
// request that leaves "now" out is evaluated at the instant the caller of
// [Operation.Call] passes, and the response says so ([Evaluated]).
//
// Requests are decoded strictly: an unknown field, a duplicate key, a value
// of the wrong type, an unknown code or a malformed date is an error that
// names the JSON field path ("request.kind"). Every error for bad input is
// a [gdpr.Problems], so errors.Is(err, gdpr.ErrInvalid) holds; any other
// error is a fault of the module, not of the caller.
//
// Adding an operation is one declaration in [Operations]:
//
//	Op[RightsDeadlineRequest, RightsDeadlineResponse]{
//		Name:    "rights/deadline",
//		Summary: "The deadline to answer a data-subject request (GDPR art. 12(3)).",
//		Run:     rightsDeadline,
//	}.Operation(),
//
// with the request and response types and the function next to the
// package's other operations (rights.go for rights/...), and an example
// request: inline when short, or a file examples/<package>-<operation>.json
// read with example("rights/review"). The tests run every example.
//
// Requests are decoded by the module's strict decoder (internal/jsonstrict),
// the one every package's ParseJSON uses; a problem's path describes a
// member key that could be personal data rather than quote it ([SafePath]).
package api
