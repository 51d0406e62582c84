package rights_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"testing"

	"github.com/dkgdpr/gdpr/rights"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The requester's identity: none of these may appear in fmt, slog or
// errors.
var personal = []string{"Jens", "Hansen", "jens@example.dk", "Ida"}

func assertNoPersonalData(t *testing.T, what, s string) {
	t.Helper()
	for _, p := range personal {
		assert.NotContains(t, s, p, "%s leaks %q: %s", what, p, s)
	}
}

func TestRequesterRedactedInFmt(t *testing.T) {
	r := validRequest()
	who := r.Requester
	values := map[string]any{
		"Requester":    who,
		"*Requester":   &who,
		"Request":      r,
		"*Request":     &r,
		"[]Request":    []rights.Request{r, r},
		"map":          map[string]rights.Requester{"x": who},
		"nested value": struct{ R rights.Request }{r},
		"unexported":   struct{ r rights.Request }{r},
	}
	verbs := []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d", "%10.3s", "%-40v", "%T", "%p"}
	for name, v := range values {
		for _, verb := range verbs {
			assertNoPersonalData(t, name+" "+verb, fmt.Sprintf(verb, v))
		}
		assertNoPersonalData(t, name+" Sprint", fmt.Sprint(v))
		assertNoPersonalData(t, name+" Sprintln", fmt.Sprintln(v))
	}
	assert.Equal(t, "rights.Requester(parent, identity redacted)", who.String())
	assert.Equal(t, who.String(), fmt.Sprintf("%v", who))
	assert.Equal(t, fmt.Sprintf("%q", who.String()), fmt.Sprintf("%q", who))
	assert.Equal(t, fmt.Sprintf("%x", who.String()), fmt.Sprintf("%x", who))
	assert.Equal(t, "rights.Requester(self, identity redacted)", rights.NewRequester(0, "Jens", "").String(), "not recorded means the data subject")
	err := fmt.Errorf("handling %v: %w", who, rights.ErrUnknownCode)
	assertNoPersonalData(t, "error", err.Error())
}

func TestRequesterRedactedInSlog(t *testing.T) {
	r := validRequest()
	for name, h := range map[string]func(*bytes.Buffer) slog.Handler{
		"text": func(b *bytes.Buffer) slog.Handler { return slog.NewTextHandler(b, nil) },
		"json": func(b *bytes.Buffer) slog.Handler { return slog.NewJSONHandler(b, nil) },
	} {
		var buf bytes.Buffer
		log := slog.New(h(&buf))
		log.Info("request", "request", r, "pointer", &r, "requester", r.Requester, "any", slog.AnyValue(r.Requester))
		out := buf.String()
		assertNoPersonalData(t, name, out)
		assert.Contains(t, out, "2025-001234", "%s logs the id", name)
		assert.Contains(t, out, "parent", "%s logs the relation", name)
		assert.Contains(t, out, "access", "%s logs the kind", name)
	}
}

// JSON is the storage format: it carries the identity, and round-trips it.
func TestRequesterJSON(t *testing.T) {
	who := rights.NewRequester(rights.Parent, "Jens Hansen", "jens@example.dk").WithSubject("Ida Hansen")
	assert.Equal(t, "Jens Hansen", who.Name())
	assert.Equal(t, "jens@example.dk", who.Contact())
	assert.Equal(t, "Ida Hansen", who.SubjectName())
	b, err := json.Marshal(who)
	require.NoError(t, err)
	assert.JSONEq(t, `{"name":"Jens Hansen","contact":"jens@example.dk","relation":"parent","subjectName":"Ida Hansen"}`, string(b))
	var back rights.Requester
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, who, back)
	assert.False(t, back.IsZero())
	assert.True(t, rights.Requester{}.IsZero())
	require.Error(t, json.Unmarshal([]byte(`{"relation":"uncle"}`), &back))
}
