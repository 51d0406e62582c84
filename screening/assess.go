package screening

import (
	"github.com/dkgdpr/gdpr"
	"golang.org/x/text/language"
)

// Result is what a screening concludes and why. It names the
// rule set that produced it, so it can be reproduced and re-evaluated.
type Result struct {
	// RuleSet is the rule set the screening was assessed under.
	RuleSet RuleSet `json:"ruleSet"`
	// Outcome is Required, Recommended or NotRequired.
	Outcome Outcome `json:"outcome"`
	// Mandatory is set when an art. 35(3) case or an item of Datatilsynet's
	// list applies: the DPIA is required by law and cannot be declined,
	// rather than presumed from the count of criteria.
	Mandatory bool `json:"mandatory"`
	// Met lists the criteria counted as met, in order.
	Met []Criterion `json:"met"`
	// Uncertain lists the criteria of Met answered "partly" or "don't
	// know": counted as met by the conservative reading.
	Uncertain []Criterion `json:"uncertain"`
	// Triggers lists the triggers that fired, in order.
	Triggers []Trigger `json:"triggers"`
	// Reasons lists every rule that fired, with its reference and Danish
	// and English explanation: the count of criteria first, then the
	// triggers, then the note on uncertain answers if any.
	Reasons []gdpr.Reason `json:"reasons"`
	// Conclusion is the template's conclusion sentence ("Af ovenstående
	// analyse fremgår det, at to eller flere kriterier ...") completed.
	Conclusion gdpr.Text `json:"conclusion"`
	// Findings are compliance gaps of the screening: a declined DPIA
	// without documented reasons, a missing decision, inconsistent or
	// missing trigger answers. They are not errors. Never nil: a clean
	// screening has an empty list ([] in JSON).
	Findings []gdpr.Finding `json:"findings"`
}

// The reasons of the count of criteria (WP248 rev.01 III.B.a; the text
// above the screening table of the municipal DPIA template) and the note on
// uncertain answers.
var (
	reasonTwoOrMore = gdpr.Reason{
		Rule: "screening.criteria_two_or_more", Reference: gdpr.Cite("GDPR art. 35(1); WP248 rev.01 III.B.a"),
		Text: gdpr.Text{
			Da: "To eller flere kriterier er opfyldt. Ifølge databeskyttelsesmyndighederne skal en sådan behandling i langt de fleste tilfælde underlægges en forudgående konsekvensanalyse.",
			En: "Two or more criteria are met. According to the data protection authorities, such processing must in most cases be subject to a prior DPIA.",
		},
	}
	reasonOne = gdpr.Reason{
		Rule: "screening.criteria_one", Reference: gdpr.Cite("GDPR art. 35(1); WP248 rev.01 III.B.a"),
		Text: gdpr.Text{
			Da: "Ét kriterium er opfyldt. Efter kriterierne alene er en konsekvensanalyse ikke påkrævet, men anbefales; beslutter den dataansvarlige ikke at gennemføre den, skal begrundelsen dokumenteres.",
			En: "One criterion is met. On the criteria alone a DPIA is not required but recommended; if the controller decides not to carry it out, the reasons must be documented.",
		},
	}
	reasonNone = gdpr.Reason{
		Rule: "screening.criteria_none", Reference: gdpr.Cite("GDPR art. 35(1); WP248 rev.01 III.B.a"),
		Text: gdpr.Text{
			Da: "Ingen af kriterierne er opfyldt. Efter kriterierne alene er en konsekvensanalyse ikke påkrævet; screeningen dokumenterer vurderingen.",
			En: "None of the criteria is met. On the criteria alone a DPIA is not required; the screening documents the assessment.",
		},
	}
	// Conservative reading, as OS2compliance's screening does.
	reasonUncertain = gdpr.Reason{
		Rule: "screening.uncertain_counted_as_met", Reference: gdpr.Cite("GDPR art. 35(1); WP248 rev.01 III.B.a"),
		Text: gdpr.Text{
			Da: "Et eller flere spørgsmål er besvaret med »Delvis« eller »Ved ikke«. De er talt med som opfyldt, så usikkerhed ikke fører til, at en konsekvensanalyse fravælges.",
			En: "One or more questions are answered \"partly\" or \"don't know\". They are counted as met, so that uncertainty does not lead to a DPIA being left out.",
		},
	}
)

// reason returns the reason a result gives when t fires.
func (t Trigger) reason() gdpr.Reason { return triggerReasons[t] }

// triggerReasons are the reasons of the triggers, with their references
// cited once. Read-only.
var triggerReasons = func() (out [numTriggers + 1]gdpr.Reason) {
	for t := Trigger(1); t <= numTriggers; t++ {
		info := &triggerTable[t]
		out[t] = gdpr.Reason{Rule: info.rule, Reference: gdpr.Cite(info.reference), Text: info.reason}
	}
	return out
}()

