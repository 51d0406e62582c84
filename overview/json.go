package overview

import "github.com/dkgdpr/gdpr/internal/jsonstrict"

// ParseJSON decodes one of the package's records strictly from the JSON
// encoding/json gives it, then validates it. The package stores one record:
//
//   - [Municipality], the overview's input: the records, consents,
//     agreements, screenings, impact assessments, risk assessments, breaches
//     and requests of an authority, with its policy.
//
// Decoding is strict, for every piece with its package's types: an unknown
// field (names are matched exactly, so "Records" is not "records"), a
// duplicate key, a value of the wrong JSON type, an unknown code, a
// malformed date, a timestamp without a UTC offset and data after the value
// are all problems, found together, as a gdpr.Problems with the JSON field
// path of each ("records[3].purposes[0].legalBases[1]"). Validation is
// [Municipality.Validate]: only what makes an overview impossible, an
// invalid policy, is an error; a piece that decodes but does not validate is
// reported by [Build] and [Municipality.Check] as findings of
// overview.invalid, so one bad record does not hide the rest.
// errors.Is(err, gdpr.ErrInvalid) holds for every error. Messages never
// quote the input.
func ParseJSON[T Municipality](data []byte) (T, error) { return jsonstrict.Parse[T](data) }
