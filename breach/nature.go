package breach

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// A breach is a breach of confidentiality, integrity or availability, or of
// any combination (EDPB Guidelines 9/2022, para. 15). The three types below
// say how far each was lost, on the scales of the circumstances of the
// breach (CB) in ENISA's severity method (rules.md §6). The zero value of
// each means "not affected": a breach whose three losses are all zero has
// no nature yet and fails [Incident.Validate].

// Confidentiality is how far the confidentiality of the data was lost
// (brud på fortroligheden): who may have seen them.
type Confidentiality uint8

// Losses of confidentiality, with their ENISA CB points.
const (
	// ConfidentialityExposed: the data were exposed, with no evidence that
	// anyone processed them unlawfully (+0), e.g. a lost encrypted laptop or
	// a misdirected letter returned unopened.
	ConfidentialityExposed Confidentiality = iota + 1
	// ConfidentialityKnownRecipients: disclosed to a limited number of known
	// recipients (+0.25), e.g. an e-mail sent to the wrong citizen.
	ConfidentialityKnownRecipients
	// ConfidentialityUnknownRecipients: disclosed to an unknown number of
	// recipients (+0.5), e.g. published on the internet or stolen.
	ConfidentialityUnknownRecipients
)

var confidentialityCodes = [...]string{"", "exposed", "known_recipients", "unknown_recipients"}

var confidentialityLabels = [...]gdpr.Text{
	{},
	{Da: "Eksponeret, uden tegn på uretmæssig behandling", En: "Exposed, with no evidence of unlawful processing"},
	{Da: "Videregivet til et begrænset antal kendte modtagere", En: "Disclosed to a limited number of known recipients"},
	{Da: "Videregivet til et ukendt antal modtagere", En: "Disclosed to an unknown number of recipients"},
}

// lossQuarters are the CB points of each loss value in quarters: 0, 0,
// 0.25, 0.5 (ENISA CB). Read-only.
var lossQuarters = [...]int{0, 0, 1, 2}

// Points returns the ENISA CB points of c: 0, 0.25 or 0.5 (0 when not
// affected or invalid).
func (c Confidentiality) Points() decimal.Decimal { return lossDecimal(uint8(c)) }

// Valid reports whether c is one of the defined values.
func (c Confidentiality) Valid() bool { return enum.Valid(c, confidentialityCodes[:]) }

// String returns the stable code of c, or "Confidentiality(n)" for an invalid value.
func (c Confidentiality) String() string {
	return enum.String(c, "Confidentiality", confidentialityCodes[:])
}

// Label returns the Danish name of c, or the English one for an English tag.
func (c Confidentiality) Label(tag language.Tag) string {
	if !c.Valid() {
		return c.String()
	}
	return confidentialityLabels[c].In(tag)
}

// ParseConfidentiality parses a code; "" gives the zero value and an unknown code is an
// error wrapping [ErrUnknownCode].
func ParseConfidentiality(code string) (Confidentiality, error) {
	return enum.Parse[Confidentiality](code, "breach: loss of confidentiality", confidentialityCodes[:], ErrUnknownCode)
}

