package invalid_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/invalid"
)

func TestSentinelsMatchErrInvalidAndOnlyThemselves(t *testing.T) {
	a, b := invalid.New("pkg: a"), invalid.New("pkg: a")
	wrapped := fmt.Errorf("pkg: bad code %q: %w", "x", a)
	if !errors.Is(wrapped, a) || !errors.Is(wrapped, gdpr.ErrInvalid) {
		t.Errorf("got errors.Is(wrapped, sentinel) %v, errors.Is(wrapped, ErrInvalid) %v, want both true",
			errors.Is(wrapped, a), errors.Is(wrapped, gdpr.ErrInvalid))
	}
	if errors.Is(wrapped, b) {
		t.Error("two sentinels with the same message must stay distinct")
	}
	if a.Error() != "pkg: a" {
		t.Errorf("got message %q, want %q", a.Error(), "pkg: a")
	}
}
