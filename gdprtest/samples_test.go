package gdprtest_test

import (
	"encoding/json"
	"reflect"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/internal/jsonstrict"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/dkgdpr/gdpr/screening"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sample is one builder of the package: how to build it, validate it,
// check it at an instant, and decode its JSON strictly with its package's
// decoder.
type sample struct {
	name     string
	build    func() any
	validate func(v any) error
	check    func(t *testing.T, v any, now time.Time) []gdpr.Finding
	decode   func(data []byte) (any, error)
}

func samples() []sample {
	return []sample{
		{"Record", func() any { return gdprtest.Record() },
			func(v any) error { r := v.(ropa.Record); return r.Validate() },
			func(t *testing.T, v any, now time.Time) []gdpr.Finding { return v.(ropa.Record).Check(now) },
			strict[ropa.Record]},
		{"Agreement", func() any { return gdprtest.Agreement() },
			func(v any) error { a := v.(dpa.Agreement); return a.Validate() },
			func(t *testing.T, v any, now time.Time) []gdpr.Finding { a := v.(dpa.Agreement); return a.Check(now) },
			strict[dpa.Agreement]},
		{"Screening", func() any { return gdprtest.Screening() },
			func(v any) error { return v.(screening.Screening).Validate() },
			func(t *testing.T, v any, now time.Time) []gdpr.Finding {
				r, err := screening.Assess(v.(screening.Screening))
				require.NoError(t, err)
				return r.Findings
			},
			strict[screening.Screening]},
		{"Assessment", func() any { return gdprtest.Assessment() },
			func(v any) error { return v.(risk.Assessment).Validate() },
			func(t *testing.T, v any, now time.Time) []gdpr.Finding {
				return risk.Set{Assessments: []risk.Assessment{v.(risk.Assessment)}}.Check(now)
			},
			strict[risk.Assessment]},
		{"Risks", func() any { return gdprtest.Risks() },
			func(v any) error {
				var ps gdpr.Problems
				for i, a := range v.([]risk.Assessment) {
					ps.Merge("["+strconv.Itoa(i)+"]", a.Validate())
				}
				return ps.Err()
			},
			func(t *testing.T, v any, now time.Time) []gdpr.Finding {
				return risk.Set{Assessments: v.([]risk.Assessment)}.Check(now)
			},
			strict[[]risk.Assessment]},
		{"Incident", func() any { return gdprtest.Incident() },
			func(v any) error { return v.(breach.Incident).Validate() },
			func(t *testing.T, v any, now time.Time) []gdpr.Finding {
				return v.(breach.Incident).Check(now)
			},
			strict[breach.Incident]},
		{"DPIA", func() any { return gdprtest.DPIA() },
			func(v any) error { return v.(dpia.Assessment).Validate() },
			func(t *testing.T, v any, now time.Time) []gdpr.Finding {
				return gdprtest.DPIAPolicy().Check(v.(dpia.Assessment), now, gdprtest.Agreement())
			},
			func(b []byte) (any, error) { return dpia.ParseJSON[dpia.Assessment](b) }},
		{"Request", func() any { return gdprtest.Request() },
			func(v any) error { return v.(rights.Request).Validate() },
			func(t *testing.T, v any, now time.Time) []gdpr.Finding { return v.(rights.Request).Check(now) },
			strict[rights.Request]},
	}
}

// strict decodes data strictly into a T, as the package's ParseJSON does,
// for the packages whose strict decoder is not yet a ParseJSON of T.
func strict[T any](data []byte) (any, error) {
	var v T
	err := jsonstrict.Decode(data, &v)
	return v, err
}

func TestSamplesValidateWithNoFindingsAtNow(t *testing.T) {
	for _, s := range samples() {
		t.Run(s.name, func(t *testing.T) {
			v := s.build()
			require.NoError(t, s.validate(v))
			assert.Empty(t, s.check(t, v, gdprtest.Now()), "no findings at gdprtest.Now()")
		})
	}
}

func TestSamplesAreDeterministic(t *testing.T) {
	for _, s := range samples() {
		t.Run(s.name, func(t *testing.T) {
			a, b := s.build(), s.build()
			assert.Equal(t, a, b)
			ja, err := json.Marshal(a)
			require.NoError(t, err)
			jb, err := json.Marshal(b)
			require.NoError(t, err)
			assert.JSONEq(t, string(ja), string(jb))
		})
	}
}

// TestSamplesShareNothing proves each call returns a deep copy: no slice,
// map or pointer of one result is reachable from another, so a test that
// breaks its sample cannot break anybody else's.
func TestSamplesShareNothing(t *testing.T) {
	for _, s := range samples() {
		t.Run(s.name, func(t *testing.T) {
			a, b := s.build(), s.build()
			ma, mb := map[uintptr]string{}, map[uintptr]string{}
			refs(reflect.ValueOf(a), "v", ma)
			refs(reflect.ValueOf(b), "v", mb)
			for p, path := range ma {
				if other, ok := mb[p]; ok {
					t.Errorf("%s of one result and %s of another share memory", path, other)
				}
			}
		})
	}
}

// refs records the address of every slice backing array, map and pointer
// reachable from v, with its path. Time values and their locations are
// skipped: a *time.Location is shared and immutable.
func refs(v reflect.Value, path string, out map[uintptr]string) {
	switch v.Kind() {
	case reflect.Interface:
		if !v.IsNil() {
			refs(v.Elem(), path, out)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			out[v.Pointer()] = path
			refs(v.Elem(), path, out)
		}
	case reflect.Slice:
		if v.Cap() > 0 {
			out[v.Pointer()] = path
		}
		for i := range v.Len() {
			refs(v.Index(i), path+"["+strconv.Itoa(i)+"]", out)
		}
	case reflect.Map:
		if !v.IsNil() {
			out[v.Pointer()] = path
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			return
		}
		for i := range v.NumField() {
			refs(v.Field(i), path+"."+v.Type().Field(i).Name, out)
		}
	}
}

// TestSamplesBreakAsExpected shows that each sample is a starting point:
// one change, or a later clock, gives the rule a host would expect.
func TestSamplesBreakAsExpected(t *testing.T) {
	tests := []struct {
		name   string
		sample string
		change func(v any) any
		now    time.Time
		rule   string
	}{
		{"a record without erasure time limits (GDPR art. 30(1)(f))", "Record",
			func(v any) any { r := v.(ropa.Record); r.Retention = nil; return r }, gdprtest.Now(), "ropa.retention_missing"},
		{"a record not reviewed for more than a year (annual review, GDPR art. 5(2))", "Record",
			func(v any) any { return v }, gdprtest.Now().AddDate(1, 0, 0), "ropa.review_overdue"},
		{"CPR numbers without databeskyttelsesloven § 11", "Record",
			func(v any) any {
				r := v.(ropa.Record)
				r.Purposes[0].LegalBases = slices.DeleteFunc(r.Purposes[0].LegalBases, func(b gdpr.LegalBasis) bool { return b == gdpr.DBL11 })
				return r
			}, gdprtest.Now(), "gdpr.cpr_basis_missing"},
		{"standard contractual clauses without a TIA (CJEU C-311/18)", "Agreement",
			func(v any) any {
				a := v.(dpa.Agreement)
				a.SubProcessors[1].Locations[0].Basis.TIA = dpa.TIA{}
				return a
			},
			gdprtest.Now(), "dpa.tia_missing"},
		{"a yearly supervision two years later", "Agreement",
			func(v any) any { return v }, gdprtest.Now().AddDate(2, 0, 0), "dpa.supervision_overdue"},
		{"a required DPIA declined without reasons (WP248 rev.01 III.B.a)", "Screening",
			func(v any) any {
				s := v.(screening.Screening)
				s.Decision, s.DecisionReason = screening.Decline, gdpr.NewPersonal("")
				return s
			}, gdprtest.Now(), "screening.decline_undocumented"},
		{"a planned measure past its due date", "Risks",
			func(v any) any { return v }, time.Date(2026, time.July, 15, 12, 0, 0, 0, gdprtest.Copenhagen()), "risk.measure_overdue"},
		{"a breach never notified (GDPR art. 33(1))", "Incident",
			func(v any) any { i := v.(breach.Incident); i.Notifications = nil; return i }, gdprtest.Now(), "breach.notification_overdue"},
		{"a decided DPIA without the approval (the municipal DPIA template, Godkendelse)", "DPIA",
			func(v any) any { a := v.(dpia.Assessment); a.Approval = dpia.Approval{}; return a }, gdprtest.Now(), "dpia.approval_missing"},
		{"a DPIA not reviewed for more than its yearly interval (GDPR art. 35(11))", "DPIA",
			func(v any) any { return v }, gdprtest.Now().AddDate(1, 0, 0), "dpia.review_overdue"},
		{"the data subjects' views not documented (GDPR art. 35(9))", "DPIA",
			func(v any) any { a := v.(dpia.Assessment); a.Views = dpia.Views{}; return a }, gdprtest.Now(), "dpia.views_not_documented"},
		{"a request still open after its month (GDPR art. 12(3))", "Request",
			func(v any) any { return v }, gdprtest.Now().AddDate(0, 1, 0), "rights.overdue"},
	}
	byName := map[string]sample{}
	for _, s := range samples() {
		byName[s.name] = s
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := byName[tc.sample]
			v := tc.change(s.build())
			require.NoError(t, s.validate(v), "the change keeps the sample valid")
			fs := s.check(t, v, tc.now)
			assert.Contains(t, gdprtest.RuleIDs(fs), tc.rule)
		})
	}
}

