package overview_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/overview"
)

func FuzzParseArea(f *testing.F) {
	for _, a := range overview.Areas() {
		f.Add(a.String())
	}
	f.Add("")
	f.Add("Records")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := overview.ParseArea(s)
		if err != nil {
			if a != 0 {
				t.Fatalf("error with a value: %v", a)
			}
			return
		}
		if s != "" && (!a.Valid() || a.String() != s) {
			t.Fatalf("%q parsed as %v", s, a)
		}
	})
}

func FuzzParseDueKind(f *testing.F) {
	for _, k := range overview.DueKinds() {
		f.Add(k.String())
	}
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		k, err := overview.ParseDueKind(s)
		if err != nil {
			if k != 0 {
				t.Fatalf("error with a value: %v", k)
			}
			return
		}
		if s != "" && (!k.Valid() || k.String() != s) {
			t.Fatalf("%q parsed as %v", s, k)
		}
	})
}

// FuzzBuild decodes a municipality from JSON and builds its report: nothing
// panics on any input that decodes, every finding's path starts at its area,
// and the counts add up.
func FuzzBuild(f *testing.F) {
	for _, m := range []overview.Municipality{clean(), broken(), {}} {
		b, err := json.Marshal(m)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"records":[{"id":"a","name":"A","processors":[{"name":"P","agreementId":"x"}]}],"agreements":[{"id":"x","records":["a","b"]}],"screenings":[{"id":""}],"risks":[{"id":"r"}],"breaches":[{"incident":{},"recordIds":["a"],"agreementIds":["x","y"]}],"requests":[{"request":{},"recordIds":[""]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var m overview.Municipality
		if json.Unmarshal(data, &m) != nil {
			return
		}
		if err := m.Policy.Validate(); err != nil {
			m.Policy = overview.Policy{}
		}
		r, err := overview.Build(m, gdprtest.Now(), 30)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range r.Findings {
			if !f.Area.Valid() || !strings.HasPrefix(f.Path, f.Area.String()+"[") {
				t.Fatalf("finding %s at %q in area %v", f.Rule, f.Path, f.Area)
			}
		}
		if r.Count(0, 0) != countValid(r.Findings) {
			t.Fatalf("counts %d, findings %d", r.Count(0, 0), len(r.Findings))
		}
		for _, l := range [][]overview.Due{r.Overdue, r.Upcoming} {
			for _, d := range l {
				if !d.Kind.Valid() || d.Area != d.Kind.Area() {
					t.Fatalf("due %+v", d)
				}
			}
		}
	})
}

func countValid(fs []overview.Finding) int {
	n := 0
	for _, f := range fs {
		if f.Severity.Valid() {
			n++
		}
	}
	return n
}

// FuzzValidate decodes each wrapper from JSON and validates it: nothing
// panics, and an error is always a gdpr.Problems matching gdpr.ErrInvalid.
func FuzzValidate(f *testing.F) {
	m := clean()
	for _, v := range []any{m.Screenings[0], m.Risks[0], m.Breaches[0], m.Requests[0]} {
		b, err := json.Marshal(v)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var (
			s  overview.Screening
			ra overview.RiskAssessment
			b  overview.Breach
			rq overview.Request
		)
		for _, v := range []interface{ Validate() error }{&s, &ra, &b, &rq} {
			if json.Unmarshal(data, v) != nil {
				continue
			}
			if err := v.Validate(); err != nil && !isProblems(err) {
				t.Fatalf("%T: %v", v, err)
			}
		}
	})
}

func isProblems(err error) bool {
	_, ok := err.(gdpr.Problems)
	return ok
}
