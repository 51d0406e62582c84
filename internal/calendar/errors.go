package calendar

import "errors"

// ErrInvalidDate is wrapped by the error [ParseDate] returns for text that is
// not a valid date in the form YYYY-MM-DD.
var ErrInvalidDate = errors.New("calendar: invalid date")
