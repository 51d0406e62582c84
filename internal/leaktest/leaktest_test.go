package leaktest_test

import (
	"errors"
	"testing"

	"github.com/dkgdpr/gdpr/internal/leaktest"
	"github.com/stretchr/testify/assert"
)

// secret prints redacted through its methods but keeps its text in an
// exported field, so the harness must find it wherever fmt reads fields.
type secret struct{ Text string }

func (secret) String() string { return "[redacted]" }

func TestFindSeesEveryForm(t *testing.T) {
	const m = "Markus Markersen"
	leaks := leaktest.Find(m, m)
	counts := leaktest.Counts(leaks)
	assert.Equal(t, 6, counts["error"], "a plain string shows in every error shape but the pointers, printed as addresses")
	channels := map[string]bool{}
	for _, l := range leaks {
		channels[l.Channel] = true
	}
	assert.True(t, channels["fmt %x bare"], "hex of the marker counts")
	assert.True(t, channels["fmt %X bare"], "upper-case hex too")
	assert.True(t, channels["slog json+redact slice"], "the wrapper cannot know a plain string is personal")

	assert.Empty(t, leaktest.Find(secret{Text: "x"}, m), "nothing planted, nothing found")
	found := map[string]bool{}
	for _, l := range leaktest.Find(secret{Text: m}, m) {
		found[l.Channel] = true
	}
	assert.False(t, found["fmt %v bare"], "fmt calls String for %v")
	assert.True(t, found["fmt %d bare"], "but not for %d: a String method alone does not redact")
	assert.True(t, found["fmt %v unexported field"], "nor for an unexported field")
	assert.True(t, found["slog json bare"], "encoding/json reads the exported field")
}

func TestFindInErrors(t *testing.T) {
	errs := []error{nil, errors.New("unknown code (a value of 16 characters)"), errors.New(`unknown code "Markus Markersen"`)}
	leaks := leaktest.FindInErrors(errs, "Markus Markersen")
	if assert.Len(t, leaks, 1) {
		assert.Equal(t, "error #2", leaks[0].Channel)
	}
	assert.True(t, leaktest.Stored(struct{ S secret }{secret{Text: "Markus Markersen"}}, "Markus Markersen"))
	assert.Equal(t, "slog json+redact", leaktest.Sink("slog json+redact map"))
	assert.Equal(t, "fmt", leaktest.Sink("fmt %v bare"))
}
