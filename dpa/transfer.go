package dpa

import (
	"strings"

	"github.com/dkgdpr/gdpr"
)

// TIA is a transfer impact assessment (vurdering af overførslens virkning):
// the assessment of the law and practice of the destination that a
// transfer on an art. 46 tool needs (CJEU C-311/18, Schrems II; EDPB
// Recommendations 01/2020; seed 002, section 7.4). The zero value means "no
// assessment".
type TIA struct {
	// Date is the day the assessment was concluded. A check for an earlier
	// day treats the transfer as having no assessment yet.
	Date gdpr.Date `json:"date,omitzero"`
	// Conclusion is what the assessment concluded.
	Conclusion TIAConclusion `json:"conclusion,omitempty"`
	// Measures lists the supplementary measures the conclusion relies on
	// (encryption with keys held in the EEA, pseudonymisation, ...).
	Measures []string `json:"measures,omitempty"`
	// Reference points to the assessment document (a case number).
	Reference string `json:"reference,omitempty"`
}

// IsZero reports whether t records no assessment.
func (t TIA) IsZero() bool {
	return t.Date.IsZero() && t.Conclusion == 0 && len(t.Measures) == 0 && t.Reference == ""
}

// Validate reports, for an assessment that is recorded at all, a missing or
// impossible date, a missing or unknown conclusion, a conclusion that
// relies on measures without listing any, and empty measures.
func (t TIA) Validate() error {
	var ps gdpr.Problems
	if t.IsZero() {
		return nil
	}
	checkDate(&ps, "date", t.Date, true)
	switch {
	case t.Conclusion == 0:
		ps.Add("conclusion", gdpr.CodeRequired, "a transfer impact assessment needs a conclusion")
	case !t.Conclusion.Valid():
		ps.Add("conclusion", gdpr.CodeUnknown, "unknown conclusion "+t.Conclusion.String())
	case t.Conclusion == AdequateWithMeasures && len(t.Measures) == 0:
		ps.Add("measures", gdpr.CodeRequired, "a conclusion that relies on supplementary measures must list them")
	}
	for i, m := range t.Measures {
		if strings.TrimSpace(m) == "" {
			ps.Add(indexPath("measures", i), gdpr.CodeRequired, "a supplementary measure needs a description")
		}
	}
	return ps.Err()
}

// done reports whether the assessment was concluded on or before on.
func (t TIA) done(on gdpr.Date) bool {
	return !t.Date.IsZero() && t.Conclusion.Valid() && !t.Date.After(on)
}

// TransferBasis is what a transfer outside the EEA rests on (seed 002,
// section 7.4): the mechanism and what it needs. For an adequacy decision
// with a limited scope (the United States: only organisations certified
// under the Data Privacy Framework) Recipient holds the facts the scope
// turns on; for the clauses 2021/914 Module says which module; for art. 49
// Derogation says which derogation; for every art. 46 tool TIA records the
// transfer impact assessment. The zero value means "nothing recorded",
// which is enough for a country whose adequacy decision covers every
// recipient: the package finds the decision itself.
type TransferBasis struct {
	// Mechanism is the legal ground of the transfer.
	Mechanism Mechanism `json:"mechanism,omitempty"`
	// Recipient holds the facts about the recipient that a limited
	// adequacy decision turns on (DPF certification, PIPEDA, APPI).
	Recipient gdpr.TransferRecipient `json:"recipient,omitzero"`
	// Module is the module of the standard contractual clauses 2021/914.
	Module SCCModule `json:"module,omitempty"`
	// Derogation is the art. 49 derogation relied on.
	Derogation Derogation `json:"derogation,omitempty"`
	// TIA is the transfer impact assessment of an art. 46 tool.
	TIA TIA `json:"tia,omitzero"`
	// Note is free text (where the clauses are, who signed them).
	Note string `json:"note,omitempty"`
}

// IsZero reports whether b records nothing.
func (b TransferBasis) IsZero() bool {
	return b.Mechanism == 0 && b.Recipient == (gdpr.TransferRecipient{}) && b.Module == 0 &&
		b.Derogation == 0 && b.TIA.IsZero() && b.Note == ""
}

