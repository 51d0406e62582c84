// Package enum holds the text, JSON and SQL plumbing shared by the module's
// small enumerations: typed uint8 values whose zero means "not set", each
// with a stable snake_case code.
//
// An enumeration's one table is a [Def], read-only in a package variable of
// the package that owns the type; internal/cmd/enumgen generates the
// type's methods from it. [Quote] and [CodeLike] keep input that could be
// personal data out of every package's error messages; [ScanText] and
// [TextValue] are the SQL plumbing of the text-encoded values that are not
// enumerations (dates, CVR numbers, countries).
package enum

import (
	"database/sql/driver"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// split separates the package prefix of a kind or type name given as
// "pkg: what", so messages read "pkg: unknown what ...".
func split(kind string) (prefix, what string) {
	if i := strings.Index(kind, ": "); i >= 0 {
		return kind[:i+2], kind[i+2:]
	}
	return "", kind
}

// Quote quotes input for an error message when it looks like a code: at
// most 40 bytes of ASCII letters of one case, digits and "_-.:/()". Anything
// else could be personal data typed into the wrong field (a name, a CPR
// number), so it is described instead: "(a value of 16 characters)".
func Quote(s string) string {
	if CodeLike(s) {
		return strconv.Quote(s)
	}
	return "(a value of " + strconv.Itoa(utf8.RuneCountInString(s)) + " characters)"
}

// CodeLike reports whether s may be quoted in an error message: short and
// of the alphabet of codes (letters of one case, so "Rasmus" is not), and
// with at most four digits, so that it cannot be a CPR number, a birth date
// (six digits) or a Danish phone number (eight). A CVR number, which is no
// personal data but has eight digits, is described like any other long
// number. A date or timestamp may be quoted.
func CodeLike(s string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	if timestampLike(s) {
		return true
	}
	digits, lower, upper := 0, false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= 'A' && c <= 'Z':
			upper = true
		case c == '_', c == '.', c == ':', c == '/', c == '(', c == ')':
		case c >= '0' && c <= '9':
			digits++
		case c == '-':
		default:
			return false
		}
	}
	return digits <= 4 && !(lower && upper)
}

// ScanText implements sql.Scanner for a value stored as text: NULL decodes
// as empty text, a string or []byte is passed to unmarshal, anything else
// is an [Error] that names the package once and wraps invalid.
func ScanText(src any, kind string, unmarshal func([]byte) error, invalid error) error {
	switch x := src.(type) {
	case nil:
		return unmarshal(nil)
	case string:
		return unmarshal([]byte(x))
	case []byte:
		return unmarshal(x)
	}
	prefix, what := split(kind)
	return &Error{Msg: fmt.Sprintf("%scannot scan %T into a %s", prefix, src, what), Code: "malformed", Err: invalid}
}

// TextValue implements driver.Valuer for a value stored as text: the text
// of marshal, or NULL when it is empty.
func TextValue(marshal func() ([]byte, error)) (driver.Value, error) {
	b, err := marshal()
	if err != nil || len(b) == 0 {
		return nil, err
	}
	return string(b), nil
}

// timestampLike reports whether s has the shape of a date or a timestamp
// ("2025-03-30", "2025-03-30T02:30+01:00"): a whole date, dddd-dd-dd, then
// only digits and "-:T+Z. ". Neither a CPR number nor a phone number has
// that shape.
func timestampLike(s string) bool {
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case i < 10 && i != 4 && i != 7 && (c < '0' || c > '9'):
			return false
		case c >= '0' && c <= '9', c == '-', c == ':', c == 'T', c == '+', c == 'Z', c == '.', c == ' ':
		default:
			return false
		}
	}
	return true
}
