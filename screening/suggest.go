package screening

import (
	"strconv"
	"strings"

	"github.com/dkgdpr/gdpr"
	"golang.org/x/text/language"
)

// Suggestion is an answer to one criterion or one trigger proposed from the
// [Facts] of a processing, with the reasons, for a person to confirm.
// Exactly one of Criterion and Trigger is set.
//
// Suggestions say Yes where the facts clearly meet the question, DontKnow
// where the facts point that way but a person must judge (or the facts are
// missing), and No where the facts show nothing that meets it.
type Suggestion struct {
	// Criterion is the criterion the suggestion answers, or zero.
	Criterion Criterion `json:"criterion,omitempty"`
	// Trigger is the trigger the suggestion answers, or zero.
	Trigger Trigger `json:"trigger,omitempty"`
	// Answer is the suggested answer: Yes, No or DontKnow.
	Answer Answer `json:"answer"`
	// Reasons say, in Danish and English, which facts led to the answer.
	Reasons []gdpr.Text `json:"reasons"`
}

// Suggest proposes an answer with reasons to each of the nine criteria (in
// order; a screening without the ninth ignores it) and each trigger (in
// order), from the facts of a processing under policy p. Large scale
// compares Facts.SubjectsPerYear with the policy's threshold (default
// [DefaultLargeScaleSubjects]). Invalid facts or an invalid policy are an
// error (gdpr.Problems with paths under "facts" and "policy").
//
// Suggestions are proposals: [Screening.Prefill] fills them in only where
// no person has answered, and [Disagreements] reports where a person's "no"
// goes against a suggestion.
func (p Policy) Suggest(f Facts) ([]Suggestion, error) {
	var ps gdpr.Problems
	ps.Merge("facts", f.Validate())
	ps.Merge("policy", p.Validate())
	if err := ps.Err(); err != nil {
		return nil, err
	}
	v := newView(f, p)
	out := make([]Suggestion, 0, numCriteria+numTriggers)
	for c := Criterion(1); c <= numCriteria; c++ {
		b := v.criterion(c)
		out = append(out, Suggestion{Criterion: c, Answer: b.answer, Reasons: b.reasons})
	}
	for t := Trigger(1); t <= numTriggers; t++ {
		b := v.trigger(t)
		out = append(out, Suggestion{Trigger: t, Answer: b.answer, Reasons: b.reasons})
	}
	return out, nil
}

// Suggest proposes answers from f under the default policy: it is exactly
// Policy{}.Suggest(f).
func (f Facts) Suggest() ([]Suggestion, error) { return Policy{}.Suggest(f) }

// view is what Suggest reads from the facts.
type view struct {
	f         Facts
	threshold int
	tech      [gdpr.Combination + 1]bool
	// labels of the data processed per tier: type labels, or the tier's
	// own label for a bare category.
	tier      [gdpr.Criminal + 1]gdpr.Text
	knownData bool
	biometric bool
	genetic   bool
}

func newView(f Facts, p Policy) *view {
	v := &view{f: f, threshold: p.largeScale()}
	for _, t := range f.Technologies {
		if t.Valid() {
			v.tech[t] = true
		}
	}
	add := func(c gdpr.DataCategory, da, en string) {
		v.knownData = true
		l := &v.tier[c]
		if l.Da != "" {
			l.Da += ", "
			l.En += ", "
		}
		l.Da += da
		l.En += en
	}
	for i, t := range f.DataTypes {
		if indexOf(f.DataTypes[:i], func(u gdpr.DataType) bool { return u == t }) >= 0 {
			continue
		}
		add(t.Category(), t.Label(language.Danish), t.Label(language.English))
		v.biometric = v.biometric || t == gdpr.Biometric
		v.genetic = v.genetic || t == gdpr.Genetic
	}
	for _, c := range f.Categories {
		// A tier already named by its types (or listed before) adds nothing.
		if v.tier[c].Da == "" {
			add(c, c.Label(language.Danish), c.Label(language.English))
		}
	}
	return v
}

// builder collects the strongest answer and the reasons for it.
type builder struct {
	answer  Answer
	reasons []gdpr.Text
}

