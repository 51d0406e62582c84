package dpa_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testNow is the fixed "now" of the tests: Monday 2 March 2026, 10:00 in
// Copenhagen.
var testNow = time.Date(2026, time.March, 2, 9, 0, 0, 0, time.UTC)

// at returns noon in Copenhagen on the day s.
func at(s string) time.Time { return gdpr.MustParseDate(s).Start().Add(12 * time.Hour) }

func date(s string) gdpr.Date { return gdpr.MustParseDate(s) }

func country(s string) gdpr.Country { return gdpr.MustParseCountry(s) }

// compliant is the example's case system with standard contractual clauses
// and a transfer impact assessment for its US support: no findings on
// testNow.
func compliant() dpa.Agreement {
	a := caseSystem()
	a.SubProcessors[1].Locations = []dpa.Location{{
		Country: country("US"), Place: "Support desk",
		Basis: dpa.TransferBasis{
			Mechanism: dpa.SCCMechanism, Module: dpa.ProcessorToProcessor,
			TIA: dpa.TIA{Date: date("2026-02-20"), Conclusion: dpa.AdequateWithMeasures, Measures: []string{"Screen sharing only"}},
		},
	}}
	return a
}

// usBasis replaces the basis of the US support location.
func usBasis(b dpa.TransferBasis) func(a *dpa.Agreement) {
	return func(a *dpa.Agreement) { a.SubProcessors[1].Locations[0].Basis = b }
}

// supportIn moves the support sub-processor to country c with basis b.
func supportIn(c string, access dpa.Access, b dpa.TransferBasis) func(a *dpa.Agreement) {
	return func(a *dpa.Agreement) {
		s := &a.SubProcessors[1]
		s.Country = country(c)
		s.Access = access
		s.Locations = []dpa.Location{{Country: country(c), Basis: b}}
	}
}

const usBasisPath = "subProcessors[1].locations[0].basis"

type checkCase struct {
	name  string
	rule  string // the rule the case is about
	fires bool   // whether the rule must fire (or must not)
	path  string // the path of the finding when it fires; "" to skip
	now   time.Time
	edit  func(a *dpa.Agreement)
}

