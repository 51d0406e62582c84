package overview_test

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/gdprtest"
	"github.com/dkgdpr/gdpr/internal/roundtrip"
	"github.com/dkgdpr/gdpr/overview"
)

// codeParsers are the package's ParseX parsers, each with its codes.
var codeParsers = []struct {
	name  string
	parse func(string) (encoding.TextMarshaler, error)
	codes func() []string
}{
	{"Area", func(s string) (encoding.TextMarshaler, error) { v, err := overview.ParseArea(s); return v, err },
		func() []string { return codes(overview.Areas()) }},
	{"DueKind", func(s string) (encoding.TextMarshaler, error) { v, err := overview.ParseDueKind(s); return v, err },
		func() []string { return codes(overview.DueKinds()) }},
}

func codes[T fmt.Stringer](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = v.String()
	}
	return out
}

// FuzzParseCodes feeds arbitrary text to every ParseX of the package: no
// panic, an error matches gdpr.ErrInvalid, and what parses encodes back to
// the same text. The seeds are every code.
func FuzzParseCodes(f *testing.F) {
	f.Add("")
	f.Add("Records")
	for _, p := range codeParsers {
		for _, c := range p.codes() {
			f.Add(c)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range codeParsers {
			v, err := p.parse(s)
			if err != nil {
				if !errors.Is(err, gdpr.ErrInvalid) {
					t.Fatalf("%s: %v does not match gdpr.ErrInvalid", p.name, err)
				}
				continue
			}
			out, err := v.MarshalText()
			if err != nil || (s != "" && string(out) != s) {
				t.Fatalf("%s: %q parsed, encodes as %q (%v)", p.name, s, out, err)
			}
		}
	})
}

// FuzzParseJSON feeds arbitrary JSON to ParseJSON: no panic, what is
// accepted can be stored (internal/roundtrip) and builds a report.
func FuzzParseJSON(f *testing.F) {
	for _, m := range []overview.Municipality{clean(), broken(), {}} {
		b, err := json.Marshal(m)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"policy":{"rights":{"closedDates":["2026-02-30"]}}}`))
	f.Add([]byte(`{"consents":[{"id":"c","recordId":"r","purposeId":"p","subject":"s","given":"2026-01-01T00:00:00+24:00"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := roundtrip.Check[overview.Municipality](data); err != nil {
			t.Fatal(err)
		}
		m, err := overview.ParseJSON[overview.Municipality](data)
		if err != nil {
			return
		}
		if _, err := overview.Build(m, gdprtest.Now(), 30); err != nil {
			t.Fatalf("accepted, but Build fails: %v", err)
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

// validators are the package's exported validators, each decoding its
// type from JSON with plain encoding/json and validating it.
var validators = []struct {
	name     string
	validate func(data []byte) error
	sample   func() any
}{
	{"Municipality", validateJSON[overview.Municipality], func() any { return clean() }},
	{"Screening", validateJSON[overview.Screening], func() any { return clean().Screenings[0] }},
	{"RiskAssessment", validateJSON[overview.RiskAssessment], func() any { return clean().Risks[0] }},
	{"Breach", validateJSON[overview.Breach], func() any { return clean().Breaches[0] }},
	{"Request", validateJSON[overview.Request], func() any { return clean().Requests[0] }},
	{"Policy", validateJSON[overview.Policy], func() any { return clean().Policy }},
}

func validateJSON[T interface{ Validate() error }](data []byte) error {
	var v T
	if json.Unmarshal(data, &v) != nil {
		return nil
	}
	return v.Validate()
}

// FuzzValidate decodes arbitrary JSON with plain encoding/json into each
// type with a Validate (kind picks one of validators) and validates it: no
// panic, and an error matches gdpr.ErrInvalid.
func FuzzValidate(f *testing.F) {
	for k, v := range validators {
		b, err := json.Marshal(v.sample())
		if err != nil {
			f.Fatal(err)
		}
		f.Add(uint8(k), b)
	}
	f.Add(uint8(5), []byte(`{"rights":{"closedDays":["x"]},"breach":{"x":1}}`))
	f.Fuzz(func(t *testing.T, kind uint8, data []byte) {
		v := validators[int(kind)%len(validators)]
		if err := v.validate(data); err != nil && !errors.Is(err, gdpr.ErrInvalid) {
			t.Fatalf("%s: %v does not match gdpr.ErrInvalid", v.name, err)
		}
	})
}
