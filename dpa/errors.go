package dpa

import "github.com/dkgdpr/gdpr"

// Sentinel errors of the package. Each means invalid input, so
// errors.Is(err, gdpr.ErrInvalid) holds for every error that wraps one.
var (
	// ErrUnknownCode is returned when text does not name a value of one of
	// the package's enumerations ("isae_3402", "support", ...).
	ErrUnknownCode error = &invalidError{"dpa: unknown code"}

	// ErrInvalidRegister is returned by [NewRegister] when an agreement
	// does not validate or two agreements share an ID. The error also holds
	// a [gdpr.Problems] listing every problem, with paths such as
	// "[12].subProcessors[0].access".
	ErrInvalidRegister error = &invalidError{"dpa: invalid register"}
)

// invalidError is a sentinel that also matches gdpr.ErrInvalid, so the
// errors that wrap it satisfy errors.Is(err, gdpr.ErrInvalid).
type invalidError struct{ msg string }

func (e *invalidError) Error() string { return e.msg }

// Is reports whether target is gdpr.ErrInvalid.
func (e *invalidError) Is(target error) bool { return target == gdpr.ErrInvalid }
