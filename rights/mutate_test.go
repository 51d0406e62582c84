package rights_test

import (
	"encoding/json"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr/internal/mutate"
	"github.com/dkgdpr/gdpr/internal/roundtrip"
	"github.com/dkgdpr/gdpr/rights"
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
	"", " ", "x", "access", "refused", "parent", "digital_post", "public_notice", "christmas_eve", "archiving",
	"2025-05-02", "-1", "1e400", "0.0000001", "070761-4285",
	0, -1, 1, 1e9, 1e400 / 1e399, 9.5, true, false, nil, []any{}, map[string]any{},
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
				if err := roundtrip.Check[rights.Request](doc); err != nil {
					t.Fatalf("%s: %v", where, err)
				}
				var r rights.Request
				if json.Unmarshal(doc, &r) != nil {
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
				if valid {
					if err := roundtrip.Value(r); err != nil {
						t.Fatalf("%s: valid, but %v", where, err)
					}
				}
			case "collection":
				if err := roundtrip.Check[rights.Collection](doc); err != nil {
					t.Fatalf("%s: %v", where, err)
				}
				var c rights.Collection
				if json.Unmarshal(doc, &c) != nil {
					continue
				}
				accepted++
				for _, p := range []rights.Policy{{}, {LocalInformLimit: true}} {
					_ = p.InformDue(c)
					if p.CheckCollection(c, now) == nil {
						t.Fatalf("%s: CheckCollection returned nil", where)
					}
				}
				if c.Validate() == nil {
					if err := roundtrip.Value(c); err != nil {
						t.Fatalf("%s: valid, but %v", where, err)
					}
				}
			case "policy":
				if err := roundtrip.Check[rights.Policy](doc); err != nil {
					t.Fatalf("%s: %v", where, err)
				}
				var p rights.Policy
				if json.Unmarshal(doc, &p) != nil {
					continue
				}
				accepted++
				r := rights.Request{Kind: rights.Access, ReceivedAt: now}
				_ = p.Deadline(r)
				_ = p.State(r, now)
				_ = p.Check(r, now)
				_ = p.InformDue(rights.Collection{ObtainedAt: now})
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
