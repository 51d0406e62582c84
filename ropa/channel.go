package ropa

import (
	"github.com/dkgdpr/gdpr/internal/enum"
)

// ChannelKind is how personal data are sent to or from the processing.
// Datatilsynet requires encryption when confidential or sensitive data are
// sent over the internet (GDPR art. 32(1)(a); Datatilsynet's guidance on encryption): see
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

var channelKindDef = enum.Def[ChannelKind]{
	Type: "ChannelKind",
	Kind: "ropa: channel kind",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Email:           {Code: "email", Da: "E-mail", En: "E-mail"},
		Web:             {Code: "web", Da: "Hjemmeside, portal eller webservice", En: "Website, portal or web service"},
		FileTransfer:    {Code: "file_transfer", Da: "Filoverførsel (f.eks. SFTP)", En: "File transfer (e.g. SFTP)"},
		DigitalPost:     {Code: "digital_post", Da: "Digital Post", En: "Digital Post"},
		OtherInternet:   {Code: "other_internet", Da: "Anden forbindelse over internettet", En: "Other connection over the internet"},
		InternalNetwork: {Code: "internal_network", Da: "Internt netværk", En: "Internal network"},
		Paper:           {Code: "paper", Da: "Papir og fysisk post", En: "Paper and physical mail"},
	},
}

// ChannelKinds returns the channel kinds in order, in a fresh slice.
func ChannelKinds() []ChannelKind {
	return []ChannelKind{Email, Web, FileTransfer, DigitalPost, OtherInternet, InternalNetwork, Paper}
}

// Internet reports whether data sent on k travel over the internet, where
// Datatilsynet requires confidential and sensitive data to be encrypted
// (Datatilsynet's guidance on encryption).
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
