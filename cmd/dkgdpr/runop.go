package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
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
	var out *string
	document := op.Response == reflect.TypeFor[api.DPIAReportResponse]()
	if document {
		out = fs.String("o", "", "write the document itself to `file` rather than the JSON response to standard output;\n"+
			"a request without \"format\" takes it from the file's extension (.html, .md, .docx)")
	}
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: dkgdpr %s [-in file]%s\n\n%s\n\nExample request:\n  %s\n\nFlags:\n",
			spaced(op.Name), map[bool]string{true: " [-o file]"}[document], op.Summary, oneLine(op.Example))
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
	if out != nil && *out != "" {
		body = withFormat(body, *out)
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
	if out != nil && *out != "" {
		return writeDocument(reply.Response.(api.DPIAReportResponse).Document, *out, stderr)
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

// withFormat returns a request body with the format of the file name's
// extension, when the request leaves "format" out and the extension names
// one; otherwise the body as it is, for the operation to judge.
func withFormat(body []byte, file string) []byte {
	format := map[string]string{".html": "html", ".htm": "html", ".md": "md", ".docx": "docx"}[strings.ToLower(filepath.Ext(file))]
	var req map[string]json.RawMessage
	if format == "" || json.Unmarshal(body, &req) != nil || req == nil {
		return body
	}
	if _, ok := req["format"]; ok {
		return body
	}
	req["format"], _ = json.Marshal(format)
	b, err := json.Marshal(req)
	if err != nil {
		return body
	}
	return b
}

// writeDocument writes a document's bytes to file.
func writeDocument(d api.Document, file string, stderr io.Writer) int {
	b, err := d.Bytes()
	if err == nil {
		err = os.WriteFile(file, b, 0o644)
	}
	if err != nil {
		fmt.Fprintln(stderr, "dkgdpr: writing the document:", err)
		return exitInternal
	}
	fmt.Fprintf(stderr, "dkgdpr: wrote %s (%s, %d bytes)\n", file, d.MediaType, len(b))
	return exitOK
}

// oneLine is a JSON example on one line, for the help text.
func oneLine(example string) string {
	var b bytes.Buffer
	if err := json.Compact(&b, []byte(example)); err != nil {
		return example
	}
	if b.Len() > 400 {
		return b.String()[:400] + " ..."
	}
	return b.String()
}
