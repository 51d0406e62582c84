package dpia_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/internal/enumtest"
	"github.com/dkgdpr/gdpr/ropa"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// markdown renders a in lang with the worked example's agreement.
func markdown(t *testing.T, a dpia.Assessment, lang language.Tag) string {
	t.Helper()
	var b strings.Builder
	require.NoError(t, a.WriteMarkdown(&b, dpia.ReportOptions{Lang: lang, Agreements: []dpa.Agreement{trafficAgreement()}}))
	return b.String()
}

// The introduction of the template's screening, word for word: its
// criteria are not exhaustive ("Disse kriterier er ikke udtømmende"), and
// two or more met is a presumption ("kan ... gå ud fra"), not a rule.
var screeningIntro = []string{
	"Ifølge General Data Protection Regulation (databeskyttelsesforordningen) (”GDPR”) artikel 35 skal der gennemføres en konsekvensanalyse vedrørende databeskyttelse, når en aktivitet, der involverer behandling af personoplysninger, sandsynligvis vil indebære en høj risiko for fysiske personers rettigheder og frihedsrettigheder.",
	"Når det skal vurderes, om en konsekvensanalyse skal gennemføres, kan nedenstående ni kriterier ifølge Artikel 29-Gruppen og Databeskyttelsesrådet overvejes med henblik på at vurdere, om en behandlingsaktivitet sandsynligvis indebærer en høj risiko. Disse kriterier er ikke udtømmende, og andre momenter kan indgå i vurderingen. Ifølge databeskyttelsesmyndighederne kan en dataansvarlig dog i langt de fleste tilfælde gå ud fra, at en behandling, der opfylder to kriterier eller mere i nedenstående skema, skal underlægges en forudgående konsekvensanalyse.",
}

// TestScreeningIntroductionVerbatim: the report prints the screening's
// introduction of the municipal DPIA template word for word.
func TestScreeningIntroductionVerbatim(t *testing.T) {
	md := markdown(t, startedDPIA(), language.Danish)
	for _, p := range screeningIntro {
		assert.Contains(t, md, "*"+p+"*")
	}
	b, err := os.ReadFile(filepath.Join("..", "..", "shared", "seeds", "002-dpia-template.da.txt"))
	if os.IsNotExist(err) {
		t.Skip("the shared seeds are not next to the module, so the wording is not checked against the municipal DPIA template")
	}
	require.NoError(t, err)
	seed := strings.Join(strings.Fields(string(b)), " ")
	for _, p := range screeningIntro {
		assert.Contains(t, seed, p, "the template's own words")
	}
}

// TestDanishNumbers: a Danish report writes numbers as Danish does, with a
// decimal comma and a full stop between thousands; an English one with a
// point and commas.
func TestDanishNumbers(t *testing.T) {
	da := markdown(t, startedDPIA(), language.Danish)
	assert.Contains(t, da, "Antal: 250.000")
	assert.Contains(t, da, "før og efter yderligere foranstaltninger: 7,83 / 3,67")
	en := markdown(t, startedDPIA(), language.English)
	assert.Contains(t, en, "Number: 250,000")
	assert.Contains(t, en, "before and after further measures: 7.83 / 3.67")
}

// TestResidualNotAssessed: a risk whose residual risk is not assessed has
// its residual cells marked "ikke vurderet", not filled with the inherent
// values.
func TestResidualNotAssessed(t *testing.T) {
	da := markdown(t, startedDPIA(), language.Danish)
	assert.Contains(t, da, "| 2 | 2 | 4 Under middel |  | – | – | ikke vurderet |")
	assert.Contains(t, markdown(t, startedDPIA(), language.English), "| 2 | 2 | 4 Below medium |  | – | – | not assessed |")
}

func TestSharingPurposeEnum(t *testing.T) {
	assert.Equal(t, dpia.SharingPurposes(), enumtest.Check[dpia.SharingPurpose](t, dpia.ParseSharingPurpose))
}

