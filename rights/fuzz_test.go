package rights_test

import (
	"encoding/json"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/roundtrip"
	"github.com/dkgdpr/gdpr/rights"
	"golang.org/x/text/language"
)

// FuzzRequestJSON decodes arbitrary JSON as a request, strictly
// (ParseJSON, which validates: what it accepts must be storable) and with
// encoding/json: nothing may panic;
// whatever decodes encodes, and encoding is stable over a second round
// trip; what validates still validates after the round trip; and the
// deadline, state, findings and texts of any decoded request can be
// computed.
func FuzzRequestJSON(f *testing.F) {
	for _, name := range []string{"testdata/request.json", "testdata/request-minimal.json"} {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		`{}`, `null`, `{"kind":"access"}`,
		`{"kind":"erasure","receivedAt":"2025-01-31T23:30:00Z","pauses":[{"from":"2025-02-01T00:00:00Z"}]}`,
		`{"kind":"objection","receivedAt":"2025-01-31T10:00:00+01:00","extension":{"notifiedAt":"2025-03-01T00:00:00+01:00","reason":"x"}}`,
		`{"kind":"access","receivedAt":"9998-12-31T23:59:59Z","answer":{"at":"0001-01-01T00:00:00Z","outcome":"refused","grounds":["excessive","excessive"]}}`,
		`{"kind":"access","receivedAt":"2025-01-31T10:00:00+01:00","requester":{"name":"x","relation":"lawyer"}}`,
		`{"kind":"access","receivedAt":"2025-01-31T10:00:00+01:00","fee":{"amount":"-1e400","reason":""}}`,
	} {
		f.Add([]byte(s))
	}
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := roundtrip.Check[rights.Request](data); err != nil {
			t.Fatal(err) // rights.ParseJSON[rights.Request] accepted what cannot be stored
		}
		var r rights.Request
		if err := json.Unmarshal(data, &r); err != nil {
			return
		}
		verr := r.Validate()
		_ = r.Deadline()
		_ = rights.Policy{ChainedExtension: true, ClosedDays: rights.ClosedDays()}.Deadline(r)
		_ = r.State(now)
		_ = r.Check(now)
		_ = r.RefusalNotice(language.Danish)
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("a decoded request does not encode: %v", err)
		}
		var back rights.Request
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("an encoded request does not decode: %v\n%s", err, b)
		}
		b2, err := json.Marshal(back)
		if err != nil {
			t.Fatal(err)
		}
		if string(b) != string(b2) {
			t.Fatalf("round trip is not stable:\n%s\n%s", b, b2)
		}
		if (verr == nil) != (back.Validate() == nil) {
			t.Fatalf("validity changed over a round trip: %v", verr)
		}
		if verr == nil && r.Deadline() != back.Deadline() {
			if !r.Deadline().Expires.Equal(back.Deadline().Expires) || r.Deadline().Day != back.Deadline().Day {
				t.Fatalf("deadline changed over a round trip")
			}
		}
	})
}

// FuzzPolicyJSON decodes arbitrary JSON as the package's policies and a
// collection, strictly (ParseJSON, which validates: what it accepts must
// be storable) and with encoding/json: nothing may panic, validation holds over a round trip, and
// the deadlines can be computed under any decoded policy.
func FuzzPolicyJSON(f *testing.F) {
	for _, s := range []string{
		`{}`, `{"chainedExtension":true,"closedDays":["christmas_eve","may_day"],"closedDates":["2025-05-02"]}`,
		`{"closedDays":["boxing_day"]}`, `{"closedDates":["2025-02-30"]}`,
		`{"localLimit":true,"localDays":10,"policy":{"closedDays":["new_years_eve"]}}`, `{"localDays":-3}`,
		`{"obtainedAt":"2025-01-31T10:00:00+01:00","firstCommunicationAt":"2025-02-03T10:00:00+01:00"}`,
	} {
		f.Add([]byte(s))
	}
	received := time.Date(2025, 1, 31, 9, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, err := range []error{roundtrip.Check[rights.Policy](data), roundtrip.Check[rights.Collection](data)} {
			if err != nil {
				t.Fatal(err) // ParseJSON accepted what cannot be stored
			}
		}
		var p rights.Policy
		if json.Unmarshal(data, &p) == nil {
			err := p.Validate()
			r := rights.Request{Kind: rights.Access, ReceivedAt: received, Extension: &rights.Extension{NotifiedAt: received, Reason: gdpr.NewPersonal("x")}}
			d := p.Deadline(r)
			official := rights.Policy{ChainedExtension: p.ChainedExtension}.Deadline(r)
			if d.Day.Before(official.Day) {
				t.Fatalf("closed days gave an earlier deadline: %v, not %v", d, official)
			}
			_ = p.State(r, received.Add(100*24*time.Hour))
			roundTrip(t, &p, func(q *rights.Policy) error { return q.Validate() }, err)
		}
		var ip rights.Policy
		if json.Unmarshal(data, &ip) == nil {
			err := ip.Validate()
			_ = ip.InformDue(rights.Collection{ObtainedAt: received})
			roundTrip(t, &ip, func(q *rights.Policy) error { return q.Validate() }, err)
		}
		var c rights.Collection
		if json.Unmarshal(data, &c) == nil {
			err := c.Validate()
			_ = rights.Policy{LocalInformLimit: true}.InformDue(c)
			_ = rights.Policy{}.CheckCollection(c, received)
			roundTrip(t, &c, func(q *rights.Collection) error { return q.Validate() }, err)
		}
	})
}

func roundTrip[T any](t *testing.T, v *T, validate func(*T) error, before error) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		if before == nil {
			t.Fatalf("a valid value does not encode: %v", err)
		}
		return
	}
	var back T
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("an encoded value does not decode: %v\n%s", err, b)
	}
	if (before == nil) != (validate(&back) == nil) {
		t.Fatalf("validity changed over a round trip: %v\n%s", before, b)
	}
}

func isInvalid(err error) bool { return errors.Is(err, gdpr.ErrInvalid) }

// FuzzRequesterJSON decodes arbitrary JSON as a requester
// (Requester.UnmarshalJSON): nothing panics, an error matches
// gdpr.ErrInvalid, and what decodes encodes to what decodes to the same
// requester.
func FuzzRequesterJSON(f *testing.F) {
	for _, s := range []string{`{}`, `null`, `{"name":"Jens Hansen","contact":"jens@example.dk","relation":"parent","subjectName":"Ida"}`,
		`{"relation":"lawyer"}`, `{"name":1}`, `{"name":"a","name":"b"}`, `{"Name":"x"}`, `"x"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var r rights.Requester
		if err := r.UnmarshalJSON(data); err != nil {
			if !isInvalid(err) {
				t.Fatalf("error %v does not match gdpr.ErrInvalid", err)
			}
			return
		}
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatalf("a decoded requester does not encode: %v", err)
		}
		var back rights.Requester
		if err := back.UnmarshalJSON(b); err != nil || back != r {
			t.Fatalf("%s does not decode to the same requester: %v", b, err)
		}
	})
}