// Validate reports unknown codes and details that do not belong to the
// mechanism: a module without the clauses 2021/914, a derogation without
// art. 49 (or art. 49 without a derogation), an assessment without an art.
// 46 tool.
func (b TransferBasis) Validate() error {
	var ps gdpr.Problems
	if b.Mechanism != 0 && !b.Mechanism.Valid() {
		ps.Add("mechanism", gdpr.CodeUnknown, "unknown transfer mechanism "+b.Mechanism.String())
	}
	switch {
	case b.Module != 0 && !b.Module.Valid():
		ps.Add("module", gdpr.CodeUnknown, "unknown SCC module "+b.Module.String())
	case b.Module != 0 && b.Mechanism != SCCMechanism:
		ps.Add("module", gdpr.CodeConflict, "an SCC module belongs to the mechanism scc")
	}
	switch {
	case b.Derogation != 0 && !b.Derogation.Valid():
		ps.Add("derogation", gdpr.CodeUnknown, "unknown derogation "+b.Derogation.String())
	case b.Derogation != 0 && b.Mechanism != DerogationMechanism:
		ps.Add("derogation", gdpr.CodeConflict, "a derogation belongs to the mechanism derogation")
	case b.Derogation == 0 && b.Mechanism == DerogationMechanism:
		ps.Add("derogation", gdpr.CodeRequired, "the mechanism derogation needs the derogation of art. 49(1) relied on")
	}
	if !b.TIA.IsZero() && b.Mechanism.Valid() && !b.Mechanism.Article46() {
		ps.Add("tia", gdpr.CodeConflict, "a transfer impact assessment belongs to an art. 46 transfer tool, not to "+b.Mechanism.String())
	}
	ps.Merge("tia", b.TIA.Validate())
	return ps.Err()
}

// Location is a place where a processor or sub-processor processes, stores,
// supports or can read the data: a country, what happens there, and the
// basis of the transfer when the country is outside the EEA (seed 002,
// sections 7.1, 7.2 and 7.4).
type Location struct {
	// Country is where it happens.
	Country gdpr.Country `json:"country"`
	// Access is what happens there; zero means the access of the
	// sub-processor the location belongs to (processing for the
	// processor).
	Access Access `json:"access,omitempty"`
	// Place describes the site ("data centre, Dublin", "support desk").
	Place string `json:"place,omitempty"`
	// Basis is the transfer basis, for a country outside the EEA.
	Basis TransferBasis `json:"basis,omitzero"`
}

// Validate reports a missing country, an unknown access kind and the
// problems of the basis.
func (l Location) Validate() error {
	var ps gdpr.Problems
	if l.Country.IsZero() {
		ps.Add("country", gdpr.CodeRequired, "a location needs a country")
	}
	if l.Access != 0 && !l.Access.Valid() {
		ps.Add("access", gdpr.CodeUnknown, "unknown access kind "+l.Access.String())
	}
	ps.Merge("basis", l.Basis.Validate())
	return ps.Err()
}

// TransferDecision is what the transfer rules make of data reaching a
// country on a date on a recorded basis: the answer of the gdpr package's
// adequacy table, the mechanism the transfer rests on, whether that is
// lawful, and the findings that explain why not. It is the result of
// [AssessTransfer].
type TransferDecision struct {
	// Transfer is the adequacy table's answer for the country, the date
	// and the recipient's facts.
	Transfer gdpr.Transfer `json:"transfer"`
	// Mechanism is what the transfer rests on: AdequacyMechanism when the
	// table finds a decision that covers the recipient, otherwise the
	// recorded mechanism, and zero inside the EEA or when nothing is
	// recorded.
	Mechanism Mechanism `json:"mechanism,omitempty"`
	// Lawful reports that the data may reach the country: it is in the
	// EEA, or the transfer has a valid basis. Warnings do not make it
	// unlawful.
	Lawful bool `json:"lawful"`
	// Findings explain what is wrong, without a path. Empty when nothing
	// is.
	Findings []gdpr.Finding `json:"findings,omitempty"`
}

