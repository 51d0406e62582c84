package dpa_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/internal/leaktest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// contactMarker is a made-up person at a processor with a personal e-mail
// address: a contact point may name a person (personal data).
const contactMarker = "Markus Markersen, markus.markersen@sagsskyen.example"

// plantedAgreement is a compliant agreement whose every contact point,
// the processor's, a sub-processor's and the controller's, holds the
// marker.
func plantedAgreement() dpa.Agreement {
	a := compliant()
	c := gdpr.NewPersonal(contactMarker)
	a.Processor.Contact = c
	a.SubProcessors[1].Contact = c
	a.Controller.Contact = c
	return a
}

// TestLeaksNowhere plants a contact in every dpa type that holds one and
// finds it in no output the package promises to redact: String, every fmt
// verb (bare, nested, unexported), slog's text and JSON handlers (through
// gdpr.RedactingHandler at any depth) and errors. JSON, the stored
// agreement, keeps it.
func TestLeaksNowhere(t *testing.T) {
	a := plantedAgreement()
	reg, err := dpa.NewRegister([]dpa.Agreement{a})
	require.NoError(t, err)
	t.Run("Agreement", func(t *testing.T) { leaktest.Check(t, a, contactMarker) })
	t.Run("Party", func(t *testing.T) { leaktest.Check(t, a.Processor, contactMarker) })
	t.Run("Controller", func(t *testing.T) { leaktest.Check(t, a.Controller, contactMarker) })
	t.Run("SubProcessor", func(t *testing.T) { leaktest.Check(t, a.SubProcessors[1], contactMarker) })
	t.Run("PartyUse", func(t *testing.T) {
		stored := 0
		for _, u := range reg.Parties() {
			leaktest.Check(t, u, contactMarker)
			if leaktest.Stored(u, contactMarker) {
				stored++
			}
		}
		assert.Positive(t, stored, "the parties hold the planted contact")
	})
	t.Run("Register", func(t *testing.T) { leaktest.Check(t, *reg, contactMarker) })

	assert.True(t, leaktest.Stored(a, contactMarker), "JSON is storage and keeps the contact")
	b, err := json.Marshal(a.Processor)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"contact":"`+contactMarker+`"`)
	back, err := dpa.ParseJSON[dpa.Agreement](mustJSON(t, a))
	require.NoError(t, err)
	assert.Equal(t, contactMarker, back.Processor.Contact.Reveal(), "the stored contact reads back")

	assert.Equal(t, gdpr.Redacted, a.Processor.Contact.String())
	assert.Contains(t, fmt.Sprintf("%v", a.Processor), "Sagsskyen A/S", "the organisation is not redacted")
}

// TestErrorsDoNotEchoContacts types a contact into the fields that take a
// code, a date or a number and finds it in no error.
func TestErrorsDoNotEchoContacts(t *testing.T) {
	const marker = "markus.markersen@sagsskyen.example"
	var errs []error
	for _, parse := range codeParsers {
		_, err := parse(marker)
		errs = append(errs, err)
	}
	q, _ := json.Marshal(marker)
	for _, doc := range []string{
		`{"id":"x","template":%s}`, `{"id":"x","processor":{"name":"p","cvr":%s}}`,
		`{"id":"x","processor":{"name":"p","country":%s}}`, `{"id":"x","signed":%s}`,
		`{"id":"x","subProcessors":[{"id":"s","access":%s}]}`, `{"id":"x","processor":{"name":"p","contact":{"n":%s}}}`,
	} {
		_, err := dpa.ParseJSON[dpa.Agreement]([]byte(fmt.Sprintf(doc, q)))
		require.Error(t, err, doc)
		errs = append(errs, err)
	}
	leaktest.CheckErrors(t, errs, marker)
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return b
}
