package api

import (
	"encoding/json"
	"errors"
	"reflect"
	"regexp"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// serverNow is the instant a test passes as the caller's clock.
var serverNow = time.Date(2025, 2, 3, 9, 0, 0, 0, time.UTC)

// call runs the operation name on body and returns the response as JSON.
func call(t *testing.T, name, body string) (map[string]any, Reply, error) {
	t.Helper()
	op, ok := Lookup(name)
	require.True(t, ok, "operation %s", name)
	r, err := op.Call([]byte(body), serverNow)
	if err != nil {
		return nil, r, err
	}
	b, err := json.Marshal(r.Response)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	return m, r, nil
}

// get follows a path of member names in decoded JSON.
func get(m any, keys ...string) any {
	for _, k := range keys {
		o, ok := m.(map[string]any)
		if !ok {
			return nil
		}
		m = o[k]
	}
	return m
}

// The README's exchange: an access request received on 31 January 2025 is
// due on 28 February, the end of the month (GDPR art. 12(3); Regulation
// 1182/71 art. 3(2)(c)).
func TestReadmeExchange(t *testing.T) {
	m, _, err := call(t, "rights/deadline", `{"request": {"kind": "access", "receivedAt": "2025-01-31T16:45:00+01:00"}}`)
	require.NoError(t, err)
	assert.Equal(t, "2025-02-28", get(m, "deadline", "day"))
	assert.Equal(t, "2025-03-01T00:00:00+01:00", get(m, "deadline", "expires"))
}

// Each operation answers a valid request.
func TestOperationsAnswer(t *testing.T) {
	tests := []struct {
		name     string
		op       string
		body     string
		path     []string
		want     any
		findings bool
	}{
		{name: "all rules", op: "catalog/rules", body: `{}`, path: []string{"rules"}},
		{name: "the rules of one package", op: "catalog/rules", body: `{"package": "rights"}`, path: []string{"rules"}},
		{name: "extended by two months: received 31 January 2025, due 30 April (GDPR art. 12(3))",
			op:   "rights/deadline",
			body: `{"request": {"kind": "access", "receivedAt": "2025-01-31T16:45:00+01:00", "extension": {"notifiedAt": "2025-02-10T10:00:00+01:00", "reason": "complex"}}}`,
			path: []string{"deadline", "day"}, want: "2025-04-30"},
		{name: "open three working days into the month (GDPR art. 12(3))", op: "rights/state",
			body: `{"now": "2025-02-05T12:00:00+01:00", "request": {"kind": "access", "receivedAt": "2025-01-31T16:45:00+01:00"}}`,
			path: []string{"state", "status"}, want: "open"},
		{name: "the 72 hours still run a day after awareness (GDPR art. 33(1))", op: "breach/clock",
			body: `{"now": "2025-03-29T14:30:00+01:00", "lang": "en", "incident": {"awareAt": "2025-03-28T14:30:00+01:00", "confidentiality": "exposed"}}`,
			path: []string{"state", "status"}, want: "running"},
		{name: "consequence 3, probability 2 in the template's matrix", op: "risk/rate",
			body: `{"estimate": {"consequence": "3", "probability": "2"}}`,
			path: []string{"rating", "score"}, want: float64(6)},
		{name: "two or more criteria met: a DPIA is required, and declining it without reasons is a finding (WP248 rev.01 III.B.a)", op: "screening/assess",
			body: screeningBody("yes", "decline"), path: []string{"result", "outcome"}, want: "required", findings: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, r, err := call(t, tt.op, tt.body)
			require.NoError(t, err)
			got := get(m, tt.path...)
			if tt.want == nil {
				assert.NotEmpty(t, got)
			} else {
				assert.Equal(t, tt.want, got)
			}
			if tt.findings {
				assert.Positive(t, r.Findings, "a declined DPIA without reasons is a finding")
			} else {
				assert.Zero(t, r.Findings)
			}
		})
	}
}

// screeningBody is a complete screening with every criterion answered
// answer, and the decision.
func screeningBody(answer, decision string) string {
	criteria := []string{"evaluation_scoring", "automated_decision", "systematic_monitoring", "sensitive_data",
		"large_scale", "matching_combining", "vulnerable_subjects", "innovative_use"}
	var answers []map[string]string
	for _, c := range criteria {
		answers = append(answers, map[string]string{"criterion": c, "answer": answer, "justification": "Begrundet."})
	}
	b, _ := json.Marshal(map[string]any{"screening": map[string]any{"answers": answers, "decision": decision}})
	return string(b)
}