// The conclusion sentences: the municipal DPIA template's "Af ovenstående analyse
// fremgår det, at to eller flere kriterier [IKKE ER OPFYLDTE/ER OPFYLDTE].
// Det er derfor vurderingen, at …" with the bracket chosen and the
// sentence completed, and a sentence between them when a trigger applies.
const (
	concMetDa    = "Af ovenstående analyse fremgår det, at to eller flere kriterier er opfyldte. "
	concNotMetDa = "Af ovenstående analyse fremgår det, at to eller flere kriterier ikke er opfyldte. "
	concMetEn    = "The analysis above shows that two or more criteria are met. "
	concNotMetEn = "The analysis above shows that fewer than two criteria are met. "

	concAlsoDa = "Behandlingen er desuden omfattet af et tilfælde, hvor der altid skal gennemføres en konsekvensanalyse (GDPR art. 35, stk. 3, eller Datatilsynets liste efter art. 35, stk. 4). "
	concAlsoEn = "The processing is moreover a case that always requires a DPIA (GDPR art. 35(3) or Datatilsynet's list under art. 35(4)). "
	concButDa  = "Behandlingen er dog omfattet af et tilfælde, hvor der altid skal gennemføres en konsekvensanalyse (GDPR art. 35, stk. 3, eller Datatilsynets liste efter art. 35, stk. 4). "
	concButEn  = "However, the processing is a case that always requires a DPIA (GDPR art. 35(3) or Datatilsynet's list under art. 35(4)). "

	concRequiredDa    = "Det er derfor vurderingen, at der skal gennemføres en konsekvensanalyse vedrørende databeskyttelse."
	concRequiredEn    = "It is therefore the assessment that a data protection impact assessment must be carried out."
	concRecommendedDa = "Det er derfor vurderingen, at en konsekvensanalyse vedrørende databeskyttelse ikke er påkrævet, men anbefales, da ét kriterium er opfyldt; fravælges den, skal begrundelsen dokumenteres."
	concRecommendedEn = "It is therefore the assessment that a data protection impact assessment is not required but recommended, as one criterion is met; if it is not carried out, the reasons must be documented."
	concNotRequiredDa = "Det er derfor vurderingen, at en konsekvensanalyse vedrørende databeskyttelse ikke er påkrævet."
	concNotRequiredEn = "It is therefore the assessment that a data protection impact assessment is not required."
)

var (
	conclusionTwoOrMore          = gdpr.Text{Da: concMetDa + concRequiredDa, En: concMetEn + concRequiredEn}
	conclusionTwoOrMoreMandatory = gdpr.Text{Da: concMetDa + concAlsoDa + concRequiredDa, En: concMetEn + concAlsoEn + concRequiredEn}
	conclusionMandatory          = gdpr.Text{Da: concNotMetDa + concButDa + concRequiredDa, En: concNotMetEn + concButEn + concRequiredEn}
	conclusionOne                = gdpr.Text{Da: concNotMetDa + concRecommendedDa, En: concNotMetEn + concRecommendedEn}
	conclusionNone               = gdpr.Text{Da: concNotMetDa + concNotRequiredDa, En: concNotMetEn + concNotRequiredEn}
)

// Assess screens s under its rule set (or [DefaultRuleSet]) and explains
// the outcome (GDPR art. 35(1), (3) and (4); WP248 rev.01 III.B.a):
//
//   - two or more criteria met, or any art. 35(3) case or item of
//     Datatilsynet's list: Required;
//   - exactly one criterion: Recommended, and a decision not to carry out a
//     DPIA must be documented;
//   - none: NotRequired.
//
// "Partly" and "don't know" count as met. A list item that needs another
// criterion fires only when a criterion besides its own is met. An
// incomplete or invalid screening is an error (gdpr.Problems, as
// [Screening.Validate] returns it); compliance gaps of a valid screening are
// findings in the result.
func Assess(s Screening) (Result, error) {
	reasonBlank, err := s.validate()
	if err != nil {
		return Result{}, err
	}
	return assess(s, reasonBlank), nil
}

