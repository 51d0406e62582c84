package gdprtest_test

import (
	"errors"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/stretchr/testify/assert"
)

// problems is a Validator with a fixed outcome.
type problems struct{ err error }

func (p problems) Validate() error { return p.err }

// pointerOnly has Validate on a value receiver; a nil *pointerOnly panics.
type pointerOnly struct{}

func (pointerOnly) Validate() error { return nil }

var twoProblems = gdpr.Problems{
	{Path: "purposes[0].legalBases", Code: gdpr.CodeRequired, Message: "a purpose needs a legal basis"},
	{Path: "", Code: gdpr.CodeConflict, Message: "the record contradicts itself"},
}

// assertion is one call of an assertion on a fake testing.TB, with what it
// must return and the message it must give (empty when it passes).
type assertion struct {
	name string
	call func(t testing.TB) bool
	want string
}

func run(t *testing.T, tests []assertion) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := &fakeTB{}
			ok := tc.call(f)
			assert.Equal(t, tc.want == "", ok, "the result says whether the assertion held")
			assert.Equal(t, !ok, f.Failed(), "a failed assertion marks the test failed, a held one does not")
			assert.Equal(t, tc.want, f.message())
			assert.Positive(t, f.helpers, "the assertion calls t.Helper")
		})
	}
}

func TestValid(t *testing.T) {
	run(t, []assertion{
		{"a valid value", func(t testing.TB) bool { return gdprtest.Valid(t, problems{}) }, ""},
		{"a sample record", func(t testing.TB) bool { return gdprtest.Valid(t, gdprtest.Record()) }, ""},
		{"every problem is listed with its path and code", func(t testing.TB) bool { return gdprtest.Valid(t, problems{twoProblems}) },
			"gdprtest_test.problems does not validate:\n" +
				"\tpurposes[0].legalBases: a purpose needs a legal basis (required)\n" +
				"\t(the value): the record contradicts itself (conflict)"},
		{"an error that is not gdpr.Problems", func(t testing.TB) bool { return gdprtest.Valid(t, problems{errors.New("boom")}) },
			"gdprtest_test.problems does not validate:\n\tboom"},
		{"a nil Validator", func(t testing.TB) bool { return gdprtest.Valid(t, nil) },
			"got a nil Validator, want a value to validate"},
		{"a nil pointer whose Validate has a value receiver", func(t testing.TB) bool { return gdprtest.Valid(t, (*pointerOnly)(nil)) },
			"*gdprtest_test.pointerOnly: Validate panicked: value method github.com/dkgdpr/gdpr/gdprtest_test.pointerOnly.Validate called using nil *pointerOnly pointer"},
	})
}

func TestInvalid(t *testing.T) {
	run(t, []assertion{
		{"any problem, no paths asked", func(t testing.TB) bool { return gdprtest.Invalid(t, problems{twoProblems}) }, ""},
		{"a problem at the path asked", func(t testing.TB) bool {
			return gdprtest.Invalid(t, problems{twoProblems}, "purposes[0].legalBases")
		}, ""},
		{"the empty path is the value itself", func(t testing.TB) bool { return gdprtest.Invalid(t, problems{twoProblems}, "") }, ""},
		{"a real record without an id", func(t testing.TB) bool {
			r := gdprtest.Record()
			r.ID = ""
			return gdprtest.Invalid(t, r, "id")
		}, ""},
		{"valid, but paths were asked", func(t testing.TB) bool { return gdprtest.Invalid(t, problems{}, "id", "name") },
			"gdprtest_test.problems validates, want problems at id, name"},
		{"valid, no paths asked", func(t testing.TB) bool { return gdprtest.Invalid(t, problems{}) },
			"gdprtest_test.problems validates, want a validation error"},
		{"an error that is not gdpr.ErrInvalid", func(t testing.TB) bool { return gdprtest.Invalid(t, problems{errors.New("disk full")}) },
			`gdprtest_test.problems: Validate returned "disk full", which does not match gdpr.ErrInvalid`},
		{"a path without a problem", func(t testing.TB) bool {
			return gdprtest.Invalid(t, problems{twoProblems}, "purposes[0].legalBases", "controller.name", "dpo")
		}, "gdprtest_test.problems has no problem at controller.name, dpo; its problems:\n" +
			"\tpurposes[0].legalBases: a purpose needs a legal basis (required)\n" +
			"\t(the value): the record contradicts itself (conflict)"},
		{"a nil Validator", func(t testing.TB) bool { return gdprtest.Invalid(t, nil) },
			"got a nil Validator, want a value to validate"},
	})
}

var found = []gdpr.Finding{
	{Rule: "ropa.retention_missing", Severity: gdpr.Error, Reference: gdpr.Cite("GDPR art. 30(1)(f)"), Path: "retention",
		Text: gdpr.Text{Da: "Slettefrist mangler.", En: "No erasure time limit."}},
	{Rule: "gdpr.cpr_basis_missing", Severity: gdpr.Error, Reference: gdpr.Cite("databeskyttelsesloven § 11"),
		Text: gdpr.Text{Da: "CPR uden hjemmel.", En: "CPR numbers without a basis."}},
}

