package rights

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// Facts are what the legal basis alone does not tell about a processing but
// some rights depend on.
type Facts struct {
	// AutomatedMeans: the processing is carried out by automated means
	// (GDPR art. 20(1)(b)); needed for portability.
	AutomatedMeans bool `json:"automatedMeans,omitempty"`
	// SolelyAutomatedDecision: the request concerns a decision based solely
	// on automated processing, profiling included, with legal or similarly
	// significant effects (GDPR art. 22(1)); needed for human review.
	SolelyAutomatedDecision bool `json:"solelyAutomatedDecision,omitempty"`
	// DirectMarketing: the processing is for direct marketing, profiling
	// related to it included. The data subject may object at any time,
	// whatever the basis, and the processing then stops (GDPR art. 21(2)
	// and (3)): no ground can refuse it.
	DirectMarketing bool `json:"directMarketing,omitempty"`
	// Research: the processing is for scientific or historical research or
	// statistical purposes under GDPR art. 89(1). The data subject may
	// object, whatever the basis, unless the processing is necessary for a
	// task carried out in the public interest (art. 21(6)).
	Research bool `json:"research,omitempty"`
	// Condition is the condition of GDPR art. 18(1) a restriction relies
	// on; zero when not recorded.
	Condition Condition `json:"condition,omitempty"`
	// Exception is the exception of GDPR art. 22(2) that allows the
	// automated decision; zero when not recorded.
	Exception Exception `json:"exception,omitempty"`
}

// Condition is one of the four conditions of GDPR art. 18(1) under which
// the data subject may have processing restricted. The zero value means
// "not recorded".
type Condition uint8

// The conditions of art. 18(1).
const (
	// AccuracyContested, art. 18(1)(a): the accuracy is contested, for the
	// time the controller needs to verify it.
	AccuracyContested Condition = iota + 1
	// UnlawfulKept, art. 18(1)(b): the processing is unlawful and the data
	// subject opposes erasure and asks for restriction instead.
	UnlawfulKept
	// NeededForClaims, art. 18(1)(c): the controller no longer needs the
	// data, but the data subject needs them for legal claims.
	NeededForClaims
	// ObjectionPending, art. 18(1)(d): the data subject has objected under
	// art. 21(1), pending the verification of whose grounds override.
	ObjectionPending
)

var conditionDef = enum.Def[Condition]{
	Type: "Condition",
	Kind: "rights: restriction condition",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		AccuracyContested: {Code: "accuracy_contested", Da: "Oplysningernes rigtighed er bestridt", En: "The accuracy of the data is contested"},
		UnlawfulKept:      {Code: "unlawful_kept", Da: "Behandlingen er ulovlig, og den registrerede ønsker begrænsning frem for sletning", En: "The processing is unlawful and the data subject asks for restriction instead of erasure"},
		NeededForClaims:   {Code: "needed_for_claims", Da: "Den registrerede skal bruge oplysningerne til et retskrav", En: "The data subject needs the data for legal claims"},
		ObjectionPending:  {Code: "objection_pending", Da: "Indsigelse efter art. 21, stk. 1, afventer afgørelse", En: "An objection under art. 21(1) awaits verification"},
	},
}

var conditionRefs = [...]string{"", "GDPR art. 18(1)(a)", "GDPR art. 18(1)(b)", "GDPR art. 18(1)(c)", "GDPR art. 18(1)(d)"}

// Exception is one of the three exceptions of GDPR art. 22(2) that allow a
// decision based solely on automated processing. The zero value means "not
// recorded".
type Exception uint8

// The exceptions of art. 22(2).
const (
	// ForContract, art. 22(2)(a): necessary for entering into or
	// performing a contract with the data subject.
	ForContract Exception = iota + 1
	// AuthorisedByLaw, art. 22(2)(b): authorised by Union or Danish law,
	// which lays down suitable safeguards; the usual exception for an
	// authority.
	AuthorisedByLaw
	// ExplicitConsent, art. 22(2)(c): based on the data subject's explicit
	// consent.
	ExplicitConsent
)