// checkCases has, for every rule of the package, cases that trigger it and
// cases that do not. TestRulesCovered proves the list covers Rules().
var checkCases = []checkCase{
	// GDPR art. 28(3) and 28(9): a contract in writing.
	{name: "never signed", rule: "dpa.not_signed", fires: true, path: "signed",
		edit: func(a *dpa.Agreement) { a.Signed = gdpr.Date{} }},
	{name: "signing date after today is not signed yet", rule: "dpa.not_signed", fires: true, path: "signed",
		edit: func(a *dpa.Agreement) { a.Signed = date("2026-03-03"); a.Start = date("2026-03-03") }},
	{name: "signed today", rule: "dpa.not_signed",
		edit: func(a *dpa.Agreement) { a.Signed = date("2026-03-02") }},

	// GDPR art. 28(3), first subparagraph; seed 001: a precise description.
	{name: "blank subject matter", rule: "dpa.content_missing", fires: true, path: "subjectMatter",
		edit: func(a *dpa.Agreement) { a.SubjectMatter = " \t" }},
	{name: "no start date", rule: "dpa.content_missing", fires: true, path: "start",
		edit: func(a *dpa.Agreement) { a.Start = gdpr.Date{} }},
	{name: "neither end date nor indefinite", rule: "dpa.content_missing", fires: true, path: "end",
		edit: func(a *dpa.Agreement) { a.Indefinite = false }},
	{name: "no nature", rule: "dpa.content_missing", fires: true, path: "nature",
		edit: func(a *dpa.Agreement) { a.Nature = "" }},
	{name: "no purpose", rule: "dpa.content_missing", fires: true, path: "purpose",
		edit: func(a *dpa.Agreement) { a.Purpose = "" }},
	{name: "no data types (seed 001: which data, and whether confidential or sensitive)", rule: "dpa.content_missing", fires: true, path: "dataTypes",
		edit: func(a *dpa.Agreement) { a.DataTypes = nil }},
	{name: "no data subjects", rule: "dpa.content_missing", fires: true, path: "subjects",
		edit: func(a *dpa.Agreement) { a.Subjects = nil }},
	{name: "fixed term with an end date is a duration", rule: "dpa.content_missing",
		edit: func(a *dpa.Agreement) { a.Indefinite = false; a.End = date("2028-01-31") }},

	// GDPR art. 28(3)(a)-(h) and second subparagraph.
	{name: "clause (c) security marked missing", rule: "dpa.clause_missing", fires: true, path: "clauses.security",
		edit: func(a *dpa.Agreement) { a.Clauses[dpa.SecurityClause] = false }},
	{name: "duty to flag unlawful instructions absent from the checklist", rule: "dpa.clause_missing", fires: true, path: "clauses.unlawful_instructions",
		edit: func(a *dpa.Agreement) { delete(a.Clauses, dpa.UnlawfulInstructionClause) }},
	{name: "every clause present", rule: "dpa.clause_missing", edit: func(*dpa.Agreement) {}},

	// GDPR art. 28(10); seed 001: documented overview of processors' own use.
	{name: "own use not answered", rule: "dpa.own_use_unknown", fires: true, path: "ownUse.uses",
		edit: func(a *dpa.Agreement) { a.OwnUse = dpa.OwnUse{} }},
	{name: "own use answered no", rule: "dpa.own_use_unknown", edit: func(*dpa.Agreement) {}},
	{name: "own use without basis", rule: "dpa.own_use_basis_missing", fires: true, path: "ownUse",
		edit: func(a *dpa.Agreement) { a.OwnUse = dpa.OwnUse{Uses: dpa.Yes, Purpose: "Produktudvikling"} }},
	{name: "own use without purpose", rule: "dpa.own_use_basis_missing", fires: true, path: "ownUse",
		edit: func(a *dpa.Agreement) { a.OwnUse = dpa.OwnUse{Uses: dpa.Yes, Basis: gdpr.Art6LegitimateInterest} }},
	{name: "own use with purpose and basis", rule: "dpa.own_use_basis_missing",
		edit: func(a *dpa.Agreement) {
			a.OwnUse = dpa.OwnUse{Uses: dpa.Yes, Purpose: "Statistik", Basis: gdpr.Art6LegitimateInterest}
		}},

	// GDPR art. 28(2): prior written authorisation; rules.md §8: notice is a term.
	{name: "sub-processors without authorisation", rule: "dpa.authorisation_missing", fires: true, path: "authorisation.kind",
		edit: func(a *dpa.Agreement) { a.Authorisation = dpa.Authorisation{} }},
	{name: "no authorisation needed without sub-processors", rule: "dpa.authorisation_missing",
		edit: func(a *dpa.Agreement) { a.Authorisation = dpa.Authorisation{}; a.SubProcessors = nil }},
	{name: "general authorisation without notice period", rule: "dpa.notice_period_missing", fires: true, path: "authorisation.noticeDays",
		edit: func(a *dpa.Agreement) { a.Authorisation.NoticeDays = 0 }},
	{name: "specific authorisation needs no notice period", rule: "dpa.notice_period_missing",
		edit: func(a *dpa.Agreement) { a.Authorisation = dpa.Authorisation{Kind: dpa.SpecificAuthorisation} }},
	{name: "general authorisation with 30 days' notice", rule: "dpa.notice_period_missing", edit: func(*dpa.Agreement) {}},

	// Seed 001: a sub-processor not in the agreement means the processor acts outside instructions.
	{name: "sub-processor not listed", rule: "dpa.sub_processor_not_covered", fires: true, path: "subProcessors[0].listed",
		edit: func(a *dpa.Agreement) { a.SubProcessors[0].Listed = false }},
	{name: "sub-sub-processor not listed", rule: "dpa.sub_processor_not_covered", fires: true, path: "subProcessors[0].subProcessors[0].listed",
		edit: func(a *dpa.Agreement) {
			a.SubProcessors[0].SubProcessors = []dpa.SubProcessor{{ID: "backup", Party: dpa.Party{Name: "Backup ApS", Country: country("SE")},
				Access: dpa.StorageAccess}}
		}},
	{name: "sub-processor added by a change in effect", rule: "dpa.sub_processor_not_covered",
		edit: func(a *dpa.Agreement) {
			a.SubProcessors[0].Listed = false
			a.Changes = []dpa.Change{{Kind: dpa.Addition, SubProcessor: "hosting", Announced: date("2025-12-01"), Effective: date("2026-01-05")}}
		}},
	{name: "sub-processor in use before its change takes effect", rule: "dpa.sub_processor_not_covered", fires: true, path: "subProcessors[0].listed",
		edit: func(a *dpa.Agreement) {
			a.SubProcessors[0].Listed = false
			a.Changes = []dpa.Change{{Kind: dpa.Addition, SubProcessor: "hosting", Announced: date("2026-02-01"), Effective: date("2026-04-01")}}
		}},
	{name: "sub-processor in use although its change was withdrawn", rule: "dpa.sub_processor_not_covered", fires: true, path: "subProcessors[0].listed",
		edit: func(a *dpa.Agreement) {
			a.SubProcessors[0].Listed = false
			a.Changes = []dpa.Change{{Kind: dpa.Addition, SubProcessor: "hosting", Announced: date("2025-12-01"), Effective: date("2026-01-05"),
				Objection: dpa.Objection{Date: date("2025-12-05"), Outcome: dpa.ChangeWithdrawn}}}
		}},

	// GDPR art. 28(3)(a), 44: where the data is must be known.
	{name: "processor without country or locations", rule: "dpa.location_unknown", fires: true, path: "processor.country",
		edit: func(a *dpa.Agreement) { a.Processor.Country = gdpr.Country{} }},
	{name: "sub-processor without country or locations", rule: "dpa.location_unknown", fires: true, path: "subProcessors[0].country",
		edit: func(a *dpa.Agreement) { a.SubProcessors[0].Country = gdpr.Country{} }},
	{name: "processor locations given instead of country", rule: "dpa.location_unknown",
		edit: func(a *dpa.Agreement) {
			a.Processor.Country = gdpr.Country{}
			a.Locations = []dpa.Location{{Country: country("DK")}}
		}},

	// rules.md §8: read access is a transfer; GDPR art. 44.
	{name: "US support without basis", rule: "dpa.transfer_basis_missing", fires: true, path: usBasisPath,
		edit: usBasis(dpa.TransferBasis{})},
	{name: "read-only access from India without basis", rule: "dpa.transfer_basis_missing", fires: true, path: usBasisPath,
		edit: supportIn("IN", dpa.ReadOnlyAccess, dpa.TransferBasis{})},
	{name: "Greenland is outside the EEA and has no adequacy decision", rule: "dpa.transfer_basis_missing", fires: true, path: usBasisPath,
		edit: supportIn("GL", dpa.SupportAccess, dpa.TransferBasis{})},
	{name: "Faroe Islands are adequate", rule: "dpa.transfer_basis_missing",
		edit: supportIn("FO", dpa.SupportAccess, dpa.TransferBasis{})},
	{name: "Norway is in the EEA", rule: "dpa.transfer_basis_missing",
		edit: supportIn("NO", dpa.SupportAccess, dpa.TransferBasis{})},
	{name: "UK adequate on the last day of the renewal, 2031-12-27", rule: "dpa.transfer_basis_missing", now: at("2031-12-27"),
		edit: supportIn("GB", dpa.SupportAccess, dpa.TransferBasis{})},
	{name: "UK a third country the day after the renewal ends, 2031-12-28", rule: "dpa.transfer_basis_missing", fires: true, path: usBasisPath, now: at("2031-12-28"),
		edit: supportIn("GB", dpa.SupportAccess, dpa.TransferBasis{})},
	{name: "US DPF-certified recipient from 2023-07-10 needs nothing more", rule: "dpa.transfer_basis_missing", now: at("2023-07-10"),
		edit: usBasis(dpa.TransferBasis{Recipient: gdpr.TransferRecipient{DPFCertified: true}})},
	{name: "US DPF-certified recipient on 2023-07-09 has no basis", rule: "dpa.transfer_basis_missing", fires: true, path: usBasisPath, now: at("2023-07-09"),
		edit: usBasis(dpa.TransferBasis{Recipient: gdpr.TransferRecipient{DPFCertified: true}})},
	{name: "US support that is not DPF-certified without a tool", rule: "dpa.transfer_basis_missing", fires: true, path: usBasisPath,
		edit: usBasis(dpa.TransferBasis{Note: "asked the vendor"})},
	{name: "processor's own support location in the US", rule: "dpa.transfer_basis_missing", fires: true, path: "locations[1].basis",
		edit: func(a *dpa.Agreement) {
			a.Locations = []dpa.Location{{Country: country("DK")}, {Country: country("US"), Access: dpa.SupportAccess}}
		}},

	// GDPR art. 45(1): the claimed decision must be in force on the day.
	{name: "DPF claimed the day before it applied, 2023-07-09", rule: "dpa.adequacy_not_in_force", fires: true, path: usBasisPath, now: at("2023-07-09"),
		edit: usBasis(dpa.TransferBasis{Mechanism: dpa.AdequacyMechanism, Recipient: gdpr.TransferRecipient{DPFCertified: true}})},
	{name: "DPF claimed the day it applied, 2023-07-10", rule: "dpa.adequacy_not_in_force", now: at("2023-07-10"),
		edit: usBasis(dpa.TransferBasis{Mechanism: dpa.AdequacyMechanism, Recipient: gdpr.TransferRecipient{DPFCertified: true}})},
	{name: "UK adequacy claimed after 2031-12-27", rule: "dpa.adequacy_not_in_force", fires: true, path: usBasisPath, now: at("2031-12-28"),
		edit: supportIn("GB", dpa.SupportAccess, dpa.TransferBasis{Mechanism: dpa.AdequacyMechanism})},
	{name: "UK adequacy claimed on 2031-12-27", rule: "dpa.adequacy_not_in_force", now: at("2031-12-27"),
		edit: supportIn("GB", dpa.SupportAccess, dpa.TransferBasis{Mechanism: dpa.AdequacyMechanism})},
	{name: "adequacy claimed for India, which has none", rule: "dpa.adequacy_not_in_force", fires: true, path: usBasisPath,
		edit: supportIn("IN", dpa.SupportAccess, dpa.TransferBasis{Mechanism: dpa.AdequacyMechanism})},
	{name: "US adequacy claimed for a recipient not DPF-certified", rule: "dpa.adequacy_out_of_scope", fires: true, path: usBasisPath,
		edit: usBasis(dpa.TransferBasis{Mechanism: dpa.AdequacyMechanism})},
	{name: "Canadian adequacy claimed for a recipient outside PIPEDA", rule: "dpa.adequacy_out_of_scope", fires: true, path: usBasisPath,
		edit: supportIn("CA", dpa.SupportAccess, dpa.TransferBasis{Mechanism: dpa.AdequacyMechanism})},
	{name: "US adequacy for a DPF-certified recipient", rule: "dpa.adequacy_out_of_scope",
		edit: usBasis(dpa.TransferBasis{Mechanism: dpa.AdequacyMechanism, Recipient: gdpr.TransferRecipient{DPFCertified: true}})},

	// GDPR art. 46(1); CJEU C-311/18 (Schrems II): a tool needs a TIA.
	{name: "SCC without TIA", rule: "dpa.tia_missing", fires: true, path: usBasisPath,
		edit: usBasis(dpa.TransferBasis{Mechanism: dpa.SCCMechanism, Module: dpa.ProcessorToProcessor})},
	{name: "BCR without TIA", rule: "dpa.tia_missing", fires: true, path: usBasisPath,
		edit: usBasis(dpa.TransferBasis{Mechanism: dpa.BCRMechanism})},
	{name: "TIA concluded after the day of the check", rule: "dpa.tia_missing", fires: true, path: usBasisPath,
		edit: func(a *dpa.Agreement) { a.SubProcessors[1].Locations[0].Basis.TIA.Date = date("2026-03-03") }},
	{name: "TIA concluded on the day of the check", rule: "dpa.tia_missing",
		edit: func(a *dpa.Agreement) { a.SubProcessors[1].Locations[0].Basis.TIA.Date = date("2026-03-02") }},
	{name: "TIA concludes protection is inadequate", rule: "dpa.tia_negative", fires: true, path: usBasisPath,
		edit: func(a *dpa.Agreement) { a.SubProcessors[1].Locations[0].Basis.TIA.Conclusion = dpa.Inadequate }},
	{name: "TIA concludes protection is adequate", rule: "dpa.tia_negative",
		edit: func(a *dpa.Agreement) { a.SubProcessors[1].Locations[0].Basis.TIA.Conclusion = dpa.Adequate }},
	{name: "SCC module 1 for a sub-processor", rule: "dpa.scc_module_mismatch", fires: true, path: usBasisPath,
		edit: func(a *dpa.Agreement) { a.SubProcessors[1].Locations[0].Basis.Module = dpa.ControllerToController }},
	{name: "SCC module 2 from the controller", rule: "dpa.scc_module_mismatch",
		edit: func(a *dpa.Agreement) { a.SubProcessors[1].Locations[0].Basis.Module = dpa.ControllerToProcessor }},
	{name: "SCC module not recorded", rule: "dpa.scc_module_mismatch",
		edit: func(a *dpa.Agreement) { a.SubProcessors[1].Locations[0].Basis.Module = 0 }},

	// GDPR art. 49(3).
	{name: "public authority relies on explicit consent, art. 49(1)(a)", rule: "dpa.derogation_not_available", fires: true, path: usBasisPath,
		edit: usBasis(dpa.TransferBasis{Mechanism: dpa.DerogationMechanism, Derogation: dpa.ExplicitConsent})},
	{name: "public authority relies on compelling legitimate interests, art. 49(1) second subparagraph", rule: "dpa.derogation_not_available", fires: true, path: usBasisPath,
		edit: usBasis(dpa.TransferBasis{Mechanism: dpa.DerogationMechanism, Derogation: dpa.CompellingInterests})},
	{name: "public authority relies on public interest, art. 49(1)(d)", rule: "dpa.derogation_not_available",
		edit: usBasis(dpa.TransferBasis{Mechanism: dpa.DerogationMechanism, Derogation: dpa.PublicInterest})},
	{name: "controller not exercising public powers may use art. 49(1)(b)", rule: "dpa.derogation_not_available",
		edit: func(a *dpa.Agreement) {
			a.Controller.PublicAuthority = false
			a.SubProcessors[1].Locations[0].Basis = dpa.TransferBasis{Mechanism: dpa.DerogationMechanism, Derogation: dpa.ContractWithSubject}
		}},
	{name: "art. 49(1)(b) with the controller's public powers unstated is flagged, art. 49(3)", rule: "dpa.derogation_public_powers_unstated", fires: true, path: usBasisPath,
		edit: func(a *dpa.Agreement) {
			a.Controller.PublicAuthority = false
			a.SubProcessors[1].Locations[0].Basis = dpa.TransferBasis{Mechanism: dpa.DerogationMechanism, Derogation: dpa.ContractWithSubject}
		}},
	{name: "a public authority gets the bar itself, not the question, art. 49(3)", rule: "dpa.derogation_public_powers_unstated",
		edit: usBasis(dpa.TransferBasis{Mechanism: dpa.DerogationMechanism, Derogation: dpa.ExplicitConsent})},
	{name: "art. 49(1)(d) is open to everyone, public powers or not", rule: "dpa.derogation_public_powers_unstated",
		edit: func(a *dpa.Agreement) {
			a.Controller.PublicAuthority = false
			a.SubProcessors[1].Locations[0].Basis = dpa.TransferBasis{Mechanism: dpa.DerogationMechanism, Derogation: dpa.PublicInterest}
		}},

	// GDPR art. 28(3): processing needs an agreement in force.
	{name: "expired while processing continues", rule: "dpa.agreement_expired", fires: true, path: "end",
		edit: func(a *dpa.Agreement) { a.Indefinite = false; a.End = date("2026-03-01") }},
	{name: "ends today", rule: "dpa.agreement_expired",
		edit: func(a *dpa.Agreement) { a.Indefinite = false; a.End = date("2026-03-02") }},
	{name: "expired after the processing ended", rule: "dpa.agreement_expired",
		edit: func(a *dpa.Agreement) {
			a.Indefinite = false
			a.End = date("2026-01-31")
			a.ProcessingEnded = date("2026-01-31")
		}},

	// GDPR art. 28(1), 28(3)(h); seed 001; seed 002, section 7.3.
	{name: "no supervision plan", rule: "dpa.supervision_plan_missing", fires: true, path: "plan",
		edit: func(a *dpa.Agreement) { a.Plan = dpa.Plan{} }},
	{name: "plan without method", rule: "dpa.supervision_plan_missing", fires: true, path: "plan",
		edit: func(a *dpa.Agreement) { a.Plan.Method = 0 }},
	{name: "no plan needed before the processing starts", rule: "dpa.supervision_plan_missing",
		edit: func(a *dpa.Agreement) { a.Plan = dpa.Plan{}; a.Start = date("2026-04-01"); a.Supervisions = nil }},
	{name: "yearly supervision last done 2025-01-15", rule: "dpa.supervision_overdue", fires: true, path: "plan",
		edit: func(a *dpa.Agreement) { a.Supervisions[0].Date = date("2025-01-15") }},
	{name: "never supervised, 12 months since the start 2025-02-01", rule: "dpa.supervision_overdue", fires: true, path: "plan",
		edit: func(a *dpa.Agreement) { a.Supervisions = nil }},
	{name: "a supervision recorded with a date after the day of the check is not done yet", rule: "dpa.supervision_overdue", fires: true, path: "plan",
		edit: func(a *dpa.Agreement) {
			a.Supervisions = []dpa.Supervision{{Date: date("2025-01-15"), Method: dpa.ISAE3000}, {Date: date("2026-06-01"), Method: dpa.ISAE3000}}
		}},
	{name: "supervision due today", rule: "dpa.supervision_overdue",
		edit: func(a *dpa.Agreement) { a.Supervisions[0].Date = date("2025-03-02") }},
	{name: "follow-up action past due", rule: "dpa.follow_up_overdue", fires: true, path: "supervisions[0].actions[1]",
		edit: func(a *dpa.Agreement) {
			a.Supervisions[0].Remarks = []string{"Logning ikke dokumenteret"}
			a.Supervisions[0].Actions = []dpa.Action{
				{Text: "Indhent logpolitik", Due: date("2025-10-01"), Status: dpa.ActionDone, Completed: date("2025-09-30")},
				{Text: "Opfølgende møde", Due: date("2026-03-01"), Status: dpa.ActionInProgress},
			}
		}},
	{name: "follow-up action due today", rule: "dpa.follow_up_overdue",
		edit: func(a *dpa.Agreement) {
			a.Supervisions[0].Actions = []dpa.Action{{Text: "Opfølgende møde", Due: date("2026-03-02"), Status: dpa.ActionOpen}}
		}},
	{name: "cancelled action past due", rule: "dpa.follow_up_overdue",
		edit: func(a *dpa.Agreement) {
			a.Supervisions[0].Actions = []dpa.Action{{Text: "Ikke længere relevant", Due: date("2026-01-01"), Status: dpa.ActionCancelled}}
		}},

	// GDPR art. 28(2): changes announced so the controller can object.
	{name: "change announced 22 days before, 30 agreed", rule: "dpa.change_notice_short", fires: true, path: "changes[0].effective",
		edit: func(a *dpa.Agreement) {
			a.Changes = []dpa.Change{{Kind: dpa.Addition, SubProcessor: "hosting", Announced: date("2026-01-10"), Effective: date("2026-02-01")}}
		}},
	{name: "change announced exactly 30 days before", rule: "dpa.change_notice_short",
		edit: func(a *dpa.Agreement) {
			a.Changes = []dpa.Change{{Kind: dpa.Addition, SubProcessor: "hosting", Announced: date("2026-01-01"), Effective: date("2026-01-31")}}
		}},
	{name: "same-day change without a notice period gives no chance to object", rule: "dpa.change_notice_short", fires: true, path: "changes[0].effective",
		edit: func(a *dpa.Agreement) {
			a.Authorisation.NoticeDays, a.Authorisation.ObjectionDays = 0, 0
			a.Changes = []dpa.Change{{Kind: dpa.Addition, SubProcessor: "hosting", Announced: date("2026-01-10"), Effective: date("2026-01-10")}}
		}},
	{name: "late change that was withdrawn", rule: "dpa.change_notice_short",
		edit: func(a *dpa.Agreement) {
			a.Changes = []dpa.Change{{Kind: dpa.Replacement, SubProcessor: "hosting2", Replaces: "hosting",
				Announced: date("2026-01-10"), Effective: date("2026-01-20"),
				Objection: dpa.Objection{Date: date("2026-01-12"), Outcome: dpa.ChangeWithdrawn}}}
		}},
	{name: "specific authorisation, change in effect without approval", rule: "dpa.change_not_approved", fires: true, path: "changes[0].approved",
		edit: func(a *dpa.Agreement) {
			a.Authorisation = dpa.Authorisation{Kind: dpa.SpecificAuthorisation}
			a.Changes = []dpa.Change{{Kind: dpa.Addition, SubProcessor: "hosting", Announced: date("2026-01-10"), Effective: date("2026-02-01")}}
		}},
	{name: "specific authorisation, approved after the change took effect", rule: "dpa.change_not_approved", fires: true, path: "changes[0].approved",
		edit: func(a *dpa.Agreement) {
			a.Authorisation = dpa.Authorisation{Kind: dpa.SpecificAuthorisation}
			a.Changes = []dpa.Change{{Kind: dpa.Addition, SubProcessor: "hosting", Announced: date("2026-01-10"), Effective: date("2026-02-01"),
				Approved: date("2026-02-02")}}
		}},
	{name: "specific authorisation, approved in advance", rule: "dpa.change_not_approved",
		edit: func(a *dpa.Agreement) {
			a.Authorisation = dpa.Authorisation{Kind: dpa.SpecificAuthorisation}
			a.Changes = []dpa.Change{{Kind: dpa.Addition, SubProcessor: "hosting", Announced: date("2026-01-10"), Effective: date("2026-02-01"),
				Approved: date("2026-01-20")}}
		}},
	{name: "specific authorisation, proposal not yet in effect", rule: "dpa.change_not_approved",
		edit: func(a *dpa.Agreement) {
			a.Authorisation = dpa.Authorisation{Kind: dpa.SpecificAuthorisation}
			a.Changes = []dpa.Change{{Kind: dpa.Addition, SubProcessor: "new", Announced: date("2026-02-20"), Effective: date("2026-04-01")}}
		}},
	{name: "change in effect over a pending objection", rule: "dpa.change_despite_objection", fires: true, path: "changes[0].objection.outcome",
		edit: func(a *dpa.Agreement) {
			a.Changes = []dpa.Change{{Kind: dpa.Addition, SubProcessor: "hosting", Announced: date("2025-12-01"), Effective: date("2026-01-05"),
				Objection: dpa.Objection{Date: date("2025-12-10"), Outcome: dpa.ObjectionPending}}}
		}},
	{name: "pending objection before the change takes effect", rule: "dpa.change_despite_objection",
		edit: func(a *dpa.Agreement) {
			a.Changes = []dpa.Change{{Kind: dpa.Addition, SubProcessor: "new", Announced: date("2026-02-01"), Effective: date("2026-04-01"),
				Objection: dpa.Objection{Date: date("2026-02-10"), Outcome: dpa.ObjectionPending}}}
		}},
	{name: "objection on the last day of the 14-day window", rule: "dpa.change_despite_objection", fires: true, path: "changes[0].objection.outcome",
		edit: func(a *dpa.Agreement) {
			a.Changes = []dpa.Change{{Kind: dpa.Addition, SubProcessor: "hosting", Announced: date("2025-12-01"), Effective: date("2026-01-05"),
				Objection: dpa.Objection{Date: date("2025-12-15"), Outcome: dpa.ObjectionPending}}}
		}},
	{name: "objection after the 14-day window does not hold the change back", rule: "dpa.change_despite_objection",
		edit: func(a *dpa.Agreement) {
			a.Changes = []dpa.Change{{Kind: dpa.Addition, SubProcessor: "hosting", Announced: date("2025-12-01"), Effective: date("2026-01-05"),
				Objection: dpa.Objection{Date: date("2025-12-16"), Outcome: dpa.ObjectionPending}}}
		}},
	{name: "without an agreed window an objection counts until the change takes effect", rule: "dpa.change_despite_objection", fires: true,
		edit: func(a *dpa.Agreement) {
			a.Authorisation.ObjectionDays = 0
			a.Changes = []dpa.Change{{Kind: dpa.Addition, SubProcessor: "hosting", Announced: date("2025-12-01"), Effective: date("2026-01-05"),
				Objection: dpa.Objection{Date: date("2026-01-04"), Outcome: dpa.ObjectionPending}}}
		}},
	{name: "objection withdrawn by the controller", rule: "dpa.change_despite_objection",
		edit: func(a *dpa.Agreement) {
			a.Changes = []dpa.Change{{Kind: dpa.Addition, SubProcessor: "hosting", Announced: date("2025-12-01"), Effective: date("2026-01-05"),
				Objection: dpa.Objection{Date: date("2025-12-10"), Outcome: dpa.ObjectionWithdrawn}}}
		}},
}

