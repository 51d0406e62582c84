package ropa

import (
	"errors"
	"strconv"
	"strings"

	"github.com/dkgdpr/gdpr"
)

// The CSV layout puts a record on one row. A cell holding a list puts one
// element per line; an element with several fields separates them with
// " | "; a field holding a list separates its elements with ", ". Text is
// escaped with a backslash where it could be read as one of these
// separators, so that every record that validates reads back exactly:
//
//	\\  a backslash        \n  a line break inside text
//	\r  a carriage return  \|  a bar in a field     \,  a comma in a sub-list
//
// A cell that would start with =, +, -, @ or a tab, which Excel would take
// for a formula, or with an apostrophe, gets an apostrophe in front, which
// the reader removes (the OWASP advice against CSV injection).

// escape levels: which separators a piece of text must not contain.
const (
	levelCell  = iota // a cell of its own: only \ and CR are escaped
	levelList         // an element of a list cell: also line breaks
	levelField        // a field of an element: also |
	levelSub          // an element of a sub-list: also ,
)

var errDanglingEscape = errors.New("a backslash at the end of the text")

func unescapeText(s string) (string, error) {
	if !strings.Contains(s, `\`) {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		i++
		if i == len(s) {
			return "", errDanglingEscape
		}
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String(), nil
}

// splitEscaped splits s at every sep that is not escaped. It returns nil
// for "".
func splitEscaped(s string, sep byte) []string {
	if s == "" {
		return nil
	}
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case sep:
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// splitFields splits an element into exactly n fields joined by " | ".
func splitFields(s string, n int) ([]string, error) {
	parts := splitEscaped(s, '|')
	if len(parts) != n {
		return nil, errors.New("want " + strconv.Itoa(n) + " fields separated by \" | \", got " + strconv.Itoa(len(parts)))
	}
	for i, p := range parts {
		if i > 0 {
			if !strings.HasPrefix(p, " ") {
				return nil, errors.New("want a space after \"|\"")
			}
			p = p[1:]
		}
		if i < n-1 {
			if !strings.HasSuffix(p, " ") {
				return nil, errors.New("want a space before \"|\"")
			}
			p = p[:len(p)-1]
		}
		parts[i] = p
	}
	return parts, nil
}

// parseSubList reads a sub-list (one field, still escaped) with parse.
func parseSubList[T any](field string, parse func(string) (T, error)) ([]T, error) {
	parts := splitEscaped(field, ',')
	if parts == nil {
		return nil, nil
	}
	out := make([]T, len(parts))
	for i, p := range parts {
		if i > 0 {
			if !strings.HasPrefix(p, " ") {
				return nil, errors.New("want a space after \",\"")
			}
			p = p[1:]
		}
		text, err := unescapeText(p)
		if err != nil {
			return nil, err
		}
		if out[i], err = parse(text); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// field reads one escaped field as text.
func field(s string) (string, error) { return unescapeText(s) }

func kleText(k gdpr.KLE) string { return k.String() }

// boolWords are the words for true and false in each language.
var boolWords = [...]gdpr.Text{{Da: "nej", En: "no"}, {Da: "ja", En: "yes"}}

func parseBool(s string) (bool, error) {
	switch strings.ToLower(s) {
	case "", "nej", "no", "false":
		return false, nil
	case "ja", "yes", "true":
		return true, nil
	}
	return false, errors.New("want ja or nej")
}
