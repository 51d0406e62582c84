package dpa_test

import (
	"errors"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestValidate(t *testing.T) {
	cases := []struct {
		name string
		edit func(a *dpa.Agreement)
		path string
		code string
	}{
		{"no ID", func(a *dpa.Agreement) { a.ID = " " }, "id", gdpr.CodeRequired},
		{"ID with spaces around it", func(a *dpa.Agreement) { a.ID = " DBA-1" }, "id", gdpr.CodeMalformed},
		{"controller without name", func(a *dpa.Agreement) { a.Controller.Name = "" }, "controller.name", gdpr.CodeRequired},
		{"processor without name", func(a *dpa.Agreement) { a.Processor.Name = "" }, "processor.name", gdpr.CodeRequired},
		{"CVR number on a US company", func(a *dpa.Agreement) { a.Processor.Country = country("US") }, "processor.cvr", gdpr.CodeConflict},
		{"unknown template", func(a *dpa.Agreement) { a.Template = 42 }, "template", gdpr.CodeUnknown},
		{"31 February", func(a *dpa.Agreement) { a.Signed = gdpr.Date{Year: 2025, Month: 2, Day: 31} }, "signed", gdpr.CodeMalformed},
		{"month 13", func(a *dpa.Agreement) { a.Start = gdpr.Date{Year: 2025, Month: 13, Day: 1} }, "start", gdpr.CodeMalformed},
		{"ends before it starts", func(a *dpa.Agreement) { a.Indefinite = false; a.End = date("2025-01-31") }, "end", gdpr.CodeOrder},
		{"processing ended before it started", func(a *dpa.Agreement) { a.ProcessingEnded = date("2024-12-31") }, "processingEnded", gdpr.CodeOrder},
		{"indefinite with an end date", func(a *dpa.Agreement) { a.End = date("2030-01-01") }, "end", gdpr.CodeConflict},
		{"empty system name", func(a *dpa.Agreement) { a.Systems = append(a.Systems, "") }, "systems[1]", gdpr.CodeRequired},
		{"record listed twice", func(a *dpa.Agreement) { a.Records = append(a.Records, a.Records[0]) }, "records[1]", gdpr.CodeDuplicate},
		{"unknown data type", func(a *dpa.Agreement) { a.DataTypes[1] = "shoe_size" }, "dataTypes[1]", gdpr.CodeUnknown},
		{"data type twice", func(a *dpa.Agreement) { a.DataTypes = append(a.DataTypes, gdpr.Health, gdpr.Health) }, "dataTypes[4]", gdpr.CodeDuplicate},
		{"subject category without group or name", func(a *dpa.Agreement) { a.Subjects[0] = gdpr.DataSubjectCategory{} }, "subjects[0]", gdpr.CodeRequired},
		{"unknown clause key", func(a *dpa.Agreement) { a.Clauses[dpa.Clause(0)] = true }, "clauses", gdpr.CodeUnknown},
		{"unknown authorisation", func(a *dpa.Agreement) { a.Authorisation.Kind = 9 }, "authorisation.kind", gdpr.CodeUnknown},
		{"negative notice", func(a *dpa.Agreement) { a.Authorisation.NoticeDays = -1 }, "authorisation.noticeDays", gdpr.CodeOutOfRange},
		{"notice of more than ten years", func(a *dpa.Agreement) { a.Authorisation.ObjectionDays = 3651 }, "authorisation.objectionDays", gdpr.CodeOutOfRange},
		{"notice under specific authorisation", func(a *dpa.Agreement) { a.Authorisation.Kind = dpa.SpecificAuthorisation }, "authorisation.noticeDays", gdpr.CodeConflict},
		{"unknown own-use answer", func(a *dpa.Agreement) { a.OwnUse.Uses = 3 }, "ownUse.uses", gdpr.CodeUnknown},
		{"own-use basis although no own use", func(a *dpa.Agreement) { a.OwnUse.Basis = gdpr.Art6LegitimateInterest }, "ownUse.uses", gdpr.CodeConflict},
		{"unknown own-use basis", func(a *dpa.Agreement) { a.OwnUse = dpa.OwnUse{Uses: gdpr.Yes, Basis: "art99"} }, "ownUse.basis", gdpr.CodeUnknown},
		{"location without country", func(a *dpa.Agreement) { a.Locations = []dpa.Location{{}} }, "locations[0].country", gdpr.CodeRequired},
		{"location with unknown access", func(a *dpa.Agreement) { a.SubProcessors[1].Locations[0].Access = 7 }, "subProcessors[1].locations[0].access", gdpr.CodeUnknown},
		{"unknown mechanism", func(a *dpa.Agreement) { a.SubProcessors[1].Locations[0].Basis.Mechanism = 99 }, usBasisPath + ".mechanism", gdpr.CodeUnknown},
		{"unknown module", func(a *dpa.Agreement) { a.SubProcessors[1].Locations[0].Basis.Module = 5 }, usBasisPath + ".module", gdpr.CodeUnknown},
		{"module without SCC", func(a *dpa.Agreement) { a.SubProcessors[1].Locations[0].Basis.Mechanism = dpa.BCRMechanism }, usBasisPath + ".module", gdpr.CodeConflict},
		{"derogation mechanism without derogation", usBasis(dpa.TransferBasis{Mechanism: dpa.DerogationMechanism}), usBasisPath + ".derogation", gdpr.CodeRequired},
		{"derogation with SCC", usBasis(dpa.TransferBasis{Mechanism: dpa.SCCMechanism, Derogation: dpa.PublicInterest}), usBasisPath + ".derogation", gdpr.CodeConflict},
		{"unknown derogation", usBasis(dpa.TransferBasis{Mechanism: dpa.DerogationMechanism, Derogation: 77}), usBasisPath + ".derogation", gdpr.CodeUnknown},
		{"TIA with adequacy", func(a *dpa.Agreement) {
			a.SubProcessors[1].Locations[0].Basis.Mechanism = dpa.AdequacyMechanism
			a.SubProcessors[1].Locations[0].Basis.Module = 0
		}, usBasisPath + ".tia", gdpr.CodeConflict},
		{"TIA without date", func(a *dpa.Agreement) { a.SubProcessors[1].Locations[0].Basis.TIA.Date = gdpr.Date{} }, usBasisPath + ".tia.date", gdpr.CodeRequired},
		{"TIA without conclusion", func(a *dpa.Agreement) { a.SubProcessors[1].Locations[0].Basis.TIA.Conclusion = 0 }, usBasisPath + ".tia.conclusion", gdpr.CodeRequired},
		{"TIA with unknown conclusion", func(a *dpa.Agreement) { a.SubProcessors[1].Locations[0].Basis.TIA.Conclusion = 4 }, usBasisPath + ".tia.conclusion", gdpr.CodeUnknown},
		{"TIA relying on measures it does not list", func(a *dpa.Agreement) { a.SubProcessors[1].Locations[0].Basis.TIA.Measures = nil }, usBasisPath + ".tia.measures", gdpr.CodeRequired},
		{"TIA with an empty measure", func(a *dpa.Agreement) { a.SubProcessors[1].Locations[0].Basis.TIA.Measures = []string{"ok", ""} }, usBasisPath + ".tia.measures[1]", gdpr.CodeRequired},
		{"sub-processor without ID", func(a *dpa.Agreement) { a.SubProcessors[0].ID = "" }, "subProcessors[0].id", gdpr.CodeRequired},
		{"sub-processor ID used twice in the tree", func(a *dpa.Agreement) {
			a.SubProcessors[1].SubProcessors = []dpa.SubProcessor{{ID: "hosting", Party: dpa.Party{Name: "X", Country: country("DK")}, Access: dpa.StorageAccess}}
		}, "subProcessors[1].subProcessors[0].id", gdpr.CodeDuplicate},
		{"sub-processor without name", func(a *dpa.Agreement) { a.SubProcessors[0].Name = "" }, "subProcessors[0].name", gdpr.CodeRequired},
		{"sub-processor without access", func(a *dpa.Agreement) { a.SubProcessors[0].Access = 0 }, "subProcessors[0].access", gdpr.CodeRequired},
		{"sub-processor with unknown access", func(a *dpa.Agreement) { a.SubProcessors[0].Access = 5 }, "subProcessors[0].access", gdpr.CodeUnknown},
		{"tree deeper than MaxDepth", func(a *dpa.Agreement) { a.SubProcessors = []dpa.SubProcessor{chain(dpa.MaxDepth + 1)} },
			"subProcessors[0]" + repeat(".subProcessors[0]", dpa.MaxDepth-1) + ".subProcessors", gdpr.CodeOutOfRange},
		{"plan interval negative", func(a *dpa.Agreement) { a.Plan.IntervalMonths = -12 }, "plan.intervalMonths", gdpr.CodeOutOfRange},
		{"plan interval over ten years", func(a *dpa.Agreement) { a.Plan.IntervalMonths = 121 }, "plan.intervalMonths", gdpr.CodeOutOfRange},
		{"plan with unknown method", func(a *dpa.Agreement) { a.Plan.Method = 7 }, "plan.method", gdpr.CodeUnknown},
		{"supervision without date", func(a *dpa.Agreement) { a.Supervisions[0].Date = gdpr.Date{} }, "supervisions[0].date", gdpr.CodeRequired},
		{"supervision without method", func(a *dpa.Agreement) { a.Supervisions[0].Method = 0 }, "supervisions[0].method", gdpr.CodeRequired},
		{"supervision with unknown method", func(a *dpa.Agreement) { a.Supervisions[0].Method = 70 }, "supervisions[0].method", gdpr.CodeUnknown},
		{"report period backwards", func(a *dpa.Agreement) {
			a.Supervisions[0].PeriodFrom, a.Supervisions[0].PeriodTo = date("2025-06-30"), date("2024-07-01")
		}, "supervisions[0].periodTo", gdpr.CodeOrder},
		{"empty remark", func(a *dpa.Agreement) { a.Supervisions[0].Remarks = []string{" "} }, "supervisions[0].remarks[0]", gdpr.CodeRequired},
		{"action without text", func(a *dpa.Agreement) {
			a.Supervisions[0].Actions = []dpa.Action{{Due: date("2026-01-01"), Status: dpa.ActionOpen}}
		}, "supervisions[0].actions[0].text", gdpr.CodeRequired},
		{"action without due date", func(a *dpa.Agreement) {
			a.Supervisions[0].Actions = []dpa.Action{{Text: "x", Status: dpa.ActionOpen}}
		}, "supervisions[0].actions[0].due", gdpr.CodeRequired},
		{"action without status", func(a *dpa.Agreement) {
			a.Supervisions[0].Actions = []dpa.Action{{Text: "x", Due: date("2026-01-01")}}
		}, "supervisions[0].actions[0].status", gdpr.CodeRequired},
		{"action with unknown status", func(a *dpa.Agreement) {
			a.Supervisions[0].Actions = []dpa.Action{{Text: "x", Due: date("2026-01-01"), Status: 9}}
		}, "supervisions[0].actions[0].status", gdpr.CodeUnknown},
		{"open action with completion date", func(a *dpa.Agreement) {
			a.Supervisions[0].Actions = []dpa.Action{{Text: "x", Due: date("2026-01-01"), Status: dpa.ActionOpen, Completed: date("2026-01-02")}}
		}, "supervisions[0].actions[0].completed", gdpr.CodeConflict},
		{"change without kind", func(a *dpa.Agreement) { a.Changes = []dpa.Change{validChange(0)} }, "changes[0].kind", gdpr.CodeRequired},
		{"change with unknown kind", func(a *dpa.Agreement) { a.Changes = []dpa.Change{validChange(8)} }, "changes[0].kind", gdpr.CodeUnknown},
		{"change without sub-processor", func(a *dpa.Agreement) {
			c := validChange(dpa.Addition)
			c.SubProcessor = ""
			a.Changes = []dpa.Change{c}
		}, "changes[0].subProcessor", gdpr.CodeRequired},
		{"replacement without the replaced", func(a *dpa.Agreement) { a.Changes = []dpa.Change{validChange(dpa.Replacement)} }, "changes[0].replaces", gdpr.CodeRequired},
		{"addition that replaces", func(a *dpa.Agreement) {
			c := validChange(dpa.Addition)
			c.Replaces = "old"
			a.Changes = []dpa.Change{c}
		}, "changes[0].replaces", gdpr.CodeConflict},
		{"replacing itself", func(a *dpa.Agreement) {
			c := validChange(dpa.Replacement)
			c.Replaces = c.SubProcessor
			a.Changes = []dpa.Change{c}
		}, "changes[0].replaces", gdpr.CodeConflict},
		{"change without announcement", func(a *dpa.Agreement) {
			c := validChange(dpa.Addition)
			c.Announced = gdpr.Date{}
			a.Changes = []dpa.Change{c}
		}, "changes[0].announced", gdpr.CodeRequired},
		{"change in effect before announced", func(a *dpa.Agreement) {
			c := validChange(dpa.Addition)
			c.Effective = date("2025-12-31")
			a.Changes = []dpa.Change{c}
		}, "changes[0].effective", gdpr.CodeOrder},
		{"objection without outcome", func(a *dpa.Agreement) {
			c := validChange(dpa.Addition)
			c.Objection = dpa.Objection{Date: date("2026-01-05")}
			a.Changes = []dpa.Change{c}
		}, "changes[0].objection.outcome", gdpr.CodeRequired},
		{"objection with unknown outcome", func(a *dpa.Agreement) {
			c := validChange(dpa.Addition)
			c.Objection = dpa.Objection{Date: date("2026-01-05"), Outcome: 6}
			a.Changes = []dpa.Change{c}
		}, "changes[0].objection.outcome", gdpr.CodeUnknown},
		{"objection without date", func(a *dpa.Agreement) {
			c := validChange(dpa.Addition)
			c.Objection = dpa.Objection{Outcome: dpa.ObjectionPending}
			a.Changes = []dpa.Change{c}
		}, "changes[0].objection.date", gdpr.CodeRequired},
		{"objection before the announcement", func(a *dpa.Agreement) {
			c := validChange(dpa.Addition)
			c.Objection = dpa.Objection{Date: date("2025-12-01"), Outcome: dpa.ObjectionPending}
			a.Changes = []dpa.Change{c}
		}, "changes[0].objection.date", gdpr.CodeOrder},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := compliant()
			tc.edit(&a)
			err := a.Validate()
			require.Error(t, err)
			assert.ErrorIs(t, err, gdpr.ErrInvalid)
			var ps gdpr.Problems
			require.True(t, errors.As(err, &ps))
			found := false
			for _, p := range ps {
				if p.Path == tc.path && p.Code == tc.code {
					found = true
				}
				assert.NotEmpty(t, p.Message)
			}
			assert.True(t, found, "got %v, want %s at %s", ps, tc.code, tc.path)
		})
	}
}

