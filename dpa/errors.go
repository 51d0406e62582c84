package dpa

import "github.com/dkgdpr/gdpr/internal/invalid"

// Sentinel errors of the package. Each means invalid input, so
// errors.Is(err, gdpr.ErrInvalid) holds for every error that wraps one.
var (
	// ErrUnknownCode is returned when text does not name a value of one of
	// the package's enumerations ("isae_3402", "support", ...).
	ErrUnknownCode error = invalid.New("dpa: unknown code")

	// ErrInvalidRegister is returned by [NewRegister] when an agreement
	// does not validate or two agreements share an ID. The error also holds
	// a [gdpr.Problems] listing every problem, with paths such as
	// "[12].subProcessors[0].access".
	ErrInvalidRegister error = invalid.New("dpa: invalid register")
)
