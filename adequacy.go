package gdpr

import (
	"time"

	"github.com/dkgdpr/gdpr/internal/enum"
	"golang.org/x/text/language"
)

// This file holds the European Commission's adequacy decisions (GDPR art.
// 45) as dated data, and the transfer status that follows from them.
//
// The table was last reviewed in early 2026 (after the Brazil decision of
// January 2026). Adequacy decisions are adopted, renewed, suspended and
// annulled over time; review the table at least twice a year against the
// Commission's list of adequacy decisions, and add rows rather than edit
// them, so that answers for past dates stay right.

// TransferStatus is what the GDPR's rules on transfers (chapter V) make of
// a destination on a date: inside the EEA (no transfer rules), adequate (an
// adequacy decision covers it), or a third country without adequacy (an
// art. 46 tool or an art. 49 derogation is needed). The zero value means
// "not set" and is not valid.
type TransferStatus uint8

// Transfer statuses.
const (
	TransferEEA          TransferStatus = iota + 1 // eea: in the EU/EEA, not a transfer to a third country
	TransferAdequate                               // adequate: covered by an adequacy decision (GDPR art. 45)
	TransferThirdCountry                           // third_country: no adequacy; needs GDPR art. 46 or 49
)

var transferStatusDef = enum.Def[TransferStatus]{
	Type: "TransferStatus",
	Kind: "gdpr: transfer status",
	Err:  ErrInvalid,
	// The Danish wording follows Datatilsynet's "sikre" and "usikre
	// tredjelande".
	Entries: []enum.Entry{
		TransferEEA:          {Code: "eea", Da: "EU/EØS", En: "EU/EEA"},
		TransferAdequate:     {Code: "adequate", Da: "Sikkert tredjeland (tilstrækkeligt beskyttelsesniveau)", En: "Adequate (adequacy decision)"},
		TransferThirdCountry: {Code: "third_country", Da: "Usikkert tredjeland", En: "Third country without adequacy"},
	},
}

// AdequacyScope is which recipients in a destination an adequacy decision
// covers. Most decisions cover every recipient; a few cover only recipients
// under a given law or certification, and a transfer to anyone else there
// is a transfer to a third country without adequacy. The zero value means
// "not set" and is not valid.
type AdequacyScope uint8

// Adequacy scopes.
const (
	// AdequacyFull (full): every recipient in the country or organisation.
	AdequacyFull AdequacyScope = iota + 1
	// AdequacyDPF (dpf_certified): only US organisations certified under the
	// EU-US Data Privacy Framework, for the kind of data concerned.
	AdequacyDPF
	// AdequacyPIPEDA (pipeda): only Canadian recipients subject to PIPEDA,
	// the federal law on commercial activities; not public authorities.
	AdequacyPIPEDA
	// AdequacyAPPI (appi): only Japanese business operators subject to the
	// Act on the Protection of Personal Information; not public authorities.
	AdequacyAPPI
)

var adequacyScopeDef = enum.Def[AdequacyScope]{
	Type: "AdequacyScope",
	Kind: "gdpr: adequacy scope",
	Err:  ErrInvalid,
	Entries: []enum.Entry{
		AdequacyFull: {Code: "full", Da: "Alle modtagere", En: "All recipients"},
		AdequacyDPF: {
			Code: "dpf_certified",
			Da:   "Kun organisationer certificeret under EU-US Data Privacy Framework",
			En:   "Only organisations certified under the EU-US Data Privacy Framework",
		},
		AdequacyPIPEDA: {
			Code: "pipeda",
			Da:   "Kun kommercielle organisationer omfattet af PIPEDA",
			En:   "Only commercial organisations subject to PIPEDA",
		},
		AdequacyAPPI: {
			Code: "appi",
			Da:   "Kun private virksomheder omfattet af APPI (ikke offentlige myndigheder)",
			En:   "Only business operators subject to the APPI (not public authorities)",
		},
	},
}

// Limited reports whether s covers only some recipients (every valid scope
// but [AdequacyFull]).
func (s AdequacyScope) Limited() bool { return s.Valid() && s != AdequacyFull }

