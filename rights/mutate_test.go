package rights_test

import (
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr/internal/mutate"
	"github.com/dkgdpr/gdpr/rights"
	"golang.org/x/text/language"
)

// interesting are the values of the package a mutation puts in place of
// a JSON value, besides mutate.Edges: codes of its fields and of others,
// numbers and days at the edges, and values of the wrong type.
var interesting = []any{
	"access", "refused", "parent", "digital_post", "public_notice", "christmas_eve", "archiving",
	"2025-05-02", "-1", "1e400", "0.0000001",
	1e9, 1e400 / 1e399, 9.5, false,
	[]any{"excessive", "excessive"}, []any{map[string]any{}},
}

// TestMutatedDocuments mutates the golden document of every record type
// of the package a few thousand times, deterministically, and runs
// Validate, Check and every decision on whatever decodes, strictly or with
// encoding/json: nothing panics, and what ParseJSON accepts (or Validate
// passes) can be stored.
func TestMutatedDocuments(t *testing.T) {
	n := 2000
	if testing.Short() || raceEnabled {
		n = 300
	}
	read := func(name string) []byte {
		b, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	docs := map[string][]byte{
		"request":        read("request.json"),
		"requestMinimal": read("request-minimal.json"),
		"collection":     []byte(`{"obtainedAt":"2026-01-05T10:00:00+01:00","firstCommunicationAt":"2026-01-20T10:00:00+01:00","firstDisclosureAt":"2026-03-01T10:00:00+01:00","informedAt":"2026-01-19T10:00:00+01:00","exception":"laid_down_by_law","exceptionReason":"retssikkerhedsloven § 11 c"}`),
		"policy":         []byte(`{"chainedExtension":true,"closedDays":["christmas_eve","may_day"],"closedDates":["2025-05-02"],"localInformLimit":true}`),
	}
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	policies := []rights.Policy{{}, {ChainedExtension: true, ClosedDays: rights.ClosedDays()}}
	names := []string{"collection", "policy", "request", "requestMinimal"}
	for k, name := range names {
		m := mutate.New(18, uint64(k), interesting...)
		accepted := 0
		for i := range n {
			doc := m.Mutate(docs[name])
			where := name + " mutation " + strconv.Itoa(i) + ": " + string(doc)
			switch name {
			case "request", "requestMinimal":
				r, ok := mutate.Decode[rights.Request](t, where, doc)
				if !ok {
					continue
				}
				accepted++
				valid := r.Validate() == nil
				for _, p := range policies {
					_ = p.Deadline(r)
					_ = p.FirstMonth(r)
					_ = p.State(r, now)
					if p.Check(r, now) == nil {
						t.Fatalf("%s: Check returned nil", where)
					}
					_ = p.Review([]rights.Request{r}, now, 5)
				}
				_ = r.RefusalNotice(language.Danish)
				_, _ = rights.Applicable(r.Kind, r.Basis, r.Facts)
				mutate.Stored(t, where, r, valid)
			case "collection":
				c, ok := mutate.Decode[rights.Collection](t, where, doc)
				if !ok {
					continue
				}
				accepted++
				for _, p := range []rights.Policy{{}, {LocalInformLimit: true}} {
					_ = p.InformDue(c)
					if p.CheckCollection(c, now) == nil {
						t.Fatalf("%s: CheckCollection returned nil", where)
					}
				}
				mutate.Stored(t, where, c, c.Validate() == nil)
			case "policy":
				p, ok := mutate.Decode[rights.Policy](t, where, doc)
				if !ok {
					continue
				}
				accepted++
				r := rights.Request{Kind: rights.Access, ReceivedAt: now}
				_ = p.Deadline(r)
				_ = p.State(r, now)
				_ = p.Check(r, now)
				_ = p.InformDue(rights.Collection{ObtainedAt: now})
				mutate.Stored(t, where, p, p.Validate() == nil)
			}
		}
		t.Logf("%s: %d of %d mutations decode", name, accepted, n)
		if accepted == 0 {
			t.Errorf("%s: no mutation decodes; the test tests nothing", name)
		}
	}
}
