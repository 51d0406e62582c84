package gdpr_test

import (
	"database/sql"
	"database/sql/driver"
	"encoding"
	"encoding/json"
	"errors"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// codec is what every enumeration and code-based value implements.
type codec interface {
	encoding.TextMarshaler
	driver.Valuer
	String() string
}

// roundTrip encodes v as text, JSON and SQL and decodes it back into a
// fresh value made by newV, failing when anything is lost.
func roundTrip[T comparable, P interface {
	*T
	encoding.TextUnmarshaler
	sql.Scanner
}](t *testing.T, v T) {
	t.Helper()
	c := any(v).(codec)
	text, err := c.MarshalText()
	require.NoError(t, err)
	var fromText T
	require.NoError(t, P(&fromText).UnmarshalText(text))
	assert.Equal(t, v, fromText, "text round trip of %s", c)

	js, err := json.Marshal(map[string]T{"v": v})
	require.NoError(t, err)
	var fromJSON map[string]T
	require.NoError(t, json.Unmarshal(js, &fromJSON))
	assert.Equal(t, v, fromJSON["v"], "JSON round trip of %s", c)

	dv, err := c.Value()
	require.NoError(t, err)
	var fromSQL T
	require.NoError(t, P(&fromSQL).Scan(dv))
	assert.Equal(t, v, fromSQL, "SQL round trip of %s", c)
}

func TestDataCategoryRoundTripsAndLabels(t *testing.T) {
	want := map[gdpr.DataCategory][2]string{ // seed 002 section 1.1 wording
		gdpr.Ordinary:     {"almindelige personoplysninger", "ordinary personal data"},
		gdpr.Confidential: {"fortrolige oplysninger", "confidential data"},
		gdpr.Sensitive:    {"følsomme personoplysninger", "sensitive personal data"},
		gdpr.Criminal:     {"oplysninger om strafbare forhold", "criminal offence data"},
	}
	require.Len(t, gdpr.DataCategories(), len(want))
	for _, c := range gdpr.DataCategories() {
		roundTrip(t, c)
		assert.True(t, c.Valid())
		assert.Equal(t, want[c][0], c.Label(language.Danish))
		assert.Equal(t, want[c][1], c.Label(language.English))
		assert.Equal(t, want[c][0], c.Label(language.Und), "Danish is the default")
	}
	assert.False(t, gdpr.DataCategory(0).Valid())
	assert.Equal(t, "DataCategory(9)", gdpr.DataCategory(9).String())
	_, err := gdpr.DataCategory(9).MarshalText()
	assert.ErrorIs(t, err, gdpr.ErrInvalid)
}

func TestDataCategoryOrderAndEncryption(t *testing.T) {
	// rules.md §1: ordered by protection need; seed 001 "Kryptering":
	// confidential and sensitive data need encryption over the internet.
	assert.True(t, gdpr.Ordinary < gdpr.Confidential && gdpr.Confidential < gdpr.Sensitive && gdpr.Sensitive < gdpr.Criminal)
	for c, want := range map[gdpr.DataCategory]bool{
		0: false, gdpr.Ordinary: false, gdpr.Confidential: true, gdpr.Sensitive: true, gdpr.Criminal: true,
	} {
		assert.Equal(t, want, c.NeedsEncryptionInTransit(), "category %v", c)
	}
}

func TestParseDataCategoryRejectsUnknownCodes(t *testing.T) {
	for _, in := range []string{"Ordinary", "secret", " ordinary", "1"} {
		_, err := gdpr.ParseDataCategory(in)
		require.ErrorIs(t, err, gdpr.ErrInvalid, "input %q", in)
		assert.Contains(t, err.Error(), "data category")
	}
	var c gdpr.DataCategory
	err := json.Unmarshal([]byte(`"top_secret"`), &c)
	assert.ErrorIs(t, err, gdpr.ErrInvalid)
	assert.Contains(t, err.Error(), `"top_secret"`)
	assert.Error(t, c.Scan(42), "an int is not a category code")
}

func TestDataTypesMapToTheirCategory(t *testing.T) {
	// rules.md §1, the table of tiers and the seed 002 section 1.1 form.
	want := map[gdpr.DataType]gdpr.DataCategory{
		gdpr.PersonName: gdpr.Ordinary, gdpr.ContactDetails: gdpr.Ordinary, gdpr.PositionEducation: gdpr.Ordinary,
		gdpr.Workplace: gdpr.Ordinary, gdpr.Credentials: gdpr.Ordinary, gdpr.Recordings: gdpr.Ordinary,
		gdpr.CPRNumber: gdpr.Confidential, gdpr.SocialConditions: gdpr.Confidential,
		gdpr.Race: gdpr.Sensitive, gdpr.Ethnicity: gdpr.Sensitive, gdpr.PoliticalOpinion: gdpr.Sensitive,
		gdpr.Belief: gdpr.Sensitive, gdpr.TradeUnion: gdpr.Sensitive, gdpr.SexLife: gdpr.Sensitive,
		gdpr.Health: gdpr.Sensitive, gdpr.Genetic: gdpr.Sensitive, gdpr.Biometric: gdpr.Sensitive,
		gdpr.CriminalOffences: gdpr.Criminal,
	}
	types := gdpr.DataTypes()
	require.Len(t, types, len(want), "every type of the template, once")
	for _, dt := range types {
		assert.Equal(t, want[dt], dt.Category(), "category of %s", dt)
		assert.NotEqual(t, dt.Label(language.Danish), dt.Label(language.English), "%s has two labels", dt)
		roundTrip(t, dt)
	}
	assert.Equal(t, "CPR-nr.", gdpr.CPRNumber.Label(language.Danish))
	assert.Equal(t, "Helbredsoplysninger", gdpr.Health.Label(language.Danish))
}

func TestCustomDataType(t *testing.T) {
	grades := gdpr.CustomDataType("  Skolekarakterer ", gdpr.Ordinary)
	assert.True(t, grades.Valid())
	assert.True(t, grades.IsCustom())
	assert.Equal(t, gdpr.Ordinary, grades.Category())
	assert.Equal(t, "Skolekarakterer", grades.Label(language.English))
	assert.Equal(t, "custom:ordinary:Skolekarakterer", grades.String())
	roundTrip(t, grades)

	for name, dt := range map[string]gdpr.DataType{
		"empty name":       gdpr.CustomDataType(" ", gdpr.Sensitive),
		"no category":      gdpr.CustomDataType("x", 0),
		"line break":       gdpr.CustomDataType("a\nb", gdpr.Ordinary),
		"unknown category": "custom:secret:x",
		"unknown code":     "shoe_size",
	} {
		assert.False(t, dt.Valid(), name)
		assert.Zero(t, dt.Category(), name)
		_, err := gdpr.ParseDataType(string(dt))
		assert.ErrorIs(t, err, gdpr.ErrInvalid, name)
	}
}

func TestHighestCategory(t *testing.T) {
	// rules.md §1: a processing's tier is the highest tier of its data types.
	tests := []struct {
		name  string
		types []gdpr.DataType
		want  gdpr.DataCategory
	}{
		{"nothing processed", nil, 0},
		{"name only", []gdpr.DataType{gdpr.PersonName}, gdpr.Ordinary},
		{"CPR lifts ordinary to confidential", []gdpr.DataType{gdpr.PersonName, gdpr.CPRNumber}, gdpr.Confidential},
		{"health beats CPR", []gdpr.DataType{gdpr.CPRNumber, gdpr.Health, gdpr.PersonName}, gdpr.Sensitive},
		{"criminal is the top tier", []gdpr.DataType{gdpr.Health, gdpr.CriminalOffences}, gdpr.Criminal},
		{"custom sensitive type counts", []gdpr.DataType{gdpr.PersonName, gdpr.CustomDataType("Misbrug", gdpr.Sensitive)}, gdpr.Sensitive},
		{"invalid types are ignored", []gdpr.DataType{"bogus", gdpr.PersonName}, gdpr.Ordinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, gdpr.HighestCategory(tt.types...))
		})
	}
}

