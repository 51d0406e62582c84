package ropa_test

import (
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func us() gdpr.Country { return gdpr.MustParseCountry("US") }

// ruleCase changes the compliant record so that one rule fires at one path.
type ruleCase struct {
	name   string
	change func(r *ropa.Record)
	rule   string
	path   string
}

// recordRuleCases are the trigger cases of Record.Check, one or more per
// rule; each cites its source.
var recordRuleCases = []ruleCase{
	// GDPR art. 30(1)(a).
	{"no controller name", func(r *ropa.Record) { r.Controller.Name = " " }, "ropa.controller_missing", "controller"},
	{"controller without contact details", func(r *ropa.Record) {
		r.Controller = ropa.Party{Name: "Eksempel Kommune"}
	}, "ropa.controller_missing", "controller"},
	// GDPR art. 30(1)(a), 37(1)(a).
	{"DPO named without contact details", func(r *ropa.Record) { r.DPO = ropa.Party{Name: "DPO"} }, "ropa.dpo_missing", "dpo"},
	// GDPR art. 30(1)(b).
	{"no purposes", func(r *ropa.Record) { r.Purposes = nil }, "ropa.purpose_missing", "purposes"},
	// GDPR art. 6(1): each purpose needs an art. 6 basis; special law alone does not say (c) or (e).
	{"purpose on special legislation only", func(r *ropa.Record) {
		r.Purposes[0].LegalBases = []gdpr.LegalBasis{gdpr.Art9SubstantialPublic, gdpr.DBL11, gdpr.SpecialLaw("folkeskoleloven § 40")}
	}, "gdpr.art6_basis_missing", "purposes[0].legalBases"},
	// GDPR art. 9(2): health data of pupils.
	{"health data without an art. 9 condition", func(r *ropa.Record) {
		r.Purposes[0].LegalBases = []gdpr.LegalBasis{gdpr.Art6LegalObligation, gdpr.DBL11}
	}, "gdpr.art9_basis_missing", "purposes"},
	// GDPR art. 10; databeskyttelsesloven § 8.
	{"criminal-offence data without art. 10 or § 8", func(r *ropa.Record) {
		r.Subjects[0].DataTypes = append(r.Subjects[0].DataTypes, gdpr.CriminalOffences)
	}, "gdpr.art10_basis_missing", "purposes"},
	// Databeskyttelsesloven § 11.
	{"CPR numbers without § 11", func(r *ropa.Record) {
		r.Purposes[0].LegalBases = []gdpr.LegalBasis{gdpr.Art6LegalObligation, gdpr.Art9SubstantialPublic}
	}, "gdpr.cpr_basis_missing", "purposes"},
	// Datatilsynet's guidance on consent: consent where the purpose is a legal obligation.
	{"consent next to a legal obligation", func(r *ropa.Record) {
		r.Purposes[0].LegalBases = append(r.Purposes[0].LegalBases, gdpr.Art6Consent)
	}, "ropa.consent_with_other_basis", "purposes[0].legalBases"},
	{"explicit consent next to special legislation", func(r *ropa.Record) {
		r.Purposes[0].LegalBases = []gdpr.LegalBasis{gdpr.Art6Contract, gdpr.Art9ExplicitConsent, gdpr.DBL11, gdpr.SpecialLaw("folkeskoleloven § 40")}
	}, "ropa.consent_with_other_basis", "purposes[0].legalBases"},
	{"consent next to a public task", func(r *ropa.Record) {
		r.Purposes[0].LegalBases = []gdpr.LegalBasis{gdpr.Art6Consent, gdpr.Art6PublicTask, gdpr.Art9SubstantialPublic, gdpr.DBL11}
	}, "ropa.consent_with_other_basis", "purposes[0].legalBases"},
	// GDPR art. 5(1)(c); the municipal DPIA template, question 5.2.
	{"data collected beyond necessity", func(r *ropa.Record) { r.BeyondNecessary = gdpr.Yes }, "ropa.data_minimisation", "beyondNecessary"},
	// GDPR art. 30(1)(c).
	{"no data subjects", func(r *ropa.Record) { r.Subjects = nil }, "ropa.subjects_missing", "subjects"},
	{"a category of subjects without data types", func(r *ropa.Record) { r.Subjects[1].DataTypes = nil }, "ropa.data_types_missing", "subjects[1].dataTypes"},
	// GDPR art. 30(1)(f).
	{"no erasure time limit at all", func(r *ropa.Record) { r.Retention = nil }, "ropa.retention_missing", "subjects[0].dataTypes[0]"},
	{"a named type whose entry has no period", func(r *ropa.Record) {
		r.Retention = append(r.Retention, ropa.Retention{DataTypes: []gdpr.DataType{gdpr.ContactDetails}, Note: "indtil videre"})
	}, "ropa.retention_missing", "subjects[1].dataTypes[1]"},
	{"only some types have a limit", func(r *ropa.Record) {
		r.Retention = []ropa.Retention{{DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber, gdpr.ContactDetails},
			Period: ropa.Period{Count: 5, Unit: ropa.Years}, Trigger: ropa.CaseClosed}}
	}, "ropa.retention_missing", "subjects[0].dataTypes[2]"},
	{"a limit without what starts it", func(r *ropa.Record) { r.Retention[0].Trigger = 0 }, "ropa.retention_incomplete", "retention[0].trigger"},
	// GDPR art. 30(1)(g).
	{"no security description", func(r *ropa.Record) { r.Security = "" }, "ropa.security_missing", "security"},
	// GDPR art. 32(1)(a); Datatilsynet's guidance on encryption: health data by e-mail without encryption.
	{"sensitive data by unencrypted e-mail", func(r *ropa.Record) { r.Channels[1].Encrypted = false }, "ropa.unencrypted_channel", "channels[1].encrypted"},
	{"CPR numbers over an unencrypted web service", func(r *ropa.Record) {
		r.Subjects[0].DataTypes = []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber}
		r.Channels = []ropa.Channel{{Kind: ropa.Web}}
	}, "ropa.unencrypted_channel", "channels[0].encrypted"},
	// GDPR art. 44, 46: the US without DPF certification and no safeguard.
	{"transfer to the US without a safeguard", func(r *ropa.Record) { r.Transfers[0].Safeguard = 0 }, "ropa.transfer_unsafeguarded", "transfers[0].safeguard"},
	// GDPR art. 49(3).
	{"public authority exercising public powers relying on the consent derogation", func(r *ropa.Record) {
		r.PublicPowers = gdpr.Yes
		r.Transfers[0].Safeguard = ropa.DerogationConsent
	}, "ropa.transfer_derogation_public_authority", "transfers[0].safeguard"},
	{"public authority exercising public powers relying on the contract derogation", func(r *ropa.Record) {
		r.PublicPowers = gdpr.Yes
		r.Transfers[0].Safeguard = ropa.DerogationContract
	}, "ropa.transfer_derogation_public_authority", "transfers[0].safeguard"},
	{"art. 49(3) bars the second subparagraph too", func(r *ropa.Record) {
		r.PublicPowers = gdpr.Yes
		r.Transfers[0].Safeguard = ropa.DerogationCompellingInterests
		r.Transfers[0].SuitableSafeguards = "Pseudonymiseret udtræk, slettes efter 30 dage"
	}, "ropa.transfer_derogation_public_authority", "transfers[0].safeguard"},
	{"public powers not stated, consent derogation", func(r *ropa.Record) {
		r.Transfers[0].Safeguard = ropa.DerogationConsent
	}, "ropa.derogation_public_powers_unstated", "transfers[0].safeguard"},
	// GDPR art. 30(1)(e), 49(6).
	{"second-subparagraph transfer without its safeguards documented", func(r *ropa.Record) {
		r.PublicPowers = gdpr.No
		r.Transfers[0].Safeguard = ropa.DerogationCompellingInterests
	}, "ropa.suitable_safeguards_missing", "transfers[0].suitableSafeguards"},
	// GDPR art. 46(3)(a), 46(1): ad hoc clauses need a TIA as any art. 46 tool.
	{"ad hoc clauses without a TIA", func(r *ropa.Record) {
		r.Transfers[0].Safeguard = ropa.AdHocClauses
		r.Transfers[0].TIA = ""
	}, "ropa.transfer_tia_missing", "transfers[0].tia"},
	// GDPR art. 46(1); CJEU C-311/18.
	{"standard contractual clauses without a TIA", func(r *ropa.Record) { r.Transfers[0].TIA = "" }, "ropa.transfer_tia_missing", "transfers[0].tia"},
	// GDPR art. 30(1)(e), 44: support access from the US is a transfer.
	{"sub-processor in the US with no transfer recorded", func(r *ropa.Record) { r.Transfers = nil }, "ropa.transfer_not_recorded", "processors[1].countries[1]"},
	{"a processor's international organisation with no transfer recorded (art. 30(1)(e), 44)", func(r *ropa.Record) {
		r.Processors[1].Organisations = []gdpr.InternationalOrganisation{gdpr.EuropeanPatentOrganisation}
	}, "ropa.transfer_not_recorded", "processors[1].organisations[0]"},
	{"recipient in Greenland with no transfer recorded", func(r *ropa.Record) {
		r.NoRecipients = false
		r.Recipients = []ropa.Recipient{{Category: ropa.PublicAuthorities, Country: gdpr.MustParseCountry("GL"), LegalBases: []gdpr.LegalBasis{gdpr.Art6PublicTask}}}
	}, "ropa.transfer_not_recorded", "recipients[0].country"},
	// GDPR art. 30(1)(a): each joint controller's and the representative's contact details.
	{"joint controller without contact details", func(r *ropa.Record) {
		r.JointControllers = []ropa.Party{{Name: "Nabo Kommune", Email: gdpr.NewPersonal("nabo@example.dk")}, {Name: "Region"}}
	}, "ropa.joint_controller_contact_missing", "jointControllers[1]"},
	{"representative without contact details", func(r *ropa.Record) {
		r.Representative = ropa.Party{Name: "EU-repræsentant"}
	}, "ropa.representative_contact_missing", "representative"},
	// GDPR art. 28(3).
	{"processor without an agreement", func(r *ropa.Record) { r.Processors[0].AgreementID = "" }, "ropa.processor_agreement_missing", "processors[0].agreementId"},
	// GDPR art. 6(1): the basis of each disclosure.
	{"disclosure without a basis", func(r *ropa.Record) {
		r.NoRecipients = false
		r.Recipients = []ropa.Recipient{{Category: ropa.PublicAuthorities, Name: "Styrelsen"}}
	}, "ropa.disclosure_basis_missing", "recipients[0].legalBases"},
	// GDPR art. 5(2), 24(1): the annual review (årshjul).
	{"never reviewed", func(r *ropa.Record) { r.LastReview = gdpr.Date{} }, "ropa.review_missing", "lastReview"},
	{"reviewed more than a year ago", func(r *ropa.Record) { r.LastReview = gdpr.MustParseDate("2025-03-01") }, "ropa.review_overdue", "lastReview"},
	{"a six-month interval ran out", func(r *ropa.Record) {
		r.ReviewInterval = ropa.Period{Count: 6, Unit: ropa.Months}
	}, "ropa.review_overdue", "lastReview"},
	{"no owner", func(r *ropa.Record) { r.Owner = gdpr.Personal{} }, "ropa.owner_missing", "owner"},
	{"no risk assessment", func(r *ropa.Record) { r.RiskAssessmentID = "" }, "ropa.risk_assessment_missing", "riskAssessmentId"},
	// GDPR art. 30(1)(b); local policy: records per fine-grained KLE area.
	{"no KLE numbers", func(r *ropa.Record) { r.Purposes[0].KLE = nil }, "ropa.kle_missing", "purposes"},
	{"a whole main group only", func(r *ropa.Record) { r.Purposes[0].KLE = []gdpr.KLE{gdpr.MustParseKLE("17")} }, "ropa.kle_coarse", "purposes"},
}

