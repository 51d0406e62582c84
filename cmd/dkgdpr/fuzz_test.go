package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr/api"
)

// Any body to any operation is answered without a 5xx and without a panic.
func FuzzHandler(f *testing.F) {
	for i, op := range api.Operations() {
		f.Add(uint8(i), []byte(op.Example))
	}
	f.Add(uint8(1), []byte(`{"request": {"kind": "acess"}}`))
	f.Add(uint8(2), []byte(`{"request": [1, 2, {"a": null}], "request": 1e400}`))
	f.Add(uint8(3), []byte("\xff\xfe"))
	h, _ := newTestHandler(limits{maxBody: 1 << 16, maxInflight: 4})
	ops := api.Operations()
	f.Fuzz(func(t *testing.T, i uint8, body []byte) {
		op := ops[int(i)%len(ops)]
		req := httptest.NewRequest(http.MethodPost, "/v1/"+op.Name, strings.NewReader(string(body)))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("%s: status %d: %s", op.Name, rec.Code, rec.Body.String())
		}
	})
}
