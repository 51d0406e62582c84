package screening

import (
	"database/sql/driver"
	"errors"
	"fmt"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Sentinel errors of the package. Every error wrapping one of them also
// satisfies errors.Is(err, gdpr.ErrInvalid): they all mean invalid input.
var (
	// ErrUnknownCode is wrapped by the parsers, UnmarshalText and Scan when a
	// code names no value of a screening enumeration.
	ErrUnknownCode = errors.New("screening: unknown code")
	// ErrInvalidValue is wrapped by MarshalText, Value and Scan when a value
	// lies outside its enumeration or a database value has the wrong type.
	ErrInvalidValue = errors.New("screening: invalid value")
)

// parseCode finds the value of a code of one of the package's enumerations;
// "" gives zero (not set).
func parseCode[T ~uint8](s, kind string, codes []string) (T, error) {
	v, err := enum.Parse[T](s, kind, codes, gdpr.ErrInvalid)
	if err != nil {
		return 0, fmt.Errorf("%w: %s %s: %w", ErrUnknownCode, kind, enum.Quote(s), gdpr.ErrInvalid)
	}
	return v, nil
}

// marshalCode encodes v as its code; zero encodes as "".
func marshalCode[T ~uint8](v T, typeName string, codes []string) ([]byte, error) {
	b, err := enum.Marshal(v, typeName, codes, gdpr.ErrInvalid)
	if err != nil {
		return nil, fmt.Errorf("%w: cannot encode %s: %w", ErrInvalidValue, enum.String(v, typeName, codes), gdpr.ErrInvalid)
	}
	return b, nil
}

// scanCode implements sql.Scanner: NULL gives zero, text is parsed.
func scanCode[T ~uint8](v *T, src any, kind string, codes []string) error {
	var s string
	switch x := src.(type) {
	case nil:
		*v = 0
		return nil
	case string:
		s = x
	case []byte:
		s = string(x)
	default:
		return fmt.Errorf("%w: cannot scan %T into a %s: %w", ErrInvalidValue, src, kind, gdpr.ErrInvalid)
	}
	p, err := parseCode[T](s, kind, codes)
	if err != nil {
		return err
	}
	*v = p
	return nil
}

// valueCode implements driver.Valuer: the code, or NULL for zero.
func valueCode[T ~uint8](v T, typeName string, codes []string) (driver.Value, error) {
	if v == 0 {
		return nil, nil
	}
	b, err := marshalCode(v, typeName, codes)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}
