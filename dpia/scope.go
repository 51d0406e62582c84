package dpia

import (
	"github.com/dkgdpr/gdpr/internal/enum"
)

// ScopeKind is a row of the template's scope table (the municipal DPIA template, "Afgrænsning af
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

var scopeKindDef = enum.Def[ScopeKind]{
	Type: "ScopeKind",
	Kind: "dpia: scope kind",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		ScopeProcess:     {Code: "process", Da: "En proces (f.eks. skadebehandling hos et forsikringsselskab, kreditvurdering, eller udbetaling af ydelser i det offentlige).", En: "A process (e.g. claims handling at an insurer, credit scoring, or payment of public benefits)."},
		ScopeSystem:      {Code: "system", Da: "Et system, der er designet til at understøtte en proces.", En: "A system designed to support a process."},
		ScopeApplication: {Code: "application", Da: "Et program, applikation eller tjeneste, der er designet til at understøtte en proces (f.eks. Teams eller Outlook).", En: "A program, application or service designed to support a process (e.g. Teams or Outlook)."},
		ScopeCloud:       {Code: "cloud_platform", Da: "En cloud computingplatform", En: "A cloud computing platform"},
		ScopeTechnology:  {Code: "special_technology", Da: "En særlig teknologi (f.eks. nummerpladegenkendelse eller overvågning).", En: "A special technology (e.g. number plate recognition or surveillance)."},
	},
}

// ScopeKinds returns the five rows of the template's scope table in its order, in a fresh slice.
func ScopeKinds() []ScopeKind {
	return []ScopeKind{ScopeProcess, ScopeSystem, ScopeApplication, ScopeCloud, ScopeTechnology}
}
