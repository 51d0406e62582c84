// Package invalid makes the sentinel errors of the domain packages: each is
// its own error value, compared with errors.Is, that also matches
// gdpr.ErrInvalid, so every error wrapping it satisfies
// errors.Is(err, gdpr.ErrInvalid), as every invalid input of the module does.
package invalid

import "github.com/dkgdpr/gdpr"

// New returns a new sentinel error with the message msg that also matches
// gdpr.ErrInvalid. Call it once per sentinel, in a package-level var.
func New(msg string) error { return &sentinel{msg} }

type sentinel struct{ msg string }

func (e *sentinel) Error() string { return e.msg }

// Is reports whether target is gdpr.ErrInvalid.
func (e *sentinel) Is(target error) bool { return target == gdpr.ErrInvalid }
