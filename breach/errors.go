package breach

import "github.com/dkgdpr/gdpr/internal/invalid"

// Sentinel errors. Each satisfies errors.Is(err, gdpr.ErrInvalid) as well as
// errors.Is(err, ErrX), so a host can treat every invalid input the same way
// and still tell the cases apart.
var (
	// ErrUnknownCode is returned for an enumeration code the package does
	// not know.
	ErrUnknownCode error = invalid.New("breach: unknown code")

	// ErrBadTime is returned by [ParseLocal] for text that is not a time.
	ErrBadTime error = invalid.New("breach: malformed time")

	// ErrNonexistentTime is returned by [ParseLocal] for a local time
	// without an offset that falls in the gap when the clocks in
	// Europe/Copenhagen are put forward (2025-03-30 02:30 never happened).
	ErrNonexistentTime error = invalid.New("breach: local time does not exist in Europe/Copenhagen (daylight-saving gap)")

	// ErrAmbiguousTime is returned by [ParseLocal] for a local time without
	// an offset that happened twice because the clocks in Europe/Copenhagen
	// were put back (2025-10-26 02:30); an offset says which was meant.
	ErrAmbiguousTime error = invalid.New("breach: local time is ambiguous in Europe/Copenhagen (daylight-saving overlap)")

	// ErrPolicy is returned by [Policy.Validate] and [Policy.Decide] for a
	// policy whose thresholds are not severity levels or are in the wrong
	// order.
	ErrPolicy error = invalid.New("breach: invalid policy")

	// ErrIncomplete is returned by [Assessment.Score] when the assessment
	// lacks what the ENISA method needs (a data context, the ease of
	// identification). It comes together with a gdpr.Problems naming the
	// missing fields.
	ErrIncomplete error = invalid.New("breach: incomplete severity assessment")
)
