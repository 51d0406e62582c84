package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr/api"
	"github.com/dkgdpr/gdpr/schema"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// serverNow is the server's clock in the tests.
var serverNow = time.Date(2025, 2, 3, 9, 0, 0, 0, time.UTC)

func testLimits() limits {
	return limits{maxBody: defaultMaxBody, maxInflight: defaultMaxInflight}
}

// newTestHandler returns a handler and the buffer its access log goes to.
func newTestHandler(lim limits) (*handler, *bytes.Buffer) {
	var logs bytes.Buffer
	return newHandler(lim, newLogger(&logs), func() time.Time { return serverNow }), &logs
}

// do sends one request to h and returns the response and its body.
func do(t testing.TB, h http.Handler, method, path, body string, header ...string) (*http.Response, []byte) {
	t.Helper()
	req := httptest.NewRequest(method, path, strings.NewReader(body))
	if method == http.MethodPost {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	return res, b
}

// problemOf decodes a problem+json body.
func problemOf(t *testing.T, res *http.Response, body []byte) api.ProblemDetails {
	t.Helper()
	assert.Equal(t, "application/problem+json", res.Header.Get("Content-Type"))
	var pd api.ProblemDetails
	require.NoError(t, json.Unmarshal(body, &pd), "%s", body)
	assert.Equal(t, res.StatusCode, pd.Status)
	return pd
}

// The README's exchange: POST /v1/rights/deadline with an access request
// received on 31 January 2025 answers 28 February (GDPR art. 12(3);
// Regulation 1182/71 art. 3(2)(c)).
func TestReadmeExchange(t *testing.T) {
	h, _ := newTestHandler(testLimits())
	res, body := do(t, h, http.MethodPost, "/v1/rights/deadline",
		`{"request": {"kind": "access", "receivedAt": "2025-01-31T16:45:00+01:00"}}`)
	require.Equal(t, http.StatusOK, res.StatusCode, "%s", body)
	assert.Equal(t, "application/json", res.Header.Get("Content-Type"))
	assert.JSONEq(t, `{"deadline": {"day": "2025-02-28", "expires": "2025-03-01T00:00:00+01:00"}}`, string(body))
}

// Every operation of the registry is served, and answers its example.
func TestEveryOperationIsServed(t *testing.T) {
	h, _ := newTestHandler(testLimits())
	for _, op := range api.Operations() {
		t.Run(op.Name, func(t *testing.T) {
			res, body := do(t, h, http.MethodPost, "/v1/"+op.Name, op.Example)
			require.Equal(t, http.StatusOK, res.StatusCode, "%s", body)
			assert.True(t, json.Valid(body))
			assert.NotEmpty(t, res.Header.Get("X-Request-Id"))
		})
	}
}

// GET /openapi.json serves the committed document byte for byte.
func TestOpenAPIServed(t *testing.T) {
	h, _ := newTestHandler(testLimits())
	res, body := do(t, h, http.MethodGet, "/openapi.json", "")
	require.Equal(t, http.StatusOK, res.StatusCode)
	assert.Equal(t, "application/json", res.Header.Get("Content-Type"))
	assert.True(t, bytes.Equal(schema.OpenAPI(), body), "the served document differs from schema/openapi.json")
}

func TestHealthz(t *testing.T) {
	h, _ := newTestHandler(limits{token: []byte("s3cret"), maxBody: 100, maxInflight: 1})
	res, body := do(t, h, http.MethodGet, "/healthz", "")
	assert.Equal(t, http.StatusOK, res.StatusCode, "the health check needs no token")
	assert.Equal(t, "ok\n", string(body))
	res, _ = do(t, h, http.MethodPost, "/healthz", "")
	assert.Equal(t, http.StatusMethodNotAllowed, res.StatusCode)
}

// A request without now is evaluated at the server's clock, and says so.
func TestNowFromTheServer(t *testing.T) {
	h, _ := newTestHandler(testLimits())
	res, body := do(t, h, http.MethodPost, "/v1/rights/state",
		`{"request": {"kind": "access", "receivedAt": "2025-01-31T16:45:00+01:00"}}`)
	require.Equal(t, http.StatusOK, res.StatusCode, "%s", body)
	var m map[string]any
	require.NoError(t, json.Unmarshal(body, &m))
	assert.Equal(t, "server", m["nowSource"])
	assert.Equal(t, "2025-02-03T09:00:00Z", m["now"])
}

// Errors are RFC 9457 problems with the right status.
func TestErrors(t *testing.T) {
	const valid = `{"request": {"kind": "access", "receivedAt": "2025-01-31T16:45:00+01:00"}}`
	tests := []struct {
		name   string
		lim    limits
		method string
		path   string
		body   string
		header []string
		status int
		path0  string // the path of the first problem, if any
		code0  string
	}{
		{name: "a misspelt kind names its path", method: "POST", path: "/v1/rights/deadline",
			body:   `{"request": {"kind": "acess", "receivedAt": "2025-01-31T16:45:00+01:00"}}`,
			status: 400, path0: "request.kind", code0: "unknown_code"},
		{name: "an unknown field", method: "POST", path: "/v1/rights/deadline",
			body:   `{"request": {"kind": "access", "receivedAt": "2025-01-31T16:45:00+01:00"}, "polcy": {}}`,
			status: 400, path0: "polcy", code0: "unknown_field"},
		{name: "not JSON", method: "POST", path: "/v1/rights/deadline", body: `{`, status: 400, path0: "", code0: "malformed"},
		{name: "over the body limit", lim: limits{maxBody: 16, maxInflight: 1}, method: "POST",
			path: "/v1/rights/deadline", body: valid, status: 413, code0: "too_large"},
		{name: "without the token", lim: limits{token: []byte("s3cret"), maxBody: 1 << 20, maxInflight: 1},
			method: "POST", path: "/v1/rights/deadline", body: valid, status: 401},
		{name: "with a wrong token", lim: limits{token: []byte("s3cret"), maxBody: 1 << 20, maxInflight: 1},
			method: "POST", path: "/v1/rights/deadline", body: valid, header: []string{"Authorization", "Bearer s3cres"}, status: 401},
		{name: "the document needs the token too", lim: limits{token: []byte("s3cret"), maxBody: 1 << 20, maxInflight: 1},
			method: "GET", path: "/openapi.json", status: 401},
		{name: "GET of an operation", method: "GET", path: "/v1/rights/deadline", status: 405},
		{name: "an unknown operation", method: "POST", path: "/v1/rights/nope", body: valid, status: 404},
		{name: "a path outside the service", method: "GET", path: "/", status: 404},
		{name: "a body that is not JSON by its type", method: "POST", path: "/v1/rights/deadline", body: valid,
			header: []string{"Content-Type", "text/plain"}, status: 415},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lim := tt.lim
			if lim.maxBody == 0 {
				lim = testLimits()
			}
			h, _ := newTestHandler(lim)
			res, body := do(t, h, tt.method, tt.path, tt.body, tt.header...)
			require.Equal(t, tt.status, res.StatusCode, "%s", body)
			pd := problemOf(t, res, body)
			if tt.code0 != "" {
				require.NotEmpty(t, pd.Problems)
				assert.Equal(t, tt.path0, pd.Problems[0].Path)
				assert.Equal(t, tt.code0, pd.Problems[0].Code)
			}
			switch tt.status {
			case 401:
				assert.Contains(t, res.Header.Get("WWW-Authenticate"), "Bearer")
			case 405:
				assert.NotEmpty(t, res.Header.Get("Allow"))
			}
		})
	}
}

