package risk

import "github.com/dkgdpr/gdpr/internal/invalid"

// Sentinel errors of the package. Each means invalid input, so
// errors.Is(err, gdpr.ErrInvalid) holds for every error that wraps one.
var (
	// ErrInvalidScale is returned for a consequence or probability off the
	// scale of a matrix: 0 (not assessed), 5 on the template's four steps
	// (the template's "1-5" column headers are a known error), 255.
	ErrInvalidScale error = invalid.New("risk: value off the scale")

	// ErrUnknownCode is returned when text does not name a value of one of
	// the package's enumerations.
	ErrUnknownCode error = invalid.New("risk: unknown code")

	// ErrInvalidMatrix is returned by [NewMatrix] (and by decoding a
	// [Matrix]) for a grid or labels that do not make a matrix. The error
	// also holds a [gdpr.Problems] listing every reason.
	ErrInvalidMatrix error = invalid.New("risk: invalid matrix")

	// ErrInvalidPolicy is returned when a [Policy] that does not validate is
	// applied. The error also holds a [gdpr.Problems].
	ErrInvalidPolicy error = invalid.New("risk: invalid policy")
)
