package main

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/api"
	"github.com/dkgdpr/gdpr/schema"
)

// limits are the service's protections, set by the flags of serve.
type limits struct {
	// token, when not empty, is the bearer token every request but
	// GET /healthz must carry.
	token []byte
	// maxBody is the largest request body accepted, in bytes.
	maxBody int64
	// maxInflight is how many operations may run at once.
	maxInflight int
}

// handler serves the operations of api's registry, the OpenAPI document
// and the health check.
type handler struct {
	ops      map[string]api.Operation
	openapi  []byte
	lim      limits
	tokenSum [sha256.Size]byte
	slots    chan struct{}
	log      *slog.Logger
	now      func() time.Time
	idPrefix string
	seq      atomic.Uint64
}

// newHandler returns the service's handler. now is the clock for requests
// that leave "now" out.
func newHandler(lim limits, log *slog.Logger, now func() time.Time) *handler {
	h := &handler{
		ops:     make(map[string]api.Operation),
		openapi: schema.OpenAPI(),
		lim:     lim,
		slots:   make(chan struct{}, max(lim.maxInflight, 1)),
		log:     log,
		now:     now,
	}
	for _, op := range api.Operations() {
		h.ops["/v1/"+op.Name] = op
	}
	if len(lim.token) > 0 {
		h.tokenSum = sha256.Sum256(lim.token)
	}
	var b [4]byte
	_, _ = rand.Read(b[:])
	h.idPrefix = hex.EncodeToString(b[:]) + "-"
	return h
}

// recorder remembers the status and size of a response for the access log.
type recorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.bytes += int64(n)
	return n, err
}

// ServeHTTP logs every request (never its body, query or an unknown path,
// which could carry personal data), then routes it.
func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	id := h.idPrefix + strconv.FormatUint(h.seq.Add(1), 10)
	w.Header().Set("X-Request-Id", id)
	rec := &recorder{ResponseWriter: w}
	defer func() {
		if v := recover(); v != nil {
			h.log.Error("panic", "id", id, "path", h.logPath(r))
			if rec.status == 0 {
				problem(rec, http.StatusInternalServerError, "The server failed", "")
			}
		}
		h.log.Info("request", "id", id, "method", r.Method, "path", h.logPath(r),
			"status", rec.status, "bytes", rec.bytes, "duration", time.Since(start))
	}()
	h.route(rec, r)
}

// logPath is the request's path if it is a route of the service, and
// "(other)" otherwise.
func (h *handler) logPath(r *http.Request) string {
	p := r.URL.Path
	if _, ok := h.ops[p]; ok || p == "/healthz" || p == "/openapi.json" {
		return p
	}
	return "(other)"
}

func (h *handler) route(w http.ResponseWriter, r *http.Request) {
	path := r.URL.Path
	if path == "/healthz" {
		if !get(w, r) {
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = io.WriteString(w, "ok\n")
		return
	}
	if !h.authorized(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="dkgdpr"`)
		problem(w, http.StatusUnauthorized, "A valid bearer token is required", "")
		return
	}
	if path == "/openapi.json" {
		if !get(w, r) {
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Content-Length", strconv.Itoa(len(h.openapi)))
		if r.Method != http.MethodHead {
			_, _ = w.Write(h.openapi)
		}
		return
	}
	op, ok := h.ops[path]
	if !ok {
		problem(w, http.StatusNotFound, "No such operation", "The operations are listed in GET /openapi.json.")
		return
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		problem(w, http.StatusMethodNotAllowed, "Operations are called with POST", "")
		return
	}
	select {
	case h.slots <- struct{}{}:
		defer func() { <-h.slots }()
	default:
		w.Header().Set("Retry-After", "1")
		problem(w, http.StatusServiceUnavailable, "Too many requests in flight", "Try again shortly.")
		return
	}
	h.call(w, r, op)
}

// get answers GET and HEAD, and reports whether the method was one.
func get(w http.ResponseWriter, r *http.Request) bool {
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		return true
	}
	w.Header().Set("Allow", "GET, HEAD")
	problem(w, http.StatusMethodNotAllowed, "Use GET", "")
	return false
}

// authorized reports whether r carries the bearer token, when one is set,
// comparing digests in constant time.
func (h *handler) authorized(r *http.Request) bool {
	if len(h.lim.token) == 0 {
		return true
	}
	scheme, tok, ok := strings.Cut(r.Header.Get("Authorization"), " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return false
	}
	sum := sha256.Sum256([]byte(strings.TrimSpace(tok)))
	return subtle.ConstantTimeCompare(sum[:], h.tokenSum[:]) == 1
}

// call reads the body within the limit, runs the operation and writes its
// response or its problems.
func (h *handler) call(w http.ResponseWriter, r *http.Request, op api.Operation) {
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		problem(w, http.StatusUnsupportedMediaType, "The request body must be application/json", "")
		return
	}
	if r.ContentLength > h.lim.maxBody {
		tooLarge(w, h.lim.maxBody)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, h.lim.maxBody))
	if err != nil {
		var mb *http.MaxBytesError
		if errors.As(err, &mb) {
			tooLarge(w, h.lim.maxBody)
			return
		}
		// The client went away or sent a broken body: nobody reads the
		// answer, but it is a fault of the request.
		problem(w, http.StatusBadRequest, "The request body could not be read", "")
		return
	}
	reply, err := op.Call(body, h.now())
	if err != nil {
		if errors.Is(err, gdpr.ErrInvalid) {
			writeJSON(w, http.StatusBadRequest, "application/problem+json", api.Invalid(err))
			return
		}
		h.log.Error("operation failed", "operation", op.Name, "error", err.Error())
		problem(w, http.StatusInternalServerError, "The server failed", "")
		return
	}
	writeJSON(w, http.StatusOK, "application/json", reply.Response)
}

func tooLarge(w http.ResponseWriter, limit int64) {
	pd := api.ProblemDetails{
		Type: api.TypeInvalid, Title: "The request body is too large", Status: http.StatusRequestEntityTooLarge,
		Detail:   "The server accepts at most " + strconv.FormatInt(limit, 10) + " bytes.",
		Problems: gdpr.Problems{{Path: "", Code: api.CodeTooLarge, Message: "the request body is too large"}},
	}
	w.Header().Set("Connection", "close")
	writeJSON(w, pd.Status, "application/problem+json", pd)
}

// problem writes an RFC 9457 problem of a plain HTTP status.
func problem(w http.ResponseWriter, status int, title, detail string) {
	writeJSON(w, status, "application/problem+json", api.ProblemDetails{
		Type: "about:blank", Title: title, Status: status, Detail: detail,
	})
}

func writeJSON(w http.ResponseWriter, status int, contentType string, v any) {
	var b bytes.Buffer
	if err := json.NewEncoder(&b).Encode(v); err != nil {
		status, contentType = http.StatusInternalServerError, "application/problem+json"
		b.Reset()
		_ = json.NewEncoder(&b).Encode(api.ProblemDetails{Type: "about:blank", Title: "The server failed", Status: status})
	}
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Content-Length", strconv.Itoa(b.Len()))
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(b.Bytes())
}