// TestSamplesReferToEachOther checks that the samples describe one
// processing: the record names its agreement, the agreement its record,
// and the other samples are about the same data.
func TestSamplesReferToEachOther(t *testing.T) {
	rec, agr := gdprtest.Record(), gdprtest.Agreement()
	assert.Equal(t, gdprtest.RecordID, rec.ID)
	assert.Equal(t, gdprtest.AgreementID, agr.ID)
	assert.Equal(t, []string{agr.ID}, rec.AgreementIDs())
	assert.Equal(t, []string{rec.ID}, agr.Records)
	assert.Empty(t, agr.CheckData(rec.DataTypes()), "the agreement lists the data its record processes")
	assert.Equal(t, gdprtest.ScreeningID, rec.ScreeningID)
	assert.Equal(t, gdprtest.RiskAssessmentID, rec.RiskAssessmentID)
	assert.Equal(t, gdprtest.DPIAID, rec.DPIAID)

	res, err := screening.Assess(gdprtest.Screening())
	require.NoError(t, err)
	assert.Equal(t, screening.Required, res.Outcome, "the record's data call for the DPIA it refers to")
	assert.Equal(t, []screening.Criterion{screening.SensitiveData, screening.VulnerableSubjects}, res.Met)

	d := gdprtest.DPIA()
	assert.Equal(t, rec.ID, d.RecordID)
	assert.Equal(t, rec.DPIAID, d.ID)
	if assert.NotNil(t, d.Record) {
		assert.Equal(t, rec, *d.Record, "the DPIA embeds the record")
	}
	if assert.NotNil(t, d.Screening) {
		assert.Equal(t, gdprtest.Screening(), *d.Screening, "the DPIA embeds the screening")
	}
	assert.Equal(t, gdprtest.Risks(), d.Risks, "the DPIA assesses the sample risks")
	assert.Equal(t, []string{agr.ID}, d.AgreementIDs)
	start, err := gdprtest.DPIAPolicy().MayStart(d)
	require.NoError(t, err)
	assert.True(t, start.Allowed, "the approved DPIA lets the processing start under the municipality's policy")
	assert.False(t, d.MayStart().Allowed, "the default policy wants every further measure in place first")
	gdprtest.HasRules(t, d.Check(gdprtest.Now(), agr), "dpia.started_without_approval")

	for _, dt := range gdprtest.Incident().DataTypes {
		assert.True(t, rec.Processes(dt), "the breach concerns data of the record: %s", dt)
	}
	assert.Contains(t, rec.LegalBases(), gdprtest.Request().Basis, "the request concerns the record's processing")
	for _, c := range rec.Countries() {
		found := false
		for _, r := range agr.Routes() {
			found = found || r.Country == c
		}
		assert.True(t, found, "the agreement reaches %s, as the record says", c)
	}
}

