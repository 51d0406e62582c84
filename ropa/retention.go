package ropa

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Trigger is the event that starts an erasure time limit (slettefrist),
// e.g. the closing of the case. The zero value means "not set".
type Trigger uint8

// The values of Trigger.
const (
	Received          Trigger = iota + 1 // received: the data were received or registered
	CaseClosed                           // case_closed: the case was closed (sagsafslutning)
	RelationshipEnded                    // relationship_ended: the pupil left, the employee resigned, ...
	PurposeFulfilled                     // purpose_fulfilled: the purpose was fulfilled
	OtherTrigger                         // other: described in the note
)

var triggerCodes = [...]string{"", "received", "case_closed", "relationship_ended", "purpose_fulfilled", "other"}

var triggerLabels = [...]gdpr.Text{
	{},
	{Da: "modtagelse", En: "receipt"},
	{Da: "sagens afslutning", En: "the closing of the case"},
	{Da: "ophør af forholdet (f.eks. udmeldelse eller fratrædelse)", En: "the end of the relationship (e.g. leaving school or employment)"},
	{Da: "formålet er opfyldt", En: "the fulfilment of the purpose"},
	{Da: "anden hændelse (se note)", En: "another event (see the note)"},
}

// Triggers returns the triggers in order, in a fresh slice.
func Triggers() []Trigger {
	return []Trigger{Received, CaseClosed, RelationshipEnded, PurposeFulfilled, OtherTrigger}
}

// Valid reports whether t is one of the defined values.
func (t Trigger) Valid() bool { return enum.Valid(t, triggerCodes[:]) }

// String returns the stable code ("received"), or "Trigger(n)" for an invalid value.
func (t Trigger) String() string { return enum.String(t, "Trigger", triggerCodes[:]) }

// Label returns the Danish wording of t, or English for an English tag.
func (t Trigger) Label(tag language.Tag) string {
	if !t.Valid() {
		return t.String()
	}
	return triggerLabels[t].In(tag)
}

// ParseTrigger parses a code; "" gives the zero value. An unknown code is an
// error wrapping [ErrUnknownCode].
func ParseTrigger(code string) (Trigger, error) {
	return enum.Parse[Trigger](code, "ropa: trigger", triggerCodes[:], ErrUnknownCode)
}

// MarshalText encodes t as its code; the zero value encodes as "".
func (t Trigger) MarshalText() ([]byte, error) {
	return enum.Marshal(t, "ropa: Trigger", triggerCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code as [ParseTrigger] does.
func (t *Trigger) UnmarshalText(b []byte) (err error) {
	*t, err = ParseTrigger(string(b))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (t *Trigger) Scan(src any) error {
	return enum.Scan(t, src, "ropa: trigger", triggerCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (t Trigger) Value() (driver.Value, error) {
	return enum.Value(t, "ropa: Trigger", triggerCodes[:], ErrUnknownCode)
}

// ArchiveCode is what the KLE plan says happens to a case when its erasure
// time limit runs out: B (bevaring) means it is preserved and handed over
// to the public archive, K (kassation) means it is destroyed. The zero value
// means the plan gives no code. The text form is the code ("preserve",
// "discard"); decoding also accepts the plan's letters "B" and "K".
type ArchiveCode uint8

// The values of ArchiveCode.
const (
	Preserve ArchiveCode = iota + 1 // preserve: B: bevaring, handed over to the archive
	Discard                         // discard: K: kassation, destroyed
)

var archiveCodeCodes = [...]string{"", "preserve", "discard"}

var archiveCodeLabels = [...]gdpr.Text{
	{},
	{Da: "B (bevares)", En: "B (preserved)"},
	{Da: "K (kasseres)", En: "K (discarded)"},
}

// ArchiveCodes returns B and K, in a fresh slice.
func ArchiveCodes() []ArchiveCode { return []ArchiveCode{Preserve, Discard} }

// Valid reports whether a is one of the defined values.
func (a ArchiveCode) Valid() bool { return enum.Valid(a, archiveCodeCodes[:]) }

// String returns the stable code ("preserve"), or "ArchiveCode(n)" for an invalid value.
func (a ArchiveCode) String() string { return enum.String(a, "ArchiveCode", archiveCodeCodes[:]) }

// Label returns the Danish wording of a, or English for an English tag.
func (a ArchiveCode) Label(tag language.Tag) string {
	if !a.Valid() {
		return a.String()
	}
	return archiveCodeLabels[a].In(tag)
}

// ParseArchiveCode parses a code ("preserve", "discard") or the KLE plan's
// letter ("B", "K", either case); "" gives the zero value. Unknown
// input is an error wrapping [ErrUnknownCode].
func ParseArchiveCode(code string) (ArchiveCode, error) {
	switch code {
	case "B", "b":
		return Preserve, nil
	case "K", "k":
		return Discard, nil
	}
	return enum.Parse[ArchiveCode](code, "ropa: archive code", archiveCodeCodes[:], ErrUnknownCode)
}

// MarshalText encodes a as its code; the zero value encodes as "".
func (a ArchiveCode) MarshalText() ([]byte, error) {
	return enum.Marshal(a, "ropa: ArchiveCode", archiveCodeCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code as [ParseArchiveCode] does.
func (a *ArchiveCode) UnmarshalText(b []byte) (err error) {
	*a, err = ParseArchiveCode(string(b))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (a *ArchiveCode) Scan(src any) error {
	return enum.ScanText(src, "ropa: archive code", a.UnmarshalText, ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (a ArchiveCode) Value() (driver.Value, error) {
	return enum.Value(a, "ropa: ArchiveCode", archiveCodeCodes[:], ErrUnknownCode)
}
