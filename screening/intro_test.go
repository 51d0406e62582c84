package screening_test

import (
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr/screening"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestIntroduction: the screening introduction of the municipal DPIA
// template, verbatim, with the words that make the count of criteria a
// presumption and not a rule: the criteria are not exhaustive, and the
// controller "kan ... gå ud fra" that two or more call for a DPIA.
func TestIntroduction(t *testing.T) {
	in := screening.Introduction()
	assert.Equal(t, "Behovet for udarbejdelse af konsekvensanalyser", in.Title.Da)
	require.Len(t, in.Paragraphs, 2)
	da := in.Paragraphs[1].Da
	assert.Contains(t, da, "Disse kriterier er ikke udtømmende, og andre momenter kan indgå i vurderingen.")
	assert.Contains(t, da, "kan en dataansvarlig dog i langt de fleste tilfælde gå ud fra, at en behandling, der opfylder to kriterier eller mere")
	en := in.Paragraphs[1].En
	assert.Contains(t, en, "These criteria are not exhaustive")
	assert.Contains(t, en, "can in most cases assume")
	for _, p := range in.Paragraphs {
		assert.NotEmpty(t, p.Da)
		assert.NotEmpty(t, p.En)
	}
	in.Paragraphs[0].Da = "changed"
	assert.NotEqual(t, "changed", screening.Introduction().Paragraphs[0].Da, "a fresh copy")

	// Word for word against the template itself, where it is at hand.
	seed := string(readShared(t, "seeds/002-dpia-template.da.txt"))
	lines := strings.Split(seed, "\n")
	require.Greater(t, len(lines), 3)
	assert.Contains(t, lines[0], screening.Introduction().Title.Da)
	for i, p := range screening.Introduction().Paragraphs {
		assert.Equal(t, strings.TrimSpace(lines[1+i]), p.Da, "paragraph %d is the template's", i+1)
	}
}
