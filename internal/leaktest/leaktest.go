// Package leaktest finds personal data in the outputs the module promises
// to redact: it renders a value that holds planted marker identifiers
// through every fmt verb, log/slog's text and JSON handlers (raw and
// through gdpr.RedactingHandler) and error messages, bare and nested in a
// struct (as an exported and an unexported field), a pointer, a slice and
// a map, and reports every output in which a marker appears.
//
// A package test plants markers (a made-up name, a contact address, a CPR
// number) in a value of each type that holds personal data and calls
// [Check]; [Stored] checks that JSON, which is storage, keeps them:
//
//	req := rights.NewRequest(...name "Markus Markersen"...)
//	leaktest.Check(t, req, "Markus Markersen", "markus@example.org")
//	assert.True(t, leaktest.Stored(req, "Markus Markersen"))
package leaktest

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
)

// Leak is one output in which a marker appears.
type Leak struct {
	// Channel names the output: "fmt %+v unexported field",
	// "slog json+redact slice", "error %v".
	Channel string
	// Marker is the marker found.
	Marker string
	// Output is the output, cut to at most 300 bytes.
	Output string
}

// String formats the leak for a test failure.
func (l Leak) String() string { return l.Channel + ": " + l.Output }

// Output is one rendering of a value.
type Output struct {
	// Channel names the way the value was rendered.
	Channel string
	// Guarded reports whether the module promises that no personal data
	// reach this output. Only slog's JSON handler without
	// gdpr.RedactingHandler, for a value nested in a struct, slice or map,
	// is not guarded: it writes nested values with encoding/json, which is
	// storage and keeps them.
	Guarded bool
	// Text is what the channel printed.
	Text string
}

// holder nests a value as an exported and as an unexported field.
type holder[T any] struct {
	Exported   T
	unexported T
}

// unexportedOnly nests a value as an unexported field only.
type unexportedOnly[T any] struct {
	unexported T
}

// Verbs are the fmt verbs every value is printed with.
var Verbs = []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d"}

// Render returns the outputs of v through every channel.
func Render[T any](v T) []Output {
	shapes := []struct {
		name string
		val  any
	}{
		{"bare", v},
		{"pointer", &v},
		{"exported field", struct{ Exported T }{v}},
		{"unexported field", unexportedOnly[T]{unexported: v}},
		{"both fields", holder[T]{Exported: v, unexported: v}},
		{"slice", []T{v, v}},
		{"map", map[string]T{"k": v}},
		{"pointer in slice", []*T{&v}},
	}
	var out []Output
	for _, s := range shapes {
		for _, verb := range Verbs {
			out = append(out, Output{Channel: "fmt " + verb + " " + s.name, Guarded: true, Text: fmt.Sprintf(verb, s.val)})
		}
		out = append(out, Output{Channel: "error %v " + s.name, Guarded: true,
			Text: fmt.Errorf("case failed for %v: %w", s.val, errors.New("cause")).Error()})
	}
	if st, ok := any(v).(fmt.Stringer); ok {
		out = append(out, Output{Channel: "String", Guarded: true, Text: st.String()})
	}
	if e, ok := any(v).(error); ok {
		out = append(out, Output{Channel: "Error", Guarded: true, Text: e.Error()})
	}
	for _, h := range []struct {
		name   string
		json   bool
		redact bool
	}{{"text", false, false}, {"json", true, false}, {"text+redact", false, true}, {"json+redact", true, true}} {
		for _, s := range shapes {
			out = append(out, Output{
				Channel: "slog " + h.name + " " + s.name,
				Guarded: h.redact || !h.json || s.name == "bare" || s.name == "pointer",
				Text:    logged(h.json, h.redact, func(l *slog.Logger) { l.Info("msg", "v", s.val) }),
			})
		}
		out = append(out,
			Output{Channel: "slog " + h.name + " group", Guarded: true,
				Text: logged(h.json, h.redact, func(l *slog.Logger) { l.Info("msg", slog.Group("g", "v", v)) })},
			Output{Channel: "slog " + h.name + " With", Guarded: true,
				Text: logged(h.json, h.redact, func(l *slog.Logger) { l.With("v", v).Info("msg") })},
			Output{Channel: "slog " + h.name + " With nested", Guarded: h.redact || !h.json,
				Text: logged(h.json, h.redact, func(l *slog.Logger) { l.With("v", []T{v}).Info("msg") })},
		)
	}
	return out
}

