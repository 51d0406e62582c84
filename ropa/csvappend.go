package ropa

// The append-style encoders of the CSV cells; see cellcodec.go for the
// layout. Each appends to b and returns it, so a row costs few allocations.

import "github.com/dkgdpr/gdpr"

// escapeLevel gives, for each byte, the lowest level at which it is
// escaped (255: never). Read-only.
var escapeLevel = func() (t [256]uint8) {
	for i := range t {
		t[i] = 255
	}
	t['\\'], t['\r'], t['\n'], t['|'], t[','] = levelCell, levelCell, levelList, levelField, levelSub
	return t
}()

// escapeLetter is what follows the backslash for an escaped byte.
func escapeLetter(c byte) byte {
	switch c {
	case '\r':
		return 'r'
	case '\n':
		return 'n'
	}
	return c
}

// appendEscaped appends s, escaped for level.
func appendEscaped(b []byte, s string, level int) []byte {
	start := 0
	for i := 0; i < len(s); i++ {
		if int(escapeLevel[s[i]]) <= level {
			b = append(b, s[start:i]...)
			b = append(b, '\\', escapeLetter(s[i]))
			start = i + 1
		}
	}
	return append(b, s[start:]...)
}

func appendListText(b []byte, s string) []byte { return appendEscaped(b, s, levelList) }

// sep appends the field separator " | ".
func sep(b []byte) []byte { return append(b, " | "...) }

// appendCode appends an enumeration's code, nothing for zero.
func appendCode[T interface {
	~uint8
	stringer
}](b []byte, v T) []byte {
	if v == 0 {
		return b
	}
	return append(b, v.String()...)
}

func appendPeriod(b []byte, p Period) []byte { return append(b, p.String()...) }

// appendSub appends a sub-list, elements separated by ", ".
func appendSub[T any](b []byte, xs []T, text func(T) string) []byte {
	for i, x := range xs {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = appendEscaped(b, text(x), levelSub)
	}
	return b
}

func (e *cellEncoder) appendBool(b []byte, v bool) []byte {
	if v {
		return append(b, boolWords[1].In(e.tag)...)
	}
	return append(b, boolWords[0].In(e.tag)...)
}

// appendParty: name | cvr | address | email | phone; nothing for the zero
// party.
func appendParty(b []byte, p Party) []byte {
	if p.IsZero() {
		return b
	}
	b = appendEscaped(b, p.Name, levelField)
	b = append(sep(b), p.CVR.String()...)
	b = appendEscaped(sep(b), p.Address, levelField)
	b = appendEscaped(sep(b), p.Email.Reveal(), levelField)
	return appendEscaped(sep(b), p.Phone.Reveal(), levelField)
}

// appendPurpose: id | description | kinds | legal bases | KLE | ended.
func appendPurpose(b []byte, p Purpose) []byte {
	b = appendEscaped(b, p.ID, levelField)
	b = appendEscaped(sep(b), p.Description, levelField)
	b = appendSub(sep(b), p.Kinds, codeText[PurposeKind])
	b = appendSub(sep(b), p.LegalBases, basisText)
	b = appendSub(sep(b), p.KLE, kleText)
	return append(sep(b), p.Ended.String()...)
}

// appendSubject: group | name | vulnerable | data types.
func (e *cellEncoder) appendSubject(b []byte, s SubjectCategory) []byte {
	b = appendCode(b, s.Category.Group)
	b = appendEscaped(sep(b), s.Category.Name, levelField)
	b = e.appendBool(sep(b), s.Category.Vulnerable)
	return appendSub(sep(b), s.DataTypes, typeText)
}

// appendTechnology: technology | details.
func appendTechnology(b []byte, t TechnologyUse) []byte {
	b = appendCode(b, t.Technology)
	return appendEscaped(sep(b), t.Details, levelField)
}

// appendRecipient: category | name | country | joint controller | legal
// bases | description.
func (e *cellEncoder) appendRecipient(b []byte, x Recipient) []byte {
	b = appendCode(b, x.Category)
	b = appendEscaped(sep(b), x.Name, levelField)
	b = append(sep(b), destinationText(x.Country, x.Organisation)...)
	b = e.appendBool(sep(b), x.JointController)
	b = appendSub(sep(b), x.LegalBases, basisText)
	return appendEscaped(sep(b), x.Description, levelField)
}

// appendTransfer: country or organisation | recipient | safeguard | DPF |
// PIPEDA | APPI | TIA | suitable safeguards | description.
func (e *cellEncoder) appendTransfer(b []byte, t Transfer) []byte {
	b = append(b, destinationText(t.Country, t.Organisation)...)
	b = appendEscaped(sep(b), t.Recipient, levelField)
	b = appendCode(sep(b), t.Safeguard)
	b = e.appendBool(sep(b), t.RecipientFacts.DPFCertified)
	b = e.appendBool(sep(b), t.RecipientFacts.PIPEDA)
	b = e.appendBool(sep(b), t.RecipientFacts.APPI)
	b = appendEscaped(sep(b), t.TIA, levelField)
	b = appendEscaped(sep(b), t.SuitableSafeguards, levelField)
	return appendEscaped(sep(b), t.Description, levelField)
}

// appendRetention: data types | period | trigger | archive | note.
func appendRetention(b []byte, r Retention) []byte {
	b = appendSub(b, r.DataTypes, typeText)
	b = appendPeriod(sep(b), r.Period)
	b = appendCode(sep(b), r.Trigger)
	b = appendCode(sep(b), r.Archive)
	return appendEscaped(sep(b), r.Note, levelField)
}

// appendChannel: kind | encrypted | description.
func (e *cellEncoder) appendChannel(b []byte, c Channel) []byte {
	b = appendCode(b, c.Kind)
	b = e.appendBool(sep(b), c.Encrypted)
	return appendEscaped(sep(b), c.Description, levelField)
}

// appendProcessor: name | cvr | agreement id | under | countries | service.
func appendProcessor(b []byte, p ProcessorRef) []byte {
	b = appendEscaped(b, p.Name, levelField)
	b = append(sep(b), p.CVR.String()...)
	b = appendEscaped(sep(b), p.AgreementID, levelField)
	b = appendEscaped(sep(b), p.Under, levelField)
	b = appendSub(sep(b), p.Countries, countryText)
	if len(p.Organisations) > 0 {
		if len(p.Countries) > 0 {
			b = append(b, ", "...)
		}
		b = appendSub(b, p.Organisations, gdpr.InternationalOrganisation.String)
	}
	return appendEscaped(sep(b), p.Service, levelField)
}

// destinationText is the cell text of a destination: the international
// organisation's code when it is one ("epo"), else the country's code.
func destinationText(c gdpr.Country, o gdpr.InternationalOrganisation) string {
	if o != 0 {
		return o.String()
	}
	return c.String()
}
