package dpia_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dkgdpr/gdpr/dpia"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestCatalogue checks the question catalogue against the template's
// numbering (the municipal DPIA template): processing 1.1, 2.1-2.14, 3.1-3.3, 4.1-4.4,
// 5.1-5.2, 6.1, 7.1-7.4, 8.1-8.3; lawfulness 1.1, 2.1-2.5, 3.1-3.9 (3.4 twice
// in the template: 3.4 and 3.4b here), 4.1-4.15.
func TestCatalogue(t *testing.T) {
	numbers := func(p dpia.Part) []string {
		var out []string
		for _, q := range dpia.Questions(p) {
			out = append(out, q.Number)
		}
		return out
	}
	assert.Equal(t, strings.Fields("1.1 2.1 2.2 2.3 2.4 2.5 2.6 2.7 2.8 2.9 2.10 2.11 2.12 2.13 2.14 3.1 3.2 3.3 4.1 4.2 4.3 4.4 5.1 5.2 6.1 7.1 7.2 7.3 7.4 8.1 8.2 8.3"),
		numbers(dpia.Processing))
	assert.Equal(t, strings.Fields("1.1 2.1 2.2 2.3 2.4 2.5 3.1 3.2 3.3 3.4 3.4b 3.5 3.6 3.7 3.8 3.9 4.1 4.2 4.3 4.4 4.5 4.6 4.7 4.8 4.9 4.10 4.11 4.12 4.13 4.14 4.15"),
		numbers(dpia.Lawfulness))
	for _, p := range dpia.Parts() {
		sections := dpia.Sections(p)
		for _, q := range dpia.Questions(p) {
			assert.Equal(t, p, q.Part)
			assert.True(t, strings.HasPrefix(q.Number, string(rune('0'+q.Section))+"."), q.Number)
			assert.LessOrEqual(t, q.Section, len(sections))
			assert.True(t, q.Kind.Valid(), q.Number)
			assert.NotEmpty(t, q.Text.Da, q.Number)
			assert.NotEmpty(t, q.Text.En, q.Number)
			codes := map[string]bool{}
			for _, o := range q.Options {
				assert.False(t, codes[o.Code], "%s: option %s twice", q.Number, o.Code)
				codes[o.Code] = true
				assert.NotEmpty(t, o.Text.Da)
				assert.NotEmpty(t, o.Text.En)
			}
			got, ok := dpia.LookupQuestion(p, q.Number)
			require.True(t, ok)
			assert.Equal(t, q, got)
		}
	}
	assert.Nil(t, dpia.Questions(0))
	assert.Nil(t, dpia.Sections(9))
	_, ok := dpia.LookupQuestion(dpia.Processing, "3.4b")
	assert.False(t, ok, "3.4b is a question of the lawfulness part only")

	qs := dpia.Questions(dpia.Processing)
	qs[1].Options[0].Code = "changed"
	qs[0].Text.Da = "changed"
	assert.NotEqual(t, "changed", dpia.Questions(dpia.Processing)[1].Options[0].Code, "Questions returns fresh copies")
	assert.NotEqual(t, "changed", dpia.Questions(dpia.Processing)[0].Text.Da)
}

// TestQuestionWordingFromSeed checks that the Danish text of every question
// and section is the template's (the municipal DPIA template), but for the corrections the
// catalogue notes.
func TestQuestionWordingFromSeed(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "shared", "seeds", "002-dpia-template.da.txt"))
	if os.IsNotExist(err) {
		t.Skip("the shared seeds are not next to the module, so the wording is not checked against the municipal DPIA template")
	}
	require.NoError(t, err)
	seed := strings.Join(strings.Fields(string(b)), " ")
	squash := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	for _, p := range dpia.Parts() {
		for _, s := range dpia.Sections(p) {
			assert.Contains(t, seed, squash(s.Title.Da))
		}
		for _, q := range dpia.Questions(p) {
			text := squash(q.Text.Da)
			if p == dpia.Lawfulness && q.Number == "4.11" {
				text = strings.Replace(text, "markedsføring og profilering", "markedsføring of profilering", 1) // the template's typo
			}
			assert.Contains(t, seed, text, "%s %s", p, q.Number)
			for _, o := range q.Options {
				if q.Number == "2.6" || (p == dpia.Lawfulness && q.Number == "2.1") {
					assert.Contains(t, seed, squash(o.Text.Da), "%s %s option %s", p, q.Number, o.Code)
				}
			}
		}
	}
	for _, k := range dpia.KeyQuestions() {
		assert.Contains(t, seed, squash(k.Label(language.Danish)), "key question %d", k)
	}
	for _, v := range dpia.ViewMethods() {
		assert.Contains(t, seed, squash(v.Label(language.Danish)))
	}
	for _, r := range dpia.NoViewReasons() {
		assert.Contains(t, seed, squash(r.Label(language.Danish)))
	}
	for _, k := range dpia.ScopeKinds() {
		assert.Contains(t, seed, squash(k.Label(language.Danish)))
	}
}

// TestEntries: the effective answers come from the record where it
// answers, else from the assessment; every question is listed.
func TestEntries(t *testing.T) {
	a := startedDPIA()
	es := a.Entries(dpia.Processing)
	require.Len(t, es, len(dpia.Questions(dpia.Processing)))
	byNumber := map[string]dpia.Entry{}
	for _, e := range es {
		byNumber[e.Question.Number] = e
		assert.True(t, e.Answered, "%s is answered in the worked example", e.Question.Number)
	}
	assert.Equal(t, dpia.Yes, byNumber["2.7"].Answer, "the record lists CCTV")
	assert.True(t, byNumber["2.7"].FromRecord)
	assert.Equal(t, "12 kameraer i signalregulerede kryds", byNumber["2.7"].Text)
	assert.Equal(t, []string{"1"}, byNumber["2.7"].Attachments)
	assert.Equal(t, dpia.No, byNumber["2.9"].Answer, "no biometrics: the record lists technologies, not this one")
	assert.Equal(t, 250_000, byNumber["4.1"].Number)
	assert.Equal(t, []string{"analysis", "service_optimisation"}, byNumber["5.1"].Choices)
	assert.Equal(t, dpia.Yes, byNumber["7.2"].Answer, "the record names a sub-processor")
	assert.Equal(t, dpia.NotRelevant, byNumber["7.4"].Answer, "the assessment's own answer")
	assert.False(t, byNumber["7.4"].FromRecord)

	a.Record = nil
	for _, e := range a.Entries(dpia.Processing) {
		if e.Question.RecordField != "" && e.Question.Number != "6.1" {
			assert.False(t, e.Answered, "without the record %s stands unanswered", e.Question.Number)
		}
	}
	assert.Nil(t, a.Entries(0))
}
