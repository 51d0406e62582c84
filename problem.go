package gdpr

import (
	"errors"
	"strings"
)

// Problem is one thing wrong with a value: where it is (a field path such as
// "risks[2].residual.consequence"), a stable machine-readable code such as
// "required" or "out_of_range", and an English message for developers. A
// message never contains personal data.
type Problem struct {
	// Path is the field path of the value at fault, "" for the whole value.
	Path string `json:"path"`
	// Code is one of the Code constants, such as [CodeRequired].
	Code string `json:"code"`
	// Message explains the problem in English, naming the value.
	Message string `json:"message"`
}

// Error formats the problem as "path: message".
func (p Problem) Error() string {
	if p.Path == "" {
		return p.Message
	}
	return p.Path + ": " + p.Message
}

// Problem codes shared by every package.
const (
	CodeRequired    = "required"     // a mandatory field is empty
	CodeUnknown     = "unknown_code" // an enumeration code that does not exist
	CodeOutOfRange  = "out_of_range" // a number or scale value off its scale
	CodeMalformed   = "malformed"    // text that does not parse (a date, a CVR number)
	CodeConflict    = "conflict"     // fields that contradict each other
	CodeOrder       = "order"        // instants or dates in an impossible order
	CodeDuplicate   = "duplicate"    // an identifier used twice
	CodeUnsupported = "unsupported"  // a combination the rules do not allow
)

// Problems is a validation error holding every problem found, in the order
// they were found. errors.Is(p, ErrInvalid) holds for any non-empty
// Problems, and errors.As finds it behind wrapping. A nil or empty Problems
// is not an error: use [Problems.Err] to return it.
type Problems []Problem

// Error lists the problems after "invalid: ", each as [Problem.Error] gives
// it ("path: message", or the message alone when the path is empty),
// separated by "; ":
//
//	invalid: name: a name is required; risks[2].consequence: risk: unknown consequence "7"
//
// The package named in a message is the one whose rule the problem breaks;
// "invalid: " names none, so no package is named twice. An empty Problems,
// which is not an error, gives "invalid: no problems".
func (ps Problems) Error() string {
	if len(ps) == 0 {
		return "invalid: no problems"
	}
	var b strings.Builder
	b.WriteString("invalid: ")
	for i, p := range ps {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p.Error())
	}
	return b.String()
}

// Is reports whether target is ErrInvalid and ps holds a problem.
func (ps Problems) Is(target error) bool { return target == ErrInvalid && len(ps) > 0 }

// Err returns ps as an error, or nil when there are no problems. Validate
// methods end with "return problems.Err()".
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// Add appends a problem at path.
func (ps *Problems) Add(path, code, message string) {
	*ps = append(*ps, Problem{Path: path, Code: code, Message: message})
}

// Merge appends the problems of err, prefixing each path with prefix (joined
// with a dot, or directly when the path starts with "["). An err that is not
// Problems becomes one problem at prefix, with the code its ProblemCode
// method gives (the errors of every decoder of the module have one) or
// else CodeMalformed. A nil err adds nothing.
func (ps *Problems) Merge(prefix string, err error) {
	if err == nil {
		return
	}
	var inner Problems
	if !errors.As(err, &inner) {
		code := CodeMalformed
		var c interface{ ProblemCode() string }
		if errors.As(err, &c) && c.ProblemCode() != "" {
			code = c.ProblemCode()
		}
		ps.Add(prefix, code, err.Error())
		return
	}
	for _, p := range inner {
		p.Path = JoinPath(prefix, p.Path)
		*ps = append(*ps, p)
	}
}

// JoinPath joins two parts of a field path: "a" and "b" give "a.b", "a" and
// "[2].b" give "a[2].b", and an empty part gives the other.
func JoinPath(prefix, path string) string {
	switch {
	case prefix == "":
		return path
	case path == "":
		return prefix
	case path[0] == '[':
		return prefix + path
	}
	return prefix + "." + path
}
