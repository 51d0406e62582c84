package dpia

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// ChangeKind is what changed since the assessment was decided: the processing,
// its risks or a processor. Each calls for a review (GDPR art. 35(11); seed
// 002, "Monitorering og opdatering"; seed 003). The zero value means "not set".
type ChangeKind uint8

// The kinds of change.
const (
	ProcessingChanged ChangeKind = iota + 1 // processing: the processing itself changed: purpose, data, technology, scale
	RiskChanged                             // risk: the risk changed: a new threat, an incident, a measure dropped
	ProcessorChanged                        // processor: a processor or sub-processor was added, replaced or moved
)

var changeKindCodes = [...]string{"", "processing", "risk", "processor"}

var changeKindLabels = [...]gdpr.Text{
	{},
	{Da: "Ændring af behandlingen", En: "Change of the processing"},
	{Da: "Ændring af risikoen", En: "Change of the risk"},
	{Da: "Ændring af databehandler", En: "Change of processor"},
}

// ChangeKinds returns the kinds of change, in a fresh slice.
func ChangeKinds() []ChangeKind {
	return []ChangeKind{ProcessingChanged, RiskChanged, ProcessorChanged}
}

// Valid reports whether k is one of the defined values.
func (k ChangeKind) Valid() bool { return enum.Valid(k, changeKindCodes[:]) }

// String returns the stable code ("processing"), or "ChangeKind(n)" for an invalid value.
func (k ChangeKind) String() string { return enum.String(k, "ChangeKind", changeKindCodes[:]) }

// Label returns the Danish wording of k (the template's where it has one),
// or English for an English tag.
func (k ChangeKind) Label(tag language.Tag) string {
	if !k.Valid() {
		return k.String()
	}
	return changeKindLabels[k].In(tag)
}

// ParseChangeKind parses a code; "" gives the zero value. An unknown code is an
// error wrapping [ErrUnknownCode].
func ParseChangeKind(code string) (ChangeKind, error) {
	return enum.Parse[ChangeKind](code, "dpia: change kind", changeKindCodes[:], ErrUnknownCode)
}

// MarshalText encodes k as its code; the zero value encodes as "".
func (k ChangeKind) MarshalText() ([]byte, error) {
	return enum.Marshal(k, "dpia: ChangeKind", changeKindCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code as [ParseChangeKind] does.
func (k *ChangeKind) UnmarshalText(b []byte) (err error) {
	*k, err = ParseChangeKind(string(b))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (k *ChangeKind) Scan(src any) error {
	return enum.Scan(k, src, "dpia: change kind", changeKindCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (k ChangeKind) Value() (driver.Value, error) {
	return enum.Value(k, "dpia: ChangeKind", changeKindCodes[:], ErrUnknownCode)
}
