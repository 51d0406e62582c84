package screening_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/screening"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// shared is the directory of the project's shared seeds and data, next to
// the module.
const shared = "../../shared"

// readShared reads a shared file, or skips the test saying that the file
// is absent (the seeds and data are not part of the module).
func readShared(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(shared, path))
	if os.IsNotExist(err) {
		t.Skipf("%s is absent: the shared seeds and data are not here, so the wording is not checked against them", path)
	}
	require.NoError(t, err)
	return b
}

// squash collapses every run of white space into one space.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestDanishWordingFromSeed checks that the Danish names and help texts of
// the eight criteria, and the conclusion sentence, are the municipal DPIA template's
// (its screening table).
func TestDanishWordingFromSeed(t *testing.T) {
	seed := squash(string(readShared(t, "seeds/002-dpia-template.da.txt")))
	for _, c := range screening.Criteria() {
		assert.Contains(t, seed, c.Label(language.Danish), "name of criterion %d", c.Number())
		assert.Contains(t, seed, c.Help(language.Danish), "help text of criterion %d", c.Number())
	}
	assert.NotContains(t, seed, screening.PreventsRights.Label(language.Danish), "the ninth criterion is not in the template")

	r, err := screening.Assess(screen(yes(screening.Monitoring, screening.Matching), false))
	require.NoError(t, err)
	const sentence = "Af ovenstående analyse fremgår det, at to eller flere kriterier [IKKE ER OPFYLDTE/ER OPFYLDTE]. Det er derfor vurderingen, at …"
	require.Contains(t, seed, sentence)
	assert.True(t, strings.HasPrefix(r.Conclusion.Da, "Af ovenstående analyse fremgår det, at to eller flere kriterier er opfyldte. Det er derfor vurderingen, at "))

	for _, tech := range gdpr.Technologies() {
		assert.Contains(t, seed, tech.Question(), "question %s exists", tech.Question())
	}
}

// TestAnswerLabelsFromOS2compliance checks the answer labels against
// OS2compliance's screening answers (dpia-values.json), which have the
// same four answers and a fifth, "not relevant", that the library reads as
// "no" with a justification.
func TestAnswerLabelsFromOS2compliance(t *testing.T) {
	var values []struct {
		Identifier string `json:"identifier"`
		Caption    string `json:"caption"`
	}
	require.NoError(t, json.Unmarshal(readShared(t, "data/os2compliance/choices/dpia-values.json"), &values))
	captions := map[string]string{}
	for _, v := range values {
		captions[v.Identifier] = v.Caption
	}
	want := map[screening.Answer]string{
		screening.Yes: "dpia-yes", screening.No: "dpia-no", screening.Partly: "dpia-partially", screening.DontKnow: "dpia-dont-know",
	}
	for a, id := range want {
		assert.Equal(t, captions[id], a.Label(language.Danish), "%v", a)
	}
	assert.Contains(t, captions, "dpia-not-relevant", "the fifth answer the library leaves out")
}
