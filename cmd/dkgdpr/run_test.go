package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/dkgdpr/gdpr/api"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// lockedWriter serialises writes, for a log read while it is written.
type lockedWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (l *lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

// String returns what was written so far.
func (l *lockedWriter) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.String()
}

func runArgs(stdin string, args ...string) (code int, stdout, stderr string) {
	var out, errw bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errw)
	return code, out.String(), errw.String()
}

// The exit status says valid, findings, invalid or usage.
func TestRunExitStatus(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "req.json")
	require.NoError(t, os.WriteFile(in, []byte(`{"request": {"kind": "access", "receivedAt": "2025-01-31T16:45:00+01:00"}}`), 0o600))
	screening, _ := api.Lookup("screening/assess")
	tests := []struct {
		name  string
		stdin string
		args  []string
		code  int
		out   string // in stdout
		err   string // in stderr
	}{
		{name: "a request from -in", args: []string{"rights", "deadline", "-in", in}, code: 0, out: `"day": "2025-02-28"`},
		{name: "a request from stdin", stdin: `{}`, args: []string{"catalog", "rules"}, code: 0, out: `"rules"`},
		{name: "findings present: a declined DPIA with one criterion met (WP248 rev.01 III.B.a)",
			stdin: strings.Replace(screening.Example, `, "decisionReason": "Ét kriterium; risikoen er lav."`, "", 1),
			args:  []string{"screening", "assess"}, code: 1, out: `"findings"`},
		{name: "invalid input", stdin: `{"request": {"kind": "acess"}}`, args: []string{"rights", "deadline"}, code: 2, out: `"path": "request.kind"`},
		{name: "no arguments", args: nil, code: 3, err: "rights deadline"},
		{name: "help lists the operations", args: []string{"-h"}, code: 0, err: "screening assess"},
		{name: "help of a package", args: []string{"rights", "-h"}, code: 0, err: "rights state"},
		{name: "help of an operation", args: []string{"rights", "deadline", "-h"}, code: 0, err: "Example request"},
		{name: "help of serve", args: []string{"serve", "-h"}, code: 0, err: "-max-inflight"},
		{name: "an unknown package", args: []string{"nope", "x"}, code: 3, err: `no command or package "nope"`},
		{name: "an unknown operation", args: []string{"rights", "nope"}, code: 3, err: `no operation "nope"`},
		{name: "a missing file", args: []string{"rights", "deadline", "-in", filepath.Join(dir, "none.json")}, code: 3},
		{name: "a stray argument", args: []string{"rights", "deadline", "x"}, code: 3},
		{name: "serve with a bad limit", args: []string{"serve", "-max-body", "0"}, code: 3},
		{name: "serve with a missing token file", args: []string{"serve", "-token-file", filepath.Join(dir, "none")}, code: 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errw := runArgs(tt.stdin, tt.args...)
			assert.Equal(t, tt.code, code, "stdout %s\nstderr %s", out, errw)
			assert.Contains(t, out, tt.out)
			assert.Contains(t, errw, tt.err)
			if tt.code <= 2 && tt.out != "" {
				assert.True(t, json.Valid([]byte(out)), "stdout is JSON")
			}
		})
	}
}

// "dkgdpr dpia report -o file" writes the document itself, in the format
// of the request or, when it has none, of the file's extension.
func TestRunDPIAReport(t *testing.T) {
	op, ok := api.Lookup("dpia/report")
	require.True(t, ok)
	var req map[string]any
	require.NoError(t, json.Unmarshal([]byte(op.Example), &req))
	delete(req, "format")
	noFormat, err := json.Marshal(req)
	require.NoError(t, err)
	dir := t.TempDir()
	tests := []struct {
		name, stdin, file, starts string
	}{
		{"the example's format, HTML", op.Example, "report.docx", "<!DOCTYPE html>"},
		{"Word, from the extension", string(noFormat), "report.docx", "PK\x03\x04"},
		{"Markdown, from the extension", string(noFormat), "report.md", "# "},
		{"HTML when the extension names no format", string(noFormat), "report.txt", "<!DOCTYPE html>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := filepath.Join(dir, tt.file)
			code, out, errw := runArgs(tt.stdin, "dpia", "report", "-o", file)
			require.Equal(t, 0, code, errw)
			assert.Empty(t, out)
			assert.Contains(t, errw, "wrote "+file)
			b, err := os.ReadFile(file)
			require.NoError(t, err)
			assert.True(t, bytes.HasPrefix(b, []byte(tt.starts)), "%.20q", b)
		})
	}
	code, out, _ := runArgs(op.Example, "dpia", "report")
	require.Equal(t, 0, code)
	assert.Contains(t, out, `"mediaType": "text/html; charset=utf-8"`, "without -o, the JSON response")
	code, _, errw := runArgs(op.Example, "dpia", "report", "-h")
	assert.Equal(t, 0, code)
	assert.Contains(t, errw, "-o file")
	code, _, _ = runArgs(`{"assessment": {}}`, "dpia", "report", "-o", filepath.Join(dir, "x.html"))
	assert.Equal(t, 2, code, "an invalid assessment")
}