// strength ranks answers for suggestions: a reason for yes outweighs one
// for don't know, which outweighs one for no.
var strength = [...]int{0, 4, 1, 3, 2}

func (b *builder) add(a Answer, da, en string) {
	t := gdpr.Text{Da: da, En: en}
	switch {
	case strength[a] > strength[b.answer]:
		b.answer, b.reasons = a, []gdpr.Text{t}
	case a == b.answer:
		b.reasons = append(b.reasons, t)
	}
}

// otherwise answers no with the reason given, if nothing else was said.
func (b *builder) otherwise(da, en string) builder {
	if b.answer == 0 {
		b.add(No, da, en)
	}
	return *b
}

func (v *view) criterion(c Criterion) builder {
	var b builder
	f := v.f
	switch c {
	case Evaluation:
		if f.AutomatedDecisions {
			b.add(Yes, "Der træffes automatiske afgørelser eller afgørelser på baggrund af profilering (skabelonens spørgsmål 3.1), og de bygger på en evaluering af de registrerede.",
				"Automated decisions or decisions based on profiling are made (template question 3.1), and they rest on an evaluation of the data subjects.")
		}
		if v.tech[gdpr.AI] {
			b.add(DontKnow, "Der anvendes kunstig intelligens (2.10), som ofte analyserer, klassificerer eller forudsiger; bekræft, om løsningen evaluerer de registrerede.",
				"Artificial intelligence is used (2.10), which often analyses, classifies or predicts; confirm whether it evaluates the data subjects.")
		}
		if v.tech[gdpr.TrackingData] || v.tech[gdpr.Tracking] {
			b.add(DontKnow, "Der anvendes tracking eller sporing af adfærd eller resultater (2.1, 2.8), som kan bruges til profilering.",
				"Tracking of behaviour or results is used (2.1, 2.8), which can serve profiling.")
		}
		return b.otherwise("Oplysningerne om behandlingen nævner hverken profilering, automatiske afgørelser, kunstig intelligens eller sporing.",
			"The facts of the processing mention no profiling, automated decisions, artificial intelligence or tracking.")
	case AutomatedDecision:
		if f.AutomatedDecisions {
			b.add(Yes, "Der træffes automatiske afgørelser eller afgørelser på baggrund af profilering (3.1); en myndigheds afgørelser har retsvirkning for de registrerede.",
				"Automated decisions or decisions based on profiling are made (3.1); an authority's decisions have legal effect for the data subjects.")
		}
		if v.tech[gdpr.AI] {
			b.add(DontKnow, "Der anvendes kunstig intelligens (2.10); bekræft, om den træffer eller forbereder afgørelser om de registrerede.",
				"Artificial intelligence is used (2.10); confirm whether it makes or prepares decisions about the data subjects.")
		}
		return b.otherwise("Oplysningerne om behandlingen nævner ingen automatiske afgørelser.",
			"The facts of the processing mention no automated decisions.")
	case Monitoring:
		if v.tech[gdpr.TrackingData] {
			b.add(Yes, "Der indsamles tracking- eller overvågningsdata (2.1).", "Tracking or monitoring data are collected (2.1).")
		}
		if v.tech[gdpr.CCTV] {
			b.add(Yes, "Der anvendes tv-overvågning (2.7).", "CCTV is used (2.7).")
		}
		if v.tech[gdpr.Tracking] {
			b.add(DontKnow, "Der anvendes sporing (2.8); sporing af position, adfærd eller resultater er systematisk overvågning, almindelig sikkerhedslogning er det som regel ikke.",
				"Tracking is used (2.8); tracking of position, behaviour or results is systematic monitoring, ordinary security logging usually is not.")
		}
		if v.tech[gdpr.IoT] {
			b.add(DontKnow, "Der anvendes IoT eller anden ny teknologi (2.11), som kan indsamle oplysninger om de registrerede løbende.",
				"IoT or other new technology is used (2.11), which may collect data about the data subjects continuously.")
		}
		return b.otherwise("Oplysningerne om behandlingen nævner hverken overvågning, tracking eller sporing.",
			"The facts of the processing mention no monitoring, tracking or CCTV.")
	case SensitiveData:
		if l := v.tier[gdpr.Sensitive]; l.Da != "" {
			b.add(Yes, "Der behandles følsomme personoplysninger (GDPR art. 9): "+l.Da+".", "Special categories of data are processed (GDPR art. 9): "+l.En+".")
		}
		if l := v.tier[gdpr.Criminal]; l.Da != "" {
			b.add(Yes, "Der behandles oplysninger om strafbare forhold (GDPR art. 10): "+l.Da+".", "Criminal offence data are processed (GDPR art. 10): "+l.En+".")
		}
		if l := v.tier[gdpr.Confidential]; l.Da != "" {
			b.add(Yes, "Der behandles fortrolige oplysninger: "+l.Da+"; kriteriet omfatter oplysninger af fortrolig karakter.",
				"Confidential data are processed: "+l.En+"; the criterion includes data of a confidential nature.")
		}
		if v.tech[gdpr.Biometrics] {
			b.add(Yes, "Der anvendes biometri (2.9), som behandler biometriske data.", "Biometrics are used (2.9), which process biometric data.")
		}
		if v.tech[gdpr.Tracking] {
			b.add(DontKnow, "Sporing (2.8) kan omfatte lokaliseringsdata, som er oplysninger af personlig karakter.",
				"Tracking (2.8) may involve location data, which are data of a highly personal nature.")
		}
		if !v.knownData {
			b.add(DontKnow, "Oplysningerne om behandlingen angiver ikke, hvilke personoplysninger der behandles (1.1).",
				"The facts of the processing do not say which personal data are processed (1.1).")
		}
		return b.otherwise("Der behandles kun almindelige personoplysninger.", "Only ordinary personal data are processed.")
	case LargeScale:
		n, limit := f.SubjectsPerYear, v.threshold
		switch {
		case n == 0:
			b.add(DontKnow, "Antallet af berørte personer om året er ikke oplyst (4.1).", "The number of people affected a year is not stated (4.1).")
		case n >= limit:
			b.add(Yes, "Behandlingen berører ca. "+count(n, '.')+" personer om året (4.1), mindst grænsen for stort omfang på "+count(limit, '.')+" registrerede om året.",
				"About "+count(n, ',')+" people a year are affected (4.1), at least the large-scale threshold of "+count(limit, ',')+" data subjects a year.")
		default:
			b.add(No, "Behandlingen berører ca. "+count(n, '.')+" personer om året (4.1), under grænsen for stort omfang på "+count(limit, '.')+"; vurder også mængden af oplysninger, varigheden og det geografiske omfang.",
				"About "+count(n, ',')+" people a year are affected (4.1), below the large-scale threshold of "+count(limit, ',')+"; consider also the volume of data, the duration and the geographical extent.")
		}
		return b
	case Matching:
		if v.tech[gdpr.Combination] {
			b.add(Yes, "Personoplysningerne kombineres eller matches med oplysninger fra andre systemer og kilder (2.14).",
				"The data are combined or matched with data from other systems and sources (2.14).")
		}
		return b.otherwise("Oplysningerne om behandlingen nævner ingen kombination med andre kilder.",
			"The facts of the processing mention no combining with other sources.")
	case VulnerableSubjects:
		var da, en []string
		for _, s := range f.Subjects {
			if s.Vulnerable {
				da = append(da, s.Label(language.Danish))
				en = append(en, s.Label(language.English))
			}
		}
		switch {
		case len(da) > 0:
			b.add(Yes, "De registrerede omfatter en sårbar gruppe: "+strings.Join(da, ", ")+".",
				"The data subjects include a vulnerable group: "+strings.Join(en, ", ")+".")
		case len(f.Subjects) == 0:
			b.add(DontKnow, "Oplysningerne om behandlingen angiver ikke kategorierne af registrerede (1.1).",
				"The facts of the processing do not list the categories of data subjects (1.1).")
		default:
			b.add(No, "Ingen af kategorierne af registrerede er markeret som sårbare.", "None of the categories of data subjects is marked vulnerable.")
		}
		return b
	case InnovativeUse:
		return v.innovative()
	case PreventsRights:
		if f.AutomatedDecisions {
			b.add(DontKnow, "Der træffes automatiske afgørelser eller afgørelser på baggrund af profilering (3.1); bekræft, om de kan afskære de registrerede fra en rettighed, en tjeneste eller en kontrakt.",
				"Automated decisions or decisions based on profiling are made (3.1); confirm whether they can keep data subjects from a right, a service or a contract.")
		}
		return b.otherwise("Oplysningerne om behandlingen nævner ingen afgørelser om de registreredes adgang til rettigheder, tjenester eller kontrakter.",
			"The facts of the processing mention no decisions on the data subjects' access to rights, services or contracts.")
	}
	return b
}

