package ropa_test

import (
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/require"
)

func TestRecordValidate(t *testing.T) {
	cases := []struct {
		name   string
		change func(r *ropa.Record)
		want   map[string]string
	}{
		{"the zero record has neither id nor name", func(r *ropa.Record) { *r = ropa.Record{} },
			map[string]string{"id": gdpr.CodeRequired, "name": gdpr.CodeRequired}},
		{"a name on two lines", func(r *ropa.Record) { r.Name = "a\nb" }, map[string]string{"name": gdpr.CodeMalformed}},
		{"an unknown status", func(r *ropa.Record) { r.Status = 9 }, map[string]string{"status": gdpr.CodeUnknown}},
		{"a joint controller without a name", func(r *ropa.Record) { r.JointControllers = []ropa.Party{{Email: gdpr.NewPersonal("x@y.dk")}} },
			map[string]string{"jointControllers[0].name": gdpr.CodeRequired}},
		{"a DPO e-mail on two lines", func(r *ropa.Record) { r.DPO.Email = gdpr.NewPersonal("a\r\nb") }, map[string]string{"dpo.email": gdpr.CodeMalformed}},
		{"a purpose without description, bad kind, basis and KLE", func(r *ropa.Record) {
			r.Purposes = append(r.Purposes, ropa.Purpose{
				ID: "elevadministration", Kinds: []ropa.PurposeKind{0, 77},
				LegalBases: []gdpr.LegalBasis{"", "art6_1_z"}, KLE: []gdpr.KLE{{}},
				Ended: gdpr.Date{Year: 2025, Month: 13, Day: 1},
			})
		}, map[string]string{
			"purposes[1].description": gdpr.CodeRequired, "purposes[1].id": gdpr.CodeDuplicate,
			"purposes[1].kinds[0]": gdpr.CodeRequired, "purposes[1].kinds[1]": gdpr.CodeUnknown,
			"purposes[1].legalBases[0]": gdpr.CodeRequired, "purposes[1].legalBases[1]": gdpr.CodeUnknown,
			"purposes[1].kle[0]": gdpr.CodeRequired, "purposes[1].ended": gdpr.CodeMalformed,
		}},
		{"answers off their scale", func(r *ropa.Record) {
			r.BeyondNecessary, r.Classified, r.Matching, r.AutomatedDecisions, r.Volume = 3, 4, 5, 6, 7
		}, map[string]string{
			"beyondNecessary": gdpr.CodeUnknown, "classified": gdpr.CodeUnknown, "matching": gdpr.CodeUnknown,
			"automatedDecisions": gdpr.CodeUnknown, "volume": gdpr.CodeUnknown,
		}},
		{"bad subject categories and data types", func(r *ropa.Record) {
			r.Subjects = []ropa.SubjectCategory{
				{DataTypes: []gdpr.DataType{"", "shoe_size", gdpr.Health, gdpr.Health}},
				{Category: gdpr.DataSubjectCategory{Group: gdpr.Children}},
			}
		}, map[string]string{
			"subjects[0].category": gdpr.CodeRequired, "subjects[0].dataTypes[0]": gdpr.CodeRequired,
			"subjects[0].dataTypes[1]": gdpr.CodeUnknown, "subjects[0].dataTypes[3]": gdpr.CodeDuplicate,
			"subjects[1].category.vulnerable": gdpr.CodeConflict,
		}},
		{"a negative count", func(r *ropa.Record) { r.SubjectsPerYear = -1 }, map[string]string{"subjectsPerYear": gdpr.CodeOutOfRange}},
		{"empty and unknown enumerations in lists", func(r *ropa.Record) {
			r.Collection = []ropa.Source{0}
			r.Technologies = []ropa.TechnologyUse{{Details: "x"}}
			r.Operations = []ropa.Operation{12}
			r.Channels = []ropa.Channel{{Encrypted: true}}
		}, map[string]string{
			"collection[0]": gdpr.CodeRequired, "technologies[0].technology": gdpr.CodeRequired,
			"operations[0]": gdpr.CodeUnknown, "channels[0].kind": gdpr.CodeRequired,
		}},
		{"recipients and transfers", func(r *ropa.Record) {
			r.NoRecipients = false
			r.Recipients = []ropa.Recipient{{}, {Category: 42, LegalBases: []gdpr.LegalBasis{"x"}}}
			r.Transfers = []ropa.Transfer{{Safeguard: 99}}
		}, map[string]string{
			"recipients[0]": gdpr.CodeRequired, "recipients[1].category": gdpr.CodeUnknown,
			"recipients[1].legalBases[0]": gdpr.CodeUnknown,
			"transfers[0].country":        gdpr.CodeRequired, "transfers[0].safeguard": gdpr.CodeUnknown,
		}},
		{"erasure time limits", func(r *ropa.Record) {
			r.Retention = append(r.Retention,
				ropa.Retention{Period: ropa.Period{Count: 1, Unit: ropa.Years}},                                          // a second default
				ropa.Retention{DataTypes: []gdpr.DataType{gdpr.Health}, Period: ropa.Period{Count: 1, Unit: ropa.Years}}, // fine
				ropa.Retention{DataTypes: []gdpr.DataType{gdpr.Health, "x"}, Period: ropa.Period{Count: 10000, Unit: ropa.Years},
					Trigger: 9, Archive: 3}, // health twice
				ropa.Retention{DataTypes: []gdpr.DataType{gdpr.PersonName}}, // nothing to say
			)
		}, map[string]string{
			"retention[1].dataTypes": gdpr.CodeDuplicate, "retention[3].dataTypes[0]": gdpr.CodeDuplicate,
			"retention[3].dataTypes[1]": gdpr.CodeUnknown, "retention[3].period": gdpr.CodeOutOfRange,
			"retention[3].trigger": gdpr.CodeUnknown, "retention[3].archive": gdpr.CodeUnknown, "retention[4]": gdpr.CodeRequired,
		}},
		{"a blank system", func(r *ropa.Record) { r.Systems = []string{" "} }, map[string]string{"systems[0]": gdpr.CodeRequired}},
		{"processors", func(r *ropa.Record) {
			r.Processors = []ropa.ProcessorRef{
				{Name: "A", Countries: []gdpr.Country{{}}, AgreementID: "x\ny"},
				{Name: " a "},
				{Name: "B", Under: "C"},
				{Name: "D", Under: "d"},
				{},
			}
		}, map[string]string{
			"processors[0].countries[0]": gdpr.CodeRequired, "processors[0].agreementId": gdpr.CodeMalformed,
			"processors[1].name": gdpr.CodeDuplicate, "processors[2].under": gdpr.CodeUnknown,
			"processors[3].under": gdpr.CodeConflict, "processors[4].name": gdpr.CodeRequired,
		}},
		{"a cycle of sub-processors", func(r *ropa.Record) {
			r.Processors = []ropa.ProcessorRef{{Name: "A", Under: "B"}, {Name: "B", Under: "C"}, {Name: "C", Under: "A"}}
		}, map[string]string{"processors[0].under": gdpr.CodeConflict, "processors[1].under": gdpr.CodeConflict, "processors[2].under": gdpr.CodeConflict}},
		{"review date and interval", func(r *ropa.Record) {
			r.LastReview = gdpr.Date{Year: 2025, Month: 2, Day: 29}
			r.ReviewInterval = ropa.Period{Count: 3}
		}, map[string]string{"lastReview": gdpr.CodeMalformed, "reviewInterval": gdpr.CodeOutOfRange}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := compliantRecord()
			tc.change(&r)
			assertProblems(t, r.Validate(), tc.want)
		})
	}
}

func TestValidateAcceptsAChainOfSubProcessors(t *testing.T) {
	// The municipal DPIA template, section 7.2: sub-processors and sub-sub-processors.
	r := compliantRecord()
	r.Processors = append(r.Processors, ropa.ProcessorRef{Name: "Datacenter ApS", Under: "global cloud inc."})
	require.NoError(t, r.Validate())
}
