package ropa

import (
	"github.com/dkgdpr/gdpr/internal/enum"
)

// PurposeKind is one of the kinds of purpose the template offers to tick
// (the municipal DPIA template, question 5.1). Profiling weighs in the DPIA screening
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

var purposeKindDef = enum.Def[PurposeKind]{
	Type: "PurposeKind",
	Kind: "ropa: purpose kind",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Marketing:           {Code: "marketing", Da: "Markedsføring", En: "Marketing"},
		CustomerManagement:  {Code: "customer_management", Da: "Kundehåndtering", En: "Customer management"},
		Security:            {Code: "security", Da: "Sikkerhed", En: "Security"},
		Profiling:           {Code: "profiling", Da: "Profilering", En: "Profiling"},
		LegalCompliance:     {Code: "legal_compliance", Da: "Overholde lovgivning", En: "Compliance with the law"},
		SecurityLogging:     {Code: "security_logging", Da: "Sikre sikkerhed via logning", En: "Security through logging"},
		Recruitment:         {Code: "recruitment", Da: "Rekruttering", En: "Recruitment"},
		LegalClaims:         {Code: "legal_claims", Da: "Retskrav", En: "Legal claims"},
		Research:            {Code: "research", Da: "Forskning", En: "Research"},
		Analysis:            {Code: "analysis", Da: "Analyse", En: "Analysis"},
		ServiceOptimisation: {Code: "service_optimisation", Da: "Optimering af tjenester", En: "Optimisation of services"},
		Bookkeeping:         {Code: "bookkeeping", Da: "Bogføring", En: "Bookkeeping"},
	},
}

// PurposeKinds returns the kinds in the template's order (its second "Rekruttering" is a duplicate and is left out), in a fresh slice.
func PurposeKinds() []PurposeKind {
	return []PurposeKind{Marketing, CustomerManagement, Security, Profiling, LegalCompliance, SecurityLogging, Recruitment, LegalClaims, Research, Analysis, ServiceOptimisation, Bookkeeping}
}
