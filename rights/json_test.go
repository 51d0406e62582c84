package rights_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/rights"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites the file with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create %s", path)
	assert.Equal(t, string(want), string(got))
}

func indent(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.MarshalIndent(v, "", "  ")
	require.NoError(t, err)
	return append(b, '\n')
}

// The JSON shape of a request is the contract with case systems in other
// languages: camelCase, enum codes, RFC 3339 instants.
func TestRequestJSONGolden(t *testing.T) {
	r := validRequest()
	b := indent(t, r)
	golden(t, "request.json", b)

	var back rights.Request
	require.NoError(t, json.Unmarshal(b, &back))
	require.NoError(t, back.Validate())
	assert.Equal(t, string(b), string(indent(t, back)), "a round trip is lossless")
	assert.Equal(t, r.Deadline(), back.Deadline())
	assert.True(t, r.Fee.Amount.Equal(back.Fee.Amount))
	assert.Equal(t, r.Requester, back.Requester)

	golden(t, "request-minimal.json", indent(t, rights.Request{Kind: rights.Erasure, ReceivedAt: at(2025, 1, 31, 10, 0)}))
}

func TestStateJSONGolden(t *testing.T) {
	r := validRequest()
	r.Answer = nil
	golden(t, "state.json", indent(t, r.State(at(2025, 4, 28, 9, 0))))
}

func TestApplicabilityJSONGolden(t *testing.T) {
	a, err := rights.Applicable(rights.Portability, gdpr.Art6PublicTask, rights.Facts{AutomatedMeans: true})
	require.NoError(t, err)
	golden(t, "applicability.json", indent(t, a))
}

// Decoding fails on an unknown code and says which.
func TestRequestJSONErrors(t *testing.T) {
	tests := []struct {
		name string
		json string
		says string // what the error must name
	}{
		{"unknown kind", `{"kind":"deletion","receivedAt":"2025-01-31T10:00:00+01:00"}`, `"deletion"`},
		{"unknown channel", `{"kind":"access","receivedAt":"2025-01-31T10:00:00+01:00","channel":"fax"}`, `"fax"`},
		{"unknown relation", `{"kind":"access","receivedAt":"2025-01-31T10:00:00+01:00","requester":{"relation":"uncle"}}`, `"uncle"`},
		{"unknown basis", `{"kind":"access","receivedAt":"2025-01-31T10:00:00+01:00","basis":"art6_1_z"}`, `"art6_1_z"`},
		{"unknown outcome", `{"kind":"access","receivedAt":"2025-01-31T10:00:00+01:00","answer":{"at":"2025-02-01T10:00:00+01:00","outcome":"maybe"}}`, `"maybe"`},
		{"unknown ground", `{"kind":"access","receivedAt":"2025-01-31T10:00:00+01:00","answer":{"at":"2025-02-01T10:00:00+01:00","outcome":"refused","grounds":["because"]}}`, `"because"`},
		{"a kind as a number", `{"kind":1,"receivedAt":"2025-01-31T10:00:00+01:00"}`, "Request.kind"},
		{"a malformed time", `{"kind":"access","receivedAt":"31-01-2025"}`, "31-01-2025"},
		{"a malformed fee", `{"kind":"access","receivedAt":"2025-01-31T10:00:00+01:00","fee":{"amount":"ten","reason":"x"}}`, "ten"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var r rights.Request
			err := json.NewDecoder(bytes.NewReader([]byte(tc.json))).Decode(&r)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.says)
		})
	}
}
