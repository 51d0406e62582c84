package ropa_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/leaktest"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Made-up personal data planted in the records: a person's direct e-mail
// address and phone number in a party's contact details, and the host's
// key for a data subject in a consent.
const (
	emailMarker = "markus.markersen@kommune.example"
	phoneMarker = "+45 98765432"
	ownerMarker = "Markus Markersen, skolechef"
)

// plantedParty is a party whose e-mail address and phone number are a
// person's.
func plantedParty(name string) ropa.Party {
	return ropa.Party{Name: name, Email: gdpr.NewPersonal(emailMarker), Phone: gdpr.NewPersonal(phoneMarker)}
}

// plantedRecord holds the markers in every party (the controller, a joint
// controller, the representative and the DPO) and in its owner.
func plantedRecord() ropa.Record {
	r := compliantRecord()
	r.Controller = plantedParty("Eksempel Kommune")
	r.JointControllers = []ropa.Party{plantedParty("Nabo Kommune")}
	r.Representative = plantedParty("Repræsentant")
	r.DPO = plantedParty("Databeskyttelsesrådgiver")
	r.Owner = gdpr.NewPersonal(ownerMarker)
	return r
}

func plantedProcessorRecord() ropa.ProcessorRecord {
	p := processorRecord()
	p.Processor, p.DPO, p.Representative = plantedParty("IT-Fællesskabet"), plantedParty("DPO"), plantedParty("Rep")
	p.Controllers[0].Controller = plantedParty("Eksempel Kommune")
	return p
}

// TestLeaksNowhere plants personal data in every ropa type that holds any
// and finds them in no output the package promises to redact: String,
// every fmt verb (bare, nested, unexported), slog's text and JSON handlers
// (through gdpr.RedactingHandler at any depth) and errors. JSON, the
// stored record, keeps them (GDPR art. 30(1)(a): the contact details are
// part of the record).
func TestLeaksNowhere(t *testing.T) {
	markers := []string{emailMarker, phoneMarker, ownerMarker}
	reg := consentRegister(t)
	reg.Records[0] = plantedRecord()
	for _, c := range []struct {
		name  string
		check func(t *testing.T)
		v     any
	}{
		{"Party", func(t *testing.T) { leaktest.Check(t, plantedParty("P"), markers...) }, plantedParty("P")},
		{"Record", func(t *testing.T) { leaktest.Check(t, plantedRecord(), markers...) }, plantedRecord()},
		{"ProcessorRecord", func(t *testing.T) { leaktest.Check(t, plantedProcessorRecord(), markers...) }, plantedProcessorRecord()},
		{"ControllerEntry", func(t *testing.T) {
			leaktest.Check(t, plantedProcessorRecord().Controllers[0], markers...)
		}, plantedProcessorRecord().Controllers[0]},
		{"Consent", func(t *testing.T) { leaktest.Check(t, reg.Consents[0], secretKey) }, reg.Consents[0]},
		{"Subject", func(t *testing.T) { leaktest.Check(t, reg.Consents[0].Subject, secretKey) }, reg.Consents[0].Subject},
		{"Register", func(t *testing.T) { leaktest.Check(t, reg, append(markers, secretKey)...) }, reg},
	} {
		t.Run(c.name, c.check)
		t.Run(c.name+" stored", func(t *testing.T) {
			b, err := json.Marshal(c.v)
			require.NoError(t, err)
			if c.name == "Consent" || c.name == "Subject" {
				assert.Contains(t, string(b), secretKey, "JSON is storage and keeps the subject")
				return
			}
			assert.Contains(t, string(b), emailMarker, "JSON is storage and keeps the contact")
		})
	}
	back, err := ropa.ParseJSON[ropa.Record](mustJSON(t, plantedRecord()))
	require.NoError(t, err)
	assert.Equal(t, emailMarker, back.DPO.Email.Reveal(), "the stored e-mail address reads back")
	assert.Equal(t, ownerMarker, back.Owner.Reveal(), "the stored owner reads back")
	assert.Contains(t, fmt.Sprintf("%+v", back.Controller), "Eksempel Kommune", "the organisation is not redacted")
}

// TestErrorsDoNotEchoPersonalData types personal data into the fields
// that take a code, a date or a number, and into the package's parsers,
// and finds them in no error.
func TestErrorsDoNotEchoPersonalData(t *testing.T) {
	inputs := []string{emailMarker, phoneMarker, "Markus Markersen", "0101801234", "010180-1234"}
	var errs []error
	for _, in := range inputs {
		for _, p := range enumParsers {
			_, err := p.parse(in)
			errs = append(errs, err)
		}
		_, err := ropa.ParsePeriod(in)
		errs = append(errs, err)
		q, _ := json.Marshal(in)
		for _, doc := range []string{
			`{"id":"x","name":"y","status":%s}`, `{"id":"x","name":"y","lastReview":%s}`,
			`{"id":"x","name":"y","controller":{"cvr":%s}}`, `{"id":"x","name":"y","reviewInterval":%s}`,
			`{"id":"x","name":"y","transfers":[{"country":%s}]}`, `{"id":"x","name":"y","dpo":{"email":{"x":%s}}}`,
			`{"id":"x","name":"y","subjectsPerYear":%s}`, `{"id":"x","name":"y","purposes":[{"description":"d","kle":[%s]}]}`,
		} {
			_, err := ropa.ParseJSON[ropa.Record]([]byte(fmt.Sprintf(doc, q)))
			require.Error(t, err, doc)
			errs = append(errs, err)
		}
		_, err = ropa.ParseJSON[ropa.Consent]([]byte(fmt.Sprintf(`{"id":"c","recordId":"r","purposeId":"p","subject":"s","given":%s}`, q)))
		require.Error(t, err)
		errs = append(errs, err)
	}
	leaktest.CheckErrors(t, errs, inputs...)
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return b
}