// MarshalText encodes c as its code; the zero value encodes as "".
func (c Confidentiality) MarshalText() ([]byte, error) {
	return enum.Marshal(c, "breach: Confidentiality", confidentialityCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (c *Confidentiality) UnmarshalText(b []byte) (err error) {
	*c, err = ParseConfidentiality(string(b))
	return err
}

// Scan implements sql.Scanner for a code stored as text; NULL gives zero.
func (c *Confidentiality) Scan(src any) error {
	return enum.Scan(c, src, "breach: loss of confidentiality", confidentialityCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (c Confidentiality) Value() (driver.Value, error) {
	return enum.Value(c, "breach: Confidentiality", confidentialityCodes[:], ErrUnknownCode)
}

// Integrity is how far the integrity of the data was lost (brud på
// integriteten): whether they were altered.
type Integrity uint8

// Losses of integrity, with their ENISA CB points.
const (
	// IntegrityAltered: the data were altered, with no sign that the altered
	// data were used in a way that could harm anyone (+0).
	IntegrityAltered Integrity = iota + 1
	// IntegrityRecoverable: altered and possibly used in a harmful way, but
	// the correct data can be recovered (+0.25).
	IntegrityRecoverable
	// IntegrityUnrecoverable: altered and possibly used in a harmful way,
	// and the correct data cannot be recovered (+0.5).
	IntegrityUnrecoverable
)

var integrityCodes = [...]string{"", "altered", "recoverable", "unrecoverable"}

var integrityLabels = [...]gdpr.Text{
	{},
	{Da: "Ændret, uden tegn på skadelig brug", En: "Altered, with no sign of harmful use"},
	{Da: "Ændret og muligvis brugt skadeligt, men kan genskabes", En: "Altered and possibly used harmfully, but recoverable"},
	{Da: "Ændret og muligvis brugt skadeligt, og kan ikke genskabes", En: "Altered and possibly used harmfully, and not recoverable"},
}

// Points returns the ENISA CB points of i: 0, 0.25 or 0.5.
func (i Integrity) Points() decimal.Decimal { return lossDecimal(uint8(i)) }

// Valid reports whether i is one of the defined values.
func (i Integrity) Valid() bool { return enum.Valid(i, integrityCodes[:]) }

// String returns the stable code of i, or "Integrity(n)" for an invalid value.
func (i Integrity) String() string { return enum.String(i, "Integrity", integrityCodes[:]) }

// Label returns the Danish name of i, or the English one for an English tag.
func (i Integrity) Label(tag language.Tag) string {
	if !i.Valid() {
		return i.String()
	}
	return integrityLabels[i].In(tag)
}

// ParseIntegrity parses a code; "" gives the zero value and an unknown code is an
// error wrapping [ErrUnknownCode].
func ParseIntegrity(code string) (Integrity, error) {
	return enum.Parse[Integrity](code, "breach: loss of integrity", integrityCodes[:], ErrUnknownCode)
}

// MarshalText encodes i as its code; the zero value encodes as "".
func (i Integrity) MarshalText() ([]byte, error) {
	return enum.Marshal(i, "breach: Integrity", integrityCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (i *Integrity) UnmarshalText(b []byte) (err error) {
	*i, err = ParseIntegrity(string(b))
	return err
}

// Scan implements sql.Scanner for a code stored as text; NULL gives zero.
func (i *Integrity) Scan(src any) error {
	return enum.Scan(i, src, "breach: loss of integrity", integrityCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (i Integrity) Value() (driver.Value, error) {
	return enum.Value(i, "breach: Integrity", integrityCodes[:], ErrUnknownCode)
}

// Availability is how far the availability of the data was lost (brud på
// tilgængeligheden): whether they can still be used when needed.
type Availability uint8

// Losses of availability, with their ENISA CB points.
const (
	// AvailabilityRestored: the data can be recovered without difficulty,
	// e.g. another copy exists (+0).
	AvailabilityRestored Availability = iota + 1
	// AvailabilityTemporary: the data are unavailable for a while, e.g.
	// restored from a backup after some work, or provided again by the
	// individual (+0.25).
	AvailabilityTemporary
	// AvailabilityPermanent: the data are lost for good, with no backup and
	// no way to get them again (+0.5).
	AvailabilityPermanent
)

var availabilityCodes = [...]string{"", "restored", "temporary", "permanent"}

var availabilityLabels = [...]gdpr.Text{
	{},
	{Da: "Kan genskabes uden besvær", En: "Recoverable without difficulty"},
	{Da: "Midlertidigt utilgængelige", En: "Temporarily unavailable"},
	{Da: "Permanent tabt", En: "Permanently lost"},
}

// Points returns the ENISA CB points of a: 0, 0.25 or 0.5.
func (a Availability) Points() decimal.Decimal { return lossDecimal(uint8(a)) }

// Valid reports whether a is one of the defined values.
func (a Availability) Valid() bool { return enum.Valid(a, availabilityCodes[:]) }

// String returns the stable code of a, or "Availability(n)" for an invalid value.
func (a Availability) String() string { return enum.String(a, "Availability", availabilityCodes[:]) }

// Label returns the Danish name of a, or the English one for an English tag.
func (a Availability) Label(tag language.Tag) string {
	if !a.Valid() {
		return a.String()
	}
	return availabilityLabels[a].In(tag)
}

// ParseAvailability parses a code; "" gives the zero value and an unknown code is an
// error wrapping [ErrUnknownCode].
func ParseAvailability(code string) (Availability, error) {
	return enum.Parse[Availability](code, "breach: loss of availability", availabilityCodes[:], ErrUnknownCode)
}

// MarshalText encodes a as its code; the zero value encodes as "".
func (a Availability) MarshalText() ([]byte, error) {
	return enum.Marshal(a, "breach: Availability", availabilityCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (a *Availability) UnmarshalText(b []byte) (err error) {
	*a, err = ParseAvailability(string(b))
	return err
}

// Scan implements sql.Scanner for a code stored as text; NULL gives zero.
func (a *Availability) Scan(src any) error {
	return enum.Scan(a, src, "breach: loss of availability", availabilityCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (a Availability) Value() (driver.Value, error) {
	return enum.Value(a, "breach: Availability", availabilityCodes[:], ErrUnknownCode)
}

// lossDecimal returns the CB points of a loss value (the three scales share
// their points).
func lossDecimal(v uint8) decimal.Decimal {
	if int(v) >= len(lossQuarters) {
		return zero
	}
	return quarters[lossQuarters[v]]
}

// Nature is one of the three kinds of breach, used to describe and count
// breaches (the log counts per nature). An incident can have several.
type Nature uint8

// The three natures of a breach (EDPB Guidelines 9/2022, para. 15).
const (
	ConfidentialityBreach Nature = iota + 1 // brud på fortroligheden
	IntegrityBreach                         // brud på integriteten
	AvailabilityBreach                      // brud på tilgængeligheden
)

var natureCodes = [...]string{"", "confidentiality", "integrity", "availability"}

var natureLabels = [...]gdpr.Text{
	{},
	{Da: "Brud på fortroligheden", En: "Confidentiality breach"},
	{Da: "Brud på integriteten", En: "Integrity breach"},
	{Da: "Brud på tilgængeligheden", En: "Availability breach"},
}

// Natures returns the three natures in order.
func Natures() []Nature { return []Nature{ConfidentialityBreach, IntegrityBreach, AvailabilityBreach} }

// Valid reports whether n is one of the defined values.
func (n Nature) Valid() bool { return enum.Valid(n, natureCodes[:]) }

// String returns the stable code of n, or "Nature(n)" for an invalid value.
func (n Nature) String() string { return enum.String(n, "Nature", natureCodes[:]) }

// Label returns the Danish name of n, or the English one for an English tag.
func (n Nature) Label(tag language.Tag) string {
	if !n.Valid() {
		return n.String()
	}
	return natureLabels[n].In(tag)
}

// ParseNature parses a code; "" gives the zero value and an unknown code is an
// error wrapping [ErrUnknownCode].
func ParseNature(code string) (Nature, error) {
	return enum.Parse[Nature](code, "breach: nature", natureCodes[:], ErrUnknownCode)
}

// MarshalText encodes n as its code; the zero value encodes as "".
func (n Nature) MarshalText() ([]byte, error) {
	return enum.Marshal(n, "breach: Nature", natureCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (n *Nature) UnmarshalText(b []byte) (err error) {
	*n, err = ParseNature(string(b))
	return err
}

// Scan implements sql.Scanner for a code stored as text; NULL gives zero.
func (n *Nature) Scan(src any) error {
	return enum.Scan(n, src, "breach: nature", natureCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (n Nature) Value() (driver.Value, error) {
	return enum.Value(n, "breach: Nature", natureCodes[:], ErrUnknownCode)
}
