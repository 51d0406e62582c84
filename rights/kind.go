package rights

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Kind is the right a data subject exercises with a request (rules.md §5;
// seed 001, "Registreredes rettigheder"). The zero value means "not set" and
// is not valid.
type Kind uint8

// The kinds of request, with the article that gives the right.
const (
	// Access (ret til indsigt), GDPR art. 15: confirmation, a copy of the
	// data and the information of art. 15(1).
	Access Kind = iota + 1
	// Rectification (ret til berigtigelse), GDPR art. 16. In a case file the
	// correct information is added; what a decision was based on is not
	// overwritten (seed 001, "Ret til at få rettet ...").
	Rectification
	// Erasure (ret til sletning), GDPR art. 17, limited for public
	// authorities by art. 17(3)(b) and (d) (seed 001, "Ret til at få
	// persondata slettet").
	Erasure
	// Restriction of processing (ret til begrænsning af behandling), GDPR
	// art. 18.
	Restriction
	// Portability (ret til dataportabilitet), GDPR art. 20: only for
	// processing based on consent or contract and carried out by automated
	// means, never for a public task (art. 20(3)).
	Portability
	// Objection (ret til indsigelse), GDPR art. 21(1): only where the basis
	// is art. 6(1)(e) or (f).
	Objection
	// AutomatedDecision is a request for human review of a decision based
	// solely on automated processing (manuel vurdering), GDPR art. 22(3).
	AutomatedDecision
	// WithdrawConsent is the withdrawal of consent (tilbagetrækning af
	// samtykke), GDPR art. 7(3). It is not one of the rights of art. 15-22,
	// but authorities receive and track it the same way.
	WithdrawConsent
)

var kindCodes = [...]string{"", "access", "rectification", "erasure", "restriction", "portability", "objection",
	"automated_decision", "withdraw_consent"}

// numKinds is the number of defined kinds plus one (index 0 is "not set").
const numKinds = len(kindCodes)

var kindLabels = [...]gdpr.Text{
	{},
	{Da: "Indsigt", En: "Access"},
	{Da: "Berigtigelse", En: "Rectification"},
	{Da: "Sletning", En: "Erasure"},
	{Da: "Begrænsning af behandling", En: "Restriction of processing"},
	{Da: "Dataportabilitet", En: "Data portability"},
	{Da: "Indsigelse", En: "Objection"},
	{Da: "Manuel vurdering af automatisk afgørelse", En: "Human review of an automated decision"},
	{Da: "Tilbagetrækning af samtykke", En: "Withdrawal of consent"},
}

var kindReferences = [...]gdpr.Text{
	{},
	{Da: "GDPR art. 15", En: "GDPR art. 15"},
	{Da: "GDPR art. 16", En: "GDPR art. 16"},
	{Da: "GDPR art. 17", En: "GDPR art. 17"},
	{Da: "GDPR art. 18", En: "GDPR art. 18"},
	{Da: "GDPR art. 20", En: "GDPR art. 20"},
	{Da: "GDPR art. 21, stk. 1", En: "GDPR art. 21(1)"},
	{Da: "GDPR art. 22, stk. 3", En: "GDPR art. 22(3)"},
	{Da: "GDPR art. 7, stk. 3", En: "GDPR art. 7(3)"},
}

// Kinds returns every kind, in the order of the constants.
func Kinds() []Kind {
	return []Kind{Access, Rectification, Erasure, Restriction, Portability, Objection, AutomatedDecision, WithdrawConsent}
}

// Valid reports whether k is one of the defined kinds.
func (k Kind) Valid() bool { return enum.Valid(k, kindCodes[:]) }

// String returns the stable code ("access"), or "Kind(9)" for an invalid
// value.
func (k Kind) String() string { return enum.String(k, "Kind", kindCodes[:]) }

// Label returns the Danish name of the right ("Indsigt"), or the English one
// for an English tag.
func (k Kind) Label(tag language.Tag) string {
	if !k.Valid() {
		return k.String()
	}
	return kindLabels[k].In(tag)
}

// Reference returns the article that gives the right: "GDPR art. 21(1)" in
// English, "GDPR art. 21, stk. 1" in Danish; "" for an invalid kind.
func (k Kind) Reference(tag language.Tag) string {
	if !k.Valid() {
		return ""
	}
	return kindReferences[k].In(tag)
}

// ParseKind parses a kind code; "" gives the zero value and an unknown code
// is an error wrapping [ErrUnknownCode].
func ParseKind(code string) (Kind, error) {
	return enum.Parse[Kind](code, "rights: request kind", kindCodes[:], ErrUnknownCode)
}

// MarshalText encodes k as its code; the zero value encodes as "".
func (k Kind) MarshalText() ([]byte, error) {
	return enum.Marshal(k, "rights: Kind", kindCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (k *Kind) UnmarshalText(b []byte) (err error) {
	*k, err = ParseKind(string(b))
	return err
}

// Scan implements sql.Scanner.
func (k *Kind) Scan(src any) error {
	return enum.Scan(k, src, "rights: request kind", kindCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer.
func (k Kind) Value() (driver.Value, error) {
	return enum.Value(k, "rights: Kind", kindCodes[:], ErrUnknownCode)
}