func TestCompliantRecordHasNoFindings(t *testing.T) {
	r := compliantRecord()
	require.NoError(t, r.Validate())
	got := r.Check(now)
	require.NotNil(t, got, "a clean check is [] in JSON, not null")
	assert.Empty(t, got)
	reg := ropa.Register{Records: []ropa.Record{r}}
	require.NotNil(t, reg.Check(now))
	assert.Empty(t, reg.Check(now))
	require.NotNil(t, reg.CheckTemplates(now))
	assert.Empty(t, reg.CheckTemplates(now))
	p := processorRecord()
	require.NotNil(t, p.Check(now))
}

// TestCheckReportsInvalidValues: Check never fails; what Validate rejects
// is a finding ropa.invalid at the problem's path (GDPR art. 5(1)(d), 5(2)),
// and the other rules still run.
func TestCheckReportsInvalidValues(t *testing.T) {
	r := compliantRecord()
	r.Status = ropa.Status(99)
	r.Purposes[0].LegalBases = append(r.Purposes[0].LegalBases, "art99")
	got := r.Check(now)
	assert.True(t, hasFinding(got, "ropa.invalid", "status"), "%v", got)
	assert.True(t, hasFinding(got, "ropa.invalid", "purposes[0].legalBases["+strconv.Itoa(len(r.Purposes[0].LegalBases)-1)+"]"), "%v", got)
	for _, f := range got {
		assert.Equal(t, gdpr.Error, f.Severity)
	}

	reg := ropa.Register{Records: []ropa.Record{compliantRecord(), compliantRecord()}}
	assert.True(t, hasFinding(reg.Check(now), "ropa.invalid", "records[1].id"), "a record id used twice")

	p := processorRecord()
	p.Controllers[0].Categories = append(p.Controllers[0].Categories, " ")
	assert.True(t, hasFinding(p.Check(now), "ropa.invalid", "controllers[0].categories[2]"))
}

