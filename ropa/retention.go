package ropa

import (
	"github.com/dkgdpr/gdpr/internal/enum"
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

var triggerDef = enum.Def[Trigger]{
	Type: "Trigger",
	Kind: "ropa: trigger",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Received:          {Code: "received", Da: "modtagelse", En: "receipt"},
		CaseClosed:        {Code: "case_closed", Da: "sagens afslutning", En: "the closing of the case"},
		RelationshipEnded: {Code: "relationship_ended", Da: "ophør af forholdet (f.eks. udmeldelse eller fratrædelse)", En: "the end of the relationship (e.g. leaving school or employment)"},
		PurposeFulfilled:  {Code: "purpose_fulfilled", Da: "formålet er opfyldt", En: "the fulfilment of the purpose"},
		OtherTrigger:      {Code: "other", Da: "anden hændelse (se note)", En: "another event (see the note)"},
	},
}

// Triggers returns the triggers in order, in a fresh slice.
func Triggers() []Trigger {
	return []Trigger{Received, CaseClosed, RelationshipEnded, PurposeFulfilled, OtherTrigger}
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

var archiveCodeDef = enum.Def[ArchiveCode]{
	Type: "ArchiveCode",
	Kind: "ropa: archive code",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Preserve: {Code: "preserve", Da: "B (bevares)", En: "B (preserved)"},
		Discard:  {Code: "discard", Da: "K (kasseres)", En: "K (discarded)"},
	},
}

// ArchiveCodes returns B and K, in a fresh slice.
func ArchiveCodes() []ArchiveCode { return []ArchiveCode{Preserve, Discard} }

// ParseArchiveCode parses a code ("preserve", "discard") or the KLE plan's
// letter ("B", "K", either case); "" gives the zero value. Unknown input is
// an error wrapping [ErrUnknownCode].
func ParseArchiveCode(code string) (ArchiveCode, error) {
	switch code {
	case "B", "b":
		return Preserve, nil
	case "K", "k":
		return Discard, nil
	}
	return archiveCodeDef.Parse(code)
}

// UnmarshalText decodes a code or a letter as [ParseArchiveCode] does.
func (a *ArchiveCode) UnmarshalText(b []byte) (err error) {
	*a, err = ParseArchiveCode(string(b))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value, text is read as
// [ParseArchiveCode] reads it.
func (a *ArchiveCode) Scan(src any) error {
	switch x := src.(type) {
	case string:
		return a.UnmarshalText([]byte(x))
	case []byte:
		return a.UnmarshalText(x)
	}
	return archiveCodeDef.Scan(a, src)
}
