package breach

import (
	"fmt"
	"log/slog"
	"strings"
)

// Contact is the contact point a notification names: the data protection
// officer (databeskyttelsesrådgiver) or another point where more can be
// learned (GDPR art. 33(3)(b); art. 34(2): a communication to the data
// subjects always names it).
//
// Prefer a role and a functional mailbox of the authority
// ("Databeskyttelsesrådgiver", "dpo@kommune.dk"). Art. 33(3)(b) asks for a
// name, so Name exists; because a name, a personal e-mail address and a
// phone number are personal data, String, every fmt verb and slog show
// only the role and whether the rest is set. JSON carries every field: it
// is the stored record.
type Contact struct {
	// Role is the function, e.g. "Databeskyttelsesrådgiver (DPO)".
	Role string `json:"role,omitempty"`
	// Name is the person's name, if the authority gives one. Redacted in
	// logs.
	Name string `json:"name,omitempty"`
	// Email is preferably a functional mailbox. Redacted in logs.
	Email string `json:"email,omitempty"`
	// Phone is a phone number. Redacted in logs.
	Phone string `json:"phone,omitempty"`
}

// IsZero reports whether no field is set.
func (c Contact) IsZero() bool { return c == Contact{} }

// Reachable reports whether the contact point can be reached: it has a
// role or a name, and an e-mail address or a phone number.
func (c Contact) Reachable() bool {
	return (strings.TrimSpace(c.Role) != "" || strings.TrimSpace(c.Name) != "") &&
		(strings.TrimSpace(c.Email) != "" || strings.TrimSpace(c.Phone) != "")
}

const redacted = "[redacted]"

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
	}{{"name", c.Name != ""}, {"email", c.Email != ""}, {"phone", c.Phone != ""}} {
		if f.set {
			b.WriteString(sep + f.name + ": " + redacted)
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
	if c.Name != "" {
		attrs = append(attrs, slog.String("name", redacted))
	}
	if c.Email != "" {
		attrs = append(attrs, slog.String("email", redacted))
	}
	if c.Phone != "" {
		attrs = append(attrs, slog.String("phone", redacted))
	}
	return slog.GroupValue(attrs...)
}
