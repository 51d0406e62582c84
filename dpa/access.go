package dpa

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Access is what a processor or sub-processor can do with the data where
// it is. Every kind of access counts for the transfer rules: read access
// is a transfer, so a support desk in a third country that can see the
// data is a transfer to that country even if it never looks (rules.md §8;
// seed 001). The zero value means "not set".
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

var accessCodes = [...]string{"", "processing", "storage", "support", "read_only"}

var accessLabels = [...]gdpr.Text{
	{},
	{Da: "Behandling", En: "Processing"},
	{Da: "Opbevaring og hosting", En: "Storage and hosting"},
	{Da: "Support og drift", En: "Support and operations"},
	{Da: "Læseadgang", En: "Read-only access"},
}

// AccessKinds returns the four kinds of access in order, in a fresh slice.
func AccessKinds() []Access {
	return []Access{ProcessingAccess, StorageAccess, SupportAccess, ReadOnlyAccess}
}

// Valid reports whether a is one of the defined values.
func (a Access) Valid() bool { return enum.Valid(a, accessCodes[:]) }

// String returns the stable code of a, or "Access(n)" for an invalid value.
func (a Access) String() string { return enum.String(a, "Access", accessCodes[:]) }

// Label returns the Danish name of a, or the English one for an English
// tag.
func (a Access) Label(tag language.Tag) string {
	if !a.Valid() {
		return a.String()
	}
	return accessLabels[a].In(tag)
}

// ParseAccess parses a code; "" gives the zero value and an unknown code is
// an error wrapping [ErrUnknownCode].
func ParseAccess(code string) (Access, error) {
	return enum.Parse[Access](code, "dpa: access kind", accessCodes[:], ErrUnknownCode)
}

// MarshalText encodes a as its code; the zero value encodes as "".
func (a Access) MarshalText() ([]byte, error) {
	return enum.Marshal(a, "dpa: Access", accessCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (a *Access) UnmarshalText(text []byte) (err error) {
	*a, err = ParseAccess(string(text))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (a *Access) Scan(src any) error {
	return enum.Scan(a, src, "dpa: access kind", accessCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (a Access) Value() (driver.Value, error) {
	return enum.Value(a, "dpa: Access", accessCodes[:], ErrUnknownCode)
}
