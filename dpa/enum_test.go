package dpa_test

import (
	"database/sql"
	"database/sql/driver"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// enumValue is what every enumeration of the package implements.
type enumValue interface {
	fmt.Stringer
	encoding.TextMarshaler
	driver.Valuer
	Valid() bool
	Label(language.Tag) string
}

// enumSpec describes one enumeration for the exhaustive tests: every value
// by its raw number (0 to 255), the codes expected for 1..n, the parser and
// a fresh pointer for the decoders.
type enumSpec struct {
	typeName string
	codes    []string // codes[i] is the code of value i+1
	value    func(n uint8) enumValue
	parse    func(s string) (enumValue, error)
	ptr      func() interface {
		encoding.TextUnmarshaler
		sql.Scanner
	}
	deref func(p any) enumValue
}

func spec[T interface {
	~uint8
	enumValue
}, P interface {
	*T
	encoding.TextUnmarshaler
	sql.Scanner
}](name string, parse func(string) (T, error), codes ...string) enumSpec {
	return enumSpec{
		typeName: name,
		codes:    codes,
		value:    func(n uint8) enumValue { return T(n) },
		parse:    func(s string) (enumValue, error) { v, err := parse(s); return v, err },
		ptr: func() interface {
			encoding.TextUnmarshaler
			sql.Scanner
		} {
			return P(new(T))
		},
		deref: func(p any) enumValue { return *(p.(P)) },
	}
}

var enumSpecs = []enumSpec{
	spec[dpa.Template]("Template", dpa.ParseTemplate, "datatilsynet", "eu_2021_915", "kl", "processor_terms", "negotiated"),
	spec[dpa.Clause]("Clause", dpa.ParseClause, "instructions", "confidentiality", "security", "sub_processors",
		"data_subject_rights", "assistance", "deletion_return", "audits", "unlawful_instructions"),
	spec[dpa.AuthorisationKind]("AuthorisationKind", dpa.ParseAuthorisationKind, "specific", "general"),
	spec[dpa.Access]("Access", dpa.ParseAccess, "processing", "storage", "support", "read_only"),
	spec[dpa.Answer]("Answer", dpa.ParseAnswer, "yes", "no"),
	spec[dpa.Mechanism]("Mechanism", dpa.ParseMechanism, "adequacy", "scc", "bcr", "public_instrument",
		"administrative_arrangement", "ad_hoc_clauses", "code_of_conduct", "certification", "derogation"),
	spec[dpa.SCCModule]("SCCModule", dpa.ParseSCCModule, "module_1", "module_2", "module_3", "module_4"),
	spec[dpa.Derogation]("Derogation", dpa.ParseDerogation, "explicit_consent", "contract_with_subject", "contract_in_interest",
		"public_interest", "legal_claims", "vital_interests", "public_register", "compelling_interests"),
	spec[dpa.TIAConclusion]("TIAConclusion", dpa.ParseTIAConclusion, "adequate", "with_measures", "inadequate"),
	spec[dpa.SupervisionMethod]("SupervisionMethod", dpa.ParseSupervisionMethod, "isae_3000", "isae_3402", "soc2",
		"questionnaire", "inspection", "joint"),
	spec[dpa.ActionStatus]("ActionStatus", dpa.ParseActionStatus, "open", "in_progress", "done", "cancelled"),
	spec[dpa.ChangeKind]("ChangeKind", dpa.ParseChangeKind, "addition", "replacement"),
	spec[dpa.ObjectionOutcome]("ObjectionOutcome", dpa.ParseObjectionOutcome, "pending", "change_withdrawn",
		"objection_withdrawn", "agreement_terminated"),
}

// TestEnumsExhaustive checks every value 0..255 of every enumeration.
func TestEnumsExhaustive(t *testing.T) {
	for _, s := range enumSpecs {
		t.Run(s.typeName, func(t *testing.T) {
			da := map[string]bool{}
			for n := 0; n < 256; n++ {
				v := s.value(uint8(n))
				valid := n >= 1 && n <= len(s.codes)
				require.Equal(t, valid, v.Valid(), "value %d", n)
				if !valid {
					want := fmt.Sprintf("%s(%d)", s.typeName, n)
					assert.Equal(t, want, v.String())
					assert.Equal(t, want, v.Label(language.Danish))
					if n != 0 {
						_, err := v.MarshalText()
						assert.ErrorIs(t, err, dpa.ErrUnknownCode)
						_, err = v.Value()
						assert.ErrorIs(t, err, gdpr.ErrInvalid)
					}
					continue
				}
				code := s.codes[n-1]
				assert.Equal(t, code, v.String())
				text, err := v.MarshalText()
				require.NoError(t, err)
				assert.Equal(t, code, string(text))
				p, err := s.parse(code)
				require.NoError(t, err)
				assert.Equal(t, v, p)
				u := s.ptr()
				require.NoError(t, u.UnmarshalText(text))
				assert.Equal(t, v, s.deref(u))
				dv, err := v.Value()
				require.NoError(t, err)
				assert.Equal(t, code, dv)
				u = s.ptr()
				require.NoError(t, u.Scan([]byte(code)))
				assert.Equal(t, v, s.deref(u))
				l := v.Label(language.Danish)
				assert.NotEmpty(t, l)
				assert.False(t, da[l], "Danish label %q used twice", l)
				da[l] = true
				assert.NotEmpty(t, v.Label(language.English))
				assert.Equal(t, l, v.Label(language.Und), "Danish is the default")
			}
			// Zero encodes as "" and NULL; "" and NULL decode as zero.
			zero := s.value(0)
			text, err := zero.MarshalText()
			require.NoError(t, err)
			assert.Empty(t, text)
			dv, err := zero.Value()
			require.NoError(t, err)
			assert.Nil(t, dv)
			u := s.ptr()
			require.NoError(t, u.Scan(nil))
			assert.Equal(t, zero, s.deref(u))
			// Unknown codes are errors that wrap both sentinels and quote the input.
			for _, bad := range []string{"nope", "Scc", " scc", "1", "\xff"} {
				_, err := s.parse(bad)
				require.Error(t, err, bad)
				assert.ErrorIs(t, err, dpa.ErrUnknownCode)
				assert.ErrorIs(t, err, gdpr.ErrInvalid)
				assert.Contains(t, err.Error(), "dpa: ")
			}
			assert.Error(t, s.ptr().Scan(42))
		})
	}
}

func TestEnumJSONField(t *testing.T) {
	var loc dpa.Location
	err := json.Unmarshal([]byte(`{"country":"US","access":"peeking"}`), &loc)
	require.Error(t, err)
	assert.True(t, errors.Is(err, dpa.ErrUnknownCode))
	assert.Contains(t, err.Error(), "access")

	b, err := json.Marshal(dpa.Location{Country: country("US"), Access: dpa.ReadOnlyAccess})
	require.NoError(t, err)
	assert.JSONEq(t, `{"country":"US","access":"read_only"}`, string(b))
}

func TestEnumHelpers(t *testing.T) {
	assert.Len(t, dpa.Clauses(), 9)
	for i, c := range dpa.Clauses() {
		assert.Equal(t, dpa.Clause(i+1), c)
		assert.Contains(t, c.Reference(), "GDPR art. 28(3)")
	}
	assert.Equal(t, "GDPR art. 28(3)(a)", dpa.InstructionsClause.Reference())
	assert.Equal(t, "GDPR art. 28(3), second subparagraph", dpa.UnlawfulInstructionClause.Reference())
	assert.Empty(t, dpa.Clause(0).Reference())

	// GDPR art. 49(3): (a)-(c) and the second subparagraph are barred.
	barred := map[dpa.Derogation]bool{dpa.ExplicitConsent: true, dpa.ContractWithSubject: true,
		dpa.ContractInInterest: true, dpa.CompellingInterests: true}
	for _, d := range dpa.Derogations() {
		assert.Equal(t, barred[d], d.BarredForPublicPowers(), d.String())
		assert.Contains(t, d.Reference(), "GDPR art. 49(1)")
	}
	assert.False(t, dpa.Derogation(0).BarredForPublicPowers())
	assert.Empty(t, dpa.Derogation(99).Reference())

	art46 := 0
	for _, m := range dpa.Mechanisms() {
		if m.Article46() {
			art46++
			assert.Contains(t, m.Reference(), "art. 46")
		}
	}
	assert.Equal(t, 7, art46, "every mechanism but adequacy and derogation")
	assert.False(t, dpa.Mechanism(0).Article46())
	assert.Empty(t, dpa.Mechanism(0).Reference())

	for _, m := range []dpa.SCCModule{dpa.ControllerToController, dpa.ControllerToProcessor, dpa.ProcessorToProcessor, dpa.ProcessorToController} {
		assert.Equal(t, m == dpa.ControllerToProcessor || m == dpa.ProcessorToProcessor, m.FitsProcessors(), m.String())
	}
	for _, s := range []dpa.ActionStatus{0, dpa.ActionOpen, dpa.ActionInProgress, dpa.ActionDone, dpa.ActionCancelled} {
		assert.Equal(t, s == dpa.ActionOpen || s == dpa.ActionInProgress, s.Pending(), s.String())
	}
	assert.Len(t, dpa.Templates(), 5)
	assert.Len(t, dpa.AccessKinds(), 4)
	assert.Len(t, dpa.SupervisionMethods(), 6)
	assert.Equal(t, "Fælleskommunalt tilsyn", dpa.JointSupervision.Label(language.Danish))
}
