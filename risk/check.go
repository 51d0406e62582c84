package risk

import (
	"errors"

	"github.com/dkgdpr/gdpr"
)

// The rules [Policy.Check] can emit. Each cites its source.
var (
	// ruleInvalid: an assessment or a policy that does not validate; the
	// rules can only judge what is recorded correctly (GDPR art. 5(2)
	// accountability, 35(7)(c)).
	ruleInvalid = gdpr.Rule{
		ID: "risk.invalid", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 5(2), 35(7)(c)"),
		Text: gdpr.Text{
			Da: "Risikovurderingen er ufuldstændig eller ugyldig og skal rettes; reglerne kan kun vurdere det, der er registreret korrekt.",
			En: "The risk assessment is incomplete or invalid and must be corrected; the rules can only judge what is recorded correctly.",
		},
	}
	// ruleResidualHigh: a residual risk that stays high after the measures
	// calls for prior consultation of Datatilsynet (GDPR art. 36(1)); what
	// is high is the policy's reading, by default the highest band or the
	// highest consequence when likely (WP248 rev.01 III.C).
	ruleResidualHigh = gdpr.Rule{
		ID: "risk.residual_high", Severity: gdpr.Critical, Reference: gdpr.Cite("GDPR art. 36(1); WP248 rev.01 III.C"),
		Text: gdpr.Text{
			Da: "Restrisikoen er fortsat en høj risiko efter de yderligere foranstaltninger (efter risikopolitikken; som standard det højeste risikoniveau eller den højeste konsekvens, når den er sandsynlig): Datatilsynet skal høres, før behandlingen påbegyndes.",
			En: "The residual risk is still a high risk after the further measures (as the risk policy reads it; by default the highest band, or the highest consequence when likely): Datatilsynet must be consulted before the processing starts.",
		},
	}
	// rulePendingHigh: the measures that bring down a high risk must be in
	// place before the processing starts (the municipal DPIA template,
	// "Tids- og handlingsplan"; GDPR art. 35(7)(d)).
	rulePendingHigh = gdpr.Rule{
		ID: "risk.pending_high_measures", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 35(7)(d)"),
		Text: gdpr.Text{
			Da: "En høj risiko nedbringes af foranstaltninger, der ikke alle er implementeret: de skal være implementeret, før behandlingen påbegyndes.",
			En: "A high risk is brought down by measures that are not all implemented: they must be in place before the processing starts.",
		},
	}
	// ruleUntreated: a residual risk above medium "bør give anledning til
	// håndtering" (the municipal DPIA template, "Risikomatrix"), yet no
	// further measure is listed.
	ruleUntreated = gdpr.Rule{
		ID: "risk.untreated", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 35(7)(d)"),
		Text: gdpr.Text{
			Da: "Risikoen er over middel eller høj, men der er ikke beskrevet yderligere foranstaltninger.",
			En: "The risk is above medium or high, but no further measures are described.",
		},
	}
	// ruleResidualNotAssessed: further measures are listed but the residual
	// risk (rest risiko) is not assessed (the municipal DPIA template,
	// "Metodik for risikovurderingerne").
	ruleResidualNotAssessed = gdpr.Rule{
		ID: "risk.residual_not_assessed", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 35(7)(c)-(d)"),
		Text: gdpr.Text{
			Da: "Der er beskrevet yderligere foranstaltninger, men restrisikoen er ikke vurderet.",
			En: "Further measures are described, but the residual risk is not assessed.",
		},
	}
	// ruleMeasureDueMissing: the time and action plan gives each measure
	// not yet implemented a time of implementation (the municipal DPIA
	// template, "Tids- og handlingsplan").
	ruleMeasureDueMissing = gdpr.Rule{
		ID: "risk.measure_due_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 35(7)(d)"),
		Text: gdpr.Text{
			Da: "En foranstaltning, der ikke er implementeret, har ingen frist for implementering.",
			En: "A measure that is not implemented has no due date.",
		},
	}
	// ruleMeasureOverdue: a measure past its due date and not implemented.
	ruleMeasureOverdue = gdpr.Rule{
		ID: "risk.measure_overdue", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 35(7)(d)"),
		Text: gdpr.Text{
			Da: "Fristen for at implementere foranstaltningen er overskredet.",
			En: "The measure is past its due date and not implemented.",
		},
	}
	// ruleMeasureOwnerMissing: the controller shall implement the measures
	// (GDPR art. 24(1)); a measure nobody owns is not planned. Naming an
	// owner is good practice, not a field of the template's plan.
	ruleMeasureOwnerMissing = gdpr.Rule{
		ID: "risk.measure_owner_missing", Severity: gdpr.Info, Reference: gdpr.Cite("GDPR art. 24(1)"),
		Text: gdpr.Text{
			Da: "En foranstaltning, der ikke er implementeret, har ingen ansvarlig.",
			En: "A measure that is not implemented has no owner.",
		},
	}
)

// Rules returns a fresh copy of every rule [Policy.Check] can emit.
func Rules() []gdpr.Rule {
	return []gdpr.Rule{
		ruleInvalid, ruleResidualHigh, rulePendingHigh, ruleUntreated, ruleResidualNotAssessed,
		ruleMeasureDueMissing, ruleMeasureOverdue, ruleMeasureOwnerMissing,
	}
}

// asProblems finds the gdpr.Problems behind err.
func asProblems(err error, ps *gdpr.Problems) bool { return errors.As(err, ps) }
