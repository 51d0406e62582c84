package ropa_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The host's key for a person; it must never show up in output.
const secretKey = "0101801234"

func subject(t *testing.T) ropa.Subject {
	t.Helper()
	s, err := ropa.NewSubject(secretKey)
	require.NoError(t, err)
	return s
}

func TestSubjectRedactsItself(t *testing.T) {
	s := subject(t)
	assert.Equal(t, secretKey, s.Reveal())
	assert.Equal(t, "[redacted]", s.String())
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d", "%10s", "%-12v", "%T %v"} {
		out := fmt.Sprintf(verb, s)
		assert.NotContains(t, out, secretKey, verb)
		assert.NotContains(t, out, "1234", verb)
	}
	assert.Equal(t, `ropa.Subject("[redacted]")`, fmt.Sprintf("%#v", s))
	// Inside a struct, and inside a consent printed with %+v.
	c := ropa.Consent{ID: "c1", Subject: s}
	assert.NotContains(t, fmt.Sprintf("%+v %#v", c, c), secretKey)
	assert.NotContains(t, fmt.Sprintf("%+v", []ropa.Consent{c}), secretKey)
	assert.Equal(t, "", ropa.Subject{}.String())
}

// TestSubjectIsRedactedInLogs: a subject, a consent and a register log
// without the key. (A bare slice of consents is not a slog.LogValuer: a
// JSON handler writes it as JSON, the store's form, with the key.)
func TestSubjectIsRedactedInLogs(t *testing.T) {
	var buf bytes.Buffer
	for _, h := range []slog.Handler{slog.NewJSONHandler(&buf, nil), slog.NewTextHandler(&buf, nil)} {
		log := slog.New(h)
		c := ropa.Consent{ID: "c1", RecordID: "r", PurposeID: "p", Subject: subject(t), Given: now}
		log.Info("consent", "subject", c.Subject, "consent", c, "register", ropa.Register{Consents: []ropa.Consent{c}})
		log.Error("bad", "err", fmt.Errorf("wrapped: %v", c))
	}
	assert.NotContains(t, buf.String(), secretKey)
	assert.Contains(t, buf.String(), "[redacted]")
}

// TestSubjectInJSON: JSON is the host's store, so a consent's subject is
// in it in clear and round-trips; the redacted form does not decode.
func TestSubjectInJSON(t *testing.T) {
	c := ropa.Consent{ID: "c1", RecordID: "r", PurposeID: "p", Subject: subject(t), Given: now}
	b, err := json.Marshal([]ropa.Consent{c})
	require.NoError(t, err)
	assert.Contains(t, string(b), secretKey)
	var back []ropa.Consent
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, []ropa.Consent{c}, back)

	var redacted ropa.Consent
	err = json.Unmarshal([]byte(`{"subject":"[redacted]"}`), &redacted)
	require.ErrorIs(t, err, ropa.ErrMalformedSubject)
	require.ErrorIs(t, err, gdpr.ErrInvalid)

	reg := consentRegister(t)
	stored, err := json.Marshal(reg)
	require.NoError(t, err)
	got, err := ropa.ParseJSON[ropa.Register](stored)
	require.NoError(t, err)
	assert.Equal(t, reg, got)
	assert.Equal(t, secretKey, got.Consents[0].Subject.Reveal())

	one, err := ropa.ParseJSON[ropa.Consent](b[1 : len(b)-1])
	require.NoError(t, err)
	assert.Equal(t, c, one)
}

func TestNewSubjectRejects(t *testing.T) {
	for _, tc := range []struct{ name, key string }{
		{"empty", ""},
		{"blank", "  \t"},
		{"line break", "01018\n01234"},
		{"too long", string(bytes.Repeat([]byte("x"), 201))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ropa.NewSubject(tc.key)
			require.ErrorIs(t, err, ropa.ErrMalformedSubject)
			require.ErrorIs(t, err, gdpr.ErrInvalid)
			if tc.key != "" {
				assert.NotContains(t, err.Error(), tc.key)
			}
		})
	}
	s, err := ropa.NewSubject("  elev-42  ")
	require.NoError(t, err)
	assert.Equal(t, "elev-42", s.Reveal())
	var z ropa.Subject
	require.NoError(t, z.UnmarshalText(nil))
	assert.True(t, z.IsZero())
}

