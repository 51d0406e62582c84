package rights

import (
	"encoding/json"
	"fmt"
	"github.com/dkgdpr/gdpr/internal/jsonstrict"
	"io"
	"log/slog"
	"strconv"
)

// Requester is who made a request, and holds personal data: the
// requester's name, a way to reach them, and the data subject's name when
// they act for someone else. It is built, like gdpr.CPR, so that the
// identity does not leak by accident:
//
//   - [Requester.String], every fmt verb (%v %+v %#v %s %q %x %d %p ...),
//     also when a Requester is printed as a field of a [Request], and
//     [Requester.LogValue] for log/slog show only the relation, never the
//     names or the contact.
//   - The identity is held scrambled in unexported fields, so
//     reflection-based dumps (fmt's %p on a value, testify diffs, spew) do
//     not show it either. This is not encryption; it only keeps the
//     identity out of logs. [Requester.Name], [Requester.Contact] and
//     [Requester.SubjectName] return it.
//   - The package's errors and validation problems never contain it.
//
// JSON does carry the identity, since JSON is how a host stores and
// exchanges a request; log a [Request] with log/slog (it is a
// [slog.LogValuer]) rather than its JSON.
//
// Requester is a small comparable value; the zero value is an unidentified
// requester, taken to be the data subject.
type Requester struct {
	// Relation is who the requester is, seen from the data subject; the
	// zero value means the data subject.
	Relation Relation

	name, contact, subject string // scrambled
}

// NewRequester returns a requester with the given relation to the data
// subject, name and contact (an address, an e-mail address or a phone
// number for the answer).
func NewRequester(relation Relation, name, contact string) Requester {
	return Requester{Relation: relation, name: scramble(name), contact: scramble(contact)}
}

// WithSubject returns a copy of r that names the data subject, for a
// requester acting on someone else's behalf (a parent for a child, a lawyer
// for a client).
func (r Requester) WithSubject(name string) Requester {
	r.subject = scramble(name)
	return r
}

// Name returns the requester's name. Call it where the host must show or
// store the name, never to log it.
func (r Requester) Name() string { return scramble(r.name) }

// Contact returns where the answer goes.
func (r Requester) Contact() string { return scramble(r.contact) }

// SubjectName returns the data subject's name when the requester acts for
// someone else, or "".
func (r Requester) SubjectName() string { return scramble(r.subject) }

// OnBehalf reports whether the requester acts for someone else, so that the
// requester's authority must be checked: rights are personal.
func (r Requester) OnBehalf() bool { return r.Relation.OnBehalf() }

// IsZero reports whether r holds nothing.
func (r Requester) IsZero() bool { return r == Requester{} }

// scramble XORs s with a fixed key stream; it is its own inverse. It only
// keeps the plain text out of memory dumps and reflection.
func scramble(s string) string {
	if s == "" {
		return ""
	}
	b := []byte(s)
	for i := range b {
		b[i] ^= byte(0xA5 + 61*i)
	}
	return string(b)
}

// relationCode is the relation's code for redacted output, "self" for the
// zero value (the data subject).
func (r Requester) relationCode() string {
	if r.Relation == 0 {
		return Self.String()
	}
	return r.Relation.String()
}

// String returns a redacted description that names only the relation:
// "rights.Requester(parent, identity redacted)".
func (r Requester) String() string {
	return "rights.Requester(" + r.relationCode() + ", identity redacted)"
}

// Format implements fmt.Formatter so that every verb prints the redacted
// form of [Requester.String]: %q quotes it, %x and %X give its hex, %#v
// gives it quoted, and every other verb prints it as %s would, honouring
// width and flags.
func (r Requester) Format(f fmt.State, verb rune) {
	s := r.String()
	switch verb {
	case 'v':
		if f.Flag('#') {
			_, _ = io.WriteString(f, strconv.Quote(s))
			return
		}
	case 's', 'q', 'x', 'X':
	default:
		verb = 's'
	}
	_, _ = fmt.Fprintf(f, fmt.FormatString(f, verb), s)
}

// LogValue implements slog.LogValuer: a group with only the relation and a
// note that the identity is redacted.
func (r Requester) LogValue() slog.Value {
	return slog.GroupValue(slog.String("relation", r.relationCode()), slog.Bool("redacted", true))
}

// requesterJSON is the JSON shape of a Requester.
type requesterJSON struct {
	Name        string   `json:"name,omitempty"`
	Contact     string   `json:"contact,omitempty"`
	Relation    Relation `json:"relation,omitempty"`
	SubjectName string   `json:"subjectName,omitempty"`
}

// MarshalJSON encodes the requester with the identity in plain text:
// {"name":...,"contact":...,"relation":"parent","subjectName":...}.
func (r Requester) MarshalJSON() ([]byte, error) {
	return json.Marshal(requesterJSON{Name: r.Name(), Contact: r.Contact(), Relation: r.Relation, SubjectName: r.SubjectName()})
}

// UnmarshalJSON decodes what MarshalJSON encodes, strictly: an unknown
// field, a duplicate key or an unknown relation is an error, with its
// field path, that never quotes the identity.
func (r *Requester) UnmarshalJSON(b []byte) error {
	var j requesterJSON
	if err := jsonstrict.Decode(b, &j); err != nil {
		return err
	}
	*r = NewRequester(j.Relation, j.Name, j.Contact).WithSubject(j.SubjectName)
	return nil
}