// answerCell returns the answer cell of question number of the processing
// part in a Danish Markdown report.
func answerCell(t *testing.T, md, number string) string {
	t.Helper()
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "| "+number+" | ") {
			cells := strings.Split(line, " | ")
			require.GreaterOrEqual(t, len(cells), 3)
			return cells[2]
		}
	}
	t.Fatalf("no row for %s", number)
	return ""
}

// TestDataSubjectsAsCheckboxes: question 1.1 shows every box of the
// template, ticked or not, with the vulnerable-group box, so that an empty
// box ("no health data") reads as an answer (the municipal DPIA template,
// section 1.1).
func TestDataSubjectsAsCheckboxes(t *testing.T) {
	a := startedDPIA()
	a.Record.Subjects = append(a.Record.Subjects, ropa.SubjectCategory{
		Category:  gdpr.DataSubjectCategory{Group: gdpr.Children, Vulnerable: true},
		DataTypes: []gdpr.DataType{gdpr.PersonName, gdpr.Health, gdpr.CustomDataType("Skolekarakterer", gdpr.Ordinary)},
	})
	cell := answerCell(t, markdown(t, a, language.Danish), "1.1")
	for _, want := range []string{
		"Trafikanter (bilister, cyklister og fodgængere)<br>☐ Udgør eller indeholder en sårbar gruppe af fysiske personer<br>Almindelige personoplysninger<br>☐ Navn",
		"☒ Optagelser af fx samtaler med de registrerede",
		"☐ Helbredsoplysninger",
		"☒ Udgør eller indeholder en sårbar gruppe af fysiske personer<br>Almindelige personoplysninger<br>☒ Navn",
		"☒ Skolekarakterer",
		"Følsomme personoplysninger<br>☐ Race",
		"☒ Helbredsoplysninger",
		"Strafbare forhold<br>☐ Oplysninger om strafbare forhold (f.eks. straffeattest)<br>Fortrolige oplysninger<br>☐ CPR-nr.",
	} {
		assert.Contains(t, cell, want)
	}
	assert.Equal(t, 2*len(gdpr.DataTypes())+1, strings.Count(cell, "☐")+strings.Count(cell, "☒")-2,
		"every box of the template for each category, the custom type added")
}

// TestProcessorsPurposesAndData: questions 7.1 and 7.2 show, per processor
// and sub-processor, the template's purpose boxes (7.1 with "Levering af
// Applikationen", 7.2 with "Cloud computing, data centre, support og
// hosting") and the data type boxes per category of data subjects.
func TestProcessorsPurposesAndData(t *testing.T) {
	md := markdown(t, startedDPIA(), language.Danish)
	p := answerCell(t, md, "7.1")
	assert.Contains(t, p, "Databehandler: Trafiksyn ApS")
	assert.Contains(t, p, "Formål<br>  ☐ Markedsføring<br>  ☐ Kundehåndtering<br>  ☒ Sikkerhed<br>  ☐ Profilering<br>  ☐ Rekruttering<br>  ☒ Levering af Applikationen<br>  ☒ Database og hosting")
	assert.Contains(t, p, "(Alle fortegnelsens kategorier og oplysninger.)<br>  1. Trafikanter")
	s := answerCell(t, md, "7.2")
	assert.Contains(t, s, "Underdatabehandler: Nordisk Cloud AB")
	assert.Contains(t, s, "☒ Cloud computing, data centre, support og hosting<br>  ☐ Database og hosting<br>  1. Trafikanter")
	assert.Contains(t, s, "☒ Optagelser af fx samtaler med de registrerede")
	assert.NotContains(t, s, "Levering af Applikationen")
}

// TestObjectionCoversPointE: the template's question 4.11 names only point
// (f), but the right to object of GDPR art. 21(1) also covers point (e), the
// usual basis of a municipality; the report says so under the question.
func TestObjectionCoversPointE(t *testing.T) {
	q, ok := dpia.LookupQuestion(dpia.Lawfulness, "4.11")
	require.True(t, ok)
	assert.Contains(t, q.Text.Da, "litra f", "the template's own words are kept")
	assert.Contains(t, q.Note.Da, "artikel 21, stk. 1, gælder også behandling efter litra e")
	assert.Contains(t, q.Note.En, "article 21(1) also covers processing under point (e)")
}