func TestConsentStatus(t *testing.T) {
	given := time.Date(2025, 8, 1, 10, 0, 0, 0, time.UTC)
	expires := given.AddDate(1, 0, 0)
	withdrawn := given.AddDate(0, 3, 0)
	cases := []struct {
		name string
		c    ropa.Consent
		at   time.Time
		want ropa.ConsentStatus
	}{
		{"before it was given", ropa.Consent{Given: given}, given.Add(-time.Second), ropa.ConsentPending},
		{"never given", ropa.Consent{}, now, ropa.ConsentPending},
		{"the instant it was given", ropa.Consent{Given: given, Expires: expires}, given, ropa.ConsentValid},
		{"a second before it expires", ropa.Consent{Given: given, Expires: expires}, expires.Add(-time.Second), ropa.ConsentValid},
		{"the instant it expires", ropa.Consent{Given: given, Expires: expires}, expires, ropa.ConsentExpired},
		{"withdrawn (art. 7(3))", ropa.Consent{Given: given, Expires: expires, Withdrawn: withdrawn}, withdrawn, ropa.ConsentWithdrawn},
		{"withdrawn before it expired stays withdrawn", ropa.Consent{Given: given, Expires: expires, Withdrawn: withdrawn}, expires.Add(time.Hour), ropa.ConsentWithdrawn},
		{"expired before a late withdrawal stays expired", ropa.Consent{Given: given, Expires: withdrawn, Withdrawn: expires}, expires.Add(time.Hour), ropa.ConsentExpired},
		{"no expiry never expires", ropa.Consent{Given: given}, given.AddDate(50, 0, 0), ropa.ConsentValid},
		{"a withdrawal recorded for a later instant does not count yet (art. 7(3))", ropa.Consent{Given: given, Expires: expires, Withdrawn: withdrawn}, withdrawn.Add(-time.Second), ropa.ConsentValid},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := tc.c.State(tc.at)
			assert.Equal(t, tc.want, d.Status)
			assert.Equal(t, tc.want == ropa.ConsentValid, d.Allowed)
			require.Len(t, d.Reasons, 1)
			assert.Equal(t, "GDPR art. 6(1)(a), 7(3)", d.Reasons[0].Reference.En)
			assert.Equal(t, "databeskyttelsesforordningen art. 6, stk. 1, litra a, 7, stk. 3", d.Reasons[0].Reference.Da)
			assert.NotEmpty(t, d.Reasons[0].Text.Da)
			assert.NotEmpty(t, d.Reasons[0].Text.En)
		})
	}
}

// consentRegister holds the compliant record with a consent-based purpose
// and one valid consent.
func consentRegister(t *testing.T) ropa.Register {
	r := compliantRecord()
	r.Purposes = append(r.Purposes, ropa.Purpose{
		ID: "foto", Description: "Billeder af elever på skolens hjemmeside",
		LegalBases: []gdpr.LegalBasis{gdpr.Art6Consent},
		KLE:        []gdpr.KLE{gdpr.MustParseKLE("17.01")},
	})
	return ropa.Register{
		Records: []ropa.Record{r},
		Consents: []ropa.Consent{{
			ID: "c1", RecordID: r.ID, PurposeID: "foto", Subject: subject(t),
			Given: now.AddDate(0, -6, 0), Expires: now.AddDate(1, 0, 0),
		}},
	}
}

