package overview

import "github.com/dkgdpr/gdpr/internal/invalid"

// Sentinel errors of the package. Each means invalid input, so
// errors.Is(err, gdpr.ErrInvalid) holds for every error that wraps one.
var (
	// ErrUnknownCode is returned when text does not name a value of one of
	// the package's enumerations ([Area], [DueKind]).
	ErrUnknownCode error = invalid.New("overview: unknown code")

	// ErrInvalidPolicy is returned by [Build] and [Policy.Validate] for a
	// policy of one of the packages that does not validate. The error also
	// holds a [gdpr.Problems] naming every field.
	ErrInvalidPolicy error = invalid.New("overview: invalid policy")
)
