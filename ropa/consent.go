package ropa

import (
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
)

// ConsentStatus is the state of a consent at an instant. Only a valid
// consent allows the processing it covers; an expired or withdrawn consent
// must stop it (GDPR art. 7(3)). The zero value
// means "not set".
type ConsentStatus uint8

// The values of ConsentStatus.
const (
	ConsentPending   ConsentStatus = iota + 1 // pending: the consent is dated after the instant asked about
	ConsentValid                              // valid: given, not expired, not withdrawn
	ConsentExpired                            // expired: its period has run out
	ConsentWithdrawn                          // withdrawn: the data subject withdrew it
)

var consentStatusDef = enum.Def[ConsentStatus]{
	Type: "ConsentStatus",
	Kind: "ropa: consent status",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		ConsentPending:   {Code: "pending", Da: "Endnu ikke givet", En: "Not yet given"},
		ConsentValid:     {Code: "valid", Da: "Gyldigt", En: "Valid"},
		ConsentExpired:   {Code: "expired", Da: "Udløbet", En: "Expired"},
		ConsentWithdrawn: {Code: "withdrawn", Da: "Tilbagekaldt", En: "Withdrawn"},
	},
}

// ConsentStatuses returns the statuses in order, in a fresh slice.
func ConsentStatuses() []ConsentStatus {
	return []ConsentStatus{ConsentPending, ConsentValid, ConsentExpired, ConsentWithdrawn}
}

// Subject identifies the data subject who gave a consent: the host's key
// for the person, such as a CPR number or the party id of the case system.
// It is personal data, and Subject keeps it out of logs and messages:
//
//   - [Subject.String], every fmt verb and [Subject.LogValue] (log/slog)
//     give "[redacted]"; errors never contain the key.
//   - JSON is the host's store of the consent register, so
//     [Subject.MarshalText] (and so encoding/json) writes the key in clear,
//     and [ParseJSON] and [Subject.UnmarshalText] read it back. Keep that
//     JSON out of logs; a [Consent] logs through slog without its subject.
//   - [Subject.Reveal] returns the key for the host to look the person up.
//   - The key is held scrambled inside the value, so reflection-based dumps
//     do not show it either. This is not encryption.
//
// Decoding the redacted form "[redacted]" is an error, not a subject
// without its key. The zero value means "no subject".
type Subject struct {
	x string // the key, each byte XOR subjectMask
}

const (
	subjectMask     = 0xA5
	subjectRedacted = "[redacted]"
	maxSubjectLen   = 200
)

func subjectFlip(s string) string {
	b := []byte(s)
	for i := range b {
		b[i] ^= subjectMask
	}
	return string(b)
}

// NewSubject makes a Subject of the host's key for a person. The key is
// trimmed; it must not be empty, longer than 200 bytes or hold a line
// break, else the error wraps [ErrMalformedSubject] (and never quotes the
// key).
func NewSubject(key string) (Subject, error) {
	key = strings.TrimSpace(key)
	switch {
	case key == "":
		return Subject{}, fmt.Errorf("%w: empty", ErrMalformedSubject)
	case len(key) > maxSubjectLen:
		return Subject{}, fmt.Errorf("%w: longer than %d bytes", ErrMalformedSubject, maxSubjectLen)
	case strings.ContainsAny(key, "\r\n"):
		return Subject{}, fmt.Errorf("%w: holds a line break", ErrMalformedSubject)
	}
	return Subject{x: subjectFlip(key)}, nil
}

// IsZero reports whether s is the zero value (no subject).
func (s Subject) IsZero() bool { return s.x == "" }

// Reveal returns the key. Call it where the host must look the person up,
// and never to log or display it.
func (s Subject) Reveal() string { return subjectFlip(s.x) }

// String returns "[redacted]", or "" for the zero value.
func (s Subject) String() string {
	if s.IsZero() {
		return ""
	}
	return subjectRedacted
}

// Format implements fmt.Formatter so that every verb prints the redacted
// form; %#v gives ropa.Subject("[redacted]").
func (s Subject) Format(f fmt.State, verb rune) {
	r := s.String()
	switch verb {
	case 'v':
		if f.Flag('#') {
			_, _ = io.WriteString(f, "ropa.Subject("+fmt.Sprintf("%q", r)+")")
			return
		}
	case 's', 'q', 'x', 'X':
	default:
		verb = 's'
	}
	_, _ = fmt.Fprintf(f, fmt.FormatString(f, verb), r)
}

// LogValue implements slog.LogValuer: the redacted form.
func (s Subject) LogValue() slog.Value { return slog.StringValue(s.String()) }

// MarshalText encodes the key in clear ("" for the zero value), for the
// host's store: JSON keeps personal data in clear, and only String, fmt,
// slog and errors redact it.
func (s Subject) MarshalText() ([]byte, error) { return []byte(s.Reveal()), nil }

// UnmarshalText decodes a key as [NewSubject] does; empty text gives the
// zero value. The redacted form is an error: the key is gone.
func (s *Subject) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*s = Subject{}
		return nil
	}
	if string(b) == subjectRedacted {
		return fmt.Errorf("%w: the subject is redacted; store the key as encoding/json writes it", ErrMalformedSubject)
	}
	p, err := NewSubject(string(b))
	if err != nil {
		return err
	}
	*s = p
	return nil
}