var exceptionDef = enum.Def[Exception]{
	Type: "Exception",
	Kind: "rights: automated decision exception",
	Err:  ErrUnknownCode,
	Entries: []enum.Entry{
		ForContract:     {Code: "contract", Da: "Nødvendig for en kontrakt", En: "Necessary for a contract"},
		AuthorisedByLaw: {Code: "law", Da: "Hjemlet i lovgivning med passende garantier", En: "Authorised by law with suitable safeguards"},
		ExplicitConsent: {Code: "explicit_consent", Da: "Udtrykkeligt samtykke", En: "Explicit consent"},
	},
}

var exceptionRefs = [...]string{"", "GDPR art. 22(2)(a) and (3)", "GDPR art. 22(2)(b)", "GDPR art. 22(2)(c) and (3)"}

// Applicability is the answer of [Applicable]: whether a right applies to a
// processing, why, and which refusal grounds the answer points to.
type Applicability struct {
	Kind    Kind            `json:"kind"`
	Basis   gdpr.LegalBasis `json:"basis"`
	Facts   Facts           `json:"facts"`
	Verdict Verdict         `json:"verdict"`
	// Reasons explain the verdict, each with its legal reference.
	Reasons []gdpr.Reason `json:"reasons"`
	// Grounds are the refusal grounds the verdict points to: NotApplicable
	// when the right does not apply, the exceptions of art. 17(3) when
	// erasure is limited. A refusal still needs a concrete assessment.
	Grounds []Ground `json:"grounds,omitempty"`
}

// Explain returns the verdict and its reasons as one text in the language
// of tag: "Sletning: Gælder med begrænsninger. <reason> (<reference>)".
func (a Applicability) Explain(tag language.Tag) string {
	var b strings.Builder
	b.WriteString(a.Kind.Label(tag))
	b.WriteString(": ")
	b.WriteString(a.Verdict.Label(tag))
	b.WriteString(".")
	for _, r := range a.Reasons {
		b.WriteString(" ")
		b.WriteString(r.Text.In(tag))
		b.WriteString(" (")
		b.WriteString(r.Reference.In(tag))
		b.WriteString(")")
	}
	return b.String()
}

// basisGroup sorts the legal bases by what they tell about the rights.
type basisGroup uint8

const (
	groupConsent         basisGroup = iota + 1 // art. 6(1)(a), 9(2)(a)
	groupContract                              // art. 6(1)(b)
	groupLegalObligation                       // art. 6(1)(c)
	groupVital                                 // art. 6(1)(d)
	groupPublicTask                            // art. 6(1)(e)
	groupLegitimate                            // art. 6(1)(f)
	groupSpecialLaw                            // special legislation: art. 6(1)(c) or (e)
	// The rest are conditions that go with an art. 6(1) basis; each may tell
	// an exception to erasure.
	groupArt9Law     // art. 9(2)(b), (g): 17(3)(b)
	groupHealth      // art. 9(2)(h), (i): 17(3)(c)
	groupArchiving   // art. 9(2)(j), DBL §§ 9, 10, 14: 17(3)(d)
	groupLegalClaims // art. 9(2)(f): 17(3)(e)
	groupCondition   // art. 9(2)(c), (d), (e), art. 10, DBL §§ 6, 7, 8, 11, 12, 13
)

func groupOf(b gdpr.LegalBasis) basisGroup {
	switch b {
	case gdpr.Art6Consent, gdpr.Art9ExplicitConsent:
		return groupConsent
	case gdpr.Art6Contract:
		return groupContract
	case gdpr.Art6LegalObligation:
		return groupLegalObligation
	case gdpr.Art6VitalInterests:
		return groupVital
	case gdpr.Art6PublicTask:
		return groupPublicTask
	case gdpr.Art6LegitimateInterest:
		return groupLegitimate
	case gdpr.Art9Employment, gdpr.Art9SubstantialPublic:
		return groupArt9Law
	case gdpr.Art9HealthCare, gdpr.Art9PublicHealth:
		return groupHealth
	case gdpr.Art9ArchivingResearch, gdpr.DBL9, gdpr.DBL10, gdpr.DBL14:
		return groupArchiving
	case gdpr.Art9LegalClaims:
		return groupLegalClaims
	}
	if _, ok := b.Law(); ok {
		return groupSpecialLaw
	}
	return groupCondition
}

