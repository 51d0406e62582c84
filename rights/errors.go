package rights

import "github.com/dkgdpr/gdpr/internal/invalid"

// Sentinel errors of the package. Each means invalid input, so an error that
// wraps one satisfies errors.Is(err, gdpr.ErrInvalid) as well as
// errors.Is(err, ErrX).
var (
	// ErrUnknownCode is returned when text does not name a value of one of
	// the package's enumerations (a request kind, a status, a ground, ...).
	ErrUnknownCode error = invalid.New("rights: unknown code")

	// ErrInvalidKind is returned by [Applicable] for a request kind that
	// is not set or does not exist.
	ErrInvalidKind error = invalid.New("rights: invalid request kind")

	// ErrInvalidBasis is returned by [Applicable] for a legal basis that
	// is not set or not well formed.
	ErrInvalidBasis error = invalid.New("rights: invalid legal basis")

	// ErrInvalidPolicy is returned by [Policy.Validate] and
	// [InformPolicy.Validate] for a policy whose values are out of range.
	// The error also holds a [gdpr.Problems] naming every field.
	ErrInvalidPolicy error = invalid.New("rights: invalid policy")
)
