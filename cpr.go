package gdpr

import (
	"fmt"
	"log/slog"
	"strconv"
	"time"

	"github.com/dkgdpr/gdpr/internal/enum"
)

// CPR is a Danish personal identification number (CPR-nummer, personnummer):
// the birth date DDMMYY and a four-digit serial number SSSS. A CPR number
// is confidential data (fortrolige oplysninger, databeskyttelsesloven § 11)
// and CPR is built so that it does not leak by accident:
//
//   - [CPR.String], every fmt verb (%v %+v %#v %s %q %x %X %d ...),
//     [CPR.LogValue] for log/slog, and [CPR.MarshalText] (and so
//     encoding/json, encoding/xml and JSON map keys) give only the birth
//     date and "xxxx": "010203-xxxx". The exceptions are %p and %w, which
//     fmt rejects for a CPR without asking it: they print the scrambled
//     internal form described below (go vet flags both).
//   - Only [CPR.Reveal] returns the full number. Call it at the one place a
//     host must store or send the number, and nowhere else.
//   - CPR has no driver.Valuer: database/sql refuses one as an argument at
//     run time, so a host stores c.Reveal() explicitly. [CPR.Scan] reads a
//     stored full number back.
//   - Errors never contain the input, not even in part.
//   - The number is held scrambled inside the value, so reflection-based
//     dumps (fmt on a struct's unexported field, spew, testify diffs) do not
//     show the digits either. This is not encryption; it only keeps the
//     number out of logs.
//
// Decoding accepts the full number (text, JSON, SQL), so a host can receive
// it. Encoding is redacted, so a JSON round trip does not give the number
// back: decoding the redacted form "010203-xxxx" fails with an error rather
// than giving a value without its serial part. A host that must send the
// number in JSON puts c.Reveal() in a string field of its own type.
//
// Parsing checks the format and the date only. There is no modulus 11
// check: since 2007 the CPR office issues numbers that fail it. The century
// follows from the year and the first serial digit by the CPR office's
// table (see [ParseCPR]). Substitute numbers (erstatningspersonnumre, with
// 60 added to the day) are not CPR numbers and are rejected.
//
// A CPR is a small comparable value; the zero value means "no CPR number".
type CPR struct {
	// x is the ten digits read as a decimal number, multiplied by
	// cprScramble modulo 2^64; 0 means no number.
	x uint64
}

// cprScramble is odd, so multiplying by it is a bijection on uint64 whose
// inverse is multiplying by cprUnscramble. Zero maps to zero.
const (
	cprScramble   = 0x9E3779B97F4A7C15
	cprUnscramble = 0xf1de83e19937733d
)

// cprRedactedSerial replaces the serial part in every output but Reveal.
const cprRedactedSerial = "xxxx"

// ParseCPR parses a CPR number written "DDMMYY-SSSS" or "DDMMYYSSSS" (ASCII
// digits, no spaces). The birth date must exist in the century that the
// first serial digit S and the year YY give, by the CPR office's table:
//
//	S 0-3:     19YY
//	S 4 and 9: 20YY when YY <= 36, else 19YY
//	S 5-8:     20YY when YY <= 57, else 18YY
//
// so "290200-4..." (29 February 2000) is valid and "290200-1..." (1900, not
// a leap year) is not. A birth date in the future is not rejected: the
// library does not know today's date. The empty string is an error;
// [CPR.UnmarshalText] and [CPR.Scan] decode empty input as the zero value.
// Errors wrap [ErrInvalid] and never contain the input.
func ParseCPR(s string) (CPR, error) {
	var d [10]byte
	switch {
	case s == "":
		return CPR{}, invalidf(CodeRequired, "empty CPR number")
	case len(s) == 10:
		copy(d[:], s)
	case len(s) == 11 && s[6] == '-':
		if s[7:] == cprRedactedSerial {
			return CPR{}, invalidf(CodeMalformed, "CPR number is redacted: its serial part is lost, decode the full number")
		}
		copy(d[:6], s[:6])
		copy(d[6:], s[7:])
	default:
		return CPR{}, invalidf(CodeMalformed, "malformed CPR number: want DDMMYY-SSSS or DDMMYYSSSS")
	}
	var n uint64
	for _, c := range d {
		if c == '-' {
			return CPR{}, invalidf(CodeMalformed, "malformed CPR number: want DDMMYY-SSSS or DDMMYYSSSS")
		}
		if c < '0' || c > '9' {
			return CPR{}, invalidf(CodeMalformed, "malformed CPR number: want only digits")
		}
		n = n*10 + uint64(c-'0')
	}
	if _, ok := cprBirthDate(n); !ok {
		return CPR{}, invalidf(CodeMalformed, "invalid CPR number: no such birth date")
	}
	return CPR{x: n * cprScramble}, nil
}

