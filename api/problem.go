package api

import (
	"errors"

	"github.com/dkgdpr/gdpr"
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
// holds none.
func Invalid(err error) ProblemDetails {
	var ps gdpr.Problems
	if !errors.As(err, &ps) || len(ps) == 0 {
		ps = gdpr.Problems{{Path: "", Code: gdpr.CodeMalformed, Message: err.Error()}}
	}
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
