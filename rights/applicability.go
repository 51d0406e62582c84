package rights

import (
	"fmt"
	"strings"

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
}

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
			Da: "En offentlig myndighed kan som regel ikke slette oplysninger, der er omfattet af notat- og journaliseringspligten eller af arkivpligten; sletning sker kun i ganske få tilfælde, f.eks. ved fejljournalisering. Undtagelsen gælder ikke, hvis behandlingen bygger på samtykke.",
			En: "A public authority usually cannot erase data covered by its duty to take notes and record on file or by its duty to archive; erasure happens only in a few cases, e.g. a document filed on the wrong case. The exception does not apply where the processing rests on consent.",
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

// Applicable tells whether the right of kind k applies to a processing with
// legal basis b and the given facts, with the reasons and the references
// (GDPR art. 15-22):
//
//   - Access (art. 15), rectification (art. 16) and restriction (art. 18)
//     apply whatever the basis.
//   - Erasure (art. 17) applies to consent, contract, vital and legitimate
//     interests; it is limited by art. 17(3)(b) and (d) for a legal
//     obligation, a public task or special legislation, since a public
//     authority usually cannot erase what its duty to record and archive
//     covers, except where the basis was consent; art. 9(2) conditions that tell another
//     exception of art. 17(3) give Limited too.
//   - Portability (art. 20) applies only to consent or contract and
//     processing by automated means, never to a public task (art. 20(3)).
//   - Objection (art. 21(1)) applies only where the basis is art. 6(1)(e)
//     or (f).
//   - Human review (art. 22) applies only to a decision based solely on
//     automated processing, whatever the basis.
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
		set(Applies, nil, reasonRestriction)
	case Erasure:
		switch g {
		case groupConsent:
			set(Applies, nil, reasonErasureConsent)
		case groupContract, groupVital, groupLegitimate:
			set(Applies, nil, reasonErasureGrounds)
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
		if f.SolelyAutomatedDecision {
			set(Applies, nil, reasonAutomated)
		} else {
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
