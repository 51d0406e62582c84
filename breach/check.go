package breach

import (
	"strconv"
	"time"

	"github.com/dkgdpr/gdpr"
)

// The rules [Policy.Check] applies. Read-only; [Rules] returns copies.
var (
	ruleOverdue = gdpr.Rule{ID: "breach.notification_overdue", Severity: gdpr.Critical, Reference: gdpr.Cite("GDPR art. 33(1)"),
		Text: gdpr.Text{
			Da: "Bruddet skulle have været anmeldt til Datatilsynet inden for 72 timer efter kendskab og er ikke anmeldt: anmeld nu og begrund forsinkelsen",
			En: "The breach should have been notified to Datatilsynet within 72 hours of awareness and is not: notify now and give the reasons for the delay",
		}}
	rulePending = gdpr.Rule{ID: "breach.notification_pending", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 33(1)"),
		Text: gdpr.Text{
			Da: "Bruddet skal anmeldes til Datatilsynet, og 72-timersfristen løber",
			En: "The breach must be notified to Datatilsynet and the 72-hour clock is running",
		}}
	ruleLate = gdpr.Rule{ID: "breach.notified_late", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 33(1)"),
		Text: gdpr.Text{
			Da: "Bruddet blev anmeldt mere end 72 timer efter kendskab",
			En: "The breach was notified more than 72 hours after awareness",
		}}
	ruleProcessorLate = gdpr.Rule{ID: "breach.processor_late", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 33(2); data processing agreement"),
		Text: gdpr.Text{
			Da: "Databehandleren underrettede ikke inden for de timer, databehandleraftalen fastsætter",
			En: "The processor did not give notice within the hours its data processing agreement sets",
		}}
	ruleAwareAfterNotice = gdpr.Rule{ID: "breach.aware_after_notice", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 33(2); EDPB Guidelines 9/2022"),
		Text: gdpr.Text{
			Da: "Tidspunktet for kendskab ligger efter databehandlerens underretning: den dataansvarlige har kendskab, når databehandleren underretter, og fristen løber derfra",
			En: "The instant of awareness is after the processor's notice: the controller is aware when the processor tells it, and the clock runs from then",
		}}
	ruleContentMissing = gdpr.Rule{ID: "breach.content_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 33(3)"),
		Text: gdpr.Text{
			Da: "Bruddet skal anmeldes, men en oplysning, som anmeldelsen skal indeholde, mangler i registreringen",
			En: "The breach must be notified, but the record lacks information the notification must contain",
		}}
	ruleFollowUp = gdpr.Rule{ID: "breach.follow_up_pending", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 33(4)"),
		Text: gdpr.Text{
			Da: "En oplysning er registreret, men endnu ikke sendt til Datatilsynet: send den i en opfølgende anmeldelse uden unødig forsinkelse",
			En: "Information is recorded but not yet sent to Datatilsynet: send it in a follow-up notification without undue further delay",
		}}
	ruleSubjectsNotTold = gdpr.Rule{ID: "breach.subjects_not_told", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 34(1)"),
		Text: gdpr.Text{
			Da: "Bruddet indebærer en høj risiko, og de registrerede er ikke underrettet",
			En: "The breach results in a high risk and the data subjects have not been told",
		}}
	rulePublicMissing = gdpr.Rule{ID: "breach.public_communication_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 34(3)(c)"),
		Text: gdpr.Text{
			Da: "Underretning af hver enkelt kræver en uforholdsmæssig indsats, men der er ikke foretaget en offentlig meddelelse i stedet",
			En: "Telling each person takes disproportionate effort, but no public communication has been made instead",
		}}
	ruleNoticeIncomplete = gdpr.Rule{ID: "breach.subject_notice_incomplete", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 34(2)"),
		Text: gdpr.Text{
			Da: "Underretningen af de registrerede mangler bruddets karakter, kontaktpunktet (fx databeskyttelsesrådgiveren), de sandsynlige konsekvenser eller foranstaltningerne",
			En: "The communication to the data subjects lacks the nature of the breach, the contact point (e.g. the DPO), the likely consequences or the measures",
		}}
	ruleRationaleMissing = gdpr.Rule{ID: "breach.rationale_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 33(5)"),
		Text: gdpr.Text{
			Da: "Bruddet anmeldes ikke, men begrundelsen for vurderingen er ikke dokumenteret",
			En: "The breach is not notified, but the reasoning for that assessment is not documented",
		}}
	ruleMeasuresMissing = gdpr.Rule{ID: "breach.risk_removed_without_measures", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 34(3)(b)"),
		Text: gdpr.Text{
			Da: "Undtagelsen om, at den høje risiko er fjernet, bruges, men de trufne foranstaltninger er ikke beskrevet",
			En: "The exception that the high risk was removed is used, but the measures taken are not described",
		}}
	ruleUnassessed = gdpr.Rule{ID: "breach.risk_unassessed", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 33(1)"),
		Text: gdpr.Text{
			Da: "Risikoen er ikke vurderet, og alvorligheden kan ikke beregnes (de berørte oplysninger eller identificerbarheden mangler): indtil da behandles bruddet som anmeldelsespligtigt",
			En: "The risk is not assessed and the severity cannot be computed (the data concerned or the ease of identification is missing): until then the breach is treated as notifiable",
		}}
)