// The right token opens every route.
func TestToken(t *testing.T) {
	h, _ := newTestHandler(limits{token: []byte("s3cret"), maxBody: 1 << 20, maxInflight: 1})
	res, body := do(t, h, http.MethodPost, "/v1/catalog/rules", `{}`, "Authorization", "Bearer s3cret")
	assert.Equal(t, http.StatusOK, res.StatusCode, "%s", body)
	res, _ = do(t, h, http.MethodGet, "/openapi.json", "", "Authorization", "bearer s3cret")
	assert.Equal(t, http.StatusOK, res.StatusCode, "the scheme is case-insensitive (RFC 9110 §11.1)")
}

// Past the cap on requests in flight, a request is turned away with 503.
func TestInflightCap(t *testing.T) {
	h, _ := newTestHandler(limits{maxBody: 1 << 20, maxInflight: 2})
	h.slots <- struct{}{}
	h.slots <- struct{}{}
	res, body := do(t, h, http.MethodPost, "/v1/catalog/rules", `{}`)
	require.Equal(t, http.StatusServiceUnavailable, res.StatusCode)
	problemOf(t, res, body)
	assert.Equal(t, "1", res.Header.Get("Retry-After"))
	res, _ = do(t, h, http.MethodGet, "/healthz", "")
	assert.Equal(t, http.StatusOK, res.StatusCode, "the health check is not capped")
	<-h.slots
	res, _ = do(t, h, http.MethodPost, "/v1/catalog/rules", `{}`)
	assert.Equal(t, http.StatusOK, res.StatusCode, "a freed slot serves again")
}