// InternationalOrganisation is an international organisation that has an
// adequacy decision (GDPR art. 45 covers international organisations as
// well as countries). International organisations have no ISO country code,
// so they have their own type; an organisation that is not listed here has
// no adequacy decision. The zero value means "not set" and is not valid.
type InternationalOrganisation uint8

// International organisations with an adequacy decision.
const (
	// EuropeanPatentOrganisation (epo): the European Patent Organisation,
	// whose European Patent Office grants European patents; the first
	// international organisation with an adequacy decision (2025).
	EuropeanPatentOrganisation InternationalOrganisation = iota + 1
)

var intlOrgDef = enum.Def[InternationalOrganisation]{
	Type: "InternationalOrganisation",
	Kind: "gdpr: international organisation",
	Err:  ErrInvalid,
	Entries: []enum.Entry{
		EuropeanPatentOrganisation: {Code: "epo", Da: "Den Europæiske Patentorganisation", En: "European Patent Organisation"},
	},
}

// AdequacyDecision is one decision of the European Commission that a
// country or an international organisation ensures an adequate level of
// protection (GDPR art. 45(3); decisions under the former Directive 95/46/EC
// stay in force by art. 45(9)). Exactly one of Country and Organisation is
// set. A renewal is a decision of its own, so the table answers for any
// date.
type AdequacyDecision struct {
	// ID is a stable identifier, destination and year ("us_2023", "gb_2025").
	ID string `json:"id"`
	// Country is the destination country, or zero for an organisation.
	Country Country `json:"country,omitzero"`
	// Organisation is the destination organisation, or zero for a country.
	Organisation InternationalOrganisation `json:"organisation,omitzero"`
	// Instrument names the legal act ("Commission Implementing Decision
	// (EU) 2023/1795 of 10 July 2023"). Where the number in the Official
	// Journal was not confirmed when the table was reviewed, the act is
	// described by its date and subject instead.
	Instrument string `json:"instrument"`
	// From is the first day the decision covers: the day it was adopted,
	// or for a renewal the day after the decision it renews ends.
	From Date `json:"from"`
	// Until is the last day the decision covers, or zero when it has no end
	// date (it still stands only until it is amended, suspended, repealed
	// or annulled).
	Until Date `json:"until,omitzero"`
	// Scope is which recipients the decision covers.
	Scope AdequacyScope `json:"scope"`
	// Note explains limits and history of the decision.
	Note Text `json:"note,omitzero"`
}

// InForce reports whether d covers the date on: From <= on, and on <= Until
// when Until is set.
func (d AdequacyDecision) InForce(on Date) bool {
	if on.IsZero() || on.Before(d.From) {
		return false
	}
	return d.Until.IsZero() || !on.After(d.Until)
}

// AdequacyDecisions returns the adequacy decisions the library knows, in
// the order they were adopted, in a fresh slice. It includes decisions that
// have ended, so that answers for past dates are right. The list was last
// reviewed in early 2026.
func AdequacyDecisions() []AdequacyDecision {
	out := make([]AdequacyDecision, len(adequacyTable))
	copy(out, adequacyTable[:])
	return out
}

func adequacyDay(y int, m time.Month, d int) Date { return Date{Year: y, Month: m, Day: d} }

func adequacyCountry(code string) Country { return Country{code: [2]byte{code[0], code[1]}} }