// AssessTransfer decides whether personal data may reach country c on the
// date on with the basis b (GDPR chapter V; rules.md §8). publicAuthority
// says that the controller is a public authority exercising its public
// powers, which bars the derogations of art. 49(1)(a) to (c) and the
// second subparagraph (art. 49(3)).
//
// Inside the EEA there is no transfer. Where an adequacy decision in force
// on the date covers the recipient (see [gdpr.TransferToRecipient]), the
// transfer is lawful whatever else b records. Otherwise b must give a
// ground: a claimed adequacy decision that has expired or does not cover
// the recipient, an art. 46 tool without a transfer impact assessment
// concluded by the date (or one that concludes that protection is not
// adequate), and a barred derogation are findings. Access of any kind
// counts: read access is a transfer. A zero country gives the finding
// dpa.location_unknown; a zero date gives a decision that is not lawful
// and has no findings, as there is nothing to judge.
func AssessTransfer(c gdpr.Country, b TransferBasis, on gdpr.Date, publicAuthority bool) TransferDecision {
	d := TransferDecision{Transfer: gdpr.TransferToRecipient(c, on, b.Recipient)}
	switch {
	case c.IsZero():
		d.Findings = []gdpr.Finding{ruleTable[ruleLocationUnknown].Finding("")}
		return d
	case on.IsZero():
		return d // no date, no answer
	}
	d.Mechanism, d.Findings = judgeTransfer(d.Transfer, b, on, publicAuthority, false, nil)
	d.Lawful = lawful(d.Findings)
	return d
}

// lawful reports whether no finding is an error or worse.
func lawful(fs []gdpr.Finding) bool {
	for _, f := range fs {
		if f.Severity >= gdpr.Error {
			return false
		}
	}
	return true
}

// judgeTransfer applies the transfer rules to the table's answer t and the
// basis b; it appends its findings, without paths, to fs.
//
// publicAuthority says the controller exercises public powers; unstated says
// that false only means the host did not say so (the zero value of
// [Controller.PublicAuthority]), so a derogation art. 49(3) bars for public
// powers is flagged for confirmation rather than passed silently.
func judgeTransfer(t gdpr.Transfer, b TransferBasis, on gdpr.Date, publicAuthority, unstated bool, fs []gdpr.Finding) (Mechanism, []gdpr.Finding) {
	switch t.Status {
	case gdpr.TransferEEA:
		return 0, fs
	case gdpr.TransferAdequate:
		return AdequacyMechanism, fs
	case gdpr.TransferThirdCountry:
	default:
		return 0, append(fs, ruleTable[ruleLocationUnknown].Finding(""))
	}
	explain := func(r int) gdpr.Finding {
		f := ruleTable[r].Finding("")
		e := t.Explanation()
		addDetail(&f, e.Da, e.En)
		return f
	}
	// where names the country and the day for the findings whose rule
	// text does not.
	where := func(r int) gdpr.Finding {
		f := ruleTable[r].Finding("")
		addDetail(&f, "Land: "+t.Country.Label(daTag)+"; dato: "+formatDate(on)+".",
			"Country: "+t.Country.Label(enTag)+"; date: "+formatDate(on)+".")
		return f
	}
	m := b.Mechanism
	switch {
	case m == AdequacyMechanism && t.Decision.ID != "":
		fs = append(fs, explain(ruleAdequacyOutOfScope))
	case m == AdequacyMechanism:
		fs = append(fs, explain(ruleAdequacyNotInForce))
	case m == DerogationMechanism && !b.Derogation.Valid():
		fs = append(fs, explain(ruleTransferBasisMissing))
	case m == DerogationMechanism && publicAuthority && b.Derogation.BarredForPublicPowers():
		f := where(ruleDerogationBarred)
		f.Reference = gdpr.Cite(f.Reference.En + "; " + b.Derogation.Reference())
		fs = append(fs, f)
	case m == DerogationMechanism && unstated && b.Derogation.BarredForPublicPowers():
		// Controller.PublicAuthority defaults to false, and this library's
		// users are public authorities: an unstated status must not make
		// the art. 49(3) bar disappear silently.
		f := where(ruleDerogationPowersUnstated)
		f.Reference = gdpr.Cite(f.Reference.En + "; " + b.Derogation.Reference())
		fs = append(fs, f)
	case m.Article46():
		switch {
		case !b.TIA.done(on):
			fs = append(fs, where(ruleTIAMissing))
		case b.TIA.Conclusion == Inadequate:
			fs = append(fs, where(ruleTIANegative))
		}
		if m == SCCMechanism && b.Module.Valid() && !b.Module.FitsProcessors() {
			f := where(ruleSCCModule)
			addDetail(&f, "Registreret: "+b.Module.Label(daTag)+".", "Recorded: "+b.Module.Label(enTag)+".")
			fs = append(fs, f)
		}
	case m == DerogationMechanism:
	default:
		fs = append(fs, explain(ruleTransferBasisMissing))
	}
	if !m.Valid() {
		m = 0
	}
	return m, fs
}
