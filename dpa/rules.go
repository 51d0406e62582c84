package dpa

import "github.com/dkgdpr/gdpr"

// Rules returns every rule the package's checks can emit, in a fresh
// slice, in the order [Agreement.Check] applies them. A finding may carry a
// more specific reference and a longer text than its rule (the clause or
// the country concerned), never another id or severity.
func Rules() []gdpr.Rule {
	out := make([]gdpr.Rule, len(ruleTable))
	copy(out, ruleTable[:])
	return out
}

// Indexes into ruleTable.
const (
	ruleNotSigned = iota
	ruleContentMissing
	ruleClauseMissing
	ruleOwnUseUnknown
	ruleOwnUseBasisMissing
	ruleAuthorisationMissing
	ruleNoticePeriodMissing
	ruleNotCovered
	ruleLocationUnknown
	ruleTransferBasisMissing
	ruleAdequacyNotInForce
	ruleAdequacyOutOfScope
	ruleTIAMissing
	ruleTIANegative
	ruleSCCModule
	ruleDerogationBarred
	ruleDerogationPowersUnstated
	ruleExpired
	rulePlanMissing
	ruleSupervisionOverdue
	ruleFollowUpOverdue
	ruleNoticeShort
	ruleChangeNotApproved
	ruleChangeObjected
	ruleDataNotListed
	ruleCount
)