// ruleInvalid is the rule of every problem [Incident.Validate] or
// [Policy.Validate] finds, one finding per problem at its path.
var ruleInvalid = gdpr.Rule{ID: "breach.invalid", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 33(5), 5(2)"),
	Text: gdpr.Text{
		Da: "Registreringen af bruddet eller politikken er ugyldig og skal rettes; reglerne kan kun vurdere det, der er registreret korrekt",
		En: "The record of the breach or the policy is invalid and must be corrected; the rules can only judge what is recorded correctly",
	}}

var allRules = [...]*gdpr.Rule{
	&ruleInvalid, &ruleOverdue, &rulePending, &ruleLate, &ruleProcessorLate, &ruleAwareAfterNotice,
	&ruleContentMissing, &ruleFollowUp, &ruleSubjectsNotTold, &rulePublicMissing,
	&ruleNoticeIncomplete, &ruleRationaleMissing, &ruleMeasuresMissing, &ruleUnassessed,
}

// Rules returns a fresh copy of every rule [Policy.Check] can report.
func Rules() []gdpr.Rule {
	out := make([]gdpr.Rule, len(allRules))
	for i, r := range allRules {
		out[i] = *r
	}
	return out
}

// itemPaths are the incident fields each notification item comes from.
var itemPaths = [...]string{"", "confidentiality", "subjectCategories", "approxSubjects", "dataTypes", "approxRecords", "contact", "consequences", "measuresTaken", "notifications[0].delayReasons"}

// Check returns the compliance gaps of the incident at now under the
// default policy: [Policy.Check] of the zero Policy.
func (inc Incident) Check(now time.Time) []gdpr.Finding { return Policy{}.Check(inc, now) }

