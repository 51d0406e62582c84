// Package screening decides whether a processing of personal data needs a
// data protection impact assessment (DPIA; konsekvensanalyse vedrørende
// databeskyttelse), as the screening table at the start of the municipal
// DPIA template does, and explains the decision.
//
// # What it models
//
// A [Screening] answers the template's eight [Criterion] values, in its
// order, each "yes", "no", "partly" or "don't know" ([Answer]) with a
// written justification (begrundelse):
//
//  1. evaluation or scoring, including profiling and prediction;
//  2. automated decisions with legal or similarly significant effect;
//  3. systematic monitoring;
//  4. sensitive data or data of a highly personal nature;
//  5. processing on a large scale;
//  6. matching or combining datasets;
//  7. data about vulnerable data subjects;
//  8. innovative use or new technological or organisational solutions.
//
// WP248 rev.01 (the EDPB-endorsed guidelines of the Article 29 Working
// Party) has a ninth, [PreventsRights]; the template's introduction speaks
// of nine criteria but its table lists eight, so the ninth is off unless a
// screening sets [Screening.NinthCriterion]. (Transfers to third countries,
// a criterion in the 2017 draft of the guidelines, are not one in rev.01.)
//
// Regardless of the count, GDPR art. 35(3) and the Danish supervisory
// authority's list under art. 35(4) (Datatilsynet, 28 January 2019) make a
// DPIA mandatory in some cases. They are [Trigger] values answered as
// inputs of their own: art. 35(3)(a)-(c); biometric data for unique
// identification, genetic data, location data and innovative technology,
// each with at least one other criterion; and decisions on access or
// entitlement ("adgang eller ret til") to a product, service, opportunity
// or benefit based on automated decision-making, the typical case for a
// municipality deciding on a benefit. The triggers a screening evaluates belong to a versioned
// [RuleSet] ([DK2019], code "dk-2019.1": the confirmed items of the list
// only), and a [Result] names the rule set that produced it, so it can be
// reproduced and re-evaluated when the list is completed.
//
// # The decision
//
// [Assess] gives a [Result]: Required when two or more criteria are met or
// any trigger fires, Recommended when exactly one is met (a decision not to
// carry out a DPIA must then be documented), NotRequired when none is.
// "Partly" and "don't know" count as met, as in OS2compliance's screening:
// uncertainty must not remove a DPIA; the result lists those criteria and
// says so. The result lists every rule that fired ([gdpr.Reason]: id,
// legal reference and text in Danish and English), the criteria met, and the template's
// conclusion sentence ("Af ovenstående analyse fremgår det, at to eller
// flere kriterier er opfyldte. Det er derfor vurderingen, at ...") in Danish
// and English. Compliance gaps are [gdpr.Finding] values in
// [Result.Findings], not errors: a DPIA declined without documented
// reasons, a presumed DPIA (two or more criteria) declined, whose reasons
// must be thorough, a mandatory DPIA declined, a missing decision, a trigger
// answered yes against a criterion answered no, a trigger left unanswered
// where its answer could change the result. [Screening.Check] returns the
// same findings, and reports a screening that does not validate as
// findings too. [Rules] lists their rules.
//
// An incomplete screening (a criterion unanswered, an answer without a
// justification, a suggestion nobody confirmed) is invalid input:
// [Screening.Validate] and [Assess] return gdpr.Problems naming each missing
// item, and errors.Is(err, gdpr.ErrInvalid) holds. [ParseJSON] decodes a
// stored screening, facts or policy strictly and validates it.
//
// # Suggestions from facts
//
// [Facts] describe a processing in the shared vocabulary (data types and
// tiers, data-subject categories, people a year, the [gdpr.Technology]
// values of the template's questions 2.1-2.14, automated decisions), so a record of
// processing activities can fill them. [Policy.Suggest] proposes an answer with
// reasons to every criterion and trigger, for a person to confirm.
// "Large scale" compares the number of people a year with a [Policy]
// threshold, a local choice: by default 10,000 data subjects a year, as the
// Dutch government's DPIA pre-scan uses; GDPR does not define it.
// [Screening.Prefill] fills in suggestions only where no person has
// answered, marked Suggested until confirmed; [Disagreements] reports each
// "no" a person gave where the facts suggest yes.
//
// # Zero values
//
// Every enumeration's zero value means "not set" and is not valid where a
// value is required. A Screening's zero RuleSet means [DefaultRuleSet]; a
// zero Decision means "not decided yet"; a zero [Policy] is the default
// policy. Zero Facts say nothing: [Policy.Suggest] then answers "don't know" where
// the facts would name the data, the data subjects or the number of people
// (criteria 4, 5 and 7), and "no" where they would list technologies or
// automated decisions, which it reads as none (each suggestion says so in
// its reason).
//
// # Usage
//
//	s := screening.Screening{Answers: []screening.CriterionAnswer{
//		{Criterion: screening.Evaluation, Answer: screening.No, Justification: gdpr.NewPersonal("Ingen profilering.")},
//		// ... one answer for each of the eight criteria
//	}}
//	r, err := screening.Assess(s)
//	if err != nil {
//		return err // incomplete: err lists each missing item
//	}
//	fmt.Println(r.Outcome.Label(language.Danish), r.Conclusion.Da)
//
// # Personal data
//
// A screening is about a processing, not about a person, but its free texts
// may still name or describe one: a justification ("the citizen in case
// 123 ..."), the reasons for a decision, who made it. Every such field
// (CriterionAnswer.Justification, TriggerAnswer.Justification,
// Screening.DecisionReason) is a [gdpr.Personal], under the module's
// redaction rule: in clear in JSON (storage), redacted in String, every fmt
// verb, log/slog (Screening, CriterionAnswer and TriggerAnswer implement
// slog.LogValuer; gdpr.RedactingHandler redacts them at any depth) and
// error messages. Codes (criteria, triggers, answers, decisions, rule
// sets), [Facts] and [Policy] hold no personal data and print as they are;
// [Suggestion] and [Result] hold only the library's own texts.
//
// Everything is pure and safe for concurrent use. What a function or
// method returns shares no memory with its receiver or arguments
// ([Screening.Prefill] copies the answers, a [Result] and the lists are
// fresh), so editing a result edits nothing else.
package screening

//go:generate go run github.com/dkgdpr/gdpr/internal/cmd/enumgen
