package ropa

import (
	"log/slog"
	"strings"
	"time"

	"github.com/dkgdpr/gdpr"
)

// ProcessorRecord is the record a processor keeps of the processing it
// carries out on behalf of controllers (GDPR art. 30(2)): for when the
// authority processes for others, such as a municipal IT partnership
// (kommunalt fællesskab) that runs systems for several municipalities.
type ProcessorRecord struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Processor is the authority acting as processor, art. 30(2)(a).
	Processor Party `json:"processor,omitzero"`
	// Representative is the processor's representative (art. 27), if any.
	Representative Party `json:"representative,omitzero"`
	// DPO is the processor's data protection officer.
	DPO Party `json:"dpo,omitzero"`
	// Controllers are the controllers processed for, each with the
	// categories of processing carried out for it (art. 30(2)(a), (b)).
	Controllers []ControllerEntry `json:"controllers,omitempty"`
	// Transfers are the transfers to third countries, art. 30(2)(c).
	Transfers []Transfer `json:"transfers,omitempty"`
	// Security is the general description of the security measures,
	// art. 30(2)(d).
	Security string `json:"security,omitempty"`
	// SubProcessors are the processor's own sub-processors.
	SubProcessors []ProcessorRef `json:"subProcessors,omitempty"`
	// LastReview and ReviewInterval work as on a [Record].
	LastReview     gdpr.Date `json:"lastReview,omitzero"`
	ReviewInterval Period    `json:"reviewInterval,omitzero"`
}

// LogValue implements slog.LogValuer: the record's fields under their JSON
// names, the parties' e-mail addresses and phone numbers redacted.
func (p ProcessorRecord) LogValue() slog.Value { return gdpr.LogValueOf(p) }

// ControllerEntry is a controller a processor works for, the agreement
// with it (in package dpa) and the categories of processing carried out on
// its behalf.
type ControllerEntry struct {
	// Controller is the controller, with its contact details (art.
	// 30(2)(a)).
	Controller Party `json:"controller"`
	// Representative is the controller's representative (art. 27), if it
	// has one, with contact details (art. 30(2)(a)).
	Representative Party `json:"representative,omitzero"`
	// AgreementID is the id of the data processing agreement with the
	// controller (package dpa).
	AgreementID string `json:"agreementId,omitempty"`
	// Categories are the categories of processing carried out for the
	// controller (art. 30(2)(b)).
	Categories []string `json:"categories,omitempty"`
}

// LogValue implements slog.LogValuer: the entry's fields under their JSON
// names, the parties' e-mail addresses and phone numbers redacted.
func (c ControllerEntry) LogValue() slog.Value { return gdpr.LogValueOf(c) }

// Validate reports every malformed value of the processor's record at once
// as [gdpr.Problems]: a missing ID or name, a controller without a name,
// an empty category, a transfer without a country, unknown codes and
// impossible dates.
func (p ProcessorRecord) Validate() error {
	var ps gdpr.Problems
	requiredLine(&ps, at("id"), p.ID)
	requiredLine(&ps, at("name"), p.Name)
	validParty(&ps, at("processor"), &p.Processor)
	validParty(&ps, at("representative"), &p.Representative)
	validParty(&ps, at("dpo"), &p.DPO)
	for i, c := range p.Controllers {
		path := at("controllers").index(i)
		requiredLine(&ps, path.field("controller").field("name"), c.Controller.Name)
		validParty(&ps, path.field("controller"), &c.Controller)
		validParty(&ps, path.field("representative"), &c.Representative)
		singleLine(&ps, path.field("agreementId"), c.AgreementID)
		for j, s := range c.Categories {
			requiredText(&ps, path.field("categories").index(j), s)
		}
	}
	for i, t := range p.Transfers {
		path := at("transfers").index(i)
		validDestination(&ps, path, t.Country, t.Organisation, true)
		validEnum(&ps, path.field("safeguard"), t.Safeguard)
	}
	for i, s := range p.SubProcessors {
		requiredLine(&ps, at("subProcessors").index(i).field("name"), s.Name)
	}
	validDay(&ps, at("lastReview"), p.LastReview)
	validPeriod(&ps, at("reviewInterval"), p.ReviewInterval)
	return ps.Err()
}

// Check returns the gaps in the processor's record at the instant now,
// each under its own rule of GDPR art. 30(2): (a) the processor's name and
// contact details, each controller's and, where there is one, each
// representative's, and the DPO's; (b) the categories of processing for
// each controller; (c) the transfers, a sub-processor outside the EEA with
// no transfer recorded, and the transfer rules as for a [Record] (an art.
// 46 tool without a transfer impact assessment, no safeguard where one is
// needed); (d) the security measures. It also reports a controller
// without a reference to the agreement (art. 28(3)) and the annual review
// (art. 24(1)). A malformed value is a finding ropa.invalid per problem; a
// clean record gives an empty, non-nil slice.
func (p ProcessorRecord) Check(now time.Time) []gdpr.Finding {
	today := gdpr.DateOf(now)
	out := []gdpr.Finding{}
	add := func(rule *gdpr.Rule, path string) { out = append(out, rule.Finding(path)) }
	if ps, ok := p.Validate().(gdpr.Problems); ok {
		for _, pr := range ps {
			add(&ruleInvalid, pr.Path)
		}
	}
	if blank(p.Processor.Name) || !p.Processor.hasContact() {
		add(&ruleProcessorMissing, "processor")
	}
	if !p.Representative.IsZero() && (blank(p.Representative.Name) || !p.Representative.hasContact()) {
		add(&ruleProcessorRepresentativeContactMissing, "representative")
	}
	if !p.DPO.hasContact() {
		add(&ruleProcessorDPOMissing, "dpo")
	}
	if len(p.Controllers) == 0 {
		add(&ruleControllersMissing, "controllers")
	}
	for i, c := range p.Controllers {
		path := index("controllers", i)
		if !blank(c.Controller.Name) && !c.Controller.hasContact() {
			add(&ruleControllerContactMissing, path+".controller")
		}
		if !c.Representative.IsZero() && (blank(c.Representative.Name) || !c.Representative.hasContact()) {
			add(&ruleProcessorRepresentativeContactMissing, path+".representative")
		}
		if len(c.Categories) == 0 {
			add(&ruleProcessingCategoriesMissing, path+".categories")
		}
		if strings.TrimSpace(c.AgreementID) == "" {
			add(&ruleProcessorAgreementMissing, path+".agreementId")
		}
	}
	if blank(p.Security) {
		add(&ruleProcessorSecurityMissing, "security")
	}
	// The transfer rules, as for a controller's record; the sub-processors'
	// countries must be among the transfers (art. 30(2)(c)).
	r := Record{Transfers: p.Transfers, Processors: p.SubProcessors}
	n := len(out)
	r.checkTransfers(&sink{out: &out, record: -1}, today)
	for i := n; i < len(out); i++ {
		if rest, ok := strings.CutPrefix(out[i].Path, "processors["); ok {
			out[i].Path = "subProcessors[" + rest
		}
		if out[i].Rule == ruleTransferNotRecorded.ID {
			out[i] = ruleProcessorTransferNotRecorded.Finding(out[i].Path)
		}
	}
	switch {
	case p.LastReview.IsZero():
		add(&ruleReviewMissing, "lastReview")
	case p.LastReview.Valid() && today.After(Record{LastReview: p.LastReview, ReviewInterval: p.ReviewInterval}.NextReview()):
		add(&ruleReviewOverdue, "lastReview")
	}
	return out
}
