package ropa

import "github.com/dkgdpr/gdpr/internal/invalid"

// Sentinel errors of the package. Each means invalid input, so
// errors.Is(err, gdpr.ErrInvalid) holds for every error that wraps one.
var (
	// ErrUnknownCode is returned when text does not name a value of one of
	// the package's enumerations.
	ErrUnknownCode error = invalid.New("ropa: unknown code")

	// ErrMalformedPeriod is returned for text that is not a period such as
	// "P5Y", "P6M" or "P30D" (see [ParsePeriod]).
	ErrMalformedPeriod error = invalid.New("ropa: malformed period")

	// ErrMalformedCSV is returned by [ReadCSV] for input that is not a
	// register in the package's CSV layout; the message names the line and
	// the column.
	ErrMalformedCSV error = invalid.New("ropa: malformed CSV")

	// ErrMalformedImport is returned by [ImportOS2compliance] for a file
	// that is not OS2compliance's register JSON; the message names the file.
	ErrMalformedImport error = invalid.New("ropa: malformed OS2compliance register")

	// ErrMalformedSubject is returned when a consent's data subject is
	// empty or holds a line break.
	ErrMalformedSubject error = invalid.New("ropa: malformed data subject")
)
