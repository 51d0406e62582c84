package api

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/dkgdpr/gdpr"
)

// Any body to any operation gives a response that encodes, or an error for
// invalid input; nothing panics and nothing is a fault of the module.
func FuzzCall(f *testing.F) {
	f.Add(uint8(1), []byte(`{"request": {"kind": "access", "receivedAt": "2025-01-31T16:45:00+01:00"}}`))
	f.Add(uint8(2), []byte(`{"now": "2025-02-05T12:00:00+01:00", "request": {"kind": "access", "receivedAt": "2025-01-31T16:45:00+01:00", "pauses": [{}]}}`))
	f.Add(uint8(3), []byte(`{"lang": "en", "incident": {"awareAt": "2025-03-28T14:30:00+01:00", "confidentiality": "exposed"}}`))
	f.Add(uint8(4), []byte(`{"matrix": {"name": "x", "bands": [["low"]]}, "estimate": {"consequence": "3", "probability": "2"}}`))
	f.Add(uint8(5), []byte(screeningBody("partly", "perform")))
	f.Add(uint8(0), []byte(`{"package": "ropa", "package": "dpa"}`))
	f.Add(uint8(1), []byte(`{"request": {"kind": "acess", "x": [1, {"y": null}]}} `))
	ops := Operations()
	f.Fuzz(func(t *testing.T, i uint8, body []byte) {
		op := ops[int(i)%len(ops)]
		r, err := op.Call(body, serverNow)
		if err != nil {
			if !errors.Is(err, gdpr.ErrInvalid) {
				t.Fatalf("%s: not an invalid-input error: %v", op.Name, err)
			}
			return
		}
		if _, err := json.Marshal(r.Response); err != nil {
			t.Fatalf("%s: the response does not encode: %v", op.Name, err)
		}
	})
}
