package api_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/api"
)

// A request for access received on 31 January 2025 is due on 28 February
// (GDPR art. 12(3); Regulation 1182/71 art. 3(2)(c)).
func ExampleOperation_Call() {
	op, _ := api.Lookup("rights/deadline")
	reply, err := op.Call([]byte(`{"request": {"kind": "access", "receivedAt": "2025-01-31T16:45:00+01:00"}}`), time.Now())
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := json.Marshal(reply.Response)
	fmt.Println(string(b))
	// Output: {"deadline":{"day":"2025-02-28","expires":"2025-03-01T00:00:00+01:00"}}
}

// A misspelt code is a problem at its JSON field path.
func ExampleOperation_Call_invalid() {
	op, _ := api.Lookup("rights/deadline")
	_, err := op.Call([]byte(`{"request": {"kind": "acess", "receivedAt": "2025-01-31T16:45:00+01:00"}}`), time.Now())
	var ps gdpr.Problems
	if errors.As(err, &ps) {
		for _, p := range ps {
			fmt.Println(p.Path, p.Code)
		}
	}
	fmt.Println(errors.Is(err, gdpr.ErrInvalid))
	// Output:
	// request.kind unknown_code
	// true
}

// The instant to evaluate at is part of the request; left out, the caller's
// clock gives it and the response says so.
func ExampleOperation_Call_now() {
	op, _ := api.Lookup("rights/state")
	server := time.Date(2025, 2, 27, 12, 0, 0, 0, time.UTC)
	reply, _ := op.Call([]byte(`{"request": {"kind": "access", "receivedAt": "2025-01-31T16:45:00+01:00"}}`), server)
	r := reply.Response.(api.RightsStateResponse)
	fmt.Println(r.NowSource, r.Now.Format(time.DateOnly), r.State.Status, r.State.WorkingDaysLeft)
	// Output: server 2025-02-27 open 1
}