// TestValidateAllAtOnce: Validate returns every problem, not the first.
func TestValidateAllAtOnce(t *testing.T) {
	a := compliant()
	a.ID = ""
	a.Processor.Name = ""
	a.SubProcessors[0].Access = 0
	a.Plan.IntervalMonths = -1
	var ps gdpr.Problems
	require.True(t, errors.As(a.Validate(), &ps))
	assert.Len(t, ps, 4)
}

func chain(depth int) dpa.SubProcessor {
	s := dpa.SubProcessor{ID: "level" + string(rune('a'+depth)), Party: dpa.Party{Name: "Level", Country: country("DK")}, Access: dpa.StorageAccess, Listed: true}
	if depth > 1 {
		s.SubProcessors = []dpa.SubProcessor{chain(depth - 1)}
	}
	return s
}

func repeat(s string, n int) string {
	out := ""
	for range n {
		out += s
	}
	return out
}

func validChange(kind dpa.ChangeKind) dpa.Change {
	return dpa.Change{Kind: kind, SubProcessor: "new", Announced: date("2026-01-01"), Effective: date("2026-02-01")}
}

func TestValidateDepthLimit(t *testing.T) {
	a := compliant()
	a.SubProcessors = []dpa.SubProcessor{chain(dpa.MaxDepth)}
	require.NoError(t, a.Validate(), "a chain of MaxDepth is allowed")
	a.SubProcessors = []dpa.SubProcessor{chain(1000)}
	require.Error(t, a.Validate())
	assert.NotPanics(t, func() { a.Check(testNow); a.Routes() })
}
