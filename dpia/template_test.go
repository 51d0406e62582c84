package dpia_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/dpia"
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
