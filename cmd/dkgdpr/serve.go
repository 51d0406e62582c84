package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/dkgdpr/gdpr"
)

// Time-outs of the server. A request body of the maximum size arrives well
// within readTimeout on any network a case system uses; every operation
// answers in milliseconds, so writeTimeout only cuts off a client that does
// not read its answer.
const (
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 30 * time.Second
	writeTimeout      = 30 * time.Second
	idleTimeout       = 120 * time.Second
	// shutdownTimeout bounds how long a shutdown waits for requests in
	// flight.
	shutdownTimeout = 30 * time.Second
)

// Defaults of serve's flags.
const (
	defaultAddr = "127.0.0.1:8080"
	// defaultMaxBody is 8 MiB: the overview of a whole municipality's
	// records and agreements is a few megabytes.
	defaultMaxBody = 8 << 20
	// defaultMaxInflight bounds the memory of bodies read at once (64 ×
	// 8 MiB = 512 MiB at worst); the operations are CPU-bound, so more
	// at once would not answer sooner.
	defaultMaxInflight = 64
)

// serveCmd parses serve's flags and serves until ctx ends.
func serveCmd(ctx context.Context, args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("dkgdpr serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", defaultAddr, "the `address` to listen on; the default is loopback only")
	tokenFile := fs.String("token-file", "", "a `file` holding a bearer token that every request but GET /healthz must carry")
	maxBody := fs.Int64("max-body", defaultMaxBody, "the largest request body in `bytes`; larger ones get 413")
	maxInflight := fs.Int("max-inflight", defaultMaxInflight, "how many `requests` may run at once; more get 503")
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: dkgdpr serve [flags]\n\n"+
			"Serves every operation as POST /v1/<operation>, the OpenAPI document at\n"+
			"GET /openapi.json and GET /healthz, until SIGINT or SIGTERM.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitFor(err)
	}
	if fs.NArg() > 0 || *maxBody <= 0 || *maxInflight <= 0 {
		fs.Usage()
		return exitUsage
	}
	lim := limits{maxBody: *maxBody, maxInflight: *maxInflight}
	if *tokenFile != "" {
		b, err := os.ReadFile(*tokenFile)
		if err != nil {
			fmt.Fprintln(stderr, "dkgdpr: reading the token file:", err)
			return exitUsage
		}
		lim.token = []byte(strings.TrimSpace(string(b)))
		if len(lim.token) == 0 {
			fmt.Fprintln(stderr, "dkgdpr: the token file is empty")
			return exitUsage
		}
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "dkgdpr:", err)
		return exitUsage
	}
	log := newLogger(stderr)
	if err := serve(ctx, ln, newHandler(lim, log, time.Now), log); err != nil {
		log.Error("server failed", "error", err.Error())
		return exitInternal
	}
	return exitOK
}

// serve serves on ln until ctx ends, then shuts down gracefully: it stops
// accepting, and waits for the requests in flight to be answered.
func serve(ctx context.Context, ln net.Listener, h *handler, log *slog.Logger) error {
	return serveHandler(ctx, ln, h, log)
}

// serveHandler is serve for any handler.
func serveHandler(ctx context.Context, ln net.Listener, h http.Handler, log *slog.Logger) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	log.Info("listening", "addr", ln.Addr().String())
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-done; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}

// newLogger returns the server's logger: JSON lines to w, through
// gdpr.RedactingHandler, so that a value of the module's types logged by
// mistake (a request, a requester, a CPR number) is written redacted. The
// access log itself holds no request body, query or unknown path.
func newLogger(w io.Writer) *slog.Logger {
	return slog.New(gdpr.RedactingHandler(slog.NewJSONHandler(w, nil)))
}
