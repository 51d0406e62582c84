package ropa

import "github.com/dkgdpr/gdpr"

// The rules of [Record.Check], [ProcessorRecord.Check], [Register.Check]
// and [ImportOS2compliance] (rules.md §7; seed 001, "Fortegnelser",
// "Lovhjemmel", "Dataminimering"). Each is read-only; [Rules] hands out
// copies.
var (
	// GDPR art. 30(1)(a): name and contact details of the controller.
	ruleControllerMissing = gdpr.Rule{
		ID: "ropa.controller_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 30(1)(a)"),
		Text: gdpr.Text{
			Da: "Fortegnelsen angiver ikke den dataansvarlige med navn og kontaktoplysninger.",
			En: "The record does not name the controller and its contact details.",
		},
	}
	// GDPR art. 30(1)(a) and 37(1)(a): a public authority has a DPO, whose
	// contact details the record gives.
	ruleDPOMissing = gdpr.Rule{
		ID: "ropa.dpo_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 30(1)(a), 37(1)(a)"),
		Text: gdpr.Text{
			Da: "Fortegnelsen angiver ikke databeskyttelsesrådgiverens kontaktoplysninger; en offentlig myndighed skal have en databeskyttelsesrådgiver.",
			En: "The record does not give the data protection officer's contact details; a public authority must have a DPO.",
		},
	}
	// GDPR art. 30(1)(b).
	rulePurposeMissing = gdpr.Rule{
		ID: "ropa.purpose_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 30(1)(b)"),
		Text: gdpr.Text{
			Da: "Fortegnelsen angiver ikke formålet med behandlingen.",
			En: "The record does not state the purposes of the processing.",
		},
	}
	// GDPR art. 30(1)(c): categories of data subjects.
	ruleSubjectsMissing = gdpr.Rule{
		ID: "ropa.subjects_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 30(1)(c)"),
		Text: gdpr.Text{
			Da: "Fortegnelsen angiver ikke kategorierne af registrerede.",
			En: "The record does not describe the categories of data subjects.",
		},
	}
	// GDPR art. 30(1)(c): categories of personal data.
	ruleDataTypesMissing = gdpr.Rule{
		ID: "ropa.data_types_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 30(1)(c)"),
		Text: gdpr.Text{
			Da: "Der er ikke angivet, hvilke personoplysninger der behandles om denne kategori af registrerede.",
			En: "The record does not say which personal data are processed about this category of data subjects.",
		},
	}
	// GDPR art. 30(1)(f); seed 001, "Fortegnelser": precise erasure time
	// limits.
	ruleRetentionMissing = gdpr.Rule{
		ID: "ropa.retention_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 30(1)(f), 5(1)(e)"),
		Text: gdpr.Text{
			Da: "Der er ingen slettefrist for denne type personoplysninger.",
			En: "There is no erasure time limit for this type of personal data.",
		},
	}
	// GDPR art. 30(1)(f): a limit says what starts it.
	ruleRetentionIncomplete = gdpr.Rule{
		ID: "ropa.retention_incomplete", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 30(1)(f)"),
		Text: gdpr.Text{
			Da: "Slettefristen angiver ikke, hvad der sætter den i gang (f.eks. sagens afslutning).",
			En: "The erasure time limit does not say what starts it (e.g. the closing of the case).",
		},
	}
	// GDPR art. 30(1)(g): where possible, a general description of the
	// security measures; seed 001 notes KL's records lack them.
	ruleSecurityMissing = gdpr.Rule{
		ID: "ropa.security_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 30(1)(g), 32(1)"),
		Text: gdpr.Text{
			Da: "Fortegnelsen har ingen generel beskrivelse af de tekniske og organisatoriske sikkerhedsforanstaltninger.",
			En: "The record has no general description of the technical and organisational security measures.",
		},
	}
	// Seed 001, "Lovhjemmel": Datatilsynet criticises consent where another
	// basis exists (GDPR art. 5(1)(a)); a withdrawal would stop processing
	// the authority must carry out.
	ruleConsentWithOtherBasis = gdpr.Rule{
		ID: "ropa.consent_with_other_basis", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 5(1)(a), 6(1)"),
		Text: gdpr.Text{
			Da: "Formålet bygger på samtykke, selv om det også er en retlig forpligtelse, en myndighedsopgave eller hjemlet i særlovgivning; Datatilsynet har udtalt alvorlig kritik af samtykke, hvor der er anden hjemmel.",
			En: "The purpose relies on consent although it is also a legal obligation, a public task or based on special legislation; Datatilsynet has criticised consent where another basis exists.",
		},
	}
	// Seed 001, "Kryptering"; rules.md §1; GDPR art. 32.
	ruleUnencryptedChannel = gdpr.Rule{
		ID: "ropa.unencrypted_channel", Severity: gdpr.Critical, Reference: gdpr.Cite("GDPR art. 32(1)(a); Datatilsynet (kryptering)"),
		Text: gdpr.Text{
			Da: "Fortrolige eller følsomme personoplysninger sendes over internettet (f.eks. med e-mail) uden kryptering.",
			En: "Confidential or sensitive personal data are sent over the internet (e.g. by e-mail) without encryption.",
		},
	}
	// GDPR art. 44-46: a transfer outside the EEA without adequacy needs a
	// transfer tool or a derogation.
	ruleTransferUnsafeguarded = gdpr.Rule{
		ID: "ropa.transfer_unsafeguarded", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 44, 46, 49"),
		Text: gdpr.Text{
			Da: "Overførslen til et tredjeland uden tilstrækkeligt beskyttelsesniveau har intet overførselsgrundlag (f.eks. standardkontraktbestemmelser).",
			En: "The transfer to a third country without adequacy has no transfer tool (e.g. standard contractual clauses).",
		},
	}
	// GDPR art. 49(3).
	ruleTransferDerogation = gdpr.Rule{
		ID: "ropa.transfer_derogation_public_authority", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 49(3)"),
		Text: gdpr.Text{
			Da: "En offentlig myndighed kan ikke overføre på grundlag af samtykke eller kontrakt (GDPR art. 49, stk. 1, litra a-c), når den udøver offentlig myndighed.",
			En: "A public authority cannot transfer on the ground of consent or a contract (GDPR art. 49(1)(a)-(c)) when it exercises its public powers.",
		},
	}
	// GDPR art. 46(1); CJEU C-311/18 (Schrems II); EDPB Recommendations
	// 01/2020: an art. 46 tool needs a transfer impact assessment.
	ruleTransferTIAMissing = gdpr.Rule{
		ID: "ropa.transfer_tia_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 46(1); CJEU C-311/18"),
		Text: gdpr.Text{
			Da: "Overførslen bygger på et overførselsgrundlag efter GDPR art. 46, men der er ingen vurdering af overførslens virkning (TIA).",
			En: "The transfer relies on a GDPR art. 46 tool but has no transfer impact assessment (TIA).",
		},
	}
	// GDPR art. 30(1)(e); seed 001: read access from a third country is a
	// transfer.
	ruleTransferNotRecorded = gdpr.Rule{
		ID: "ropa.transfer_not_recorded", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 30(1)(e)"),
		Text: gdpr.Text{
			Da: "Oplysningerne behandles i eller tilgås fra et land uden for EU/EØS, men fortegnelsen angiver ingen overførsel dertil.",
			En: "The data are processed in or accessed from a country outside the EU/EEA, but the record lists no transfer to it.",
		},
	}
	// GDPR art. 28(3).
	ruleProcessorAgreementMissing = gdpr.Rule{
		ID: "ropa.processor_agreement_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 28(3)"),
		Text: gdpr.Text{
			Da: "Databehandleren er nævnt uden henvisning til en databehandleraftale.",
			En: "The processor is named without a reference to a data processing agreement.",
		},
	}
	// Seed 001, "Lovhjemmel": the basis of each disclosure; GDPR art. 6(1).
	ruleDisclosureBasisMissing = gdpr.Rule{
		ID: "ropa.disclosure_basis_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 6(1); databeskyttelsesloven"),
		Text: gdpr.Text{
			Da: "Videregivelsen til modtageren har ingen angivet hjemmel.",
			En: "The disclosure to the recipient has no legal basis recorded.",
		},
	}
	// Seed 001, "Fortegnelser": an annual cycle (årshjul) of reviews; GDPR
	// art. 5(2), 24(1).
	ruleReviewMissing = gdpr.Rule{
		ID: "ropa.review_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 5(2), 24(1); DPO-analyse (årshjul)"),
		Text: gdpr.Text{
			Da: "Fortegnelsen har ingen dato for seneste gennemgang.",
			En: "The record has no date of its last review.",
		},
	}
	ruleReviewOverdue = gdpr.Rule{
		ID: "ropa.review_overdue", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 5(2), 24(1); DPO-analyse (årshjul)"),
		Text: gdpr.Text{
			Da: "Fortegnelsen skulle have været gennemgået igen.",
			En: "The record is overdue for review.",
		},
	}
	// Seed 001, "Fortegnelser": who coordinates and carries out the update.
	ruleOwnerMissing = gdpr.Rule{
		ID: "ropa.owner_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 24(1); DPO-analyse (årshjul)"),
		Text: gdpr.Text{
			Da: "Fortegnelsen har ingen ansvarlig for at holde den opdateret.",
			En: "The record has no owner responsible for keeping it up to date.",
		},
	}
	// Seed 001, "Fortegnelser": records per fine-grained KLE area.
	ruleKLEMissing = gdpr.Rule{
		ID: "ropa.kle_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("DPO-analyse (KLE-områder)"),
		Text: gdpr.Text{
			Da: "Fortegnelsen har ingen KLE-numre; den bør knyttes til de KLE-områder, den dækker.",
			En: "The record has no KLE numbers; it should be tied to the KLE areas it covers.",
		},
	}
	ruleKLECoarse = gdpr.Rule{
		ID: "ropa.kle_coarse", Severity: gdpr.Info, Reference: gdpr.Cite("DPO-analyse (KLE-områder)"),
		Text: gdpr.Text{
			Da: "Fortegnelsen dækker kun hele KLE-hovedgrupper; fortegnelser på mere graduerede KLE-områder giver præcisere slettefrister og hjemmel.",
			En: "The record covers only whole KLE main groups; records per finer KLE area give more precise erasure time limits and legal bases.",
		},
	}
	// Seed 001, "Fortegnelser": a link to the risk assessment and action
	// plan; GDPR art. 24(1), 32(2).
	ruleRiskAssessmentMissing = gdpr.Rule{
		ID: "ropa.risk_assessment_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 24(1), 32(2)"),
		Text: gdpr.Text{
			Da: "Fortegnelsen henviser ikke til en risikovurdering.",
			En: "The record does not refer to a risk assessment.",
		},
	}
	// GDPR art. 5(1)(c); seed 001, "Dataminimering"; seed 002, question 5.2.
	ruleDataMinimisation = gdpr.Rule{
		ID: "ropa.data_minimisation", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 5(1)(c)"),
		Text: gdpr.Text{
			Da: "Der indsamles personoplysninger ud over det nødvendige for at opnå formålet.",
			En: "Personal data are collected beyond what the purpose needs.",
		},
	}
	// GDPR art. 6(1)(a), 7(3); seed 001, "Lovhjemmel".
	ruleConsentLapsed = gdpr.Rule{
		ID: "ropa.consent_lapsed", Severity: gdpr.Critical, Reference: gdpr.Cite("GDPR art. 6(1)(a), 7(3)"),
		Text: gdpr.Text{
			Da: "Samtykket er udløbet eller tilbagekaldt, men behandlingen er ikke stoppet, og formålet er stadig aktivt.",
			En: "The consent has expired or been withdrawn, but the processing has not stopped and the purpose is still active.",
		},
	}
	// Seed 001, "Lovhjemmel": consents are given for a period; an overview
	// with expiry dates.
	ruleConsentExpiryMissing = gdpr.Rule{
		ID: "ropa.consent_expiry_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 7; DPO-analyse (samtykker)"),
		Text: gdpr.Text{
			Da: "Samtykket har ingen udløbsdato.",
			En: "The consent has no expiry date.",
		},
	}
	// GDPR art. 30(2)(a).
	ruleControllersMissing = gdpr.Rule{
		ID: "ropa.controllers_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 30(2)(a)"),
		Text: gdpr.Text{
			Da: "Databehandlerens fortegnelse angiver ikke de dataansvarlige, der behandles på vegne af.",
			En: "The processor's record does not name the controllers on whose behalf it processes.",
		},
	}
	// GDPR art. 30(2)(b).
	ruleProcessingCategoriesMissing = gdpr.Rule{
		ID: "ropa.processing_categories_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 30(2)(b)"),
		Text: gdpr.Text{
			Da: "Der er ikke angivet, hvilke kategorier af behandling der udføres for denne dataansvarlige.",
			En: "The record does not state the categories of processing carried out for this controller.",
		},
	}
	// Import of OS2compliance's register JSON: a KLE number that does not
	// parse, such as KL's "4." (meant "54"). Not guessed.
	ruleImportKLEMalformed = gdpr.Rule{
		ID: "ropa.import_kle_malformed", Severity: gdpr.Error, Reference: gdpr.Cite("KLE; OS2compliance"),
		Text: gdpr.Text{
			Da: "Et KLE-nummer i den importerede fil er ugyldigt og er udeladt; ret det i kilden.",
			En: "A KLE number in the imported file is malformed and was left out; correct it at the source.",
		},
	}
	ruleImportKLEMissing = gdpr.Rule{
		ID: "ropa.import_kle_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("KLE; OS2compliance"),
		Text: gdpr.Text{
			Da: "Den importerede fortegnelse har ingen KLE-numre.",
			En: "The imported record has no KLE numbers.",
		},
	}
	ruleImportBasisUnknown = gdpr.Rule{
		ID: "ropa.import_basis_unknown", Severity: gdpr.Error, Reference: gdpr.Cite("OS2compliance"),
		Text: gdpr.Text{
			Da: "En hjemmelskode i den importerede fil er ukendt og er udeladt.",
			En: "A legal-basis code in the imported file is unknown and was left out.",
		},
	}
)

