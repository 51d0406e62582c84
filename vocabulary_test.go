package gdpr_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func TestDataCategoryRoundTripsAndLabels(t *testing.T) {
	want := map[gdpr.DataCategory][2]string{ // the municipal DPIA template's wording, section 1.1
		gdpr.Ordinary:     {"almindelige personoplysninger", "ordinary personal data"},
		gdpr.Confidential: {"fortrolige oplysninger", "confidential data"},
		gdpr.Sensitive:    {"følsomme personoplysninger", "sensitive personal data"},
		gdpr.Criminal:     {"oplysninger om strafbare forhold", "criminal offence data"},
	}
	require.Len(t, gdpr.DataCategories(), len(want))
	for _, c := range gdpr.DataCategories() {
		assert.Equal(t, want[c][0], c.Label(language.Danish))
		assert.Equal(t, want[c][1], c.Label(language.English))
		assert.Equal(t, want[c][0], c.Label(language.Und), "Danish is the default")
	}
	assert.Equal(t, "DataCategory(9)", gdpr.DataCategory(9).String())
}

func TestDataCategoryOrderAndEncryption(t *testing.T) {
	// Ordered by protection need; Datatilsynet on encrypted e-mail (GDPR art. 32):
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
	// The municipal DPIA template, section 1.1: each data type and its tier.
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
	// The Danish labels are the seed template's wording, section 1.1.
	seed := map[gdpr.DataType]string{
		gdpr.PersonName: "Navn", gdpr.ContactDetails: "Kontaktoplysninger (arbejdsmail og telefon)",
		gdpr.PositionEducation: "Stilling og uddannelse", gdpr.Workplace: "Arbejdsplads",
		gdpr.Credentials: "Kodeord og brugernavn", gdpr.Recordings: "Optagelser af fx samtaler med de registrerede",
		gdpr.CriminalOffences: "Oplysninger om strafbare forhold (f.eks. straffeattest)",
		gdpr.CPRNumber:        "CPR-nr.", gdpr.SocialConditions: "Væsentlige sociale forhold",
		gdpr.Race: "Race", gdpr.Ethnicity: "Etnicitet", gdpr.PoliticalOpinion: "Politisk tilhørsforhold",
		gdpr.Belief: "Religiøs eller filosofisk overbevisning", gdpr.TradeUnion: "Fagforeningsmæssigt tilhørsforhold",
		gdpr.SexLife: "Seksuelle forhold eller orientering", gdpr.Health: "Helbredsoplysninger",
		gdpr.Genetic: "Genetiske data", gdpr.Biometric: "Biometriske data",
	}
	for _, dt := range types {
		assert.Equal(t, seed[dt], dt.Label(language.Danish), "%s", dt)
		assert.Equal(t, seed[dt], dt.Label(language.Und), "%s: Danish is the default", dt)
	}
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
		// JSON would replace the byte with U+FFFD and give another type back.
		"invalid UTF-8 in the name":     gdpr.CustomDataType("Karakt\xe6rer", gdpr.Ordinary),
		"control character in the name": gdpr.CustomDataType("a\tb", gdpr.Ordinary),
	} {
		assert.False(t, dt.Valid(), name)
		assert.Zero(t, dt.Category(), name)
		_, err := gdpr.ParseDataType(string(dt))
		assert.ErrorIs(t, err, gdpr.ErrInvalid, name)
	}
}

func TestHighestCategory(t *testing.T) {
	// The municipal DPIA template, section 1.1: a processing's tier is the highest tier of its data types.
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

	for _, bad := range []string{"art6_1_g", "law:", "law: x", "Art6_1_a", "law:a\nb", "law:a\x00b", "law:lov \xa7 5"} {
		_, err := gdpr.ParseLegalBasis(bad)
		assert.ErrorIs(t, err, gdpr.ErrInvalid, "input %q", bad)
	}
}

func TestCheckBases(t *testing.T) {
	// GDPR art. 9 and 10, databeskyttelsesloven §§ 7, 8, 11: the basis each tier needs besides art. 6.
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
		// DBL § 12 covers employment data under art. 6(1) and 9(1), not art. 10:
		// criminal-offence data need art. 10 / DBL § 8 (GDPR art. 10).
		{"employment under DBL § 12 covers health", []gdpr.DataType{gdpr.Health},
			[]gdpr.LegalBasis{gdpr.Art6Contract, gdpr.DBL12}, nil},
		{"DBL § 12 is no basis for criminal-offence data", []gdpr.DataType{gdpr.Health, gdpr.CriminalOffences},
			[]gdpr.LegalBasis{gdpr.Art6Contract, gdpr.DBL12}, []string{"gdpr.art10_basis_missing"}},
		{"art. 10 alone covers criminal-offence data", []gdpr.DataType{gdpr.CriminalOffences},
			[]gdpr.LegalBasis{gdpr.Art6LegalObligation, gdpr.Art10}, nil},
		{"CPR without § 11", []gdpr.DataType{gdpr.CPRNumber}, []gdpr.LegalBasis{gdpr.Art6PublicTask},
			[]string{"gdpr.cpr_basis_missing"}},
		{"CPR with § 11", []gdpr.DataType{gdpr.CPRNumber}, []gdpr.LegalBasis{gdpr.Art6PublicTask, gdpr.DBL11}, nil},
		{"no basis at all for everything", []gdpr.DataType{gdpr.CPRNumber, gdpr.Health, gdpr.CriminalOffences}, nil,
			[]string{"gdpr.art6_basis_missing", "gdpr.art9_basis_missing", "gdpr.art10_basis_missing", "gdpr.cpr_basis_missing"}},
		{"nothing processed needs nothing", nil, nil, nil},
	}
	rules := map[string]gdpr.Rule{}
	for _, r := range gdpr.Rules() {
		rules[r.ID] = r
		assert.NotEmpty(t, r.Text.Da, r.ID)
		assert.NotEmpty(t, r.Text.En, r.ID)
		assert.NotEmpty(t, r.Reference, r.ID)
		assert.True(t, r.Severity.Valid(), r.ID)
	}
	emitted := map[string]bool{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range gdpr.CheckBases("purposes[0]", tt.types, tt.bases) {
				got = append(got, f.Rule)
				emitted[f.Rule] = true
				r, ok := rules[f.Rule]
				require.True(t, ok, "emitted rule %s is in Rules", f.Rule)
				assert.Equal(t, r.Finding("purposes[0]"), f, "the finding carries its rule and path")
			}
			assert.Equal(t, tt.want, got)
		})
	}
	for id := range rules {
		assert.True(t, emitted[id], "rule %s is triggered by some case", id)
	}
	assert.Len(t, rules, len(gdpr.Rules()), "rule ids are unique")
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

	_, derr := gdpr.ParseDate("2025-02-30")
	ps.Merge("due", derr)
	assert.Equal(t, gdpr.CodeMalformed, ps[len(ps)-1].Code, "a decoder's own problem code is kept")
	_, lerr := gdpr.ParseSeverity("grave")
	ps.Merge("severity", lerr)
	assert.Equal(t, gdpr.CodeUnknown, ps[len(ps)-1].Code, "a decoder's own problem code is kept")
}

