package gdpr

import (
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Redacted is what every output but storage shows in place of personal
// data: String, every fmt verb, log/slog (through [RedactingHandler] also
// when the value is nested) and error messages.
const Redacted = "[redacted]"

// Personal is a text that identifies or may describe a person: a data
// subject's or a requester's name, a contact address, a consent's subject,
// a free text about a case. It follows the package's redaction rule (see
// the package documentation):
//
//   - [Personal.String], every fmt verb (%v %+v %#v %s %q %x %X %d ...),
//     [Personal.GoString] and [Personal.LogValue] give [Redacted], also
//     when the value sits in a struct, a slice or a map that is printed;
//   - the text is held masked inside the value, so reflection-based dumps
//     (fmt on an unexported field, %p, spew, testify diffs) do not show it
//     either. This is not encryption; it only keeps the text out of logs;
//   - JSON and database/sql carry the text in clear, since they are how a
//     host stores and exchanges a record: [Personal.MarshalJSON],
//     [Personal.Value];
//   - [Personal.Reveal] returns the text, for the one place a host shows
//     or stores it.
//
// The zero value is the empty text; it prints as "", so that a report can
// tell a missing name from a redacted one. Personal is a small comparable
// value: two values are equal when their texts are.
type Personal struct {
	masked string // the text XORed with personalMask; its own inverse
	facts  uint8  // what validators ask of the text, found once in NewPersonal
}

// The facts of a Personal text, kept beside it so that a validator need not
// unmask it: every Personal with text is made by [NewPersonal].
const (
	factBlank   uint8 = 1 << iota // empty or white space only
	factBadUTF8                   // not valid UTF-8
	factASCII                     // ASCII only, so Len is its length in bytes
)

// NewPersonal returns s as a personal text.
func NewPersonal(s string) Personal {
	if s == "" {
		return Personal{} // equal to the zero value, as its text is
	}
	var facts uint8
	if strings.TrimSpace(s) == "" {
		facts |= factBlank
	}
	if !utf8.ValidString(s) {
		facts |= factBadUTF8
	}
	if ascii(s) {
		facts |= factASCII
	}
	return Personal{masked: personalMask(s), facts: facts}
}

// ascii reports whether s holds ASCII only.
func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// personalKey is the key stream of the mask, one byte per position modulo
// 256 (61 is odd, so the stream repeats every 256 bytes). Read-only.
var personalKey = func() (k [256]byte) {
	for i := range k {
		k[i] = byte(0xA5 + 61*i)
	}
	return k
}()

// personalMask XORs s with the key stream; it is its own inverse. It only
// keeps the plain text out of memory dumps and reflection.
func personalMask(s string) string {
	if s == "" {
		return ""
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		b.WriteByte(s[i] ^ personalKey[i&255])
	}
	return b.String()
}

// Reveal returns the text. Call it where the host must show or store the
// text, never to log it.
func (p Personal) Reveal() string { return personalMask(p.masked) }

// IsZero reports whether p is the empty text.
func (p Personal) IsZero() bool { return p.masked == "" }

// Len returns the length of the text in characters, which is not personal
// data and lets a validator check a limit. It does not allocate for ASCII
// text.
func (p Personal) Len() int {
	if p.masked == "" || p.facts&factASCII != 0 {
		return len(p.masked)
	}
	return utf8.RuneCountInString(p.Reveal())
}

// Blank reports whether the text is empty or white space only, as
// strings.TrimSpace(p.Reveal()) == "" does, without unmasking it.
func (p Personal) Blank() bool { return p.masked == "" || p.facts&factBlank != 0 }

// ValidUTF8 reports whether the text is valid UTF-8, which JSON needs to
// store it unchanged, without unmasking it.
func (p Personal) ValidUTF8() bool { return p.facts&factBadUTF8 == 0 }

// String returns [Redacted], or "" for the empty text.
func (p Personal) String() string {
	if p.masked == "" {
		return ""
	}
	return Redacted
}

// GoString returns the Go syntax of the redacted value,
// gdpr.Personal("[redacted]"), for the %#v verb.
func (p Personal) GoString() string { return "gdpr.Personal(" + strconv.Quote(p.String()) + ")" }

// Format implements fmt.Formatter so that every verb prints the redacted
// form of [Personal.String]: %#v gives [Personal.GoString], %q quotes it,
// %x and %X give its hex, and every other verb prints it as %s would,
// honouring width and flags.
func (p Personal) Format(f fmt.State, verb rune) { formatRedacted(f, verb, p.String(), p.GoString()) }

// formatRedacted prints s, a redacted form, for any verb: gostring for %#v,
// s quoted for %q, its hex for %x and %X, and s for every other verb.
func formatRedacted(f fmt.State, verb rune, s, gostring string) {
	switch verb {
	case 'v':
		if f.Flag('#') {
			_, _ = io.WriteString(f, gostring)
			return
		}
	case 's', 'q', 'x', 'X':
	default:
		verb = 's'
	}
	_, _ = fmt.Fprintf(f, fmt.FormatString(f, verb), s)
}

// LogValue implements slog.LogValuer: [Redacted], or "" for the empty
// text. slog calls it for a top-level value only; wrap the host's handler
// with [RedactingHandler] to have it called at any depth.
func (p Personal) LogValue() slog.Value { return slog.StringValue(p.String()) }

// MarshalJSON encodes the text in clear, as a JSON string: JSON is
// storage.
func (p Personal) MarshalJSON() ([]byte, error) { return json.Marshal(p.Reveal()) }

// UnmarshalJSON decodes a JSON string; null leaves p unchanged, as
// encoding/json does for a string. Any other JSON value is an error that
// does not quote it.
func (p *Personal) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	var s string
	if len(b) == 0 || b[0] != '"' || json.Unmarshal(b, &s) != nil {
		return invalidf(CodeMalformed, "personal text: want a JSON string")
	}
	*p = NewPersonal(s)
	return nil
}

// Scan implements sql.Scanner: NULL is the empty text, a string or []byte
// is the text.
func (p *Personal) Scan(src any) error {
	switch x := src.(type) {
	case nil:
		*p = Personal{}
		return nil
	case string:
		*p = NewPersonal(x)
		return nil
	case []byte:
		*p = NewPersonal(string(x))
		return nil
	}
	return invalidf(CodeMalformed, "cannot scan %T into a personal text", src)
}

// Value implements driver.Valuer: the text in clear (a database is
// storage), or NULL for the empty text.
func (p Personal) Value() (driver.Value, error) {
	if p.masked == "" {
		return nil, nil
	}
	return p.Reveal(), nil
}
