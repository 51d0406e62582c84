package ropa

import (
	"database/sql/driver"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// PurposeKind is one of the kinds of purpose the template offers to tick
// (seed 002, question 5.1). Profiling weighs in the DPIA screening
// (evaluation or scoring). The zero value means "not set" and is not
// valid.
type PurposeKind uint8

// The values of PurposeKind.
const (
	Marketing           PurposeKind = iota + 1 // marketing
	CustomerManagement                         // customer_management
	Security                                   // security
	Profiling                                  // profiling
	LegalCompliance                            // legal_compliance
	SecurityLogging                            // security_logging
	Recruitment                                // recruitment
	LegalClaims                                // legal_claims
	Research                                   // research
	Analysis                                   // analysis
	ServiceOptimisation                        // service_optimisation
	Bookkeeping                                // bookkeeping
)

var purposeKindCodes = [...]string{"", "marketing", "customer_management", "security", "profiling", "legal_compliance", "security_logging", "recruitment", "legal_claims", "research", "analysis", "service_optimisation", "bookkeeping"}

var purposeKindLabels = [...]gdpr.Text{
	{},
	{Da: "Markedsføring", En: "Marketing"},
	{Da: "Kundehåndtering", En: "Customer management"},
	{Da: "Sikkerhed", En: "Security"},
	{Da: "Profilering", En: "Profiling"},
	{Da: "Overholde lovgivning", En: "Compliance with the law"},
	{Da: "Sikre sikkerhed via logning", En: "Security through logging"},
	{Da: "Rekruttering", En: "Recruitment"},
	{Da: "Retskrav", En: "Legal claims"},
	{Da: "Forskning", En: "Research"},
	{Da: "Analyse", En: "Analysis"},
	{Da: "Optimering af tjenester", En: "Optimisation of services"},
	{Da: "Bogføring", En: "Bookkeeping"},
}

// PurposeKinds returns the kinds in the template's order (its second "Rekruttering" is a duplicate and is left out), in a fresh slice.
func PurposeKinds() []PurposeKind {
	return []PurposeKind{Marketing, CustomerManagement, Security, Profiling, LegalCompliance, SecurityLogging, Recruitment, LegalClaims, Research, Analysis, ServiceOptimisation, Bookkeeping}
}

// Valid reports whether u is one of the defined values.
func (u PurposeKind) Valid() bool { return enum.Valid(u, purposeKindCodes[:]) }

// String returns the stable code ("marketing"), or "PurposeKind(n)" for an invalid value.
func (u PurposeKind) String() string { return enum.String(u, "PurposeKind", purposeKindCodes[:]) }

// Label returns the Danish wording of u, or English for an English tag.
func (u PurposeKind) Label(tag language.Tag) string {
	if !u.Valid() {
		return u.String()
	}
	return purposeKindLabels[u].In(tag)
}

// ParsePurposeKind parses a code; "" gives the zero value. An unknown code is an
// error wrapping [ErrUnknownCode].
func ParsePurposeKind(code string) (PurposeKind, error) {
	return enum.Parse[PurposeKind](code, "ropa: purpose kind", purposeKindCodes[:], ErrUnknownCode)
}

// MarshalText encodes u as its code; the zero value encodes as "".
func (u PurposeKind) MarshalText() ([]byte, error) {
	return enum.Marshal(u, "ropa: PurposeKind", purposeKindCodes[:], ErrUnknownCode)
}

// UnmarshalText decodes a code as [ParsePurposeKind] does.
func (u *PurposeKind) UnmarshalText(b []byte) (err error) {
	*u, err = ParsePurposeKind(string(b))
	return err
}

// Scan implements sql.Scanner: NULL gives the zero value.
func (u *PurposeKind) Scan(src any) error {
	return enum.Scan(u, src, "ropa: purpose kind", purposeKindCodes[:], ErrUnknownCode)
}

// Value implements driver.Valuer: the code, or NULL for the zero value.
func (u PurposeKind) Value() (driver.Value, error) {
	return enum.Value(u, "ropa: PurposeKind", purposeKindCodes[:], ErrUnknownCode)
}
