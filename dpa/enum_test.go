package dpa_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/dkgdpr/gdpr/dpa"
	"github.com/dkgdpr/gdpr/internal/enumtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
)

// TestEnums checks every enumeration's whole method set with the module's
// one harness, and that each list function gives the valid values in order.
func TestEnums(t *testing.T) {
	t.Run("Template", func(t *testing.T) { assert.Equal(t, dpa.Templates(), enumtest.Check(t, dpa.ParseTemplate)) })
	t.Run("Clause", func(t *testing.T) { assert.Equal(t, dpa.Clauses(), enumtest.Check(t, dpa.ParseClause)) })
	t.Run("AuthorisationKind", func(t *testing.T) { enumtest.Check(t, dpa.ParseAuthorisationKind) })
	t.Run("Access", func(t *testing.T) { assert.Equal(t, dpa.AccessKinds(), enumtest.Check(t, dpa.ParseAccess)) })
	t.Run("Mechanism", func(t *testing.T) { assert.Equal(t, dpa.Mechanisms(), enumtest.Check(t, dpa.ParseMechanism)) })
	t.Run("SCCModule", func(t *testing.T) { enumtest.Check(t, dpa.ParseSCCModule) })
	t.Run("Derogation", func(t *testing.T) { assert.Equal(t, dpa.Derogations(), enumtest.Check(t, dpa.ParseDerogation)) })
	t.Run("TIAConclusion", func(t *testing.T) { enumtest.Check(t, dpa.ParseTIAConclusion) })
	t.Run("SupervisionMethod", func(t *testing.T) {
		assert.Equal(t, dpa.SupervisionMethods(), enumtest.Check(t, dpa.ParseSupervisionMethod))
	})
	t.Run("ActionStatus", func(t *testing.T) { enumtest.Check(t, dpa.ParseActionStatus) })
	t.Run("ChangeKind", func(t *testing.T) { enumtest.Check(t, dpa.ParseChangeKind) })
	t.Run("ObjectionOutcome", func(t *testing.T) { enumtest.Check(t, dpa.ParseObjectionOutcome) })
	t.Run("EndMethod", func(t *testing.T) { assert.Equal(t, dpa.EndMethods(), enumtest.Check(t, dpa.ParseEndMethod)) })
}

func TestEnumJSONField(t *testing.T) {
	var loc dpa.Location
	err := json.Unmarshal([]byte(`{"country":"US","access":"peeking"}`), &loc)
	require.Error(t, err)
	assert.True(t, errors.Is(err, dpa.ErrUnknownCode))
	assert.Contains(t, err.Error(), "access")

	b, err := json.Marshal(dpa.Location{Country: country("US"), Access: dpa.ReadOnlyAccess})
	require.NoError(t, err)
	assert.JSONEq(t, `{"country":"US","access":"read_only"}`, string(b))
}

func TestEnumHelpers(t *testing.T) {
	assert.Len(t, dpa.Clauses(), 10)
	for i, c := range dpa.Clauses() {
		assert.Equal(t, dpa.Clause(i+1), c)
		assert.Contains(t, c.Reference(), "GDPR art. 28(3)")
	}
	assert.Equal(t, "GDPR art. 28(3)(a)", dpa.InstructionsClause.Reference())
	assert.Equal(t, "GDPR art. 28(3), second subparagraph", dpa.UnlawfulInstructionClause.Reference())
	assert.Empty(t, dpa.Clause(0).Reference())

	// GDPR art. 49(3): (a)-(c) and the second subparagraph are barred.
	barred := map[dpa.Derogation]bool{dpa.ExplicitConsent: true, dpa.ContractWithSubject: true,
		dpa.ContractInInterest: true, dpa.CompellingInterests: true}
	for _, d := range dpa.Derogations() {
		assert.Equal(t, barred[d], d.BarredForPublicPowers(), d.String())
		assert.Contains(t, d.Reference(), "GDPR art. 49(1)")
	}
	assert.False(t, dpa.Derogation(0).BarredForPublicPowers())
	assert.Empty(t, dpa.Derogation(99).Reference())

	art46 := 0
	for _, m := range dpa.Mechanisms() {
		if m.Article46() {
			art46++
			assert.Contains(t, m.Reference(), "art. 46")
		}
	}
	assert.Equal(t, 7, art46, "every mechanism but adequacy and derogation")
	assert.False(t, dpa.Mechanism(0).Article46())
	assert.Empty(t, dpa.Mechanism(0).Reference())

	for _, m := range []dpa.SCCModule{dpa.ControllerToController, dpa.ControllerToProcessor, dpa.ProcessorToProcessor, dpa.ProcessorToController} {
		assert.Equal(t, m == dpa.ControllerToProcessor || m == dpa.ProcessorToProcessor, m.FitsProcessors(), m.String())
	}
	for _, s := range []dpa.ActionStatus{0, dpa.ActionOpen, dpa.ActionInProgress, dpa.ActionDone, dpa.ActionCancelled} {
		assert.Equal(t, s == dpa.ActionOpen || s == dpa.ActionInProgress, s.Pending(), s.String())
	}
	assert.Len(t, dpa.Templates(), 5)
	assert.Len(t, dpa.AccessKinds(), 4)
	assert.Len(t, dpa.SupervisionMethods(), 6)
	assert.Equal(t, "Fælleskommunalt tilsyn", dpa.JointSupervision.Label(language.Danish))
}