// innovative suggests criterion 8 and the trigger for innovative
// technology alike: the template names AI, biometrics and apps.
func (v *view) innovative() builder {
	var b builder
	if v.tech[gdpr.AI] {
		b.add(Yes, "Der anvendes kunstig intelligens (2.10).", "Artificial intelligence is used (2.10).")
	}
	if v.tech[gdpr.Biometrics] {
		b.add(Yes, "Der anvendes biometri (2.9).", "Biometrics are used (2.9).")
	}
	if v.tech[gdpr.IoT] {
		b.add(Yes, "Der anvendes IoT eller anden ny teknologi (2.11).", "IoT or other new technology is used (2.11).")
	}
	if v.tech[gdpr.MobileApps] {
		b.add(DontKnow, "Der anvendes apps på mobile enheder (2.12), som skabelonen nævner som ny teknologi; bekræft, om brugen er ny.",
			"Apps on mobile devices are used (2.12), which the template names as new technology; confirm whether the use is new.")
	}
	if v.tech[gdpr.OtherTechnology] {
		b.add(DontKnow, "Der anvendes andre særlige teknologiformer (2.13).", "Other special technologies are used (2.13).")
	}
	if v.tech[gdpr.SocialMedia] {
		b.add(DontKnow, "Der anvendes sociale medier (2.6).", "Social media are used (2.6).")
	}
	return b.otherwise("Oplysningerne om behandlingen nævner ingen ny teknologi.", "The facts of the processing mention no new technology.")
}

