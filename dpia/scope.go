package dpia

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// ScopeKind is a row of the template's scope table (seed 002, "Afgrænsning af
// konsekvensanalysen"): what the assessment covers. The zero value means "not
// set" and is not valid.
type ScopeKind uint8

// The rows of the scope table, in the template's order.
const (
	ScopeProcess     ScopeKind = iota + 1 // process: En proces
	ScopeSystem                           // system: Et system
	ScopeApplication                      // application: Et program, applikation eller tjeneste
	ScopeCloud                            // cloud_platform: En cloud computingplatform
	ScopeTechnology                       // special_technology: En særlig teknologi
)

var scopeKindCodes = [...]string{"", "process", "system", "application", "cloud_platform", "special_technology"}

var scopeKindLabels = [...]gdpr.Text{
	{},
	{Da: "En proces (f.eks. skadebehandling hos et forsikringsselskab, kreditvurdering, eller udbetaling af ydelser i det offentlige).", En: "A process (e.g. claims handling at an insurer, credit scoring, or payment of public benefits)."},
	{Da: "Et system, der er designet til at understøtte en proces.", En: "A system designed to support a process."},
	{Da: "Et program, applikation eller tjeneste, der er designet til at understøtte en proces (f.eks. Teams eller Outlook).", En: "A program, application or service designed to support a process (e.g. Teams or Outlook)."},
	{Da: "En cloud computingplatform", En: "A cloud computing platform"},
	{Da: "En særlig teknologi (f.eks. nummerpladegenkendelse eller overvågning).", En: "A special technology (e.g. number plate recognition or surveillance)."},
}

// ScopeKinds returns the five rows of the template's scope table in its order, in a fresh slice.
func ScopeKinds() []ScopeKind {
	return []ScopeKind{ScopeProcess, ScopeSystem, ScopeApplication, ScopeCloud, ScopeTechnology}
}

// Valid reports whether k is one of the defined values.
func (k ScopeKind) Valid() bool { return enum.Valid(k, scopeKindCodes[:]) }

// String returns the stable code ("process"), or "ScopeKind(n)" for an invalid value.
func (k ScopeKind) String() string { return enum.String(k, "ScopeKind", scopeKindCodes[:]) }

// Label returns the Danish wording of k (the template's where it has one),
// or English for an English tag.
func (k ScopeKind) Label(tag language.Tag) string {
	if !k.Valid() {
		return k.String()
	}
	return scopeKindLabels[k].In(tag)
}

// ParseScopeKind parses a code; "" gives the zero value. An unknown code is an
// error wrapping [ErrUnknownCode].
func ParseScopeKind(code string) (ScopeKind, error) {
	return enum.Parse[ScopeKind](code, "dpia: scope kind", scopeKindCodes[:], ErrUnknownCode)
}

// MarshalText encodes k as its code; the zero value encodes as "".
func (k ScopeKind) MarshalText() ([]byte, error) {
	return enum.Marshal(k, "dpia: ScopeKind", scopeKindCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code as [ParseScopeKind] does.
func (k *ScopeKind) UnmarshalText(b []byte) (err error) {
	*k, err = ParseScopeKind(string(b))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (k *ScopeKind) Scan(src any) error {
	return enum.Scan(k, src, "dpia: scope kind", scopeKindCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (k ScopeKind) Value() (driver.Value, error) {
	return enum.Value(k, "dpia: ScopeKind", scopeKindCodes[:], ErrUnknownCode)
}