const foundLines = "got 2 findings:\n" +
	"\terror ropa.retention_missing at retention: No erasure time limit.\n" +
	"\terror gdpr.cpr_basis_missing at (the whole value): CPR numbers without a basis."

func TestHasRules(t *testing.T) {
	run(t, []assertion{
		{"one rule found", func(t testing.TB) bool { return gdprtest.HasRules(t, found, "ropa.retention_missing") }, ""},
		{"every rule found, in any order", func(t testing.TB) bool {
			return gdprtest.HasRules(t, found, "gdpr.cpr_basis_missing", "ropa.retention_missing")
		}, ""},
		{"a rule not found lists what was", func(t testing.TB) bool {
			return gdprtest.HasRules(t, found, "ropa.retention_missing", "ropa.dpo_missing", "ropa.owner_missing")
		}, "findings lack ropa.dpo_missing, ropa.owner_missing\n" + foundLines},
		{"no findings at all", func(t testing.TB) bool { return gdprtest.HasRules(t, nil, "ropa.dpo_missing") },
			"findings lack ropa.dpo_missing\ngot no findings"},
		{"one finding", func(t testing.TB) bool { return gdprtest.HasRules(t, found[1:], "ropa.dpo_missing") },
			"findings lack ropa.dpo_missing\ngot 1 finding:\n\terror gdpr.cpr_basis_missing at (the whole value): CPR numbers without a basis."},
		{"a misspelt rule id", func(t testing.TB) bool {
			return gdprtest.HasRules(t, found, "ropa.retention_mising", "ropa.dpo_missing")
		},
			`HasRules: unknown rule id "ropa.retention_mising": no package has it (see RULES.md)`},
		{"no ids", func(t testing.TB) bool { return gdprtest.HasRules(t, found) }, "HasRules: no rule ids given"},
	})
}

func TestLacksRules(t *testing.T) {
	run(t, []assertion{
		{"none of them found", func(t testing.TB) bool {
			return gdprtest.LacksRules(t, found, "ropa.dpo_missing", "dpa.tia_missing")
		}, ""},
		{"nothing found at all", func(t testing.TB) bool { return gdprtest.LacksRules(t, nil, "ropa.dpo_missing") }, ""},
		{"one of them found", func(t testing.TB) bool {
			return gdprtest.LacksRules(t, found, "ropa.dpo_missing", "ropa.retention_missing")
		}, "findings include ropa.retention_missing, want none\n" + foundLines},
		{"a misspelt id would always pass, so it fails", func(t testing.TB) bool {
			return gdprtest.LacksRules(t, found, "ropa.nothing_like_it", "nodot")
		}, `LacksRules: unknown rule id "ropa.nothing_like_it", "nodot": no package has it (see RULES.md)`},
		{"no ids", func(t testing.TB) bool { return gdprtest.LacksRules(t, found) }, "LacksRules: no rule ids given"},
	})
}

func TestHasFinding(t *testing.T) {
	run(t, []assertion{
		{"the rule at the path", func(t testing.TB) bool {
			return gdprtest.HasFinding(t, found, "ropa.retention_missing", "retention")
		}, ""},
		{"the rule about the whole value", func(t testing.TB) bool {
			return gdprtest.HasFinding(t, found, "gdpr.cpr_basis_missing", "")
		}, ""},
		{"the rule at another path", func(t testing.TB) bool {
			return gdprtest.HasFinding(t, found, "ropa.retention_missing", "retention[0]")
		}, "findings lack ropa.retention_missing at retention[0]\n" + foundLines},
		{"the rule about the whole value is missing", func(t testing.TB) bool {
			return gdprtest.HasFinding(t, found, "ropa.retention_missing", "")
		}, "findings lack ropa.retention_missing at (the whole value)\n" + foundLines},
		{"an unknown id", func(t testing.TB) bool { return gdprtest.HasFinding(t, found, "", "retention") },
			`HasFinding: unknown rule id "": no package has it (see RULES.md)`},
	})
}

func TestNoFindings(t *testing.T) {
	run(t, []assertion{
		{"nil", func(t testing.TB) bool { return gdprtest.NoFindings(t, nil) }, ""},
		{"empty", func(t testing.TB) bool { return gdprtest.NoFindings(t, []gdpr.Finding{}) }, ""},
		{"two findings", func(t testing.TB) bool { return gdprtest.NoFindings(t, found) }, "want no findings\n" + foundLines},
	})
}

func TestRuleIDs(t *testing.T) {
	assert.Equal(t, []string{"ropa.retention_missing", "gdpr.cpr_basis_missing"}, gdprtest.RuleIDs(found))
	assert.Empty(t, gdprtest.RuleIDs(nil))
}

