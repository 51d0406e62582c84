package breach

import "github.com/dkgdpr/gdpr/internal/jsonstrict"

// ParseJSON decodes one of the package's stored records strictly and then
// validates it:
//
//   - an [Incident], one personal data breach;
//   - a [Log], the breach log of GDPR art. 33(5), a JSON array of
//     incidents;
//   - a [Policy], the authority's choices for the breach decision.
//
// Strict means that an unknown field (names are matched exactly, so
// "AwareAt" is not "awareAt"), a duplicate key, a value of the wrong JSON
// type, an unknown code, a malformed value, an instant without a UTC
// offset and data after the value are all errors. Every problem, of
// decoding and of Validate, is a gdpr.Problem with its JSON field path
// ("notifications[1].at"); the error matches gdpr.ErrInvalid and never
// quotes the contact person.
func ParseJSON[T Incident | Log | Policy](data []byte) (T, error) {
	return jsonstrict.Parse[T](data)
}
