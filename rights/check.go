package rights

import (
	"slices"
	"time"

	"github.com/dkgdpr/gdpr"
)

// The rules whose findings [Request.Check] and [Collection.Check] return.
var (
	ruleOverdue = gdpr.Rule{
		ID: "rights.overdue", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 12(3)"),
		Text: gdpr.Text{
			Da: "Anmodningen er ikke besvaret, og fristen er overskredet.",
			En: "The request is not answered and the deadline has passed.",
		},
	}
	ruleAnsweredLate = gdpr.Rule{
		ID: "rights.answered_late", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 12(3) and (4)"),
		Text: gdpr.Text{
			Da: "Anmodningen blev besvaret eller afvist efter fristen.",
			En: "The request was answered or refused after the deadline.",
		},
	}
	ruleExtensionNoticeLate = gdpr.Rule{
		ID: "rights.extension_notice_late", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 12(3)"),
		Text: gdpr.Text{
			Da: "Fristforlængelsen blev meddelt efter den første måned og forlænger ikke fristen; den registrerede skal underrettes med begrundelse inden for en måned fra modtagelsen.",
			En: "The extension was notified after the first month and does not extend the deadline; the data subject must be told, with reasons, within one month of receipt.",
		},
	}
	ruleComplaintNoticeMissing = gdpr.Rule{
		ID: "rights.complaint_notice_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 12(4)"),
		Text: gdpr.Text{
			Da: "Afslaget oplyser ikke om muligheden for at klage til Datatilsynet og indbringe sagen for domstolene.",
			En: "The refusal does not tell of the right to complain to Datatilsynet and to seek a judicial remedy.",
		},
	}
	ruleOnBehalfUnchecked = gdpr.Rule{
		ID: "rights.on_behalf_unchecked", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 12(2) and (6); seed 001 (Registreredes rettigheder)"),
		Text: gdpr.Text{
			Da: "Anmodningen er fremsat på en andens vegne. Rettighederne er personlige: kontrollér og dokumentér anmoderens ret til at handle for den registrerede (fuldmagt, forældremyndighed og barnets eget ønske), før anmodningen behandles.",
			En: "The request is made on someone else's behalf. The rights are personal: check and document the requester's right to act for the data subject (a power of attorney, parental custody and the child's own wish) before handling the request.",
		},
	}
	rulePaused = gdpr.Rule{
		ID: "rights.paused", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 12(3); seed 001 (Ret til indsigt)"),
		Text: gdpr.Text{
			Da: "Fristen er sat i bero. Datatilsynet regner fristen fra første modtagelse, også mens identitet eller omfang afklares; trækker afklaringen ud, skal fristen forlænges med underretning inden for den første måned.",
			En: "The deadline has been paused. Datatilsynet counts the deadline from the first receipt, also while identity or scope are being clarified; if clarification takes long, extend the deadline with a notice within the first month.",
		},
	}
	ruleBasisMissing = gdpr.Rule{
		ID: "rights.basis_missing", Severity: gdpr.Info, Reference: gdpr.Cite("GDPR art. 7(3), 17, 20 and 21"),
		Text: gdpr.Text{
			Da: "Behandlingsgrundlaget er ikke angivet, så det kan ikke vurderes, om rettigheden gælder.",
			En: "The legal basis is not recorded, so it cannot be assessed whether the right applies.",
		},
	}
	ruleInformLate = gdpr.Rule{
		ID: "rights.inform_late", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 14(3)"),
		Text: gdpr.Text{
			Da: "Den registrerede er ikke oplyst rettidigt om oplysninger indsamlet fra andre end den registrerede selv.",
			En: "The data subject was not informed in time of data obtained from someone else.",
		},
	}
	ruleInformLocalLate = gdpr.Rule{
		ID: "rights.inform_local_late", Severity: gdpr.Warning, Reference: gdpr.Cite("Local policy (DPIA template, 2.3)"),
		Text: gdpr.Text{
			Da: "Den registrerede er ikke oplyst inden for myndighedens egen frist.",
			En: "The data subject was not informed within the authority's own limit.",
		},
	}
)