// ownRules lists the package's own rules in a stable order.
var ownRules = [...]*gdpr.Rule{
	&ruleControllerMissing, &ruleDPOMissing, &rulePurposeMissing, &ruleSubjectsMissing,
	&ruleDataTypesMissing, &ruleRetentionMissing, &ruleRetentionIncomplete, &ruleSecurityMissing,
	&ruleConsentWithOtherBasis, &ruleUnencryptedChannel, &ruleTransferUnsafeguarded,
	&ruleTransferDerogation, &ruleTransferTIAMissing, &ruleTransferNotRecorded,
	&ruleProcessorAgreementMissing, &ruleDisclosureBasisMissing, &ruleReviewMissing,
	&ruleReviewOverdue, &ruleOwnerMissing, &ruleKLEMissing, &ruleKLECoarse,
	&ruleRiskAssessmentMissing, &ruleDataMinimisation, &ruleConsentLapsed,
	&ruleConsentExpiryMissing, &ruleControllersMissing, &ruleProcessingCategoriesMissing,
	&ruleImportKLEMalformed, &ruleImportKLEMissing, &ruleImportBasisUnknown,
}

// Rules returns, in a fresh slice, every rule the package's checks can
// emit: its own rules ("ropa.*") and the legal-basis rules of
// [gdpr.CheckBases] ("gdpr.*") that [Record.Check] applies.
func Rules() []gdpr.Rule {
	out := make([]gdpr.Rule, 0, len(ownRules)+4)
	for _, r := range ownRules {
		out = append(out, *r)
	}
	return append(out, gdpr.Rules()...)
}