func TestLegalBases(t *testing.T) {
	bases := gdpr.LegalBases()
	require.Len(t, bases, 6+10+1+9, "art. 6(1)(a)-(f), 9(2)(a)-(j), 10, DBL §§ 6-14")
	seen := map[string]bool{}
	for _, b := range bases {
		roundTrip(t, b)
		ref := b.Reference(language.English)
		assert.False(t, seen[ref], "duplicate reference %s", ref)
		seen[ref] = true
	}
	assert.Equal(t, "GDPR art. 6(1)(e)", gdpr.Art6PublicTask.Reference(language.English))
	assert.Equal(t, "GDPR art. 6, stk. 1, litra c (retlig forpligtelse)", gdpr.Art6LegalObligation.Label(language.Danish))
	assert.Equal(t, "databeskyttelsesloven § 11", gdpr.DBL11.Reference(language.Danish))
	assert.True(t, gdpr.Art6Consent.IsConsent() && gdpr.Art9ExplicitConsent.IsConsent())
	assert.False(t, gdpr.Art6PublicTask.IsConsent())

	law := gdpr.SpecialLaw(" serviceloven § 50 ")
	ref, ok := law.Law()
	require.True(t, ok)
	assert.Equal(t, "serviceloven § 50", ref)
	assert.False(t, law.Article6(), "special legislation is not itself an art. 6 basis")
	roundTrip(t, law)

	for _, bad := range []string{"art6_1_g", "law:", "law: x", "Art6_1_a", "law:a\nb"} {
		_, err := gdpr.ParseLegalBasis(bad)
		assert.ErrorIs(t, err, gdpr.ErrInvalid, "input %q", bad)
	}
}