// Reasons, Danish and English, with their references. Read-only.
var (
	reasonAccess = gdpr.Reason{
		Rule: "rights.access", Reference: gdpr.Cite("GDPR art. 15; databeskyttelsesloven § 22"),
		Text: gdpr.Text{
			Da: "Retten til indsigt gælder uanset behandlingsgrundlaget. Undtagelserne fortolkes snævert og kræver en konkret vurdering.",
			En: "The right of access applies whatever the legal basis. The exceptions are read narrowly and each needs a concrete assessment.",
		},
	}
	reasonRectification = gdpr.Reason{
		Rule: "rights.rectification", Reference: gdpr.Cite("GDPR art. 16"),
		Text: gdpr.Text{
			Da: "Retten til berigtigelse gælder uanset behandlingsgrundlaget. I en sag tilføjes de korrekte oplysninger; det, en afgørelse bygger på, overskrives ikke.",
			En: "The right to rectification applies whatever the legal basis. In a case file the correct information is added; what a decision was based on is not overwritten.",
		},
	}
	reasonRestriction = gdpr.Reason{
		Rule: "rights.restriction", Reference: gdpr.Cite("GDPR art. 18(1) and (2)"),
		Text: gdpr.Text{
			Da: "Retten til begrænsning gælder uanset behandlingsgrundlaget, når en af betingelserne i art. 18, stk. 1, er opfyldt. Begrænsede oplysninger må fortsat behandles af hensyn til vigtige samfundsinteresser.",
			En: "The right to restriction applies whatever the legal basis when one of the conditions of art. 18(1) is met. Restricted data may still be processed for reasons of important public interest.",
		},
	}
	reasonErasureConsent = gdpr.Reason{
		Rule: "rights.erasure_consent", Reference: gdpr.Cite("GDPR art. 17(1)(a) and (b)"),
		Text: gdpr.Text{
			Da: "Behandlingen bygger på samtykke: trækkes samtykket tilbage, eller er formålet ikke længere aktuelt, skal oplysningerne slettes.",
			En: "The processing rests on consent: when consent is withdrawn or the purpose has lapsed, the data must be erased.",
		},
	}
	reasonErasureGrounds = gdpr.Reason{
		Rule: "rights.erasure_grounds", Reference: gdpr.Cite("GDPR art. 17(1)"),
		Text: gdpr.Text{
			Da: "Oplysningerne skal slettes, når en af grundene i art. 17, stk. 1, foreligger, f.eks. når de ikke længere er nødvendige til formålet.",
			En: "The data must be erased when one of the grounds of art. 17(1) holds, e.g. when they are no longer necessary for the purpose.",
		},
	}
	reasonErasureAuthority = gdpr.Reason{
		Rule: "rights.erasure_authority", Reference: gdpr.Cite("GDPR art. 17(3)(b) and (d); offentlighedsloven; arkivloven"),
		Text: gdpr.Text{
			Da: "En offentlig myndighed kan som regel ikke slette oplysninger, der er omfattet af notat- og journaliseringspligten eller af arkivpligten; sletning sker kun i ganske få tilfælde, f.eks. ved fejljournalisering.",
			En: "A public authority usually cannot erase data covered by its duty to take notes and record on file or by its duty to archive; erasure happens only in a few cases, e.g. a document filed on the wrong case.",
		},
	}
	reasonErasureDutyAnyBasis = gdpr.Reason{
		Rule: "rights.erasure_duty_any_basis", Reference: gdpr.Cite("GDPR art. 17(3)(b) and (d)"),
		Text: gdpr.Text{
			Da: "Begrænsningerne i art. 17, stk. 3, litra b og d, gælder uanset behandlingsgrundlaget, i det omfang notat-, journaliserings- eller arkivpligten omfatter oplysningerne: det, pligten omfatter, slettes ikke, heller ikke når samtykket trækkes tilbage.",
			En: "The limits of art. 17(3)(b) and (d) apply whatever the legal basis, to the extent the duty to take notes, record on file or archive covers the data: what the duty covers is not erased, not even when consent is withdrawn.",
		},
	}
	reasonErasureArt9Law = gdpr.Reason{
		Rule: "rights.erasure_art9_law", Reference: gdpr.Cite("GDPR art. 17(3)(b)"),
		Text: gdpr.Text{
			Da: "Behandlingen sker efter lovgivning; oplysninger, der er nødvendige for at overholde en retlig forpligtelse eller udføre en opgave i samfundets interesse, slettes ikke.",
			En: "The processing takes place under legislation; data needed to comply with a legal obligation or to perform a task in the public interest are not erased.",
		},
	}
	reasonErasureHealth = gdpr.Reason{
		Rule: "rights.erasure_health", Reference: gdpr.Cite("GDPR art. 17(3)(c)"),
		Text: gdpr.Text{
			Da: "Oplysninger, der behandles af hensyn til folkesundheden efter art. 9, stk. 2, litra h eller i, kan være undtaget fra sletning.",
			En: "Data processed for reasons of public health under art. 9(2)(h) or (i) may be exempt from erasure.",
		},
	}
	reasonErasureArchiving = gdpr.Reason{
		Rule: "rights.erasure_archiving", Reference: gdpr.Cite("GDPR art. 17(3)(d)"),
		Text: gdpr.Text{
			Da: "Oplysninger til arkivformål, forskning eller statistik er undtaget fra sletning, hvis sletning vil gøre formålet umuligt eller hindre det alvorligt.",
			En: "Data kept for archiving, research or statistics are exempt from erasure where erasure would make the purpose impossible or seriously impair it.",
		},
	}
	reasonErasureLegalClaims = gdpr.Reason{
		Rule: "rights.erasure_legal_claims", Reference: gdpr.Cite("GDPR art. 17(3)(e)"),
		Text: gdpr.Text{
			Da: "Oplysninger, der er nødvendige for at fastlægge, gøre gældende eller forsvare et retskrav, slettes ikke.",
			En: "Data needed for the establishment, exercise or defence of legal claims are not erased.",
		},
	}
	reasonPortability = gdpr.Reason{
		Rule: "rights.portability", Reference: gdpr.Cite("GDPR art. 20(1)"),
		Text: gdpr.Text{
			Da: "Behandlingen bygger på samtykke eller kontrakt og foretages automatisk: den registrerede kan få de oplysninger, vedkommende selv har givet, i et struktureret, almindeligt anvendt og maskinlæsbart format.",
			En: "The processing rests on consent or contract and is carried out by automated means: the data subject may receive the data they provided in a structured, commonly used and machine-readable format.",
		},
	}
	reasonPortabilityManual = gdpr.Reason{
		Rule: "rights.portability_manual", Reference: gdpr.Cite("GDPR art. 20(1)(b)"),
		Text: gdpr.Text{
			Da: "Dataportabilitet gælder kun behandling, der foretages automatisk.",
			En: "Portability applies only to processing carried out by automated means.",
		},
	}
	reasonPortabilityPublicTask = gdpr.Reason{
		Rule: "rights.portability_public_task", Reference: gdpr.Cite("GDPR art. 20(3)"),
		Text: gdpr.Text{
			Da: "Dataportabilitet gælder ikke behandling, der er nødvendig for at udføre en opgave i samfundets interesse eller som henhører under offentlig myndighedsudøvelse.",
			En: "Portability does not apply to processing necessary for a task carried out in the public interest or in the exercise of official authority.",
		},
	}
	reasonPortabilityBasis = gdpr.Reason{
		Rule: "rights.portability_basis", Reference: gdpr.Cite("GDPR art. 20(1)(a)"),
		Text: gdpr.Text{
			Da: "Dataportabilitet gælder kun behandling, der bygger på samtykke eller kontrakt.",
			En: "Portability applies only to processing based on consent or on a contract.",
		},
	}
	reasonPortabilityLaw = gdpr.Reason{
		Rule: "rights.portability_law", Reference: gdpr.Cite("GDPR art. 20(1)(a) and 20(3)"),
		Text: gdpr.Text{
			Da: "Behandling efter særlovgivning bygger på en retlig forpligtelse eller en opgave i samfundets interesse, ikke på samtykke eller kontrakt; dataportabilitet gælder ikke.",
			En: "Processing under special legislation rests on a legal obligation or a task in the public interest, not on consent or contract; portability does not apply.",
		},
	}
	reasonObjection = gdpr.Reason{
		Rule: "rights.objection", Reference: gdpr.Cite("GDPR art. 21(1)"),
		Text: gdpr.Text{
			Da: "Behandlingen bygger på art. 6, stk. 1, litra e eller f: den registrerede kan af grunde, der vedrører vedkommendes særlige situation, gøre indsigelse. Behandlingen skal ophøre, medmindre der påvises vægtige legitime grunde, der går forud, eller den er nødvendig for et retskrav.",
			En: "The processing rests on art. 6(1)(e) or (f): the data subject may object on grounds relating to their particular situation. The processing must stop unless compelling legitimate grounds are shown that override, or it is needed for legal claims.",
		},
	}
	reasonObjectionMarketing = gdpr.Reason{
		Rule: "rights.objection_direct_marketing", Reference: gdpr.Cite("GDPR art. 21(2) and (3)"),
		Text: gdpr.Text{
			Da: "Behandlingen sker med henblik på direkte markedsføring: den registrerede kan til enhver tid gøre indsigelse, uanset behandlingsgrundlaget, og så må oplysningerne ikke længere behandles til det formål. Retten er ubetinget.",
			En: "The processing is for direct marketing: the data subject may object at any time, whatever the legal basis, and the data may then no longer be processed for that purpose. The right is absolute.",
		},
	}
	reasonObjectionResearch = gdpr.Reason{
		Rule: "rights.objection_research", Reference: gdpr.Cite("GDPR art. 21(6)"),
		Text: gdpr.Text{
			Da: "Behandlingen sker til forskning eller statistik efter art. 89, stk. 1: den registrerede kan af grunde, der vedrører vedkommendes særlige situation, gøre indsigelse, uanset behandlingsgrundlaget.",
			En: "The processing is for research or statistics under art. 89(1): the data subject may object on grounds relating to their particular situation, whatever the legal basis.",
		},
	}
	reasonObjectionResearchPublic = gdpr.Reason{
		Rule: "rights.objection_research_public_interest", Reference: gdpr.Cite("GDPR art. 21(6)"),
		Text: gdpr.Text{
			Da: "Forskningen eller statistikken er nødvendig for at udføre en opgave i samfundets interesse: indsigelse efter art. 21, stk. 6, gælder ikke.",
			En: "The research or statistics is necessary for a task carried out in the public interest: objection under art. 21(6) does not apply.",
		},
	}
	reasonObjectionBasis = gdpr.Reason{
		Rule: "rights.objection_basis", Reference: gdpr.Cite("GDPR art. 21(1)"),
		Text: gdpr.Text{
			Da: "Indsigelse efter art. 21, stk. 1, gælder kun behandling, der bygger på art. 6, stk. 1, litra e eller f.",
			En: "Objection under art. 21(1) applies only to processing based on art. 6(1)(e) or (f).",
		},
	}
	reasonObjectionConsent = gdpr.Reason{
		Rule: "rights.objection_consent", Reference: gdpr.Cite("GDPR art. 7(3)"),
		Text: gdpr.Text{
			Da: "Bygger behandlingen på samtykke, trækker den registrerede samtykket tilbage i stedet.",
			En: "Where the processing rests on consent, the data subject withdraws consent instead.",
		},
	}
	reasonObjectionLaw = gdpr.Reason{
		Rule: "rights.objection_law", Reference: gdpr.Cite("GDPR art. 21(1); art. 6(1)(c) and (e)"),
		Text: gdpr.Text{
			Da: "Særlovgivning kan pålægge en retlig forpligtelse (litra c, ingen ret til indsigelse) eller hjemle en opgave i samfundets interesse (litra e, ret til indsigelse): vurdér igen med grundlaget efter art. 6, stk. 1.",
			En: "Special legislation may impose a legal obligation (point (c), no right to object) or confer a task in the public interest (point (e), a right to object): assess again with the art. 6(1) basis.",
		},
	}
	reasonWithdraw = gdpr.Reason{
		Rule: "rights.withdraw", Reference: gdpr.Cite("GDPR art. 7(3)"),
		Text: gdpr.Text{
			Da: "Samtykke kan til enhver tid trækkes tilbage, og det skal være lige så let som at give det. Tilbagetrækningen påvirker ikke lovligheden af behandlingen forud for den.",
			En: "Consent may be withdrawn at any time, as easily as it was given. Withdrawal does not affect the lawfulness of processing before it.",
		},
	}
	reasonWithdrawNoConsent = gdpr.Reason{
		Rule: "rights.withdraw_no_consent", Reference: gdpr.Cite("GDPR art. 7(3)"),
		Text: gdpr.Text{
			Da: "Behandlingen bygger ikke på samtykke; en tilbagetrækning stopper den ikke. Den registrerede kan have andre rettigheder, f.eks. indsigelse.",
			En: "The processing does not rest on consent; a withdrawal does not stop it. The data subject may have other rights, e.g. to object.",
		},
	}
	reasonAutomated = gdpr.Reason{
		Rule: "rights.automated", Reference: gdpr.Cite("GDPR art. 22(2) and (3)"),
		Text: gdpr.Text{
			Da: "Afgørelsen træffes alene ved automatisk behandling: den registrerede har ret til menneskelig indgriben, til at fremkomme med sine synspunkter og til at bestride afgørelsen. Hjemler lovgivning afgørelsen, skal den fastsætte passende garantier.",
			En: "The decision is based solely on automated processing: the data subject has the right to human intervention, to express their point of view and to contest the decision. Where legislation authorises the decision, it must lay down suitable safeguards.",
		},
	}
	reasonNotAutomated = gdpr.Reason{
		Rule: "rights.not_automated", Reference: gdpr.Cite("GDPR art. 22(1)"),
		Text: gdpr.Text{
			Da: "Art. 22 gælder kun afgørelser, der alene bygger på automatisk behandling, herunder profilering, og som har retsvirkning eller på tilsvarende måde betydeligt påvirker den registrerede.",
			En: "Art. 22 applies only to decisions based solely on automated processing, profiling included, that produce legal effects or similarly significantly affect the data subject.",
		},
	}
	reasonNeedsArt6 = gdpr.Reason{
		Rule: "rights.needs_art6_basis", Reference: gdpr.Cite("GDPR art. 6(1)"),
		Text: gdpr.Text{
			Da: "Grundlaget er en betingelse, der supplerer et grundlag efter art. 6, stk. 1, og svaret afhænger af det grundlag: vurdér igen med grundlaget efter art. 6, stk. 1.",
			En: "The basis is a condition that goes with an art. 6(1) basis, and the answer depends on that basis: assess again with the art. 6(1) basis.",
		},
	}
)