// adequacyTable holds the Commission's adequacy decisions under GDPR
// art. 45, in order of adoption; reviewed early 2026 against the
// Commission's list of adequacy decisions.
//
// Not listed, on purpose:
//   - The EU-US Privacy Shield, Commission Implementing Decision (EU)
//     2016/1250, declared invalid by the Court of Justice on 16 July 2020
//     (C-311/18, Schrems II) without maintaining its effects, and before it
//     Safe Harbour (2000/520/EC, invalid since C-362/14 of 6 October 2015).
//     The United States are therefore a third country before 10 July 2023.
//   - The decisions under the Law Enforcement Directive (EU) 2016/680 (for
//     the United Kingdom), which do not concern a municipality's ordinary
//     administration.
//   - The United Kingdom's time in the EU (to 31 January 2020), the
//     transition period (to 31 December 2020) and the interim "bridge" of
//     the Trade and Cooperation Agreement (1 January to 27 June 2021):
//     EEA membership is modelled as it is now, see Country.InEEA.
var adequacyTable = [...]AdequacyDecision{
	{
		ID: "ch_2000", Country: adequacyCountry("CH"),
		Instrument: "Commission Decision 2000/518/EC of 26 July 2000",
		From:       adequacyDay(2000, time.July, 26), Scope: AdequacyFull,
	},
	{
		ID: "ca_2001", Country: adequacyCountry("CA"),
		Instrument: "Commission Decision 2002/2/EC of 20 December 2001",
		From:       adequacyDay(2001, time.December, 20), Scope: AdequacyPIPEDA,
		Note: Text{
			Da: "Gælder kun modtagere omfattet af den føderale lov PIPEDA (Personal Information Protection and Electronic Documents Act), som gælder kommerciel virksomhed; ikke canadiske offentlige myndigheder.",
			En: "Covers only recipients subject to the federal Personal Information Protection and Electronic Documents Act (PIPEDA), which applies to commercial activities; not Canadian public authorities.",
		},
	},
	{
		ID: "ar_2003", Country: adequacyCountry("AR"),
		Instrument: "Commission Decision 2003/490/EC of 30 June 2003",
		From:       adequacyDay(2003, time.June, 30), Scope: AdequacyFull,
	},
	{
		ID: "gg_2003", Country: adequacyCountry("GG"),
		Instrument: "Commission Decision 2003/821/EC of 21 November 2003",
		From:       adequacyDay(2003, time.November, 21), Scope: AdequacyFull,
	},
	{
		ID: "im_2004", Country: adequacyCountry("IM"),
		Instrument: "Commission Decision 2004/411/EC of 28 April 2004",
		From:       adequacyDay(2004, time.April, 28), Scope: AdequacyFull,
	},
	{
		ID: "je_2008", Country: adequacyCountry("JE"),
		Instrument: "Commission Decision 2008/393/EC of 8 May 2008",
		From:       adequacyDay(2008, time.May, 8), Scope: AdequacyFull,
	},
	{
		ID: "fo_2010", Country: adequacyCountry("FO"),
		Instrument: "Commission Decision 2010/146/EU of 5 March 2010",
		From:       adequacyDay(2010, time.March, 5), Scope: AdequacyFull,
		Note: Text{
			Da: "Færøerne er en del af Kongeriget Danmark, men ligger uden for EU og EØS.",
			En: "The Faroe Islands are part of the Kingdom of Denmark but outside the EU and the EEA.",
		},
	},
	{
		ID: "ad_2010", Country: adequacyCountry("AD"),
		Instrument: "Commission Decision 2010/625/EU of 19 October 2010",
		From:       adequacyDay(2010, time.October, 19), Scope: AdequacyFull,
	},
	{
		ID: "il_2011", Country: adequacyCountry("IL"),
		Instrument: "Commission Decision 2011/61/EU of 31 January 2011",
		From:       adequacyDay(2011, time.January, 31), Scope: AdequacyFull,
		Note: Text{
			Da: "Gælder automatiserede overførsler og manuelle overførsler, der behandles videre automatiseret i Israel.",
			En: "Covers automated transfers, and non-automated transfers that are further processed automatically in Israel.",
		},
	},
	{
		ID: "uy_2012", Country: adequacyCountry("UY"),
		Instrument: "Commission Implementing Decision 2012/484/EU of 21 August 2012",
		From:       adequacyDay(2012, time.August, 21), Scope: AdequacyFull,
	},
	{
		ID: "nz_2012", Country: adequacyCountry("NZ"),
		Instrument: "Commission Implementing Decision 2013/65/EU of 19 December 2012",
		From:       adequacyDay(2012, time.December, 19), Scope: AdequacyFull,
	},
	{
		ID: "jp_2019", Country: adequacyCountry("JP"),
		Instrument: "Commission Implementing Decision (EU) 2019/419 of 23 January 2019",
		From:       adequacyDay(2019, time.January, 23), Scope: AdequacyAPPI,
		Note: Text{
			Da: "Gælder kun virksomheder, der behandler personoplysninger og er omfattet af APPI (Act on the Protection of Personal Information) med de supplerende regler; ikke japanske offentlige myndigheder.",
			En: "Covers only personal information handling business operators subject to the Act on the Protection of Personal Information (APPI) as complemented by the Supplementary Rules; not Japanese public authorities.",
		},
	},
	{
		ID: "gb_2021", Country: adequacyCountry("GB"),
		Instrument: "Commission Implementing Decision (EU) 2021/1772 of 28 June 2021",
		From:       adequacyDay(2021, time.June, 28), Until: adequacyDay(2025, time.December, 27),
		Scope: AdequacyFull,
		Note: Text{
			Da: "Gyldig til 27. juni 2025, forlænget i juni 2025 med seks måneder til 27. december 2025. Omfattede ikke overførsler til britisk immigrationskontrol.",
			En: "Valid to 27 June 2025, extended in June 2025 by six months to 27 December 2025. Did not cover transfers for UK immigration control.",
		},
	},
	{
		ID: "kr_2021", Country: adequacyCountry("KR"),
		Instrument: "Commission Implementing Decision (EU) 2022/254 of 17 December 2021",
		From:       adequacyDay(2021, time.December, 17), Scope: AdequacyFull,
		Note: Text{
			Da: "Gælder modtagere omfattet af PIPA (Personal Information Protection Act), offentlige som private, med enkelte undtagelser (bl.a. kreditoplysninger under tilsyn af Financial Services Commission).",
			En: "Covers recipients subject to the Personal Information Protection Act (PIPA), public and private, with a few exceptions (such as credit information supervised by the Financial Services Commission).",
		},
	},
	{
		ID: "us_2023", Country: adequacyCountry("US"),
		Instrument: "Commission Implementing Decision (EU) 2023/1795 of 10 July 2023 (EU-US Data Privacy Framework)",
		From:       adequacyDay(2023, time.July, 10), Scope: AdequacyDPF,
		Note: Text{
			Da: "Gælder kun organisationer på Data Privacy Framework-listen med en aktiv certificering, der dækker den slags oplysninger, der overføres (HR-oplysninger kræver HR-certificering). Den tidligere Privacy Shield blev underkendt af EU-Domstolen 16. juli 2020 (C-311/18, Schrems II).",
			En: "Covers only organisations on the Data Privacy Framework List with an active certification that covers the kind of data transferred (HR data needs HR certification). The earlier Privacy Shield was declared invalid by the Court of Justice on 16 July 2020 (C-311/18, Schrems II).",
		},
	},
	{
		// Reported adopted on 15 July 2025; the Official Journal number was
		// not confirmed when the table was reviewed.
		ID: "epo_2025", Organisation: EuropeanPatentOrganisation,
		Instrument: "Commission Implementing Decision of 15 July 2025 on the adequate protection of personal data by the European Patent Organisation",
		From:       adequacyDay(2025, time.July, 15), Scope: AdequacyFull,
		Note: Text{
			Da: "Den første afgørelse om tilstrækkeligt beskyttelsesniveau for en international organisation.",
			En: "The first adequacy decision for an international organisation.",
		},
	},
	{
		// Announced on 19 December 2025 as a renewal for six years, to
		// 27 December 2031. It is taken to apply from the day after the
		// extended 2021 decision ended, so that the two do not overlap.
		ID: "gb_2025", Country: adequacyCountry("GB"),
		Instrument: "Commission Implementing Decision of 19 December 2025 renewing the adequacy decision for the United Kingdom under Regulation (EU) 2016/679",
		From:       adequacyDay(2025, time.December, 28), Until: adequacyDay(2031, time.December, 27),
		Scope: AdequacyFull,
		Note: Text{
			Da: "Fornyelse af afgørelsen fra 2021 for seks år, til og med 27. december 2031. Omfatter også overførsler til britisk immigrationskontrol.",
			En: "Renewal of the 2021 decision for six years, to 27 December 2031. Also covers transfers for UK immigration control.",
		},
	},
	{
		// Public reports give 26 January 2026 as the day the Commission
		// adopted it and 27 January 2026 as the day it was announced and
		// Brazil's reciprocal decision was published; the table uses the
		// 26th. The Official Journal number was not confirmed when the
		// table was reviewed.
		ID: "br_2026", Country: adequacyCountry("BR"),
		Instrument: "Commission Implementing Decision of 26 January 2026 on the adequate protection of personal data by Brazil",
		From:       adequacyDay(2026, time.January, 26), Scope: AdequacyFull,
		Note: Text{
			Da: "Gælder dataansvarlige og databehandlere omfattet af LGPD (Lei Geral de Proteção de Dados), offentlige som private.",
			En: "Covers controllers and processors subject to the LGPD (Lei Geral de Proteção de Dados), public and private.",
		},
	},
}

