package gdpr

import "errors"

// ErrInvalid is the sentinel for invalid input. Every validation error of the
// module satisfies errors.Is(err, ErrInvalid): the decoders and parsers of
// this package wrap it, and [Problems] reports it.
var ErrInvalid = errors.New("gdpr: invalid input")