func TestRecordCheckTriggers(t *testing.T) {
	for _, tc := range recordRuleCases {
		t.Run(tc.name, func(t *testing.T) {
			r := compliantRecord()
			tc.change(&r)
			require.NoError(t, r.Validate(), "the case must be a valid record")
			got := r.Check(now)
			require.True(t, hasFinding(got, tc.rule, tc.path), "got %v, want %s at %s", got, tc.rule, tc.path)
			// The finding comes from the rule catalogue: same severity, reference and text.
			rule := ruleByID(t, tc.rule)
			for _, f := range got {
				if f.Rule == tc.rule {
					assert.Equal(t, rule.Severity, f.Severity)
					assert.Equal(t, rule.Reference, f.Reference)
					assert.Contains(t, f.Text.Da, rule.Text.Da)
					assert.Contains(t, f.Text.En, rule.Text.En)
				}
			}
			// And the compliant record does not trigger it.
			assert.False(t, hasFinding(compliantRecord().Check(now), tc.rule, ""), "compliant record triggers %s", tc.rule)
		})
	}
}

func TestRecordCheckNotTriggered(t *testing.T) {
	cases := []struct {
		name   string
		change func(r *ropa.Record)
		rule   string
	}{
		// Ordinary data only need an art. 6 basis.
		{"ordinary data by unencrypted e-mail", func(r *ropa.Record) {
			r.Subjects = []ropa.SubjectCategory{{Category: gdpr.Employees.Category(), DataTypes: []gdpr.DataType{gdpr.PersonName}}}
			r.Channels = []ropa.Channel{{Kind: ropa.Email}}
		}, "ropa.unencrypted_channel"},
		{"health data on paper", func(r *ropa.Record) { r.Channels = []ropa.Channel{{Kind: ropa.Paper}} }, "ropa.unencrypted_channel"},
		{"health data on the internal network", func(r *ropa.Record) { r.Channels = []ropa.Channel{{Kind: ropa.InternalNetwork}} }, "ropa.unencrypted_channel"},
		{"Digital Post is encrypted by design", func(r *ropa.Record) { r.Channels = []ropa.Channel{{Kind: ropa.DigitalPost}} }, "ropa.unencrypted_channel"},
		// GDPR art. 45: adequacy needs no safeguard.
		{"US recipient certified under the DPF", func(r *ropa.Record) {
			r.Transfers[0].Safeguard = 0
			r.Transfers[0].RecipientFacts.DPFCertified = true
		}, "ropa.transfer_unsafeguarded"},
		{"transfer to the United Kingdom", func(r *ropa.Record) {
			r.Transfers = []ropa.Transfer{{Country: gdpr.MustParseCountry("GB")}}
			r.Processors[1].Countries = []gdpr.Country{gdpr.MustParseCountry("GB")}
		}, "ropa.transfer_unsafeguarded"},
		{"transfer inside the EEA", func(r *ropa.Record) {
			r.Transfers = []ropa.Transfer{{Country: gdpr.MustParseCountry("NO")}}
			r.Processors[1].Countries = nil
		}, "ropa.transfer_unsafeguarded"},
		// GDPR art. 49(1)(d) is open to public authorities.
		{"important public interest derogation", func(r *ropa.Record) {
			r.PublicPowers = gdpr.Yes
			r.Transfers[0].Safeguard = ropa.DerogationPublicInterest
		}, "ropa.transfer_derogation_public_authority"},
		// GDPR art. 49(3) bars only public powers: stated no, no finding.
		{"no public powers, consent derogation", func(r *ropa.Record) {
			r.PublicPowers = gdpr.No
			r.Transfers[0].Safeguard = ropa.DerogationConsent
		}, "ropa.transfer_derogation_public_authority"},
		{"no public powers, consent derogation, nothing unstated", func(r *ropa.Record) {
			r.PublicPowers = gdpr.No
			r.Transfers[0].Safeguard = ropa.DerogationConsent
		}, "ropa.derogation_public_powers_unstated"},
		{"second-subparagraph transfer with its safeguards documented", func(r *ropa.Record) {
			r.PublicPowers = gdpr.No
			r.Transfers[0].Safeguard = ropa.DerogationCompellingInterests
			r.Transfers[0].SuitableSafeguards = "Pseudonymiseret udtræk"
		}, "ropa.suitable_safeguards_missing"},
		{"a derogation needs no TIA", func(r *ropa.Record) {
			r.Transfers[0].Safeguard = ropa.DerogationLegalClaims
			r.Transfers[0].TIA = ""
		}, "ropa.transfer_tia_missing"},
		{"a sub-processor needs no agreement of the controller's own", func(r *ropa.Record) {
			r.Processors[1].AgreementID = ""
		}, "ropa.processor_agreement_missing"},
		{"review due today is not overdue", func(r *ropa.Record) { r.LastReview = gdpr.MustParseDate("2025-03-02") }, "ropa.review_overdue"},
		{"an ended record needs no review", func(r *ropa.Record) {
			r.Status = ropa.Ended
			r.LastReview = gdpr.MustParseDate("2020-01-01")
		}, "ropa.review_overdue"},
		{"an ended record is not missing a review", func(r *ropa.Record) {
			r.Status = ropa.Ended
			r.LastReview = gdpr.Date{}
		}, "ropa.review_missing"},
		{"consent alone is not criticised", func(r *ropa.Record) {
			r.Purposes[0].LegalBases = []gdpr.LegalBasis{gdpr.Art6Consent, gdpr.Art9ExplicitConsent, gdpr.DBL11}
		}, "ropa.consent_with_other_basis"},
		{"a default limit covers every type", func(r *ropa.Record) {
			r.Retention = []ropa.Retention{
				{DataTypes: []gdpr.DataType{gdpr.Health}, Period: ropa.Period{Count: 10, Unit: ropa.Years}, Trigger: ropa.CaseClosed},
				{Period: ropa.Period{Count: 5, Unit: ropa.Years}, Trigger: ropa.CaseClosed},
			}
		}, "ropa.retention_missing"},
		{"a main group next to a subject is fine", func(r *ropa.Record) {
			r.Purposes[0].KLE = []gdpr.KLE{gdpr.MustParseKLE("17"), gdpr.MustParseKLE("17.03.00")}
		}, "ropa.kle_coarse"},
		{"KLE numbers on a second purpose count", func(r *ropa.Record) {
			r.Purposes = append(r.Purposes, ropa.Purpose{Description: "x", LegalBases: []gdpr.LegalBasis{gdpr.Art6PublicTask}, KLE: r.Purposes[0].KLE})
			r.Purposes[0].KLE = nil
		}, "ropa.kle_missing"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := compliantRecord()
			tc.change(&r)
			require.NoError(t, r.Validate())
			got := r.Check(now)
			assert.False(t, hasFinding(got, tc.rule, ""), "got %v, want no %s", got, tc.rule)
		})
	}
}

