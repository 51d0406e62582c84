package breach_test

import (
	"encoding/json"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr/breach"
	"github.com/dkgdpr/gdpr/internal/mutate"
	"golang.org/x/text/language"
)

// interesting are the values of the package a mutation puts in place of
// a JSON value, besides mutate.Edges: codes of its fields and of others,
// numbers at the edges, and values of the wrong type.
var interesting = []any{
	"known_recipients", "unknown_recipients", "initial", "follow_up", "high_risk", "unlikely", "maximum",
	"simple", "sensitive", "volume", "individuals", "delay_reasons", "cpr_number", "children", "digital_post", "public_notice",
	"-1",
	1e9, 1e400 / 1e399, 9.5, false,
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
				inc, ok := mutate.Decode[breach.Incident](t, where, doc)
				if !ok {
					continue
				}
				accepted++
				decideAll(where, inc, breach.Policy{}, breach.Policy{NoRisk: []breach.Driver{}, LargeNumber: 10})
				mutate.Stored(t, where, inc, inc.Validate() == nil)
			case "log":
				l, ok := mutate.Decode[breach.Log](t, where, doc)
				if !ok {
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
				mutate.Stored(t, where, l, l.Validate() == nil)
			case "policy":
				p, ok := mutate.Decode[breach.Policy](t, where, doc)
				if !ok {
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
				mutate.Stored(t, where, p, p.Validate() == nil)
			}
		}
		t.Logf("%s: %d of %d mutations decode", name, accepted, n)
		if accepted == 0 {
			t.Errorf("%s: no mutation decodes; the test tests nothing", name)
		}
	}
}
