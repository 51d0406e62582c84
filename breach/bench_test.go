package breach_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
)

// sinkTime and sinkScore keep the compiler from removing benchmarked calls.
var (
	sinkTime  time.Time
	sinkScore breach.Score
)

// BenchmarkNotificationDeadline: target under 20 ns and no allocation
// .
func BenchmarkNotificationDeadline(b *testing.B) {
	inc := breach.Incident{AwareAt: time.Date(2025, 3, 28, 13, 30, 0, 0, time.UTC)}
	b.ReportAllocs()
	for b.Loop() {
		sinkTime = inc.NotificationDeadline()
	}
}

// BenchmarkSeverity: target under 2 µs.
func BenchmarkSeverity(b *testing.B) {
	inc := breach.Incident{
		DataTypes:       []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber, gdpr.Health},
		Identification:  breach.Maximum,
		Confidentiality: breach.ConfidentialityUnknownRecipients,
		Availability:    breach.AvailabilityTemporary,
		Malicious:       true,
	}
	b.ReportAllocs()
	for b.Loop() {
		s, err := inc.Severity()
		if err != nil {
			b.Fatal(err)
		}
		sinkScore = s
	}
}

// benchLog builds n varied incidents, a few hours apart.
func benchLog(n int) breach.Log {
	start := time.Date(2024, 1, 1, 8, 0, 0, 0, time.UTC)
	types := [][]gdpr.DataType{
		{gdpr.PersonName, gdpr.ContactDetails},
		{gdpr.PersonName, gdpr.CPRNumber},
		{gdpr.PersonName, gdpr.CPRNumber, gdpr.SocialConditions},
		{gdpr.Health, gdpr.CPRNumber},
		{gdpr.CriminalOffences},
		nil,
	}
	l := make(breach.Log, n)
	for i := range l {
		aware := start.Add(time.Duration(i) * 5 * time.Hour)
		inc := breach.Incident{
			ID:              fmt.Sprintf("B-%05d", i),
			AwareAt:         aware,
			DataTypes:       types[i%len(types)],
			Identification:  breach.Identification(i % 5),
			Confidentiality: breach.Confidentiality(i % 4),
			Integrity:       breach.Integrity(i / 3 % 4),
			Availability:    breach.Availability(i / 7 % 4),
			Malicious:       i%3 == 0,
			ApproxSubjects:  1 + i%500,
		}
		if i%11 == 0 {
			inc.Risk = breach.RiskHigh
		}
		if i%2 == 0 {
			inc.Notifications = []breach.Notification{{Phase: breach.Initial, At: aware.Add(time.Duration(i%100) * time.Hour), DelayReasons: gdpr.NewPersonal("x")}}
		}
		l[i] = inc
	}
	return l
}

// BenchmarkLog: 10,000 incidents in under 20 ms on one core: the
// overdue list, the late list and a summary over a year.
func BenchmarkLog(b *testing.B) {
	l := benchLog(10000)
	now := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	from := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(2035, 1, 1, 0, 0, 0, 0, time.UTC)
	var p breach.Policy
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.Overdue(l, now); err != nil {
			b.Fatal(err)
		}
		_ = l.Late()
		if _, err := p.Summarize(l, from, to, now); err != nil {
			b.Fatal(err)
		}
	}
}
