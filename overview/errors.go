package overview

import "github.com/dkgdpr/gdpr"

// Sentinel errors of the package. Each means invalid input, so
// errors.Is(err, gdpr.ErrInvalid) holds for every error that wraps one.
var (
	// ErrUnknownCode is returned when text does not name a value of one of
	// the package's enumerations ([Area], [DueKind]).
	ErrUnknownCode error = &invalidError{"overview: unknown code"}

	// ErrInvalidPolicy is returned by [Build] and [Policy.Validate] for a
	// policy of one of the packages that does not validate. The error also
	// holds a [gdpr.Problems] naming every field.
	ErrInvalidPolicy error = &invalidError{"overview: invalid policy"}
)

// invalidError is a sentinel that also matches gdpr.ErrInvalid, so the
// errors that wrap it satisfy errors.Is(err, gdpr.ErrInvalid).
type invalidError struct{ msg string }

func (e *invalidError) Error() string { return e.msg }

// Is reports whether target is gdpr.ErrInvalid.
func (e *invalidError) Is(target error) bool { return target == gdpr.ErrInvalid }
