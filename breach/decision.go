package breach

import (
	"time"

	"github.com/dkgdpr/gdpr"
	"golang.org/x/text/language"
)

// Decision is what the law asks of the controller for one breach (GDPR
// art. 33 and 34), with the reasons that led to it.
type Decision struct {
	// Risk is the outcome of the risk test the decision rests on.
	Risk Risk `json:"risk"`
	// Assessed reports that the controller set the risk on the incident;
	// otherwise it comes from the severity through the policy, or, when
	// that cannot be computed, from the rule "when in doubt, notify".
	Assessed bool `json:"assessed"`
	// Score is the ENISA severity, when it could be computed.
	Score Score `json:"score,omitzero"`

	// NotifyAuthority reports that Datatilsynet must be notified (art.
	// 33(1)); otherwise the breach is only documented (art. 33(5)).
	NotifyAuthority bool `json:"notifyAuthority"`
	// Deadline is AwareAt + 72 hours when the authority must be notified.
	Deadline time.Time `json:"deadline,omitzero"`

	// InformSubjects reports that the data subjects must be told (art.
	// 34(1)), directly or, with PublicCommunication, by a public
	// communication.
	InformSubjects bool `json:"informSubjects"`
	// PublicCommunication reports that a public communication replaces the
	// direct one because of disproportionate effort (art. 34(3)(c)).
	PublicCommunication bool `json:"publicCommunication"`
	// AllPotentiallyAffected reports that the people actually affected
	// cannot be pinned down, so everyone potentially affected must be told
	// (Datatilsynet's guidance on personal data breaches).
	AllPotentiallyAffected bool `json:"allPotentiallyAffected"`
	// Exceptions are the art. 34(3) exceptions that apply.
	Exceptions []Exception `json:"exceptions,omitempty"`

	// Reasons explain the decision, in order, each with its rule and legal
	// reference.
	Reasons []gdpr.Reason `json:"reasons"`
}

// Unassessed reports that neither the controller's risk nor the severity
// was available, so the decision rests on "when in doubt, notify".
func (d Decision) Unassessed() bool { return !d.Assessed && !d.Score.Level.Valid() }

// Explain gives the reasons as lines in Danish or English, each ending
// with its legal reference.
func (d Decision) Explain(tag language.Tag) []string {
	out := make([]string, 0, len(d.Reasons))
	for _, r := range d.Reasons {
		out = append(out, r.Text.In(tag)+" ("+r.Reference.In(tag)+")")
	}
	return out
}