func TestProblemsErrorIsWhatItsDocSays(t *testing.T) {
	tests := []struct {
		name string
		ps   gdpr.Problems
		want string
	}{
		{"empty: not an error", gdpr.Problems{}, "invalid: no problems"},
		{"one, with a path", gdpr.Problems{{Path: "name", Code: gdpr.CodeRequired, Message: "a name is required"}},
			"invalid: name: a name is required"},
		{"one, without a path", gdpr.Problems{{Code: gdpr.CodeRequired, Message: "a name is required"}},
			"invalid: a name is required"},
		{"two", gdpr.Problems{
			{Path: "name", Code: gdpr.CodeRequired, Message: "a name is required"},
			{Path: "risks[2].consequence", Code: gdpr.CodeUnknown, Message: `risk: unknown consequence "7"`},
		}, `invalid: name: a name is required; risks[2].consequence: risk: unknown consequence "7"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.ps.Error())
			assert.Equal(t, len(tt.ps) > 0, errors.Is(tt.ps, gdpr.ErrInvalid), "only problems are invalid input")
		})
	}
	assert.NoError(t, gdpr.Problems{}.Err())
}

func TestSubjectGroups(t *testing.T) {
	for _, g := range gdpr.SubjectGroups() {
		assert.NotEqual(t, g.Label(language.Danish), g.Label(language.English), "%s", g)
		require.NoError(t, g.Category().Validate(), "preset %s is valid", g)
	}
	// WP248 rev.01 criterion 7: children, employees, the
	// elderly, patients and anyone in an imbalance of power with the
	// controller are vulnerable. Every preset, exhaustively.
	vulnerable := map[gdpr.SubjectGroup]bool{
		gdpr.Citizens:   false, // the general population
		gdpr.Children:   true,  // named by WP248
		gdpr.Pupils:     true,  // mostly children
		gdpr.Employees:  true,  // named by WP248: imbalance of power
		gdpr.Elderly:    true,  // named by WP248
		gdpr.Patients:   true,  // named by WP248
		gdpr.Applicants: true,  // imbalance of power towards the authority deciding
		gdpr.Relatives:  false, // not as such
		gdpr.Suppliers:  false, // business contacts
	}
	require.Len(t, gdpr.SubjectGroups(), len(vulnerable))
	for _, g := range gdpr.SubjectGroups() {
		want, ok := vulnerable[g]
		require.True(t, ok, "%s has an expected answer", g)
		assert.Equal(t, want, g.Vulnerable(), "%s", g)
		assert.Equal(t, want, g.Category().Vulnerable, "%s preset", g)
	}
	assert.False(t, gdpr.SubjectGroup(0).Vulnerable())
	assert.False(t, gdpr.SubjectGroup(99).Vulnerable())

	tests := []struct {
		name string
		c    gdpr.DataSubjectCategory
		path string
	}{
		{"neither group nor name", gdpr.DataSubjectCategory{}, ""},
		{"unknown group", gdpr.DataSubjectCategory{Group: 99}, "group"},
		{"children marked not vulnerable", gdpr.DataSubjectCategory{Group: gdpr.Children}, "vulnerable"},
		{"a blank name is no name: children still vulnerable", gdpr.DataSubjectCategory{Group: gdpr.Children, Name: "  "}, "vulnerable"},
		{"a blank name and no group", gdpr.DataSubjectCategory{Name: " \t"}, ""},
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
	assert.True(t, gdpr.Warning < gdpr.Error)
	assert.Equal(t, "Kritisk", gdpr.Critical.Label(language.Danish))
	f := gdpr.Rule{ID: "ropa.retention_missing", Severity: gdpr.Warning, Reference: gdpr.Cite("GDPR art. 30(1)(f)"),
		Text: gdpr.Text{Da: "Slettefrist mangler.", En: "No erasure time limit."}}.Finding("retention[0]")
	assert.Equal(t, "warning ropa.retention_missing at retention[0]: No erasure time limit. (GDPR art. 30(1)(f))", f.String())
}
