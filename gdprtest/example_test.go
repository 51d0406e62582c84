package gdprtest_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/ropa"
)

// The README's example, "Testing your own system against the rules": the
// tests below are what a case-system developer copies into a _test.go file
// of their own (with their own package name). They need the testing package
// and this module, no assertion library.

// TestRecordRules checks records the way the case system could build
// them: each case starts from a valid sample record and changes what the
// system would change. Replace the change functions with calls into your
// own code, e.g. the function that maps your database rows to a
// ropa.Record.
func TestRecordRules(t *testing.T) {
	tests := []struct {
		name   string
		change func(r *ropa.Record)
		want   []string // rule ids the change must give; none: no findings
	}{
		{"the sample as it is", func(r *ropa.Record) {}, nil},
		{"no erasure time limits (GDPR art. 30(1)(f))", func(r *ropa.Record) { r.Retention = nil },
			[]string{"ropa.retention_missing"}},
		{"CPR numbers without databeskyttelsesloven § 11", func(r *ropa.Record) {
			r.Purposes[0].LegalBases = []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.Art9HealthCare, gdpr.DBL7}
		}, []string{"gdpr.cpr_basis_missing"}},
		{"health data e-mailed unencrypted", func(r *ropa.Record) {
			r.Channels = []ropa.Channel{{Kind: ropa.Email}}
		}, []string{"ropa.unencrypted_channel"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rec := gdprtest.Record()
			tc.change(&rec)
			if !gdprtest.Valid(t, rec) {
				t.FailNow()
			}
			findings := rec.Check(gdprtest.Now())
			if len(tc.want) == 0 {
				gdprtest.NoFindings(t, findings)
				return
			}
			gdprtest.HasRules(t, findings, tc.want...)
		})
	}
}

// TestRecordIsReviewedYearly moves the fixed clock instead of the record.
func TestRecordIsReviewedYearly(t *testing.T) {
	rec := gdprtest.Record() // last reviewed 2025-10-01
	gdprtest.LacksRules(t, rec.Check(gdprtest.Now()), "ropa.review_overdue")
	gdprtest.HasRules(t, rec.Check(gdprtest.Now().AddDate(1, 0, 0)), "ropa.review_overdue")
}

// TestDeadlines checks the deadlines the case system shows its users
// around holidays and daylight-saving changes (GDPR art. 12(3) and 33(1); Regulation 1182/71).
func TestDeadlines(t *testing.T) {
	// An access request received on 20 March 2025: one month ends on 20
	// April, Easter Sunday, and moves past Easter Monday.
	req := gdprtest.Request()
	req.ReceivedAt = time.Date(2025, time.March, 20, 9, 0, 0, 0, gdprtest.Copenhagen())
	gdprtest.DeadlineOn(t, req.Deadline(), "2025-04-22")

	// A breach the controller became aware of 36 hours before summer
	// time began: 72 hours of elapsed time, 73 on the wall clock.
	inc := gdprtest.Incident()
	inc.AwareAt = gdprtest.SpringForward().Add(-36 * time.Hour)
	gdprtest.DeadlineOn(t, inc.NotificationDeadline(), "2025-03-31")

	// The agreement's next supervision: a year after the last one.
	agr := gdprtest.Agreement()
	gdprtest.DeadlineOn(t, agr.NextSupervision(), "2026-09-15")
}

// A sample is valid and has no findings at the fixed clock; a test breaks
// it on purpose and sees the rule it expects.
func ExampleRecord() {
	rec := gdprtest.Record()
	fmt.Println(rec.Name, rec.Validate() == nil, len(rec.Check(gdprtest.Now())))

	rec.Retention = nil
	for _, f := range rec.Check(gdprtest.Now())[:2] {
		fmt.Println(f.Rule, f.Path)
	}
	// Output:
	// Visitation og levering af hjemmepleje true 0
	// ropa.retention_missing subjects[0].dataTypes[0]
	// ropa.retention_missing subjects[0].dataTypes[1]
}

// The agreement refers to the record it serves, and the record to the
// agreement.
func ExampleAgreement() {
	agr, rec := gdprtest.Agreement(), gdprtest.Record()
	fmt.Println(agr.ID, agr.Records, rec.AgreementIDs())
	fmt.Println(len(agr.SubProcessors), "sub-processors;", len(agr.Check(gdprtest.Now())), "findings")
	for _, r := range agr.Routes() {
		fmt.Println(r.Country, r.Access, r.Path)
	}
	// Output:
	// DBA-2025-031 [hjemmepleje-visitation] [DBA-2025-031]
	// 2 sub-processors; 0 findings
	// DK processing [Omsorgsdata A/S]
	// DK storage [Omsorgsdata A/S Nordisk Hosting ApS]
	// US support [Omsorgsdata A/S CareCloud Inc.]
}

// The request is open at Now; a month later it is overdue.
func ExampleRequest() {
	req := gdprtest.Request()
	fmt.Println(req.Deadline(), req.State(gdprtest.Now()).Status)
	later := gdprtest.Now().AddDate(0, 1, 0)
	fmt.Println(req.State(later).Status, gdprtest.RuleIDs(req.Check(later)))
	// Output:
	// 2026-03-16 open
	// overdue [rights.overdue]
}

// The named instants are in Europe/Copenhagen; NewYear is still 31
// December in UTC.
func ExampleNewYear() {
	at := gdprtest.NewYear()
	fmt.Println(at.Format(time.RFC3339), at.UTC().Format(time.RFC3339), gdpr.DateOf(at))
	// Output:
	// 2026-01-01T00:00:00+01:00 2025-12-31T23:00:00Z 2026-01-01
}

// Across the spring change the 72 hours of a breach show as 73 on the wall
// clock (GDPR art. 33(1)).
func ExampleSpringForward() {
	aware := gdprtest.SpringForward().Add(-36 * time.Hour)
	due := aware.Add(72 * time.Hour)
	fmt.Println(aware.Format("2006-01-02 15:04 -07:00"), "->", due.Format("2006-01-02 15:04 -07:00"))
	// Output:
	// 2025-03-28 14:00 +01:00 -> 2025-03-31 15:00 +02:00
}

// The DPIA embeds the record it assesses, and is reviewed yearly from its
// latest review (GDPR art. 35(11)).
func ExampleDPIA() {
	d := gdprtest.DPIA()
	fmt.Println(d.ID, d.Status, d.Approval.Verdict, d.Record.ID == gdprtest.RecordID)
	fmt.Println(len(gdprtest.DPIAPolicy().Check(d, gdprtest.Now(), gdprtest.Agreement())), "findings; next review", d.NextReview().Due)
	// Output:
	// dpia-hjemmepleje decided approved true
	// 0 findings; next review 2026-10-01
}
