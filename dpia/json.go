package dpia

import "github.com/dkgdpr/gdpr/internal/jsonstrict"

// ParseJSON decodes one of the package's records strictly from the JSON
// encoding/json gives it, then validates it. The package stores one record:
//
//   - [Assessment], the impact assessment with its embedded record,
//     screening, risks and decisions of the authority.
//
// Decoding is strict: an unknown field (names are matched exactly, so
// "RecordID" is not "recordId"), a duplicate key, a value of the wrong JSON
// type, an unknown code, a malformed date or period, a timestamp without a
// UTC offset and data after the value are all problems, found together. The
// error is a gdpr.Problems with the JSON field path of each problem
// ("monitoring.changes[0].kind"), and then the problems of
// [Assessment.Validate]; errors.Is(err, gdpr.ErrInvalid) holds for both.
// Messages never quote the input.
func ParseJSON[T Assessment](data []byte) (T, error) { return jsonstrict.Parse[T](data) }