// Rules returns every rule the package can emit, in a fresh slice.
func Rules() []gdpr.Rule {
	return []gdpr.Rule{ruleOverdue, ruleAnsweredLate, ruleExtensionNoticeLate, ruleComplaintNoticeMissing,
		ruleOnBehalfUnchecked, rulePaused, ruleBasisMissing, ruleInformLate, ruleInformLocalLate}
}

// Check returns the compliance gaps of the request at now under the
// default policy. See [Request.CheckUnder].
func (r Request) Check(now time.Time) []gdpr.Finding { return r.CheckUnder(Policy{}, now) }

// CheckUnder returns the compliance gaps of the request at now under p, as
// findings (not errors; see [Request.Validate] for contradictions):
//
//   - rights.overdue: not answered by the deadline in force;
//   - rights.answered_late: answered or refused after it (art. 12(3), (4));
//   - rights.extension_notice_late: an extension notified after the first
//     month, which does not extend the deadline (art. 12(3));
//   - rights.complaint_notice_missing: a refusal in whole or in part that
//     does not tell of the right to complain to Datatilsynet (art. 12(4));
//   - rights.on_behalf_unchecked: a request made on another's behalf whose
//     authority was not checked (seed 001: rights are personal);
//   - rights.paused: a pause of the clock, which Datatilsynet does not
//     recognise (seed 001);
//   - rights.basis_missing: no legal basis for a right that depends on it
//     (erasure, portability, objection, withdrawal of consent).
func (r Request) CheckUnder(p Policy, now time.Time) []gdpr.Finding {
	var out []gdpr.Finding
	pl := r.plan(p.calendar(), p.ChainedExtension, now, true)
	switch r.status(&pl, now) {
	case Overdue, ExtensionNoticeOverdue:
		out = append(out, ruleOverdue.Finding(""))
	case AnsweredLate, RefusedLate:
		out = append(out, ruleAnsweredLate.Finding("answer.at"))
	}
	if pl.lateNotice {
		out = append(out, ruleExtensionNoticeLate.Finding("extension.notifiedAt"))
	}
	if a := r.Answer; a != nil && a.Outcome.Refuses() && !a.ComplaintNotice {
		out = append(out, ruleComplaintNoticeMissing.Finding("answer.complaintNotice"))
	}
	if r.Requester.OnBehalf() && (r.AuthorityCheckedAt.IsZero() || r.AuthorityCheckedAt.After(now)) {
		out = append(out, ruleOnBehalfUnchecked.Finding("authorityCheckedAt"))
	}
	if len(r.Pauses) > 0 {
		out = append(out, rulePaused.Finding("pauses"))
	}
	if r.Basis == "" && slices.Contains([]Kind{Erasure, Portability, Objection, WithdrawConsent}, r.Kind) {
		out = append(out, ruleBasisMissing.Finding("basis"))
	}
	return out
}

// Check returns the gaps in informing the data subject at now under ip:
// rights.inform_late when the legal deadline of art. 14(3) was missed (the
// data subject was informed after it, or has not been informed and it has
// passed), rights.inform_local_late when only the local limit was.
func (c Collection) Check(ip InformPolicy, now time.Time) []gdpr.Finding {
	due := c.InformDue(ip)
	if due.Legal.IsZero() {
		return nil
	}
	at := c.InformedAt
	if at.IsZero() || at.After(now) {
		at = now // not informed yet: late once now itself is late
	}
	switch {
	case !due.LegallyInTime(at):
		return []gdpr.Finding{ruleInformLate.Finding("informedAt")}
	case !due.InTime(at):
		return []gdpr.Finding{ruleInformLocalLate.Finding("informedAt")}
	}
	return nil
}
