package rights

import (
	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Ground is a legal ground for refusing a request in whole or in part
// (GDPR art. 12(5), 17(3), 20(4), 21, 23; databeskyttelsesloven § 22). The exceptions are read narrowly: each needs a concrete
// assessment, and the authority must be able to prove it (GDPR art. 12(5)).
// Each ground fits only some kinds of request; see [Ground.AppliesTo]. The
// zero value means "not set".
type Ground uint8

// The refusal grounds.
const (
	// ManifestlyUnfounded: the request is manifestly unfounded, GDPR art.
	// 12(5)(b). The authority bears the burden of proof.
	ManifestlyUnfounded Ground = iota + 1
	// Excessive: the request is excessive, in particular because it is
	// repeated, GDPR art. 12(5)(b). The authority bears the burden of proof.
	Excessive
	// IdentityNotEstablished: the requester's identity could not be
	// established after the authority asked for what it needed, and no
	// more, GDPR art. 12(2) and 12(6).
	IdentityNotEstablished
	// NotLinkable: the authority holds no information that links the
	// requester to the data (e.g. data collected by cookies), GDPR art.
	// 11(2); the requester must be told so.
	NotLinkable
	// PrivateInterests: the data subject's interest in the data must give
	// way to overriding private interests, the data subject's own included
	// ("afgørende hensyn til private interesser, herunder hensynet til den
	// pågældende selv"), databeskyttelsesloven § 22, stk. 1, made under
	// GDPR art. 23(1)(i): in practice a near danger of substantial harm to
	// private interests, with the burden of proof on the authority. The
	// provision (lov nr. 502 af 23. maj 2018, § 22) also covers art. 13,
	// 14 and 34. Access only.
	PrivateInterests
	// PublicInterests: overriding public interests such as public security
	// or the prevention, investigation and prosecution of criminal offences,
	// databeskyttelsesloven § 22, stk. 2,
	// made under GDPR art. 23(1). Access only.
	PublicInterests
	// LegalObligation: the data are needed to comply with a legal
	// obligation or to perform a public task, such as the duty to take
	// notes and to record documents on file (notat- og
	// journaliseringspligt), GDPR art. 17(3)(b). Erasure only.
	LegalObligation
	// Archiving: the data are covered by the duty to archive (arkivpligt) or
	// are kept for archiving, research or statistics, GDPR art. 17(3)(d).
	// Erasure only.
	Archiving
	// PublicHealth: public interest in the area of public health, GDPR art.
	// 17(3)(c). Erasure only.
	PublicHealth
	// LegalClaims: the data are needed for the establishment, exercise or
	// defence of legal claims, GDPR art. 17(3)(e) and 21(1). Erasure and
	// objection.
	LegalClaims
	// CompellingGrounds: compelling legitimate grounds for the processing
	// override the data subject's interests, GDPR art. 21(1). Objection
	// only.
	CompellingGrounds
	// Accurate: the data are accurate and complete, so there is nothing to
	// rectify, GDPR art. 16. Rectification only.
	Accurate
	// NotApplicable: the right does not apply to the processing, e.g.
	// portability for a public task (art. 20(3)) or objection to processing
	// based on a legal obligation (art. 21(1)); see [Applicability]. Every
	// kind but access and rectification, which apply to every processing.
	NotApplicable
	// FreedomOfExpression: the processing is necessary for exercising the
	// right of freedom of expression and information, GDPR art. 17(3)(a).
	// Erasure only.
	FreedomOfExpression
	// RightsOfOthers: handing over the data would adversely affect the
	// rights and freedoms of others, GDPR art. 20(4). Portability only.
	RightsOfOthers
	// PublicInterestResearch: the processing for scientific or historical
	// research or statistics is necessary for a task carried out for
	// reasons of public interest, GDPR art. 21(6). Objection only.
	PublicInterestResearch
)

var groundDef = enum.Def[Ground]{
	Type: "Ground",
	Kind: "rights: refusal ground",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		ManifestlyUnfounded:    {Code: "manifestly_unfounded", Da: "Anmodningen er åbenbart grundløs", En: "The request is manifestly unfounded"},
		Excessive:              {Code: "excessive", Da: "Anmodningen er uforholdsmæssig, navnlig fordi den gentages", En: "The request is excessive, in particular because it is repeated"},
		IdentityNotEstablished: {Code: "identity_not_established", Da: "Identiteten er ikke godtgjort", En: "The requester's identity is not established"},
		NotLinkable:            {Code: "not_linkable", Da: "Oplysningerne kan ikke knyttes til den registrerede", En: "The data cannot be linked to the requester"},
		PrivateInterests:       {Code: "private_interests", Da: "Afgørende hensyn til private interesser", En: "Overriding private interests"},
		PublicInterests:        {Code: "public_interests", Da: "Afgørende hensyn til offentlige interesser", En: "Overriding public interests"},
		LegalObligation:        {Code: "legal_obligation", Da: "Retlig forpligtelse eller myndighedsudøvelse (notat- og journaliseringspligt)", En: "Legal obligation or public task (duty to take notes and record on file)"},
		Archiving:              {Code: "archiving", Da: "Arkivpligt", En: "Duty to archive"},
		PublicHealth:           {Code: "public_health", Da: "Hensyn til folkesundheden", En: "Public health"},
		LegalClaims:            {Code: "legal_claims", Da: "Retskrav", En: "Legal claims"},
		CompellingGrounds:      {Code: "compelling_grounds", Da: "Vægtige legitime grunde", En: "Compelling legitimate grounds"},
		Accurate:               {Code: "accurate", Da: "Oplysningerne er korrekte", En: "The data are accurate"},
		NotApplicable:          {Code: "not_applicable", Da: "Rettigheden gælder ikke for behandlingen", En: "The right does not apply to the processing"},
		FreedomOfExpression:    {Code: "freedom_of_expression", Da: "Ytrings- og informationsfrihed", En: "Freedom of expression and information"},
		RightsOfOthers:         {Code: "rights_of_others", Da: "Andres rettigheder og frihedsrettigheder", En: "The rights and freedoms of others"},
		PublicInterestResearch: {Code: "public_interest_research", Da: "Forskning eller statistik af hensyn til samfundets interesse", En: "Research or statistics for a task in the public interest"},
	},
}

