package ropa_test

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/ropa"
	"golang.org/x/text/language"
)

// schoolRecord is the record of a school's pupil administration, run on a
// cloud service whose platform provider gives support from the United
// States.
func schoolRecord() ropa.Record {
	us := gdpr.MustParseCountry("US")
	return ropa.Record{
		ID:         "skole-elevadm",
		Name:       "Elevadministration i folkeskolen",
		Controller: ropa.Party{Name: "Eksempel Kommune", CVR: gdpr.MustParseCVR("29189846"), Email: gdpr.NewPersonal("kommune@eksempel.dk")},
		DPO:        ropa.Party{Email: gdpr.NewPersonal("dpo@eksempel.dk")},
		Purposes: []ropa.Purpose{{
			Description: "Indskrivning, fravær og kontakt med forældre",
			LegalBases: []gdpr.LegalBasis{gdpr.Art6LegalObligation, gdpr.Art9SubstantialPublic, gdpr.DBL11,
				gdpr.SpecialLaw("folkeskoleloven § 40")},
			KLE: []gdpr.KLE{gdpr.MustParseKLE("17.01")},
		}},
		Subjects: []ropa.SubjectCategory{{
			Category:  gdpr.Pupils.Category(),
			DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber, gdpr.Health},
		}},
		Retention: []ropa.Retention{{Period: ropa.Period{Count: 5, Unit: ropa.Years}, Trigger: ropa.RelationshipEnded, Archive: ropa.Discard}},
		Security:  "Adgangsstyring og logning.",
		Channels:  []ropa.Channel{{Kind: ropa.Email, Description: "Sygemeldinger fra forældre"}},
		Processors: []ropa.ProcessorRef{
			{Name: "Skolesky A/S", AgreementID: "dpa-2025-014", Countries: []gdpr.Country{gdpr.MustParseCountry("DK")}, Service: "Hosting"},
			{Name: "Global Cloud Inc.", Under: "Skolesky A/S", Countries: []gdpr.Country{us}, Service: "Support"},
		},
		Transfers:        []ropa.Transfer{{Country: us, Recipient: "Global Cloud Inc. (support)", Safeguard: ropa.SCC}},
		NoRecipients:     true,
		Owner:            gdpr.NewPersonal("Skolechef"),
		LastReview:       gdpr.MustParseDate("2024-09-01"),
		RiskAssessmentID: "risk-skole-elevadm",
	}
}

// A school's pupil administration with a cloud processor: health data sent
// by plain e-mail, support from the US on standard contractual clauses
// without a transfer impact assessment, and a review that is overdue.
func ExampleRecord_Check() {
	rec := schoolRecord()
	if err := rec.Validate(); err != nil {
		fmt.Println(err)
		return
	}
	now := time.Date(2026, time.March, 2, 9, 0, 0, 0, time.UTC)
	for _, f := range rec.Check(now) {
		fmt.Printf("%s %s (%s)\n  %s\n", f.Severity.Label(language.Danish), f.Rule, f.Path, f.Text.Da)
	}
	fmt.Println("Behandlingens kategori:", rec.HighestCategory().Label(language.Danish))
	fmt.Println("Næste gennemgang:", rec.NextReview())
	// Output:
	// Kritisk ropa.unencrypted_channel (channels[0].encrypted)
	//   Fortrolige eller følsomme personoplysninger sendes over internettet (f.eks. med e-mail) uden kryptering.
	// Fejl ropa.transfer_tia_missing (transfers[0].tia)
	//   Overførslen bygger på et overførselsgrundlag efter GDPR art. 46, men der er ingen vurdering af overførslens virkning (TIA).
	// Advarsel ropa.review_overdue (lastReview)
	//   Fortegnelsen skulle have været gennemgået igen. Den skulle være gennemgået senest 2025-09-01.
	// Behandlingens kategori: følsomme personoplysninger
	// Næste gennemgang: 2025-09-01
}

// The CSV export opens in Danish Excel: UTF-8 with a byte order mark,
// semicolons, CRLF line ends (shown here as plain line ends) and Danish
// headers. Lists put one element per line of a cell, fields separated by
// " | ".
func ExampleWriteCSV() {
	rec := schoolRecord()
	var buf bytes.Buffer
	if err := ropa.WriteCSV(&buf, []ropa.Record{rec}, language.Danish); err != nil {
		fmt.Println(err)
		return
	}
	out := buf.String()
	fmt.Println("byte order mark:", strings.HasPrefix(out, "\uFEFF"))
	header, row, _ := strings.Cut(strings.TrimPrefix(out, "\uFEFF"), "\r\n")
	fmt.Println(strings.Join(strings.Split(header, ";")[:9], ";"))
	cells := strings.Split(strings.ReplaceAll(row, "\r\n", "\n"), ";")
	fmt.Println(strings.Join(cells[:2], ";"))
	fmt.Println(cells[26])

	back, err := ropa.ReadCSV(&buf)
	fmt.Println("read back unchanged:", err == nil && len(back) == 1 && back[0].Processors[1].Under == "Skolesky A/S")
	// Output:
	// byte order mark: true
	// ID;Navn;Beskrivelse;Status;Dataansvarlig;Fælles dataansvarlige;Repræsentant;Databeskyttelsesrådgiver;Formål
	// skole-elevadm;Elevadministration i folkeskolen
	// "Skolesky A/S |  | dpa-2025-014 |  | DK | Hosting
	// Global Cloud Inc. |  |  | Skolesky A/S | US | Support"
	// read back unchanged: true
}

// Sorting a register by name follows Danish alphabetical order.
func ExampleSortByName() {
	records := []ropa.Record{{ID: "1", Name: "Ålborg"}, {ID: "2", Name: "Aabenraa"}, {ID: "3", Name: "Ærø"},
		{ID: "4", Name: "Zealand"}, {ID: "5", Name: "Øster"}}
	ropa.SortByName(records)
	for _, r := range records {
		fmt.Println(r.Name)
	}
	// Output:
	// Zealand
	// Ærø
	// Øster
	// Aabenraa
	// Ålborg
}

// Which records would a failing processor hit?
func ExampleRegister_AffectedBy() {
	reg := ropa.Register{Records: []ropa.Record{schoolRecord(), {ID: "bib", Name: "Biblioteksudlån"}}}
	for _, r := range reg.AffectedBy("global cloud inc.") {
		fmt.Println(r.ID)
	}
	// Output:
	// skole-elevadm
}

// A consent lapses: the processing it covers must stop.
func ExampleConsent_State() {
	subject, _ := ropa.NewSubject("0101801234")
	c := ropa.Consent{
		ID: "c1", RecordID: "skole-foto", PurposeID: "foto", Subject: subject,
		Given:     time.Date(2025, 8, 1, 8, 0, 0, 0, time.UTC),
		Expires:   time.Date(2026, 7, 31, 22, 0, 0, 0, time.UTC),
		Withdrawn: time.Date(2026, 2, 10, 12, 0, 0, 0, time.UTC),
	}
	d := c.State(time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC))
	fmt.Println(d.Status, d.Allowed, d.Reasons[0].Reference.En)
	fmt.Println(d.Reasons[0].Text.En)
	fmt.Printf("subject: %v\n", c.Subject)
	// Output:
	// withdrawn false GDPR art. 6(1)(a), 7(3)
	// The consent has been withdrawn: the processing must stop, even if another basis exists, and the data be erased, unless the duty to keep records on file says otherwise.
	// subject: [redacted]
}
