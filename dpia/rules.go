package dpia

import (
	"slices"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/dkgdpr/gdpr/screening"
)

// The rules of [Assessment.Check], [Assessment.Transition] and the reasons
// of the derived decisions (the municipal DPIA template; GDPR art. 35, 36). Each is
// read-only; [Rules] hands out copies.
var (
	// ruleInvalid: the assessment fails Validate. The rules can only judge
	// what is recorded correctly (GDPR art. 5(1)(d) accuracy, 5(2)
	// accountability).
	ruleInvalid = gdpr.Rule{
		ID: "dpia.invalid", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 5(1)(d), 5(2)"),
		Text: gdpr.Text{
			Da: "Konsekvensanalysen indeholder en ugyldig værdi, der skal rettes; reglerne kan kun vurdere det, der er registreret korrekt.",
			En: "The impact assessment holds an invalid value that must be corrected; the rules can only judge what is recorded correctly.",
		},
	}
	// GDPR art. 35(7)(a): a systematic description of the processing; the
	// library takes it from the record of processing.
	ruleRecordMissing = gdpr.Rule{
		ID: "dpia.record_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 35(7)(a)"),
		Text: gdpr.Text{
			Da: "Konsekvensanalysen indeholder ikke fortegnelsen over behandlingen, så beskrivelsen af behandlingen (afsnit 1-7) kan ikke udfyldes eller kontrolleres.",
			En: "The impact assessment does not hold the record of processing, so the description of the processing (sections 1-7) cannot be filled in or checked.",
		},
	}
	// GDPR art. 35(1); the municipal DPIA template, first table: the screening documents why
	// a DPIA is carried out.
	ruleScreeningMissing = gdpr.Rule{
		ID: "dpia.screening_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 35(1)"),
		Text: gdpr.Text{
			Da: "Screeningen af, om der skal udarbejdes en konsekvensanalyse, mangler.",
			En: "The screening of whether an impact assessment is needed is missing.",
		},
	}
	// GDPR art. 35(7)(a)-(d): the template asks every question; an
	// unanswered one leaves the assessment incomplete.
	ruleQuestionUnanswered = gdpr.Rule{
		ID: "dpia.question_unanswered", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 35(7)"),
		Text: gdpr.Text{
			Da: "Spørgsmålet er ikke besvaret, hverken i konsekvensanalysen eller i fortegnelsen.",
			En: "The question is not answered, neither in the impact assessment nor in the record.",
		},
	}
	// GDPR art. 35(7)(a): one description of a processing.
	ruleAnswerContradictsRecord = gdpr.Rule{
		ID: "dpia.answer_contradicts_record", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 35(7)(a)"),
		Text: gdpr.Text{
			Da: "Konsekvensanalysens svar strider mod fortegnelsen over behandlingen; ret fortegnelsen eller svaret.",
			En: "The impact assessment's answer contradicts the record of processing; correct the record or the answer.",
		},
	}
	// GDPR art. 28(1), (2), 44-46; the municipal DPIA template, 7.2-7.4.
	ruleAnswerContradictsAgreements = gdpr.Rule{
		ID: "dpia.answer_contradicts_agreements", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 28, 44"),
		Text: gdpr.Text{
			Da: "Konsekvensanalysens svar strider mod databehandleraftalerne.",
			En: "The impact assessment's answer contradicts the data processing agreements.",
		},
	}
	// GDPR art. 28(3); the municipal DPIA template, 7.1-7.4: the agreements are part of the
	// documentation.
	ruleAgreementMissing = gdpr.Rule{
		ID: "dpia.agreement_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 28(3)"),
		Text: gdpr.Text{
			Da: "Databehandleraftalen, som konsekvensanalysen henviser til, findes ikke.",
			En: "The data processing agreement the impact assessment refers to cannot be found.",
		},
	}
	// GDPR art. 35(7)(c).
	ruleRisksMissing = gdpr.Rule{
		ID: "dpia.risks_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 35(7)(c)"),
		Text: gdpr.Text{
			Da: "Der er ikke vurderet nogen risici for de registreredes rettigheder og frihedsrettigheder.",
			En: "No risks to the rights and freedoms of the data subjects have been assessed.",
		},
	}
	// GDPR art. 35(7)(c); the municipal DPIA template, the risk table's sixteen categories.
	ruleThreatNotConsidered = gdpr.Rule{
		ID: "dpia.threat_not_considered", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 35(7)(c)"),
		Text: gdpr.Text{
			Da: "En trusselskategori i skabelonens risikotabel er hverken vurderet eller markeret som ikke relevant.",
			En: "A threat category of the template's risk table is neither assessed nor marked not relevant.",
		},
	}
	// GDPR art. 36(1): a residual risk that stays high.
	rulePriorConsultationPending = gdpr.Rule{
		ID: "dpia.prior_consultation_pending", Severity: gdpr.Critical, Reference: gdpr.Cite("GDPR art. 36(1)"),
		Text: gdpr.Text{
			Da: "Restrisikoen er høj, og Datatilsynet har ikke afgivet sin udtalelse efter forudgående høring: behandlingen må ikke påbegyndes.",
			En: "The residual risk is high and Datatilsynet has not given its advice after prior consultation: the processing must not start.",
		},
	}
	// GDPR art. 36(2), 58(2): Datatilsynet answered without a recorded
	// outcome; an answer that arrived is not a permission.
	ruleConsultationOutcomeMissing = gdpr.Rule{
		ID: "dpia.consultation_outcome_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 36(2)"),
		Text: gdpr.Text{
			Da: "Datatilsynets svar på den forudgående høring er registreret uden sit udfald, så det kan ikke afgøres, om behandlingen må påbegyndes.",
			En: "Datatilsynet's answer to the prior consultation is recorded without its outcome, so whether the processing may start cannot be decided.",
		},
	}
	// GDPR art. 36(2), 58(2)(d), (f): the answer allows the start on
	// conditions not yet met.
	ruleConsultationConditionsUnmet = gdpr.Rule{
		ID: "dpia.consultation_conditions_unmet", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 36(2), 58(2)"),
		Text: gdpr.Text{
			Da: "Datatilsynets svar tillader først behandlingen, når dets betingelser er opfyldt, og ikke alle er opfyldt.",
			En: "Datatilsynet's answer allows the processing only once its conditions are met, and not all are met.",
		},
	}
	// GDPR art. 58(2)(a), (f): a warning or a ban.
	ruleConsultationRefused = gdpr.Rule{
		ID: "dpia.consultation_refused", Severity: gdpr.Critical, Reference: gdpr.Cite("GDPR art. 36(2), 58(2)"),
		Text: gdpr.Text{
			Da: "Datatilsynet har efter den forudgående høring givet en advarsel eller nedlagt forbud: behandlingen må ikke påbegyndes som planlagt.",
			En: "After the prior consultation Datatilsynet gave a warning or imposed a ban: the processing must not start as planned.",
		},
	}
	// GDPR art. 35(2): the DPO's advice is sought and documented.
	ruleDPONotConsulted = gdpr.Rule{
		ID: "dpia.dpo_not_consulted", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 35(2)"),
		Text: gdpr.Text{
			Da: "Databeskyttelsesrådgiverens råd er ikke indhentet og dokumenteret (involvering og konklusion).",
			En: "The data protection officer's advice has not been sought and documented (involvement and conclusion).",
		},
	}
	// GDPR art. 35(2), 39(1)(c): the authority's response to
	// each piece of advice is documented.
	ruleDPOResponseMissing = gdpr.Rule{
		ID: "dpia.dpo_response_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 35(2), 39(1)(c)"),
		Text: gdpr.Text{
			Da: "Myndighedens svar på databeskyttelsesrådgiverens anbefaling mangler.",
			En: "The authority's response to the data protection officer's recommendation is missing.",
		},
	}
	// GDPR art. 35(9): views sought where appropriate, or why not.
	ruleViewsNotDocumented = gdpr.Rule{
		ID: "dpia.views_not_documented", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 35(9)"),
		Text: gdpr.Text{
			Da: "Det er ikke dokumenteret, om de registreredes synspunkter er indhentet, eller hvorfor de ikke er.",
			En: "It is not documented whether the data subjects' views were sought, or why not.",
		},
	}
	// GDPR art. 35(11), 5(2); the municipal DPIA template, "Monitorering og opdatering".
	ruleMonitoringMissing = gdpr.Rule{
		ID: "dpia.monitoring_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 35(11), 5(2)"),
		Text: gdpr.Text{
			Da: "Konsekvensanalysen angiver ikke, hvor ofte den monitoreres, og hvem der er ansvarlig for at revidere den.",
			En: "The impact assessment does not say how often it is monitored and who is responsible for revising it.",
		},
	}
	// WP248 rev.01: revisit a DPIA at least every three years.
	ruleReviewIntervalLong = gdpr.Rule{
		ID: "dpia.review_interval_long", Severity: gdpr.Info, Reference: gdpr.Cite("GDPR art. 35(11); WP248 rev.01"),
		Text: gdpr.Text{
			Da: "Monitoreringsintervallet er længere end tre år; Artikel 29-gruppen anbefaler revurdering mindst hvert tredje år.",
			En: "The monitoring interval is longer than three years; the Article 29 Working Party recommends a review at least every three years.",
		},
	}
	// GDPR art. 35(11).
	ruleReviewOverdue = gdpr.Rule{
		ID: "dpia.review_overdue", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 35(11)"),
		Text: gdpr.Text{
			Da: "Konsekvensanalysen skulle have været gennemgået igen.",
			En: "The impact assessment is overdue for review.",
		},
	}
	// GDPR art. 24(1), 35(1); the municipal DPIA template, "Godkendelse".
	ruleApprovalMissing = gdpr.Rule{
		ID: "dpia.approval_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 24(1), 35(1)"),
		Text: gdpr.Text{
			Da: "Beslutningen om konsekvensanalysen mangler beslutning, navn og titel eller dato.",
			En: "The decision on the impact assessment lacks the verdict, the name and title, or the date.",
		},
	}
	// The municipal DPIA template, "Godkendelse": a conditional approval names the changes.
	ruleConditionsMissing = gdpr.Rule{
		ID: "dpia.conditions_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 35(7)(d)"),
		Text: gdpr.Text{
			Da: "Den betingede godkendelse beskriver ikke de ændringer, der skal foretages.",
			En: "The conditional approval does not describe the changes to be made.",
		},
	}
	// GDPR art. 35(1), 36(1); the municipal DPIA template: the processing starts only once
	// approved, with the DPO consulted and the measures against high
	// risks in place.
	// GDPR art. 24(1), 32(1): the authority's risk appetite (its risk
	// policy) says which residual risks it goes ahead with; an exception
	// needs top management where the policy says so.
	ruleRiskPolicy = gdpr.Rule{
		ID: "dpia.risk_policy_exception_missing", Severity: gdpr.Critical, Reference: gdpr.Cite("GDPR art. 24(1), 32(1)"),
		Text: gdpr.Text{
			Da: "Efter risikopolitikken skal restrisikoen nedbringes, eller behandlingen stoppes, og topledelsen har ikke godkendt en undtagelse.",
			En: "Under the risk policy the residual risk must be reduced or the processing stopped, and top management has not approved an exception.",
		},
	}
	ruleStartedWithoutApproval = gdpr.Rule{
		ID: "dpia.started_without_approval", Severity: gdpr.Critical, Reference: gdpr.Cite("GDPR art. 35(1), 36(1)"),
		Text: gdpr.Text{
			Da: "Behandlingen er i gang (fortegnelsen er aktiv), men må ikke påbegyndes endnu efter konsekvensanalysen.",
			En: "The processing is going on (the record is active), but the impact assessment does not yet allow it to start.",
		},
	}
	// The lifecycle: draft -> dpo_review -> decided -> under_revision ->
	// dpo_review.
	ruleTransitionNotAllowed = gdpr.Rule{
		ID: "dpia.transition_not_allowed", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 35(1), 35(2), 35(11)"),
		Text: gdpr.Text{
			Da: "Livscyklussen tillader ikke dette skift: udkast → til udtalelse hos databeskyttelsesrådgiveren → besluttet → under revision → til udtalelse.",
			En: "The lifecycle does not allow this move: draft → with the DPO for advice → decided → under revision → with the DPO for advice.",
		},
	}
	// The municipal DPIA template, "Godkendelse": the processing may start only once approved.
	ruleNotApproved = gdpr.Rule{
		ID: "dpia.not_approved", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 35(1)"),
		Text: gdpr.Text{
			Da: "Konsekvensanalysen er ikke godkendt uden betingelser.",
			En: "The impact assessment is not approved without conditions.",
		},
	}
)

