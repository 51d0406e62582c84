package rights

import "github.com/dkgdpr/gdpr/internal/jsonstrict"

// ParseJSON decodes one of the package's stored records strictly and then
// validates it:
//
//   - a [Request], a data-subject request;
//   - a [Collection], data obtained from someone other than the data
//     subject, for the duty to inform;
//   - a [Policy], the authority's choices.
//
// Strict means that an unknown field (names are matched exactly, so
// "Kind" is not "kind"), a duplicate key, a value of the wrong JSON type,
// an unknown code, a malformed value, an instant without a UTC offset and
// data after the value are all errors. Every problem, of decoding and of
// Validate, is a gdpr.Problem with its JSON field path
// ("answer.grounds[1]"); the error matches gdpr.ErrInvalid and never
// quotes the requester's identity.
func ParseJSON[T Request | Collection | Policy](data []byte) (T, error) {
	return jsonstrict.Parse[T](data)
}
