package dpa_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"testing"

	"github.com/dkgdpr/gdpr/dpa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestContactRedaction: a contact point may name a person at the processor
// (personal data), so fmt and slog never print it; JSON, the stored record,
// carries it in full.
func TestContactRedaction(t *testing.T) {
	const secret = "Jens Hansen, jh@sagsskyen.dk"
	a := compliant()
	a.Processor.Contact = secret
	a.SubProcessors[1].Contact = secret
	a.Controller.Contact = secret

	var out []string
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x"} {
		out = append(out, fmt.Sprintf(verb, a), fmt.Sprintf(verb, &a), fmt.Sprintf(verb, a.Processor),
			fmt.Sprintf(verb, a.SubProcessors[1]), fmt.Sprintf(verb, a.Controller), fmt.Sprintf(verb, a.Processor.Contact))
	}
	var jb, tb bytes.Buffer
	slog.New(slog.NewJSONHandler(&jb, nil)).Info("dpa", "agreement", a, "contact", a.Processor.Contact)
	slog.New(slog.NewTextHandler(&tb, nil)).Info("dpa", "agreement", a, "party", a.Processor)
	out = append(out, jb.String(), tb.String())
	for _, s := range out {
		assert.NotContains(t, s, "Jens Hansen")
		assert.NotContains(t, s, "jh@sagsskyen.dk")
	}
	assert.Equal(t, "[redacted]", a.Processor.Contact.String())
	assert.Empty(t, dpa.Contact("").String(), "nothing to redact")
	assert.Contains(t, jb.String(), `"id":"DBA-2025-014"`, "the log still says which agreement")
	assert.Contains(t, fmt.Sprintf("%v", a.Processor), "Sagsskyen A/S", "the organisation is not redacted")

	b, err := json.Marshal(a.Processor)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"contact":"Jens Hansen, jh@sagsskyen.dk"`)
}
