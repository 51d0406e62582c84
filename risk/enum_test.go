package risk_test

import (
	"testing"

	"github.com/dkgdpr/gdpr"
	"github.com/dkgdpr/gdpr/internal/enumtest"
	"github.com/dkgdpr/gdpr/risk"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/language"
)

// TestEnums checks every enumeration's method set with the shared harness.
// The scales' valid values are the template's four named steps and steps
// 5 and 6 of a larger matrix, coded as their digits.
func TestEnums(t *testing.T) {
	assert.Equal(t, risk.Bands(), enumtest.Check[risk.Band](t, risk.ParseBand))
	assert.Equal(t, risk.Actions(), enumtest.Check[risk.Action](t, risk.ParseAction))
	assert.Equal(t, risk.MeasureStatuses(), enumtest.Check[risk.MeasureStatus](t, risk.ParseMeasureStatus))
	assert.Equal(t, append(risk.Consequences(), 5, 6), enumtest.Check[risk.Consequence](t, risk.ParseConsequence))
	assert.Equal(t, append(risk.Probabilities(), 5, 6), enumtest.Check[risk.Probability](t, risk.ParseProbability))
	assert.ErrorIs(t, risk.ErrUnknownCode, gdpr.ErrInvalid)
	_, err := risk.ParseBand("x")
	assert.EqualError(t, err, `risk: unknown band "x"`, "the message names the package once")
}

// labelled is an enumeration value with its code and labels.
type labelled[T interface {
	String() string
	Label(language.Tag) string
}] struct {
	v            T
	code, da, en string
}

func checkLabels[T interface {
	String() string
	Label(language.Tag) string
}](t *testing.T, cases []labelled[T]) {
	t.Helper()
	for _, c := range cases {
		assert.Equal(t, c.code, c.v.String())
		assert.Equal(t, c.da, c.v.Label(language.Danish))
		assert.Equal(t, c.da, c.v.Label(language.MustParse("da-DK")))
		assert.Equal(t, c.en, c.v.Label(language.English))
		assert.Equal(t, c.en, c.v.Label(language.BritishEnglish))
	}
}

// The municipal DPIA template, "Risikomatrix": the five bands and their texts.
func TestBand(t *testing.T) {
	checkLabels(t, []labelled[risk.Band]{
		{risk.Low, "low", "Lav", "Low"},
		{risk.BelowMedium, "below_medium", "Under middel", "Below medium"},
		{risk.Medium, "medium", "Middel", "Medium"},
		{risk.AboveMedium, "above_medium", "Over middel", "Above medium"},
		{risk.High, "high", "Høj", "High"},
	})
	guidance := map[risk.Band]string{
		risk.Low:         "Bør ikke give anledning til yderligere behandling",
		risk.BelowMedium: "Bør ikke give anledning til yderligere behandling",
		risk.Medium:      "Bør give anledning til løbende overvågning",
		risk.AboveMedium: "Bør give anledning til håndtering",
		risk.High:        "Bør håndteres med det samme",
	}
	for b, want := range guidance {
		assert.Equal(t, want, b.Guidance(language.Danish), b.String())
		assert.NotEmpty(t, b.Guidance(language.English), b.String())
	}
	assert.Empty(t, risk.Band(0).Guidance(language.Danish))
}

func TestAction(t *testing.T) {
	checkLabels(t, []labelled[risk.Action]{
		{risk.Accept, "accept", "Accepteres", "Accept"},
		{risk.Monitor, "monitor", "Overvåges løbende", "Monitor continuously"},
		{risk.Reduce, "reduce", "Skal nedbringes", "Reduce"},
		{risk.Stop, "stop", "Stop behandlingen", "Stop the processing"},
	})
}

func TestMeasureStatus(t *testing.T) {
	checkLabels(t, []labelled[risk.MeasureStatus]{
		{risk.Planned, "planned", "Planlagt", "Planned"},
		{risk.InProgress, "in_progress", "Under implementering", "In progress"},
		{risk.Implemented, "implemented", "Implementeret", "Implemented"},
	})
}