// ruleTable holds the package's rules (rules.md §8; seed 001, "Databehandlere
// (DB) og databehandleraftaler (DBA)"; seed 002, sections 7.1-7.4).
// Read-only.
var ruleTable = [ruleCount]gdpr.Rule{
	ruleNotSigned: {
		ID: "dpa.not_signed", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 28(3) and 28(9)"),
		Text: gdpr.Text{
			Da: "Der er ingen underskrevet databehandleraftale. Behandling ved en databehandler skal være reguleret af en skriftlig aftale.",
			En: "There is no signed data processing agreement. Processing by a processor must be governed by a contract in writing.",
		},
	},
	ruleContentMissing: {
		ID: "dpa.content_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 28(3), first subparagraph"),
		Text: gdpr.Text{
			Da: "Aftalen fastlægger ikke et forhold, som artikel 28, stk. 3, kræver, og som skal beskrive databehandlerens reelle behandling præcist.",
			En: "The agreement does not set out something Article 28(3) requires, which must describe what the processor actually does precisely.",
		},
	},
	ruleClauseMissing: {
		ID: "dpa.clause_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 28(3)"),
		Text: gdpr.Text{
			Da: "Aftalen mangler en bestemmelse om databehandlerens forpligtelser, som artikel 28, stk. 3, kræver.",
			En: "The agreement lacks a clause on the processor's duties that Article 28(3) requires.",
		},
	},
	ruleOwnUseUnknown: {
		ID: "dpa.own_use_unknown", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 28(10)"),
		Text: gdpr.Text{
			Da: "Det er ikke dokumenteret, om databehandleren bruger oplysningerne til egne formål.",
			En: "It is not documented whether the processor uses the data for its own purposes.",
		},
	},
	ruleOwnUseBasisMissing: {
		ID: "dpa.own_use_basis_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 6(1) and 28(10)"),
		Text: gdpr.Text{
			Da: "Databehandleren bruger oplysningerne til egne formål, men formålet eller databehandlerens hjemmel hertil er ikke dokumenteret. Til det formål er databehandleren selv dataansvarlig.",
			En: "The processor uses the data for its own purposes, but the purpose or the processor's legal basis for it is not documented. For that purpose the processor is itself a controller.",
		},
	},
	ruleAuthorisationMissing: {
		ID: "dpa.authorisation_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 28(2)"),
		Text: gdpr.Text{
			Da: "Databehandleren bruger underdatabehandlere, men aftalen giver ingen forudgående skriftlig godkendelse af dem, hverken specifik eller generel.",
			En: "The processor engages sub-processors, but the agreement gives no prior written authorisation for them, specific or general.",
		},
	},
	ruleNoticePeriodMissing: {
		ID: "dpa.notice_period_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 28(2)"),
		Text: gdpr.Text{
			Da: "Aftalen giver generel godkendelse af underdatabehandlere uden en varslingsperiode. Forordningen fastsætter ingen frist, så aftalen bør fastsætte, hvor længe før en ændring databehandleren skal varsle den, så den dataansvarlige kan gøre indsigelse.",
			En: "The agreement gives general authorisation for sub-processors without a notice period. The GDPR sets none, so the agreement should say how long before a change the processor must announce it, so that the controller can object.",
		},
	},
	ruleNotCovered: {
		ID: "dpa.sub_processor_not_covered", Severity: gdpr.Critical, Reference: gdpr.Cite("GDPR art. 28(2), 28(4) and 28(10)"),
		Text: gdpr.Text{
			Da: "Databehandleren bruger en underdatabehandler, som ikke fremgår af aftalen. Databehandleren handler dermed uden for instruks og bliver selv dataansvarlig for videregivelsen til underdatabehandleren.",
			En: "The processor uses a sub-processor that the agreement does not cover. The processor thereby acts outside its instructions and becomes the controller of the disclosure to the sub-processor.",
		},
	},
	ruleLocationUnknown: {
		ID: "dpa.location_unknown", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 28(3)(a) and 44"),
		Text: gdpr.Text{
			Da: "Det er ikke oplyst, i hvilket land oplysningerne behandles, opbevares eller kan læses, så det kan ikke vurderes, om de overføres til et tredjeland.",
			En: "It is not stated in which country the data is processed, stored or can be read, so whether it is transferred to a third country cannot be assessed.",
		},
	},
	ruleTransferBasisMissing: {
		ID: "dpa.transfer_basis_missing", Severity: gdpr.Critical, Reference: gdpr.Cite("GDPR art. 44, 46 and 49"),
		Text: gdpr.Text{
			Da: "Oplysningerne overføres til et tredjeland uden et gyldigt overførselsgrundlag. Læseadgang, fx til support, er også en overførsel.",
			En: "The data is transferred to a third country without a valid transfer basis. Read access, for instance for support, is a transfer too.",
		},
	},
	ruleAdequacyNotInForce: {
		ID: "dpa.adequacy_not_in_force", Severity: gdpr.Critical, Reference: gdpr.Cite("GDPR art. 44 and 45(1)"),
		Text: gdpr.Text{
			Da: "Overførslen hviler på en afgørelse om tilstrækkeligt beskyttelsesniveau, men ingen sådan afgørelse er i kraft for landet på datoen: den er udløbet, endnu ikke gældende eller findes ikke.",
			En: "The transfer relies on an adequacy decision, but no such decision is in force for the country on the date: it has expired, does not apply yet or does not exist.",
		},
	},
	ruleAdequacyOutOfScope: {
		ID: "dpa.adequacy_out_of_scope", Severity: gdpr.Critical, Reference: gdpr.Cite("GDPR art. 44 and 45(1)"),
		Text: gdpr.Text{
			Da: "Overførslen hviler på en afgørelse om tilstrækkeligt beskyttelsesniveau, men modtageren er ikke omfattet af afgørelsens begrænsede anvendelsesområde.",
			En: "The transfer relies on an adequacy decision, but the recipient is outside the decision's limited scope.",
		},
	},
	ruleTIAMissing: {
		ID: "dpa.tia_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 46(1); CJEU C-311/18 (Schrems II)"),
		Text: gdpr.Text{
			Da: "Overførslen hviler på et overførselsgrundlag efter artikel 46, men der foreligger ingen afsluttet vurdering af overførslens virkning (TIA) pr. datoen.",
			En: "The transfer relies on a transfer tool of Article 46, but there is no completed transfer impact assessment (TIA) on the date.",
		},
	},
	ruleTIANegative: {
		ID: "dpa.tia_negative", Severity: gdpr.Critical, Reference: gdpr.Cite("GDPR art. 46(1); CJEU C-311/18 (Schrems II)"),
		Text: gdpr.Text{
			Da: "Vurderingen af overførslens virkning (TIA) konkluderer, at beskyttelsesniveauet ikke er tilstrækkeligt. Overførslen må ikke finde sted.",
			En: "The transfer impact assessment (TIA) concludes that protection is not adequate. The transfer must not take place.",
		},
	},
	ruleSCCModule: {
		ID: "dpa.scc_module_mismatch", Severity: gdpr.Warning, Reference: gdpr.Cite("Commission Implementing Decision (EU) 2021/914"),
		Text: gdpr.Text{
			Da: "Standardkontraktbestemmelsernes modul passer ikke til en overførsel til en databehandler eller underdatabehandler, som kræver modul 2 eller 3.",
			En: "The module of the standard contractual clauses does not fit a transfer to a processor or sub-processor, which needs module 2 or 3.",
		},
	},
	ruleDerogationBarred: {
		ID: "dpa.derogation_not_available", Severity: gdpr.Critical, Reference: gdpr.Cite("GDPR art. 49(3)"),
		Text: gdpr.Text{
			Da: "En offentlig myndighed kan ikke under udøvelse af offentlig myndighed bruge undtagelserne i artikel 49, stk. 1, litra a-c, eller stk. 1, andet afsnit.",
			En: "A public authority exercising its public powers cannot use the derogations of Article 49(1)(a) to (c) or the second subparagraph of Article 49(1).",
		},
	},
	ruleDerogationPowersUnstated: {
		ID: "dpa.derogation_public_powers_unstated", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 49(3)"),
		Text: gdpr.Text{
			Da: "Overførslen bygger på en undtagelse i artikel 49, stk. 1, litra a-c, eller stk. 1, andet afsnit, og den dataansvarlige er ikke angivet som offentlig myndighed under udøvelse af offentlig myndighed. En kommunes sagsbehandling kan ikke bruge disse undtagelser: bekræft, at behandlingen ikke er myndighedsudøvelse, eller vælg et andet overførselsgrundlag.",
			En: "The transfer relies on a derogation of Article 49(1)(a) to (c) or the second subparagraph of Article 49(1), and the controller is not marked as a public authority exercising public powers. A municipality's case handling cannot use these derogations: confirm that the processing is not an exercise of public powers, or choose another transfer basis.",
		},
	},
	ruleExpired: {
		ID: "dpa.agreement_expired", Severity: gdpr.Critical, Reference: gdpr.Cite("GDPR art. 28(3)"),
		Text: gdpr.Text{
			Da: "Aftalen er udløbet, men behandlingen fortsætter uden en gyldig databehandleraftale.",
			En: "The agreement has expired, but the processing continues without a valid data processing agreement.",
		},
	},
	rulePlanMissing: {
		ID: "dpa.supervision_plan_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 24(1), 28(1) and 28(3)(h)"),
		Text: gdpr.Text{
			Da: "Der er ingen plan for tilsynet med databehandleren med interval og metode. Datatilsynet forventer et fast, dokumenteret tilsyn med databehandlere og underdatabehandlere.",
			En: "There is no plan for supervising the processor with an interval and a method. Datatilsynet expects a fixed, documented supervision of processors and sub-processors.",
		},
	},
	ruleSupervisionOverdue: {
		ID: "dpa.supervision_overdue", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 24(1), 28(1) and 28(3)(h)"),
		Text: gdpr.Text{
			Da: "Tilsynet med databehandleren er ikke gennemført inden for planens interval.",
			En: "The processor has not been supervised within the plan's interval.",
		},
	},
	ruleFollowUpOverdue: {
		ID: "dpa.follow_up_overdue", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 5(2), 24(1) and 28(1)"),
		Text: gdpr.Text{
			Da: "En opfølgning på bemærkninger fra et tilsyn er ikke gennemført inden fristen.",
			En: "A follow-up action on the findings of a supervision is past its due date.",
		},
	},
	ruleNoticeShort: {
		ID: "dpa.change_notice_short", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 28(2)"),
		Text: gdpr.Text{
			Da: "En ændring af underdatabehandlere træder i kraft, før den varslingsperiode, som aftalen fastsætter, er udløbet, så den dataansvarlige ikke får mulighed for at gøre indsigelse i tide.",
			En: "A change of sub-processors takes effect before the notice period set by the agreement has passed, so the controller cannot object in time.",
		},
	},
	ruleChangeNotApproved: {
		ID: "dpa.change_not_approved", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 28(2)"),
		Text: gdpr.Text{
			Da: "En ny underdatabehandler er taget i brug uden den dataansvarliges forudgående skriftlige godkendelse, som aftalens specifikke godkendelse kræver.",
			En: "A new sub-processor has been engaged without the controller's prior written approval, which the agreement's specific authorisation requires.",
		},
	},
	ruleChangeObjected: {
		ID: "dpa.change_despite_objection", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 28(2)"),
		Text: gdpr.Text{
			Da: "En ændring af underdatabehandlere er trådt i kraft, selv om den dataansvarlige har gjort indsigelse, som endnu ikke er afklaret.",
			En: "A change of sub-processors has taken effect although the controller objected and the objection is not resolved.",
		},
	},
	ruleDataNotListed: {
		ID: "dpa.data_not_listed", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 28(3), first subparagraph"),
		Text: gdpr.Text{
			Da: "Databehandleren behandler fortrolige eller følsomme oplysninger, som aftalen ikke nævner. Aftalen skal angive, hvilke personoplysninger der behandles, og om de er fortrolige eller følsomme.",
			En: "The processor processes confidential or sensitive data that the agreement does not list. The agreement must state which personal data is processed and whether it is confidential or sensitive.",
		},
	},
}
