package screening

import "github.com/dkgdpr/gdpr"

// The rules behind the findings of [Assess] and [Disagreements].
var (
	// WP248 rev.01 III.B.a: a controller that does not carry out a DPIA
	// where one is recommended (one criterion) or presumed (two or more)
	// must document its reasons; GDPR art. 5(2) accountability.
	ruleDeclineUndocumented = gdpr.Rule{
		ID: "screening.decline_undocumented", Severity: gdpr.Error, Reference: gdpr.Cite("WP248 rev.01 III.B.a; GDPR art. 5(2)"),
		Text: gdpr.Text{
			Da: "Den dataansvarlige har besluttet ikke at gennemføre en konsekvensanalyse, som screeningen anbefaler eller forudsætter, uden at dokumentere begrundelsen.",
			En: "The controller decided not to carry out a DPIA that the screening recommends or presumes, without documenting the reasons.",
		},
	}
	// WP248 rev.01 III.B.a: a controller who believes that processing
	// meeting two criteria is not likely to result in a high risk "has to
	// thoroughly document the reasons for not carrying out a DPIA".
	ruleDeclinePresumption = gdpr.Rule{
		ID: "screening.decline_presumption", Severity: gdpr.Warning, Reference: gdpr.Cite("WP248 rev.01 III.B.a"),
		Text: gdpr.Text{
			Da: "To eller flere kriterier er opfyldt, men den dataansvarlige har besluttet ikke at gennemføre en konsekvensanalyse. Begrundelsen er dokumenteret; den skal grundigt vise, at behandlingen ikke sandsynligvis indebærer en høj risiko.",
			En: "Two or more criteria are met, but the controller decided not to carry out a DPIA. The reasons are documented; they must show thoroughly that the processing is not likely to result in a high risk.",
		},
	}
	// GDPR art. 35(1), (3) and (4): the art. 35(3) cases and the items of
	// the supervisory authority's list always require a DPIA.
	ruleDeclineMandatory = gdpr.Rule{
		ID: "screening.decline_mandatory", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 35(1), (3) and (4)"),
		Text: gdpr.Text{
			Da: "Behandlingen er omfattet af GDPR art. 35, stk. 3, eller af Datatilsynets liste efter art. 35, stk. 4, og kræver altid en konsekvensanalyse. Den kan ikke fravælges.",
			En: "The processing falls under GDPR art. 35(3) or Datatilsynet's list under art. 35(4) and always requires a DPIA. It cannot be declined.",
		},
	}
	// WP248 rev.01 III.B.a; GDPR art. 5(2): a recommended DPIA needs a
	// documented decision either way.
	ruleDecisionMissing = gdpr.Rule{
		ID: "screening.decision_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("WP248 rev.01 III.B.a; GDPR art. 5(2)"),
		Text: gdpr.Text{
			Da: "Ét kriterium er opfyldt, og en konsekvensanalyse anbefales, men der er ikke truffet en beslutning om, hvorvidt den gennemføres.",
			En: "One criterion is met and a DPIA is recommended, but no decision has been made on whether to carry it out.",
		},
	}
	// GDPR art. 35(3) and (4); WP248 rev.01 III.B.a: a trigger is an
	// instance of the criteria it builds on.
	ruleAnswersInconsistent = gdpr.Rule{
		ID: "screening.answers_inconsistent", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 35(3) and (4); WP248 rev.01 III.B.a"),
		Text: gdpr.Text{
			Da: "Et tilfælde, der altid kræver en konsekvensanalyse, er besvaret med ja, men et kriterium, som tilfældet bygger på, er besvaret med nej. Gennemgå svarene.",
			En: "A case that always requires a DPIA is answered yes, but a criterion the case builds on is answered no. Review the answers.",
		},
	}
	// GDPR art. 35(3) and (4): where the criteria a trigger builds on are
	// met, whether the trigger applies can decide the outcome, or whether a
	// DPIA being declined is mandatory.
	ruleTriggerUnanswered = gdpr.Rule{
		ID: "screening.trigger_unanswered", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 35(3) and (4)"),
		Text: gdpr.Text{
			Da: "Et tilfælde, der altid kræver en konsekvensanalyse, er ikke besvaret, selv om de kriterier, det bygger på, er opfyldt, og svaret kan ændre vurderingen.",
			En: "A case that always requires a DPIA is not answered, although the criteria it builds on are met and the answer can change the assessment.",
		},
	}
	// GDPR art. 5(2); WP248 rev.01 III.B.a: suggestions never overwrite a
	// person's answer, but a "no" against the facts must be justified.
	ruleSuggestionDisagrees = gdpr.Rule{
		ID: "screening.suggestion_disagrees", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 5(2); WP248 rev.01 III.B.a"),
		Text: gdpr.Text{
			Da: "Spørgsmålet er besvaret med nej, men oplysningerne om behandlingen peger på, at det er opfyldt. Kontrollér svaret og begrundelsen.",
			En: "The question is answered no, but the facts of the processing suggest that it is met. Check the answer and its justification.",
		},
	}
)

// Rules returns every rule whose findings [Assess] (in [Result.Findings])
// and [Disagreements] can report.
func Rules() []gdpr.Rule {
	return []gdpr.Rule{
		ruleDeclineUndocumented,
		ruleDeclinePresumption,
		ruleDeclineMandatory,
		ruleDecisionMissing,
		ruleAnswersInconsistent,
		ruleTriggerUnanswered,
		ruleSuggestionDisagrees,
	}
}
