package risk_test

import (
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr/internal/fuzzcheck"
)

// TestEveryDecoderHasAFuzzTarget lists the package's exported decoders and
// validators from its source (ParseX functions and each type of ParseJSON,
// NewX constructors that validate, UnmarshalText, UnmarshalJSON, Scan and
// Validate methods) and requires each to be named by a fuzz target in
// fuzzTargets, and each target to exist.
func TestEveryDecoderHasAFuzzTarget(t *testing.T) {
	fuzzcheck.Targets(t, fuzzTargets, func(name string) bool {
		return strings.HasPrefix(name, "Parse") || name == "NewMatrix" || name == "OS2Preset"
	})
}