// number returns the ten digits as a decimal number, 0 for no number.
func (c CPR) number() uint64 { return c.x * cprUnscramble }

// cprBirthDate derives the birth date of the ten-digit number n and reports
// whether that date exists.
func cprBirthDate(n uint64) (Date, bool) {
	day := int(n / 1e8)
	month := int(n / 1e6 % 100)
	yy := int(n / 1e4 % 100)
	s := int(n / 1e3 % 10) // first serial digit
	year := 1900 + yy
	switch {
	case (s == 4 || s == 9) && yy <= 36:
		year = 2000 + yy
	case s >= 5 && s <= 8 && yy <= 57:
		year = 2000 + yy
	case s >= 5 && s <= 8:
		year = 1800 + yy
	}
	d := Date{Year: year, Month: time.Month(month), Day: day}
	if !d.Valid() {
		return Date{}, false
	}
	return d, true
}

// digits returns the ten digits of c.
func (c CPR) digits() [10]byte {
	var d [10]byte
	n := c.number()
	for i := 9; i >= 0; i-- {
		d[i] = byte('0' + n%10)
		n /= 10
	}
	return d
}

// IsZero reports whether c is the zero value (no CPR number).
func (c CPR) IsZero() bool { return c.x == 0 }

// String returns the redacted number, the birth date part and "xxxx"
// ("010203-xxxx"), or "" for the zero value. It never returns the serial
// part; see [CPR.Reveal].
func (c CPR) String() string {
	if c.x == 0 {
		return ""
	}
	d := c.digits()
	return string(d[:6]) + "-" + cprRedactedSerial
}

// Reveal returns the full number, "DDMMYY-SSSS", or "" for the zero value.
// It is the only way to get the serial part out of a CPR: call it where the
// host must store or send the number, and never to log or display it.
func (c CPR) Reveal() string {
	if c.x == 0 {
		return ""
	}
	d := c.digits()
	return string(d[:6]) + "-" + string(d[6:])
}

// BirthDate returns the birth date encoded in c (with the century by the
// CPR office's table), or the zero Date for the zero value.
func (c CPR) BirthDate() Date {
	d, _ := cprBirthDate(c.number())
	return d
}

// Format implements fmt.Formatter so that every verb prints the redacted
// form of [CPR.String]: %q quotes it, %x and %X give its hex, %#v gives
// gdpr.CPR("010203-xxxx"), and every other verb prints it as %s would,
// honouring width and flags.
func (c CPR) Format(f fmt.State, verb rune) {
	formatRedacted(f, verb, c.String(), "gdpr.CPR("+strconv.Quote(c.String())+")")
}

// LogValue implements slog.LogValuer: the redacted form, so that a CPR
// logged with log/slog, by any handler, shows only the birth date part.
func (c CPR) LogValue() slog.Value { return slog.StringValue(c.String()) }

// MarshalText encodes the redacted form ("010203-xxxx"; "" for the zero
// value). encoding/json uses it, so JSON carries no serial part; see the
// type's documentation for how a host sends the full number.
func (c CPR) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText decodes a full CPR number as [ParseCPR] does; empty text
// decodes as the zero value. The redacted form that MarshalText writes is
// an error: its serial part is gone.
func (c *CPR) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = CPR{}
		return nil
	}
	p, err := ParseCPR(string(b))
	if err != nil {
		return err
	}
	*c = p
	return nil
}

// Scan implements sql.Scanner: NULL and "" give the zero value, a string or
// []byte holding the full number is parsed. There is deliberately no Value
// method; store c.Reveal().
func (c *CPR) Scan(src any) error {
	return enum.ScanText(src, "gdpr: CPR", c.UnmarshalText, ErrInvalid)
}
