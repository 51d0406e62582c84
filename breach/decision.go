package breach

import (
	"strconv"
	"time"

	"github.com/dkgdpr/gdpr"
	"golang.org/x/text/language"
)

// Decision is what the law asks of the controller for one breach (GDPR
// art. 33 and 34), with the facts and factors that drove it and the
// reasons that led to it.
type Decision struct {
	// Risk is the outcome of the risk test the decision rests on.
	Risk Risk `json:"risk"`
	// Assessed reports that the controller set the risk on the incident
	// ([Incident.Risk]); otherwise the recorded facts and the factors of
	// the policy decide.
	Assessed bool `json:"assessed"`
	// Drivers are the recorded facts that showed no risk and the factors
	// that made the risk high, in the order of the constants; [] when none
	// held (a risk, not high: when in doubt, notify). With Assessed they
	// are what the factors show beside the controller's assessment.
	Drivers []Driver `json:"drivers"`
	// Score is ENISA's severity, when it could be computed: an aid reported
	// beside the factors, which drives the decision only through
	// [ENISAVeryHigh].
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
	// Ordered reports that Datatilsynet required the communication (art.
	// 34(4)).
	Ordered bool `json:"ordered"`
	// Exempted reports that an exemption under databeskyttelsesloven § 22
	// spares telling the data subjects of a high risk.
	Exempted bool `json:"exempted"`
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
// was available, so the decision rests on the recorded facts and on "when
// in doubt, notify".
func (d Decision) Unassessed() bool { return !d.Assessed && !d.Score.Level.Valid() }

// Held reports whether driver dr held for the decision.
func (d Decision) Held(dr Driver) bool { return indexOf(d.Drivers, dr) >= 0 }

// Explain gives the reasons as lines in Danish or English, each ending
// with its legal reference.
func (d Decision) Explain(tag language.Tag) []string {
	out := make([]string, 0, len(d.Reasons))
	for _, r := range d.Reasons {
		out = append(out, r.Text.In(tag)+" ("+r.Reference.In(tag)+")")
	}
	return out
}

// Decide decides a breach under the default policy: [Policy.Decide] of the
// zero Policy, which is always valid.
func (inc Incident) Decide() Decision {
	d, _ := Policy{}.Decide(inc)
	return d
}

// Decide says what the law asks for inc under p:
//
//   - Art. 33(1): Datatilsynet is notified within 72 hours of awareness
//     unless a recorded fact of p.NoRisk shows that the breach is unlikely
//     to result in a risk; then it is only documented (art. 33(5)). There
//     is no other way out: when in doubt, notify (Datatilsynet's very low
//     threshold).
//   - Art. 34(1): the risk is high when a factor of p.HighRisk holds (a
//     large number of people, special-category data, data enabling
//     identity fraud to unknown or malicious recipients, vulnerable people,
//     extensive data to unknown or malicious recipients, severe or
//     permanent harm, ENISA's very high severity); the data subjects are
//     then told without undue delay, unless the data were unintelligible
//     (34(3)(a); only for a loss of confidentiality) or later measures
//     removed the high risk (34(3)(b)), or an exemption under
//     databeskyttelsesloven § 22 applies; when telling each would take
//     disproportionate effort, a public communication instead (34(3)(c)).
//     When the people affected cannot be pinned down, all potentially
//     affected are told. An order of Datatilsynet (art. 34(4)) binds
//     whatever else holds.
//   - The controller may set the risk itself ([Incident.Risk]); it then
//     decides, and the drivers are reported beside it.
//
// ENISA's severity is computed when it can be and reported as an aid. The
// incident need not be valid or complete: a decision is needed early, and
// it says what it rests on. The error is only for an invalid policy.
func (p Policy) Decide(inc Incident) (Decision, error) {
	if err := p.Validate(); err != nil {
		return Decision{}, err
	}
	var d Decision
	score, scoreErr := inc.Severity()
	if scoreErr == nil {
		d.Score = score
	}
	risk, held := p.evaluate(&inc, score.Level, scoreErr == nil)
	d.Drivers = make([]Driver, 0, 4)
	for _, dr := range Drivers() {
		if held&(1<<dr) != 0 {
			d.Drivers = append(d.Drivers, dr)
		}
	}
	d.Risk = risk
	if inc.Risk.Valid() {
		d.Risk, d.Assessed = inc.Risk, true
		d.add("breach.risk_assessed", "GDPR art. 33(1), 34(1), 33(5)", gdpr.Text{
			Da: "Den dataansvarlige har vurderet risikoen for de registrerede: " + lower(inc.Risk.Label(language.Danish)) + "; faktorerne alene peger på: " + lower(risk.Label(language.Danish)),
			En: "The controller assessed the risk to the data subjects: " + lower(inc.Risk.Label(language.English)) + "; the factors alone point to: " + lower(risk.Label(language.English)),
		})
	}
	for _, dr := range d.Drivers {
		d.add("breach."+dr.String(), dr.Reference(), driverText(dr, &inc, p, score))
	}
	if !d.Assessed && risk == RiskLikely {
		d.add("breach.when_in_doubt", "GDPR art. 33(1); Datatilsynet's guidance on personal data breaches", gdpr.Text{
			Da: "Ingen registreret omstændighed viser, at bruddet sandsynligvis ikke indebærer en risiko, og ingen faktor gør risikoen høj: bruddet indebærer en risiko (Datatilsynets tærskel for risiko er meget lav)",
			En: "No recorded fact shows that the breach is unlikely to result in a risk, and no factor makes the risk high: the breach results in a risk (Datatilsynet's threshold for risk is very low)",
		})
	}
	if scoreErr == nil {
		d.add("breach.severity", "ENISA 2013 severity method", gdpr.Text{
			Da: "Alvorligheden efter ENISA-metoden er " + lower(d.Score.Level.Label(language.Danish)) + " (SE " + formatDecimal(d.Score.SE, language.Danish) + "); metoden er et hjælpemiddel til vurderingen, ikke selve testen",
			En: "The severity by ENISA's method is " + lower(d.Score.Level.Label(language.English)) + " (SE " + d.Score.SE.String() + "); the method is an aid to the assessment, not the test itself",
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
	d.decideCommunication(&inc)
	return d, nil
}

// decideCommunication fills in the part of art. 34.
func (d *Decision) decideCommunication(inc *Incident) {
	ordered := !inc.CommunicationOrderedAt.IsZero()
	if ordered {
		d.Ordered = true
		d.add("breach.communication_ordered", "GDPR art. 34(4)", gdpr.Text{
			Da: "Datatilsynet har påbudt, at de registrerede underrettes om bruddet: påbuddet gælder uanset den dataansvarliges egen vurdering",
			En: "Datatilsynet has required the data subjects to be told of the breach: the order binds whatever the controller's own assessment",
		})
	}
	if d.Risk < RiskHigh && !ordered {
		d.add("breach.no_high_risk", "GDPR art. 34(1)", gdpr.Text{
			Da: "Bruddet indebærer ikke en høj risiko: de registrerede skal ikke underrettes",
			En: "The breach does not result in a high risk: the data subjects need not be told",
		})
		return
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
	exempted := inc.Exemption != nil && inc.Exemption.Ground.Valid() && !blank(inc.Exemption.Reason)
	if !ordered && inc.Unintelligible && !unintelligible {
		d.add("breach.unintelligible_confidentiality_only", Unintelligible.Reference()+"; EDPB Guidelines 9/2022", gdpr.Text{
			Da: "At oplysningerne var uforståelige for uvedkommende, fjerner ikke risikoen ved, at de er ændret eller gået tabt: undtagelsen gælder ikke for bruddet på integriteten eller tilgængeligheden",
			En: "That the data were unintelligible to unauthorised persons does not remove the risk of their being altered or lost: the exception does not cover the loss of integrity or availability",
		})
	}
	switch {
	case ordered:
	case unintelligible:
		d.add("breach.unintelligible", Unintelligible.Reference(), gdpr.Text{
			Da: "Oplysningerne var uforståelige for uvedkommende (fx krypteret med en nøgle, der ikke er kompromitteret): de registrerede skal ikke underrettes",
			En: "The data were unintelligible to unauthorised persons (e.g. encrypted with a key that was not compromised): the data subjects need not be told",
		})
		return
	case inc.HighRiskRemoved:
		d.add("breach.risk_removed", RiskRemoved.Reference(), gdpr.Text{
			Da: "Efterfølgende foranstaltninger sikrer, at den høje risiko sandsynligvis ikke længere vil opstå: de registrerede skal ikke underrettes",
			En: "Later measures ensure that the high risk is no longer likely to materialise: the data subjects need not be told",
		})
		return
	case exempted:
		d.Exempted = true
		d.add("breach.exemption", "databeskyttelsesloven § 22; GDPR art. 23(1)", gdpr.Text{
			Da: "Undtaget efter databeskyttelsesloven § 22 (" + lower(inc.Exemption.Ground.Label(language.Danish)) + "): de registrerede skal ikke underrettes, men Datatilsynet anmeldes fortsat",
			En: "Exempted under databeskyttelsesloven § 22 (" + lower(inc.Exemption.Ground.Label(language.English)) + "): the data subjects need not be told, but Datatilsynet is still notified",
		})
		return
	}
	d.InformSubjects = true
	if inc.DisproportionateEffort {
		d.PublicCommunication = true
		d.add("breach.public_communication", DisproportionateEffort.Reference(), gdpr.Text{
			Da: "Bruddet indebærer sandsynligvis en høj risiko, men at underrette hver enkelt kræver en uforholdsmæssig indsats: foretag i stedet en offentlig meddelelse, der informerer de registrerede lige så effektivt",
			En: "The breach is likely to result in a high risk, but telling each person would take disproportionate effort: make a public communication instead that informs them as effectively",
		})
	} else if !ordered {
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

// evaluate applies the legal tests to inc under p (which must be valid),
// given ENISA's level when ok: the risk the facts and factors show, and
// the set of drivers that held. Facts of no risk come first: when one
// holds, the breach is unlikely to result in a risk and no factor of high
// risk is weighed.
func (p Policy) evaluate(inc *Incident, level Level, ok bool) (Risk, uint16) {
	var held uint16
	on := p.noRisk()
	cleanIntegrity := !inc.Integrity.Points().IsPositive()
	cleanAvailability := !inc.Availability.Points().IsPositive()
	fraud := fraudData(inc)
	few := inc.ApproxSubjects < p.largeNumber()
	if on&(1<<UnintelligibleData) != 0 && inc.Unintelligible && cleanIntegrity && (cleanAvailability || inc.Backup) {
		held |= 1 << UnintelligibleData
	}
	if on&(1<<TrustedRecipient) != 0 && inc.Confidentiality != 0 && inc.TrustedRecipients && inc.Retrieval == RetrievalConfirmed &&
		!inc.Malicious && gdpr.HighestCategory(inc.DataTypes...) < gdpr.Sensitive && cleanIntegrity && cleanAvailability {
		held |= 1 << TrustedRecipient
	}
	if on&(1<<ShortOutage) != 0 && inc.Confidentiality == 0 && cleanIntegrity && inc.Availability == AvailabilityRestored && inc.Harm == HarmNegligible {
		held |= 1 << ShortOutage
	}
	if on&(1<<RetrievedHarmless) != 0 && (inc.Confidentiality == ConfidentialityKnownRecipients || inc.Confidentiality == ConfidentialityExposed) &&
		!inc.Malicious && inc.Retrieval != 0 && inc.Harm == HarmNegligible && !fraud && few && cleanIntegrity && cleanAvailability {
		held |= 1 << RetrievedHarmless
	}
	if held != 0 {
		return RiskUnlikely, held
	}

	high := p.highRisk()
	identifiable := inc.Identification != Negligible
	lost := inc.Confidentiality != 0
	hostile := inc.Confidentiality == ConfidentialityUnknownRecipients || (lost && inc.Malicious)
	category := gdpr.HighestCategory(inc.DataTypes...)
	set := func(d Driver, cond bool) {
		if cond && high&(1<<d) != 0 {
			held |= 1 << d
		}
	}
	set(LargeNumber, identifiable && !few)
	set(SpecialCategories, identifiable && lost && category >= gdpr.Sensitive)
	set(IdentityFraud, identifiable && hostile && fraud)
	set(VulnerablePeople, identifiable && lost && vulnerable(inc))
	set(ExtensiveData, identifiable && hostile && inc.ExtensiveData)
	set(SevereHarm, inc.Harm == HarmSevere || (inc.Harm == HarmSignificant && inc.Permanent))
	set(ENISAVeryHigh, ok && level >= p.enisaHighFrom())
	if held != 0 {
		return RiskHigh, held
	}
	return RiskLikely, 0
}

// fraudData reports whether the data enable identity theft or fraud: CPR
// numbers, credentials, a custom type of the confidential category (such as
// bank details), or a data context of ENISA's financial kind that holds
// more than significant social conditions.
func fraudData(inc *Incident) bool {
	for _, t := range inc.DataTypes {
		if t == gdpr.CPRNumber || t == gdpr.Credentials || (t.IsCustom() && t.Category() == gdpr.Confidential) {
			return true
		}
	}
	for _, c := range inc.Contexts {
		if c.Kind != FinancialData {
			continue
		}
		if len(c.Types) == 0 {
			return true
		}
		for _, t := range c.Types {
			if t != gdpr.SocialConditions {
				return true
			}
		}
	}
	return false
}

// vulnerable reports whether a category of people concerned is vulnerable
// in itself: children, pupils, the elderly, patients, or a category named
// by the controller and marked vulnerable. Employees and applicants, whom
// WP248 rev.01 counts as vulnerable for their imbalance of power with the
// controller, are not for a breach: the factor is the special
// characteristics of the people (EDPB Guidelines 9/2022, section IV.B).
func vulnerable(inc *Incident) bool {
	for _, c := range inc.SubjectCategories {
		switch c.Group {
		case gdpr.Employees, gdpr.Applicants:
		case 0:
			if c.Vulnerable {
				return true
			}
		default:
			if c.Group.Vulnerable() {
				return true
			}
		}
	}
	return false
}

// driverText says what driver dr means for inc.
func driverText(dr Driver, inc *Incident, p Policy, score Score) gdpr.Text {
	switch dr {
	case UnintelligibleData:
		return gdpr.Text{
			Da: "Oplysningerne var uforståelige for alle, der fik adgang til dem (tidssvarende kryptering, nøglen er ikke kompromitteret), og deres tilgængelighed er sikret: bruddet indebærer sandsynligvis ikke en risiko",
			En: "The data were unintelligible to anyone who got them (state-of-the-art encryption, the key not compromised) and their availability is secured: the breach is unlikely to result in a risk",
		}
	case TrustedRecipient:
		return gdpr.Text{
			Da: "Oplysningerne kom kun til modtagere med tavshedspligt, som har returneret eller slettet dem og bekræftet det: bruddet indebærer sandsynligvis ikke en risiko",
			En: "The data reached only recipients bound by secrecy, who returned or deleted them and confirmed it: the breach is unlikely to result in a risk",
		}
	case ShortOutage:
		return gdpr.Text{
			Da: "Kun tilgængeligheden gik tabt, oplysningerne blev genskabt uden besvær, og konsekvenserne er vurderet som ubetydelige: bruddet indebærer sandsynligvis ikke en risiko",
			En: "Only availability was lost, the data were restored without difficulty and the consequences were assessed as negligible: the breach is unlikely to result in a risk",
		}
	case RetrievedHarmless:
		return gdpr.Text{
			Da: "Oplysningerne kom ved en fejl til kendte modtagere uden ond hensigt, som er bedt om at returnere eller slette dem, og konsekvenserne er vurderet som ubetydelige: bruddet indebærer sandsynligvis ikke en risiko",
			En: "The data reached known recipients by mistake, with no ill intent, who were asked to return or delete them, and the consequences were assessed as negligible: the breach is unlikely to result in a risk",
		}
	case LargeNumber:
		n, limit := strconv.Itoa(inc.ApproxSubjects), strconv.Itoa(p.largeNumber())
		return gdpr.Text{
			Da: "Bruddet berører omkring " + n + " personer; så mange berørte (fra " + limit + ") er i sig selv en høj risiko",
			En: "The breach affects about " + n + " people; so many people (from " + limit + ") is in itself a high risk",
		}
	case SpecialCategories:
		return gdpr.Text{
			Da: "Fortroligheden af følsomme oplysninger eller oplysninger om strafbare forhold er brudt: en høj risiko",
			En: "The confidentiality of special-category or criminal-offence data was lost: a high risk",
		}
	case IdentityFraud:
		return gdpr.Text{
			Da: "CPR-numre, adgangsoplysninger eller økonomiske oplysninger er kommet til ukendte eller ondsindede modtagere og muliggør identitetstyveri og svindel: en høj risiko",
			En: "CPR numbers, credentials or financial data reached unknown or malicious recipients and enable identity theft and fraud: a high risk",
		}
	case VulnerablePeople:
		return gdpr.Text{
			Da: "Fortroligheden af oplysninger om børn eller andre sårbare personer er brudt: en høj risiko",
			En: "The confidentiality of data about children or other vulnerable people was lost: a high risk",
		}
	case ExtensiveData:
		return gdpr.Text{
			Da: "Omfattende oplysninger om hver person (fx et CV eller en sagsmappe) er kommet til ukendte eller ondsindede modtagere: en høj risiko",
			En: "Extensive data about each person (e.g. a CV or a case file) reached unknown or malicious recipients: a high risk",
		}
	case SevereHarm:
		return gdpr.Text{
			Da: "Den dataansvarlige har vurderet konsekvenserne for de registrerede som alvorlige eller betydelige og varige: en høj risiko",
			En: "The controller assessed the consequences for the data subjects as severe, or significant and permanent: a high risk",
		}
	}
	return gdpr.Text{
		Da: "Alvorligheden efter ENISA-metoden er " + lower(score.Level.Label(language.Danish)) + " (SE " + formatDecimal(score.SE, language.Danish) + "), hvor ENISA forventer betydelige eller uoprettelige konsekvenser: en høj risiko",
		En: "The severity by ENISA's method is " + lower(score.Level.Label(language.English)) + " (SE " + score.SE.String() + "), where ENISA expects significant or irreversible consequences: a high risk",
	}
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
	d.Reasons = append(d.Reasons, gdpr.Reason{Rule: rule, Reference: cite(ref), Text: text})
}

// citations holds the Danish and English citation of every reference a
// decision gives, worked out once: a decision is made for every breach of
// a register, and translating a citation costs more than the rest of it.
// Read-only after initialisation.
var citations = func() map[string]gdpr.Text {
	refs := []string{
		"ENISA 2013 severity method",
		"GDPR art. 33(1)",
		"GDPR art. 33(1), 33(5)",
		"GDPR art. 33(1), 34(1), 33(5)",
		"GDPR art. 33(1); Datatilsynet's guidance on personal data breaches",
		"GDPR art. 33(5)",
		"GDPR art. 34(1)",
		"GDPR art. 34(1); Datatilsynet's guidance on personal data breaches",
		"GDPR art. 34(2)",
		"GDPR art. 34(4)",
		"databeskyttelsesloven § 22; GDPR art. 23(1)",
		Unintelligible.Reference() + "; EDPB Guidelines 9/2022",
	}
	for _, dr := range Drivers() {
		refs = append(refs, dr.Reference())
	}
	for _, e := range Exceptions() {
		refs = append(refs, e.Reference())
	}
	m := make(map[string]gdpr.Text, len(refs))
	for _, r := range refs {
		m[r] = gdpr.Cite(r)
	}
	return m
}()

// cite returns the citation of ref, from citations when it is there.
func cite(ref string) gdpr.Text {
	if t, ok := citations[ref]; ok {
		return t
	}
	return gdpr.Cite(ref)
}