// TransferRecipient holds the facts about a recipient that a decision with
// a limited [AdequacyScope] turns on. The host asserts them (for instance
// after checking the Data Privacy Framework List on the day); the library
// does not verify them.
type TransferRecipient struct {
	// DPFCertified: a US organisation with an active certification under
	// the EU-US Data Privacy Framework that covers the data concerned.
	DPFCertified bool `json:"dpfCertified,omitempty"`
	// PIPEDA: a Canadian organisation subject to PIPEDA for the processing.
	PIPEDA bool `json:"pipeda,omitempty"`
	// APPI: a Japanese business operator subject to the APPI.
	APPI bool `json:"appi,omitempty"`
}

// Covers reports whether a recipient with the facts r falls under scope s.
// Every recipient falls under [AdequacyFull]; none falls under an invalid
// scope.
func (r TransferRecipient) Covers(s AdequacyScope) bool {
	switch s {
	case AdequacyFull:
		return true
	case AdequacyDPF:
		return r.DPFCertified
	case AdequacyPIPEDA:
		return r.PIPEDA
	case AdequacyAPPI:
		return r.APPI
	}
	return false
}

// Transfer is the answer to "what do the transfer rules say about sending
// personal data to this destination on this date": the status, the
// adequacy decision behind it if any, and an explanation with legal
// references. It is the result of [TransferTo], [TransferToRecipient] and
// [TransferToOrganisation].
type Transfer struct {
	// Country is the destination country, or zero for an organisation.
	Country Country `json:"country,omitzero"`
	// Organisation is the destination organisation, or zero for a country.
	Organisation InternationalOrganisation `json:"organisation,omitzero"`
	// On is the date the answer is for.
	On Date `json:"on"`
	// Status is the answer. It is zero only when the destination or the
	// date is not set.
	Status TransferStatus `json:"status"`
	// Decision is the adequacy decision in force for the destination on the
	// date, if any. It is also set when Status is TransferThirdCountry
	// because the recipient is outside the decision's limited scope; Status
	// is what counts.
	Decision AdequacyDecision `json:"decision,omitzero"`
	// Condition is set when Status is TransferAdequate only on the condition
	// that the recipient falls under this limited scope: TransferTo cannot
	// know, and the host must require it (for instance DPF certification).
	// It is zero when the decision covers every recipient, and after
	// TransferToRecipient has checked the recipient.
	Condition AdequacyScope `json:"condition,omitzero"`
	// RecipientChecked is set when the answer took the recipient's facts
	// into account ([TransferToRecipient]).
	RecipientChecked bool `json:"recipientChecked,omitempty"`
	// Reference is the legal basis of the answer ("GDPR art. 45(1)").
	Reference string `json:"reference"`
}

