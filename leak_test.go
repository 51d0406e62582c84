package gdpr_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/leaktest"
	"github.com/stretchr/testify/assert"
)

// TestPersonalLeaksNowhere plants a name in a Personal and finds it in no
// guarded output: fmt (every verb; bare, pointer, exported and unexported
// field, slice, map), errors, slog's text handler, and slog's JSON handler
// at the top level and through gdpr.RedactingHandler at any depth. JSON
// storage keeps it.
func TestPersonalLeaksNowhere(t *testing.T) {
	p := gdpr.NewPersonal(personalMarker)
	leaktest.Check(t, p, personalMarker)
	assert.True(t, leaktest.Stored(p, personalMarker), "JSON is storage and keeps the text")
	assert.True(t, leaktest.Stored(struct{ Name gdpr.Personal }{p}, personalMarker))

	// What remains is slog's JSON handler without the wrapper, for a
	// nested value: encoding/json writes it, and hosts wrap their handler.
	for _, l := range leaktest.Find(p, personalMarker) {
		assert.Equal(t, "slog json", leaktest.Sink(l.Channel), "unexpected leak: %s", l)
	}
}

func TestCPRLeaksNowhere(t *testing.T) {
	c := mustCPR(t, cprFixture)
	markers := []string{cprFixture, strings.ReplaceAll(cprFixture, "-", "")}
	leaktest.Check(t, c, markers...)
	assert.Empty(t, leaktest.Find(c, markers...), "a CPR number leaks nowhere, not even in JSON")
	assert.False(t, leaktest.Stored(c, markers...), "a bare CPR never shows its serial, not in JSON either")

	var errs []error
	for _, in := range []string{"241299-735", "2412997351x", "241299 7351", "321299-7351", `"241299-7351"`} {
		_, err := gdpr.ParseCPR(in)
		errs = append(errs, err)
		var v gdpr.CPR
		errs = append(errs, json.Unmarshal([]byte(`{"c":"`+in+`"}`), &struct{ C *gdpr.CPR }{&v}))
	}
	leaktest.CheckErrors(t, errs, "2412997351", "241299-735", "241299 7351", "321299-7351", "7351")
}

// TestLeakCountsPerChannel measures, per sink, how many of the harness's
// outputs show a planted name: held as a plain string (how the packages
// held names and free texts before gdpr.Personal) and as a Personal.
func TestLeakCountsPerChannel(t *testing.T) {
	plain := leaktest.Counts(leaktest.Find(personalMarker, personalMarker))
	personal := leaktest.Counts(leaktest.Find(gdpr.NewPersonal(personalMarker), personalMarker))
	cpr := leaktest.Counts(leaktest.Find(mustCPR(t, cprFixture), cprFixture, "2412997351"))
	t.Logf("plain string: %v", plain)
	t.Logf("gdpr.Personal: %v", personal)
	t.Logf("gdpr.CPR: %v", cpr)
	assert.Positive(t, plain["fmt"], "the harness finds a plain string in fmt")
	assert.Positive(t, plain["slog json+redact"], "the wrapper cannot tell a plain string is personal")
	assert.Zero(t, personal["fmt"]+personal["error"]+personal["slog text"]+personal["slog text+redact"]+personal["slog json+redact"])
	assert.Empty(t, cpr)
}

// personalInputs are values a user may type into the wrong field: a CPR
// number, a name, an e-mail address, a Danish phone number (eight digits)
// and a birth date.
var personalInputs = []string{"070761-4285", "0707614285", "Rasmus Requester", "rasmus@example.org", "20304050", "+45 20304050", "070761"}

// decoderErrors feeds every input to every decoder of the package, as
// text, JSON and SQL, and returns the errors.
func decoderErrors(inputs []string) []error {
	var errs []error
	add := func(err error) { errs = append(errs, err) }
	for _, in := range inputs {
		_, err := gdpr.ParseCPR(in + "x")
		add(err)
		_, err = gdpr.ParseCVR(in)
		add(err)
		_, err = gdpr.ParseKLE(in)
		add(err)
		_, err = gdpr.ParseCountry(in)
		add(err)
		_, err = gdpr.ParseDate(in)
		add(err)
		_, err = gdpr.ParseDataType(in)
		add(err)
		_, err = gdpr.ParseLegalBasis(in)
		add(err)
		_, err = gdpr.ParseSeverity(in)
		add(err)
		_, err = gdpr.ParseDataCategory(in)
		add(err)
		_, err = gdpr.ParseSubjectGroup(in)
		add(err)
		_, err = gdpr.ParseTransferStatus(in)
		add(err)
		_, err = gdpr.ParseAdequacyScope(in)
		add(err)
		_, err = gdpr.ParseInternationalOrganisation(in)
		add(err)
		_, err = gdpr.ParseKLELevel(in)
		add(err)
		var cvr gdpr.CVR
		add(cvr.Scan(in))
		var doc struct {
			D gdpr.Date     `json:"d"`
			K gdpr.KLE      `json:"k"`
			P gdpr.Personal `json:"p"`
		}
		add(json.Unmarshal([]byte(`{"d":"`+in+`"}`), &doc))
		add(json.Unmarshal([]byte(`{"k":"`+in+`"}`), &doc))
		add(json.Unmarshal([]byte(`{"p":{"n":"`+in+`"}}`), &doc))
	}
	var cvr gdpr.CVR
	add(cvr.Scan(int64(707614285)))
	return errs
}

// TestDecoderErrorsDoNotEchoPersonalData: a value that could be personal
// data, typed into the wrong field, is described in the error, never
// quoted.
func TestDecoderErrorsDoNotEchoPersonalData(t *testing.T) {
	errs := decoderErrors(personalInputs)
	leaktest.CheckErrors(t, errs, append(personalInputs, "707614285", "4285")...)
	for _, err := range errs {
		if err != nil {
			assert.ErrorIs(t, err, gdpr.ErrInvalid)
			assert.Equal(t, 1, strings.Count(err.Error(), "gdpr: "), "the package is named once: %s", err)
		}
	}
}