// assess evaluates a valid screening; reasonBlank is whether its decision
// reason is blank, as validate reports it.
func assess(s Screening, reasonBlank bool) Result {
	rs := s.ruleSet()
	var crit [numCriteria + 1]Answer
	for _, a := range s.Answers {
		crit[a.Criterion] = a.Answer
	}
	var count, uncertain int
	for c := Criterion(1); c <= numCriteria; c++ {
		if crit[c].Met() {
			count++
			if crit[c].Uncertain() {
				uncertain++
			}
		}
	}

	var trig [numTriggers + 1]Answer
	for _, a := range s.Triggers {
		trig[a.Trigger] = a.Answer
	}
	var fired [numTriggers + 1]bool
	nFired, uncertainTrigger := 0, false
	for t := Trigger(1); t <= numTriggers; t++ {
		if !rs.includes(t) || !trig[t].Met() {
			continue
		}
		if info := &triggerTable[t]; info.needsOther {
			others := count
			if crit[info.own].Met() {
				others--
			}
			if others < 1 {
				continue
			}
		}
		fired[t] = true
		nFired++
		if trig[t].Uncertain() {
			uncertainTrigger = true
		}
	}

	r := Result{RuleSet: rs, Mandatory: nFired > 0}
	// Met and Uncertain share one backing array.
	buf := make([]Criterion, count+uncertain)
	r.Met, r.Uncertain = buf[:0:count], buf[count:count]
	for c := Criterion(1); c <= numCriteria; c++ {
		if crit[c].Met() {
			r.Met = append(r.Met, c)
			if crit[c].Uncertain() {
				r.Uncertain = append(r.Uncertain, c)
			}
		}
	}

	note := uncertain > 0 || uncertainTrigger
	n := 1 + nFired
	if note {
		n++
	}
	r.Reasons = make([]gdpr.Reason, 0, n)
	switch {
	case count >= 2:
		r.Reasons = append(r.Reasons, reasonTwoOrMore)
		r.Outcome = Required
	case count == 1:
		r.Reasons = append(r.Reasons, reasonOne)
		r.Outcome = Recommended
	default:
		r.Reasons = append(r.Reasons, reasonNone)
		r.Outcome = NotRequired
	}
	r.Triggers = make([]Trigger, 0, nFired)
	if nFired > 0 {
		r.Outcome = Required
		for t := Trigger(1); t <= numTriggers; t++ {
			if fired[t] {
				r.Triggers = append(r.Triggers, t)
				r.Reasons = append(r.Reasons, t.reason())
			}
		}
	}
	if note {
		r.Reasons = append(r.Reasons, reasonUncertain)
	}

	switch {
	case count >= 2 && r.Mandatory:
		r.Conclusion = conclusionTwoOrMoreMandatory
	case count >= 2:
		r.Conclusion = conclusionTwoOrMore
	case r.Mandatory:
		r.Conclusion = conclusionMandatory
	case count == 1:
		r.Conclusion = conclusionOne
	default:
		r.Conclusion = conclusionNone
	}

	r.Findings = findings(s, rs, &r, &crit, &trig, reasonBlank)
	return r
}

// findings reports the compliance gaps of a valid screening s with result
// r; blank is whether its decision reason is blank.
func findings(s Screening, rs RuleSet, r *Result, crit *[numCriteria + 1]Answer, trig *[numTriggers + 1]Answer, blank bool) []gdpr.Finding {
	out := []gdpr.Finding{}
	switch {
	case s.Decision == Decline && r.Mandatory:
		out = append(out, ruleDeclineMandatory.Finding("decision"))
	case s.Decision == Decline && r.Outcome >= Recommended && blank:
		out = append(out, ruleDeclineUndocumented.Finding("decisionReason"))
	case s.Decision == Decline && r.Outcome == Required:
		out = append(out, ruleDeclinePresumption.Finding("decisionReason"))
	case s.Decision == 0 && r.Outcome == Recommended:
		out = append(out, ruleDecisionMissing.Finding("decision"))
	}
	for i, a := range s.Triggers {
		if a.Answer != Yes || !rs.includes(a.Trigger) {
			continue
		}
		for _, c := range triggerTable[a.Trigger].implies {
			if c != 0 && crit[c] == No {
				f := ruleAnswersInconsistent.Finding(at("triggers", i, "answer"))
				f.Text = detailed(f.Text, labels(a.Trigger), gdpr.Text{Da: "Kriteriet: " + c.Label(language.Danish) + ".", En: "The criterion: " + c.Label(language.English) + "."})
				out = append(out, f)
				break
			}
		}
	}
	// An unanswered trigger matters where it could fire and so change the
	// outcome, or turn a presumed DPIA that is being declined into a
	// mandatory one.
	if !r.Mandatory && (r.Outcome < Required || s.Decision == Decline) {
		count := len(r.Met)
		for t := Trigger(1); t <= numTriggers; t++ {
			if rs.includes(t) && trig[t] == 0 && couldFire(t, crit, count) {
				f := ruleTriggerUnanswered.Finding("triggers")
				f.Text = detailed(f.Text, labels(t), gdpr.Text{})
				out = append(out, f)
			}
		}
	}
	return out
}

// couldFire reports whether t, answered yes, would fire given the criteria:
// every criterion it builds on is met and, where it needs one, another
// criterion is met too.
func couldFire(t Trigger, crit *[numCriteria + 1]Answer, count int) bool {
	info := &triggerTable[t]
	for _, c := range info.implies {
		if c != 0 && !crit[c].Met() {
			return false
		}
	}
	return !info.needsOther || count >= 2
}

// labeled is a value with Danish and English labels.
type labeled interface{ Label(language.Tag) string }

// labels returns both labels of v.
func labels(v labeled) gdpr.Text {
	return gdpr.Text{Da: v.Label(language.Danish), En: v.Label(language.English)}
}

// detailed makes a finding's text specific: "prefix: text suffix" in both
// languages (an empty suffix is left out).
func detailed(text, prefix, suffix gdpr.Text) gdpr.Text {
	join := func(p, t, s string) string {
		out := p + ": " + t
		if s != "" {
			out += " " + s
		}
		return out
	}
	return gdpr.Text{Da: join(prefix.Da, text.Da, suffix.Da), En: join(prefix.En, text.En, suffix.En)}
}