// Conditional reports whether the adequacy holds only for recipients within
// a limited scope (see [Transfer.Condition]).
func (t Transfer) Conditional() bool { return t.Condition != 0 }

// NeedsTransferTool reports whether the transfer needs a transfer tool of
// GDPR art. 46 (such as standard contractual clauses, with a transfer
// impact assessment) or a derogation of art. 49: the destination is a third
// country without adequacy, or adequacy holds only on a condition that has
// not been checked.
func (t Transfer) NeedsTransferTool() bool {
	return t.Status == TransferThirdCountry || t.Conditional()
}

// String formats t for logs: status, destination, decision and date
// ("adequate GB gb_2025 on 2026-03-01").
func (t Transfer) String() string {
	s := t.Status.String() + " " + t.destinationCode()
	if t.Decision.ID != "" {
		s += " " + t.Decision.ID
	}
	if t.Condition != 0 {
		s += " if " + t.Condition.String()
	}
	return s + " on " + adequacyDateText(t.On)
}

func (t Transfer) destinationCode() string {
	if t.Organisation != 0 {
		return t.Organisation.String()
	}
	if t.Country.IsZero() {
		return "-"
	}
	return t.Country.String()
}

// TransferTo says what the transfer rules make of sending personal data to
// a recipient in country c on the date on (the caller passes today):
// [TransferEEA] for the EU/EEA (see [Country.InEEA]), [TransferAdequate]
// when an adequacy decision is in force, and [TransferThirdCountry]
// otherwise. Greenland is a third country; the Faroe Islands are adequate.
//
// A decision with a limited scope (the United States: only DPF-certified
// organisations; Canada: PIPEDA; Japan: APPI) gives [TransferAdequate] with
// [Transfer.Condition] set, which the host must check for the recipient;
// [TransferToRecipient] checks it. A zero country or date gives a Transfer
// with the zero Status. The answer is as good as the table, last reviewed
// in early 2026 (see [AdequacyDecisions]). EEA membership is taken as it is
// now, not as it was on the date: the United Kingdom before 28 June 2021
// (member state, transition period, interim bridge) comes out as a third
// country.
func TransferTo(c Country, on Date) Transfer {
	return transferTo(Transfer{Country: c, On: on}, nil)
}