func (v *view) trigger(t Trigger) builder {
	var b builder
	f := v.f
	switch t {
	case ExtensiveProfiling:
		if f.AutomatedDecisions {
			b.add(DontKnow, "Der træffes automatiske afgørelser eller afgørelser på baggrund af profilering (3.1); bekræft, om de bygger på en systematisk og omfattende vurdering af personlige forhold.",
				"Automated decisions or decisions based on profiling are made (3.1); confirm whether they rest on a systematic and extensive evaluation of personal aspects.")
		}
		return b.otherwise("Oplysningerne om behandlingen nævner ingen automatiske afgørelser eller profilering.",
			"The facts of the processing mention no automated decisions or profiling.")
	case LargeScaleSpecialData:
		special := v.tier[gdpr.Sensitive].Da != "" || v.tier[gdpr.Criminal].Da != ""
		n, limit := f.SubjectsPerYear, v.threshold
		switch {
		case !v.knownData:
			b.add(DontKnow, "Oplysningerne om behandlingen angiver ikke, hvilke personoplysninger der behandles (1.1).",
				"The facts of the processing do not say which personal data are processed (1.1).")
		case !special:
			b.add(No, "Der behandles hverken følsomme personoplysninger eller oplysninger om strafbare forhold.",
				"Neither special categories of data nor criminal offence data are processed.")
		case n == 0:
			b.add(DontKnow, "Der behandles følsomme personoplysninger eller oplysninger om strafbare forhold, men antallet af berørte personer om året er ikke oplyst (4.1).",
				"Special categories of data or criminal offence data are processed, but the number of people affected a year is not stated (4.1).")
		case n >= limit:
			b.add(Yes, "Der behandles følsomme personoplysninger eller oplysninger om strafbare forhold om ca. "+count(n, '.')+" personer om året, mindst grænsen for stort omfang på "+count(limit, '.')+".",
				"Special categories of data or criminal offence data are processed about some "+count(n, ',')+" people a year, at least the large-scale threshold of "+count(limit, ',')+".")
		default:
			b.add(No, "Der behandles følsomme personoplysninger eller oplysninger om strafbare forhold om ca. "+count(n, '.')+" personer om året, under grænsen for stort omfang på "+count(limit, '.')+".",
				"Special categories of data or criminal offence data are processed about some "+count(n, ',')+" people a year, below the large-scale threshold of "+count(limit, ',')+".")
		}
		return b
	case PublicMonitoring:
		n, limit := f.SubjectsPerYear, v.threshold
		switch {
		case !v.tech[gdpr.CCTV]:
			b.add(No, "Der anvendes ikke tv-overvågning (2.7).", "No CCTV is used (2.7).")
		case n != 0 && n < limit:
			b.add(No, "Der anvendes tv-overvågning (2.7), men under grænsen for stort omfang på "+count(limit, '.')+" personer om året.",
				"CCTV is used (2.7), but below the large-scale threshold of "+count(limit, ',')+" people a year.")
		default:
			b.add(DontKnow, "Der anvendes tv-overvågning (2.7); bekræft, om den dækker et offentligt tilgængeligt område i stort omfang.",
				"CCTV is used (2.7); confirm whether it covers a publicly accessible area on a large scale.")
		}
		return b
	case BiometricIdentification:
		if v.tech[gdpr.Biometrics] {
			b.add(Yes, "Der anvendes biometri (2.9), f.eks. ansigtsgenkendelse eller fingeraflæsning, som identificerer personer.",
				"Biometrics are used (2.9), e.g. face recognition or fingerprint readers, which identify people.")
		}
		if v.biometric {
			b.add(DontKnow, "Der behandles biometriske data; bekræft, om de bruges til entydig identifikation.",
				"Biometric data are processed; confirm whether they serve to identify people uniquely.")
		}
		return b.otherwise("Oplysningerne om behandlingen nævner hverken biometri eller biometriske data.",
			"The facts of the processing mention neither biometrics nor biometric data.")
	case GeneticData:
		switch {
		case v.genetic:
			b.add(Yes, "Der behandles genetiske data.", "Genetic data are processed.")
		case !v.knownData:
			b.add(DontKnow, "Oplysningerne om behandlingen angiver ikke, hvilke personoplysninger der behandles (1.1).",
				"The facts of the processing do not say which personal data are processed (1.1).")
		default:
			b.add(No, "Der behandles ikke genetiske data.", "No genetic data are processed.")
		}
		return b
	case LocationData:
		if v.tech[gdpr.Tracking] {
			b.add(DontKnow, "Der anvendes sporing (2.8), f.eks. GPS; bekræft, om der behandles lokaliseringsdata.",
				"Tracking is used (2.8), e.g. GPS; confirm whether location data are processed.")
		}
		return b.otherwise("Oplysningerne om behandlingen nævner ingen sporing eller GPS.", "The facts of the processing mention no tracking or GPS.")
	case InnovativeTechnology:
		return v.innovative()
	case AccessDecision:
		if f.AutomatedDecisions {
			b.add(DontKnow, "Der træffes automatiske afgørelser eller afgørelser på baggrund af profilering (3.1); bekræft, om de gælder adgang eller ret til et produkt, en tjeneste, en mulighed eller en fordel.",
				"Automated decisions or decisions based on profiling are made (3.1); confirm whether they concern access or entitlement to a product, service, opportunity or benefit.")
		}
		return b.otherwise("Oplysningerne om behandlingen nævner ingen automatiske afgørelser.", "The facts of the processing mention no automated decisions.")
	}
	return b
}

