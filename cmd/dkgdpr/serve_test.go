package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A request in flight when the shutdown begins is still answered, and the
// server then stops.
func TestGracefulShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	logs := &lockedWriter{w: &bytes.Buffer{}}
	log := slog.New(slog.NewTextHandler(logs, nil))
	h := newHandler(testLimits(), log, time.Now)
	entered := make(chan struct{})
	go func() {
		done <- serveHandler(ctx, ln, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			close(entered)
			h.ServeHTTP(w, r)
		}), log)
	}()

	conn, err := net.Dial("tcp", ln.Addr().String())
	require.NoError(t, err)
	defer conn.Close()
	body := `{"request": {"kind": "access", "receivedAt": "2025-01-31T16:45:00+01:00"}}`
	head := "POST /v1/rights/deadline HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n" +
		"Content-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n"
	// Send the headers and half the body: the request is in flight.
	_, err = io.WriteString(conn, head+body[:10])
	require.NoError(t, err)
	<-entered // the server has read the headers and waits for the body

	cancel() // SIGTERM
	waitFor(t, func() bool { return strings.Contains(logs.String(), "shutting down") })
	select {
	case err := <-done:
		t.Fatalf("the server stopped with a request in flight: %v", err)
	case <-time.After(50 * time.Millisecond):
	}
	_, err = io.WriteString(conn, body[10:])
	require.NoError(t, err)
	res, err := http.ReadResponse(bufio.NewReader(conn), nil)
	require.NoError(t, err)
	b, err := io.ReadAll(res.Body)
	require.NoError(t, err)
	assert.Equal(t, http.StatusOK, res.StatusCode, "%s", b)
	assert.Contains(t, string(b), "2025-02-28")

	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-time.After(10 * time.Second):
		t.Fatal("the server did not stop")
	}
	_, err = net.Dial("tcp", ln.Addr().String())
	assert.Error(t, err, "the listener is closed")
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	for range 500 {
		if cond() {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("timed out waiting")
}