// dataCases are the cases of Agreement.CheckData (seed 001; GDPR art. 28(3)).
var dataCases = []struct {
	name      string
	processed []gdpr.DataType
	fires     bool
}{
	{"health data processed but not listed", []gdpr.DataType{gdpr.PersonName, gdpr.Health}, true},
	{"criminal offences processed but not listed", []gdpr.DataType{gdpr.CriminalOffences}, true},
	{"custom confidential type not listed", []gdpr.DataType{gdpr.CustomDataType("Børnesager", gdpr.Confidential)}, true},
	{"ordinary data not listed is no finding", []gdpr.DataType{gdpr.Workplace}, false},
	{"confidential data that is listed", []gdpr.DataType{gdpr.CPRNumber, gdpr.SocialConditions, gdpr.PersonName}, false},
	{"nothing processed", nil, false},
}

func TestCompliantHasNoFindings(t *testing.T) {
	a := compliant()
	require.NoError(t, a.Validate())
	assert.Empty(t, a.Check(testNow))
	assert.Empty(t, a.CheckData(a.DataTypes))
}

func TestCheck(t *testing.T) {
	for _, tc := range checkCases {
		t.Run(tc.name, func(t *testing.T) {
			a := compliant()
			tc.edit(&a)
			require.NoError(t, a.Validate(), "a case must be valid input")
			now := tc.now
			if now.IsZero() {
				now = testNow
			}
			fs := a.Check(now)
			var got []gdpr.Finding
			for _, f := range fs {
				if f.Rule == tc.rule {
					got = append(got, f)
				}
			}
			if !tc.fires {
				assert.Empty(t, got, "got %v, want no %s", got, tc.rule)
				return
			}
			require.NotEmpty(t, got, "got %v, want %s", fs, tc.rule)
			if tc.path != "" {
				paths := make([]string, len(got))
				for i, f := range got {
					paths[i] = f.Path
				}
				assert.Contains(t, paths, tc.path)
			}
		})
	}
}

