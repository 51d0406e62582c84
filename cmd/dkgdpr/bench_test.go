package main

import (
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// The README's request through the whole handler, access log included.
func BenchmarkHandlerRightsDeadline(b *testing.B) {
	h := newHandler(testLimits(), slog.New(slog.NewJSONHandler(io.Discard, nil)), time.Now)
	const body = `{"request": {"kind": "access", "receivedAt": "2025-01-31T16:45:00+01:00"}}`
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/v1/rights/deadline", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatal(rec.Code)
		}
	}
}
