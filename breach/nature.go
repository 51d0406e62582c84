package breach

import (
	"github.com/dkgdpr/gdpr/internal/enum"
	"github.com/shopspring/decimal"
)

// A breach is a breach of confidentiality, integrity or availability, or of
// any combination (EDPB Guidelines 9/2022, para. 15). The three types below
// say how far each was lost, on the scales of the circumstances of the
// breach (CB) in ENISA's severity method. The zero value of
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

var confidentialityDef = enum.Def[Confidentiality]{
	Type: "Confidentiality",
	Kind: "breach: loss of confidentiality",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		ConfidentialityExposed:           {Code: "exposed", Da: "Eksponeret, uden tegn på uretmæssig behandling", En: "Exposed, with no evidence of unlawful processing"},
		ConfidentialityKnownRecipients:   {Code: "known_recipients", Da: "Videregivet til et begrænset antal kendte modtagere", En: "Disclosed to a limited number of known recipients"},
		ConfidentialityUnknownRecipients: {Code: "unknown_recipients", Da: "Videregivet til et ukendt antal modtagere", En: "Disclosed to an unknown number of recipients"},
	},
}

// lossQuarters are the CB points of each loss value in quarters: 0, 0,
// 0.25, 0.5 (ENISA CB). Read-only.
var lossQuarters = [...]int{0, 0, 1, 2}

// Points returns the ENISA CB points of c: 0, 0.25 or 0.5 (0 when not
// affected or invalid).
func (c Confidentiality) Points() decimal.Decimal { return lossDecimal(uint8(c)) }

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

var integrityDef = enum.Def[Integrity]{
	Type: "Integrity",
	Kind: "breach: loss of integrity",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		IntegrityAltered:       {Code: "altered", Da: "Ændret, uden tegn på skadelig brug", En: "Altered, with no sign of harmful use"},
		IntegrityRecoverable:   {Code: "recoverable", Da: "Ændret og muligvis brugt skadeligt, men kan genskabes", En: "Altered and possibly used harmfully, but recoverable"},
		IntegrityUnrecoverable: {Code: "unrecoverable", Da: "Ændret og muligvis brugt skadeligt, og kan ikke genskabes", En: "Altered and possibly used harmfully, and not recoverable"},
	},
}

// Points returns the ENISA CB points of i: 0, 0.25 or 0.5.
func (i Integrity) Points() decimal.Decimal { return lossDecimal(uint8(i)) }

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

var availabilityDef = enum.Def[Availability]{
	Type: "Availability",
	Kind: "breach: loss of availability",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		AvailabilityRestored:  {Code: "restored", Da: "Kan genskabes uden besvær", En: "Recoverable without difficulty"},
		AvailabilityTemporary: {Code: "temporary", Da: "Midlertidigt utilgængelige", En: "Temporarily unavailable"},
		AvailabilityPermanent: {Code: "permanent", Da: "Permanent tabt", En: "Permanently lost"},
	},
}

// Points returns the ENISA CB points of a: 0, 0.25 or 0.5.
func (a Availability) Points() decimal.Decimal { return lossDecimal(uint8(a)) }

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

var natureDef = enum.Def[Nature]{
	Type: "Nature",
	Kind: "breach: nature",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		ConfidentialityBreach: {Code: "confidentiality", Da: "Brud på fortroligheden", En: "Confidentiality breach"},
		IntegrityBreach:       {Code: "integrity", Da: "Brud på integriteten", En: "Integrity breach"},
		AvailabilityBreach:    {Code: "availability", Da: "Brud på tilgængeligheden", En: "Availability breach"},
	},
}

// Natures returns the three natures in order.
func Natures() []Nature { return []Nature{ConfidentialityBreach, IntegrityBreach, AvailabilityBreach} }