func TestCheckData(t *testing.T) {
	for _, tc := range dataCases {
		t.Run(tc.name, func(t *testing.T) {
			a := compliant()
			fs := a.CheckData(tc.processed)
			if !tc.fires {
				assert.Empty(t, fs)
				return
			}
			require.NotEmpty(t, fs)
			for _, f := range fs {
				assert.Equal(t, "dpa.data_not_listed", f.Rule)
				assert.Equal(t, "dataTypes", f.Path)
			}
		})
	}
	t.Run("each unlisted type once", func(t *testing.T) {
		a := compliant()
		fs := a.CheckData([]gdpr.DataType{gdpr.Health, gdpr.Health, gdpr.Genetic})
		require.Len(t, fs, 2)
		assert.Contains(t, fs[0].Text.Da, "Helbredsoplysninger")
		assert.Contains(t, fs[1].Text.En, "Genetic data")
	})
}

// TestRulesCovered proves that every rule of Rules() is triggered by some
// case, and that every finding any case produces belongs to a rule of
// Rules() with the same severity and a text that starts with the rule's.
func TestRulesCovered(t *testing.T) {
	rules := make(map[string]gdpr.Rule)
	for _, r := range dpa.Rules() {
		require.NotContains(t, rules, r.ID, "rule listed twice")
		require.True(t, strings.HasPrefix(r.ID, "dpa."), r.ID)
		require.True(t, r.Severity.Valid(), r.ID)
		require.NotEmpty(t, r.Reference, r.ID)
		require.NotEmpty(t, r.Text.Da, r.ID)
		require.NotEmpty(t, r.Text.En, r.ID)
		rules[r.ID] = r
	}
	fired := make(map[string]bool)
	record := func(fs []gdpr.Finding) {
		for _, f := range fs {
			r, ok := rules[f.Rule]
			if !assert.True(t, ok, "finding %s is not in Rules()", f.Rule) {
				continue
			}
			fired[f.Rule] = true
			assert.Equal(t, r.Severity, f.Severity, f.Rule)
			assert.True(t, strings.HasPrefix(f.Text.Da, r.Text.Da), "%s: Danish text %q", f.Rule, f.Text.Da)
			assert.True(t, strings.HasPrefix(f.Text.En, r.Text.En), "%s: English text %q", f.Rule, f.Text.En)
			assert.NotEmpty(t, f.Reference, f.Rule)
		}
	}
	for _, tc := range checkCases {
		a := compliant()
		tc.edit(&a)
		now := tc.now
		if now.IsZero() {
			now = testNow
		}
		record(a.Check(now))
	}
	for _, tc := range dataCases {
		a := compliant()
		record(a.CheckData(tc.processed))
	}
	for id := range rules {
		assert.True(t, fired[id], "no test triggers rule %s", id)
	}
	// And every rule has a case on which it must not fire (issue 8).
	quiet := map[string]bool{"dpa.data_not_listed": false}
	for _, tc := range checkCases {
		if !tc.fires {
			quiet[tc.rule] = true
		}
	}
	for _, tc := range dataCases {
		if !tc.fires {
			quiet["dpa.data_not_listed"] = true
		}
	}
	for id := range rules {
		assert.True(t, quiet[id], "no case shows rule %s staying quiet", id)
	}
	// Rules returns a fresh copy.
	rs := dpa.Rules()
	rs[0].ID = "changed"
	assert.NotEqual(t, "changed", dpa.Rules()[0].ID)
}

