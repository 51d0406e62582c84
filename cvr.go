package gdpr

import (
	"database/sql/driver"
	"strconv"

	"github.com/dkgdpr/gdpr/internal/enum"
)

// CVR is a number of the Danish Central Business Register (CVR-nummer):
// eight digits, the first not 0, whose weighted sum with the weights
// 2, 7, 6, 5, 4, 3, 2, 1 is divisible by 11 (modulus 11). Every Danish
// company, municipality, region and state authority has one; a processor
// or controller is identified by it.
//
// A CVR is a small comparable value; the zero value means "no CVR number".
// Use [ParseCVR] to make one.
type CVR struct {
	n uint32 // 10000000..99999999, or 0 for no number
}

// cvrWeights are the modulus 11 weights of the eight digits.
var cvrWeights = [8]int{2, 7, 6, 5, 4, 3, 2, 1}

// ParseCVR parses a CVR number. The canonical form is eight digits
// ("29189846"). ParseCVR also accepts, and nothing more:
//
//   - a "DK" or "dk" prefix, directly or followed by one space or hyphen
//     ("DK29189846", "DK 29189846", "DK-29189846"), as in Danish VAT
//     numbers and on invoices;
//   - the digits in four pairs separated by single spaces ("29 18 98 46"),
//     as the CVR register prints them.
//
// The number must have eight digits, must not start with 0 and must pass
// the modulus 11 check. The empty string is an error; [CVR.UnmarshalText]
// and [CVR.Scan] decode empty input as the zero value. Errors wrap
// [ErrInvalid] and quote the input.
func ParseCVR(s string) (CVR, error) {
	if s == "" {
		return CVR{}, invalidf(CodeRequired, "empty CVR number")
	}
	digits := s
	if len(digits) >= 2 && (digits[:2] == "DK" || digits[:2] == "dk") {
		digits = digits[2:]
		if len(digits) > 0 && (digits[0] == ' ' || digits[0] == '-') {
			digits = digits[1:]
		}
	}
	var buf [8]byte
	switch {
	case len(digits) == 8:
		copy(buf[:], digits)
	case len(digits) == 11 && digits[2] == ' ' && digits[5] == ' ' && digits[8] == ' ':
		copy(buf[0:2], digits[0:2])
		copy(buf[2:4], digits[3:5])
		copy(buf[4:6], digits[6:8])
		copy(buf[6:8], digits[9:11])
	default:
		return CVR{}, invalidf(CodeMalformed, "malformed CVR number %s: want 8 digits", enum.Quote(s))
	}
	var n uint32
	sum := 0
	for i, c := range buf {
		if c < '0' || c > '9' {
			return CVR{}, invalidf(CodeMalformed, "malformed CVR number %s: want 8 digits", enum.Quote(s))
		}
		d := int(c - '0')
		n = n*10 + uint32(d)
		sum += d * cvrWeights[i]
	}
	if buf[0] == '0' {
		return CVR{}, invalidf(CodeMalformed, "malformed CVR number %s: first digit is 0", enum.Quote(s))
	}
	if sum%11 != 0 {
		return CVR{}, invalidf(CodeMalformed, "invalid CVR number %s: modulus 11 check fails", enum.Quote(s))
	}
	return CVR{n: n}, nil
}

// MustParseCVR is like [ParseCVR] but panics on error. It is meant for
// literals in tests and examples only.
func MustParseCVR(s string) CVR {
	c, err := ParseCVR(s)
	if err != nil {
		panic(err)
	}
	return c
}

// String returns the eight digits ("29189846"), or "" for the zero value.
func (c CVR) String() string {
	if c.n == 0 {
		return ""
	}
	return strconv.FormatUint(uint64(c.n), 10)
}

// IsZero reports whether c is the zero value (no CVR number).
func (c CVR) IsZero() bool { return c.n == 0 }

// MarshalText encodes c as eight digits; the zero value encodes as "".
func (c CVR) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText decodes a CVR number as [ParseCVR] does; empty text decodes
// as the zero value.
func (c *CVR) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = CVR{}
		return nil
	}
	p, err := ParseCVR(string(b))
	if err != nil {
		return err
	}
	*c = p
	return nil
}

// Scan implements sql.Scanner: NULL and "" give the zero value, a string
// or []byte is parsed, and an integer column (int64) is taken as the
// number itself.
func (c *CVR) Scan(src any) error {
	if n, ok := src.(int64); ok {
		if n < 10000000 || n > 99999999 {
			return invalidf(CodeMalformed, "invalid CVR number: want 8 digits, not an integer of %d digits", len(strconv.FormatInt(n, 10)))
		}
		return c.UnmarshalText(strconv.AppendInt(nil, n, 10))
	}
	return enum.ScanText(src, "gdpr: CVR", c.UnmarshalText, ErrInvalid)
}

// Value implements driver.Valuer: the eight digits as a string, or NULL for
// the zero value.
func (c CVR) Value() (driver.Value, error) { return enum.TextValue(c.MarshalText) }