// conditionReason names the condition of art. 18(1) a restriction relies
// on.
func conditionReason(c Condition) gdpr.Reason {
	return gdpr.Reason{Rule: "rights.restriction_condition", Reference: gdpr.Cite(conditionRefs[c]), Text: gdpr.Text{
		Da: "Begrænsningen bygger på betingelsen: " + lower(c.Label(language.Danish)) + ".",
		En: "The restriction relies on the condition: " + lower(c.Label(language.English)) + ".",
	}}
}

// exceptionReason names the exception of art. 22(2) a decision relies on
// and what it means for the review.
func exceptionReason(e Exception) gdpr.Reason {
	r := gdpr.Reason{Rule: "rights.automated_exception", Reference: gdpr.Cite(exceptionRefs[e])}
	if e == AuthorisedByLaw {
		r.Text = gdpr.Text{
			Da: "Afgørelsen er hjemlet i lovgivning: den registreredes ret til menneskelig indgriben følger af de garantier, loven fastsætter.",
			En: "The decision is authorised by law: the data subject's right to human intervention follows the safeguards the law lays down.",
		}
		return r
	}
	r.Text = gdpr.Text{
		Da: "Afgørelsen bygger på undtagelsen: " + lower(e.Label(language.Danish)) + "; den registrerede har mindst ret til menneskelig indgriben, til at fremkomme med sine synspunkter og til at bestride afgørelsen.",
		En: "The decision relies on the exception: " + lower(e.Label(language.English)) + "; the data subject has at least the right to human intervention, to express their point of view and to contest the decision.",
	}
	return r
}

