package overview

import "github.com/dkgdpr/gdpr"

// The rules of the overview: the references between the pieces of a
// municipality that are broken or missing, and the pieces that do not
// validate. Each package's own rules are its own (ropa.Rules, dpa.Rules,
// ...); [Rules] lists only these.
var (
	// ruleInvalid: a piece fails its package's Validate. The rules can only
	// judge what is recorded correctly (GDPR art. 5(1)(d) accuracy, 5(2)
	// accountability).
	ruleInvalid = gdpr.Rule{
		ID: "overview.invalid", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 5(1)(d), 5(2)"),
		Text: gdpr.Text{
			Da: "Oplysningerne er ugyldige og skal rettes; reglerne kan kun vurdere det, der er registreret korrekt.",
			En: "The data are invalid and must be corrected; the rules can only judge what is recorded correctly.",
		},
	}
	// ruleDuplicateID: two pieces of one area share an id, so every
	// reference to it is ambiguous (GDPR art. 5(2)).
	ruleDuplicateID = gdpr.Rule{
		ID: "overview.duplicate_id", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 5(2)"),
		Text: gdpr.Text{
			Da: "Id'et bruges af mere end én i samme område, så henvisninger til det er tvetydige; henvisningerne følger den første.",
			En: "The id is used more than once in the same area, so references to it are ambiguous; references follow the first.",
		},
	}
	// ruleRecordUnknown: an agreement, a consent, a breach or a request
	// names a record of processing that does not exist (GDPR art. 30(1):
	// every processing has its record).
	ruleRecordUnknown = gdpr.Rule{
		ID: "overview.record_unknown", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 30(1)"),
		Text: gdpr.Text{
			Da: "Der henvises til en fortegnelse, som ikke findes: behandlingen mangler i fortegnelserne, eller henvisningen er forkert.",
			En: "A record of processing is referred to that does not exist: the processing is missing from the records, or the reference is wrong.",
		},
	}
	// ruleAgreementUnknown: a record or a breach names a data processing
	// agreement that does not exist (GDPR art. 28(3): processing by a
	// processor is governed by an agreement).
	ruleAgreementUnknown = gdpr.Rule{
		ID: "overview.agreement_unknown", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 28(3)"),
		Text: gdpr.Text{
			Da: "Der henvises til en databehandleraftale, som ikke findes i registret over aftaler.",
			En: "A data processing agreement is referred to that is not in the register of agreements.",
		},
	}
	// ruleScreeningUnknown: a record names a screening that does not exist
	// (GDPR art. 35(1); seed 002, the screening table).
	ruleScreeningUnknown = gdpr.Rule{
		ID: "overview.screening_unknown", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 35(1); seed 002 (screening)"),
		Text: gdpr.Text{
			Da: "Fortegnelsen henviser til en screening, som ikke findes.",
			En: "The record refers to a screening that does not exist.",
		},
	}
	// ruleDPIAUnknown: a record names an impact assessment that does not
	// exist (GDPR art. 35(1)).
	ruleDPIAUnknown = gdpr.Rule{
		ID: "overview.dpia_unknown", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 35(1)"),
		Text: gdpr.Text{
			Da: "Fortegnelsen henviser til en konsekvensanalyse, som ikke findes.",
			En: "The record refers to an impact assessment that does not exist.",
		},
	}
	// ruleRiskUnknown: a record names a risk assessment that does not exist
	// (GDPR art. 32(1); seed 001 asks for a link from the record to its risk
	// assessment).
	ruleRiskUnknown = gdpr.Rule{
		ID: "overview.risk_unknown", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 32(1); seed 001 (Fortegnelser)"),
		Text: gdpr.Text{
			Da: "Fortegnelsen henviser til en risikovurdering, som ikke findes.",
			En: "The record refers to a risk assessment that does not exist.",
		},
	}
	// rulePurposeUnknown: a consent names a purpose its record does not
	// have (GDPR art. 6(1)(a), 7(1): consent is given to specific purposes).
	rulePurposeUnknown = gdpr.Rule{
		ID: "overview.purpose_unknown", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 6(1)(a), 7(1)"),
		Text: gdpr.Text{
			Da: "Samtykket henviser til et formål, som fortegnelsen ikke har.",
			En: "The consent refers to a purpose the record does not have.",
		},
	}
	// ruleScreeningMissing: a record whose processing goes on (or is
	// planned) processes sensitive or criminal-offence data and has neither
	// a screening nor an impact assessment, which holds its own (GDPR art.
	// 35(1), 35(3)(b); seed 002: every processing is screened; rules.md §2
	// criterion 4).
	ruleScreeningMissing = gdpr.Rule{
		ID: "overview.screening_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 35(1); seed 002 (screening)"),
		Text: gdpr.Text{
			Da: "Behandlingen omfatter følsomme oplysninger eller oplysninger om strafbare forhold, men der er hverken en screening af, om en konsekvensanalyse er påkrævet, eller en konsekvensanalyse.",
			En: "The processing covers sensitive or criminal-offence data, but there is neither a screening of whether an impact assessment is required nor an impact assessment.",
		},
	}
	// ruleDPIAMissing: the record's screening requires a DPIA (two or more
	// criteria, or a mandatory case that cannot be declined), or the
	// controller decided to carry one out, and the record names none (GDPR
	// art. 35(1); rules.md §2).
	ruleDPIAMissing = gdpr.Rule{
		ID: "overview.dpia_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 35(1)"),
		Text: gdpr.Text{
			Da: "Screeningen kræver en konsekvensanalyse, eller det er besluttet at gennemføre en, men fortegnelsen henviser ikke til nogen.",
			En: "The screening requires an impact assessment, or one was decided, but the record refers to none.",
		},
	}
	// ruleHighRiskNoDPIA: the record's risk assessment rates a risk high
	// before the further measures, and the record names no DPIA: a
	// processing likely to result in a high risk needs one (GDPR art. 35(1);
	// seed 002, "Risikomatrix").
	ruleHighRiskNoDPIA = gdpr.Rule{
		ID: "overview.high_risk_no_dpia", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 35(1); seed 002 (Risikomatrix)"),
		Text: gdpr.Text{
			Da: "Risikovurderingen har en høj risiko, men der er ingen konsekvensanalyse: en behandling, der sandsynligvis indebærer en høj risiko, kræver en.",
			En: "The risk assessment has a high risk, but there is no impact assessment: a processing likely to result in a high risk needs one.",
		},
	}
	// ruleAgreementRecordUnlisted: a record names an agreement for a
	// processor, and the agreement does not list the record: the agreement
	// must set out the processing it governs (GDPR art. 28(3)).
	ruleAgreementRecordUnlisted = gdpr.Rule{
		ID: "overview.agreement_record_unlisted", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 28(3)"),
		Text: gdpr.Text{
			Da: "Fortegnelsen henviser til databehandleraftalen, men aftalen nævner ikke behandlingen.",
			En: "The record refers to the data processing agreement, but the agreement does not list the processing.",
		},
	}
	// ruleAgreementUnused: an agreement whose processing goes on serves no
	// record, and no record names it: the processing may be missing from
	// the records (GDPR art. 30(1)(d); seed 001: a complete overview of
	// processors).
	ruleAgreementUnused = gdpr.Rule{
		ID: "overview.agreement_unused", Severity: gdpr.Info, Reference: gdpr.Cite("GDPR art. 30(1); seed 001 (Databehandlere)"),
		Text: gdpr.Text{
			Da: "Ingen fortegnelse henviser til databehandleraftalen, og aftalen nævner ingen: behandlingen mangler måske i fortegnelserne.",
			En: "No record refers to the data processing agreement and it lists none: the processing may be missing from the records.",
		},
	}
	// ruleScreeningUnused: no record names the screening (GDPR art. 5(2)).
	ruleScreeningUnused = gdpr.Rule{
		ID: "overview.screening_unused", Severity: gdpr.Info, Reference: gdpr.Cite("GDPR art. 5(2)"),
		Text: gdpr.Text{
			Da: "Ingen fortegnelse henviser til screeningen.",
			En: "No record refers to the screening.",
		},
	}
	// ruleRiskUnused: no record names the risk assessment (GDPR art. 5(2)).
	ruleRiskUnused = gdpr.Rule{
		ID: "overview.risk_unused", Severity: gdpr.Info, Reference: gdpr.Cite("GDPR art. 5(2)"),
		Text: gdpr.Text{
			Da: "Ingen fortegnelse henviser til risikovurderingen.",
			En: "No record refers to the risk assessment.",
		},
	}
	// ruleBreachAssistanceMissing: an open breach happened at a processor
	// whose agreement lacks the clause of art. 28(3)(f), the processor's
	// assistance with art. 32-36, breaches included (GDPR art. 28(3)(f),
	// 33(2)).
	ruleBreachAssistanceMissing = gdpr.Rule{
		ID: "overview.breach_assistance_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 28(3)(f), 33(2)"),
		Text: gdpr.Text{
			Da: "Bruddet er sket hos en databehandler og er ikke afsluttet, men databehandleraftalen mangler bestemmelsen om databehandlerens bistand med art. 32-36, herunder ved brud.",
			En: "The breach happened at a processor and is not closed, but the data processing agreement lacks the clause on the processor's assistance with art. 32-36, breaches included.",
		},
	}
	// ruleBreachProcessorUnlinked: a breach at a processor with no agreement
	// found for it (GDPR art. 28(3), 33(2)).
	ruleBreachProcessorUnlinked = gdpr.Rule{
		ID: "overview.breach_processor_unlinked", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 28(3), 33(2)"),
		Text: gdpr.Text{
			Da: "Bruddet er sket hos en databehandler, men det er ikke registreret, hvilken databehandleraftale behandlingen sker under.",
			En: "The breach happened at a processor, but it is not recorded under which data processing agreement the processing takes place.",
		},
	}
	// ruleBreachRecordsMissing: a breach names no record of processing, so
	// the overview cannot tell which processing it concerns (GDPR art.
	// 33(5): the documentation comprises the facts of the breach).
	ruleBreachRecordsMissing = gdpr.Rule{
		ID: "overview.breach_records_missing", Severity: gdpr.Info, Reference: gdpr.Cite("GDPR art. 33(5)"),
		Text: gdpr.Text{
			Da: "Det er ikke registreret, hvilke behandlinger bruddet berører.",
			En: "It is not recorded which processing activities the breach concerns.",
		},
	}
)

// Rules returns, in a fresh slice, every rule of the overview itself
// ("overview.*"). The findings of each package keep their own rule ids; see
// the packages' Rules functions.
func Rules() []gdpr.Rule {
	return []gdpr.Rule{
		ruleInvalid, ruleDuplicateID,
		ruleRecordUnknown, ruleAgreementUnknown, ruleScreeningUnknown, ruleDPIAUnknown, ruleRiskUnknown, rulePurposeUnknown,
		ruleScreeningMissing, ruleDPIAMissing, ruleHighRiskNoDPIA, ruleDPIARecordMismatch, ruleDPIARecordUnlinked,
		ruleAgreementRecordUnlisted, ruleAgreementUnused, ruleScreeningUnused, ruleRiskUnused,
		ruleBreachAssistanceMissing, ruleBreachProcessorUnlinked, ruleBreachRecordsMissing,
	}
}