func TestCheckBases(t *testing.T) {
	// rules.md §1: the basis each tier needs besides art. 6.
	tests := []struct {
		name  string
		types []gdpr.DataType
		bases []gdpr.LegalBasis
		want  []string
	}{
		{"ordinary data under a public task", []gdpr.DataType{gdpr.PersonName}, []gdpr.LegalBasis{gdpr.Art6PublicTask}, nil},
		{"special law alone names no art. 6 basis", []gdpr.DataType{gdpr.PersonName}, []gdpr.LegalBasis{gdpr.SpecialLaw("serviceloven § 50")},
			[]string{"gdpr.art6_basis_missing"}},
		{"health without an art. 9(2) condition", []gdpr.DataType{gdpr.Health}, []gdpr.LegalBasis{gdpr.Art6PublicTask},
			[]string{"gdpr.art9_basis_missing"}},
		{"health with art. 9(2)(h)", []gdpr.DataType{gdpr.Health}, []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.Art9HealthCare}, nil},
		{"health under DBL § 7", []gdpr.DataType{gdpr.Health}, []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.DBL7}, nil},
		{"criminal record without art. 10", []gdpr.DataType{gdpr.CriminalOffences}, []gdpr.LegalBasis{gdpr.Art6LegalObligation},
			[]string{"gdpr.art10_basis_missing"}},
		{"criminal record under DBL § 8", []gdpr.DataType{gdpr.CriminalOffences}, []gdpr.LegalBasis{gdpr.Art6LegalObligation, gdpr.DBL8}, nil},
		{"employment under DBL § 12 covers health and criminal", []gdpr.DataType{gdpr.Health, gdpr.CriminalOffences},
			[]gdpr.LegalBasis{gdpr.Art6Contract, gdpr.DBL12}, nil},
		{"CPR without § 11", []gdpr.DataType{gdpr.CPRNumber}, []gdpr.LegalBasis{gdpr.Art6PublicTask},
			[]string{"gdpr.cpr_basis_missing"}},
		{"CPR with § 11", []gdpr.DataType{gdpr.CPRNumber}, []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.DBL11}, nil},
		{"no basis at all for everything", []gdpr.DataType{gdpr.CPRNumber, gdpr.Health, gdpr.CriminalOffences}, nil,
			[]string{"gdpr.art6_basis_missing", "gdpr.art9_basis_missing", "gdpr.art10_basis_missing", "gdpr.cpr_basis_missing"}},
		{"nothing processed needs nothing", nil, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range gdpr.CheckBases("purposes[0]", tt.types, tt.bases) {
				got = append(got, f.Rule)
				assert.Equal(t, "purposes[0]", f.Path)
				assert.NotEmpty(t, f.Text.Da)
				assert.NotEmpty(t, f.Reference)
			}
			assert.Equal(t, tt.want, got)
		})
	}
	ids := map[string]bool{}
	for _, r := range gdpr.BasisRules() {
		ids[r.ID] = true
	}
	assert.Len(t, ids, 4, "every rule CheckBases emits is listed")
}