func TestConsentChecks(t *testing.T) {
	ok := consentRegister(t)
	require.NoError(t, ok.Validate())
	require.Empty(t, ok.Check(now))
	cases := []struct {
		name   string
		change func(reg *ropa.Register)
		rule   string // "" for no finding
		path   string
	}{
		// GDPR art. 7(3).
		{"withdrawn and still processed", func(reg *ropa.Register) { reg.Consents[0].Withdrawn = now.Add(-time.Hour) }, "ropa.consent_lapsed", "consents[0]"},
		{"expired and still processed", func(reg *ropa.Register) { reg.Consents[0].Expires = now.Add(-time.Hour) }, "ropa.consent_lapsed", "consents[0]"},
		{"withdrawn and stopped", func(reg *ropa.Register) {
			reg.Consents[0].Withdrawn = now.Add(-time.Hour)
			reg.Consents[0].Stopped = now.Add(-time.Minute)
		}, "", ""},
		{"withdrawn, stop planned for later", func(reg *ropa.Register) {
			reg.Consents[0].Withdrawn = now.Add(-time.Hour)
			reg.Consents[0].Stopped = now.Add(time.Hour)
		}, "ropa.consent_lapsed", "consents[0]"},
		{"expired but the purpose has ended", func(reg *ropa.Register) {
			reg.Consents[0].Expires = now.Add(-time.Hour)
			reg.Records[0].Purposes[1].Ended = gdpr.MustParseDate("2026-01-31")
		}, "", ""},
		{"expired, the purpose ends later", func(reg *ropa.Register) {
			reg.Consents[0].Expires = now.Add(-time.Hour)
			reg.Records[0].Purposes[1].Ended = gdpr.MustParseDate("2026-12-31")
		}, "ropa.consent_lapsed", "consents[0]"},
		{"expired but the record has ended", func(reg *ropa.Register) {
			reg.Consents[0].Expires = now.Add(-time.Hour)
			reg.Records[0].Status = ropa.Ended
		}, "", ""},
		// GDPR art. 7(1): an overview of consents with their expiry.
		{"no expiry", func(reg *ropa.Register) { reg.Consents[0].Expires = time.Time{} }, "ropa.consent_expiry_missing", "consents[0].expires"},
		{"no expiry but withdrawn and stopped", func(reg *ropa.Register) {
			reg.Consents[0].Expires = time.Time{}
			reg.Consents[0].Withdrawn = now.Add(-time.Hour)
			reg.Consents[0].Stopped = now.Add(-time.Hour)
		}, "", ""},
		{"a consent of a record not in the register is invalid (GDPR art. 5(2))", func(reg *ropa.Register) {
			reg.Consents[0].RecordID = "other"
			reg.Consents[0].Withdrawn = now.Add(-time.Hour)
		}, "ropa.invalid", "consents[0].recordId"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			reg := consentRegister(t)
			tc.change(&reg)
			got := reg.Check(now)
			if tc.rule == "" {
				assert.Empty(t, got)
				return
			}
			assert.True(t, hasFinding(got, tc.rule, tc.path), "got %v, want %s at %s", got, tc.rule, tc.path)
			for _, f := range got {
				assert.NotContains(t, f.Text.Da+f.Text.En+f.Path, secretKey)
			}
			// Consent.Check gives the same finding, without the register's prefix.
			c := reg.Consents[0]
			if rec, ok := reg.Get(c.RecordID); ok {
				assert.True(t, hasFinding(c.Check(now, rec), tc.rule, ""))
			}
		})
	}
}

func TestConsentValidate(t *testing.T) {
	given := now.Add(-time.Hour)
	assertProblems(t, ropa.Consent{}.Validate(), map[string]string{
		"id": gdpr.CodeRequired, "recordId": gdpr.CodeRequired, "purposeId": gdpr.CodeRequired,
		"subject": gdpr.CodeRequired, "given": gdpr.CodeRequired,
	})
	assertProblems(t, ropa.Consent{
		ID: "c", RecordID: "r", PurposeID: "p", Subject: subject(t), Given: given,
		Expires: given.Add(-1), Withdrawn: given.Add(-2), Stopped: given.Add(-3),
	}.Validate(), map[string]string{"expires": gdpr.CodeOrder, "withdrawn": gdpr.CodeOrder, "stopped": gdpr.CodeOrder})
}

func TestRegisterValidate(t *testing.T) {
	reg := consentRegister(t)
	reg.Records = append(reg.Records, reg.Records[0])
	reg.Records[1].Name = ""
	reg.Consents = append(reg.Consents, reg.Consents[0], ropa.Consent{
		ID: "c3", RecordID: "nowhere", PurposeID: "p", Subject: subject(t), Given: now,
	}, ropa.Consent{
		ID: "c4", RecordID: reg.Records[0].ID, PurposeID: "nothing", Subject: subject(t), Given: now,
	})
	err := reg.Validate()
	assertProblems(t, err, map[string]string{
		"records[1].name": gdpr.CodeRequired, "records[1].id": gdpr.CodeDuplicate,
		"consents[1].id": gdpr.CodeDuplicate, "consents[2].recordId": gdpr.CodeUnknown,
		"consents[3].purposeId": gdpr.CodeUnknown,
	})
	assert.False(t, errors.Is(err, ropa.ErrUnknownCode))
}