func TestUnsafeguardedTransferExplainsItself(t *testing.T) {
	r := compliantRecord()
	r.Transfers[0].Safeguard = 0
	got := r.Check(now)
	require.Len(t, got, 1)
	f := got[0]
	assert.Equal(t, "ropa.transfer_unsafeguarded", f.Rule)
	// The explanation of gdpr.TransferToRecipient follows the rule's text.
	assert.Greater(t, len(f.Text.Da), len(ruleByID(t, f.Rule).Text.Da))
	assert.Greater(t, len(f.Text.En), len(ruleByID(t, f.Rule).Text.En))
}

func TestReviewOverdueNamesTheDueDate(t *testing.T) {
	r := compliantRecord()
	r.LastReview = gdpr.MustParseDate("2024-09-01")
	assert.Equal(t, gdpr.MustParseDate("2025-09-01"), r.NextReview())
	got := r.Check(now)
	require.Len(t, got, 1)
	assert.Contains(t, got[0].Text.Da, "2025-09-01")
	assert.Contains(t, got[0].Text.En, "2025-09-01")
}

func TestReviewDayIsTakenInCopenhagen(t *testing.T) {
	// The day is taken in Europe/Copenhagen: 2026-03-01 23:30 UTC is already 2 March there.
	r := compliantRecord()
	r.LastReview = gdpr.MustParseDate("2025-03-01")
	late := time.Date(2026, time.March, 1, 23, 30, 0, 0, time.UTC)
	assert.True(t, hasFinding(r.Check(late), "ropa.review_overdue", "lastReview"))
	early := time.Date(2026, time.March, 1, 22, 30, 0, 0, time.UTC)
	assert.False(t, hasFinding(r.Check(early), "ropa.review_overdue", ""))
}

