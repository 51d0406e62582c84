package overview_test

import (
	"fmt"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/dkgdpr/gdpr/ropa"
	"golang.org/x/text/language"
)

// A municipality's home-care record, its agreement and its screening, with
// references broken or missing: the screening decided on a DPIA and the
// record names none, the record names a risk assessment that is not there,
// and the agreement lists a record that does not exist.
func ExampleBuild() {
	rec := gdprtest.Record()
	rec.DPIAID = "" // the screening decided on a DPIA, and the record names none
	agr := gdprtest.Agreement()
	agr.Records = append(agr.Records, "skole-elevadm")
	m := overview.Municipality{
		Name:       "Eksempel Kommune",
		Records:    []ropa.Record{rec},
		Agreements: []dpa.Agreement{agr},
		Screenings: []overview.Screening{{ID: gdprtest.ScreeningID, Screening: gdprtest.Screening()}},
	}

	r, err := overview.Build(m, gdprtest.Now(), 30)
	if err != nil {
		panic(err)
	}
	for _, f := range r.Links() {
		fmt.Println(f.Severity, f.Rule, f.Path)
	}
	fmt.Println(r.Count(overview.Records, 0), "findings about records,", r.Count(0, gdpr.Error), "errors in all")
	// Output:
	// error overview.dpia_missing records[0].dpiaId
	// error overview.risk_unknown records[0].riskAssessmentId
	// error overview.record_unknown agreements[0].records[1]
	// 2 findings about records, 3 errors in all
}

// The most serious findings first, for the head of a dashboard.
func ExampleReport_Top() {
	m := overview.Municipality{Records: []ropa.Record{gdprtest.Record()}}
	m.Records[0].Channels = []ropa.Channel{{Kind: ropa.Email}} // health data by unencrypted e-mail
	r, err := overview.Build(m, gdprtest.Now(), 30)
	if err != nil {
		panic(err)
	}
	for _, f := range r.Top(2) {
		fmt.Printf("%s %s %s\n", f.Severity.Label(language.Danish), f.Area.Label(language.Danish), f.Rule)
	}
	// Output:
	// Kritisk Fortegnelser ropa.unencrypted_channel
	// Fejl Fortegnelser overview.agreement_unknown
}

// What falls due within a week: the data-subject request of the samples.
func ExampleDue() {
	m := overview.Municipality{Requests: []overview.Request{{Request: gdprtest.Request()}}}
	for _, days := range []int{7, 14} {
		r, err := overview.Build(m, gdprtest.Now(), days)
		if err != nil {
			panic(err)
		}
		fmt.Printf("%d days: %d due\n", days, len(r.Upcoming))
		for _, d := range r.Upcoming {
			fmt.Printf("  %s %s by %s (%s)\n", d.Kind.Label(language.English), d.ID, d.Day, d.Reference.En)
		}
	}
	// Output:
	// 7 days: 0 due
	// 14 days: 1 due
	//   Answer to a data-subject request INDSIGT-2026-017 by 2026-03-16 (GDPR art. 12(3))
}
