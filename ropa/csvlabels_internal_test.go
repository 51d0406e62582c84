package ropa

import (
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// checkLabels asserts that every value's code and Danish and English
// labels (in any case) parse back as the value, and that no two values
// share a label.
func checkLabels[T labelledValue](t *testing.T, name string, vs []T, p cellParser[T]) {
	t.Run(name, func(t *testing.T) {
		require.NotEmpty(t, vs)
		seen := map[string]T{}
		for _, v := range vs {
			for _, s := range []string{v.String(), v.Label(language.Danish), v.Label(language.English)} {
				back, err := p.parse(s)
				require.NoError(t, err, "%s", s)
				assert.Equal(t, v, back, "%q reads back as its value", s)
				back, err = p.parse(strings.ToUpper(s))
				if err == nil {
					assert.Equal(t, v, back, "%q in capitals", s)
				}
			}
			for _, tag := range []language.Tag{language.Danish, language.English} {
				key := strings.ToLower(v.Label(tag))
				if other, dup := seen[key]; dup && other != v {
					t.Errorf("%s and %s share the label %q", other.String(), v.String(), key)
				}
				seen[key] = v
			}
		}
	})
}

// TestEveryLabelParsesBack: each value of each enumeration the CSV holds
// reads back from its code, its Danish label and its English label.
func TestEveryLabelParsesBack(t *testing.T) {
	checkLabels(t, "Status", Statuses(), statusCells)
	checkLabels(t, "Answer", gdpr.Answers(), answerCells)
	checkLabels(t, "Volume", Volumes(), volumeCells)
	checkLabels(t, "Source", Sources(), sourceCells)
	checkLabels(t, "Technology", gdpr.Technologies(), technologyCells)
	checkLabels(t, "Operation", Operations(), operationCells)
	checkLabels(t, "RecipientCategory", RecipientCategories(), recipientCategoryCells)
	checkLabels(t, "Safeguard", Safeguards(), safeguardCells)
	checkLabels(t, "Trigger", Triggers(), triggerCells)
	checkLabels(t, "ArchiveCode", ArchiveCodes(), archiveCells)
	checkLabels(t, "ChannelKind", ChannelKinds(), channelKindCells)
	checkLabels(t, "PurposeKind", PurposeKinds(), purposeKindCells)
	checkLabels(t, "LegalBasis", gdpr.LegalBases(), legalBasisCells)
	checkLabels(t, "DataType", gdpr.DataTypes(), dataTypeCells)
	checkLabels(t, "SubjectGroup", gdpr.SubjectGroups(), subjectGroupCells)
	checkLabels(t, "Destination", destinations(), destinationCells)
}

// TestPeriodLabelsParseBack: every unit, singular and plural, in Danish and
// English.
func TestPeriodLabelsParseBack(t *testing.T) {
	for _, u := range PeriodUnits() {
		for _, n := range []int{1, 2, 30, 9999} {
			p := Period{Count: n, Unit: u}
			for _, s := range []string{p.String(), p.Label(language.Danish), p.Label(language.English)} {
				back, err := parsePeriodCell(s)
				require.NoError(t, err, s)
				assert.Equal(t, p, back, s)
			}
		}
	}
	for _, bad := range []string{"5", "år", "0 år", "10000 år", "5 fortnights", "fem år"} {
		_, err := parsePeriodCell(bad)
		assert.ErrorIs(t, err, ErrMalformedPeriod, bad)
	}
}

// TestParseValuesJoinsLabels: a label with commas is one element of a
// sub-list; codes and escaped text read as before.
func TestParseValuesJoinsLabels(t *testing.T) {
	c := gdpr.Art6LegalObligation.Label(language.Danish)
	e := gdpr.Art6PublicTask.Label(language.English)
	got, err := parseValues(c+", art6_1_e, "+e+", "+gdpr.Art9HealthCare.Label(language.Danish), legalBasisCells)
	require.NoError(t, err)
	assert.Equal(t, []gdpr.LegalBasis{gdpr.Art6LegalObligation, gdpr.Art6PublicTask, gdpr.Art6PublicTask, gdpr.Art9HealthCare}, got)
	_, err = parseValues("art6_1_e,art6_1_c", legalBasisCells)
	assert.Error(t, err, "a space after the comma")
	_, err = parseValues("GDPR art. 6, stk. 1, litra q", legalBasisCells)
	assert.Error(t, err)
}
