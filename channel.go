package gdpr

import "github.com/dkgdpr/gdpr/internal/enum"

// Channel is a way an authority and a person reach each other: how a
// data-subject request came in (a request needs no form and no particular
// channel, GDPR art. 12(2)) and how the data subjects were told of a
// personal data breach (GDPR art. 34). It is one concept in both
// directions, so the rights and breach packages share it, and a host keeps
// one list of channels. The zero value means "not recorded".
//
// [PublicNotice] is only outbound: a public communication made instead of
// telling each person when that would take disproportionate effort (GDPR
// art. 34(3)(c)); no request comes in that way.
type Channel uint8

// The channels.
const (
	Letter       Channel = iota + 1 // letter (brev)
	Email                           // e-mail
	DigitalPost                     // Digital Post, the public sector's secure mailbox (e-Boks, mit.dk)
	SelfService                     // the authority's self-service portal or web form (selvbetjening)
	Phone                           // telephone (telefon)
	InPerson                        // in person (personligt fremmøde)
	OtherChannel                    // any other channel (anden kanal)
	// PublicNotice is a public communication (offentlig meddelelse) used
	// instead of a direct one when that would take disproportionate effort
	// (GDPR art. 34(3)(c)).
	PublicNotice
)

var channelDef = enum.Def[Channel]{
	Type: "Channel",
	Kind: "gdpr: channel",
	Err:  ErrInvalid,
	Entries: []enum.Entry{
		Letter:       {Code: "letter", Da: "Brev", En: "Letter"},
		Email:        {Code: "email", Da: "E-mail", En: "E-mail"},
		DigitalPost:  {Code: "digital_post", Da: "Digital Post", En: "Digital Post"},
		SelfService:  {Code: "self_service", Da: "Selvbetjening", En: "Self-service"},
		Phone:        {Code: "phone", Da: "Telefon", En: "Telephone"},
		InPerson:     {Code: "in_person", Da: "Personligt fremmøde", En: "In person"},
		OtherChannel: {Code: "other", Da: "Anden kanal", En: "Other channel"},
		PublicNotice: {Code: "public", Da: "Offentlig meddelelse", En: "Public communication"},
	},
}

// Channels returns every channel, in the order of the constants.
func Channels() []Channel { return channelDef.Values() }

// Direct reports whether c reaches a person directly, that is every valid
// channel but [PublicNotice].
func (c Channel) Direct() bool { return c.Valid() && c != PublicNotice }