func TestProblems(t *testing.T) {
	var ps gdpr.Problems
	require.NoError(t, ps.Err(), "no problems is no error")
	ps.Add("name", gdpr.CodeRequired, "name is required")
	var inner gdpr.Problems
	inner.Add("consequence", gdpr.CodeOutOfRange, "consequence 5 is off the scale 1-4")
	inner.Add("[1]", gdpr.CodeRequired, "missing")
	ps.Merge("risks[2].residual", inner.Err())
	ps.Merge("when", errors.New("gdpr: malformed date"))
	ps.Merge("nothing", nil)

	err := ps.Err()
	require.ErrorIs(t, err, gdpr.ErrInvalid)
	var got gdpr.Problems
	require.ErrorAs(t, err, &got)
	paths := []string{}
	for _, p := range got {
		paths = append(paths, p.Path)
	}
	assert.Equal(t, []string{"name", "risks[2].residual.consequence", "risks[2].residual[1]", "when"}, paths)
	assert.Equal(t, gdpr.CodeMalformed, got[3].Code)
	assert.Contains(t, err.Error(), "risks[2].residual.consequence: consequence 5 is off the scale 1-4")
}

func TestSubjectGroups(t *testing.T) {
	for _, g := range gdpr.SubjectGroups() {
		roundTrip(t, g)
		assert.NotEqual(t, g.Label(language.Danish), g.Label(language.English), "%s", g)
		require.NoError(t, g.Category().Validate(), "preset %s is valid", g)
	}
	// WP248 criterion 7: children, employees, elderly, patients, imbalance of power.
	assert.True(t, gdpr.Children.Vulnerable())
	assert.True(t, gdpr.Employees.Vulnerable())
	assert.False(t, gdpr.Citizens.Vulnerable())

	tests := []struct {
		name string
		c    gdpr.DataSubjectCategory
		path string
	}{
		{"neither group nor name", gdpr.DataSubjectCategory{}, ""},
		{"unknown group", gdpr.DataSubjectCategory{Group: 99}, "group"},
		{"children marked not vulnerable", gdpr.DataSubjectCategory{Group: gdpr.Children}, "vulnerable"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.c.Validate()
			var ps gdpr.Problems
			require.ErrorAs(t, err, &ps)
			assert.Equal(t, tt.path, ps[0].Path)
		})
	}
	custom := gdpr.DataSubjectCategory{Name: "Plejefamilier", Vulnerable: false}
	assert.NoError(t, custom.Validate())
	assert.Equal(t, "Plejefamilier", custom.Label(language.English))
}

func TestSeverity(t *testing.T) {
	for s := gdpr.Info; s <= gdpr.Critical; s++ {
		roundTrip(t, s)
	}
	assert.True(t, gdpr.Warning < gdpr.Error)
	assert.Equal(t, "Kritisk", gdpr.Critical.Label(language.Danish))
	f := gdpr.Rule{ID: "ropa.retention_missing", Severity: gdpr.Warning, Reference: "GDPR art. 30(1)(f)",
		Text: gdpr.Text{Da: "Slettefrist mangler.", En: "No erasure time limit."}}.Finding("retention[0]")
	assert.Equal(t, "warning ropa.retention_missing at retention[0]: No erasure time limit. (GDPR art. 30(1)(f))", f.String())
}
