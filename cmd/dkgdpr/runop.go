package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/api"
)

// runOp runs one operation on a request read from -in or stdin and writes
// the response, or the problems of an invalid request, to stdout.
func runOp(op api.Operation, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("dkgdpr "+op.Name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	in := fs.String("in", "", "the `file` holding the JSON request; standard input when not set")
	maxBody := fs.Int64("max-body", defaultMaxBody, "the largest request in `bytes`")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: dkgdpr %s [-in file]\n\n%s\n\nExample request:\n  %s\n\nFlags:\n",
			spaced(op.Name), op.Summary, op.Example)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitFor(err)
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return exitUsage
	}
	r := stdin
	if *in != "" {
		f, err := os.Open(*in)
		if err != nil {
			fmt.Fprintln(stderr, "dkgdpr:", err)
			return exitUsage
		}
		defer f.Close()
		r = f
	}
	body, err := io.ReadAll(io.LimitReader(r, *maxBody+1))
	if err != nil {
		fmt.Fprintln(stderr, "dkgdpr: reading the request:", err)
		return exitUsage
	}
	if int64(len(body)) > *maxBody {
		fmt.Fprintf(stderr, "dkgdpr: the request is larger than %d bytes (-max-body)\n", *maxBody)
		return exitInvalid
	}
	reply, err := op.Call(body, time.Now())
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	switch {
	case errors.Is(err, gdpr.ErrInvalid):
		_ = enc.Encode(api.Invalid(err))
		fmt.Fprintln(stderr, "dkgdpr: the request is invalid")
		return exitInvalid
	case err != nil:
		fmt.Fprintln(stderr, "dkgdpr:", err)
		return exitInternal
	}
	if err := enc.Encode(reply.Response); err != nil {
		fmt.Fprintln(stderr, "dkgdpr: writing the response:", err)
		return exitInternal
	}
	if reply.Findings > 0 {
		return exitFindings
	}
	return exitOK
}

// spaced is "rights deadline" for "rights/deadline".
func spaced(name string) string {
	b := []byte(name)
	for i, c := range b {
		if c == '/' {
			b[i] = ' '
		}
	}
	return string(b)
}
