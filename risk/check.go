package risk

import (
	"strconv"
	"strings"

	"github.com/dkgdpr/gdpr"
)

// The rules Check can emit. Each cites its source.
var (
	// ruleResidualHigh: a residual risk that stays high after the measures
	// calls for prior consultation of Datatilsynet (GDPR art. 36(1)).
	ruleResidualHigh = gdpr.Rule{
		ID: "risk.residual_high", Severity: gdpr.Critical, Reference: gdpr.Cite("GDPR art. 36(1)"),
		Text: gdpr.Text{
			Da: "Restrisikoen er høj efter de yderligere foranstaltninger: Datatilsynet skal høres, før behandlingen påbegyndes.",
			En: "The residual risk is high after the further measures: Datatilsynet must be consulted before the processing starts.",
		},
	}
	// rulePendingHigh: the measures that bring down a high risk must be in
	// place before the processing starts (seed 002, "Tids- og
	// handlingsplan"; GDPR art. 35(7)(d)).
	rulePendingHigh = gdpr.Rule{
		ID: "risk.pending_high_measures", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 35(7)(d)"),
		Text: gdpr.Text{
			Da: "En høj risiko nedbringes af foranstaltninger, der ikke alle er implementeret: de skal være implementeret, før behandlingen påbegyndes.",
			En: "A high risk is brought down by measures that are not all implemented: they must be in place before the processing starts.",
		},
	}
	// ruleUntreated: a residual risk above medium "bør give anledning til
	// håndtering" (seed 002, "Risikomatrix"), yet no further measure is
	// listed.
	ruleUntreated = gdpr.Rule{
		ID: "risk.untreated", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 35(7)(d)"),
		Text: gdpr.Text{
			Da: "Risikoen er over middel eller høj, men der er ikke beskrevet yderligere foranstaltninger.",
			En: "The risk is above medium or high, but no further measures are described.",
		},
	}
	// ruleResidualNotAssessed: further measures are listed but the residual
	// risk (rest risiko) is not assessed (seed 002, "Metodik for
	// risikovurderingerne").
	ruleResidualNotAssessed = gdpr.Rule{
		ID: "risk.residual_not_assessed", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 35(7)(c)-(d)"),
		Text: gdpr.Text{
			Da: "Der er beskrevet yderligere foranstaltninger, men restrisikoen er ikke vurderet.",
			En: "Further measures are described, but the residual risk is not assessed.",
		},
	}
	// ruleMeasureDueMissing: the time and action plan gives each measure
	// not yet implemented a time of implementation (seed 002, "Tids- og
	// handlingsplan").
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
	// ruleMeasureOwnerMissing: seed 001 asks for a clear placement of
	// responsibility (ansvarsplacering) for the risk work.
	ruleMeasureOwnerMissing = gdpr.Rule{
		ID: "risk.measure_owner_missing", Severity: gdpr.Info, Reference: gdpr.Cite("GDPR art. 24(1)"),
		Text: gdpr.Text{
			Da: "En foranstaltning, der ikke er implementeret, har ingen ansvarlig.",
			En: "A measure that is not implemented has no owner.",
		},
	}
)

// Rules returns a fresh copy of every rule [Matrix.Check] can emit.
func Rules() []gdpr.Rule {
	return []gdpr.Rule{
		ruleResidualHigh, rulePendingHigh, ruleUntreated, ruleResidualNotAssessed,
		ruleMeasureDueMissing, ruleMeasureOverdue, ruleMeasureOwnerMissing,
	}
}

// Check returns the compliance gaps of assessments rated on matrix m, as
// findings with paths such as "[2].measures[0].due". today is the caller's
// current date for overdue measures; the zero Date skips that rule.
// Assessments that cannot be rated are skipped by the rules about ratings:
// [Assessment.ValidateOn] reports them. The zero Matrix rates as
// [DefaultMatrix].
func (m Matrix) Check(assessments []Assessment, today gdpr.Date) []gdpr.Finding {
	m = m.orDefault()
	var out []gdpr.Finding
	for i := range assessments {
		a := &assessments[i]
		at := "[" + strconv.Itoa(i) + "]"
		if ev, ok := m.evaluate(a); ok {
			if ev.Residual.Band == High {
				out = append(out, ruleResidualHigh.Finding(at+".residual"))
			}
			if ev.PendingHigh {
				out = append(out, rulePendingHigh.Finding(at+".measures"))
			}
			if ev.Residual.Band >= AboveMedium && len(a.Measures) == 0 {
				out = append(out, ruleUntreated.Finding(at+".measures"))
			}
		}
		if len(a.Measures) > 0 && a.Residual.IsZero() {
			out = append(out, ruleResidualNotAssessed.Finding(at+".residual"))
		}
		for j, ms := range a.Measures {
			if ms.Status == Implemented {
				continue
			}
			mp := at + ".measures[" + strconv.Itoa(j) + "]"
			switch {
			case ms.Due.IsZero():
				out = append(out, ruleMeasureDueMissing.Finding(mp+".due"))
			case !today.IsZero() && ms.Due.Before(today):
				out = append(out, ruleMeasureOverdue.Finding(mp+".due"))
			}
			if strings.TrimSpace(ms.Owner) == "" {
				out = append(out, ruleMeasureOwnerMissing.Finding(mp+".owner"))
			}
		}
	}
	return out
}
