// Package gdprtest helps host systems (case systems such as SBSYS, WorkZone
// or F2, and the tools around them) unit-test their own data and workflows
// against the rules of this module. It is for test code: import it from
// _test.go files.
//
// It imports only the standard library and this module, so it adds nothing
// to a host's dependencies: not testify, not any other assertion library.
// Its assertions take a testing.TB and work with the testing package alone.
//
// # Samples
//
// Builders return valid sample values of every record type, each a good
// starting point that a test changes to break one thing:
//
//   - [Record]: a record of processing activities (ropa.Record, GDPR art. 30);
//   - [Agreement]: a data processing agreement with sub-processors
//     (dpa.Agreement, art. 28), one of them in a third country;
//   - [Screening]: a DPIA screening (screening.Screening) that requires a DPIA;
//   - [Assessment] and [Risks]: risk assessments (risk.Assessment) on the
//     template's matrix;
//   - [DPIA]: a decided impact assessment (dpia.Assessment, art. 35) that
//     embeds the record and the screening and assesses the risks;
//   - [Incident]: a personal data breach (breach.Incident, art. 33 and 34);
//   - [Request]: a data-subject request (rights.Request, art. 15).
//
// They describe one processing, a municipality's home care (hjemmepleje):
// the record and the agreement refer to each other by [RecordID] and
// [AgreementID], and the DPIA embeds the record, the screening and the risks.
// Every sample passes Validate and has no findings at [Now] (the agreement
// and the DPIA checked with [Agreement], the DPIA under [DPIAPolicy], the
// municipality's policy on the measures before the start).
// The builders are deterministic, and each call returns a new value that
// shares no slice, map or pointer with any other, so a test may change it
// freely. The people in them are made up.
//
// # Assertions
//
// In the style of the testing package's helpers, each assertion calls
// t.Helper, reports a failure with t.Errorf (the test goes on) and returns
// whether it held:
//
//   - [Valid] and [Invalid]: a value validates, or fails with problems at
//     given field paths; a failure lists every problem;
//   - [HasRules], [LacksRules], [HasFinding] and [NoFindings]: findings
//     contain or lack given rule ids; a failure lists what was found, each
//     finding's severity, rule id, path and English text. An id that no
//     package has (see RULES.md and package catalog) fails the test, so a
//     misspelt id cannot make LacksRules pass;
//   - [DeadlineOn]: a deadline (rights.Deadline, gdpr.Date, or an instant
//     taken in Europe/Copenhagen) falls on a given day.
//
// # The clock
//
// Nothing in the module reads the clock: pass [Now], a fixed instant, where
// it asks for now. [SpringForward], [FallBack], [Easter], [ChristmasEve],
// [Christmas] and [NewYear] are named instants around the daylight-saving
// changes and holidays where deadlines go wrong; [Copenhagen] is the zone
// they are evaluated in. They are functions, so no test can move them for
// another.
//
// Usage:
//
//	func TestRecordWithoutErasureLimits(t *testing.T) {
//		rec := gdprtest.Record()
//		rec.Retention = nil
//		gdprtest.Valid(t, rec)
//		gdprtest.HasRules(t, rec.Check(gdprtest.Now()), "ropa.retention_missing")
//	}
package gdprtest