// Check returns the compliance gaps of inc at now under p: a notification
// overdue or pending, late, a processor that missed its agreed hours, an
// awareness instant after the processor's notice, missing content of the
// notification, information not yet sent in a follow-up, data subjects not
// told, a public communication missing, an incomplete communication, an
// undocumented decision not to notify, and an unassessed risk. See
// [Rules].
//
// Check sees the incident as it stood at now: notifications and
// communications recorded after now have not happened yet. It never fails
// and never returns nil: every problem of [Incident.Validate] and of
// [Policy.Validate] is a finding of rule breach.invalid at its path (the
// policy's under "policy."), and an invalid policy is replaced by the
// default one for the rest of the check.
func (p Policy) Check(inc Incident, now time.Time) []gdpr.Finding {
	out := make([]gdpr.Finding, 0, 4)
	out = appendInvalid(out, "", inc.Validate())
	if err := p.Validate(); err != nil {
		out = appendInvalid(out, "policy", err)
		p = Policy{}
	}
	inc = inc.asOf(now)
	d, _ := p.Decide(inc) // p is valid
	st := inc.State(now)

	if d.Unassessed() {
		out = append(out, ruleUnassessed.Finding("identification"))
	}
	if d.NotifyAuthority {
		switch st.Status {
		case Overdue:
			out = append(out, ruleOverdue.Finding("notifications"))
		case Running:
			out = append(out, rulePending.Finding("notifications"))
		}
	}
	if st.Status == NotifiedLate {
		out = append(out, ruleLate.Finding("notifications[0].at"))
	}
	for i, ps := range st.Processors {
		if ps.Missed {
			out = append(out, ruleProcessorLate.Finding("processors["+strconv.Itoa(i)+"].notifiedAt"))
		}
	}
	out = append(out, awarenessFindings(inc)...)

	if d.NotifyAuthority || len(inc.Notifications) > 0 {
		for _, e := range inc.Checklist(now) {
			switch {
			case !e.Recorded && e.Item != ItemDelayReasons: // a late notification without reasons is a Validate problem
				out = append(out, ruleContentMissing.Finding(itemPaths[e.Item]))
			case e.Recorded && !e.Sent && st.Status >= NotifiedInTime:
				out = append(out, ruleFollowUp.Finding(itemPaths[e.Item]))
			}
		}
	}
	if !d.NotifyAuthority && len(inc.Notifications) == 0 && blank(inc.Rationale) {
		out = append(out, ruleRationaleMissing.Finding("rationale"))
	}

	if d.InformSubjects {
		public := false
		for _, n := range inc.SubjectNotices {
			public = public || n.Channel == gdpr.PublicNotice
		}
		switch {
		case len(inc.SubjectNotices) == 0:
			out = append(out, ruleSubjectsNotTold.Finding("subjectNotices"))
		case d.PublicCommunication && !public:
			out = append(out, rulePublicMissing.Finding("subjectNotices"))
		}
	}
	for i, n := range inc.SubjectNotices {
		if !hasItems(n.Items, ItemNature, ItemContact, ItemConsequences, ItemMeasures) {
			out = append(out, ruleNoticeIncomplete.Finding("subjectNotices["+strconv.Itoa(i)+"].items"))
		}
	}
	if inc.HighRiskRemoved && !hasText(inc.MeasuresTaken) {
		out = append(out, ruleMeasuresMissing.Finding("measuresTaken"))
	}
	return out
}

// appendInvalid appends one finding of rule breach.invalid per problem of
// err, its path prefixed with prefix.
func appendInvalid(out []gdpr.Finding, prefix string, err error) []gdpr.Finding {
	if err == nil {
		return out
	}
	var ps gdpr.Problems
	ps.Merge(prefix, err)
	for _, pr := range ps {
		out = append(out, ruleInvalid.Finding(pr.Path))
	}
	return out
}

// awarenessFindings reports each party of the chain, the controller last,
// whose awareness is recorded after the notice it got from the link below.
func awarenessFindings(inc Incident) []gdpr.Finding {
	var out []gdpr.Finding
	for i, p := range inc.Processors {
		told := p.NotifiedAt
		if told.IsZero() {
			continue
		}
		if i+1 < len(inc.Processors) {
			if next := inc.Processors[i+1].AwareAt; !next.IsZero() && next.After(told) {
				out = append(out, ruleAwareAfterNotice.Finding("processors["+strconv.Itoa(i+1)+"].awareAt"))
			}
		} else if !inc.AwareAt.IsZero() && inc.AwareAt.After(told) {
			out = append(out, ruleAwareAfterNotice.Finding("awareAt"))
		}
	}
	return out
}

func hasItems(items []Item, want ...Item) bool {
	for _, w := range want {
		if indexOf(items, w) < 0 {
			return false
		}
	}
	return true
}