// Bad input is a gdpr.Problems naming the JSON field path and a stable code.
func TestInvalidRequests(t *testing.T) {
	const received = `"receivedAt": "2025-01-31T16:45:00+01:00"`
	tests := []struct {
		name string
		op   string
		body string
		path string
		code string
	}{
		{"a misspelt kind", "rights/deadline", `{"request": {"kind": "acess", ` + received + `}}`, "request.kind", gdpr.CodeUnknown},
		{"an unknown field", "rights/deadline", `{"request": {"kind": "access", "kidn": "x", ` + received + `}}`, "request.kidn", CodeUnknownField},
		{"a member in another case", "rights/deadline", `{"Request": {"kind": "access", ` + received + `}}`, "Request", CodeUnknownField},
		{"a duplicate key", "rights/deadline", `{"request": {"kind": "access", "kind": "erasure", ` + received + `}}`, "request.kind", gdpr.CodeDuplicate},
		{"a number for a time", "rights/deadline", `{"request": {"kind": "access", "receivedAt": 5}}`, "request.receivedAt", CodeType},
		{"a malformed time", "rights/deadline", `{"request": {"kind": "access", "receivedAt": "31-01-2025"}}`, "request.receivedAt", gdpr.CodeMalformed},
		{"an array for an object", "rights/deadline", `{"request": []}`, "request", CodeType},
		{"an unknown closed day in the policy", "rights/deadline", `{"request": {"kind": "access", ` + received + `}, "policy": {"closedDays": ["christmas"]}}`, "policy.closedDays[0]", gdpr.CodeUnknown},
		{"a missing kind, from the package's Validate", "rights/deadline", `{"request": {` + received + `}}`, "request.kind", gdpr.CodeRequired},
		{"not JSON", "rights/deadline", `{"request": `, "", gdpr.CodeMalformed},
		{"data after the value", "rights/deadline", `{} {}`, "", gdpr.CodeMalformed},
		{"an empty body", "catalog/rules", ``, "", gdpr.CodeMalformed},
		{"null for the request", "catalog/rules", ` null`, "", CodeType},
		{"an array for the request", "catalog/rules", `[]`, "", CodeType},
		{"a fraction for an integer", "rights/state", `{"request": {"kind": "access", ` + received + `, "pauses": [{"from": 1.5}]}}`, "request.pauses[0].from", CodeType},
		{"an unknown language", "breach/clock", `{"lang": "de", "incident": {"awareAt": "2025-03-28T14:30:00+01:00", "confidentiality": "exposed"}}`, "lang", gdpr.CodeUnknown},
		{"an incident without awareness", "breach/clock", `{"incident": {"confidentiality": "exposed"}}`, "incident.awareAt", gdpr.CodeRequired},
		{"a probability off the scale", "risk/rate", `{"estimate": {"consequence": "3", "probability": "9"}}`, "estimate.probability", gdpr.CodeUnknown},
		{"an unknown package", "catalog/rules", `{"package": "nope"}`, "package", gdpr.CodeUnknown},
		{"an unanswered screening", "screening/assess", `{"screening": {"answers": []}}`, "screening.answers", gdpr.CodeRequired},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := call(t, tt.op, tt.body)
			require.Error(t, err)
			assert.ErrorIs(t, err, gdpr.ErrInvalid)
			var ps gdpr.Problems
			require.ErrorAs(t, err, &ps)
			found := false
			for _, p := range ps {
				found = found || (p.Path == tt.path && p.Code == tt.code)
			}
			assert.True(t, found, "got %v, want a problem %s at %q", ps, tt.code, tt.path)
		})
	}
}

// Now comes from the request when it has one, and from the caller's clock
// otherwise, and the response says which.
func TestNowSource(t *testing.T) {
	const req = `"request": {"kind": "access", "receivedAt": "2025-01-31T16:45:00+01:00"}`
	m, _, err := call(t, "rights/state", `{"now": "2025-02-05T12:00:00+01:00", `+req+`}`)
	require.NoError(t, err)
	assert.Equal(t, NowFromRequest, m["nowSource"])
	assert.Equal(t, "2025-02-05T12:00:00+01:00", m["now"])

	m, _, err = call(t, "rights/state", `{`+req+`}`)
	require.NoError(t, err)
	assert.Equal(t, NowFromServer, m["nowSource"])
	assert.Equal(t, serverNow.Format(time.RFC3339), m["now"])
}

