package breach

import (
	"fmt"
	"log/slog"
	"strings"

	"github.com/dkgdpr/gdpr"
)

// Contact is the contact point a notification names: the data protection
// officer (databeskyttelsesrådgiver) or another point where more can be
// learned (GDPR art. 33(3)(b); art. 34(2): a communication to the data
// subjects always names it).
//
// Prefer a role and a functional mailbox of the authority
// ("Databeskyttelsesrådgiver", "dpo@kommune.dk"). Art. 33(3)(b) asks for a
// name, so Name exists. The role is a function, not a person, and prints
// everywhere. The name, e-mail address and phone number are gdpr.Personal:
// String, every fmt verb (also when the Contact is a field, exported or
// not, of another value), log/slog and errors show only whether each is
// set. A DPO's contact details are published under GDPR art. 37(7) and
// could print; a Contact cannot tell them from a case worker's own name
// and number, so it redacts them all the same. JSON carries every field:
// it is the stored record.
type Contact struct {
	// Role is the function, e.g. "Databeskyttelsesrådgiver (DPO)". It
	// prints: name a function here, never a person.
	Role string `json:"role,omitempty"`
	// Name is the person's name, if the authority gives one. Redacted.
	Name gdpr.Personal `json:"name,omitzero"`
	// Email is preferably a functional mailbox. Redacted.
	Email gdpr.Personal `json:"email,omitzero"`
	// Phone is a phone number. Redacted.
	Phone gdpr.Personal `json:"phone,omitzero"`
}

// IsZero reports whether no field is set.
func (c Contact) IsZero() bool { return c == Contact{} }

// Reachable reports whether the contact point can be reached: it has a
// role or a name, and an e-mail address or a phone number.
func (c Contact) Reachable() bool {
	return (strings.TrimSpace(c.Role) != "" || !blank(c.Name)) && (!blank(c.Email) || !blank(c.Phone))
}

// String shows the role and redacts the name, e-mail and phone:
// `Contact{role: "DPO", name: [redacted], email: [redacted]}`.
func (c Contact) String() string {
	var b strings.Builder
	b.WriteString("Contact{")
	sep := ""
	if c.Role != "" {
		fmt.Fprintf(&b, "role: %q", c.Role)
		sep = ", "
	}
	for _, f := range [...]struct {
		name string
		set  bool
	}{{"name", !c.Name.IsZero()}, {"email", !c.Email.IsZero()}, {"phone", !c.Phone.IsZero()}} {
		if f.set {
			b.WriteString(sep + f.name + ": " + gdpr.Redacted)
			sep = ", "
		}
	}
	b.WriteString("}")
	return b.String()
}

// Format prints the redacted String for every verb, %#v included, so no
// format string can leak the name.
func (c Contact) Format(f fmt.State, verb rune) { _, _ = f.Write([]byte(c.String())) }

// LogValue logs the role and redacts the rest.
func (c Contact) LogValue() slog.Value {
	attrs := make([]slog.Attr, 0, 4)
	if c.Role != "" {
		attrs = append(attrs, slog.String("role", c.Role))
	}
	for _, f := range [...]struct {
		name string
		p    gdpr.Personal
	}{{"name", c.Name}, {"email", c.Email}, {"phone", c.Phone}} {
		if !f.p.IsZero() {
			attrs = append(attrs, slog.String(f.name, gdpr.Redacted))
		}
	}
	return slog.GroupValue(attrs...)
}
