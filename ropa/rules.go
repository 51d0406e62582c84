package ropa

import "github.com/dkgdpr/gdpr"

// The rules of [Record.Check], [ProcessorRecord.Check], [Register.Check]
// and [ImportOS2compliance]: GDPR art. 30 and the articles each rule
// cites. Each is read-only; [Rules] hands out copies.
var (
	// GDPR art. 5(1)(d) and 5(2): a value that fails Validate, reported by
	// Check as one finding per problem at the problem's path. The rules can
	// only judge what is recorded correctly.
	ruleInvalid = gdpr.Rule{
		ID: "ropa.invalid", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 5(1)(d), 5(2)"),
		Text: gdpr.Text{
			Da: "Oplysningen er ugyldig og skal rettes; reglerne kan kun vurdere det, der er registreret korrekt.",
			En: "The value is invalid and must be corrected; the rules can only judge what is recorded correctly.",
		},
	}
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
	// GDPR art. 30(1)(f), 5(1)(e): precise erasure time limits.
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
	// security measures; KL's standard records lack them.
	ruleSecurityMissing = gdpr.Rule{
		ID: "ropa.security_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 30(1)(g), 32(1)"),
		Text: gdpr.Text{
			Da: "Fortegnelsen har ingen generel beskrivelse af de tekniske og organisatoriske sikkerhedsforanstaltninger.",
			En: "The record has no general description of the technical and organisational security measures.",
		},
	}
	// Datatilsynet's guidance on consent: Datatilsynet criticises consent
	// where another basis exists (GDPR art. 5(1)(a)); a withdrawal would
	// stop processing the authority must carry out.
	ruleConsentWithOtherBasis = gdpr.Rule{
		ID: "ropa.consent_with_other_basis", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 5(1)(a), 6(1); Datatilsynet's guidance on consent"),
		Text: gdpr.Text{
			Da: "Formålet bygger på samtykke, selv om det også er en retlig forpligtelse, en myndighedsopgave eller hjemlet i særlovgivning; Datatilsynet har udtalt alvorlig kritik af samtykke, hvor der er anden hjemmel.",
			En: "The purpose relies on consent although it is also a legal obligation, a public task or based on special legislation; Datatilsynet has criticised consent where another basis exists.",
		},
	}
	// GDPR art. 32(1)(a); Datatilsynet's guidance on encryption: confidential
	// and sensitive data sent over the internet are encrypted.
	ruleUnencryptedChannel = gdpr.Rule{
		ID: "ropa.unencrypted_channel", Severity: gdpr.Critical, Reference: gdpr.Cite("GDPR art. 32(1)(a); Datatilsynet's guidance on encryption"),
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
	// GDPR art. 30(1)(e), 44: read access from a third country is a
	// transfer.
	ruleTransferNotRecorded = gdpr.Rule{
		ID: "ropa.transfer_not_recorded", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 30(1)(e)"),
		Text: gdpr.Text{
			Da: "Oplysningerne behandles i eller tilgås fra et land uden for EU/EØS, men fortegnelsen angiver ingen overførsel dertil.",
			En: "The data are processed in or accessed from a country outside the EU/EEA, but the record lists no transfer to it.",
		},
	}
	// GDPR art. 30(1)(e), 44: a record and the agreements of its
	// processors tell the same story. Every country or international
	// organisation a processor or sub-processor reaches the record's data
	// from, read access included, is a transfer of the record.
	ruleAgreementTransferNotRecorded = gdpr.Rule{
		ID: "ropa.agreement_transfer_not_recorded", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 30(1)(e), 44"),
		Text: gdpr.Text{
			Da: "En databehandleraftale viser, at en databehandler eller underdatabehandler har adgang til oplysningerne fra et land uden for EU/EØS eller en international organisation, men fortegnelsen angiver ingen overførsel dertil.",
			En: "A data processing agreement shows that a processor or sub-processor reaches the data from a country outside the EU/EEA or an international organisation, but the record lists no transfer to it.",
		},
	}
	// GDPR art. 30(1)(d), 4(9): a processor is a recipient; an agreement
	// that serves the record names a processor the record does not.
	ruleAgreementProcessorNotRecorded = gdpr.Rule{
		ID: "ropa.agreement_processor_not_recorded", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 30(1)(d), 4(9)"),
		Text: gdpr.Text{
			Da: "En databehandleraftale angiver, at den dækker fortegnelsen, men fortegnelsen nævner ikke databehandleren.",
			En: "A data processing agreement states that it serves the record, but the record does not name the processor.",
		},
	}
	// GDPR art. 49(3): whether the controller exercises public powers is
	// not stated, so a derogation it bars cannot be judged.
	ruleDerogationPowersUnstated = gdpr.Rule{
		ID: "ropa.derogation_public_powers_unstated", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 49(3)"),
		Text: gdpr.Text{
			Da: "Overførslen bygger på en undtagelse, som en offentlig myndighed ikke kan bruge under udøvelse af offentlig myndighed, og fortegnelsen angiver ikke, om behandlingen sker som led i offentlig myndighedsudøvelse.",
			En: "The transfer relies on a derogation a public authority cannot use in the exercise of its public powers, and the record does not state whether the processing is such an exercise.",
		},
	}
	// GDPR art. 30(1)(e), 49(6): a one-off transfer for compelling
	// legitimate interests needs its suitable safeguards documented.
	ruleSuitableSafeguardsMissing = gdpr.Rule{
		ID: "ropa.suitable_safeguards_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 30(1)(e), 49(6)"),
		Text: gdpr.Text{
			Da: "Overførslen bygger på tvingende legitime interesser (art. 49, stk. 1, andet afsnit), men fortegnelsen dokumenterer ikke de fornødne garantier.",
			En: "The transfer relies on compelling legitimate interests (art. 49(1), second subparagraph), but the record does not document the suitable safeguards.",
		},
	}
	// GDPR art. 30(1)(d): the categories of recipients, or that there are
	// none; an empty list does not say which.
	ruleRecipientsUnstated = gdpr.Rule{
		ID: "ropa.recipients_unstated", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 30(1)(d)"),
		Text: gdpr.Text{
			Da: "Fortegnelsen angiver hverken modtagere eller, at der ikke er nogen.",
			En: "The record lists no recipients and does not state that there are none.",
		},
	}
	// GDPR art. 30(1)(e): the transfers, or that there are none.
	ruleTransfersUnstated = gdpr.Rule{
		ID: "ropa.transfers_unstated", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 30(1)(e)"),
		Text: gdpr.Text{
			Da: "Fortegnelsen angiver hverken overførsler til tredjelande eller internationale organisationer eller, at der ikke er nogen.",
			En: "The record lists no transfers to third countries or international organisations and does not state that there are none.",
		},
	}
	// GDPR art. 30(1)(b), 6(1): the legal basis of each purpose; bases
	// pooled for the record do not say which purpose rests on which.
	rulePurposeBasesPooled = gdpr.Rule{
		ID: "ropa.purpose_bases_pooled", Severity: gdpr.Info, Reference: gdpr.Cite("GDPR art. 30(1)(b), 6(1)"),
		Text: gdpr.Text{
			Da: "Hjemlerne er angivet samlet for fortegnelsen og ikke fordelt på formålene; angiv, hvilken hjemmel hvert formål bygger på.",
			En: "The legal bases are given for the record as a whole, not per purpose; state which basis each purpose rests on.",
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
	// GDPR art. 6(1): the basis of each disclosure.
	ruleDisclosureBasisMissing = gdpr.Rule{
		ID: "ropa.disclosure_basis_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 6(1); databeskyttelsesloven"),
		Text: gdpr.Text{
			Da: "Videregivelsen til modtageren har ingen angivet hjemmel.",
			En: "The disclosure to the recipient has no legal basis recorded.",
		},
	}
	// GDPR art. 5(2), 24(1): measures are reviewed and updated; an annual
	// cycle (årshjul) of reviews.
	ruleReviewMissing = gdpr.Rule{
		ID: "ropa.review_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 5(2), 24(1)"),
		Text: gdpr.Text{
			Da: "Fortegnelsen har ingen dato for seneste gennemgang.",
			En: "The record has no date of its last review.",
		},
	}
	ruleReviewOverdue = gdpr.Rule{
		ID: "ropa.review_overdue", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 5(2), 24(1)"),
		Text: gdpr.Text{
			Da: "Fortegnelsen skulle have været gennemgået igen.",
			En: "The record is overdue for review.",
		},
	}
	// GDPR art. 24(1): who coordinates and carries out the update.
	ruleOwnerMissing = gdpr.Rule{
		ID: "ropa.owner_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 24(1)"),
		Text: gdpr.Text{
			Da: "Fortegnelsen har ingen ansvarlig for at holde den opdateret.",
			En: "The record has no owner responsible for keeping it up to date.",
		},
	}
	// GDPR art. 30(1)(b), 5(2): records per fine-grained KLE area, so that
	// purposes, bases and erasure time limits are precise.
	ruleKLEMissing = gdpr.Rule{
		ID: "ropa.kle_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 30(1)(b), 5(2)"),
		Text: gdpr.Text{
			Da: "Fortegnelsen har ingen KLE-numre; den bør knyttes til de KLE-områder, den dækker.",
			En: "The record has no KLE numbers; it should be tied to the KLE areas it covers.",
		},
	}
	ruleKLECoarse = gdpr.Rule{
		ID: "ropa.kle_coarse", Severity: gdpr.Info, Reference: gdpr.Cite("GDPR art. 30(1)(b), 5(2)"),
		Text: gdpr.Text{
			Da: "Fortegnelsen dækker kun hele KLE-hovedgrupper; fortegnelser på mere graduerede KLE-områder giver præcisere slettefrister og hjemmel.",
			En: "The record covers only whole KLE main groups; records per finer KLE area give more precise erasure time limits and legal bases.",
		},
	}
	// GDPR art. 24(1), 32(2): a link to the risk assessment and action
	// plan.
	ruleRiskAssessmentMissing = gdpr.Rule{
		ID: "ropa.risk_assessment_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 24(1), 32(2)"),
		Text: gdpr.Text{
			Da: "Fortegnelsen henviser ikke til en risikovurdering.",
			En: "The record does not refer to a risk assessment.",
		},
	}
	// GDPR art. 5(1)(c); the municipal DPIA template, question 5.2.
	ruleDataMinimisation = gdpr.Rule{
		ID: "ropa.data_minimisation", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 5(1)(c)"),
		Text: gdpr.Text{
			Da: "Der indsamles personoplysninger ud over det nødvendige for at opnå formålet.",
			En: "Personal data are collected beyond what the purpose needs.",
		},
	}
	// GDPR art. 6(1)(a), 7(3).
	ruleConsentLapsed = gdpr.Rule{
		ID: "ropa.consent_lapsed", Severity: gdpr.Critical, Reference: gdpr.Cite("GDPR art. 6(1)(a), 7(3)"),
		Text: gdpr.Text{
			Da: "Samtykket er udløbet eller tilbagekaldt, men behandlingen er ikke stoppet, og formålet er stadig aktivt.",
			En: "The consent has expired or been withdrawn, but the processing has not stopped and the purpose is still active.",
		},
	}
	// GDPR art. 7(1): the controller can demonstrate consent; consents are
	// given for a period, kept in an overview with their expiry.
	ruleConsentExpiryMissing = gdpr.Rule{
		ID: "ropa.consent_expiry_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 7(1)"),
		Text: gdpr.Text{
			Da: "Samtykket har ingen udløbsdato.",
			En: "The consent has no expiry date.",
		},
	}
	// GDPR art. 30(1)(a): the name and contact details of each joint
	// controller.
	ruleJointControllerContactMissing = gdpr.Rule{
		ID: "ropa.joint_controller_contact_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 30(1)(a), 26(1)"),
		Text: gdpr.Text{
			Da: "Fortegnelsen angiver ikke kontaktoplysninger for den fælles dataansvarlige.",
			En: "The record does not give the joint controller's contact details.",
		},
	}
	// GDPR art. 30(1)(a), 27: the controller's representative, where there
	// is one, with contact details.
	ruleRepresentativeContactMissing = gdpr.Rule{
		ID: "ropa.representative_contact_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 30(1)(a), 27"),
		Text: gdpr.Text{
			Da: "Repræsentanten er angivet uden navn og kontaktoplysninger.",
			En: "The representative is named without a name and contact details.",
		},
	}
	// GDPR art. 30(2)(a), 27: in the processor's record, the controller's
	// or the processor's representative, where there is one, with contact
	// details.
	ruleProcessorRepresentativeContactMissing = gdpr.Rule{
		ID: "ropa.processor_representative_contact_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 30(2)(a), 27"),
		Text: gdpr.Text{
			Da: "Databehandlerens fortegnelse angiver en repræsentant uden navn og kontaktoplysninger.",
			En: "The processor's record names a representative without a name and contact details.",
		},
	}
	// GDPR art. 30(2)(a): the processor's name and contact details.
	ruleProcessorMissing = gdpr.Rule{
		ID: "ropa.processor_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 30(2)(a)"),
		Text: gdpr.Text{
			Da: "Databehandlerens fortegnelse angiver ikke databehandleren med navn og kontaktoplysninger.",
			En: "The processor's record does not name the processor and its contact details.",
		},
	}
	// GDPR art. 30(2)(a), 37(1)(a): the processor's DPO.
	ruleProcessorDPOMissing = gdpr.Rule{
		ID: "ropa.processor_dpo_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 30(2)(a), 37(1)(a)"),
		Text: gdpr.Text{
			Da: "Databehandlerens fortegnelse angiver ikke databeskyttelsesrådgiverens kontaktoplysninger; en offentlig myndighed skal have en databeskyttelsesrådgiver.",
			En: "The processor's record does not give the data protection officer's contact details; a public authority must have a DPO.",
		},
	}
	// GDPR art. 30(2)(a): each controller's name and contact details.
	ruleControllerContactMissing = gdpr.Rule{
		ID: "ropa.controller_contact_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 30(2)(a)"),
		Text: gdpr.Text{
			Da: "Databehandlerens fortegnelse angiver ikke kontaktoplysninger for den dataansvarlige, der behandles på vegne af.",
			En: "The processor's record does not give the contact details of the controller on whose behalf it processes.",
		},
	}
	// GDPR art. 30(2)(c): transfers, as the processor's sub-processors
	// reach the data.
	ruleProcessorTransferNotRecorded = gdpr.Rule{
		ID: "ropa.processor_transfer_not_recorded", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 30(2)(c), 44"),
		Text: gdpr.Text{
			Da: "En underdatabehandler behandler eller tilgår oplysningerne fra et land uden for EU/EØS, men databehandlerens fortegnelse angiver ingen overførsel dertil.",
			En: "A sub-processor processes or accesses the data from a country outside the EU/EEA, but the processor's record lists no transfer to it.",
		},
	}
	// GDPR art. 30(2)(d): where possible, a general description of the
	// security measures.
	ruleProcessorSecurityMissing = gdpr.Rule{
		ID: "ropa.processor_security_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 30(2)(d), 32(1)"),
		Text: gdpr.Text{
			Da: "Databehandlerens fortegnelse har ingen generel beskrivelse af de tekniske og organisatoriske sikkerhedsforanstaltninger.",
			En: "The processor's record has no general description of the technical and organisational security measures.",
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
	&ruleInvalid, &ruleControllerMissing, &ruleDPOMissing, &rulePurposeMissing, &ruleSubjectsMissing,
	&ruleDataTypesMissing, &ruleRetentionMissing, &ruleRetentionIncomplete, &ruleSecurityMissing,
	&ruleConsentWithOtherBasis, &ruleUnencryptedChannel, &ruleTransferUnsafeguarded,
	&ruleTransferDerogation, &ruleTransferTIAMissing, &ruleTransferNotRecorded,
	&ruleAgreementTransferNotRecorded, &ruleAgreementProcessorNotRecorded,
	&ruleDerogationPowersUnstated, &ruleSuitableSafeguardsMissing, &ruleRecipientsUnstated, &ruleTransfersUnstated, &rulePurposeBasesPooled,
	&ruleProcessorAgreementMissing, &ruleDisclosureBasisMissing, &ruleReviewMissing,
	&ruleReviewOverdue, &ruleOwnerMissing, &ruleKLEMissing, &ruleKLECoarse,
	&ruleRiskAssessmentMissing, &ruleDataMinimisation, &ruleConsentLapsed,
	&ruleConsentExpiryMissing, &ruleJointControllerContactMissing, &ruleRepresentativeContactMissing,
	&ruleControllersMissing, &ruleProcessorMissing, &ruleProcessorRepresentativeContactMissing, &ruleProcessorDPOMissing, &ruleControllerContactMissing,
	&ruleProcessingCategoriesMissing, &ruleProcessorTransferNotRecorded, &ruleProcessorSecurityMissing,
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
