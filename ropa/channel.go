package ropa

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// ChannelKind is how personal data are sent to or from the processing.
// Datatilsynet requires encryption when confidential or sensitive data are
// sent over the internet (seed 001, "Kryptering"; rules.md §1): see
// [ChannelKind.Internet]. The zero value means "not set" and is not valid.
type ChannelKind uint8

// The values of ChannelKind.
const (
	Email           ChannelKind = iota + 1 // email: over the internet
	Web                                    // web: over the internet
	FileTransfer                           // file_transfer: over the internet
	DigitalPost                            // digital_post: over the internet, encrypted by design
	OtherInternet                          // other_internet: over the internet
	InternalNetwork                        // internal_network: not over the internet
	Paper                                  // paper: not over the internet
)

var channelKindCodes = [...]string{"", "email", "web", "file_transfer", "digital_post", "other_internet", "internal_network", "paper"}

var channelKindLabels = [...]gdpr.Text{
	{},
	{Da: "E-mail", En: "E-mail"},
	{Da: "Hjemmeside, portal eller webservice", En: "Website, portal or web service"},
	{Da: "Filoverførsel (f.eks. SFTP)", En: "File transfer (e.g. SFTP)"},
	{Da: "Digital Post", En: "Digital Post"},
	{Da: "Anden forbindelse over internettet", En: "Other connection over the internet"},
	{Da: "Internt netværk", En: "Internal network"},
	{Da: "Papir og fysisk post", En: "Paper and physical mail"},
}

// ChannelKinds returns the channel kinds in order, in a fresh slice.
func ChannelKinds() []ChannelKind {
	return []ChannelKind{Email, Web, FileTransfer, DigitalPost, OtherInternet, InternalNetwork, Paper}
}

// Valid reports whether c is one of the defined values.
func (c ChannelKind) Valid() bool { return enum.Valid(c, channelKindCodes[:]) }

// String returns the stable code ("email"), or "ChannelKind(n)" for an invalid value.
func (c ChannelKind) String() string { return enum.String(c, "ChannelKind", channelKindCodes[:]) }

// Label returns the Danish wording of c, or English for an English tag.
func (c ChannelKind) Label(tag language.Tag) string {
	if !c.Valid() {
		return c.String()
	}
	return channelKindLabels[c].In(tag)
}

// ParseChannelKind parses a code; "" gives the zero value. An unknown code is an
// error wrapping [ErrUnknownCode].
func ParseChannelKind(code string) (ChannelKind, error) {
	return enum.Parse[ChannelKind](code, "ropa: channel kind", channelKindCodes[:], ErrUnknownCode)
}

// MarshalText encodes c as its code; the zero value encodes as "".
func (c ChannelKind) MarshalText() ([]byte, error) {
	return enum.Marshal(c, "ropa: ChannelKind", channelKindCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code as [ParseChannelKind] does.
func (c *ChannelKind) UnmarshalText(b []byte) (err error) {
	*c, err = ParseChannelKind(string(b))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (c *ChannelKind) Scan(src any) error {
	return enum.Scan(c, src, "ropa: channel kind", channelKindCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (c ChannelKind) Value() (driver.Value, error) {
	return enum.Value(c, "ropa: ChannelKind", channelKindCodes[:], ErrUnknownCode)
}

// Internet reports whether data sent on k travel over the internet, where
// Datatilsynet requires confidential and sensitive data to be encrypted
// (seed 001, "Kryptering").
func (k ChannelKind) Internet() bool {
	switch k {
	case Email, Web, FileTransfer, DigitalPost, OtherInternet:
		return true
	}
	return false
}

// EncryptedByDesign reports whether k always encrypts what it carries:
// Digital Post, the public authorities' secure mailbox.
func (k ChannelKind) EncryptedByDesign() bool { return k == DigitalPost }
