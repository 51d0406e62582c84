package overview_test

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/internal/jsonstrict"
	"github.com/dkgdpr/gdpr/overview"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// broken returns the clean municipality with a handful of gaps in several
// areas: a record without erasure time limits that names an unknown
// agreement, a second record that nothing else knows, an agreement without
// its audit clause that lists an unknown record, an overdue request and
// one that names an unknown record.
func broken() overview.Municipality {
	m := clean()
	m.Records[0].Retention = nil
	m.Records[0].Processors = append(m.Records[0].Processors, ropa.ProcessorRef{Name: "Lønservice ApS", AgreementID: "DBA-ukendt"})
	r2 := gdprtest.Record()
	r2.ID, r2.Name = "skole-elevadm", "Elevadministration"
	r2.ScreeningID, r2.DPIAID, r2.RiskAssessmentID = "", "", ""
	m.Records = append(m.Records, r2)
	m.Agreements[0].Clauses[dpa.AuditClause] = false
	m.Agreements[0].Records = append(m.Agreements[0].Records, "skole-ukendt")
	late := overview.Request{Request: gdprtest.Request(), RecordIDs: []string{"skole-ukendt"}}
	late.Request.ID = "INDSIGT-2025-410"
	late.Request.ReceivedAt = gdprtest.Now().AddDate(0, -3, 0)
	late.Request.IdentityConfirmedAt = late.Request.ReceivedAt
	m.Requests = append(m.Requests, late)
	return m
}

func TestCounts(t *testing.T) {
	r := build(t, broken())
	require.NotEmpty(t, r.Findings)

	// Count agrees with the findings for every area and severity, the
	// zero values meaning "every".
	for _, a := range append([]overview.Area{0}, overview.Areas()...) {
		for _, s := range []gdpr.Severity{0, gdpr.Info, gdpr.Warning, gdpr.Error, gdpr.Critical} {
			n := 0
			for _, f := range r.Findings {
				if (a == 0 || f.Area == a) && (s == 0 || f.Severity == s) {
					n++
				}
			}
			assert.Equal(t, n, r.Count(a, s), "area %s, severity %s", a, s)
		}
	}
	// Counts: non-zero, areas in order, the most serious first.
	for i, c := range r.Counts {
		assert.Positive(t, c.N)
		if i > 0 {
			p := r.Counts[i-1]
			assert.True(t, p.Area < c.Area || (p.Area == c.Area && p.Severity > c.Severity), "order at %d", i)
		}
	}
	// Rules: by id, each count right.
	assert.True(t, slices.IsSortedFunc(r.Rules, func(a, b overview.RuleCount) int { return strings.Compare(a.Rule, b.Rule) }))
	total := 0
	for _, rc := range r.Rules {
		assert.Equal(t, len(withRule(r, rc.Rule)), rc.N, rc.Rule)
		total += rc.N
	}
	assert.Equal(t, len(r.Findings), total)
	assert.Zero(t, r.CountRule("overview.no_such_rule"))

	// Findings come by area, then by position in the area.
	assert.True(t, slices.IsSortedFunc(r.Findings, func(a, b overview.Finding) int {
		if a.Area != b.Area {
			return int(a.Area) - int(b.Area)
		}
		return a.Index - b.Index
	}))
}

func TestTop(t *testing.T) {
	r := build(t, broken())
	top := r.Top(5)
	require.Len(t, top, 5)
	assert.True(t, slices.IsSortedFunc(top, func(a, b overview.Finding) int { return int(b.Severity) - int(a.Severity) }),
		"the most serious first")
	assert.Equal(t, r.Count(0, gdpr.Critical) > 0, top[0].Severity == gdpr.Critical)
	assert.Len(t, r.Top(len(r.Findings)+10), len(r.Findings), "no more than there are")
	assert.Empty(t, r.Top(0))
	assert.Empty(t, r.Top(-1))
	top[0].Rule = "changed"
	assert.NotEqual(t, "changed", r.Top(1)[0].Rule, "a fresh slice")
}

func TestLinksAreTheOverviewsOwnFindings(t *testing.T) {
	r := build(t, broken())
	links := r.Links()
	require.NotEmpty(t, links)
	n := 0
	for _, f := range r.Findings {
		if strings.HasPrefix(f.Rule, "overview.") {
			n++
		}
	}
	assert.Len(t, links, n)
	for _, f := range links {
		assert.True(t, strings.HasPrefix(f.Rule, "overview."))
	}
}

func TestBuildIsDeterministicAndLeavesItsInputAlone(t *testing.T) {
	m := broken()
	before, err := json.Marshal(m)
	require.NoError(t, err)
	first := build(t, m)
	after, err := json.Marshal(m)
	require.NoError(t, err)
	assert.Equal(t, string(before), string(after), "Build does not change its input")
	for range 3 {
		assert.Equal(t, first, build(t, m), "the same input gives the same report")
	}
}

func TestBuildIsSafeForConcurrentUse(t *testing.T) {
	m := broken()
	want := build(t, m)
	var wg sync.WaitGroup
	got := make([]overview.Report, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i], _ = overview.Build(m, gdprtest.Now(), 30)
		}()
	}
	wg.Wait()
	for _, r := range got {
		assert.Equal(t, want, r)
	}
}

func TestInvalidPolicy(t *testing.T) {
	m := clean()
	m.Policy.Rights.ClosedDays = []rights.ClosedDay{rights.ClosedDay(99)}
	_, err := overview.Build(m, gdprtest.Now(), 30)
	require.Error(t, err)
	assert.ErrorIs(t, err, overview.ErrInvalidPolicy)
	assert.ErrorIs(t, err, gdpr.ErrInvalid)
	var ps gdpr.Problems
	require.True(t, errors.As(err, &ps))
	assert.Equal(t, "rights.closedDays[0]", ps[0].Path)
	assert.NoError(t, overview.Policy{}.Validate(), "the zero policy is every package's default")
}

func TestEmptyMunicipality(t *testing.T) {
	r, err := overview.Build(overview.Municipality{}, gdprtest.Now(), 30)
	require.NoError(t, err)
	assert.Empty(t, r.Findings)
	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"findings":[]`, "empty lists encode as [], not null")
	assert.Contains(t, string(b), `"overdue":[]`)
}

// TestReportJSON fixes the JSON shape of a report (golden file; refresh
// with go test ./overview -run TestReportJSON -update).
func TestReportJSON(t *testing.T) {
	r := build(t, broken())
	got, err := json.MarshalIndent(r, "", "  ")
	require.NoError(t, err)
	got = append(got, '\n')
	golden := filepath.Join("testdata", "report.golden.json")
	if *update {
		require.NoError(t, os.MkdirAll("testdata", 0o755))
		require.NoError(t, os.WriteFile(golden, got, 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))

	var back overview.Report
	require.NoError(t, jsonstrict.Decode(want, &back), "the golden report decodes strictly")
	again, err := json.MarshalIndent(back, "", "  ")
	require.NoError(t, err)
	assert.Equal(t, string(want), string(append(again, '\n')), "the golden report round-trips")
	assert.Equal(t, r.Findings[0], back.Findings[0], "a finding round-trips")
}

func TestMunicipalityJSONRoundTrip(t *testing.T) {
	m := broken()
	b, err := json.Marshal(m)
	require.NoError(t, err)
	var back overview.Municipality
	require.NoError(t, json.Unmarshal(b, &back))
	r1, r2 := build(t, m), build(t, back)
	assert.Equal(t, r1.Findings, r2.Findings, "the JSON carries everything Build reads")
	assert.Equal(t, r1.Overdue, r2.Overdue)
}
