package rights

import (
	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Kind is the right a data subject exercises with a request (GDPR art. 7(3)
// and 15-22). The zero value means "not set" and
// is not valid.
type Kind uint8

// The kinds of request, with the article that gives the right.
const (
	// Access (ret til indsigt), GDPR art. 15: confirmation, a copy of the
	// data and the information of art. 15(1).
	Access Kind = iota + 1
	// Rectification (ret til berigtigelse), GDPR art. 16. In a case file the
	// correct information is added; what a decision was based on is not
	// overwritten.
	Rectification
	// Erasure (ret til sletning), GDPR art. 17, limited for public
	// authorities by art. 17(3)(b) and (d).
	Erasure
	// Restriction of processing (ret til begrænsning af behandling), GDPR
	// art. 18.
	Restriction
	// Portability (ret til dataportabilitet), GDPR art. 20: only for
	// processing based on consent or contract and carried out by automated
	// means, never for a public task (art. 20(3)).
	Portability
	// Objection (ret til indsigelse), GDPR art. 21(1): only where the basis
	// is art. 6(1)(e) or (f).
	Objection
	// AutomatedDecision is a request for human review of a decision based
	// solely on automated processing (manuel vurdering), GDPR art. 22(3).
	AutomatedDecision
	// WithdrawConsent is the withdrawal of consent (tilbagetrækning af
	// samtykke), GDPR art. 7(3). It is not one of the rights of art. 15-22,
	// but authorities receive and track it the same way.
	WithdrawConsent
)

var kindDef = enum.Def[Kind]{
	Type: "Kind",
	Kind: "rights: request kind",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		Access:            {Code: "access", Da: "Indsigt", En: "Access"},
		Rectification:     {Code: "rectification", Da: "Berigtigelse", En: "Rectification"},
		Erasure:           {Code: "erasure", Da: "Sletning", En: "Erasure"},
		Restriction:       {Code: "restriction", Da: "Begrænsning af behandling", En: "Restriction of processing"},
		Portability:       {Code: "portability", Da: "Dataportabilitet", En: "Data portability"},
		Objection:         {Code: "objection", Da: "Indsigelse", En: "Objection"},
		AutomatedDecision: {Code: "automated_decision", Da: "Manuel vurdering af automatisk afgørelse", En: "Human review of an automated decision"},
		WithdrawConsent:   {Code: "withdraw_consent", Da: "Tilbagetrækning af samtykke", En: "Withdrawal of consent"},
	},
}

// numKinds is the number of defined kinds plus one (index 0 is "not set").
const numKinds = int(WithdrawConsent) + 1

var kindReferences = [...]gdpr.Text{
	{},
	gdpr.Cite("GDPR art. 15"),
	gdpr.Cite("GDPR art. 16"),
	gdpr.Cite("GDPR art. 17"),
	gdpr.Cite("GDPR art. 18"),
	gdpr.Cite("GDPR art. 20"),
	gdpr.Cite("GDPR art. 21"),
	gdpr.Cite("GDPR art. 22(3)"),
	gdpr.Cite("GDPR art. 7(3)"),
}

// Kinds returns every kind, in the order of the constants.
func Kinds() []Kind {
	return []Kind{Access, Rectification, Erasure, Restriction, Portability, Objection, AutomatedDecision, WithdrawConsent}
}

// Reference returns the article that gives the right: "GDPR art. 22(3)" in
// English, "databeskyttelsesforordningen art. 22, stk. 3" in Danish; "" for
// an invalid kind.
func (k Kind) Reference(tag language.Tag) string {
	if !k.Valid() {
		return ""
	}
	return kindReferences[k].In(tag)
}