func lower(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	r[0] = unicode.ToLower(r[0])
	return string(r)
}

// Applicable tells whether the right of kind k applies to a processing with
// legal basis b and the given facts, with the reasons and the references
// (GDPR art. 15-22):
//
//   - Access (art. 15) and rectification (art. 16) apply whatever the
//     basis; so does restriction (art. 18) when a condition of art. 18(1)
//     holds, which [Facts.Condition] records and the reasons name.
//   - Erasure (art. 17) applies to consent (withdrawn consent is a ground,
//     art. 17(1)(b)), contract, vital and legitimate interests; it is
//     limited by art. 17(3)(b) and (d) for a legal obligation, a public
//     task or special legislation, since a public authority usually cannot
//     erase what its duty to record and archive covers; and those limits
//     apply whatever the basis, to the extent the duty covers the data, so
//     the reasons say so for consent too. Art. 9(2) conditions that tell
//     another exception of art. 17(3) give Limited too.
//   - Portability (art. 20) applies only to consent or contract and
//     processing by automated means, never to a public task (art. 20(3)).
//   - Objection applies, whatever the basis, to direct marketing (art.
//     21(2)-(3), absolute) and to research or statistics (art. 21(6))
//     unless that is a task in the public interest (then refused on
//     [PublicInterestResearch]); otherwise (art. 21(1)) only where the
//     basis is art. 6(1)(e) or (f).
//   - Human review (art. 22) applies only to a decision based solely on
//     automated processing, whatever the basis; the exception of art. 22(2)
//     relied on is recorded in [Facts.Exception] and named in the reasons.
//   - Withdrawal of consent (art. 7(3)) applies only to consent.
//
// An art. 9(2) condition, art. 10 or a provision of databeskyttelsesloven
// goes with an art. 6(1) basis; where the answer depends on that basis the
// verdict is [Undetermined], so ask again with the art. 6(1) basis. An
// invalid kind or basis (the zero value included) is an error wrapping
// [ErrInvalidKind] or [ErrInvalidBasis].
func Applicable(k Kind, b gdpr.LegalBasis, f Facts) (Applicability, error) {
	if !k.Valid() {
		return Applicability{}, fmt.Errorf("%w %s", ErrInvalidKind, enum.Quote(k.String()))
	}
	if !b.Valid() {
		return Applicability{}, fmt.Errorf("%w %s", ErrInvalidBasis, enum.Quote(string(b)))
	}
	a := Applicability{Kind: k, Basis: b, Facts: f}
	set := func(v Verdict, grounds []Ground, reasons ...gdpr.Reason) {
		a.Verdict, a.Grounds, a.Reasons = v, grounds, reasons
	}
	notApplicable := []Ground{NotApplicable}
	g := groupOf(b)
	switch k {
	case Access:
		set(Applies, nil, reasonAccess)
	case Rectification:
		set(Applies, nil, reasonRectification)
	case Restriction:
		if f.Condition.Valid() {
			set(Applies, nil, reasonRestriction, conditionReason(f.Condition))
		} else {
			set(Applies, nil, reasonRestriction)
		}
	case Erasure:
		switch g {
		case groupConsent:
			set(Applies, nil, reasonErasureConsent, reasonErasureDutyAnyBasis)
		case groupContract, groupVital, groupLegitimate:
			set(Applies, nil, reasonErasureGrounds, reasonErasureDutyAnyBasis)
		case groupLegalObligation, groupPublicTask, groupSpecialLaw:
			set(Limited, []Ground{LegalObligation, Archiving}, reasonErasureAuthority)
		case groupArt9Law:
			set(Limited, []Ground{LegalObligation}, reasonErasureArt9Law)
		case groupHealth:
			set(Limited, []Ground{PublicHealth}, reasonErasureHealth)
		case groupArchiving:
			set(Limited, []Ground{Archiving}, reasonErasureArchiving)
		case groupLegalClaims:
			set(Limited, []Ground{LegalClaims}, reasonErasureLegalClaims)
		default:
			set(Undetermined, nil, reasonNeedsArt6)
		}
	case Portability:
		switch g {
		case groupConsent, groupContract:
			if f.AutomatedMeans {
				set(Applies, nil, reasonPortability)
			} else {
				set(DoesNotApply, notApplicable, reasonPortabilityManual)
			}
		case groupPublicTask:
			set(DoesNotApply, notApplicable, reasonPortabilityPublicTask)
		case groupLegalObligation, groupVital, groupLegitimate:
			set(DoesNotApply, notApplicable, reasonPortabilityBasis)
		case groupSpecialLaw:
			set(DoesNotApply, notApplicable, reasonPortabilityLaw)
		default:
			set(Undetermined, nil, reasonNeedsArt6)
		}
	case Objection:
		switch {
		case f.DirectMarketing:
			set(Applies, nil, reasonObjectionMarketing)
			return a, nil
		case f.Research && g == groupPublicTask:
			set(DoesNotApply, []Ground{PublicInterestResearch}, reasonObjectionResearchPublic)
			return a, nil
		case f.Research && g == groupSpecialLaw:
			set(Undetermined, nil, reasonObjectionResearch, reasonObjectionLaw)
			return a, nil
		case f.Research:
			set(Applies, nil, reasonObjectionResearch)
			return a, nil
		}
		switch g {
		case groupPublicTask, groupLegitimate:
			set(Applies, nil, reasonObjection)
		case groupConsent:
			set(DoesNotApply, notApplicable, reasonObjectionBasis, reasonObjectionConsent)
		case groupContract, groupLegalObligation, groupVital:
			set(DoesNotApply, notApplicable, reasonObjectionBasis)
		case groupSpecialLaw:
			set(Undetermined, nil, reasonObjectionLaw)
		default:
			set(Undetermined, nil, reasonNeedsArt6)
		}
	case AutomatedDecision:
		switch {
		case f.SolelyAutomatedDecision && f.Exception.Valid():
			set(Applies, nil, reasonAutomated, exceptionReason(f.Exception))
		case f.SolelyAutomatedDecision:
			set(Applies, nil, reasonAutomated)
		default:
			set(DoesNotApply, notApplicable, reasonNotAutomated)
		}
	case WithdrawConsent:
		switch g {
		case groupConsent:
			set(Applies, nil, reasonWithdraw)
		case groupContract, groupLegalObligation, groupVital, groupPublicTask, groupLegitimate, groupSpecialLaw:
			set(DoesNotApply, notApplicable, reasonWithdrawNoConsent)
		default:
			set(Undetermined, nil, reasonNeedsArt6)
		}
	}
	return a, nil
}
