package rights_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr/internal/leaktest"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The markers planted in every field of the package's types that holds a
// person's identity, contact or a free text that may describe a person.
const (
	markName        = "Markus Markersen"
	markContact     = "markus@example.org"
	markSubject     = "Ida Markersdatter"
	markExtension   = "Markus har ADHD"
	markPause       = "Markus er indlagt"
	markFee         = "Markus bad om kopi"
	markException   = "Markus bor på krisecenter"
	markUnknownCode = "Markus Markersen 070761-4285"
)

var rightsMarkers = []string{markName, markContact, markSubject, markExtension, markPause, markFee, markException}

// plantJSON reads a golden document, sets the fields at the given
// dot-separated paths and returns the document again.
func plantJSON(t testing.TB, doc []byte, sets map[string]any) []byte {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal(doc, &m))
	for path, v := range sets {
		cur := m
		keys := strings.Split(path, ".")
		for _, k := range keys[:len(keys)-1] {
			next, ok := cur[k].(map[string]any)
			if !ok {
				next = map[string]any{}
				cur[k] = next
			}
			cur = next
		}
		cur[keys[len(keys)-1]] = v
	}
	out, err := json.Marshal(m)
	require.NoError(t, err)
	return out
}

// plantedRequest is the golden request with a marker in every personal
// field, decoded strictly.
func plantedRequest(t testing.TB) rights.Request {
	t.Helper()
	doc, err := os.ReadFile("testdata/request.json")
	require.NoError(t, err)
	doc = plantJSON(t, doc, map[string]any{
		"requester.name": markName, "requester.contact": markContact, "requester.subjectName": markSubject,
		"extension.reason": markExtension, "fee.reason": markFee,
	})
	doc = []byte(strings.Replace(string(doc), `"reason":"identity"`, `"reason":"`+markPause+`"`, 1))
	r, err := rights.ParseJSON[rights.Request](doc)
	require.NoError(t, err)
	return r
}

func plantedCollection(t testing.TB) rights.Collection {
	t.Helper()
	var c rights.Collection
	require.NoError(t, json.Unmarshal([]byte(`{"obtainedAt":"2026-01-05T10:00:00+01:00","exception":"`+
		rights.LaidDownByLaw.String()+`","exceptionReason":"`+markException+`"}`), &c))
	return c
}

// leakCounts renders v through every channel and counts the outputs that
// show a marker, per sink; guarded reports whether any guarded output did.
func leakCounts[T any](v T, markers ...string) map[string]int {
	return leaktest.Counts(leaktest.Find(v, markers...))
}

// TestNoPersonalDataLeaks plants markers in every type of the package that
// holds personal data (GDPR art. 4(1)) and finds none in String, any fmt
// verb (bare, nested, as an unexported field), log/slog (text and JSON,
// through gdpr.RedactingHandler at any depth) and errors; JSON, which is
// storage, keeps them. It logs the leak counts per sink, the unguarded
// "slog json" of a nested value without the wrapper included.
func TestNoPersonalDataLeaks(t *testing.T) {
	req := plantedRequest(t)
	col := plantedCollection(t)
	overdue := req
	overdue.Answer = nil
	o := rights.Review([]rights.Request{overdue}, at(2026, 6, 1, 9, 0), 5)
	require.Len(t, o.Overdue, 1)

	total := map[string]int{}
	add := func(name string, counts map[string]int) {
		t.Logf("%-12s %v", name, counts)
		for k, n := range counts {
			total[k] += n
		}
	}
	check := func(name string, v any, stored bool, markers ...string) {
		t.Run(name, func(t *testing.T) {
			switch x := v.(type) {
			case rights.Requester:
				leaktest.Check(t, x, markers...)
				add(name, leakCounts(x, markers...))
			case rights.Request:
				leaktest.Check(t, x, markers...)
				add(name, leakCounts(x, markers...))
			case rights.Extension:
				leaktest.Check(t, x, markers...)
				add(name, leakCounts(x, markers...))
			case rights.Pause:
				leaktest.Check(t, x, markers...)
				add(name, leakCounts(x, markers...))
			case rights.Fee:
				leaktest.Check(t, x, markers...)
				add(name, leakCounts(x, markers...))
			case rights.Collection:
				leaktest.Check(t, x, markers...)
				add(name, leakCounts(x, markers...))
			case rights.Item:
				leaktest.Check(t, x, markers...)
				add(name, leakCounts(x, markers...))
			case rights.Overview:
				leaktest.Check(t, x, markers...)
				add(name, leakCounts(x, markers...))
			default:
				t.Fatalf("no case for %T", v)
			}
			if stored {
				assert.True(t, leaktest.Stored(v, markers...), "JSON is storage and keeps every marker")
			}
		})
	}
	check("Requester", req.Requester, true, markName, markContact, markSubject)
	check("Request", req, true, rightsMarkers[:6]...)
	check("Extension", *req.Extension, true, markExtension)
	check("Pause", req.Pauses[0], true, markPause)
	check("Fee", *req.Fee, true, markFee)
	check("Collection", col, true, markException)
	check("Item", o.Overdue[0], true, markName, markContact, markSubject, markExtension, markPause, markFee)
	check("Overview", o, true, markName, markContact, markSubject, markExtension, markPause, markFee)
	t.Logf("%-12s %v", "total", total)
	for sink := range total {
		assert.Equal(t, "slog json", sink, "only slog's JSON handler without gdpr.RedactingHandler writes a nested value with encoding/json")
	}
}

// TestErrorsDoNotEchoPersonalData types personal data into every field of
// a request that takes a code or a timestamp, and into a requester's
// fields as the wrong JSON type: no error of the decoders quotes it.
func TestErrorsDoNotEchoPersonalData(t *testing.T) {
	doc, err := os.ReadFile("testdata/request.json")
	require.NoError(t, err)
	var errs []error
	for _, path := range []string{"kind", "channel", "basis", "receivedAt", "requester.relation", "requester.name",
		"answer.outcome", "extension.notifiedAt", "fee.amount", "id.x"} {
		bad := plantJSON(t, doc, map[string]any{path: markUnknownCode})
		_, err := rights.ParseJSON[rights.Request](bad)
		errs = append(errs, err)
		bad = plantJSON(t, doc, map[string]any{path: []string{markUnknownCode}})
		_, err = rights.ParseJSON[rights.Request](bad)
		errs = append(errs, err)
	}
	for _, parse := range []func(string) error{
		func(s string) error { _, err := rights.ParseKind(s); return err },
		func(s string) error { _, err := rights.ParseRelation(s); return err },
		func(s string) error { _, err := rights.ParseStatus(s); return err },
		func(s string) error { _, err := rights.ParseOutcome(s); return err },
		func(s string) error { _, err := rights.ParseGround(s); return err },
	} {
		errs = append(errs, parse(markUnknownCode), parse(markName))
	}
	var r rights.Request
	errs = append(errs, json.Unmarshal([]byte(`{"kind":"`+markName+`"}`), &r))
	n := 0
	for _, e := range errs {
		if e != nil {
			n++
		}
	}
	assert.GreaterOrEqual(t, n, len(errs)-1, "every input but a name given as a name is rejected")
	leaktest.CheckErrors(t, errs, markName, "070761-4285", "0707614285")
}
