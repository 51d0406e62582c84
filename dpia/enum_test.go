package dpia_test

import (
	"testing"

	"github.com/dkgdpr/gdpr/dpia"
	"github.com/dkgdpr/gdpr/internal/enumtest"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

// TestEnums checks the whole method set of every enumeration of the package
// with the module's one harness, and that each list function returns every
// valid value in order.
func TestEnums(t *testing.T) {
	t.Run("Answer", func(t *testing.T) {
		assert.Equal(t, dpia.Answers(), enumtest.Check[dpia.Answer](t, dpia.ParseAnswer))
	})
	t.Run("Status", func(t *testing.T) {
		assert.Equal(t, dpia.Statuses(), enumtest.Check[dpia.Status](t, dpia.ParseStatus))
	})
	t.Run("Verdict", func(t *testing.T) {
		assert.Equal(t, dpia.Verdicts(), enumtest.Check[dpia.Verdict](t, dpia.ParseVerdict))
	})
	t.Run("ViewMethod", func(t *testing.T) {
		assert.Equal(t, dpia.ViewMethods(), enumtest.Check[dpia.ViewMethod](t, dpia.ParseViewMethod))
	})
	t.Run("NoViewReason", func(t *testing.T) {
		assert.Equal(t, dpia.NoViewReasons(), enumtest.Check[dpia.NoViewReason](t, dpia.ParseNoViewReason))
	})
	t.Run("ScopeKind", func(t *testing.T) {
		assert.Equal(t, dpia.ScopeKinds(), enumtest.Check[dpia.ScopeKind](t, dpia.ParseScopeKind))
	})
	t.Run("ChangeKind", func(t *testing.T) {
		assert.Equal(t, dpia.ChangeKinds(), enumtest.Check[dpia.ChangeKind](t, dpia.ParseChangeKind))
	})
	t.Run("KeyQuestion", func(t *testing.T) {
		assert.Equal(t, dpia.KeyQuestions(), enumtest.Check[dpia.KeyQuestion](t, dpia.ParseKeyQuestion))
	})
	t.Run("Part", func(t *testing.T) {
		assert.Equal(t, dpia.Parts(), enumtest.Check[dpia.Part](t, dpia.ParsePart))
	})
	t.Run("AnswerKind", func(t *testing.T) {
		assert.Equal(t, dpia.AnswerKinds(), enumtest.Check[dpia.AnswerKind](t, dpia.ParseAnswerKind))
	})
}

// TestDanishLabelsFromTemplate spot-checks labels against the wording of
// the municipal DPIA template.
func TestDanishLabelsFromTemplate(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{dpia.Approved.Label(language.Danish), "Godkendt"},
		{dpia.ConditionallyApproved.Label(language.Danish), "Betinget godkendt"},
		{dpia.NotApproved.Label(language.Danish), "Ikke godkendt"},
		{dpia.NotRelevant.Label(language.Danish), "Ikke relevant"},
		{dpia.StaffRepresentatives.Label(language.Danish), "Forelæggelse for medarbejdernes repræsentanter via møde eller kald"},
		{dpia.Disproportionate.Label(language.Danish), "Det vil kræve uforholdsmæssige ressourcer og tid"},
		{dpia.ScopeCloud.Label(language.Danish), "En cloud computingplatform"},
		{dpia.RisksConsidered.Label(language.Danish), "Er der taget stilling til de væsentligste risici ved behandlingen?"},
		{dpia.Lawfulness.Label(language.Danish), "Lovlighed og de registreredes rettigheder"},
	} {
		assert.Equal(t, tc.want, tc.got)
	}
}
