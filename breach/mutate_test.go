package breach_test

import (
	"encoding/json"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr/breach"
	"github.com/dkgdpr/gdpr/internal/mutate"
	"github.com/dkgdpr/gdpr/internal/roundtrip"
	"golang.org/x/text/language"
)

// interesting are the values a mutation puts in place of a JSON value,
// besides mutate.Edges:
// instants at and beyond what JSON can store, numbers at the edges, codes
// of other fields, and values of the wrong type.
var interesting = []any{
	"2025-03-28T14:30:00+24:00", "2025-03-28T14:30:00-23:59", "2025-03-28T14:30:00+01:60", "0000-01-01T00:00:00Z",
	"9999-12-31T23:59:59Z", "9999-12-31T23:59:59-23:59", "10000-01-01T00:00:00Z", "2025-03-28T14:30:00",
	"2018-05-24T23:59:59+02:00", "2025-02-30T10:00:00+01:00", "1850-06-01T12:00:00+00:50",
	"", " ", "x", "known_recipients", "unknown_recipients", "initial", "follow_up", "high_risk", "unlikely", "maximum",
	"simple", "sensitive", "volume", "individuals", "delay_reasons", "cpr_number", "children", "digital_post", "public_notice",
	"-1", "070761-4285",
	0, -1, 1, 1e9, 1e400 / 1e399, 9.5, true, false, nil, []any{}, map[string]any{},
	[]any{"name", "name"}, []any{map[string]any{}}, 8760, 8761, -3, 3, 4,
}

// TestMutatedDocuments mutates the golden document of every record type
// of the package (an incident, a log, a policy) a couple of thousand
// times, deterministically, and runs Validate, Check and every decision on
// whatever decodes, strictly or with encoding/json: nothing panics, and
// what ParseJSON accepts (or Validate passes) can be stored.
func TestMutatedDocuments(t *testing.T) {
	n := 2000
	if testing.Short() || raceEnabled {
		n = 300
	}
	incident, err := os.ReadFile("testdata/incident.json")
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string][]byte{
		"incident": incident,
		"log":      []byte("[" + string(incident) + `,{"id":"2025-0043","awareAt":"2025-03-28T14:30:00+01:00","confidentiality":"known_recipients","dataTypes":["name"]}]`),
		"policy":   []byte(`{"noRisk":["unintelligible_data"],"highRisk":["large_number"],"largeNumber":500,"enisaHighFrom":"high"}`),
	}
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	decideAll := func(where string, inc breach.Incident, policies ...breach.Policy) {
		_ = inc.Decide()
		for _, p := range policies {
			if d, err := p.Decide(inc); err == nil {
				_ = d.Explain(language.Danish)
			}
			if p.Check(inc, now) == nil {
				t.Fatalf("%s: Check returned nil", where)
			}
		}
		_ = inc.State(now)
		_ = inc.Checklist(now).Lines(language.English)
		_, _ = inc.Severity()
		_ = inc.NotificationDeadline()
	}
	for k, name := range []string{"incident", "log", "policy"} {
		m := mutate.New(18, uint64(k), interesting...)
		accepted := 0
		for i := range n {
			doc := m.Mutate(docs[name])
			where := name + " mutation " + strconv.Itoa(i) + ": " + string(doc)
			switch name {
			case "incident":
				if err := roundtrip.Check[breach.Incident](doc); err != nil {
					t.Fatalf("%s: %v", where, err)
				}
				var inc breach.Incident
				if json.Unmarshal(doc, &inc) != nil {
					continue
				}
				accepted++
				decideAll(where, inc, breach.Policy{}, breach.Policy{NoRisk: []breach.Driver{}, LargeNumber: 10})
				if inc.Validate() == nil {
					if err := roundtrip.Value(inc); err != nil {
						t.Fatalf("%s: valid, but %v", where, err)
					}
				}
			case "log":
				if err := roundtrip.Check[breach.Log](doc); err != nil {
					t.Fatalf("%s: %v", where, err)
				}
				var l breach.Log
				if json.Unmarshal(doc, &l) != nil {
					continue
				}
				accepted++
				if l.Check(now) == nil {
					t.Fatalf("%s: Check returned nil", where)
				}
				_ = l.Overdue(now)
				_ = l.Late()
				_ = l.Summarize(time.Time{}, now, now)
				for _, inc := range l {
					decideAll(where, inc, breach.Policy{})
				}
				if l.Validate() == nil {
					if err := roundtrip.Value(l); err != nil {
						t.Fatalf("%s: valid, but %v", where, err)
					}
				}
			case "policy":
				if err := roundtrip.Check[breach.Policy](doc); err != nil {
					t.Fatalf("%s: %v", where, err)
				}
				var p breach.Policy
				if json.Unmarshal(doc, &p) != nil {
					continue
				}
				accepted++
				var inc breach.Incident
				if err := json.Unmarshal(incident, &inc); err != nil {
					t.Fatal(err)
				}
				decideAll(where, inc, p)
				_, _ = p.Overdue(breach.Log{inc}, now)
				_, _ = p.Summarize(breach.Log{inc}, time.Time{}, now, now)
				if p.Validate() == nil {
					if err := roundtrip.Value(p); err != nil {
						t.Fatalf("%s: valid, but %v", where, err)
					}
				}
			}
		}
		t.Logf("%s: %d of %d mutations decode", name, accepted, n)
		if accepted == 0 {
			t.Errorf("%s: no mutation decodes; the test tests nothing", name)
		}
	}
}