// Decide says what the law asks for inc under p:
//
//   - The risk: the controller's own ([Incident.Risk]) when set; else the
//     ENISA severity mapped by p; else, when the severity cannot be
//     computed yet, a risk: when in doubt, notify (Datatilsynet's low
//     threshold).
//   - Art. 33(1): notify Datatilsynet within 72 hours of awareness when
//     there is a risk; otherwise only document (art. 33(5)).
//   - Art. 34: tell the data subjects without undue delay when the risk is
//     high, unless the data were unintelligible (34(3)(a); not when the
//     breach also lost integrity or availability, which unintelligibility
//     does not address) or later measures removed the high risk
//     (34(3)(b)); when telling each would take disproportionate effort, a
//     public communication instead (34(3)(c)). When the people affected
//     cannot be pinned down, all potentially affected are told.
//
// The incident need not be valid or complete: a decision is needed early,
// and it says what it rests on. The error is only for an invalid policy.
func (p Policy) Decide(inc Incident) (Decision, error) {
	if err := p.Validate(); err != nil {
		return Decision{}, err
	}
	var d Decision
	var scoreErr error
	d.Risk, d.Score, scoreErr = p.risk(inc)
	switch {
	case inc.Risk.Valid():
		d.Assessed = true
		d.add("breach.risk_assessed", "GDPR art. 33(1), 34(1)", gdpr.Text{
			Da: "Den dataansvarlige har vurderet risikoen for de registrerede: " + lower(inc.Risk.Label(language.Danish)),
			En: "The controller assessed the risk to the data subjects: " + lower(inc.Risk.Label(language.English)),
		})
	case scoreErr == nil:
		d.add("breach.severity", "ENISA 2013 severity method; local policy", gdpr.Text{
			Da: "Alvorligheden efter ENISA-metoden er " + lower(d.Score.Level.Label(language.Danish)) + " (SE " + formatDecimal(d.Score.SE, language.Danish) + "); efter politikken svarer det til: " + lower(d.Risk.Label(language.Danish)),
			En: "The severity by ENISA's method is " + lower(d.Score.Level.Label(language.English)) + " (SE " + d.Score.SE.String() + "); under the policy that means: " + lower(d.Risk.Label(language.English)),
		})
	default:
		d.add("breach.when_in_doubt", "GDPR art. 33(1); Datatilsynet's guidance on personal data breaches", gdpr.Text{
			Da: "Risikoen er ikke vurderet, og alvorligheden kan endnu ikke beregnes: er man i tvivl, anmeldes bruddet (Datatilsynets tærskel for risiko er meget lav)",
			En: "The risk is not assessed and the severity cannot be computed yet: when in doubt, notify (Datatilsynet's threshold for risk is very low)",
		})
	}

	// Art. 33.
	if d.Risk >= RiskLikely {
		d.NotifyAuthority = true
		d.Deadline = inc.NotificationDeadline()
		text := gdpr.Text{
			Da: "Anmeld bruddet til Datatilsynet uden unødig forsinkelse og senest 72 timer efter kendskab til det",
			En: "Notify Datatilsynet without undue delay and within 72 hours of becoming aware",
		}
		if !d.Deadline.IsZero() {
			text.Da += ": senest " + formatInstant(d.Deadline, language.Danish)
			text.En += ": by " + formatInstant(d.Deadline, language.English)
		}
		d.add("breach.notify", "GDPR art. 33(1)", text)
	} else {
		d.add("breach.document_only", "GDPR art. 33(1), 33(5)", gdpr.Text{
			Da: "Bruddet indebærer sandsynligvis ikke en risiko for de registrerede: det anmeldes ikke, men begrundelsen dokumenteres",
			En: "The breach is unlikely to result in a risk to the data subjects: it is not notified, but the reasoning is documented",
		})
	}
	d.add("breach.document", "GDPR art. 33(5)", gdpr.Text{
		Da: "Dokumentér bruddet i fortegnelsen over brud: de faktiske omstændigheder, virkningerne og de afhjælpende foranstaltninger",
		En: "Document the breach in the breach log: the facts, its effects and the remedial action taken",
	})

	// Art. 34.
	if d.Risk < RiskHigh {
		d.add("breach.no_high_risk", "GDPR art. 34(1)", gdpr.Text{
			Da: "Bruddet indebærer ikke en høj risiko: de registrerede skal ikke underrettes",
			En: "The breach does not result in a high risk: the data subjects need not be told",
		})
		return d, nil
	}
	unintelligible := inc.Unintelligible && !inc.lostBeyondConfidentiality()
	if unintelligible {
		d.Exceptions = append(d.Exceptions, Unintelligible)
	}
	if inc.HighRiskRemoved {
		d.Exceptions = append(d.Exceptions, RiskRemoved)
	}
	if inc.DisproportionateEffort {
		d.Exceptions = append(d.Exceptions, DisproportionateEffort)
	}
	if inc.Unintelligible && !unintelligible {
		d.add("breach.unintelligible_confidentiality_only", Unintelligible.Reference()+"; EDPB Guidelines 9/2022", gdpr.Text{
			Da: "At oplysningerne var uforståelige for uvedkommende, fjerner ikke risikoen ved, at de er ændret eller gået tabt: undtagelsen gælder ikke for bruddet på integriteten eller tilgængeligheden",
			En: "That the data were unintelligible to unauthorised persons does not remove the risk of their being altered or lost: the exception does not cover the loss of integrity or availability",
		})
	}
	switch {
	case unintelligible:
		d.add("breach.unintelligible", Unintelligible.Reference(), gdpr.Text{
			Da: "Oplysningerne var uforståelige for uvedkommende (fx krypteret med en nøgle, der ikke er kompromitteret): de registrerede skal ikke underrettes",
			En: "The data were unintelligible to unauthorised persons (e.g. encrypted with a key that was not compromised): the data subjects need not be told",
		})
	case inc.HighRiskRemoved:
		d.add("breach.risk_removed", RiskRemoved.Reference(), gdpr.Text{
			Da: "Efterfølgende foranstaltninger sikrer, at den høje risiko sandsynligvis ikke længere vil opstå: de registrerede skal ikke underrettes",
			En: "Later measures ensure that the high risk is no longer likely to materialise: the data subjects need not be told",
		})
	default:
		d.InformSubjects = true
		if inc.DisproportionateEffort {
			d.PublicCommunication = true
			d.add("breach.public_communication", DisproportionateEffort.Reference(), gdpr.Text{
				Da: "Bruddet indebærer sandsynligvis en høj risiko, men at underrette hver enkelt kræver en uforholdsmæssig indsats: foretag i stedet en offentlig meddelelse, der informerer de registrerede lige så effektivt",
				En: "The breach is likely to result in a high risk, but telling each person would take disproportionate effort: make a public communication instead that informs them as effectively",
			})
		} else {
			d.add("breach.inform_subjects", "GDPR art. 34(1)", gdpr.Text{
				Da: "Bruddet indebærer sandsynligvis en høj risiko: underret de registrerede uden unødig forsinkelse, så de kan beskytte sig",
				En: "The breach is likely to result in a high risk: tell the data subjects without undue delay so they can protect themselves",
			})
		}
		if inc.SubjectsUnidentified {
			d.AllPotentiallyAffected = true
			d.add("breach.all_potentially_affected", "GDPR art. 34(1); Datatilsynet's guidance on personal data breaches", gdpr.Text{
				Da: "De berørte kan ikke udpeges præcist: alle potentielt berørte registrerede skal underrettes, dvs. alle, der kan identificeres ud fra de kompromitterede oplysninger",
				En: "The people affected cannot be pinned down: everyone potentially affected must be told, that is everyone identifiable from the compromised data",
			})
		}
		d.add("breach.communication_content", "GDPR art. 34(2)", gdpr.Text{
			Da: "Underretningen beskriver bruddet i et klart og enkelt sprog og angiver mindst kontaktpunktet (fx databeskyttelsesrådgiveren), de sandsynlige konsekvenser og de trufne foranstaltninger",
			En: "The communication describes the breach in clear and plain language and gives at least the contact point (e.g. the DPO), the likely consequences and the measures taken",
		})
	}
	return d, nil
}

// lostBeyondConfidentiality reports whether the breach also lost integrity
// or availability in a way that counts (ENISA CB above 0): altered data
// possibly used harmfully, or data unavailable for a while or for good.
// Making data unintelligible to unauthorised persons (art. 34(3)(a)) is a
// confidentiality measure and does not address that loss (EDPB Guidelines
// 9/2022: encrypted data without a backup are still lost).
func (inc Incident) lostBeyondConfidentiality() bool {
	return inc.Integrity.Points().IsPositive() || inc.Availability.Points().IsPositive()
}

func (d *Decision) add(rule, ref string, text gdpr.Text) {
	d.Reasons = append(d.Reasons, gdpr.Reason{Rule: rule, Reference: gdpr.Cite(ref), Text: text})
}

// risk returns the risk test's outcome for inc under p (which must be
// valid), with the severity when it can be computed: the controller's risk
// when set, else the severity's through p, else a risk (when in doubt,
// notify).
func (p Policy) risk(inc Incident) (Risk, Score, error) {
	score, err := inc.Severity()
	switch {
	case inc.Risk.Valid():
		return inc.Risk, score, err
	case err == nil:
		return p.RiskOf(score.Level), score, nil
	}
	return RiskLikely, score, err
}
