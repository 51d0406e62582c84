package gdpr

import (
	"errors"
	"fmt"

	"github.com/dkgdpr/gdpr/internal/enum"
)

// ErrInvalid is the sentinel for invalid input. Every validation error of the
// module satisfies errors.Is(err, ErrInvalid): the decoders and parsers of
// this package wrap it, and [Problems] reports it.
var ErrInvalid = errors.New("gdpr: invalid input")

// invalidf returns an error whose message is "gdpr: " and the formatted
// text, naming the package once, that matches [ErrInvalid] and carries the
// problem code a strict decoder reports for it (one of the Code constants).
// Callers never format input that could be personal data into it: they use
// enum.Quote.
func invalidf(code, format string, args ...any) error {
	return &enum.Error{Msg: "gdpr: " + fmt.Sprintf(format, args...), Code: code, Err: ErrInvalid}
}
