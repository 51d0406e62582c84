package dpa

import (
	"encoding/json"
	"errors"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/jsonstrict"
)

// ParseJSON decodes one of the package's records strictly and then
// validates it: an [Agreement], as encoding/json writes it, or a
// [Register], written as {"agreements": [...]}. An unknown field (names
// are matched exactly: "ID" is not "id"), a duplicate key, a value of the
// wrong JSON type, an unknown code (also as a checklist key), a malformed
// date, country or CVR number and data after the value are all reported
// together as [gdpr.Problems] whose paths are JSON field paths
// ("subProcessors[1].locations[0].country", "agreements[2].id"); then
// [Agreement.Validate] runs, or [NewRegister] for a register.
// errors.Is(err, gdpr.ErrInvalid) holds for every error.
//
// A party's contact is in clear in the JSON, the host's store; keep it out
// of logs.
func ParseJSON[T Agreement | Register](data []byte) (T, error) {
	return jsonstrict.Parse[T](data)
}

// registerJSON is the JSON shape of a Register.
type registerJSON struct {
	Agreements []Agreement `json:"agreements"`
}

// MarshalJSON writes the register as {"agreements": [...]}, in the order
// given to [NewRegister]; the zero Register has an empty list.
func (r Register) MarshalJSON() ([]byte, error) {
	doc := registerJSON{Agreements: r.agreements}
	if doc.Agreements == nil {
		doc.Agreements = []Agreement{}
	}
	return json.Marshal(doc)
}

// UnmarshalJSON reads a register as [Register.MarshalJSON] writes it,
// strictly, and makes it with [NewRegister]: an invalid agreement or an ID
// used twice is an error, with paths such as "agreements[3].id".
func (r *Register) UnmarshalJSON(data []byte) error {
	var doc registerJSON
	if err := jsonstrict.Decode(data, &doc); err != nil {
		return err
	}
	reg, err := NewRegister(doc.Agreements)
	if err != nil {
		var ps, out gdpr.Problems
		if errors.As(err, &ps) {
			out.Merge("agreements", ps)
			return out
		}
		return err
	}
	*r = *reg
	return nil
}