func TestClauseFindingNamesTheClause(t *testing.T) {
	a := compliant()
	a.Clauses[dpa.AuditClause] = false
	fs := a.Check(testNow)
	require.Len(t, fs, 1)
	assert.Equal(t, "GDPR art. 28(3)(h)", fs[0].Reference.En)
	assert.Contains(t, fs[0].Text.Da, "revision")
	assert.Contains(t, fs[0].Text.En, "audits")
}

func TestEndedProcessingHasNoFindings(t *testing.T) {
	a := dpa.Agreement{ID: "old", Start: date("2019-01-01"), ProcessingEnded: date("2026-03-02")}
	assert.Empty(t, a.Check(testNow), "ended on the day of the check")
	a.ProcessingEnded = date("2026-03-03")
	assert.NotEmpty(t, a.Check(testNow), "ends tomorrow")
}

func TestCheckDayIsCopenhagen(t *testing.T) {
	// 2026-03-01 23:30 UTC is 2 March in Copenhagen: an action due on
	// 1 March is overdue then, not at 22:30 UTC (23:30 in Copenhagen).
	a := compliant()
	a.Supervisions[0].Actions = []dpa.Action{{Text: "Møde", Due: date("2026-03-01"), Status: dpa.ActionOpen}}
	has := func(now time.Time) bool {
		for _, f := range a.Check(now) {
			if f.Rule == "dpa.follow_up_overdue" {
				return true
			}
		}
		return false
	}
	assert.False(t, has(time.Date(2026, time.March, 1, 22, 30, 0, 0, time.UTC)))
	assert.True(t, has(time.Date(2026, time.March, 1, 23, 30, 0, 0, time.UTC)))
}

func TestZeroAgreementQueries(t *testing.T) {
	var a dpa.Agreement
	assert.Empty(t, a.Routes(), "no country, no route")
	assert.True(t, a.NextSupervision().IsZero(), "no plan, no due day")
	_, ok := a.LastSupervision()
	assert.False(t, ok)
	fs := a.CheckData([]gdpr.DataType{gdpr.Health})
	require.Len(t, fs, 1, "health data that the empty agreement does not list")
	assert.Equal(t, "dpa.data_not_listed", fs[0].Rule)
	var ps gdpr.Problems
	require.ErrorAs(t, a.Validate(), &ps)
	assert.Equal(t, "id", ps[0].Path, "the zero agreement has no ID")
}

func TestCheckZeroAgreement(t *testing.T) {
	// The zero agreement is invalid, but Check still says what is missing.
	var a dpa.Agreement
	ids := map[string]bool{}
	for _, f := range a.Check(testNow) {
		ids[f.Rule] = true
	}
	for _, id := range []string{"dpa.not_signed", "dpa.content_missing", "dpa.clause_missing", "dpa.own_use_unknown",
		"dpa.location_unknown", "dpa.supervision_plan_missing"} {
		assert.True(t, ids[id], id)
	}
}