func TestDeadlineOn(t *testing.T) {
	// rules.md §4: received 2025-01-31, due 2025-02-28 (Regulation 1182/71
	// art. 3(2)(c)); received 2025-03-20, due 2025-04-22 after Easter.
	jan31 := rights.Request{Kind: rights.Access, ReceivedAt: time.Date(2025, time.January, 31, 14, 5, 0, 0, time.UTC)}
	mar20 := rights.Request{Kind: rights.Access, ReceivedAt: time.Date(2025, time.March, 20, 9, 0, 0, 0, gdprtest.Copenhagen())}
	// rules.md §6: aware 2025-03-28 14:30 +01:00, due 2025-03-31 15:30 +02:00.
	aware := time.Date(2025, time.March, 28, 14, 30, 0, 0, gdprtest.Copenhagen())
	due := aware.Add(72 * time.Hour)
	run(t, []assertion{
		{"a request's deadline at the end of February", func(t testing.TB) bool {
			return gdprtest.DeadlineOn(t, jan31.Deadline(), "2025-02-28")
		}, ""},
		{"a request's deadline moved past Easter", func(t testing.TB) bool {
			return gdprtest.DeadlineOn(t, mar20.Deadline(), "2025-04-22")
		}, ""},
		{"a request's deadline on the wrong day", func(t testing.TB) bool {
			return gdprtest.DeadlineOn(t, jan31.Deadline(), "2025-03-03")
		}, "deadline falls on 2025-02-28 (Friday), want 2025-03-03 (Monday)"},
		{"a deadline that does not expire at the end of its day", func(t testing.TB) bool {
			return gdprtest.DeadlineOn(t, rights.Deadline{Day: gdpr.MustParseDate("2025-02-28"), Expires: time.Date(2025, time.February, 28, 22, 0, 0, 0, time.UTC)}, "2025-02-28")
		}, "deadline 2025-02-28 expires at 2025-02-28T22:00:00Z, want the end of that day in Copenhagen, 2025-03-01T00:00:00+01:00"},
		{"no deadline", func(t testing.TB) bool { return gdprtest.DeadlineOn(t, rights.Deadline{}, "2025-02-28") },
			"got no deadline, want 2025-02-28 (Friday)"},
		{"a date", func(t testing.TB) bool { return gdprtest.DeadlineOn(t, gdpr.MustParseDate("2025-12-24"), "2025-12-24") }, ""},
		{"a date on another day", func(t testing.TB) bool {
			return gdprtest.DeadlineOn(t, gdpr.MustParseDate("2025-12-24"), "2025-12-29")
		}, "deadline falls on 2025-12-24 (Wednesday), want 2025-12-29 (Monday)"},
		{"no date", func(t testing.TB) bool { return gdprtest.DeadlineOn(t, gdpr.Date{}, "2025-12-24") },
			"got no date, want 2025-12-24 (Wednesday)"},
		{"an impossible date", func(t testing.TB) bool {
			return gdprtest.DeadlineOn(t, gdpr.Date{Year: 2025, Month: time.February, Day: 30}, "2025-02-28")
		}, "deadline falls on 2025-02-30 (not a date), want 2025-02-28 (Friday)"},
		{"a breach deadline across the spring change", func(t testing.TB) bool { return gdprtest.DeadlineOn(t, due, "2025-03-31") }, ""},
		{"a breach deadline on the wrong day", func(t testing.TB) bool { return gdprtest.DeadlineOn(t, due, "2025-04-01") },
			"deadline falls on 2025-03-31 (Monday) (2025-03-31 15:30 +02:00 in Copenhagen), want 2025-04-01 (Tuesday)"},
		{"an instant's day is taken in Copenhagen", func(t testing.TB) bool {
			return gdprtest.DeadlineOn(t, gdprtest.NewYear().UTC(), "2026-01-01")
		}, ""},
		{"the zero time", func(t testing.TB) bool { return gdprtest.DeadlineOn(t, time.Time{}, "2025-03-31") },
			"got the zero time, want an instant on 2025-03-31 (Monday)"},
		{"a malformed day", func(t testing.TB) bool { return gdprtest.DeadlineOn(t, due, "31-03-2025") },
			`DeadlineOn: malformed day "31-03-2025", want the form 2006-01-02`},
		{"a day that does not exist", func(t testing.TB) bool { return gdprtest.DeadlineOn(t, due, "2025-02-29") },
			`DeadlineOn: malformed day "2025-02-29", want the form 2006-01-02`},
	})
}

func TestAssertionsWorkWithARealRecord(t *testing.T) {
	r := gdprtest.Record()
	r.Retention = nil
	f := &fakeTB{}
	assert.False(t, gdprtest.NoFindings(f, r.Check(gdprtest.Now())))
	assert.Contains(t, f.message(), "\terror ropa.retention_missing at subjects[0].dataTypes[0]: ")
}
