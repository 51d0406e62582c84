package ropa

import "github.com/dkgdpr/gdpr/internal/jsonstrict"

// ParseJSON decodes one of the package's records strictly and then
// validates it: a [Record], a [Register] (records and consents), a
// [Consent] or a [ProcessorRecord], as encoding/json writes them. An
// unknown field (names are matched exactly: "Name" is not "name"), a
// duplicate key, a value of the wrong JSON type, an unknown code, a
// malformed date, period, KLE number, country or CVR number, a timestamp
// without a UTC offset and data after the value are all reported together
// as [gdpr.Problems] whose paths are JSON field paths
// ("records[3].purposes[0].legalBases[1]"); then the value's Validate
// runs. errors.Is(err, gdpr.ErrInvalid) holds for every error.
//
// JSON is the host's store: a consent's subject is in it in clear, so
// encoding/json and ParseJSON round-trip every record without loss. Keep
// the JSON out of logs; the values' String, fmt and slog forms redact the
// subject.
func ParseJSON[T Record | Register | Consent | ProcessorRecord](data []byte) (T, error) {
	return jsonstrict.Parse[T](data)
}