// ownRules lists the package's own rules in the order Check applies them.
var ownRules = [...]*gdpr.Rule{
	&ruleInvalid, &ruleRecordMissing, &ruleScreeningMissing, &ruleQuestionUnanswered, &ruleAnswerContradictsRecord,
	&ruleAnswerContradictsAgreements, &ruleAgreementMissing, &ruleRisksMissing, &ruleThreatNotConsidered,
	&rulePriorConsultationPending, &ruleConsultationOutcomeMissing, &ruleConsultationConditionsUnmet,
	&ruleConsultationRefused, &ruleDPONotConsulted, &ruleDPOResponseMissing, &ruleViewsNotDocumented,
	&ruleMonitoringMissing, &ruleReviewIntervalLong, &ruleReviewOverdue, &ruleApprovalMissing,
	&ruleConditionsMissing, &ruleNotApproved, &ruleRiskPolicy, &ruleStartedWithoutApproval, &ruleTransitionNotAllowed,
}

// Rules returns, in a fresh slice, every rule whose findings
// [Assessment.Check] and [Assessment.Transition] can report: the package's
// own ("dpia.*"), then those of the risk assessments (risk.Rules, less
// risk.residual_high, which dpia.prior_consultation_pending replaces) and of
// the screening (screening.Rules) that Check passes on.
func Rules() []gdpr.Rule {
	out := make([]gdpr.Rule, 0, len(ownRules)+16)
	for _, r := range ownRules {
		out = append(out, *r)
	}
	for _, r := range risk.Rules() {
		if r.ID != riskResidualHigh {
			out = append(out, r)
		}
	}
	out = append(out, screening.Rules()...)
	return slices.Clip(out)
}

// riskResidualHigh is the risk package's rule for a high residual risk,
// which a DPIA reports as dpia.prior_consultation_pending, knowing whether
// Datatilsynet has answered.
const riskResidualHigh = "risk.residual_high"

// riskPendingHigh is the risk package's rule for measures against a high risk
// not yet implemented, cited by the decision whether the processing may start.
const riskPendingHigh = "risk.pending_high_measures"
