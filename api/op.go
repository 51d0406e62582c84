package api

import (
	"reflect"
	"time"
)

// Op declares one operation: its stable name, a one-line summary and the
// pure function from its request to its response. Findings, when not nil,
// counts the compliance gaps a response reports, which the command turns
// into its exit status.
type Op[Req, Resp any] struct {
	// Name is "<package>/<operation>" in lower case, as served at
	// POST /v1/<Name>.
	Name string
	// Summary says in one English sentence what the operation answers.
	Summary string
	// Run computes the response. It must not read the clock or the
	// environment, and every error for bad input must satisfy
	// errors.Is(err, gdpr.ErrInvalid), with paths from the request's root.
	Run func(Req) (Resp, error)
	// Findings counts the findings in a response; nil means it has none.
	Findings func(Resp) int
	// Example is a valid JSON request, for the documentation and the
	// tests.
	Example string
}

// Operation returns the operation as the registry lists it.
func (op Op[Req, Resp]) Operation() Operation {
	return Operation{
		Name:     op.Name,
		Summary:  op.Summary,
		Request:  reflect.TypeFor[Req](),
		Response: reflect.TypeFor[Resp](),
		Example:  op.Example,
		call:     op.caller(),
	}
}

// caller returns the function that decodes the request, fills in now
// where it was left out, runs the operation and marks the response with
// the instant it was evaluated at.
func (op Op[Req, Resp]) caller() func(body []byte, now time.Time) (Reply, error) {
	return op.call
}

func (op Op[Req, Resp]) call(body []byte, now time.Time) (Reply, error) {
	var req Req
	if err := decode(body, &req); err != nil {
		return Reply{}, err
	}
	source := NowFromRequest
	if a, ok := any(&req).(interface{ at() *At }); ok {
		if a.at().Now.IsZero() {
			a.at().Now, source = now, NowFromServer
		}
		now = a.at().Now
	}
	resp, err := op.Run(req)
	if err != nil {
		return Reply{}, err
	}
	if e, ok := any(&resp).(interface{ evaluated() *Evaluated }); ok {
		*e.evaluated() = Evaluated{Now: now, NowSource: source}
	}
	r := Reply{Response: resp}
	if op.Findings != nil {
		r.Findings = op.Findings(resp)
	}
	return r, nil
}

// Operation is one operation of the contract: its name and summary, the Go
// types of its request and response (for documentation and the OpenAPI
// document) and [Operation.Call]. Get them from [Operations] or [Lookup].
type Operation struct {
	// Name is "<package>/<operation>", such as "rights/deadline".
	Name string
	// Summary says in one sentence what the operation answers.
	Summary string
	// Request and Response are the Go types whose JSON the operation
	// reads and writes.
	Request, Response reflect.Type
	// Example is a valid JSON request.
	Example string

	call func(body []byte, now time.Time) (Reply, error)
}

// Call runs the operation on a JSON request. now is the instant to
// evaluate at when the request leaves "now" out; the caller reads its clock,
// the operation never does. An error for bad input is a [gdpr.Problems]
// whose paths are JSON field paths; any other error is a fault of the
// module.
func (o Operation) Call(body []byte, now time.Time) (Reply, error) {
	if o.call == nil {
		return Reply{}, errNoOperation
	}
	return o.call(body, now)
}

// Reply is the result of a successful call.
type Reply struct {
	// Response is the response value, of the operation's Response type,
	// to be written with encoding/json.
	Response any
	// Findings is how many findings (compliance gaps) the response
	// reports; they are results, not errors.
	Findings int
}