// groundReferences are the provisions of each ground, in English for
// gdpr.Cite.
var groundReferences = [...]string{
	"",
	ManifestlyUnfounded:    "GDPR art. 12(5)(b)",
	Excessive:              "GDPR art. 12(5)(b)",
	IdentityNotEstablished: "GDPR art. 12(2) and (6)",
	NotLinkable:            "GDPR art. 11(2)",
	PrivateInterests:       "databeskyttelsesloven § 22(1); GDPR art. 23(1)(i)",
	PublicInterests:        "databeskyttelsesloven § 22(2); GDPR art. 23(1)",
	LegalObligation:        "GDPR art. 17(3)(b)",
	Archiving:              "GDPR art. 17(3)(d)",
	PublicHealth:           "GDPR art. 17(3)(c)",
	LegalClaims:            "GDPR art. 17(3)(e); art. 21(1)",
	CompellingGrounds:      "GDPR art. 21(1)",
	Accurate:               "GDPR art. 16",
	NotApplicable:          "GDPR art. 7(3), 17(1), 18(1), 20, 21(1) and 22(1)",
	FreedomOfExpression:    "GDPR art. 17(3)(a)",
	RightsOfOthers:         "GDPR art. 20(4)",
	PublicInterestResearch: "GDPR art. 21(6)",
}

// groundKinds holds, per ground, a bit per kind (1 << kind) the ground may
// refuse.
var groundKinds = [...]uint16{
	0,
	articles15to22,            // manifestly unfounded
	articles15to22,            // excessive
	articles15to22,            // identity not established
	articles15to22,            // not linkable
	1 << Access,               // private interests
	1 << Access,               // public interests
	1 << Erasure,              // legal obligation
	1 << Erasure,              // archiving
	1 << Erasure,              // public health
	1<<Erasure | 1<<Objection, // legal claims
	1 << Objection,            // compelling grounds
	1 << Rectification,        // accurate
	allKinds &^ (1<<Access | 1<<Rectification), // not applicable
	1 << Erasure,     // freedom of expression
	1 << Portability, // rights of others
	1 << Objection,   // public-interest research
}

const (
	allKinds       uint16 = 1<<Access | 1<<Rectification | 1<<Erasure | 1<<Restriction | 1<<Portability | 1<<Objection | 1<<AutomatedDecision | 1<<WithdrawConsent
	articles15to22 uint16 = allKinds &^ (1 << WithdrawConsent)
)

// Grounds returns every ground, in the order of the constants.
func Grounds() []Ground {
	return groundDef.Values()
}

// GroundsFor returns the grounds that may refuse a request of kind k, in
// the order of the constants; none for an invalid kind.
func GroundsFor(k Kind) []Ground {
	var out []Ground
	for _, g := range Grounds() {
		if g.AppliesTo(k) {
			out = append(out, g)
		}
	}
	return out
}

// AppliesTo reports whether g may refuse a request of kind k. The grounds
// of art. 11(2) and 12 serve the rights of art. 15-22 but not the
// withdrawal of consent, which must be as easy as giving it (art. 7(3)).
func (g Ground) AppliesTo(k Kind) bool {
	return g.Valid() && k.Valid() && groundKinds[g]&(1<<k) != 0
}

// Reference returns the provision g rests on ("GDPR art. 17(3)(d)" in
// English, "databeskyttelsesforordningen art. 17, stk. 3, litra d" in
// Danish); "" for an invalid ground.
func (g Ground) Reference(tag language.Tag) string {
	if !g.Valid() {
		return ""
	}
	return gdpr.Cite(groundReferences[g]).In(tag)
}
