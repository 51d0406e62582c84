package overview_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/require"
)

// clean returns a small municipality whose pieces all refer to each other
// correctly and that has no findings at gdprtest.Now(): the samples of
// package gdprtest (a home-care record, its agreement, screening, risk
// assessment, a breach notified in time and an open access request) and an
// approved impact assessment of the record, linked by their ids, under the
// samples' policy (gdprtest.DPIAPolicy). Each call returns a new municipality.
func clean() overview.Municipality {
	return overview.Municipality{
		Name:       "Eksempel Kommune",
		Records:    []ropa.Record{gdprtest.Record()},
		Agreements: []dpa.Agreement{gdprtest.Agreement()},
		Screenings: []overview.Screening{{ID: gdprtest.ScreeningID, Screening: gdprtest.Screening()}},
		DPIAs:      []dpia.Assessment{sampleDPIA()},
		Risks:      []overview.RiskAssessment{{ID: gdprtest.RiskAssessmentID, Assessments: gdprtest.Risks()}},
		Breaches:   []overview.Breach{{Incident: gdprtest.Incident(), RecordIDs: []string{gdprtest.RecordID}}},
		Requests:   []overview.Request{{Request: gdprtest.Request(), RecordIDs: []string{gdprtest.RecordID}}},
		Policy:     overview.Policy{DPIA: gdprtest.DPIAPolicy()},
	}
}

// consent returns a valid consent to the sample record's purpose, given a
// year before gdprtest.Now() and expiring in two years.
func consent(t testing.TB, id string) ropa.Consent {
	t.Helper()
	s, err := ropa.NewSubject("borger-" + id)
	require.NoError(t, err)
	now := gdprtest.Now()
	return ropa.Consent{ID: id, RecordID: gdprtest.RecordID, PurposeID: "hjemmepleje", Subject: s,
		Given: now.AddDate(-1, 0, 0), Expires: now.AddDate(2, 0, 0)}
}

// build runs Build at gdprtest.Now() with a horizon of 30 days.
func build(t testing.TB, m overview.Municipality) overview.Report {
	t.Helper()
	r, err := overview.Build(m, gdprtest.Now(), 30)
	require.NoError(t, err)
	return r
}

// withRule returns the findings of rule id.
func withRule(r overview.Report, id string) []overview.Finding {
	var out []overview.Finding
	for _, f := range r.Findings {
		if f.Rule == id {
			out = append(out, f)
		}
	}
	return out
}

// lines lists findings for a failure message.
func lines(fs []overview.Finding) string {
	var b strings.Builder
	for _, f := range fs {
		b.WriteString("\n  " + f.Severity.String() + " " + f.Rule + " at " + f.Path + ": " + f.Text.En)
	}
	return b.String()
}

// hours is a duration of n hours.
func hours(n int) time.Duration { return time.Duration(n) * time.Hour }