// The access log has the method, path, status, size, duration and request
// id, and never the body, an unknown path or the personal data in them.
func TestAccessLog(t *testing.T) {
	h, logs := newTestHandler(testLimits())
	const name, cpr = "Jens Hansen", "0101801234"
	body := `{"request": {"kind": "access", "receivedAt": "2025-01-31T16:45:00+01:00", "requester": {"name": "` + name + `", "contact": "jens@example.dk"}}}`
	res, _ := do(t, h, http.MethodPost, "/v1/rights/deadline", body)
	require.Equal(t, http.StatusOK, res.StatusCode)
	do(t, h, http.MethodPost, "/v1/rights/deadline", `{"request": {"kind": "`+name+`"}}`)
	do(t, h, http.MethodGet, "/v1/"+cpr+"?name="+strings.ReplaceAll(name, " ", "+"), "")

	lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
	require.Len(t, lines, 3)
	var first map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &first))
	for _, k := range []string{"id", "method", "path", "status", "bytes", "duration"} {
		assert.Contains(t, first, k)
	}
	assert.Equal(t, res.Header.Get("X-Request-Id"), first["id"])
	assert.Equal(t, "/v1/rights/deadline", first["path"])
	for _, secret := range []string{"Jens", "jens@example.dk", cpr, "receivedAt"} {
		assert.NotContains(t, logs.String(), secret)
	}
	assert.Contains(t, lines[2], `"path":"(other)"`)
}

// A body without a declared length is cut off at the limit too.
func TestBodyLimitWithoutLength(t *testing.T) {
	h, _ := newTestHandler(limits{maxBody: 64, maxInflight: 1})
	req := httptest.NewRequest(http.MethodPost, "/v1/catalog/rules", io.MultiReader(strings.NewReader(`{"package": "`), strings.NewReader(strings.Repeat("x", 100)+`"}`)))
	req.ContentLength = -1
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	require.Equal(t, http.StatusRequestEntityTooLarge, res.StatusCode)
	b, _ := io.ReadAll(res.Body)
	problemOf(t, res, b)
}

// The README shows this exact exchange.
func TestReadmeShowsTheExchange(t *testing.T) {
	const request = `{"request": {"kind": "access", "receivedAt": "2025-01-31T16:45:00+01:00"}}`
	const response = `{"deadline":{"day":"2025-02-28","expires":"2025-03-01T00:00:00+01:00"}}`
	h, _ := newTestHandler(testLimits())
	res, body := do(t, h, http.MethodPost, "/v1/rights/deadline", request)
	require.Equal(t, http.StatusOK, res.StatusCode)
	assert.Equal(t, response+"\n", string(body))

	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	assert.Contains(t, string(readme), "curl -s http://127.0.0.1:8080/v1/rights/deadline -H 'Content-Type: application/json'")
	assert.Contains(t, string(readme), "-d '"+request+"'")
	assert.Contains(t, string(readme), "```json\n"+response+"\n```")
	assert.Contains(t, string(readme), "go run ./cmd/dkgdpr serve ")
}

// The README's table lists every operation of the registry.
func TestReadmeListsEveryOperation(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	section, _, _ := strings.Cut(string(readme)[strings.Index(string(readme), "## From .NET, Java or any language"):], "\n## Performance")
	for _, op := range api.Operations() {
		assert.Contains(t, section, "| `"+op.Name+"` |", "the README's table lacks %s", op.Name)
	}
}
