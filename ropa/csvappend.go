package ropa

// The append-style encoders of the CSV cells; see cellcodec.go for the
// layout. Each appends to b and returns it, so a row costs few allocations.

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

// appendPeriod appends a period's code ("P5Y"), or its label ("5 år")
// when e writes labels.
func (e *cellEncoder) appendPeriod(b []byte, p Period) []byte {
	if e.labels && p.Valid() {
		if l := p.Label(e.tag); func() bool { q, err := parsePeriodCell(l); return err == nil && q == p }() {
			return append(b, l...)
		}
	}
	return append(b, p.String()...)
}

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
func (e *cellEncoder) appendPurpose(b []byte, p Purpose) []byte {
	b = appendEscaped(b, p.ID, levelField)
	b = appendEscaped(sep(b), p.Description, levelField)
	b = appendValues(sep(b), e, p.Kinds, purposeKindCells)
	b = appendValues(sep(b), e, p.LegalBases, legalBasisCells)
	b = appendSub(sep(b), p.KLE, kleText)
	return append(sep(b), p.Ended.String()...)
}

// appendSubject: group | name | vulnerable | data types.
func (e *cellEncoder) appendSubject(b []byte, s SubjectCategory) []byte {
	b = appendValue(b, e, s.Category.Group, subjectGroupCells)
	b = appendEscaped(sep(b), s.Category.Name, levelField)
	b = e.appendBool(sep(b), s.Category.Vulnerable)
	return appendValues(sep(b), e, s.DataTypes, dataTypeCells)
}

// appendTechnology: technology | details.
func (e *cellEncoder) appendTechnology(b []byte, t TechnologyUse) []byte {
	b = appendValue(b, e, t.Technology, technologyCells)
	return appendEscaped(sep(b), t.Details, levelField)
}

// appendRecipient: category | name | country | joint controller | legal
// bases | description.
func (e *cellEncoder) appendRecipient(b []byte, x Recipient) []byte {
	b = appendValue(b, e, x.Category, recipientCategoryCells)
	b = appendEscaped(sep(b), x.Name, levelField)
	b = appendValue(sep(b), e, destination{x.Country, x.Organisation}, destinationCells)
	b = e.appendBool(sep(b), x.JointController)
	b = appendValues(sep(b), e, x.LegalBases, legalBasisCells)
	return appendEscaped(sep(b), x.Description, levelField)
}

// appendTransfer: country or organisation | recipient | safeguard | DPF |
// PIPEDA | APPI | TIA | suitable safeguards | description.
func (e *cellEncoder) appendTransfer(b []byte, t Transfer) []byte {
	b = appendValue(b, e, destination{t.Country, t.Organisation}, destinationCells)
	b = appendEscaped(sep(b), t.Recipient, levelField)
	b = appendValue(sep(b), e, t.Safeguard, safeguardCells)
	b = e.appendBool(sep(b), t.RecipientFacts.DPFCertified)
	b = e.appendBool(sep(b), t.RecipientFacts.PIPEDA)
	b = e.appendBool(sep(b), t.RecipientFacts.APPI)
	b = appendEscaped(sep(b), t.TIA, levelField)
	b = appendEscaped(sep(b), t.SuitableSafeguards, levelField)
	return appendEscaped(sep(b), t.Description, levelField)
}

// appendRetention: data types | period | trigger | archive | note.
func (e *cellEncoder) appendRetention(b []byte, r Retention) []byte {
	b = appendValues(b, e, r.DataTypes, dataTypeCells)
	b = e.appendPeriod(sep(b), r.Period)
	b = appendValue(sep(b), e, r.Trigger, triggerCells)
	b = appendValue(sep(b), e, r.Archive, archiveCells)
	return appendEscaped(sep(b), r.Note, levelField)
}

// appendChannel: kind | encrypted | description.
func (e *cellEncoder) appendChannel(b []byte, c Channel) []byte {
	b = appendValue(b, e, c.Kind, channelKindCells)
	b = e.appendBool(sep(b), c.Encrypted)
	return appendEscaped(sep(b), c.Description, levelField)
}

// appendProcessor: name | cvr | agreement id | under | countries | service.
func (e *cellEncoder) appendProcessor(b []byte, p ProcessorRef) []byte {
	b = appendEscaped(b, p.Name, levelField)
	b = append(sep(b), p.CVR.String()...)
	b = appendEscaped(sep(b), p.AgreementID, levelField)
	b = appendEscaped(sep(b), p.Under, levelField)
	places := make([]destination, 0, len(p.Countries)+len(p.Organisations))
	for _, c := range p.Countries {
		places = append(places, destination{country: c})
	}
	for _, o := range p.Organisations {
		places = append(places, destination{org: o})
	}
	b = appendValues(sep(b), e, places, destinationCells)
	return appendEscaped(sep(b), p.Service, levelField)
}
