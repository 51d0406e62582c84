package api

import (
	"bytes"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/jsonstrict"
)

// decode reads a JSON request into v strictly with the module's strict
// decoder (internal/jsonstrict), the one the packages' ParseJSON use: an
// unknown field, a duplicate key, a value of the wrong type, an unknown
// code (unknown_code, from the code's own error), a malformed value and
// data after the value are all reported together as a gdpr.Problems with
// their JSON field paths. Members inside a type that decodes itself
// (rights.Requester, risk.Matrix) are checked too, since those types
// decode with the same decoder and their paths are joined to the
// member's.
//
// A request must be a JSON object; null, which the decoder accepts for a
// member, is no request.
func decode(data []byte, v any) error {
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] != '{' && trimmed[0] != '[' && jsonValid(trimmed) {
		return gdpr.Problems{{Path: "", Code: CodeType, Message: "the request must be a JSON object"}}
	}
	return jsonstrict.Decode(data, v)
}

// jsonValid reports whether data is one JSON scalar such as null, so that
// it is reported as the wrong type rather than as malformed.
func jsonValid(data []byte) bool {
	data = bytes.TrimRight(data, " \t\r\n")
	switch string(data) {
	case "null", "true", "false":
		return true
	}
	return len(data) > 0 && (data[0] == '"' || data[0] == '-' || (data[0] >= '0' && data[0] <= '9'))
}
