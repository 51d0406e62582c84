package rights

import "github.com/dkgdpr/gdpr"

// Sentinel errors of the package. Each means invalid input, so an error that
// wraps one satisfies errors.Is(err, gdpr.ErrInvalid) as well as
// errors.Is(err, ErrX).
var (
	// ErrUnknownCode is returned when text does not name a value of one of
	// the package's enumerations (a request kind, a status, a ground, ...).
	ErrUnknownCode error = &sentinel{"rights: unknown code"}

	// ErrInvalidKind is returned by [Applicable] for a request kind that
	// is not set or does not exist.
	ErrInvalidKind error = &sentinel{"rights: invalid request kind"}

	// ErrInvalidBasis is returned by [Applicable] for a legal basis that
	// is not set or not well formed.
	ErrInvalidBasis error = &sentinel{"rights: invalid legal basis"}

	// ErrInvalidPolicy is returned by [Policy.Validate] and
	// [InformPolicy.Validate] for a policy whose values are out of range.
	// The error also holds a [gdpr.Problems] naming every field.
	ErrInvalidPolicy error = &sentinel{"rights: invalid policy"}
)

// sentinel is an error that also matches gdpr.ErrInvalid.
type sentinel struct{ msg string }

func (e *sentinel) Error() string { return e.msg }

// Is makes errors.Is(err, gdpr.ErrInvalid) hold.
func (e *sentinel) Is(target error) bool { return target == gdpr.ErrInvalid }
