// Package breach models personal data breaches (brud på
// persondatasikkerheden, databrud) as Danish public authorities handle
// them under Articles 33 and 34 of the GDPR.
//
// It covers the 72-hour clock for notifying Datatilsynet, the severity by
// ENISA's method, the decisions of GDPR art. 33 and 34, what a
// notification must contain, and the breach log of art. 33(5).
//
// # The incident and the clock
//
// An [Incident] records one breach: its nature (loss of confidentiality,
// integrity, availability, or several), when it occurred (unknown, an
// instant or a range), when it was discovered and when the controller
// became aware ([Incident.AwareAt]), the processor chain for a breach at a
// processor, the data and people concerned in numbers and categories, the
// likely consequences and measures, the art. 34(3) exceptions, the contact
// point, and the notifications made to Datatilsynet (in phases, art.
// 33(4)) and to the data subjects (art. 34). It holds no personal data of
// the people affected by design, but its free texts may still describe a
// person and the contact point may name one: those fields are
// gdpr.Personal, redacted in String, every fmt verb, log/slog and errors,
// and kept in JSON, which is storage. A DPO's contact details are public
// (GDPR art. 37(7)), but a [Contact] cannot tell them from anyone else's,
// so only its role prints.
//
// [Incident.NotificationDeadline] is AwareAt plus exactly 72 hours of
// elapsed time: weekends, holidays and daylight-saving changes do not
// move it. [Incident.State] tells at an instant whether the clock is
// running, overdue, or stopped by a notification in time or late (its
// [Status]), and which processors missed the hours their agreement sets;
// like Check it sees the incident as it stood at that instant, so a
// notification recorded later has not happened yet. [ParseLocal]
// reads an instant typed by a case worker and rejects a Copenhagen local
// time that does not exist or happened twice at a daylight-saving change.
//
// # Severity and decisions
//
// [Assessment.Score] (or [Incident.Severity]) computes ENISA's severity
// SE = DPC × EI + CB in decimals, never floats, and keeps every part:
// the data processing context per kind of data ([DataContext], basic score
// with [Adjustment]s, clamped to 1..4, the highest counting), the ease of
// identification ([Identification]) and the circumstances
// ([Confidentiality], [Integrity], [Availability], malicious intent).
// Levels ([Level]) have inclusive lower bounds: SE < 2 low, from 2 medium,
// from 3 high, from 4 very high. [SuggestContexts] proposes the contexts
// from the gdpr data types; see [KindOf] for that policy.
//
// The legal tests are "unlikely to result in a risk" (GDPR art. 33(1):
// otherwise notify Datatilsynet) and "likely to result in a high risk"
// (art. 34(1): tell the people). [Policy.Decide] applies them with the
// factors of EDPB Guidelines 9/2022: a breach is notified unless a
// recorded fact shows no risk ([NoRiskFacts]: unintelligible data with the
// key safe and a backup, a trusted recipient bound by secrecy who deleted
// the data and confirmed it, a short and harmless outage, a harmless
// mistake recalled from known recipients), and the risk is high when a
// factor holds ([HighRiskFactors]: a large number of people, special
// categories, data enabling identity fraud in unknown or malicious hands,
// vulnerable people, extensive data, severe or permanent harm, ENISA's
// very high severity). Every [Decision] lists the [Driver]s that held and
// reports ENISA's severity beside them as an aid. The zero [Policy] is the
// default, which follows Datatilsynet's very low threshold; every fact,
// factor and threshold is a documented field of it, and with it the 18
// cases of EDPB Guidelines 01/2021 reach the EDPB's conclusions. The
// controller may set the risk itself ([Incident.Risk]); an order of
// Datatilsynet to tell the people (art. 34(4)) and an exemption under
// databeskyttelsesloven § 22 ([Exemption]) are recorded facts too. The
// decision gives its reasons and articles, the art. 34(3) exceptions
// ([Exception]) and whether everyone potentially affected must be told.
// [Incident.Checklist] lists what a notification must contain (art.
// 33(3)) and what is missing or not yet sent, as actions in Danish and
// English. [Incident.Check] and [Policy.Check] report compliance gaps as
// gdpr.Finding values, never nil, an invalid record as findings of rule
// breach.invalid ([Rules] lists them). [ParseJSON] decodes a stored
// incident, log or policy strictly.
//
// # The log
//
// A [Log] is every breach, notified or not (art. 33(5)): [Log.Check],
// [Log.Overdue], [Log.Late] and [Log.Summarize] (counts per nature,
// category and severity over a period), each under a chosen policy as
// [Policy.CheckLog], [Policy.Overdue] and [Policy.Summarize].
//
// # Zero values
//
// Every enumeration's zero value means "not set" (for the three losses:
// "not affected"). The zero [Incident] is empty and fails Validate until
// AwareAt and a nature are set. The zero [Policy] is the default policy.
// Nothing here reads the clock: the caller passes now.
//
// # Usage
//
//	inc := breach.Incident{
//		AwareAt:         aware, // from breach.ParseLocal("2025-03-28T14:30")
//		Confidentiality: breach.ConfidentialityKnownRecipients,
//		DataTypes:       []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber},
//		Identification:  breach.Maximum,
//	}
//	due := inc.NotificationDeadline()      // 2025-03-31 15:30 +02:00
//	st := inc.State(now)                  // running, 29 h left, ...
//	d := inc.Decide()                      // notify Datatilsynet, do not tell the subjects
//	todo := inc.Checklist(now).Lines(language.Danish)
package breach

//go:generate go run github.com/dkgdpr/gdpr/internal/cmd/enumgen
