package rights

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Channel is how a request reached the authority. A request needs no form
// and no particular channel: the month runs from the first receipt anywhere
// in the authority, whichever channel it came by (rules.md §5; seed 001,
// "Ret til indsigt"). The zero value means "not recorded".
type Channel uint8

// The channels.
const (
	Letter       Channel = iota + 1 // letter (brev)
	Email                           // e-mail
	DigitalPost                     // Digital Post (the public sector's secure mailbox)
	SelfService                     // the authority's self-service portal or web form (selvbetjening)
	Phone                           // telephone (telefonisk henvendelse)
	InPerson                        // in person (personligt fremmøde)
	OtherChannel                    // any other channel (anden kanal)
)

var channelCodes = [...]string{"", "letter", "email", "digital_post", "self_service", "phone", "in_person", "other"}

var channelLabels = [...]gdpr.Text{
	{},
	{Da: "Brev", En: "Letter"},
	{Da: "E-mail", En: "E-mail"},
	{Da: "Digital Post", En: "Digital Post"},
	{Da: "Selvbetjening", En: "Self-service"},
	{Da: "Telefon", En: "Telephone"},
	{Da: "Personligt fremmøde", En: "In person"},
	{Da: "Anden kanal", En: "Other channel"},
}

// Channels returns every channel, in the order of the constants.
func Channels() []Channel {
	return []Channel{Letter, Email, DigitalPost, SelfService, Phone, InPerson, OtherChannel}
}

// Valid reports whether c is one of the defined channels.
func (c Channel) Valid() bool { return enum.Valid(c, channelCodes[:]) }

// String returns the stable code ("digital_post"), or "Channel(9)".
func (c Channel) String() string { return enum.String(c, "Channel", channelCodes[:]) }

// Label returns the Danish name of c, or the English one for an English tag.
func (c Channel) Label(tag language.Tag) string {
	if !c.Valid() {
		return c.String()
	}
	return channelLabels[c].In(tag)
}

// ParseChannel parses a channel code; "" gives the zero value and an unknown
// code is an error wrapping [ErrUnknownCode].
func ParseChannel(code string) (Channel, error) {
	return enum.Parse[Channel](code, "rights: channel", channelCodes[:], ErrUnknownCode)
}

// MarshalText encodes c as its code; the zero value encodes as "".
func (c Channel) MarshalText() ([]byte, error) {
	return enum.Marshal(c, "rights: Channel", channelCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (c *Channel) UnmarshalText(b []byte) (err error) {
	*c, err = ParseChannel(string(b))
	return err
}

// Scan implements sql.Scanner.
func (c *Channel) Scan(src any) error {
	return enum.Scan(c, src, "rights: channel", channelCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer.
func (c Channel) Value() (driver.Value, error) {
	return enum.Value(c, "rights: Channel", channelCodes[:], ErrUnknownCode)
}
