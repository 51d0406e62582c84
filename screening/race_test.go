package screening_test

import (
	"sync"
	"testing"
	"time"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/roundtrip"
	"github.com/dkgdpr/gdpr/screening"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestResultsShareNothing has several goroutines query one screening and
// edit every slice and field of what they get back (a prefilled copy, an
// answer, a result, findings, suggestions, the package's lists) while
// others read the screening. Under go test -race any memory shared with
// the screening, or between calls, is a race; afterwards the screening
// equals a fresh copy.
func TestResultsShareNothing(t *testing.T) {
	s := homeCareScreening()
	s.Answers = s.Answers[:len(s.Answers)-1] // one criterion left for Prefill
	want := homeCareScreening()
	want.Answers = want.Answers[:len(want.Answers)-1]
	sugs, err := homeCareFacts().Suggest()
	require.NoError(t, err)
	now := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				filled := s.Prefill(sugs, language.Danish)
				for i := range filled.Answers {
					filled.Answers[i].Answer, filled.Answers[i].Justification = screening.No, gdpr.NewPersonal("edited")
				}
				for i := range filled.Triggers {
					filled.Triggers[i].Suggested = false
				}
				filled.Answers = append(filled.Answers[:0], screening.CriterionAnswer{})
				filled.Triggers = append(filled.Triggers, screening.TriggerAnswer{})

				a, ok := s.Answer(screening.Evaluation)
				if assert.True(t, ok) {
					a.Justification = gdpr.NewPersonal("edited")
				}
				s.Criteria()[0] = screening.PreventsRights

				filled = s.Prefill(sugs, language.English)
				filled.NinthCriterion = false
				if _, err := screening.Assess(filled); err == nil {
					t.Error("a prefilled screening is incomplete")
				}
				r, err := screening.Assess(homeCareScreening())
				if !assert.NoError(t, err) {
					return
				}
				r.Met[0], r.Reasons[0].Text.Da = screening.PreventsRights, "edited"
				r.Met = append(r.Met, screening.PreventsRights)
				if len(r.Uncertain) > 0 {
					r.Uncertain[0] = screening.PreventsRights
				}

				for _, f := range screening.Disagreements(s, sugs) {
					f.Path = "edited"
				}
				fs := s.Check(now)
				if len(fs) > 0 {
					fs[0].Path = "edited"
				}
				screening.Rules()[0].ID = "edited"
				screening.DK2019.Triggers()[0] = 0
				screening.DK2019.Reasons()[0].Rule = "edited"
				screening.Introduction().Paragraphs[0].Da = "edited"
				screening.AllCriteria()[0] = 0

				// Readers of the screening, at the same time.
				_ = s.Validate()
				_, _ = s.TriggerAnswer(screening.AccessDecision)
			}
		}()
	}
	wg.Wait()
	_, same := roundtrip.Equal(want, s)
	require.True(t, same, "the screening is unchanged")
	assert.Equal(t, screening.Evaluation, screening.AllCriteria()[0])
	assert.Equal(t, "screening.invalid", screening.Rules()[0].ID)
	assert.NotEqual(t, "edited", screening.Introduction().Paragraphs[0].Da)
	assert.Equal(t, screening.Triggers(), screening.DK2019.Triggers())
}
