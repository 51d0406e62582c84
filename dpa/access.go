package dpa

import (
	"github.com/dkgdpr/gdpr/internal/enum"
)

// Access is what a processor or sub-processor can do with the data where
// it is. Every kind of access counts for the transfer rules: read access
// is a transfer, so a support desk in a third country that can see the
// data is a transfer to that country even if it never looks (GDPR art. 44;
// Datatilsynet's guidance on data processors). The zero value means "not set".
type Access uint8

// Kinds of access, from the most to the least hands-on.
const (
	// ProcessingAccess (processing): the data is processed there (the
	// application runs there, case workers' data is computed on).
	ProcessingAccess Access = iota + 1
	// StorageAccess (storage): the data is stored or hosted there (data
	// centre, backup).
	StorageAccess
	// SupportAccess (support): staff there give support or operate the
	// system and can reach the data to do so.
	SupportAccess
	// ReadOnlyAccess (read_only): staff or systems there can read the data,
	// for instance remote monitoring; still a transfer.
	ReadOnlyAccess
)

var accessDef = enum.Def[Access]{
	Type: "Access",
	Kind: "dpa: access kind",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		ProcessingAccess: {Code: "processing", Da: "Behandling", En: "Processing"},
		StorageAccess:    {Code: "storage", Da: "Opbevaring og hosting", En: "Storage and hosting"},
		SupportAccess:    {Code: "support", Da: "Support og drift", En: "Support and operations"},
		ReadOnlyAccess:   {Code: "read_only", Da: "Læseadgang", En: "Read-only access"},
	},
}

// AccessKinds returns the four kinds of access in order, in a fresh slice.
func AccessKinds() []Access {
	return []Access{ProcessingAccess, StorageAccess, SupportAccess, ReadOnlyAccess}
}
