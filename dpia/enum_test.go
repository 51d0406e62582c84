package dpia_test

import (
	"database/sql"
	"database/sql/driver"
	"encoding"
	"fmt"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpia"
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

// enumCase describes one enumeration for the exhaustive tests.
type enumCase struct {
	name   string
	values []enumValue
	parse  func(string) (enumValue, error)
	decode func() (encoding.TextUnmarshaler, sql.Scanner, func() enumValue)
	// invalid is an out-of-range value and how it prints.
	invalid     enumValue
	invalidText string
}

func values[T enumValue](vs []T) []enumValue {
	out := make([]enumValue, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}

func parser[T enumValue](f func(string) (T, error)) func(string) (enumValue, error) {
	return func(s string) (enumValue, error) { return f(s) }
}

func decoder[T enumValue, P interface {
	*T
	encoding.TextUnmarshaler
	sql.Scanner
}]() func() (encoding.TextUnmarshaler, sql.Scanner, func() enumValue) {
	return func() (encoding.TextUnmarshaler, sql.Scanner, func() enumValue) {
		var v, w T
		return P(&v), P(&w), func() enumValue { return v }
	}
}

func enumCases() []enumCase {
	return []enumCase{
		{"Answer", values(dpia.Answers()), parser(dpia.ParseAnswer), decoder[dpia.Answer, *dpia.Answer](), dpia.Answer(9), "Answer(9)"},
		{"Status", values(dpia.Statuses()), parser(dpia.ParseStatus), decoder[dpia.Status, *dpia.Status](), dpia.Status(9), "Status(9)"},
		{"Verdict", values(dpia.Verdicts()), parser(dpia.ParseVerdict), decoder[dpia.Verdict, *dpia.Verdict](), dpia.Verdict(9), "Verdict(9)"},
		{"ViewMethod", values(dpia.ViewMethods()), parser(dpia.ParseViewMethod), decoder[dpia.ViewMethod, *dpia.ViewMethod](), dpia.ViewMethod(99), "ViewMethod(99)"},
		{"NoViewReason", values(dpia.NoViewReasons()), parser(dpia.ParseNoViewReason), decoder[dpia.NoViewReason, *dpia.NoViewReason](), dpia.NoViewReason(9), "NoViewReason(9)"},
		{"ScopeKind", values(dpia.ScopeKinds()), parser(dpia.ParseScopeKind), decoder[dpia.ScopeKind, *dpia.ScopeKind](), dpia.ScopeKind(9), "ScopeKind(9)"},
		{"ChangeKind", values(dpia.ChangeKinds()), parser(dpia.ParseChangeKind), decoder[dpia.ChangeKind, *dpia.ChangeKind](), dpia.ChangeKind(9), "ChangeKind(9)"},
		{"KeyQuestion", values(dpia.KeyQuestions()), parser(dpia.ParseKeyQuestion), decoder[dpia.KeyQuestion, *dpia.KeyQuestion](), dpia.KeyQuestion(9), "KeyQuestion(9)"},
		{"Part", values(dpia.Parts()), parser(dpia.ParsePart), decoder[dpia.Part, *dpia.Part](), dpia.Part(9), "Part(9)"},
		{"AnswerKind", values(dpia.AnswerKinds()), parser(dpia.ParseAnswerKind), decoder[dpia.AnswerKind, *dpia.AnswerKind](), dpia.AnswerKind(99), "AnswerKind(99)"},
	}
}

// TestEnums checks every value of every enumeration: its code round trips
// through String, the parser, text and SQL; it has a Danish and an English
// label; the zero value is not valid and encodes as ""; an invalid value
// prints as Type(n) and does not encode; an unknown code is an error that
// means invalid input.
func TestEnums(t *testing.T) {
	for _, tc := range enumCases() {
		t.Run(tc.name, func(t *testing.T) {
			seen := map[string]bool{}
			for _, v := range tc.values {
				code := v.String()
				require.True(t, v.Valid(), code)
				assert.False(t, seen[code], "code %s used twice", code)
				seen[code] = true
				got, err := tc.parse(code)
				require.NoError(t, err)
				assert.Equal(t, v, got)
				b, err := v.MarshalText()
				require.NoError(t, err)
				assert.Equal(t, code, string(b))
				tu, sc, get := tc.decode()
				require.NoError(t, tu.UnmarshalText(b))
				assert.Equal(t, v, get())
				dv, err := v.Value()
				require.NoError(t, err)
				require.NoError(t, sc.Scan(dv))
				require.NoError(t, sc.Scan([]byte(code)))
				da, en := v.Label(language.Danish), v.Label(language.English)
				assert.NotEmpty(t, da)
				assert.NotEmpty(t, en)
				assert.Equal(t, da, v.Label(language.Und), "Danish is the default")
			}
			zero, err := tc.parse("")
			require.NoError(t, err)
			assert.False(t, zero.Valid())
			b, err := zero.MarshalText()
			require.NoError(t, err)
			assert.Empty(t, b)
			dv, err := zero.Value()
			require.NoError(t, err)
			assert.Nil(t, dv)

			assert.False(t, tc.invalid.Valid())
			assert.Equal(t, tc.invalidText, tc.invalid.String())
			assert.Equal(t, tc.invalidText, tc.invalid.Label(language.Danish))
			_, err = tc.invalid.MarshalText()
			assert.ErrorIs(t, err, gdpr.ErrInvalid)
			_, err = tc.invalid.Value()
			assert.Error(t, err)

			_, err = tc.parse("no such code")
			assert.ErrorIs(t, err, dpia.ErrUnknownCode)
			assert.ErrorIs(t, err, gdpr.ErrInvalid)
			_, sc, _ := tc.decode()
			assert.ErrorIs(t, sc.Scan(42), gdpr.ErrInvalid, "a number is not a code")
			require.NoError(t, sc.Scan(nil))
		})
	}
}

// TestDanishLabelsFromTemplate spot-checks labels against the template's
// wording (seed 002).
func TestDanishLabelsFromTemplate(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{dpia.Approved.Label(language.Danish), "Godkendt"},
		{dpia.ConditionallyApproved.Label(language.Danish), "Betinget godkendt"},
		{dpia.NotApproved.Label(language.Danish), "Ikke godkendt"},
		{dpia.NotRelevant.Label(language.Danish), "Ikke relevant"},
		{dpia.StaffRepresentatives.Label(language.Danish), "Forelæggelse for medarbejdernes repræsentanter via møde eller kald"},
		{dpia.Disproportionate.Label(language.Danish), "Det vil kræve uforholdsmæssige ressourcer og tid"},
		{dpia.ScopeCloud.Label(language.Danish), "En cloud computingplatform"},
		{dpia.RisksConsidered.Label(language.Danish), "Er der taget stilling til de væsentligste risici ved behandlingen?"},
		{dpia.Lawfulness.Label(language.Danish), "Lovlighed og de registreredes rettigheder"},
	} {
		assert.Equal(t, tc.want, tc.got)
	}
}
