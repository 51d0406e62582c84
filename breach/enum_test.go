package breach_test

import (
	"testing"

	"github.com/dkgdpr/gdpr/breach"
	"github.com/dkgdpr/gdpr/internal/enumtest"
	"github.com/stretchr/testify/assert"
)

func TestEnumerations(t *testing.T) {
	t.Run("Confidentiality", func(t *testing.T) { assert.Len(t, enumtest.Check(t, breach.ParseConfidentiality), 3) })
	t.Run("Integrity", func(t *testing.T) { assert.Len(t, enumtest.Check(t, breach.ParseIntegrity), 3) })
	t.Run("Availability", func(t *testing.T) { assert.Len(t, enumtest.Check(t, breach.ParseAvailability), 3) })
	t.Run("Nature", func(t *testing.T) { assert.Len(t, enumtest.Check(t, breach.ParseNature), 3) })
	t.Run("DataKind", func(t *testing.T) { assert.Len(t, enumtest.Check(t, breach.ParseDataKind), 4) })
	t.Run("Factor", func(t *testing.T) { assert.Len(t, enumtest.Check(t, breach.ParseFactor), 6) })
	t.Run("Identification", func(t *testing.T) { assert.Len(t, enumtest.Check(t, breach.ParseIdentification), 4) })
	t.Run("Level", func(t *testing.T) { assert.Len(t, enumtest.Check(t, breach.ParseLevel), 4) })
	t.Run("Phase", func(t *testing.T) { assert.Len(t, enumtest.Check(t, breach.ParsePhase), 2) })
	t.Run("Status", func(t *testing.T) { assert.Len(t, enumtest.Check(t, breach.ParseStatus), 4) })
	t.Run("Item", func(t *testing.T) { assert.Len(t, enumtest.Check(t, breach.ParseItem), 9) })
	t.Run("Risk", func(t *testing.T) { assert.Len(t, enumtest.Check(t, breach.ParseRisk), 3) })
	t.Run("Exception", func(t *testing.T) { assert.Len(t, enumtest.Check(t, breach.ParseException), 3) })
}

func TestEnumerationLists(t *testing.T) {
	assert.Equal(t, []breach.Nature{1, 2, 3}, breach.Natures())
	assert.Equal(t, []breach.DataKind{1, 2, 3, 4}, breach.DataKinds())
	assert.Equal(t, []breach.Factor{1, 2, 3, 4, 5, 6}, breach.Factors())
	assert.Equal(t, []breach.Identification{1, 2, 3, 4}, breach.Identifications())
	assert.Equal(t, []breach.Level{1, 2, 3, 4}, breach.Levels())
	assert.Equal(t, []breach.Item{1, 2, 3, 4, 5, 6, 7, 8, 9}, breach.Items())
	assert.Equal(t, []breach.Risk{1, 2, 3}, breach.Risks())
	assert.Equal(t, []breach.Exception{1, 2, 3}, breach.Exceptions())

	// Fresh copies: changing one does not change the next.
	l := breach.Levels()
	l[0] = breach.VeryHigh
	assert.Equal(t, breach.Low, breach.Levels()[0])
}

func TestItemAndExceptionReferences(t *testing.T) {
	want := map[breach.Item]string{
		breach.ItemNature: "GDPR art. 33(3)(a)", breach.ItemSubjectCategories: "GDPR art. 33(3)(a)",
		breach.ItemSubjectCount: "GDPR art. 33(3)(a)", breach.ItemRecordCategories: "GDPR art. 33(3)(a)",
		breach.ItemRecordCount: "GDPR art. 33(3)(a)", breach.ItemContact: "GDPR art. 33(3)(b)",
		breach.ItemConsequences: "GDPR art. 33(3)(c)", breach.ItemMeasures: "GDPR art. 33(3)(d)",
		breach.ItemDelayReasons: "GDPR art. 33(1)",
	}
	for _, it := range breach.Items() {
		assert.Equal(t, want[it], it.Reference(), "item %s", it)
	}
	assert.Empty(t, breach.Item(0).Reference())
	assert.Equal(t, "GDPR art. 34(3)(a)", breach.Unintelligible.Reference())
	assert.Equal(t, "GDPR art. 34(3)(b)", breach.RiskRemoved.Reference())
	assert.Equal(t, "GDPR art. 34(3)(c)", breach.DisproportionateEffort.Reference())
	assert.Empty(t, breach.Exception(9).Reference())
}
