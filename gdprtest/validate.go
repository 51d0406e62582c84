package gdprtest

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
)

// Validator is a record that checks itself: every record type of the module
// (ropa.Record, *dpa.Agreement, screening.Screening, risk.Assessment,
// breach.Incident, rights.Request, ...) has Validate returning every
// problem at once as gdpr.Problems.
type Validator interface {
	Validate() error
}

// Valid reports whether v validates, and marks the test failed with every
// problem, one per line with its field path and code, when it does not.
// Like the testing package's helpers it calls t.Helper, so the failure
// points at the caller's line, and t.Errorf, so the test goes on; stop it
// with
//
//	if !gdprtest.Valid(t, rec) {
//		t.FailNow()
//	}
func Valid(t testing.TB, v Validator) bool {
	t.Helper()
	err, ok := validate(t, v)
	if !ok {
		return false
	}
	if err == nil {
		return true
	}
	t.Errorf("%T does not validate:\n%s", v, problemLines(err))
	return false
}

// Invalid reports whether v fails to validate with an error that matches
// gdpr.ErrInvalid and has a problem at each of paths ("purposes[0].legalBases",
// "subProcessors[1].locations[0].basis.tia.date"). Problems at other paths
// are allowed: breaking one field may break a rule that spans several. With
// no paths, any validation error will do. On failure it marks the test
// failed and lists the problems found.
func Invalid(t testing.TB, v Validator, paths ...string) bool {
	t.Helper()
	err, ok := validate(t, v)
	if !ok {
		return false
	}
	if err == nil {
		if len(paths) == 0 {
			t.Errorf("%T validates, want a validation error", v)
		} else {
			t.Errorf("%T validates, want problems at %s", v, strings.Join(paths, ", "))
		}
		return false
	}
	if !errors.Is(err, gdpr.ErrInvalid) {
		t.Errorf("%T: Validate returned %q, which does not match gdpr.ErrInvalid", v, err)
		return false
	}
	var ps gdpr.Problems
	errors.As(err, &ps)
	var missing []string
	for _, p := range paths {
		if !slices.ContainsFunc(ps, func(q gdpr.Problem) bool { return q.Path == p }) {
			missing = append(missing, p)
		}
	}
	if len(missing) > 0 {
		t.Errorf("%T has no problem at %s; its problems:\n%s", v, strings.Join(missing, ", "), problemLines(err))
		return false
	}
	return true
}

// problemLines lists the problems of err one per line, indented.
func problemLines(err error) string {
	var ps gdpr.Problems
	if !errors.As(err, &ps) || len(ps) == 0 {
		return "\t" + err.Error()
	}
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteByte('\n')
		}
		path := p.Path
		if path == "" {
			path = "(the value)"
		}
		fmt.Fprintf(&b, "\t%s: %s (%s)", path, p.Message, p.Code)
	}
	return b.String()
}

// validate calls v.Validate. It fails the test and returns false when v
// is nil or Validate panics (a nil pointer to a type whose Validate has a
// value receiver does).
func validate(t testing.TB, v Validator) (err error, ok bool) {
	t.Helper()
	if v == nil {
		t.Errorf("got a nil Validator, want a value to validate")
		return nil, false
	}
	defer func() {
		if r := recover(); r != nil {
			t.Helper()
			t.Errorf("%T: Validate panicked: %v", v, r)
			ok = false
		}
	}()
	return v.Validate(), true
}
