package screening

import "github.com/dkgdpr/gdpr/internal/invalid"

// ErrUnknownCode is the sentinel of the package's enumerations: the
// parsers, UnmarshalText and Scan wrap it for a code that names no value,
// and MarshalText and Value for a value off its table. It matches
// gdpr.ErrInvalid, as every error of the package does.
var ErrUnknownCode = invalid.New("screening: unknown code")
