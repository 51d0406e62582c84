package breach_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/breach"
	"github.com/dkgdpr/gdpr/internal/roundtrip"
	"golang.org/x/text/language"
)

// FuzzIncidentJSON decodes arbitrary JSON into an Incident, strictly
// (ParseJSON, which validates: what it accepts must be storable) and with
// encoding/json. Whatever
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
		if err := roundtrip.Check[breach.Incident](b); err != nil {
			t.Fatal(err) // ParseJSON accepted what cannot be stored
		}
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

// FuzzPolicyJSON decodes a policy, strictly (ParseJSON: what it accepts
// must be storable) and with encoding/json: Validate never panics, and a valid
// policy decides every incident.
func FuzzPolicyJSON(f *testing.F) {
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"noRisk":[],"highRisk":["large_number"],"largeNumber":50}`))
	f.Add([]byte(`{"noRisk":["large_number"],"enisaHighFrom":"medium"}`))
	inc := fullIncident()
	f.Fuzz(func(t *testing.T, b []byte) {
		if err := roundtrip.Check[breach.Policy](b); err != nil {
			t.Fatal(err) // ParseJSON accepted what cannot be stored
		}
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

// FuzzLogJSON decodes a log, strictly (ParseJSON, then Log.Validate: what
// it accepts must be storable) and with encoding/json: Log.Validate, the
// checks and the queries never panic, and Validate's error matches
// gdpr.ErrInvalid.
func FuzzLogJSON(f *testing.F) {
	full, err := json.Marshal(breach.Log{fullIncident()})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(full)
	for _, s := range []string{`[]`, `null`, `[{}]`, `[{"id":"a"},{"id":"a"}]`,
		`[{"id":"a","awareAt":"2025-03-28T14:30:00+01:00","confidentiality":"known_recipients","notifications":[{"phase":"initial","at":"2025-04-28T14:30:00+01:00"}]}]`} {
		f.Add([]byte(s))
	}
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, b []byte) {
		if err := roundtrip.Check[breach.Log](b); err != nil {
			t.Fatal(err)
		}
		var l breach.Log
		if json.Unmarshal(b, &l) != nil {
			return
		}
		if err := l.Validate(); err != nil && !errors.Is(err, gdpr.ErrInvalid) {
			t.Fatalf("Validate error %v does not match gdpr.ErrInvalid", err)
		}
		if l.Check(now) == nil {
			t.Fatal("Check returned nil")
		}
		_ = l.Overdue(now)
		_ = l.Late()
		_ = l.Summarize(time.Time{}, time.Time{}, now)
	})
}

// FuzzContextJSON decodes a data processing context (ENISA's DPC line)
// and an adjustment: their Validate never panics and errors match
// gdpr.ErrInvalid; a valid context scores within 1..4.
func FuzzContextJSON(f *testing.F) {
	for _, s := range []string{`{}`, `{"kind":"simple","types":["name"],"adjustments":[{"factor":"volume","steps":1,"note":"x"}]}`,
		`{"kind":"sensitive","adjustments":[{"factor":"individuals","steps":-3}]}`, `{"factor":"volume","steps":99}`,
		`{"kind":"financial","types":["name","name"]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var c breach.DataContext
		if json.Unmarshal(b, &c) == nil {
			err := c.Validate()
			if err != nil && !errors.Is(err, gdpr.ErrInvalid) {
				t.Fatalf("error %v", err)
			}
			if err == nil && (c.Score() < 1 || c.Score() > 4) {
				t.Fatalf("score %d of a valid context", c.Score())
			}
		}
		var a breach.Adjustment
		if json.Unmarshal(b, &a) == nil {
			if err := a.Validate(); err != nil && !errors.Is(err, gdpr.ErrInvalid) {
				t.Fatalf("error %v", err)
			}
		}
	})
}