func TestCheckOfTheZeroRecord(t *testing.T) {
	got := ropa.Record{}.Check(now)
	ids := ruleIDs(got)
	for _, want := range []string{"ropa.controller_missing", "ropa.dpo_missing", "ropa.purpose_missing",
		"ropa.subjects_missing", "ropa.security_missing", "ropa.review_missing", "ropa.owner_missing",
		"ropa.risk_assessment_missing", "ropa.kle_missing"} {
		assert.Contains(t, ids, want)
	}
}

// processorRecord returns a processor's record with no findings at now.
func processorRecord() ropa.ProcessorRecord {
	return ropa.ProcessorRecord{
		ID: "it-drift", Name: "IT-drift for samarbejdskommunerne",
		Processor: ropa.Party{Name: "IT-Fællesskabet", Email: gdpr.NewPersonal("it@example.dk")},
		DPO:       ropa.Party{Email: gdpr.NewPersonal("dpo@example.dk")},
		Controllers: []ropa.ControllerEntry{{
			Controller: ropa.Party{Name: "Eksempel Kommune", Email: gdpr.NewPersonal("kommune@example.dk")}, AgreementID: "dpa-it-1",
			Categories: []string{"Drift af ESDH", "Backup"},
		}},
		Security:      "ISO 27001-baseret ISMS.",
		SubProcessors: []ropa.ProcessorRef{{Name: "Datacenter A/S", Countries: []gdpr.Country{gdpr.MustParseCountry("DK")}}},
		LastReview:    gdpr.MustParseDate("2026-01-15"),
	}
}

