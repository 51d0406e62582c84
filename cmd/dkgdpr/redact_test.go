package main

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/api"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Personal data planted in requests: a name, a contact, a CPR number that
// passes the modulus-11 check and one whose date does not exist, each
// written with and without its hyphen.
var planted = []string{"Jens", "Hansen", "jens@planted.dk", "0707614285", "070761-4285", "3213990000", "321399-0000"}

// plantText replaces every free-text string of a JSON value (one with a
// space in it: names, descriptions, justifications) with planted data, so
// that a valid request carries it where a case system would.
func plantText(v any) any {
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			v[k] = plantText(e)
		}
	case []any:
		for i, e := range v {
			v[i] = plantText(e)
		}
	case string:
		if strings.Contains(v, " ") {
			return "Jens Hansen, CPR 070761-4285, jens@planted.dk"
		}
	}
	return v
}

// plantCodes replaces every string without a space (codes, dates, ids)
// with planted data in turn, so that the request is invalid where a
// careless caller would put a name or a CPR number.
func plantCodes(v any, n *int) any {
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			v[k] = plantCodes(e, n)
		}
	case []any:
		for i, e := range v {
			v[i] = plantCodes(e, n)
		}
	case string:
		if !strings.Contains(v, " ") {
			*n++
			return []string{"0707614285", "JensHansen", "321399-0000", "jens@planted.dk", "Jens"}[*n%5]
		}
	}
	return v
}

func decodeExample(t *testing.T, op api.Operation) map[string]any {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal([]byte(op.Example), &m), op.Name)
	return m
}

// No access log line and no problem response holds the personal data of a
// request, whether the request is valid or not, the data are in free text,
// in codes, in member names or in the URL, or the body is too large.
func TestNoPersonalDataInLogsOrProblems(t *testing.T) {
	h, logs := newTestHandler(limits{maxBody: 256 << 10, maxInflight: defaultMaxInflight})
	type exchange struct {
		name, method, path, body string
	}
	var exchanges []exchange
	for _, op := range api.Operations() {
		text, err := json.Marshal(plantText(decodeExample(t, op)))
		require.NoError(t, err)
		n := 0
		codes, err := json.Marshal(plantCodes(decodeExample(t, op), &n))
		require.NoError(t, err)
		withMember := decodeExample(t, op)
		withMember["Jens Hansen"] = "070761-4285"
		withMember["0707614285"] = map[string]any{"name": "Jens Hansen"}
		members, err := json.Marshal(withMember)
		require.NoError(t, err)
		path := "/v1/" + op.Name
		exchanges = append(exchanges,
			exchange{op.Name + ": names in free text", http.MethodPost, path + "?cpr=0707614285&name=Jens+Hansen", string(text)},
			exchange{op.Name + ": names and CPR numbers for codes", http.MethodPost, path, string(codes)},
			exchange{op.Name + ": names and CPR numbers as member names", http.MethodPost, path, string(members)},
			exchange{op.Name + ": not JSON", http.MethodPost, path, `{"name": Jens Hansen, "cpr": 070761-4285}`},
			exchange{op.Name + ": a CPR number for the request", http.MethodPost, path, `"0707614285"`},
		)
	}
	exchanges = append(exchanges,
		exchange{"a CPR number as a map key", http.MethodPost, "/v1/dpia/decide", `{"assessment": {"recordId": "x", "processing": {"0707614285": {}, "Jens Hansen": {}}}}`},
		exchange{"a body over the limit", http.MethodPost, "/v1/rights/deadline", `{"request": {"kind": "access", "requester": {"name": "` + strings.Repeat("Jens Hansen 070761-4285 ", 12000) + `"}}}`},
		exchange{"a name in an unknown path", http.MethodPost, "/v1/rights/" + url.PathEscape("Jens Hansen 070761-4285"), `{}`},
		exchange{"a CPR number in a path of a GET", http.MethodGet, "/v1/0707614285?cpr=321399-0000", ``},
	)
	statuses := map[int]int{}
	for _, ex := range exchanges {
		res, body := do(t, h, ex.method, ex.path, ex.body)
		statuses[res.StatusCode]++
		if res.StatusCode == http.StatusOK {
			continue // the answer goes back to the caller whose data it is
		}
		require.Equal(t, "application/problem+json", res.Header.Get("Content-Type"), ex.name)
		for _, p := range planted {
			assert.NotContains(t, string(body), p, "%s: the problem response holds planted data", ex.name)
		}
	}
	for _, p := range planted {
		assert.NotContains(t, logs.String(), p, "the access log holds planted data")
	}
	lines := strings.Split(strings.TrimSpace(logs.String()), "\n")
	assert.Len(t, lines, len(exchanges), "one access log line per request")
	assert.Positive(t, statuses[http.StatusOK], "some planted requests are valid: %v", statuses)
	assert.Positive(t, statuses[http.StatusBadRequest], "%v", statuses)
	assert.Positive(t, statuses[http.StatusRequestEntityTooLarge], "%v", statuses)
	assert.Positive(t, statuses[http.StatusNotFound], "%v", statuses)
}

// The server's logger redacts the module's values at any depth, should a
// future log line carry one (gdpr.RedactingHandler).
func TestLoggerRedacts(t *testing.T) {
	var b strings.Builder
	log := newLogger(&b)
	req := struct {
		Requester rights.Requester `json:"requester"`
	}{rights.NewRequester(rights.Self, "Jens Hansen", "jens@planted.dk")}
	cpr, err := gdpr.ParseCPR("0707614285")
	require.NoError(t, err)
	log.Info("request", "value", req, "list", []any{cpr})
	require.NotEmpty(t, b.String())
	for _, p := range planted {
		assert.NotContains(t, b.String(), p)
	}
}