var namePattern = regexp.MustCompile(`^[a-z]+/[a-z][a-z0-9-]*$`)

// The registry is well formed: names unique and of the form pkg/op, a
// summary each, and a response that reports the instant exactly when the
// request takes one.
func TestRegistry(t *testing.T) {
	seen := map[string]bool{}
	atType, evalType := reflect.TypeFor[At](), reflect.TypeFor[Evaluated]()
	for _, op := range Operations() {
		assert.Regexp(t, namePattern, op.Name)
		assert.False(t, seen[op.Name], "%s is listed twice", op.Name)
		seen[op.Name] = true
		assert.NotEmpty(t, op.Summary, op.Name)
		assert.Equal(t, reflect.Struct, op.Request.Kind(), op.Name)
		assert.Equal(t, reflect.Struct, op.Response.Kind(), op.Name)
		assert.Equal(t, embeds(op.Request, atType), embeds(op.Response, evalType),
			"%s: a request with now needs a response with nowSource, and the other way round", op.Name)
		got, ok := Lookup(op.Name)
		assert.True(t, ok)
		assert.Equal(t, op.Name, got.Name)
	}
	_, ok := Lookup("rights/nope")
	assert.False(t, ok)
	_, err := Operation{}.Call([]byte(`{}`), serverNow)
	assert.Error(t, err)
	assert.False(t, errors.Is(err, gdpr.ErrInvalid), "a missing operation is no fault of the input")
}

func embeds(t, inner reflect.Type) bool {
	for i := range t.NumField() {
		if f := t.Field(i); f.Anonymous && f.Type == inner {
			return true
		}
	}
	return false
}

// Lang reads and writes "da" and "en" and nothing else.
func TestLang(t *testing.T) {
	for _, l := range []Lang{Danish, English} {
		b, err := l.MarshalText()
		require.NoError(t, err)
		var back Lang
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, l, back)
		assert.Equal(t, string(b), l.String())
	}
	var l Lang
	assert.ErrorIs(t, l.UnmarshalText([]byte("de")), gdpr.ErrInvalid)
	_, err := Lang(7).MarshalText()
	assert.Error(t, err)
	assert.Equal(t, "Lang(7)", Lang(7).String())
	assert.Equal(t, "en", English.Tag().String())
	assert.Equal(t, "da", Lang(0).Tag().String())
}

// Invalid problem details carry every problem, and a plain error becomes
// one problem of the whole request.
func TestInvalid(t *testing.T) {
	_, _, err := call(t, "rights/deadline", `{"request": {"kind": "acess"}}`)
	pd := Invalid(err)
	assert.Equal(t, 400, pd.Status)
	assert.Equal(t, TypeInvalid, pd.Type)
	assert.Len(t, pd.Problems, 1)
	pd = Invalid(errors.New("x"))
	require.Len(t, pd.Problems, 1)
	assert.Equal(t, "", pd.Problems[0].Path)
}

// Every operation's example is a valid request.
func TestExamples(t *testing.T) {
	for _, op := range Operations() {
		t.Run(op.Name, func(t *testing.T) {
			require.NotEmpty(t, op.Example)
			_, err := op.Call([]byte(op.Example), serverNow)
			assert.NoError(t, err)
		})
	}
}

// A path keeps member names, codes and indexes, and describes a key that
// could be personal data.
func TestSafePath(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"request.kind", "request.kind"},
		{"request.kidn", "request.kidn"},
		{"unknownMember", "unknownMember"},
		{"register.records[3].transfers[0].safeguard", "register.records[3].transfers[0].safeguard"},
		{`assessment.processing["2.10"].answer`, `assessment.processing["2.10"].answer`},
		{`["0101901234"]`, `["(a key of 10 characters)"]`},
		{`request["Jens Hansen"].x`, `request["(a key of 11 characters)"].x`},
		{"request.Søren Ærø", `request["(a key of 9 characters)"]`},
		{"request.cpr0101901234", `request["(a key of 13 characters)"]`},
		{`a["unterminated`, `a["(a key of 14 characters)"]`},
		{"a[x1]", `a["(a key of 4 characters)"]`},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, SafePath(tt.in), tt.in)
	}
}
