package dpa

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Template is the text an agreement is built on. Datatilsynet recommends
// its own template for new agreements and for updating old ones (seed 001,
// "Databehandlere (DB) og databehandleraftaler (DBA)"); the large cloud
// providers offer only their own standard terms, which are hard to adapt.
// The zero value means "not recorded".
type Template uint8

// Templates.
const (
	// DatatilsynetTemplate (datatilsynet): Datatilsynet's standard
	// contractual clauses for data processing agreements, adopted under
	// GDPR art. 28(8).
	DatatilsynetTemplate Template = iota + 1
	// EUClauses (eu_2021_915): the European Commission's standard
	// contractual clauses between controllers and processors, Implementing
	// Decision (EU) 2021/915 (GDPR art. 28(7)). Not to be confused with the
	// transfer clauses 2021/914.
	EUClauses
	// KLTemplate (kl): the template of KL (Local Government Denmark).
	KLTemplate
	// ProcessorTerms (processor_terms): the processor's own standard terms
	// (such as a cloud provider's data protection addendum).
	ProcessorTerms
	// NegotiatedTerms (negotiated): an agreement negotiated for the case.
	NegotiatedTerms
)

var templateCodes = [...]string{"", "datatilsynet", "eu_2021_915", "kl", "processor_terms", "negotiated"}

var templateLabels = [...]gdpr.Text{
	{},
	{Da: "Datatilsynets standardkontrakt for databehandleraftaler", En: "Datatilsynet's standard data processing agreement"},
	{Da: "EU-Kommissionens standardkontraktbestemmelser (2021/915)", En: "European Commission standard contractual clauses (2021/915)"},
	{Da: "KL's skabelon for databehandleraftaler", En: "KL's data processing agreement template"},
	{Da: "Databehandlerens egne standardvilkår", En: "The processor's own standard terms"},
	{Da: "Individuelt forhandlet aftale", En: "Individually negotiated agreement"},
}

// Templates returns every template in order, in a fresh slice.
func Templates() []Template {
	return []Template{DatatilsynetTemplate, EUClauses, KLTemplate, ProcessorTerms, NegotiatedTerms}
}

// Valid reports whether t is one of the defined values.
func (t Template) Valid() bool { return enum.Valid(t, templateCodes[:]) }

// String returns the stable code of t, or "Template(n)" for an invalid value.
func (t Template) String() string { return enum.String(t, "Template", templateCodes[:]) }

// Label returns the Danish name of t, or the English one for an English
// tag.
func (t Template) Label(tag language.Tag) string {
	if !t.Valid() {
		return t.String()
	}
	return templateLabels[t].In(tag)
}

// ParseTemplate parses a code; "" gives the zero value and an unknown code is
// an error wrapping [ErrUnknownCode].
func ParseTemplate(code string) (Template, error) {
	return enum.Parse[Template](code, "dpa: template", templateCodes[:], ErrUnknownCode)
}

// MarshalText encodes t as its code; the zero value encodes as "".
func (t Template) MarshalText() ([]byte, error) {
	return enum.Marshal(t, "dpa: Template", templateCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code; an unknown code is an error.
func (t *Template) UnmarshalText(text []byte) (err error) {
	*t, err = ParseTemplate(string(text))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (t *Template) Scan(src any) error {
	return enum.Scan(t, src, "dpa: template", templateCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (t Template) Value() (driver.Value, error) {
	return enum.Value(t, "dpa: Template", templateCodes[:], ErrUnknownCode)
}