// TransferToRecipient is [TransferTo] for a recipient whose facts the host
// knows: when the adequacy decision for c has a limited scope, the transfer
// is adequate only if r falls under it, and otherwise a transfer to a third
// country without adequacy, with the decision still in
// [Transfer.Decision] and the reason in the explanation.
func TransferToRecipient(c Country, on Date, r TransferRecipient) Transfer {
	return transferTo(Transfer{Country: c, On: on}, &r)
}

// TransferToOrganisation is [TransferTo] for an international organisation
// (GDPR art. 44 treats them like third countries). An organisation that is
// not valid, including the zero value for an organisation the library does
// not list, has no adequacy decision: [TransferThirdCountry]. A zero date
// gives a Transfer with the zero Status.
func TransferToOrganisation(o InternationalOrganisation, on Date) Transfer {
	t := Transfer{Organisation: o, On: on}
	if on.IsZero() {
		return t
	}
	if !o.Valid() {
		t.Organisation = 0
		t.Status = TransferThirdCountry
		t.Reference = "GDPR art. 44, 46 and 49"
		return t
	}
	return transferTo(t, nil)
}

// transferTo completes t, whose destination and date are set, with the
// answer; r is nil when the recipient's facts are unknown. It builds no
// text: [Transfer.Explanation] does that on demand, so checking thousands of
// transfers costs no allocation.
func transferTo(t Transfer, r *TransferRecipient) Transfer {
	if (t.Country.IsZero() && t.Organisation == 0) || t.On.IsZero() {
		return t
	}
	if t.Organisation == 0 && t.Country.InEEA() {
		t.Status = TransferEEA
		t.Reference = "GDPR art. 44"
		return t
	}
	for i := range adequacyTable {
		d := &adequacyTable[i]
		if d.Country == t.Country && d.Organisation == t.Organisation && d.InForce(t.On) {
			t.Decision = *d
		}
	}
	d := t.Decision
	if d.ID == "" {
		t.Status = TransferThirdCountry
		t.Reference = "GDPR art. 44, 46 and 49"
		return t
	}
	t.RecipientChecked = r != nil
	if r != nil && !r.Covers(d.Scope) {
		t.Status = TransferThirdCountry
		t.Reference = "GDPR art. 45(1), 46 and 49"
		return t
	}
	t.Status = TransferAdequate
	t.Reference = "GDPR art. 45(1)"
	if d.From.Before(adequacyDay(2018, time.May, 25)) {
		t.Reference = "GDPR art. 45(1) and 45(9)"
	}
	if d.Scope.Limited() && r == nil {
		t.Condition = d.Scope
	}
	return t
}

