package dpia

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// ParseJSON decodes an assessment from its JSON form (the shape
// encoding/json gives an [Assessment]) and validates it. Decoding is strict:
// an unknown field, an unknown code, a malformed date or period, and data
// after the assessment are errors wrapping [ErrMalformedJSON], with the byte
// offset near which decoding stopped where encoding/json gives one. The
// assessment must then pass [Assessment.Validate]; that error lists every
// problem with its path. Both satisfy errors.Is(err, gdpr.ErrInvalid).
func ParseJSON(data []byte) (Assessment, error) {
	var a Assessment
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&a); err != nil {
		return Assessment{}, malformed(err, dec.InputOffset())
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return Assessment{}, fmt.Errorf("%w: data after the assessment at byte %d", ErrMalformedJSON, dec.InputOffset())
	}
	if err := a.Validate(); err != nil {
		return Assessment{}, err
	}
	return a, nil
}

// malformed wraps a decoding error with its offset.
func malformed(err error, offset int64) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		offset = syn.Offset
	case errors.As(err, &typ):
		offset = typ.Offset
		if typ.Field != "" {
			return fmt.Errorf("%w: field %s at byte %d: %w", ErrMalformedJSON, typ.Field, offset, err)
		}
	}
	return fmt.Errorf("%w near byte %d: %w", ErrMalformedJSON, offset, err)
}
