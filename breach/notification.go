package breach

import (
	"database/sql/driver"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Phase is the phase of a notification to Datatilsynet. The information
// may come in phases without undue further delay (GDPR art. 33(4)): a
// first notification within 72 hours, then follow-ups as the
// investigation finds more. The zero value means "not set".
type Phase uint8

// The phases of a notification.
const (
	Initial  Phase = iota + 1 // første anmeldelse
	FollowUp                  // opfølgende anmeldelse
)

var phaseCodes = [...]string{"", "initial", "follow_up"}

var phaseLabels = [...]gdpr.Text{
	{},
	{Da: "Første anmeldelse", En: "Initial notification"},
	{Da: "Opfølgende anmeldelse", En: "Follow-up notification"},
}

// Valid reports whether p is one of the defined values.
func (p Phase) Valid() bool { return enum.Valid(p, phaseCodes[:]) }

// String returns the stable code of p, or "Phase(n)" for an invalid value.
func (p Phase) String() string { return enum.String(p, "Phase", phaseCodes[:]) }

// Label returns the Danish name of p, or the English one for an English tag.
func (p Phase) Label(tag language.Tag) string {
	if !p.Valid() {
		return p.String()
	}
	return phaseLabels[p].In(tag)
}

// ParsePhase parses a code; "" gives the zero value and an unknown code is an
// error wrapping [ErrUnknownCode].
func ParsePhase(code string) (Phase, error) {
	return enum.Parse[Phase](code, "breach: phase", phaseCodes[:], ErrUnknownCode)
}

// MarshalText encodes p as its code; the zero value encodes as "".
func (p Phase) MarshalText() ([]byte, error) {
	return enum.Marshal(p, "breach: Phase", phaseCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (p *Phase) UnmarshalText(b []byte) (err error) {
	*p, err = ParsePhase(string(b))
	return err
}

// Scan implements sql.Scanner for a code stored as text; NULL gives zero.
func (p *Phase) Scan(src any) error {
	return enum.Scan(p, src, "breach: phase", phaseCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (p Phase) Value() (driver.Value, error) {
	return enum.Value(p, "breach: Phase", phaseCodes[:], ErrUnknownCode)
}

// Notification is one notification to Datatilsynet (anmeldelse af brud på
// persondatasikkerheden), GDPR art. 33: its phase, when it was made, what
// it contained, and, when the first one came after 72 hours, the reasons
// for the delay (art. 33(1)).
type Notification struct {
	// Phase is initial for the first notification, follow-up after it.
	Phase Phase `json:"phase"`
	// At is when it was sent.
	At time.Time `json:"at"`
	// Reference is Datatilsynet's reference (journal number), if any.
	Reference string `json:"reference,omitempty"`
	// Items are the parts of art. 33(3) this notification gave.
	Items []Item `json:"items,omitempty"`
	// DelayReasons are the reasons for the delay; required on the first
	// notification when it came after the deadline (art. 33(1)).
	DelayReasons string `json:"delayReasons,omitempty"`
}

// Channel is how the data subjects were told of a breach (art. 34). The
// zero value means "not set".
type Channel uint8

// Channels of a communication to the data subjects.
const (
	DigitalPost Channel = iota + 1 // Digital Post (e-Boks, mit.dk)
	Letter                         // brev
	Email                          // e-mail
	Phone                          // telefon
	InPerson                       // personligt
	// PublicNotice is a public communication (offentlig meddelelse) used
	// instead of a direct one when that would take disproportionate effort
	// (art. 34(3)(c)).
	PublicNotice
)

var channelCodes = [...]string{"", "digital_post", "letter", "email", "phone", "in_person", "public"}

var channelLabels = [...]gdpr.Text{
	{},
	{Da: "Digital Post", En: "Digital Post"},
	{Da: "Brev", En: "Letter"},
	{Da: "E-mail", En: "E-mail"},
	{Da: "Telefon", En: "Phone"},
	{Da: "Personligt", En: "In person"},
	{Da: "Offentlig meddelelse", En: "Public communication"},
}

// Channels returns every channel in order.
func Channels() []Channel {
	return []Channel{DigitalPost, Letter, Email, Phone, InPerson, PublicNotice}
}

// Valid reports whether c is one of the defined values.
func (c Channel) Valid() bool { return enum.Valid(c, channelCodes[:]) }

// String returns the stable code of c, or "Channel(n)" for an invalid value.
func (c Channel) String() string { return enum.String(c, "Channel", channelCodes[:]) }

// Label returns the Danish name of c, or the English one for an English tag.
func (c Channel) Label(tag language.Tag) string {
	if !c.Valid() {
		return c.String()
	}
	return channelLabels[c].In(tag)
}

// ParseChannel parses a code; "" gives the zero value and an unknown code is an
// error wrapping [ErrUnknownCode].
func ParseChannel(code string) (Channel, error) {
	return enum.Parse[Channel](code, "breach: channel", channelCodes[:], ErrUnknownCode)
}

// MarshalText encodes c as its code; the zero value encodes as "".
func (c Channel) MarshalText() ([]byte, error) {
	return enum.Marshal(c, "breach: Channel", channelCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (c *Channel) UnmarshalText(b []byte) (err error) {
	*c, err = ParseChannel(string(b))
	return err
}

// Scan implements sql.Scanner for a code stored as text; NULL gives zero.
func (c *Channel) Scan(src any) error {
	return enum.Scan(c, src, "breach: channel", channelCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (c Channel) Value() (driver.Value, error) {
	return enum.Value(c, "breach: Channel", channelCodes[:], ErrUnknownCode)
}

// SubjectNotice is one communication of the breach to the data subjects
// (underretning af de registrerede), GDPR art. 34, or a public
// communication instead (art. 34(3)(c)). It holds no personal data: how
// many were told, not who.
type SubjectNotice struct {
	// At is when the data subjects were told.
	At time.Time `json:"at"`
	// Channel is how.
	Channel Channel `json:"channel"`
	// Count is how many data subjects this communication reached (0 for a
	// public communication or when not counted).
	Count int `json:"count,omitempty"`
	// Items are the parts the communication contained; art. 34(2) asks for
	// the nature, the contact point, the likely consequences and the
	// measures.
	Items []Item `json:"items,omitempty"`
}