// Explanation says why t came out as it did, in Danish and English, with
// the decision, its period and scope, and what a transfer needs when there
// is no adequacy.
func (t Transfer) Explanation() Text {
	switch {
	case t.Country.IsZero() && t.Organisation == 0 && t.Status == 0:
		// An organisation the library does not list comes with the zero
		// Organisation and a status; only a Transfer without one lacks
		// its destination.
		return Text{Da: "Modtagerlandet er ikke angivet.", En: "The destination country is not set."}
	case t.On.IsZero():
		return Text{Da: "Datoen er ikke angivet.", En: "The date is not set."}
	}
	da, en := t.destinationName(language.Danish), t.destinationName(language.English)
	if t.Status == TransferEEA {
		return Text{
			Da: da + " er i EU/EØS. Videregivelse dertil er ikke en overførsel til et tredjeland, og reglerne i databeskyttelsesforordningens kapitel V gælder ikke.",
			En: en + " is in the EU/EEA. Disclosure there is not a transfer to a third country; the rules of GDPR chapter V do not apply.",
		}
	}
	d := t.Decision
	if d.ID == "" {
		if t.Organisation != 0 || t.Country.IsZero() {
			return Text{
				Da: "Den internationale organisation har ingen afgørelse om tilstrækkeligt beskyttelsesniveau. " + transferToolDa,
				En: "The international organisation has no adequacy decision. " + transferToolEn,
			}
		}
		return Text{
			Da: da + " har ingen afgørelse om tilstrækkeligt beskyttelsesniveau pr. " + adequacyDateText(t.On) + ". " + transferToolDa,
			En: en + " has no adequacy decision on " + adequacyDateText(t.On) + ". " + transferToolEn,
		}
	}
	period := adequacyDateText(d.From)
	if !d.Until.IsZero() {
		period += " – " + adequacyDateText(d.Until)
	}
	decisionDa := "Kommissionen har fastslået, at " + da + " har et tilstrækkeligt beskyttelsesniveau (" + d.Instrument + ", " + period + ")."
	decisionEn := "The Commission has decided that " + en + " ensures an adequate level of protection (" + d.Instrument + ", " + period + ")."
	switch {
	case t.Status == TransferThirdCountry:
		return Text{
			Da: decisionDa + " Afgørelsen har et begrænset anvendelsesområde (" + d.Scope.Label(language.Danish) + "), og modtageren er ikke omfattet. " + transferToolDa,
			En: decisionEn + " The decision has a limited scope (" + d.Scope.Label(language.English) + ") and the recipient is outside it. " + transferToolEn,
		}
	case !d.Scope.Limited():
		return Text{
			Da: decisionDa + " Overførslen kræver ikke yderligere overførselsgrundlag.",
			En: decisionEn + " The transfer needs no further transfer tool.",
		}
	case !t.RecipientChecked:
		return Text{
			Da: decisionDa + " Afgørelsen har et begrænset anvendelsesområde (" + d.Scope.Label(language.Danish) + "): kontrollér, at modtageren er omfattet; ellers er det en overførsel til et usikkert tredjeland.",
			En: decisionEn + " The decision has a limited scope (" + d.Scope.Label(language.English) + "): check that the recipient is within it; otherwise this is a transfer to a third country without adequacy.",
		}
	}
	return Text{
		Da: decisionDa + " Afgørelsen har et begrænset anvendelsesområde (" + d.Scope.Label(language.Danish) + "), og modtageren er oplyst at være omfattet.",
		En: decisionEn + " The decision has a limited scope (" + d.Scope.Label(language.English) + ") and the recipient is stated to be within it.",
	}
}

const (
	transferToolDa = "Overførsel kræver et overførselsgrundlag efter art. 46 (fx Kommissionens standardkontraktbestemmelser, 2021/914, eller bindende virksomhedsregler) med en vurdering af overførslens virkning (TIA), eller en undtagelse efter art. 49. En offentlig myndighed kan ikke bruge art. 49, stk. 1, litra a-c, under udøvelse af offentlig myndighed (art. 49, stk. 3)."
	transferToolEn = "A transfer needs a transfer tool of art. 46 (such as the Commission's standard contractual clauses, 2021/914, or binding corporate rules) with a transfer impact assessment, or a derogation of art. 49. A public authority exercising its public powers cannot rely on art. 49(1)(a) to (c) (art. 49(3))."
)

func (t Transfer) destinationName(tag language.Tag) string {
	if t.Organisation != 0 {
		return t.Organisation.Label(tag)
	}
	return t.Country.Label(tag)
}

// adequacyDateText formats d as YYYY-MM-DD, or "-" for the zero Date.
func adequacyDateText(d Date) string {
	if d.IsZero() {
		return "-"
	}
	return d.String()
}
