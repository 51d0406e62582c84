package ropa

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
)

// EncodeJSON encodes a register as JSON for the host's store: the shape
// encoding/json gives a [Register], except that each consent's subject is
// the key itself rather than "[redacted]", so that [ParseJSON] reads the
// register back without loss. Keep its output out of logs.
func EncodeJSON(reg Register) ([]byte, error) {
	out := storedRegister{Records: reg.Records}
	if len(reg.Consents) > 0 {
		out.Consents = make([]storedConsent, len(reg.Consents))
		for i, c := range reg.Consents {
			out.Consents[i] = storedConsent{
				ID: c.ID, RecordID: c.RecordID, PurposeID: c.PurposeID, Subject: c.Subject.Reveal(),
				Given: c.Given, Expires: c.Expires, Withdrawn: c.Withdrawn, Stopped: c.Stopped,
			}
		}
	}
	return json.Marshal(out)
}

// storedRegister and storedConsent are the store's shape of a register:
// Register and Consent with the subject's key in clear.
type storedRegister struct {
	Records  []Record        `json:"records"`
	Consents []storedConsent `json:"consents,omitempty"`
}

type storedConsent struct {
	ID        string    `json:"id"`
	RecordID  string    `json:"recordId"`
	PurposeID string    `json:"purposeId"`
	Subject   string    `json:"subject"`
	Given     time.Time `json:"given"`
	Expires   time.Time `json:"expires,omitzero"`
	Withdrawn time.Time `json:"withdrawn,omitzero"`
	Stopped   time.Time `json:"stopped,omitzero"`
}

// ParseJSON decodes a register from the JSON of [EncodeJSON] (or of
// encoding/json for a register without consents) and validates it. A
// decoding error gives the byte offset near which it happened. Decoding is strict: an unknown
// field, an unknown code, a malformed date, period, KLE number, country or
// CVR number, and data after the register are errors. The register must
// then pass [Register.Validate]; the error lists every problem.
func ParseJSON(data []byte) (Register, error) {
	var reg Register
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&reg); err != nil {
		// encoding/json does not name the field for an error of a text
		// decoder (an unknown code, a malformed KLE number): give the place.
		return Register{}, fmt.Errorf("%w: near byte %d: %w", ErrMalformedJSON, dec.InputOffset(), err)
	}
	if dec.More() {
		return Register{}, fmt.Errorf("%w: near byte %d: data after the register", ErrMalformedJSON, dec.InputOffset())
	}
	if err := reg.Validate(); err != nil {
		return Register{}, err
	}
	return reg, nil
}