func TestProcessorRecordCheck(t *testing.T) {
	ok := processorRecord()
	require.NoError(t, ok.Validate())
	require.Empty(t, ok.Check(now))
	// GDPR art. 30(2).
	cases := []struct {
		name   string
		change func(p *ropa.ProcessorRecord)
		rule   string
		path   string
	}{
		{"no controllers (art. 30(2)(a))", func(p *ropa.ProcessorRecord) { p.Controllers = nil }, "ropa.controllers_missing", "controllers"},
		{"no categories of processing (art. 30(2)(b))", func(p *ropa.ProcessorRecord) { p.Controllers[0].Categories = nil }, "ropa.processing_categories_missing", "controllers[0].categories"},
		{"no agreement with the controller (art. 28(3))", func(p *ropa.ProcessorRecord) { p.Controllers[0].AgreementID = "" }, "ropa.processor_agreement_missing", "controllers[0].agreementId"},
		{"no processor contact (art. 30(2)(a))", func(p *ropa.ProcessorRecord) { p.Processor.Email = gdpr.Personal{} }, "ropa.processor_missing", "processor"},
		{"no DPO (art. 30(2)(a))", func(p *ropa.ProcessorRecord) { p.DPO = ropa.Party{} }, "ropa.processor_dpo_missing", "dpo"},
		{"a controller without contact details (art. 30(2)(a))", func(p *ropa.ProcessorRecord) {
			p.Controllers[0].Controller.Email = gdpr.Personal{}
		}, "ropa.controller_contact_missing", "controllers[0].controller"},
		{"a controller's representative without contact details (art. 30(2)(a))", func(p *ropa.ProcessorRecord) {
			p.Controllers[0].Representative = ropa.Party{Name: "EU-repræsentant"}
		}, "ropa.processor_representative_contact_missing", "controllers[0].representative"},
		{"the processor's representative without contact details (art. 30(2)(a))", func(p *ropa.ProcessorRecord) {
			p.Representative = ropa.Party{Name: "Repræsentant"}
		}, "ropa.processor_representative_contact_missing", "representative"},
		{"no security (art. 30(2)(d))", func(p *ropa.ProcessorRecord) { p.Security = "" }, "ropa.processor_security_missing", "security"},
		{"sub-processor in the US (art. 30(2)(c))", func(p *ropa.ProcessorRecord) {
			p.SubProcessors[0].Countries = []gdpr.Country{us()}
		}, "ropa.processor_transfer_not_recorded", "subProcessors[0].countries[0]"},
		{"transfer without safeguard", func(p *ropa.ProcessorRecord) {
			p.Transfers = []ropa.Transfer{{Country: gdpr.MustParseCountry("IN")}}
		}, "ropa.transfer_unsafeguarded", "transfers[0].safeguard"},
		{"never reviewed", func(p *ropa.ProcessorRecord) { p.LastReview = gdpr.Date{} }, "ropa.review_missing", "lastReview"},
		{"review overdue", func(p *ropa.ProcessorRecord) { p.LastReview = gdpr.MustParseDate("2024-01-15") }, "ropa.review_overdue", "lastReview"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := processorRecord()
			tc.change(&p)
			require.NoError(t, p.Validate())
			got := p.Check(now)
			assert.True(t, hasFinding(got, tc.rule, tc.path), "got %v, want %s at %s", got, tc.rule, tc.path)
			for _, f := range got {
				assert.NotContains(t, f.Reference.En, "30(1)", "the processor's record is art. 30(2)'s")
			}
		})
	}
}