// count formats n with a thousands separator: 12.000 in Danish, 12,000 in
// English.
func count(n int, sep byte) string {
	s := strconv.Itoa(n)
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	lead := len(s) % 3
	if lead == 0 {
		lead = 3
	}
	b.WriteString(s[:lead])
	for i := lead; i < len(s); i += 3 {
		b.WriteByte(sep)
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// Prefill returns a copy of s with each question that no person has
// answered filled in from sugs: the suggested answer, the reasons in the
// language of tag as justification (unless one is written already), and
// Suggested set, so that [Screening.Validate] asks a person to confirm
// it. An answer a person gave is never changed; an earlier unconfirmed
// suggestion is replaced. Suggestions for the ninth criterion when s does
// not ask it, and for triggers outside its rule set, are left out. s itself
// is not modified.
func (s Screening) Prefill(sugs []Suggestion, tag language.Tag) Screening {
	out := s
	out.Answers = append([]CriterionAnswer(nil), s.Answers...)
	out.Triggers = append([]TriggerAnswer(nil), s.Triggers...)
	rs := s.ruleSet()
	for _, g := range sugs {
		if !g.Answer.Valid() {
			continue
		}
		why := justification(g.Reasons, tag)
		switch {
		case g.Criterion != 0:
			if !g.Criterion.Valid() || g.Criterion > s.numAsked() {
				continue
			}
			i := indexOf(out.Answers, func(a CriterionAnswer) bool { return a.Criterion == g.Criterion })
			if i < 0 {
				out.Answers = append(out.Answers, CriterionAnswer{Criterion: g.Criterion})
				i = len(out.Answers) - 1
			}
			a := &out.Answers[i]
			fill(&a.Answer, &a.Justification, &a.Suggested, g.Answer, why)
		case g.Trigger != 0:
			if !rs.includes(g.Trigger) {
				continue
			}
			i := indexOf(out.Triggers, func(a TriggerAnswer) bool { return a.Trigger == g.Trigger })
			if i < 0 {
				out.Triggers = append(out.Triggers, TriggerAnswer{Trigger: g.Trigger})
				i = len(out.Triggers) - 1
			}
			a := &out.Triggers[i]
			fill(&a.Answer, &a.Justification, &a.Suggested, g.Answer, why)
		}
	}
	return out
}

// fill puts a suggested answer with its justification into an answer that
// no person has given: one that is empty or an earlier suggestion. A
// justification a person wrote for an empty answer is kept.
func fill(answer *Answer, justification *gdpr.Personal, suggested *bool, a Answer, why string) {
	if *answer != 0 && !*suggested {
		return // a person's answer
	}
	if *suggested || justification.Blank() {
		*justification = gdpr.NewPersonal(why)
	}
	*answer, *suggested = a, true
}

// Disagreements reports, as findings of rule screening.suggestion_disagrees,
// each question a person answered "no" where a suggestion says yes or
// partly. The person's answer stands; the finding asks for its
// justification to be checked. The path names the answer
// ("answers[3].answer").
//
// The result is never nil: no disagreement is an empty list.
func Disagreements(s Screening, sugs []Suggestion) []gdpr.Finding {
	out := []gdpr.Finding{}
	for _, g := range sugs {
		if g.Answer != Yes && g.Answer != Partly {
			continue
		}
		var path string
		var label gdpr.Text
		switch {
		case g.Criterion != 0:
			i := indexOf(s.Answers, func(a CriterionAnswer) bool { return a.Criterion == g.Criterion })
			if i < 0 || s.Answers[i].Answer != No || s.Answers[i].Suggested {
				continue
			}
			path, label = at("answers", i, "answer"), labels(g.Criterion)
		case g.Trigger != 0:
			i := indexOf(s.Triggers, func(a TriggerAnswer) bool { return a.Trigger == g.Trigger })
			if i < 0 || s.Triggers[i].Answer != No || s.Triggers[i].Suggested {
				continue
			}
			path, label = at("triggers", i, "answer"), labels(g.Trigger)
		default:
			continue
		}
		f := ruleSuggestionDisagrees.Finding(path)
		f.Text = detailed(f.Text, label, gdpr.Text{
			Da: "Forslagets begrundelse: " + justification(g.Reasons, language.Danish),
			En: "The suggestion's reasons: " + justification(g.Reasons, language.English),
		})
		out = append(out, f)
	}
	return out
}

// justification joins reasons in the language of tag.
func justification(reasons []gdpr.Text, tag language.Tag) string {
	parts := make([]string, len(reasons))
	for i, r := range reasons {
		parts[i] = r.In(tag)
	}
	return strings.Join(parts, " ")
}

// indexOf returns the index of the first element of s matching, or -1.
func indexOf[E any](s []E, match func(E) bool) int {
	for i, e := range s {
		if match(e) {
			return i
		}
	}
	return -1
}