// logged runs log on a logger writing to a buffer through the text or the
// JSON handler, wrapped in gdpr.RedactingHandler when redact is set.
func logged(asJSON, redact bool, log func(*slog.Logger)) string {
	var buf bytes.Buffer
	var h slog.Handler = slog.NewTextHandler(&buf, nil)
	if asJSON {
		h = slog.NewJSONHandler(&buf, nil)
	}
	if redact {
		h = gdpr.RedactingHandler(h)
	}
	log(slog.New(h))
	return buf.String()
}

// forms returns the ways a marker can appear in an output: as itself, and
// as fmt's %x and %X of it.
func forms(marker string) []string {
	h := hex.EncodeToString([]byte(marker))
	return []string{marker, h, strings.ToUpper(h)}
}

// contains reports whether out holds marker in any of its forms.
func contains(out, marker string) bool {
	for _, f := range forms(marker) {
		if strings.Contains(out, f) {
			return true
		}
	}
	return false
}

// Find returns, for each output of v that shows a marker, one leak per
// marker found, guarded and unguarded outputs alike, in channel order.
func Find[T any](v T, markers ...string) []Leak {
	return find(Render(v), markers, false)
}

func find(outs []Output, markers []string, guardedOnly bool) []Leak {
	var leaks []Leak
	for _, o := range outs {
		if guardedOnly && !o.Guarded {
			continue
		}
		for _, m := range markers {
			if m != "" && contains(o.Text, m) {
				leaks = append(leaks, Leak{Channel: o.Channel, Marker: m, Output: cut(o.Text)})
			}
		}
	}
	return leaks
}

// FindInErrors returns a leak for each error whose message shows a marker:
// the errors of a package's decoders and validators given input that holds
// the markers.
func FindInErrors(errs []error, markers ...string) []Leak {
	var leaks []Leak
	for i, err := range errs {
		if err == nil {
			continue
		}
		for _, m := range markers {
			if m != "" && contains(err.Error(), m) {
				leaks = append(leaks, Leak{Channel: fmt.Sprintf("error #%d", i), Marker: m, Output: cut(err.Error())})
			}
		}
	}
	return leaks
}

// Check fails t for every guarded output of v that shows a marker.
func Check[T any](t testing.TB, v T, markers ...string) {
	t.Helper()
	checkMarkers(t, markers)
	for _, l := range find(Render(v), markers, true) {
		t.Errorf("leak of %q in %s", l.Marker, l)
	}
}

// CheckErrors fails t for every error whose message shows a marker.
func CheckErrors(t testing.TB, errs []error, markers ...string) {
	t.Helper()
	checkMarkers(t, markers)
	for _, l := range FindInErrors(errs, markers...) {
		t.Errorf("leak of %q in %s", l.Marker, l)
	}
}

func checkMarkers(t testing.TB, markers []string) {
	t.Helper()
	if len(markers) == 0 || slices.Contains(markers, "") {
		t.Fatal("leaktest: give non-empty markers")
	}
}

// Stored reports whether the JSON encoding of v (encoding/json, which is
// storage) holds every marker: personal data are kept in clear there,
// except for bare gdpr.CPR numbers.
func Stored[T any](v T, markers ...string) bool {
	b, err := json.Marshal(v)
	if err != nil {
		return false
	}
	for _, m := range markers {
		if !contains(string(b), m) {
			return false
		}
	}
	return true
}

// Counts counts leaks by sink: "fmt", "error", "String", "slog text",
// "slog json", "slog text+redact", "slog json+redact", counting each
// output once however many markers it shows.
func Counts(leaks []Leak) map[string]int {
	n := map[string]int{}
	seen := map[string]bool{}
	for _, l := range leaks {
		if seen[l.Channel] {
			continue
		}
		seen[l.Channel] = true
		n[Sink(l.Channel)]++
	}
	return n
}

// Sink returns the sink of a channel name: "fmt", "error", "slog json",
// "slog json+redact", ...
func Sink(channel string) string {
	f := strings.Fields(channel)
	switch {
	case len(f) >= 2 && f[0] == "slog":
		return f[0] + " " + f[1]
	case len(f) >= 1:
		return f[0]
	}
	return channel
}

func cut(s string) string {
	if len(s) > 300 {
		return s[:300] + "..."
	}
	return s
}