func TestIncidentIsHighRisk(t *testing.T) {
	// ENISA 2013: health data (DPC 4), maximum identification (EI 1), a
	// known recipient (CB 0.25): SE 4.25, very high.
	sc, err := gdprtest.Incident().Severity()
	require.NoError(t, err)
	assert.Equal(t, breach.VeryHigh, sc.Level)
	d := gdprtest.Incident().Decide()
	assert.Equal(t, breach.RiskHigh, d.Risk)
	assert.True(t, d.Held(breach.SpecialCategories), "health data to the wrong relative")
}

func TestRequestIsOpenAtNow(t *testing.T) {
	req := gdprtest.Request()
	// GDPR art. 12(3): received Monday 16 February 2026, due Monday 16 March.
	gdprtest.DeadlineOn(t, req.Deadline(), "2026-03-16")
	assert.Equal(t, "open", req.State(gdprtest.Now()).Status.String())
}

// TestRefsSeesSharedMemory proves the walk of TestSamplesShareNothing
// would catch a builder that handed out a shared slice, map or pointer.
func TestRefsSeesSharedMemory(t *testing.T) {
	shared := []string{"x"}
	m := map[string]int{"a": 1}
	type inner struct{ S []string }
	type outer struct {
		In  *inner
		M   map[string]int
		Val []inner
	}
	a := outer{In: &inner{S: shared}, M: m, Val: []inner{{S: shared}}}
	b := outer{In: &inner{S: shared}, M: m}
	ma, mb := map[uintptr]string{}, map[uintptr]string{}
	refs(reflect.ValueOf(a), "a", ma)
	refs(reflect.ValueOf(b), "b", mb)
	var both []string
	for p, path := range ma {
		if _, ok := mb[p]; ok {
			both = append(both, path)
		}
	}
	slices.Sort(both)
	// The shared slice (reached as a.In.S and a.Val[0].S) and the map;
	// not the two *inner, which are distinct.
	assert.Len(t, both, 2)
	assert.Contains(t, both, "a.M")
	assert.NotContains(t, both, "a.In")
}
