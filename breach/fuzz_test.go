package breach_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
	"golang.org/x/text/language"
)

// FuzzIncidentJSON decodes arbitrary JSON into an Incident. Whatever
// decodes must not make Validate, Decide, Check, State, Checklist,
// Severity, String or LogValue panic, must encode again, and must survive
// a second round trip unchanged.
func FuzzIncidentJSON(f *testing.F) {
	full, err := json.Marshal(fullIncident())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(full)
	for _, s := range []string{
		`{}`, `null`, `[]`,
		`{"awareAt":"2025-03-28T14:30:00+01:00","confidentiality":"known_recipients","dataTypes":["name","cpr_number"],"identification":"maximum"}`,
		`{"awareAt":"2025-03-28T14:30:00+01:00","notifications":[{"phase":"initial","at":"2025-04-28T14:30:00+01:00"}]}`,
		`{"dataContexts":[{"kind":"simple","adjustments":[{"factor":"volume","steps":99}]}],"identification":"limited"}`,
		`{"processors":[{"name":"","awareAt":"2025-03-28T14:30:00Z","agreedHours":-4}]}`,
		`{"confidentiality":"leaked"}`,
		`{"approxSubjects":-1,"subjectCategories":[{}],"risk":"high_risk","disproportionateEffort":true}`,
	} {
		f.Add([]byte(s))
	}
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, b []byte) {
		var inc breach.Incident
		if err := json.Unmarshal(b, &inc); err != nil {
			return
		}
		if err := inc.Validate(); err != nil && !errors.Is(err, gdpr.ErrInvalid) {
			t.Fatalf("Validate error %v does not match gdpr.ErrInvalid", err)
		}
		d, err := breach.Policy{}.Decide(inc)
		if err != nil {
			t.Fatalf("Decide with the default policy: %v", err)
		}
		_ = d.Explain(language.Danish)
		_ = d.Score.Explain(language.English)
		if fs := (breach.Policy{}).Check(inc, now); fs == nil {
			t.Fatal("Check returned nil")
		}
		_ = inc.State(now).Describe(language.Danish)
		_ = inc.Checklist(now).Lines(language.English)
		_, _ = inc.Severity()
		_ = inc.String()
		_ = inc.LogValue().Resolve()

		out, err := json.Marshal(inc)
		if err != nil {
			t.Fatalf("decoded incident does not encode: %v", err)
		}
		var back breach.Incident
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("encoded incident does not decode: %v\n%s", err, out)
		}
		out2, err := json.Marshal(back)
		if err != nil || string(out) != string(out2) {
			t.Fatalf("round trip changed the incident:\n%s\n%s", out, out2)
		}
	})
}

// FuzzAssessmentJSON decodes an ENISA assessment and scores it: the score
// must be in 0.25..6, its level the level of its SE, or an error matching
// gdpr.ErrInvalid.
func FuzzAssessmentJSON(f *testing.F) {
	f.Add([]byte(`{"dataContexts":[{"kind":"sensitive"}],"identification":"maximum","confidentiality":"unknown_recipients","malicious":true}`))
	f.Add([]byte(`{"dataContexts":[{"kind":"simple","adjustments":[{"factor":"individuals","steps":3}]},{"kind":"financial"}],"identification":"limited"}`))
	f.Add([]byte(`{"dataContexts":[],"identification":""}`))
	lo, hi := dec("0.25"), dec("6")
	f.Fuzz(func(t *testing.T, b []byte) {
		var a breach.Assessment
		if err := json.Unmarshal(b, &a); err != nil {
			return
		}
		s, err := a.Score()
		if err != nil {
			if !errors.Is(err, gdpr.ErrInvalid) {
				t.Fatalf("error %v does not match gdpr.ErrInvalid", err)
			}
			return
		}
		if s.SE.LessThan(lo) || s.SE.GreaterThan(hi) {
			t.Fatalf("SE %s out of 0.25..6", s.SE)
		}
		if s.Level != breach.LevelOf(s.SE) || !s.SE.Equal(s.DPC.Mul(s.EI).Add(s.CB)) {
			t.Fatalf("inconsistent score %s", s)
		}
		if _, err := json.Marshal(s); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzParseCodes feeds every enumeration parser, UnmarshalText and Scan the
// same text: each either fails with an error matching gdpr.ErrInvalid, or
// gives a value whose code is the input.
func FuzzParseCodes(f *testing.F) {
	for _, s := range []string{"", "low", "very_high", "known_recipients", "digital_post", "follow_up", "delay_reasons", "x", "Low", "1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		check := func(kind string, code string, err error) {
			t.Helper()
			if err != nil {
				if !errors.Is(err, gdpr.ErrInvalid) || !errors.Is(err, breach.ErrUnknownCode) {
					t.Fatalf("%s %q: error %v", kind, s, err)
				}
				return
			}
			if s != "" && code != s {
				t.Fatalf("%s %q parsed as %q", kind, s, code)
			}
		}
		v1, err := breach.ParseConfidentiality(s)
		check("confidentiality", v1.String(), err)
		v2, err := breach.ParseIntegrity(s)
		check("integrity", v2.String(), err)
		v3, err := breach.ParseAvailability(s)
		check("availability", v3.String(), err)
		v4, err := breach.ParseNature(s)
		check("nature", v4.String(), err)
		v5, err := breach.ParseDataKind(s)
		check("kind", v5.String(), err)
		v6, err := breach.ParseFactor(s)
		check("factor", v6.String(), err)
		v7, err := breach.ParseIdentification(s)
		check("identification", v7.String(), err)
		v8, err := breach.ParseLevel(s)
		check("level", v8.String(), err)
		v9, err := breach.ParsePhase(s)
		check("phase", v9.String(), err)
		v11, err := breach.ParseStatus(s)
		check("clock", v11.String(), err)
		v12, err := breach.ParseItem(s)
		check("item", v12.String(), err)
		v13, err := breach.ParseRisk(s)
		check("risk", v13.String(), err)
		v14, err := breach.ParseException(s)
		check("exception", v14.String(), err)

		var l breach.Level
		if err := l.Scan([]byte(s)); err == nil && s != "" && l.String() != s {
			t.Fatalf("scan %q gave %s", s, l)
		}
		var c gdpr.Channel
		if err := c.UnmarshalText([]byte(s)); err == nil && s != "" && c.String() != s {
			t.Fatalf("unmarshal %q gave %s", s, c)
		}
	})
}

// FuzzPolicyJSON decodes a policy: Validate never panics, and a valid
// policy decides every incident.
func FuzzPolicyJSON(f *testing.F) {
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"noRisk":[],"highRisk":["large_number"],"largeNumber":50}`))
	f.Add([]byte(`{"noRisk":["large_number"],"enisaHighFrom":"medium"}`))
	inc := fullIncident()
	f.Fuzz(func(t *testing.T, b []byte) {
		var p breach.Policy
		if err := json.Unmarshal(b, &p); err != nil {
			return
		}
		if err := p.Validate(); err != nil {
			if !errors.Is(err, breach.ErrPolicy) || !errors.Is(err, gdpr.ErrInvalid) {
				t.Fatalf("error %v", err)
			}
			return
		}
		d, err := p.Decide(inc)
		if err != nil {
			t.Fatal(err)
		}
		if d.InformSubjects && !d.NotifyAuthority {
			t.Fatalf("valid policy %+v tells the data subjects of a breach it does not notify", p)
		}
	})
}
