package api

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"github.com/dkgdpr/gdpr/internal/jsonstrict"
)

// Problem codes of request decoding, besides the module's own (gdpr.Code*),
// the same as the module's strict JSON decoder's.
const (
	// CodeType: a value of the wrong JSON type, such as a number where a
	// string belongs, or a request that is not an object.
	CodeType = jsonstrict.CodeType
	// CodeUnknownField: a member the object does not have (a misspelt
	// name, or one that is written in another case).
	CodeUnknownField = jsonstrict.CodeUnknownField
	// CodeTooLarge: the request body is larger than the server accepts.
	CodeTooLarge = "too_large"
)

// ProblemDetails is an error response as RFC 9457 defines it
// (application/problem+json), with every problem found in the request.
type ProblemDetails struct {
	// Type identifies the kind of problem: "about:blank" for a plain HTTP
	// status, or a URI of the module's for invalid input.
	Type string `json:"type"`
	// Title is a short English summary of the kind of problem.
	Title string `json:"title"`
	// Status is the HTTP status code.
	Status int `json:"status"`
	// Detail explains this occurrence in English, without personal data.
	Detail string `json:"detail,omitempty"`
	// Problems lists every problem of an invalid request with its JSON
	// field path and stable code.
	Problems gdpr.Problems `json:"problems,omitempty"`
}

// TypeInvalid is the problem type of invalid input.
const TypeInvalid = "https://github.com/dkgdpr/gdpr/problems/invalid-request"

// Invalid returns the problem details of an invalid request (status 400):
// the problems of err, or err as one problem of the whole request when it
// holds none. A path names the member of an object by its key, and a key
// the caller wrote could be personal data (a name or a CPR number typed
// as a member name, a map keyed by free text): a key that is neither a
// plain member name nor a code is described ("(a key of 11 characters)")
// rather than quoted, as the packages' messages describe such values.
func Invalid(err error) ProblemDetails {
	var ps gdpr.Problems
	if !errors.As(err, &ps) || len(ps) == 0 {
		ps = gdpr.Problems{{Path: "", Code: gdpr.CodeMalformed, Message: err.Error()}}
	}
	safe := make(gdpr.Problems, len(ps))
	for i, p := range ps {
		p.Path = SafePath(p.Path)
		safe[i] = p
	}
	ps = safe
	return ProblemDetails{
		Type:     TypeInvalid,
		Title:    "The request is invalid",
		Status:   400,
		Detail:   "See problems for each field at fault.",
		Problems: ps,
	}
}

// under returns the problems of err with prefix before each path, still a
// gdpr.Problems, so that a package's "kind" becomes the request's
// "request.kind". An error that is not invalid input is returned as it is.
func under(prefix string, err error) error {
	if err == nil || !errors.Is(err, gdpr.ErrInvalid) {
		return err
	}
	var ps gdpr.Problems
	ps.Merge(prefix, err)
	return ps
}

// join returns the problems of every invalid-input error in errs as one
// gdpr.Problems, or the first error that is not invalid input, or nil.
func join(errs ...error) error {
	var ps gdpr.Problems
	for _, err := range errs {
		if err == nil {
			continue
		}
		if !errors.Is(err, gdpr.ErrInvalid) {
			return err
		}
		ps.Merge("", err)
	}
	return ps.Err()
}

// prefixed returns findings with prefix before each path, so that a
// record's "retention" becomes the request's "record.retention".
func prefixed(prefix string, findings []gdpr.Finding) []gdpr.Finding {
	for i := range findings {
		findings[i].Path = gdpr.JoinPath(prefix, findings[i].Path)
	}
	return findings
}

// nonNil returns s, or an empty slice for nil, so that JSON has [] and not
// null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// SafePath returns a JSON field path with every member key that could be
// personal data described instead of quoted: a plain key stays when it
// looks like a member name (ASCII letters, digits and underscores, at most
// 40 characters and four digits, so that no CPR number, birth date or
// phone number passes), a quoted key when it looks like a code ("2.10"),
// an index always. "request.kidn" stays; "request.Søren Ærø" becomes
// request["(a key of 9 characters)"] and ["0101901234"] becomes
// ["(a key of 10 characters)"].
func SafePath(path string) string {
	var b strings.Builder
	for i := 0; i < len(path); {
		switch c := path[i]; {
		case c == '.':
			b.WriteByte('.')
			i++
		case c == '[' && i+1 < len(path) && path[i+1] == '"':
			q, err := strconv.QuotedPrefix(path[i+1:])
			if err != nil {
				describeKey(&b, path[i:])
				return b.String()
			}
			key, _ := strconv.Unquote(q)
			if enum.CodeLike(key) {
				b.WriteString("[" + q + "]")
			} else {
				describeKey(&b, key)
			}
			i += 1 + len(q)
			if i < len(path) && path[i] == ']' {
				i++
			}
		case c == '[':
			end := strings.IndexByte(path[i:], ']')
			if end < 0 || !digits(path[i+1:i+end]) {
				describeKey(&b, path[i:])
				return b.String()
			}
			b.WriteString(path[i : i+end+1])
			i += end + 1
		default:
			end := strings.IndexAny(path[i:], ".[")
			if end < 0 {
				end = len(path) - i
			}
			if key := path[i : i+end]; memberName(key) {
				b.WriteString(key)
			} else {
				describeKey(&b, key)
			}
			i += end
		}
	}
	return b.String()
}

// describeKey writes a key that is not quoted as ["(a key of n
// characters)"], dropping the dot before it.
func describeKey(b *strings.Builder, key string) {
	s := strings.TrimSuffix(b.String(), ".")
	b.Reset()
	b.WriteString(s)
	b.WriteString(`["(a key of ` + strconv.Itoa(utf8.RuneCountInString(key)) + ` characters)"]`)
}

// memberName reports whether key looks like a member name of the
// contract: ASCII letters, digits and underscores, starting with a letter,
// at most 40 characters and four digits.
func memberName(key string) bool {
	if key == "" || len(key) > 40 || !(key[0] >= 'a' && key[0] <= 'z' || key[0] >= 'A' && key[0] <= 'Z') {
		return false
	}
	n := 0
	for i := 0; i < len(key); i++ {
		switch c := key[i]; {
		case c >= '0' && c <= '9':
			n++
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_':
		default:
			return false
		}
	}
	return n <= 4
}

func digits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
