package ropa_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

func writeCSVLabels(t *testing.T, records []ropa.Record, tag language.Tag) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, ropa.WriteCSVLabels(&buf, records, tag))
	return buf.Bytes()
}

// everyValueRecord is a record that holds every value of every
// enumeration the CSV writes, so that each label is written and read back.
func everyValueRecord() ropa.Record {
	r := compliantRecord()
	r.ID = "every-value"
	r.Collection = ropa.Sources()
	r.Operations = ropa.Operations()
	r.Technologies = nil
	for _, x := range gdpr.Technologies() {
		// Some technologies are answered by other questions (collection,
		// matching) and do not validate as a technology used.
		with := r
		with.Technologies = append(append([]ropa.TechnologyUse(nil), r.Technologies...), ropa.TechnologyUse{Technology: x})
		if with.Validate() == nil {
			r.Technologies = with.Technologies
		}
	}
	r.Purposes = append(r.Purposes, ropa.Purpose{ID: "alle", Description: "Alle grundlag", Kinds: ropa.PurposeKinds(), LegalBases: gdpr.LegalBases()})
	for _, g := range gdpr.SubjectGroups() {
		r.Subjects = append(r.Subjects, ropa.SubjectCategory{Category: gdpr.DataSubjectCategory{Group: g, Vulnerable: true}, DataTypes: gdpr.DataTypes()})
	}
	for _, c := range ropa.RecipientCategories() {
		r.Recipients = append(r.Recipients, ropa.Recipient{Category: c, Country: gdpr.MustParseCountry("DE"), LegalBases: []gdpr.LegalBasis{gdpr.Art6PublicTask}})
	}
	for _, s := range ropa.Safeguards() {
		r.Transfers = append(r.Transfers, ropa.Transfer{Country: gdpr.MustParseCountry("US"), Safeguard: s, Recipient: s.String()})
	}
	r.Retention = nil
	types, triggers, units, archives := gdpr.DataTypes(), ropa.Triggers(), ropa.PeriodUnits(), ropa.ArchiveCodes()
	for k := range max(len(triggers), len(units), len(archives)) {
		r.Retention = append(r.Retention, ropa.Retention{DataTypes: []gdpr.DataType{types[k]},
			Period: ropa.Period{Count: 1 + k, Unit: units[k%len(units)]}, Trigger: triggers[k%len(triggers)], Archive: archives[k%len(archives)]})
	}
	for _, c := range ropa.ChannelKinds() {
		r.Channels = append(r.Channels, ropa.Channel{Kind: c, Encrypted: true})
	}
	r.Processors[0].Countries = gdpr.Countries()
	r.NoRecipients = false
	r.Volume = ropa.LargeVolume
	r.BeyondNecessary, r.Classified, r.Matching, r.AutomatedDecisions, r.PublicPowers = gdpr.No, gdpr.Yes, gdpr.No, gdpr.Yes, gdpr.Yes
	return r
}

// TestCSVLabelsRoundTrip: the labelled CSV, Danish or English, reads back
// as the same records as the coded one.
func TestCSVLabelsRoundTrip(t *testing.T) {
	records := []ropa.Record{fullRecord(), compliantRecord(), everyValueRecord(), {ID: "minimal", Name: "Kun navn"}}
	require.NoError(t, ropa.Register{Records: records}.Validate())
	require.Greater(t, len(records[2].Technologies), 10, "the technologies a record can list")
	coded, err := ropa.ReadCSV(bytes.NewReader(writeCSV(t, records, language.Danish)))
	require.NoError(t, err)
	require.Equal(t, records, coded)
	for _, tag := range []language.Tag{language.Danish, language.English, language.Und} {
		t.Run(tag.String(), func(t *testing.T) {
			data := writeCSVLabels(t, records, tag)
			back, err := ropa.ReadCSV(bytes.NewReader(data))
			require.NoError(t, err)
			assert.Equal(t, coded, back)
			assert.NotEqual(t, string(writeCSV(t, records, tag)), string(data), "labels, not codes")
		})
	}
}

// TestCSVLabelsAreLabels: the cells hold labels where the coded file has
// codes; a custom data type keeps its code, as its label would lose its
// category.
func TestCSVLabelsAreLabels(t *testing.T) {
	da := string(writeCSVLabels(t, []ropa.Record{fullRecord()}, language.Danish))
	for _, want := range []string{";Aktiv;", ";Nej;", "GDPR art. 6, stk. 1, litra c (retlig forpligtelse)", "6 måneder", "Canada", "custom:"} {
		assert.Contains(t, da, want)
	}
	for _, code := range []string{";active;", ";no;", "art6_1_c", "P5Y", " | CA | "} {
		assert.NotContains(t, da, code)
	}
	en := string(writeCSVLabels(t, []ropa.Record{fullRecord()}, language.English))
	assert.Contains(t, en, ";Active;")
	assert.Contains(t, en, "GDPR art. 6(1)(c) (legal obligation)")
	assert.True(t, strings.HasPrefix(en[3:], "ID;Name;"), "English headers")
}

// TestCSVLabelsGolden fixes the labelled files.
func TestCSVLabelsGolden(t *testing.T) {
	golden(t, "register.labels.da.csv", writeCSVLabels(t, []ropa.Record{compliantRecord(), fullRecord()}, language.Danish))
	golden(t, "register.labels.en.csv", writeCSVLabels(t, []ropa.Record{compliantRecord()}, language.English))
}