func TestProcessorRecordValidate(t *testing.T) {
	p := ropa.ProcessorRecord{
		Controllers:    []ropa.ControllerEntry{{Categories: []string{" "}}},
		Transfers:      []ropa.Transfer{{Safeguard: 99}},
		SubProcessors:  []ropa.ProcessorRef{{}},
		LastReview:     gdpr.Date{Year: 2025, Month: 2, Day: 30},
		ReviewInterval: ropa.Period{Count: 0, Unit: ropa.Years},
	}
	assertProblems(t, p.Validate(), map[string]string{
		"id": gdpr.CodeRequired, "name": gdpr.CodeRequired,
		"controllers[0].controller.name": gdpr.CodeRequired, "controllers[0].categories[0]": gdpr.CodeRequired,
		"transfers[0].country": gdpr.CodeRequired, "transfers[0].safeguard": gdpr.CodeUnknown,
		"subProcessors[0].name": gdpr.CodeRequired, "lastReview": gdpr.CodeMalformed,
		"reviewInterval": gdpr.CodeOutOfRange,
	})
}

func hasFinding(fs []gdpr.Finding, rule, path string) bool {
	return slices.ContainsFunc(fs, func(f gdpr.Finding) bool { return f.Rule == rule && (path == "" || f.Path == path) })
}

func ruleIDs(fs []gdpr.Finding) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Rule
	}
	return out
}

func ruleByID(t *testing.T, id string) gdpr.Rule {
	t.Helper()
	for _, r := range ropa.Rules() {
		if r.ID == id {
			return r
		}
	}
	t.Fatalf("rule %s is not in Rules()", id)
	return gdpr.Rule{}
}

// assertProblems checks that err is a gdpr.Problems with exactly the given
// path -> code pairs.
func assertProblems(t *testing.T, err error, want map[string]string) {
	t.Helper()
	require.ErrorIs(t, err, gdpr.ErrInvalid)
	var ps gdpr.Problems
	require.ErrorAs(t, err, &ps)
	got := map[string]string{}
	for _, p := range ps {
		got[p.Path] = p.Code
		assert.NotEmpty(t, p.Message)
	}
	assert.Equal(t, want, got)
}