// Consent is one data subject's consent to one purpose of a record (GDPR
// art. 7(1): the authority keeps a complete overview of the consents it
// holds, with their expiry). The instants are when the consent
// was given, when it expires (consents are given for a period) and when it
// was withdrawn (GDPR art. 7(3)). An expired or withdrawn consent must stop
// the processing it covers; Stopped records when that was done.
type Consent struct {
	// ID identifies the consent in the register.
	ID string `json:"id"`
	// RecordID and PurposeID name the record and the purpose the consent
	// covers.
	RecordID  string `json:"recordId"`
	PurposeID string `json:"purposeId"`
	// Subject is the data subject: in clear in JSON (the host's store),
	// redacted in String, fmt, slog and errors.
	Subject Subject `json:"subject"`
	// Given is when the consent was given.
	Given time.Time `json:"given"`
	// Expires is when the consent runs out; zero means no expiry was set,
	// which is a finding.
	Expires time.Time `json:"expires,omitzero"`
	// Withdrawn is when the data subject withdrew the consent; zero if not.
	Withdrawn time.Time `json:"withdrawn,omitzero"`
	// Stopped is when the processing under the consent was stopped (and the
	// data erased or otherwise handled) after it expired or was withdrawn.
	Stopped time.Time `json:"stopped,omitzero"`
}

// LogValue implements slog.LogValuer: the consent without its subject, so
// that no handler (slog's JSON handler included) writes the key.
func (c Consent) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("id", c.ID),
		slog.String("recordId", c.RecordID),
		slog.String("purposeId", c.PurposeID),
		slog.String("subject", c.Subject.String()),
		slog.Time("given", c.Given),
		slog.Time("expires", c.Expires),
		slog.Time("withdrawn", c.Withdrawn),
		slog.Time("stopped", c.Stopped),
	)
}

// ConsentState is where a consent stands at an instant: its status,
// whether it allows the processing it covers, and why.
type ConsentState struct {
	// Status is pending, valid, expired or withdrawn.
	Status ConsentStatus `json:"status"`
	// Allowed is true only for a valid consent.
	Allowed bool `json:"allowed"`
	// Reasons explain the answer, with its legal source.
	Reasons []gdpr.Reason `json:"reasons"`
}

// consentReasons explain each status, indexed by it.
var consentReasons = [...]gdpr.Text{
	ConsentPending: {
		Da: "Samtykket er endnu ikke givet; behandlingen må ikke ske på grundlag af det.",
		En: "The consent has not been given yet; the processing cannot rest on it.",
	},
	ConsentValid: {
		Da: "Samtykket er givet og hverken udløbet eller tilbagekaldt; det dækker behandlingen.",
		En: "The consent has been given and has neither expired nor been withdrawn; it covers the processing.",
	},
	ConsentExpired: {
		Da: "Samtykket er udløbet: behandlingen skal stoppe, og oplysningerne skal slettes, medmindre journaliseringspligten foreskriver andet.",
		En: "The consent has expired: the processing must stop and the data be erased, unless the duty to keep records on file says otherwise.",
	},
	ConsentWithdrawn: {
		Da: "Samtykket er tilbagekaldt: behandlingen skal stoppe, også selv om der er anden hjemmel, og oplysningerne skal slettes, medmindre journaliseringspligten foreskriver andet.",
		En: "The consent has been withdrawn: the processing must stop, even if another basis exists, and the data be erased, unless the duty to keep records on file says otherwise.",
	},
}

// State returns where the consent stands at the instant now (GDPR art.
// 6(1)(a), 7(3)): pending before it was given (a consent without a Given
// instant is pending); withdrawn or expired from the instant that happened
// (the earlier of the two when both have), a withdrawal recorded for a
// later instant not counting yet; valid otherwise. Only a valid consent
// allows the processing it covers; after expiry or withdrawal the
// processing must stop and the data be erased unless the duty to keep
// records on file says otherwise (GDPR art. 5(1)(e), 17(3)(b)).
func (c Consent) State(now time.Time) ConsentState {
	s := c.status(now)
	return ConsentState{Status: s, Allowed: s == ConsentValid, Reasons: []gdpr.Reason{{
		Rule: "ropa.consent_" + s.String(), Reference: gdpr.Cite("GDPR art. 6(1)(a), 7(3)"), Text: consentReasons[s],
	}}}
}

// status is the status of the consent at the instant at.
func (c Consent) status(at time.Time) ConsentStatus {
	if c.Given.IsZero() || at.Before(c.Given) {
		return ConsentPending
	}
	withdrawn := !c.Withdrawn.IsZero() && !at.Before(c.Withdrawn)
	expired := !c.Expires.IsZero() && !at.Before(c.Expires)
	switch {
	case withdrawn && expired:
		if c.Withdrawn.Before(c.Expires) {
			return ConsentWithdrawn
		}
		return ConsentExpired
	case withdrawn:
		return ConsentWithdrawn
	case expired:
		return ConsentExpired
	}
	return ConsentValid
}
